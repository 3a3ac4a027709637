package web

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/account"
)

// Handler returns the HTTP handler with every route: each handler is
// wrapped once by site.Handle (h), which answers the error it returns, or
// by site.HandleScript (js) where charter.js posts the form.
func (s *Server) Handler() (http.Handler, error) {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	if err := r.SetTrustedProxies(s.cfg.TrustedProxies); err != nil {
		return nil, fmt.Errorf("web: trusted proxies: %w", err)
	}
	trusted, err := proxies(s.cfg.TrustedProxies)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	h, js := s.site.Handle, s.site.HandleScript
	pg, a := s.pages, s.api
	if s.cfg.Requests != nil {
		r.Use(s.observe)
	}
	// The request is named first, so that a panic's line names it too.
	r.Use(s.identify(trusted), s.recoverPanics, securityHeaders)
	// The health checks come before the session middleware: a load
	// balancer sends no cookie, and liveness must not touch the database.
	r.GET("/healthz", s.alive)
	r.GET("/readyz", s.ready)
	// Static files are registered before the session middleware is added,
	// so they get none of it: no cookie on a shareable response, no
	// database query per file.
	r.GET("/static/*file", s.static.serveAsset)
	r.HEAD("/static/*file", s.static.serveAsset)
	r.Use(s.limitBody, s.authenticate, s.checkCSRF)

	r.GET("/login", h(s.loginForm))
	r.POST("/login", h(s.login))
	r.POST("/logout", h(s.logout))
	r.GET("/invitations/:secret", h(s.invitationForm))
	r.POST("/invitations/:secret", h(s.acceptInvitation))
	r.POST("/language", h(s.setLanguage))
	r.GET(unsubscribePath+":token", h(pg.Mail.UnsubscribeForm))
	r.POST(unsubscribePath+":token", h(pg.Mail.Unsubscribe))

	member := r.Group("/", s.requireUser)
	member.GET("/", h(pg.Home.Show))
	member.GET("/search", h(pg.Search.Results))
	member.GET("/documents/:slug", h(pg.Documents.Show))
	member.GET("/documents/:slug/versions", h(pg.Documents.Versions))
	member.GET("/documents/:slug/versions/:id", h(pg.Documents.Show))
	member.GET("/documents/:slug/versions/:id/export", h(s.exports.Version))
	member.GET("/documents/:slug/history.bundle", h(s.exports.History))
	member.GET("/documents/:slug/compare", h(pg.Documents.Compare))
	member.GET("/documents/:slug/compare/export", h(s.exports.Compare))
	member.GET("/documents/:slug/sections/:key", h(pg.Comments.Section))
	member.GET("/documents/:slug/events", h(pg.Live.Document))
	member.GET("/documents/:slug/sections/:key/history", h(pg.Documents.SectionHistory))
	member.GET("/documents/:slug/translations/:lang", h(pg.Translations.Show))
	member.GET("/documents/:slug/translations/:lang/queue", h(pg.Translations.Queue))
	member.GET("/documents/:slug/translations/:lang/sections/:key", h(pg.Translations.Form))
	member.POST("/documents/:slug/translations/:lang/sections/:key", h(pg.Translations.Save))
	member.POST("/documents/:slug/sections/:key/comments", js(pg.Comments.Post))
	member.GET("/documents/:slug/comments", h(pg.Comments.Queue))
	member.POST("/comments/:id/support", h(pg.Comments.Support))
	member.POST("/comments/:id/disposition", h(pg.Comments.Answer))
	member.POST("/comments/:id/edit", h(pg.Comments.Edit))
	member.POST("/comments/:id/delete", h(pg.Comments.Delete))
	member.POST("/comments/:id/report", h(pg.Comments.Report))
	member.POST("/comments/:id/hide", h(pg.Comments.Hide))
	member.GET("/documents/:slug/amendments", h(pg.Amendments.List))
	member.GET("/documents/:slug/motion-book", h(s.exports.MotionBook))
	member.GET("/documents/:slug/amendments/new", h(pg.Amendments.Form))
	member.POST("/documents/:slug/amendments", js(pg.Amendments.Propose))
	member.GET("/amendments/:id", h(pg.Amendments.Show))
	member.GET("/amendments/:id/export", h(s.exports.Amendment))
	member.GET("/amendments/:id/translations/:lang", h(pg.Translations.AmendmentTranslation))
	member.POST("/amendments/:id/translations/:lang", h(pg.Translations.SaveAmendmentTranslation))
	member.GET("/amendments/:id/edit", h(pg.Amendments.EditForm))
	member.POST("/amendments/:id/edit", js(pg.Amendments.Edit))
	member.POST("/amendments/:id/cosponsors", h(pg.Amendments.Cosponsor))
	member.POST("/amendments/:id/status", h(pg.Amendments.SetStatus))
	member.POST("/amendments/:id/resolve", h(pg.Amendments.Resolve))
	member.GET("/petitions", h(pg.Petitions.List))
	member.POST("/petitions", h(pg.Petitions.Start))
	member.GET("/petitions/:id", h(pg.Petitions.Show))
	member.POST("/petitions/:id/sign", h(pg.Petitions.Sign))
	member.POST("/petitions/:id/withdraw", h(pg.Petitions.Withdraw))
	member.GET("/ballots", h(pg.Ballots.List))
	member.GET("/ballots/:id", h(pg.Ballots.Show))
	member.POST("/ballots/:id/votes", h(pg.Ballots.Vote))
	member.GET("/ballots/:id/events", h(pg.Live.Ballot))
	member.GET("/ballots/:id/notice-report", h(pg.Ballots.NoticeReport))
	member.GET("/account", h(pg.Accounts.Show))
	member.POST("/account/sessions/:session/revoke", h(pg.Accounts.Revoke(account.RevokeSession)))
	member.POST("/account/tokens/:token/revoke", h(pg.Accounts.Revoke(account.RevokeToken)))
	member.POST("/account/logout-everywhere", h(pg.Accounts.Revoke(account.LogOutEverywhere)))
	member.POST("/account/messages", h(pg.Accounts.SaveMessages))
	member.POST("/ballots/:id/shares", h(pg.Ballots.GiveShare))

	tellers := r.Group("/", s.requireUser, s.requireTeller)
	tellers.GET("/teller-key", h(pg.Ballots.TellerKey))
	tellers.POST("/teller-key", h(pg.Ballots.CreateTellerKey))

	officer := r.Group("/", s.requireUser, s.requireOfficer)
	officer.GET("/ballots/new", h(pg.Ballots.NoticeForm))
	officer.POST("/ballots", h(pg.Ballots.Notice))
	officer.POST("/petitions/:id/notice", h(pg.Petitions.Notice))
	officer.POST("/ballots/:id/open", h(pg.Ballots.Open))
	officer.POST("/ballots/:id/close", h(pg.Ballots.Close))
	officer.POST("/ballots/:id/certify", h(pg.Ballots.Certify))
	officer.POST("/ballots/:id/roll", h(pg.Ballots.ChangeRoll))
	officer.POST("/ballots/:id/letters", h(pg.Ballots.Letters))

	committee := r.Group("/", s.requireUser, s.requireDocumentEditor)
	committee.GET("/import", h(pg.Documents.ImportForm))
	committee.POST("/import", h(pg.Documents.Import))
	committee.POST("/documents/:slug/rule", h(pg.Documents.SetCosponsorsNeeded))
	committee.POST("/documents/:slug/vote-rule", h(pg.Documents.SetVoteRule))
	committee.GET("/documents/:slug/merge", h(pg.Amendments.MergeForm))
	committee.POST("/documents/:slug/merge", h(pg.Amendments.Merge))
	committee.GET("/documents/:slug/clerical", h(pg.Documents.ClericalForm))
	committee.POST("/documents/:slug/clerical", h(pg.Documents.Clerical))

	admin := r.Group("/admin", s.requireUser, s.requireAdmin)
	admin.GET("/members", h(pg.Members.List))
	admin.POST("/roster", h(pg.Members.ImportRoster))
	admin.POST("/members/:id/standing", h(pg.Members.SetStanding))
	admin.POST("/members/:id/roles", h(pg.Members.SetRoles))
	admin.POST("/members/:id/translator", h(pg.Members.SetTranslator))
	admin.POST("/members/:id/invitation", h(pg.Members.Invite))
	admin.GET("/members/:id", h(pg.Accounts.Show))
	admin.GET("/outbox", h(pg.Outbox.List))
	admin.GET("/outbox/:id", h(pg.Outbox.Message))
	admin.POST("/members/:id/sessions/:session/revoke", h(pg.Accounts.Revoke(account.RevokeSession)))
	admin.POST("/members/:id/tokens/:token/revoke", h(pg.Accounts.Revoke(account.RevokeToken)))
	admin.POST("/members/:id/logout-everywhere", h(pg.Accounts.Revoke(account.LogOutEverywhere)))

	auditors := r.Group("/audit", s.requireUser, s.requireAuditReader)
	auditors.GET("", h(pg.Audit.List))

	v1 := r.Group("/api/v1", s.requireAPIUser)
	v1.GET("/search", h(a.Search.Results))
	v1.GET("/documents", h(a.Documents.List))
	v1.GET("/documents/:slug", h(a.Documents.Get))
	v1.GET("/documents/:slug/versions/:id/outline", h(a.Documents.Outline))
	v1.GET("/documents/:slug/versions/:id/provenance", h(a.Documents.Provenance))
	v1.GET("/documents/:slug/versions/:id/translations/:lang/sections/:key", h(a.Translations.Get))
	v1.PUT("/documents/:slug/versions/:id/translations/:lang/sections/:key", h(a.Translations.Put))
	v1.GET("/documents/:slug/compare", h(a.Documents.Compare))
	v1.GET("/documents/:slug/compare/export", h(s.exports.Compare))
	v1.POST("/documents/:slug/amendments", h(a.Amendments.Propose))
	v1.GET("/amendments/:id", h(a.Amendments.Get))
	v1.GET("/amendments/:id/export", h(s.exports.Amendment))
	v1.GET("/documents/:slug/versions/:id/export", h(s.exports.Version))
	v1.GET("/documents/:slug/motion-book", h(s.exports.MotionBook))
	v1.GET("/documents/:slug/history.bundle", h(s.exports.History))
	v1.GET("/amendments/:id/redline", h(a.Amendments.Redline))
	v1.POST("/amendments/:id/cosponsors", h(a.Amendments.Cosponsor))
	v1.POST("/amendments/:id/status", h(a.Amendments.SetStatus))
	v1.GET("/documents/:slug/comments", h(a.Comments.List))
	v1.POST("/documents/:slug/comments", h(a.Comments.Post))
	v1.GET("/comments/:id", h(a.Comments.Get))
	v1.POST("/comments/:id/disposition", h(a.Comments.SetDisposition))
	v1.POST("/comments/:id/support", h(a.Comments.Support))
	v1.POST("/petitions", h(a.Petitions.Create))
	v1.GET("/petitions/:id", h(a.Petitions.Get))
	v1.POST("/petitions/:id/sign", h(a.Petitions.Sign))
	v1.POST("/petitions/:id/withdraw", h(a.Petitions.Withdraw))
	v1.GET("/meetings", h(a.Meetings.List))
	v1.POST("/meetings", s.requireOfficer, h(a.Meetings.Schedule))
	v1.GET("/meetings/:id", h(a.Meetings.Get))
	v1.GET("/meetings/:id/attendance", h(a.Meetings.Attendance))
	v1.GET("/meetings/:id/minutes", h(a.Meetings.Minutes))
	v1.POST("/meetings/:id/check-in", h(a.Meetings.CheckIn))
	v1.POST("/meetings/:id/call-to-order", h(a.Meetings.CallToOrder))
	v1.POST("/meetings/:id/take-up", h(a.Meetings.TakeUp))
	v1.POST("/meetings/:id/items/:item/floor-amendments", h(a.Meetings.MoveFloorAmendment))
	v1.POST("/meetings/:id/items/:item/ruling", h(a.Meetings.Rule))
	v1.POST("/meetings/:id/votes", h(a.Meetings.OpenVote))
	v1.POST("/meetings/:id/papers", h(a.Meetings.Paper))
	v1.POST("/meetings/:id/close-vote", h(a.Meetings.CloseVote))
	v1.POST("/meetings/:id/count", h(a.Meetings.Count))
	v1.POST("/meetings/:id/declare", h(a.Meetings.Declare))
	v1.POST("/meetings/:id/adjourn", h(a.Meetings.Adjourn))
	v1.GET("/ballots/:id", h(a.Ballots.Get))
	v1.POST("/ballots/:id/votes", h(a.Ballots.Vote))
	v1.GET("/ballots/:id/results", h(a.Ballots.Results))
	v1.POST("/ballots/:id/shares", h(a.Ballots.GiveShare))
	v1.POST("/teller-key", s.requireTeller, h(a.Ballots.CreateTellerKey))
	v1.POST("/ballots", s.requireOfficer, h(a.Ballots.Notice))
	v1.GET("/audit", s.requireAuditReader, h(a.Audit.List))
	v1.GET("/account/credentials", h(a.Accounts.Credentials))
	v1.GET("/account/messages", h(a.Accounts.MailChoices))
	v1.PUT("/account/messages", h(a.Accounts.SetMailChoices))
	v1.POST("/account/sessions/:session/revoke", h(a.Accounts.Revoke(account.RevokeSession)))
	v1.POST("/account/tokens/:token/revoke", h(a.Accounts.Revoke(account.RevokeToken)))
	v1.POST("/account/logout-everywhere", h(a.Accounts.Revoke(account.LogOutEverywhere)))
	admins := v1.Group("/users/:id", s.requireAdmin)
	admins.GET("/credentials", h(a.Accounts.Credentials))
	admins.POST("/sessions/:session/revoke", h(a.Accounts.Revoke(account.RevokeSession)))
	admins.POST("/tokens/:token/revoke", h(a.Accounts.Revoke(account.RevokeToken)))
	admins.POST("/logout-everywhere", h(a.Accounts.Revoke(account.LogOutEverywhere)))
	editors := v1.Group("", s.requireDocumentEditor)
	editors.POST("/documents", h(a.Documents.Create))
	editors.POST("/documents/:slug/versions", h(a.Documents.Publish))
	editors.POST("/documents/:slug/merges", h(a.Documents.Merge))

	r.NoRoute(s.notFound)
	// The standard library's cross-origin check refuses state-changing
	// requests that a browser marks as coming from another site, before any
	// handler runs; the CSRF token check stands behind it. An unsubscribe
	// link's one-click POST is let through, as checkCSRF lets it: its
	// signed token is what authorises it (oneClickUnsubscribe).
	origins := http.NewCrossOriginProtection()
	origins.AddInsecureBypassPattern("POST " + unsubscribePath + "{token}")
	return origins.Handler(r), nil
}
