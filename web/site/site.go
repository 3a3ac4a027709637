// Package site is what every handler of Charter's web layer shares, pages
// and API alike: the signature handlers are written in (Func) and the one
// adapter that answers the error one returns (Handle); who is asking
// (User), in which language (Localizer), and the CSRF token of their
// forms; rendering a page; cookies; page validators. The router (package
// web) sets up the request; the handlers (web/page, web/api) use this
// package to answer it, and it imports neither.
package site

import (
	"log/slog"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/web/i18n"
	"github.com/charter-org/charter/web/view"
)

// Site holds what answering a request needs besides the store: the
// catalogs, the templates and the operator's settings. It keeps no
// per-user state.
type Site struct {
	log             *slog.Logger
	catalog         *i18n.Catalog
	pages           *view.Templates
	build           string
	insecureCookies bool
	apiErrorFields  func(body gin.H, err error)
	changeSeq       func() int64
	// contents holds pages' content, rendered once for every reader of
	// the same page in the same language (RenderContent).
	contents *render.Bounded[sharedContent]
}

// Options are what New needs.
type Options struct {
	Log       *slog.Logger
	Catalog   *i18n.Catalog
	Templates *view.Templates
	// Build identifies the embedded templates, catalogs and static files
	// together, for page validators (PageETag).
	Build string
	// InsecureCookies drops the Secure flag from cookies (Config of web).
	InsecureCookies bool
	// APIErrorFields adds to the body of an API error what the error
	// carries besides its code and message (what a stale write missed).
	APIErrorFields func(body gin.H, err error)
	// ChangeSeq names the changes this instance has been told of; a page
	// carries it, for its live stream to ask what changed since.
	ChangeSeq func() int64
}

// New makes the Site handlers share.
func New(o Options) *Site {
	return &Site{log: o.Log, catalog: o.Catalog, pages: o.Templates, build: o.Build, insecureCookies: o.InsecureCookies, apiErrorFields: o.APIErrorFields, changeSeq: o.ChangeSeq,
		contents: render.NewWeighed(64<<20, func(sc sharedContent) int { return sc.size(0) + 16*len(sc) + 64 })}
}

// CacheCounts says how often a page's content was found rendered (hits)
// and how often it was rendered (misses).
func (s *Site) CacheCounts() (hits, misses uint64) { return s.contents.Counts() }

// Log is where handlers report what members must not see.
func (s *Site) Log() *slog.Logger { return s.log }

// Catalog holds every interface string.
func (s *Site) Catalog() *i18n.Catalog { return s.catalog }

// Templates are the pages.
func (s *Site) Templates() *view.Templates { return s.pages }
