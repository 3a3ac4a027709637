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

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/i18n"
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
	pages  *pages
	i18n   *i18n.Catalog
	static *assetTable
	bodies *render.Bounded[render.Rendered] // rendered versions, by id, hash, numbering and links
	// A section's own text as its page shows it, by version and key.
	sectionTexts *render.Bounded[template.HTML]
	// Comparisons of an amendment's text with its base version, and the
	// ballot's redlines as noticed: keyed by content, never stale. A
	// comparison of a 68 KB bylaw holds 0.56 MB: 64 of them, 36 MB.
	comparisons *render.Bounded[*amendment.Comparison]
	snapshots   *render.Bounded[template.HTML]
	changed     *render.Bounded[[]string] // sections each pending amendment changes
	// Sections' counts of pending amendments, by version and amendments.
	amendmentTotals *sharedBuild[map[string]int]
	// Versions as amendments' bases, without their syntax trees.
	bases *sharedBuild[*document.Parsed]
	// What a document's page derives from a version alone (versionPage).
	versionPages   *render.Bounded[*versionPage]
	tocs           *render.Bounded[template.HTML]        // tables of contents with counts
	counts         *sharedBuild[map[string]sectionCount] // by version and comments' stamp
	amendmentPages *render.Bounded[*amendmentPage]       // by texts compared and language, 48 MB at most
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
	p, err := parsePages(assets, cat, static)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	key, err := db.Secret(ctx, "csrf")
	if err != nil {
		return nil, fmt.Errorf("web: csrf key: %w", err)
	}
	return &Server{db: db, cfg: cfg, pages: p, i18n: cat, static: static, bodies: render.NewBounded[render.Rendered](256), sectionTexts: render.NewWeighed(8<<20, func(h template.HTML) int { return len(h) + 64 }),
		comparisons: render.NewBounded[*amendment.Comparison](64), changed: render.NewBounded[[]string](10000), snapshots: render.NewBounded[template.HTML](256),
		versionPages: render.NewBounded[*versionPage](256), tocs: render.NewBounded[template.HTML](256),
		counts:          newSharedBuild[map[string]sectionCount](1024),
		amendmentTotals: newSharedBuild[map[string]int](256), bases: newSharedBuild[*document.Parsed](8), amendmentPages: render.NewWeighed(48<<20, (*amendmentPage).weight),
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

	r.GET("/login", s.handle(s.loginForm))
	r.POST("/login", s.handle(s.login))
	r.POST("/logout", s.handle(s.logout))
	r.GET("/invitations/:secret", s.handle(s.invitationForm))
	r.POST("/invitations/:secret", s.handle(s.acceptInvitation))
	r.POST("/language", s.handle(s.setLanguage))

	member := r.Group("/", s.requireUser)
	member.GET("/", s.handle(s.home))
	member.GET("/documents/:slug", s.handle(s.showDocument))
	member.GET("/documents/:slug/versions", s.handle(s.listVersions))
	member.GET("/documents/:slug/versions/:id", s.handle(s.showDocument))
	member.GET("/documents/:slug/compare", s.handle(s.compareVersions))
	member.GET("/documents/:slug/sections/:key", s.handle(s.showSection))
	member.GET("/documents/:slug/sections/:key/history", s.handle(s.sectionHistory))
	member.POST("/documents/:slug/sections/:key/comments", s.handleScript(s.postComment))
	member.GET("/documents/:slug/comments", s.handle(s.commentQueue))
	member.POST("/comments/:id/support", s.handle(s.supportComment))
	member.POST("/comments/:id/disposition", s.handle(s.answerComment))
	member.POST("/comments/:id/edit", s.handle(s.commentAction(s.editComment)))
	member.POST("/comments/:id/delete", s.handle(s.commentAction(s.deleteComment)))
	member.POST("/comments/:id/report", s.handle(s.commentAction(s.reportComment)))
	member.POST("/comments/:id/hide", s.handle(s.commentAction(s.hideComment)))
	member.GET("/documents/:slug/amendments", s.handle(s.listAmendments))
	member.GET("/documents/:slug/amendments/new", s.handle(s.amendmentForm))
	member.POST("/documents/:slug/amendments", s.handleScript(s.proposeAmendment))
	member.GET("/amendments/:id", s.handle(s.showAmendment))
	member.GET("/amendments/:id/edit", s.handle(s.editDraftForm))
	member.POST("/amendments/:id/edit", s.handleScript(s.editDraft))
	member.POST("/amendments/:id/cosponsors", s.handle(s.cosponsorAmendment))
	member.POST("/amendments/:id/status", s.handle(s.setAmendmentStatus))
	member.POST("/amendments/:id/resolve", s.handle(s.resolveRebase))
	member.GET("/ballots", s.handle(s.listBallots))
	member.GET("/ballots/:id", s.handle(s.showBallot))
	member.POST("/ballots/:id/votes", s.handle(s.castVote))
	member.GET("/account", s.handle(s.showAccount))
	member.POST("/account/sessions/:session/revoke", s.handle(s.revokeForm(revokeSession)))
	member.POST("/account/tokens/:token/revoke", s.handle(s.revokeForm(revokeToken)))
	member.POST("/account/logout-everywhere", s.handle(s.revokeForm(logOutEverywhere)))
	member.POST("/ballots/:id/shares", s.handle(s.giveShare))

	tellers := r.Group("/", s.requireUser, s.requireTeller)
	tellers.GET("/teller-key", s.handle(s.tellerKeyPage))
	tellers.POST("/teller-key", s.handle(s.createTellerKey))

	officer := r.Group("/", s.requireUser, s.requireOfficer)
	officer.GET("/ballots/new", s.handle(s.noticeForm))
	officer.POST("/ballots", s.handle(s.noticeBallot))
	officer.POST("/ballots/:id/open", s.handle(s.ballotAction(s.openBallot)))
	officer.POST("/ballots/:id/close", s.handle(s.ballotAction(s.closeBallot)))
	officer.POST("/ballots/:id/certify", s.handle(s.ballotAction(s.certifyBallot)))
	officer.POST("/ballots/:id/roll", s.handle(s.ballotAction(s.changeRoll)))

	committee := r.Group("/", s.requireUser, s.requireDocumentEditor)
	committee.GET("/import", s.handle(s.importForm))
	committee.POST("/import", s.handle(s.importDocument))
	committee.POST("/documents/:slug/rule", s.handle(s.setCosponsorsNeeded))
	committee.POST("/documents/:slug/vote-rule", s.handle(s.setVoteRule))
	committee.GET("/documents/:slug/merge", s.handle(s.mergeForm))
	committee.POST("/documents/:slug/merge", s.handle(s.merge))

	admin := r.Group("/admin", s.requireUser, s.requireAdmin)
	admin.GET("/members", s.handle(s.listMembers))
	admin.POST("/roster", s.handle(s.importRoster))
	admin.POST("/members/:id/standing", s.handle(s.setStanding))
	admin.POST("/members/:id/roles", s.handle(s.setRoles))
	admin.POST("/members/:id/invitation", s.handle(s.inviteMember))
	admin.GET("/members/:id", s.handle(s.showAccount))
	admin.POST("/members/:id/sessions/:session/revoke", s.handle(s.revokeForm(revokeSession)))
	admin.POST("/members/:id/tokens/:token/revoke", s.handle(s.revokeForm(revokeToken)))
	admin.POST("/members/:id/logout-everywhere", s.handle(s.revokeForm(logOutEverywhere)))

	auditors := r.Group("/audit", s.requireUser, s.requireAuditReader)
	auditors.GET("", s.handle(s.listAudit))

	api := r.Group("/api/v1", s.requireAPIUser)
	api.GET("/documents", s.handle(s.apiListDocuments))
	api.GET("/documents/:slug", s.handle(s.apiGetDocument))
	api.GET("/documents/:slug/versions/:id/outline", s.handle(s.apiOutline))
	api.GET("/documents/:slug/versions/:id/provenance", s.handle(s.apiProvenance))
	api.GET("/documents/:slug/compare", s.handle(s.apiCompare))
	api.POST("/documents/:slug/amendments", s.handle(s.apiProposeAmendment))
	api.GET("/amendments/:id", s.handle(s.apiGetAmendment))
	api.GET("/amendments/:id/redline", s.handle(s.apiAmendmentRedline))
	api.POST("/amendments/:id/cosponsors", s.handle(s.apiCosponsor))
	api.POST("/amendments/:id/status", s.handle(s.apiSetAmendmentStatus))
	api.GET("/documents/:slug/comments", s.handle(s.apiListComments))
	api.POST("/documents/:slug/comments", s.handle(s.apiPostComment))
	api.GET("/comments/:id", s.handle(s.apiGetComment))
	api.POST("/comments/:id/disposition", s.handle(s.apiSetDisposition))
	api.POST("/comments/:id/support", s.handle(s.apiSupportComment))
	api.GET("/ballots/:id", s.handle(s.apiGetBallot))
	api.POST("/ballots/:id/votes", s.handle(s.apiCastVote))
	api.GET("/ballots/:id/results", s.handle(s.apiBallotResults))
	api.POST("/ballots/:id/shares", s.handle(s.apiGiveShare))
	api.POST("/teller-key", s.requireTeller, s.handle(s.apiCreateTellerKey))
	api.POST("/ballots", s.requireOfficer, s.handle(s.apiNoticeBallot))
	api.GET("/audit", s.requireAuditReader, s.handle(s.apiAudit))
	api.GET("/account/credentials", s.handle(s.apiCredentials))
	api.POST("/account/sessions/:session/revoke", s.handle(s.revokeAPI(revokeSession)))
	api.POST("/account/tokens/:token/revoke", s.handle(s.revokeAPI(revokeToken)))
	api.POST("/account/logout-everywhere", s.handle(s.revokeAPI(logOutEverywhere)))
	apiAdmins := api.Group("/users/:id", s.requireAdmin)
	apiAdmins.GET("/credentials", s.handle(s.apiCredentials))
	apiAdmins.POST("/sessions/:session/revoke", s.handle(s.revokeAPI(revokeSession)))
	apiAdmins.POST("/tokens/:token/revoke", s.handle(s.revokeAPI(revokeToken)))
	apiAdmins.POST("/logout-everywhere", s.handle(s.revokeAPI(logOutEverywhere)))
	apiEditors := api.Group("", s.requireDocumentEditor)
	apiEditors.POST("/documents", s.handle(s.apiCreateDocument))
	apiEditors.POST("/documents/:slug/versions", s.handle(s.apiPublishVersion))
	apiEditors.POST("/documents/:slug/merges", s.handle(s.apiMerge))

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
