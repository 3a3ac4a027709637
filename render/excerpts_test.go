package render_test

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
)

// TestExcerpts: sections added and repealed are shown in their place with
// their numbers, a section of context either side, the rest folded.
func TestExcerpts(t *testing.T) {
	var b strings.Builder
	b.WriteString("# C\n\n## Rules\n\n")
	for i := range 12 {
		b.WriteString("1. Rule " + string(rune('A'+i)) + " stands.\n")
	}
	base := b.String()
	amended := strings.Replace(strings.Replace(base, "1. Rule C stands.\n", "", 1), "1. Rule J stands.\n", "1. Rule J stands.\n1. Rule J2 is new.\n", 1)
	old, err := document.Prepare([]byte(base), document.SchemeArticle, nil)
	if err != nil {
		t.Fatal(err)
	}
	cmp, err := amendment.Compare(old, []byte(amended))
	if err != nil {
		t.Fatal(err)
	}
	html, err := render.Excerpts(cmp.Parts(), render.English)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(string(html)))
	var shown []string
	doc.Find(".excerpts > .part").Each(func(_ int, s *goquery.Selection) {
		shown = append(shown, strings.Join(strings.Fields(s.Text()), " "))
	})
	want := []string{
		"Article I(b) Rule B stands.", "Article I(c) Rule C stands.", "Article I(c) Rule D stands.",
		"Article I(i) Rule J stands.", "Article I(j) Rule J2 is new.", "Article I(k) Rule K stands.",
	}
	if strings.Join(shown, "\n") != strings.Join(want, "\n") {
		t.Errorf("shown:\n%s\nwant:\n%s", strings.Join(shown, "\n"), strings.Join(want, "\n"))
	}
	if got := doc.Find(".form-repeal-section del").Text(); got != "Rule C stands." {
		t.Errorf("repealed: %q", got)
	}
	if got := doc.Find(".form-add-section ins").Text(); got != "Rule J2 is new." {
		t.Errorf("added: %q", got)
	}
	var folds []string
	doc.Find("details.fold > summary").Each(func(_ int, s *goquery.Selection) { folds = append(folds, s.Text()) })
	if got := strings.Join(folds, " | "); got != "3 unchanged sections: Article I to Article I(a) | 5 unchanged sections: Article I(d) to Article I(h) | 1 unchanged section: Article I(l)" {
		t.Errorf("folds: %q", got)
	}
}
