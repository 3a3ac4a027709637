package render_test

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
)

var update = flag.Bool("update", false, "rewrite golden files")

func renderText(t *testing.T, text string, scheme document.Scheme) (string, *document.Parsed) {
	t.Helper()
	p, err := document.Prepare([]byte(text), scheme, nil)
	if err != nil {
		t.Fatal(err)
	}
	keys := make([]string, len(p.Outline.Nodes))
	for i, n := range p.Outline.Nodes {
		keys[i] = n.Key
	}
	h, err := render.Document(p.Source.Text, scheme, keys, "")
	if err != nil {
		t.Fatal(err)
	}
	return string(h.HTML), p
}

const sample = `---
title: Sample
---
# Constitution

## Preamble {.unnumbered}

We unite.

## Membership

### Eligibility

1. Every worker in the unit.
   1. Including *temporary* workers.
1. No one else.

| Dues | Amount |
| ---- | ------ |
| Full | $20    |
`

func TestDocumentGolden(t *testing.T) {
	got, _ := renderText(t, sample, document.SchemeArticle)
	const file = "testdata/sample.html.golden"
	if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("rendered HTML differs from %s (run with -update if the change is right):\n%s", file, got)
	}
}

func TestNoAuthorHTMLReachesThePage(t *testing.T) {
	hostile := "# T\n\n## A {#main onclick=\"alert(1)\" style=\"display:none\"}\n\n" +
		"1. <script>alert(1)</script> <img src=x onerror=alert(2)>\n" +
		"1. [link](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) ![img](javascript:alert(4))\n" +
		"1. <a href=\"javascript:alert(5)\">raw</a> <iframe src=\"https://evil.example\"></iframe>\n\n" +
		"<div onmouseover=\"alert(6)\">block html</div>\n\n## B\n\n1. ok\n"
	got, _ := renderText(t, hostile, document.SchemeArticle)
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	if n := doc.Find("script, iframe, img[onerror], div[onmouseover], [onclick], [style]").Length(); n != 0 {
		t.Errorf("%d hostile elements or attributes rendered:\n%s", n, got)
	}
	doc.Find("a[href], img[src]").Each(func(_ int, s *goquery.Selection) {
		for _, attr := range []string{"href", "src"} {
			if v, ok := s.Attr(attr); ok && (strings.HasPrefix(strings.ToLower(v), "javascript:") || strings.HasPrefix(strings.ToLower(v), "data:text/html")) {
				t.Errorf("dangerous %s=%q rendered", attr, v)
			}
		}
	})
	if doc.Find("#main").Length() != 0 {
		t.Error("the author's heading id was kept")
	}
}

// TestArticlesNestUnderThePageTitle: a text without a title heading of its
// own writes its articles as level-1 headings; the page gives the title as
// its h1, so the articles become h2 and their sections h3.
func TestArticlesNestUnderThePageTitle(t *testing.T) {
	for _, c := range []struct {
		name, text string
		levels     string
	}{
		{"articles at level 1", "# Name\n\n## Name\n\n1. Local 1.\n\n# Dues\n\n## Amount\n\n1. Set by members.\n", "h2 h3 h2 h3"},
		{"own title", "# Constitution\n\n## Name\n\n### Name\n\n1. Local 1.\n", "h1 h2 h3"},
	} {
		t.Run(c.name, func(t *testing.T) {
			html, _ := renderText(t, c.text, document.SchemeArticle)
			doc, err := goquery.NewDocumentFromReader(strings.NewReader(html))
			if err != nil {
				t.Fatal(err)
			}
			var levels []string
			doc.Find("h1, h2, h3, h4, h5, h6").Each(func(_ int, s *goquery.Selection) { levels = append(levels, goquery.NodeName(s)) })
			if got := strings.Join(levels, " "); got != c.levels {
				t.Errorf("headings %q, want %q", got, c.levels)
			}
		})
	}
}
