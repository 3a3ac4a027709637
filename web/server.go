// Package web is Charter's web layer: the router, with every route in
// routes.go, and what runs before any handler — authentication, the CSRF
// check, the body limit, security headers, recovery from panics — and the
// sessions themselves (logging in and out, invitations, the language
// picker), with the static files. The handlers are in web/page (HTML) and
// web/api (/api/v1); what they share is web/site; the templates and what
// they show, web/view; the catalogs, web/i18n. docs/architecture.md says
// why.
package web

import (
	"context"
	"embed"
	"fmt"
	"log/slog"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/export"
	"github.com/charter-org/charter/mail"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/api"
	"github.com/charter-org/charter/web/compare"
	"github.com/charter-org/charter/web/exports"
	"github.com/charter-org/charter/web/i18n"
	"github.com/charter-org/charter/web/page"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

//go:embed templates static locales
var assets embed.FS

// Config is what the operator sets.
type Config struct {
	// TrustedProxies are the addresses of reverse proxies whose
	// X-Forwarded-For Charter believes. Empty: trust none, so a client cannot
	// spoof its address past the login rate limit.
	TrustedProxies []string
	// InsecureCookies drops the Secure flag from cookies, for plain-HTTP
	// testing on a network other than the loopback one.
	InsecureCookies bool
	// MaxBodyBytes bounds every request body.
	MaxBodyBytes int64
	// LetterFont is a TrueType font (the bytes of a .ttf) that notice
	// letters and PDF exports (versions, amendments, motion books) are
	// printed in. nil prints letters in the PDF's own Helvetica, which
	// holds only Western European characters (Windows-1252), and exports
	// in DejaVu Sans where Debian's fonts-dejavu-core is installed, else
	// Helvetica too.
	LetterFont []byte
	// Mail composes the outbox's messages; New fills in its Words and
	// UnsubscribeKey. MailServer names where mail goes, for the admins'
	// outbox page; "" when no mail server is configured and messages wait.
	Mail       mail.Composer
	MailServer string
	// LogClientAddress adds the client's address to each request's log
	// line. Off by default: with it, the log tells who asked for what.
	LogClientAddress bool
	// Requests is told of every request the router answers, for the
	// operator's metrics; nil: nothing is measured.
	Requests RequestObserver
}

// DefaultMaxBody is large enough for a 1 MiB document in a multipart form.
const DefaultMaxBody = 4 << 20

// Server is the router with the handlers it routes to; it keeps no
// per-user state, so several instances can run behind a load balancer.
type Server struct {
	db      SessionStore
	cfg     Config
	site    *site.Site
	pages   *page.Pages
	api     *api.API
	exports *exports.Exports
	static  *assetTable
	csrfKey []byte
	log     *slog.Logger

	// comparisons are the pages' and the API's, for Caches.
	comparisons *compare.Cache
}

// SessionStore is what the router itself reads and writes: who is asking,
// and the sessions of those who log in. Besides the codes listed, every
// method may fail with EUNAVAILABLE, EFULL or EINTERNAL when the database
// does.
type SessionStore interface {
	// TokenUser finds the member an access token belongs to:
	// EUNAUTHORIZED for a token that is not live.
	TokenUser(ctx context.Context, secret string) (member.User, error)
	// SessionUser finds the member a session belongs to: EUNAUTHORIZED for
	// a session that is not live.
	SessionUser(ctx context.Context, secret string) (member.User, error)
	// CountUsers counts the accounts, so the login form can say there are
	// none yet.
	CountUsers(ctx context.Context) (int64, error)
	// Authenticate checks an email and password: EUNAUTHORIZED when either
	// is wrong, ETOOMANY (a *store.Throttled) while the attempts from that
	// device or network are slowed down.
	Authenticate(ctx context.Context, in store.Login) (member.User, error)
	// CreateSession starts a session and returns its secret.
	CreateSession(ctx context.Context, userID int64) (string, error)
	// DeleteSession ends the session whose secret is given, if it lives.
	DeleteSession(ctx context.Context, secret string) error
	// InvitationUser finds the member an invitation link is for:
	// ENOTFOUND for a link used, expired or mistyped.
	InvitationUser(ctx context.Context, secret string) (member.User, error)
	// AcceptInvitation sets the invited member's password: ENOTFOUND as
	// InvitationUser, EINVALID for a password Charter refuses, ECONFLICT
	// when the link was just used.
	AcceptInvitation(ctx context.Context, secret, password string) (member.User, error)
	// SetLanguage records the interface language a member picked.
	SetLanguage(ctx context.Context, userID int64, lang string) error
	// Ready says whether the database answers and its schema is this
	// Charter's: store.ErrSchema when it is not.
	Ready(ctx context.Context) error
}

// New prepares a server: templates and catalogs are parsed once, here, and
// the handlers' caches made.
func New(ctx context.Context, db *store.DB, cfg Config, log *slog.Logger) (*Server, error) {
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = DefaultMaxBody
	}
	log = slog.New(site.LogHandler(log.Handler())) // lines logged during a request name it
	cat, err := i18n.Load(assets)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	static, err := loadAssets(assets, map[string][]byte{"charter.css": cat.RedlineMarkerCSS()})
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	templates, err := view.Parse(assets, cat, static.url)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	key, err := db.Secret(ctx, "csrf")
	if err != nil {
		return nil, fmt.Errorf("web: csrf key: %w", err)
	}
	shared := site.New(site.Options{Log: log, Catalog: cat, Templates: templates, Build: static.build,
		InsecureCookies: cfg.InsecureCookies, APIErrorFields: api.ErrorFields, ChangeSeq: db.ChangeSeq})
	comparisons := compare.New(db)
	if cfg.Mail.UnsubscribeKey, err = db.Secret(ctx, "unsubscribe"); err != nil {
		return nil, fmt.Errorf("web: unsubscribe key: %w", err)
	}
	cfg.Mail.Words = func(lang string) charter.Translator { return cat.Localizer(lang).ErrorFormat }
	downloads := exports.New(db, comparisons, export.Options{Stylesheet: static.byName["charter.css"].body, Font: cfg.LetterFont},
		func(c *gin.Context) render.Labels { return page.RedlineLabels(shared.Localizer(c)) },
		func(c *gin.Context) charter.Translator { return shared.Localizer(c).ErrorFormat })
	return &Server{db: db, cfg: cfg, site: shared, static: static, csrfKey: key, log: log, exports: downloads, comparisons: comparisons,
		pages: page.New(shared, db, comparisons, cfg.Mail, cfg.MailServer, cfg.LetterFont), api: api.New(shared, db, comparisons)}, nil
}

// Composer composes the outbox's messages as the pages show them, in the
// languages of the catalogs: the sender sends what the outbox page shows.
func (s *Server) Composer() mail.Composer { return s.cfg.Mail }

// Shutdown ends the live pages' event streams, which a graceful shutdown
// would otherwise wait for: register it with http.Server.RegisterOnShutdown.
func (s *Server) Shutdown() { s.pages.Live.Stop() }
