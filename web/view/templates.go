// Package view is what Charter's pages show: the HTML templates, parsed
// once at start-up, and the functions they call.
package view

import (
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/web/i18n"
)

// Templates are the pages, each parsed once with the layout and the
// partials.
type Templates struct {
	byName map[string]*template.Template
}

// Assets gives a static file's address with its content hash, so that no
// template names a hash and a release never meets a stale copy; a name
// that is not there fails the page at once rather than leaving it
// unstyled.
type Assets func(name string) (string, error)

// Parse reads the templates under templates/ in fsys: layout.html and the
// partials (partial-*.html) are the base every page is cloned from.
func Parse(fsys fs.FS, cat *i18n.Catalog, asset Assets) (*Templates, error) {
	funcs := template.FuncMap{
		"asset": asset,
		"t":     func(l *i18n.Localizer, id string, pairs ...any) any { return l.Page(id, pairs...) },
		"date":  FormatDate,
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
		"languages": cat.Names,
		"textLang":  TextLang,
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
	layout, err := template.New("layout").Funcs(funcs).ParseFS(fsys, "templates/layout.html", "templates/partial-*.html")
	if err != nil {
		return nil, err
	}
	files, err := fs.Glob(fsys, "templates/*.html")
	if err != nil {
		return nil, err
	}
	t := &Templates{byName: map[string]*template.Template{}}
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".html")
		if name == "layout" || strings.HasPrefix(name, "partial-") {
			continue
		}
		page, err := template.Must(layout.Clone()).ParseFS(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", f, err)
		}
		t.byName[name] = page
	}
	return t, nil
}

// Execute writes the page name, in the layout, with data.
func (t *Templates) Execute(w io.Writer, name string, data any) error {
	return t.ExecutePart(w, name, "layout", data)
}

// ExecutePart writes one part of the page name's template set (a partial,
// or a block the page defines) with data.
func (t *Templates) ExecutePart(w io.Writer, name, part string, data any) error {
	page, ok := t.byName[name]
	if !ok {
		return fmt.Errorf("no template %s", name)
	}
	return page.ExecuteTemplate(w, part, data)
}

// FormatDate is how every page writes a time: in UTC, named as such, since
// members of one union may live in several time zones.
func FormatDate(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

// MemberText renders what a member wrote as safe HTML; text that does not
// render (older or oversized) is shown as typed.
func MemberText(text string) template.HTML {
	if text == "" {
		return ""
	}
	html, err := render.MemberText(text)
	if err != nil {
		return template.HTML(template.HTMLEscapeString(text))
	}
	return html
}

// Has says whether there is a page name.
func (t *Templates) Has(name string) bool {
	_, ok := t.byName[name]
	return ok
}

// TextLang marks a document's text with its language, and the direction
// it is written in, when the reader's interface speaks another: the
// attributes to put on the element that holds the text, or none.
func TextLang(text, ui string) template.HTMLAttr {
	if text == "" {
		text = document.DefaultLanguage
	}
	base := func(tag string) string { b, _, _ := strings.Cut(strings.ToLower(tag), "-"); return b }
	if base(text) == base(ui) {
		return ""
	}
	return template.HTMLAttr(fmt.Sprintf(` lang="%s" dir="%s"`, template.HTMLEscapeString(text), document.Direction(text)))
}
