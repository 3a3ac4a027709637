package render

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
)

// memberMarkdown renders what members write: no raw HTML (goldmark drops
// it), links only to the web, mail and this page, no images (an image is a
// request to someone else's server the moment a member reads the comment),
// and no heading larger than the page's own.
var memberMarkdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Strikethrough, extension.Linkify),
		goldmark.WithRendererOptions(html.WithHardWraps(), renderer.WithNodeRenderers(util.Prioritized(memberRenderer{}, 100))),
	)
})

// MemberText renders a member's Markdown safely, or says why it cannot.
func MemberText(src string) (template.HTML, error) {
	src, err := comment.CleanBody(src)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := memberMarkdown().Convert([]byte(src), &buf); err != nil {
		return "", fmt.Errorf("render member text: %w", err)
	}
	// Text is escaped by goldmark, raw HTML omitted, and every link and
	// image goes through memberRenderer below.
	return template.HTML(buf.String()), nil
}

// SectionWords renders a section's own words, official or translated, as
// a member's text is rendered (no raw HTML, safe links, no images), without
// a comment's limits: the words passed the document's own checks
// (document.ReadSource, translation.Check), which a section of a long
// article or a long translation may exceed a comment's.
func SectionWords(src string) (template.HTML, error) {
	var buf bytes.Buffer
	if err := memberMarkdown().Convert([]byte(src), &buf); err != nil {
		return "", fmt.Errorf("render section words: %w", err)
	}
	return template.HTML(buf.String()), nil
}

// SafeURL allows http and https links, mail links, and links within the
// page; anything else (javascript:, data:, vbscript:, file:…) is refused.
func SafeURL(raw string) bool {
	trimmed := strings.TrimSpace(raw)
	if strings.HasPrefix(trimmed, "#") {
		return !strings.ContainsAny(trimmed, "\"'<> \t\r\n")
	}
	u, err := url.Parse(trimmed)
	if err != nil || u.Opaque != "" && u.Scheme != "mailto" {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.Host != ""
	case "mailto":
		return true
	}
	return false
}

type memberRenderer struct{}

func (memberRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindLink, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		link := n.(*ast.Link)
		return memberLink(w, string(link.Destination), entering)
	})
	reg.Register(ast.KindAutoLink, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		auto := n.(*ast.AutoLink)
		dest := string(auto.URL(src))
		if auto.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(dest), "mailto:") {
			dest = "mailto:" + dest
		}
		if entering {
			if _, err := memberLink(w, dest, true); err != nil {
				return ast.WalkStop, err
			}
			_, _ = w.WriteString(template.HTMLEscapeString(string(auto.Label(src))))
			_, err := memberLink(w, dest, false)
			return ast.WalkContinue, err
		}
		return ast.WalkContinue, nil
	})
	reg.Register(ast.KindImage, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			// The image's alt text, as plain text: the children render it.
			return ast.WalkContinue, nil
		}
		return ast.WalkContinue, nil
	})
	reg.Register(ast.KindHeading, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		// A comment's headings are emphasis, not page structure.
		if entering {
			_, _ = w.WriteString("<p><strong>")
		} else {
			_, _ = w.WriteString("</strong></p>\n")
		}
		return ast.WalkContinue, nil
	})
}

func memberLink(w util.BufWriter, dest string, entering bool) (ast.WalkStatus, error) {
	safe := SafeURL(dest)
	switch {
	case entering && safe:
		_, _ = w.WriteString(`<a href="` + template.HTMLEscapeString(strings.TrimSpace(dest)) + `" rel="nofollow noopener ugc">`)
	case !entering && safe:
		_, _ = w.WriteString("</a>")
	}
	return ast.WalkContinue, nil
}

// MemberPlainText is the words of a member's Markdown without its marks,
// for a line that quotes a comment, such as the home page's: raw HTML and
// code blocks are dropped (document.PlainText).
func MemberPlainText(src string) string {
	clean, err := comment.CleanBody(src)
	if err != nil {
		return src // shown as typed, escaped by the template
	}
	source := []byte(clean)
	return document.PlainText(memberMarkdown().Parser().Parse(text.NewReader(source)), source)
}
