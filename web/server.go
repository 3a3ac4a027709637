// Package web serves Charter's pages and its JSON API with Gin. Handlers stay
// thin: they read the request, call one store use case, and render.
package web

import (
	"context"
	"embed"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/api"
	"github.com/charter-org/charter/web/compare"
	"github.com/charter-org/charter/web/i18n"
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
}

// DefaultMaxBody is large enough for a 1 MiB document in a multipart form.
const DefaultMaxBody = 4 << 20

// Server holds what handlers share; it keeps no per-user state, so several
// instances can run behind a load balancer.
type Server struct {
	db     *store.DB
	cfg    Config
	site   *site.Site
	api    *api.API
	static *assetTable
	bodies *render.Bounded[render.Rendered] // rendered versions, by id, hash, numbering and links
	// A section's own text as its page shows it, by version and key.
	sectionTexts *render.Bounded[template.HTML]
	// Comparisons of an amendment's text with its base version.
	comparisons *compare.Cache
	// The ballot's redlines as noticed: keyed by content, never stale.
	snapshots *render.Bounded[template.HTML]
	changed   *render.Bounded[[]string] // sections each pending amendment changes
	// Sections' counts of pending amendments, by version and amendments.
	amendmentTotals *render.Shared[map[string]int]
	// What a document's page derives from a version alone (versionPage).
	versionPages   *render.Bounded[*versionPage]
	tocs           *render.Bounded[template.HTML]          // tables of contents with counts
	counts         *render.Shared[map[string]sectionCount] // by version and comments' stamp
	amendmentPages *render.Bounded[*amendmentPage]         // by texts compared and language, 48 MB at most
	// Ballot questions' snapshots, decoded, by their hash.
	snapshotTexts *render.Bounded[ballot.Snapshot]
	csrfKey       []byte
	log           *slog.Logger
}

// New prepares a server: templates and catalogs are parsed once, here.
func New(ctx context.Context, db *store.DB, cfg Config, log *slog.Logger) (*Server, error) {
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = DefaultMaxBody
	}
	cat, err := i18n.Load(assets)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	static, err := loadAssets(assets, map[string][]byte{"charter.css": cat.RedlineMarkerCSS()})
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	pages, err := view.Parse(assets, cat, static.url)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	shared := site.New(site.Options{Log: log, Catalog: cat, Templates: pages, Build: static.build, InsecureCookies: cfg.InsecureCookies, APIErrorFields: api.ErrorFields})
	key, err := db.Secret(ctx, "csrf")
	if err != nil {
		return nil, fmt.Errorf("web: csrf key: %w", err)
	}
	comparisons := compare.New(db)
	return &Server{db: db, cfg: cfg, site: shared, api: api.New(shared, db, comparisons), static: static, bodies: render.NewBounded[render.Rendered](256), sectionTexts: render.NewWeighed(8<<20, func(h template.HTML) int { return len(h) + 64 }),
		comparisons: comparisons, changed: render.NewBounded[[]string](10000), snapshots: render.NewBounded[template.HTML](256),
		versionPages: render.NewBounded[*versionPage](256), tocs: render.NewBounded[template.HTML](256),
		counts:          render.NewShared[map[string]sectionCount](1024),
		amendmentTotals: render.NewShared[map[string]int](256), amendmentPages: render.NewWeighed(48<<20, (*amendmentPage).weight),
		snapshotTexts: render.NewBounded[ballot.Snapshot](32), csrfKey: key, log: log}, nil
}

