package render_test

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
)

// TestSectionNumbersAsTheDocument: a section rendered alone keeps the
// document's markers and drops its own heading; a clause keeps its marker
// and its sub-clauses'.
func TestSectionNumbersAsTheDocument(t *testing.T) {
	const text = "# Constitution\n\n## Membership\n\n### Eligibility\n\n1. Every worker.\n   1. Temporary ones too.\n1. No one else.\n\n#### Note\n\nA note.\n\n### Dues\n\n1. Dues are set by the members.\n"
	_, p := renderText(t, text, document.SchemeArticle)
	keys := make([]string, len(p.Outline.Nodes))
	byNumber := map[string]string{}
	for i, n := range p.Outline.Nodes {
		keys[i] = n.Key
		byNumber[n.Number] = n.Key
	}
	for _, tc := range []struct{ number, markers, headings, not string }{
		{"Article I, Section 1", "(a) (i) (b) Section 1.1", "h2", "Eligibility"},
		{"Article I, Section 1(a)", "(a) (i)", "", "No one else"},
		{"Article I", "Section 1 (a) (i) (b) Section 1.1 Section 2 (a)", "h2 h3 h2", "Membership"},
	} {
		html, err := render.Section([]byte(text), document.SchemeArticle, keys, byNumber[tc.number], "/s/")
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := goquery.NewDocumentFromReader(strings.NewReader(string(html)))
		var markers, headings []string
		doc.Find(".num").Each(func(_ int, s *goquery.Selection) { markers = append(markers, s.Text()) })
		doc.Find("h1, h2, h3, h4, h5, h6").Each(func(_ int, s *goquery.Selection) { headings = append(headings, goquery.NodeName(s)) })
		if got := strings.Join(markers, " "); got != tc.markers {
			t.Errorf("%s: markers %q, want %q", tc.number, got, tc.markers)
		}
		if got := strings.Join(headings, " "); got != tc.headings {
			t.Errorf("%s: headings %q, want %q", tc.number, got, tc.headings)
		}
		if strings.Contains(doc.Text(), tc.not) {
			t.Errorf("%s shows %q:\n%s", tc.number, tc.not, html)
		}
		if doc.Find("ol:not(.clauses)").Length() != 0 {
			t.Errorf("%s: a list the browser numbers:\n%s", tc.number, html)
		}
	}
}
