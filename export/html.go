package export

import (
	"bytes"
	"fmt"
	"html/template"

	"github.com/charter-org/charter/render"
)

// page is a whole HTML file: the site's stylesheet inside it, nothing
// fetched from anywhere, so it opens the same from a USB stick.
var page = template.Must(template.New("export").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>{{.CSS}}</style>
</head><body><main class="document">
<h1>{{.Title}}</h1>
<p class="meta">{{.Meta}}</p>
{{.Body}}
</main></body></html>
`))

type pageData struct {
	Lang, Title, Meta string
	CSS               template.CSS
	Body              template.HTML
}

func writePage(d pageData) ([]byte, error) {
	var b bytes.Buffer
	err := page.Execute(&b, d)
	return b.Bytes(), err
}

// html is the version numbered and anchored as the site shows it.
func (v Version) html(o Options) (File, error) {
	r, err := render.Document(v.Text.Source.Text, v.Document.Numbering, v.Keys, "")
	if err != nil {
		return File{}, err
	}
	title := v.Document.Title
	if r.Title != "" {
		title = r.Title
	}
	language := lang(v.Document.Language)
	if v.Translation != nil {
		language = v.Translation.Language
	}
	body, err := writePage(pageData{Lang: language, Title: title, CSS: template.CSS(o.Stylesheet), Body: r.HTML, Meta: v.meta()})
	if err != nil {
		return File{}, err
	}
	return File{Name: name(v.Document.Slug, v.what(), HTML), MediaType: "text/html; charset=utf-8", Body: body}, nil
}

// html is the amendment's motion table and redline, as its page shows
// them.
func (a Amendment) html(o Options) (File, error) {
	_, body, err := render.Redline(a.Comparison, "html", o.labels())
	if err != nil {
		return File{}, err
	}
	out, err := writePage(pageData{Lang: lang(a.Document.Language), Title: a.Amendment.Title, CSS: template.CSS(o.Stylesheet),
		Body: template.HTML(body), Meta: fmt.Sprintf("Amendment #%d to %s", a.Amendment.ID, a.Document.Title)})
	if err != nil {
		return File{}, err
	}
	return File{Name: name(a.Document.Slug, fmt.Sprintf("amendment-%d", a.Amendment.ID), HTML), MediaType: "text/html; charset=utf-8", Body: out}, nil
}

func lang(l string) string {
	if l == "" {
		return "en"
	}
	return l
}