// Handler returns the HTTP handler with every route.
func (s *Server) Handler() (http.Handler, error) {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	if err := r.SetTrustedProxies(s.cfg.TrustedProxies); err != nil {
		return nil, fmt.Errorf("web: trusted proxies: %w", err)
	}
	r.Use(s.recoverPanics, securityHeaders)
	// Static files are registered before the session middleware is added,
	// so they get none of it: no cookie on a shareable response, no
	// database query per file.
	r.GET("/static/*file", s.static.serveAsset)
	r.HEAD("/static/*file", s.static.serveAsset)
	r.Use(s.limitBody, s.authenticate, s.checkCSRF)
	r.GET("/healthz", s.health)

	r.GET("/login", s.site.Handle(s.loginForm))
	r.POST("/login", s.site.Handle(s.login))
	r.POST("/logout", s.site.Handle(s.logout))
	r.GET("/invitations/:secret", s.site.Handle(s.invitationForm))
	r.POST("/invitations/:secret", s.site.Handle(s.acceptInvitation))
	r.POST("/language", s.site.Handle(s.setLanguage))

	member := r.Group("/", s.requireUser)
	member.GET("/", s.site.Handle(s.home))
	member.GET("/documents/:slug", s.site.Handle(s.showDocument))
	member.GET("/documents/:slug/versions", s.site.Handle(s.listVersions))
	member.GET("/documents/:slug/versions/:id", s.site.Handle(s.showDocument))
	member.GET("/documents/:slug/compare", s.site.Handle(s.compareVersions))
	member.GET("/documents/:slug/sections/:key", s.site.Handle(s.showSection))
	member.GET("/documents/:slug/sections/:key/history", s.site.Handle(s.sectionHistory))
	member.POST("/documents/:slug/sections/:key/comments", s.site.HandleScript(s.postComment))
	member.GET("/documents/:slug/comments", s.site.Handle(s.commentQueue))
	member.POST("/comments/:id/support", s.site.Handle(s.supportComment))
	member.POST("/comments/:id/disposition", s.site.Handle(s.answerComment))
	member.POST("/comments/:id/edit", s.site.Handle(s.commentAction(s.editComment)))
	member.POST("/comments/:id/delete", s.site.Handle(s.commentAction(s.deleteComment)))
	member.POST("/comments/:id/report", s.site.Handle(s.commentAction(s.reportComment)))
	member.POST("/comments/:id/hide", s.site.Handle(s.commentAction(s.hideComment)))
	member.GET("/documents/:slug/amendments", s.site.Handle(s.listAmendments))
	member.GET("/documents/:slug/amendments/new", s.site.Handle(s.amendmentForm))
	member.POST("/documents/:slug/amendments", s.site.HandleScript(s.proposeAmendment))
	member.GET("/amendments/:id", s.site.Handle(s.showAmendment))
	member.GET("/amendments/:id/edit", s.site.Handle(s.editDraftForm))
	member.POST("/amendments/:id/edit", s.site.HandleScript(s.editDraft))
	member.POST("/amendments/:id/cosponsors", s.site.Handle(s.cosponsorAmendment))
	member.POST("/amendments/:id/status", s.site.Handle(s.setAmendmentStatus))
	member.POST("/amendments/:id/resolve", s.site.Handle(s.resolveRebase))
	member.GET("/ballots", s.site.Handle(s.listBallots))
	member.GET("/ballots/:id", s.site.Handle(s.showBallot))
	member.POST("/ballots/:id/votes", s.site.Handle(s.castVote))
	member.GET("/account", s.site.Handle(s.showAccount))
	member.POST("/account/sessions/:session/revoke", s.site.Handle(s.revokeForm(account.RevokeSession)))
	member.POST("/account/tokens/:token/revoke", s.site.Handle(s.revokeForm(account.RevokeToken)))
	member.POST("/account/logout-everywhere", s.site.Handle(s.revokeForm(account.LogOutEverywhere)))
	member.POST("/ballots/:id/shares", s.site.Handle(s.giveShare))

	tellers := r.Group("/", s.requireUser, s.requireTeller)
	tellers.GET("/teller-key", s.site.Handle(s.tellerKeyPage))
	tellers.POST("/teller-key", s.site.Handle(s.createTellerKey))

	officer := r.Group("/", s.requireUser, s.requireOfficer)
	officer.GET("/ballots/new", s.site.Handle(s.noticeForm))
	officer.POST("/ballots", s.site.Handle(s.noticeBallot))
	officer.POST("/ballots/:id/open", s.site.Handle(s.ballotAction(s.openBallot)))
	officer.POST("/ballots/:id/close", s.site.Handle(s.ballotAction(s.closeBallot)))
	officer.POST("/ballots/:id/certify", s.site.Handle(s.ballotAction(s.certifyBallot)))
	officer.POST("/ballots/:id/roll", s.site.Handle(s.ballotAction(s.changeRoll)))

	committee := r.Group("/", s.requireUser, s.requireDocumentEditor)
	committee.GET("/import", s.site.Handle(s.importForm))
	committee.POST("/import", s.site.Handle(s.importDocument))
	committee.POST("/documents/:slug/rule", s.site.Handle(s.setCosponsorsNeeded))
	committee.POST("/documents/:slug/vote-rule", s.site.Handle(s.setVoteRule))
	committee.GET("/documents/:slug/merge", s.site.Handle(s.mergeForm))
	committee.POST("/documents/:slug/merge", s.site.Handle(s.merge))

	admin := r.Group("/admin", s.requireUser, s.requireAdmin)
	admin.GET("/members", s.site.Handle(s.listMembers))
	admin.POST("/roster", s.site.Handle(s.importRoster))
	admin.POST("/members/:id/standing", s.site.Handle(s.setStanding))
	admin.POST("/members/:id/roles", s.site.Handle(s.setRoles))
	admin.POST("/members/:id/invitation", s.site.Handle(s.inviteMember))
	admin.GET("/members/:id", s.site.Handle(s.showAccount))
	admin.POST("/members/:id/sessions/:session/revoke", s.site.Handle(s.revokeForm(account.RevokeSession)))
	admin.POST("/members/:id/tokens/:token/revoke", s.site.Handle(s.revokeForm(account.RevokeToken)))
	admin.POST("/members/:id/logout-everywhere", s.site.Handle(s.revokeForm(account.LogOutEverywhere)))

	auditors := r.Group("/audit", s.requireUser, s.requireAuditReader)
	auditors.GET("", s.site.Handle(s.listAudit))

	api := r.Group("/api/v1", s.requireAPIUser)
	api.GET("/documents", s.site.Handle(s.api.Documents.List))
	api.GET("/documents/:slug", s.site.Handle(s.api.Documents.Get))
	api.GET("/documents/:slug/versions/:id/outline", s.site.Handle(s.api.Documents.Outline))
	api.GET("/documents/:slug/versions/:id/provenance", s.site.Handle(s.api.Documents.Provenance))
	api.GET("/documents/:slug/compare", s.site.Handle(s.api.Documents.Compare))
	api.POST("/documents/:slug/amendments", s.site.Handle(s.api.Amendments.Propose))
	api.GET("/amendments/:id", s.site.Handle(s.api.Amendments.Get))
	api.GET("/amendments/:id/redline", s.site.Handle(s.api.Amendments.Redline))
	api.POST("/amendments/:id/cosponsors", s.site.Handle(s.api.Amendments.Cosponsor))
	api.POST("/amendments/:id/status", s.site.Handle(s.api.Amendments.SetStatus))
	api.GET("/documents/:slug/comments", s.site.Handle(s.api.Comments.List))
	api.POST("/documents/:slug/comments", s.site.Handle(s.api.Comments.Post))
	api.GET("/comments/:id", s.site.Handle(s.api.Comments.Get))
	api.POST("/comments/:id/disposition", s.site.Handle(s.api.Comments.SetDisposition))
	api.POST("/comments/:id/support", s.site.Handle(s.api.Comments.Support))
	api.GET("/ballots/:id", s.site.Handle(s.api.Ballots.Get))
	api.POST("/ballots/:id/votes", s.site.Handle(s.api.Ballots.Vote))
	api.GET("/ballots/:id/results", s.site.Handle(s.api.Ballots.Results))
	api.POST("/ballots/:id/shares", s.site.Handle(s.api.Ballots.GiveShare))
	api.POST("/teller-key", s.requireTeller, s.site.Handle(s.api.Ballots.CreateTellerKey))
	api.POST("/ballots", s.requireOfficer, s.site.Handle(s.api.Ballots.Notice))
	api.GET("/audit", s.requireAuditReader, s.site.Handle(s.api.Audit.List))
	api.GET("/account/credentials", s.site.Handle(s.api.Accounts.Credentials))
	api.POST("/account/sessions/:session/revoke", s.site.Handle(s.api.Accounts.Revoke(account.RevokeSession)))
	api.POST("/account/tokens/:token/revoke", s.site.Handle(s.api.Accounts.Revoke(account.RevokeToken)))
	api.POST("/account/logout-everywhere", s.site.Handle(s.api.Accounts.Revoke(account.LogOutEverywhere)))
	apiAdmins := api.Group("/users/:id", s.requireAdmin)
	apiAdmins.GET("/credentials", s.site.Handle(s.api.Accounts.Credentials))
	apiAdmins.POST("/sessions/:session/revoke", s.site.Handle(s.api.Accounts.Revoke(account.RevokeSession)))
	apiAdmins.POST("/tokens/:token/revoke", s.site.Handle(s.api.Accounts.Revoke(account.RevokeToken)))
	apiAdmins.POST("/logout-everywhere", s.site.Handle(s.api.Accounts.Revoke(account.LogOutEverywhere)))
	apiEditors := api.Group("", s.requireDocumentEditor)
	apiEditors.POST("/documents", s.site.Handle(s.api.Documents.Create))
	apiEditors.POST("/documents/:slug/versions", s.site.Handle(s.api.Documents.Publish))
	apiEditors.POST("/documents/:slug/merges", s.site.Handle(s.api.Documents.Merge))

	r.NoRoute(s.notFound)
	// The standard library's cross-origin check refuses state-changing
	// requests that a browser marks as coming from another site, before any
	// handler runs; the CSRF token check stands behind it.
	return http.NewCrossOriginProtection().Handler(r), nil
}

func (s *Server) health(c *gin.Context) {
	if err := s.db.Ping(c.Request.Context()); err != nil {
		s.log.Error("health check", "err", err)
		c.String(http.StatusServiceUnavailable, "database unavailable\n")
		return
	}
	c.String(http.StatusOK, "ok\n")
}
