package web

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/web/i18n"
)

// pages are the HTML templates, each page parsed once with the layout.
type pages struct {
	byName map[string]*template.Template
}

// formatDate is how every page writes a time: in UTC, named as such, since
// members of one union may live in several time zones.
func formatDate(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

func parsePages(fsys fs.FS, cat *i18n.Catalog, static *assetTable) (*pages, error) {
	funcs := template.FuncMap{
		// asset is a static file's address with its content hash, so that
		// no template names a hash and a release never meets a stale copy.
		"asset": static.url,
		"t":     func(l *i18n.Localizer, id string, pairs ...any) any { return l.Page(id, pairs...) },
		"date":  formatDate,
		// isolate sets a member's words apart in plain text, where no
		// element can (a page's <title>): between U+2068 FIRST STRONG
		// ISOLATE and U+2069 POP DIRECTIONAL ISOLATE.
		"isolate": func(s string) string { return "\u2068" + s + "\u2069" },
		"short": func(s string) string {
			if len(s) > 12 {
				return s[:12]
			}
			return s
		},
		"languages": func() map[string]string { return cat.Names() },
		// Who may do what, as the domain names it, for the links a page
		// offers; the routes check again.
		"canEditDocuments": document.CanEdit,
		"canRunBallots":    ballot.CanRun,
		"dict": func(pairs ...any) map[string]any {
			m := map[string]any{}
			for i := 0; i+1 < len(pairs); i += 2 {
				m[fmt.Sprint(pairs[i])] = pairs[i+1]
			}
			return m
		},
	}
	// The layout and the partials (files named partial-*.html) are the base every
	// page is cloned from.
	layout, err := template.New("layout").Funcs(funcs).ParseFS(fsys, "templates/layout.html", "templates/partial-*.html")
	if err != nil {
		return nil, err
	}
	files, err := fs.Glob(fsys, "templates/*.html")
	if err != nil {
		return nil, err
	}
	p := &pages{byName: map[string]*template.Template{}}
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".html")
		if name == "layout" || strings.HasPrefix(name, "partial-") {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", f, err)
		}
		p.byName[name] = t
	}
	return p, nil
}

// render writes a page with what every page needs: the member, their
// language, and the CSRF token for its forms.
func (s *Server) render(c *gin.Context, name string, data gin.H) {
	s.renderStatus(c, http.StatusOK, name, data)
}

func (s *Server) renderStatus(c *gin.Context, status int, name string, data gin.H) {
	t, ok := s.pages.byName[name]
	if !ok {
		s.log.Error("no such template", "name", name)
		c.String(http.StatusInternalServerError, "internal error\n")
		return
	}
	if data == nil {
		data = gin.H{}
	}
	l := s.localizerFor(c)
	data["L"] = l
	data["Lang"] = l.Tag()
	data["User"] = currentUser(c)
	data["CSRF"] = s.csrfToken(c)
	data["Path"] = c.Request.URL.RequestURI()
	buf := pageBuffers.Get().(*bytes.Buffer)
	defer putPageBuffer(buf)
	if err := t.ExecuteTemplate(buf, "layout", data); err != nil {
		s.log.Error("render page", "name", name, "err", err)
		c.Writer.Header().Del("ETag") // a validator must not make an error stick
		c.String(http.StatusInternalServerError, "internal error\n")
		return
	}
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// pageBuffers hold pages while they are rendered: a document page is
// 160 KB, and growing a new buffer to that size for every view copied it
// ten times over and left as much for the collector.
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func putPageBuffer(b *bytes.Buffer) {
	if b.Cap() > 4<<20 { // a rare huge page is not kept
		return
	}
	b.Reset()
	pageBuffers.Put(b)
}

// memberText renders what a member wrote as safe HTML; text that does not
// render (older or oversized) is shown as typed.
func memberText(text string) template.HTML {
	if text == "" {
		return ""
	}
	html, err := render.MemberText(text)
	if err != nil {
		return template.HTML(template.HTMLEscapeString(text))
	}
	return html
}
