package message

import (
	"html/template"
	"strings"

	"github.com/charter-org/charter"
)

// Rendered is a message in one language: its subject, and its body as
// plain text and as simple HTML saying the same, with no images, styles
// from elsewhere, or anything that tells the sender it was opened.
type Rendered struct {
	Subject string
	Text    string
	HTML    string
}

// Render gives m through translate, the reader's language.
func (m Message) Render(translate charter.Translator, lang string) (Rendered, error) {
	type paragraph struct {
		Text, Link, Quote, Exact string
	}
	page := struct {
		Lang, Subject, Unsubscribe, UnsubscribeText string
		Paragraphs                                  []paragraph
	}{Lang: lang, Subject: m.Subject.Translate(translate)}
	var text strings.Builder
	for _, p := range m.Paragraphs {
		q := paragraph{Text: p.Text.Translate(translate), Link: p.Link, Quote: p.Quote, Exact: p.Exact}
		page.Paragraphs = append(page.Paragraphs, q)
		text.WriteString(q.Text)
		text.WriteString("\n")
		for _, extra := range []string{q.Link, q.Exact} {
			if extra != "" {
				text.WriteString(extra + "\n")
			}
		}
		if q.Quote != "" {
			for _, line := range strings.Split(q.Quote, "\n") {
				text.WriteString("> " + line + "\n")
			}
		}
		text.WriteString("\n")
	}
	if m.Unsubscribe != "" {
		page.Unsubscribe = m.Unsubscribe
		page.UnsubscribeText = charter.Sprintf("To stop receiving messages of this kind:").Translate(translate)
		text.WriteString("-- \n" + page.UnsubscribeText + "\n" + m.Unsubscribe + "\n")
	}
	var html strings.Builder
	if err := htmlBody.Execute(&html, page); err != nil {
		return Rendered{}, err
	}
	return Rendered{Subject: page.Subject, Text: text.String(), HTML: html.String()}, nil
}

// htmlBody is the whole HTML of a message: text and links, escaped by
// html/template like every page, so that a member's words quoted in it
// stay words.
var htmlBody = template.Must(template.New("message").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><title>{{.Subject}}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">
{{range .Paragraphs}}<p>{{.Text}}{{if .Link}}<br><a href="{{.Link}}">{{.Link}}</a>{{end}}{{if .Exact}}<br><code>{{.Exact}}</code>{{end}}</p>
{{if .Quote}}<blockquote style="white-space: pre-wrap">{{.Quote}}</blockquote>
{{end}}{{end}}{{if .Unsubscribe}}<hr>
<p style="font-size: smaller">{{.UnsubscribeText}} <a href="{{.Unsubscribe}}">{{.Unsubscribe}}</a></p>
{{end}}</body></html>
`))
