package render_test

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/render"
)

const before = `# Constitution

## Amendments

### Adoption

1. Adoption requires two-thirds of the votes cast.
1. Notice is posted at every worksite.
1. The result is published.
`

const after = `# Constitution

## Amendments

### Adoption

1. Adoption requires a majority of the votes cast.
1. The result is published <script>alert(1)</script> online.
1. Voting may be online.
`

func TestInline(t *testing.T) {
	h, err := render.Inline(redline.Diff(before, after))
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(string(h)))
	items := doc.Find("ol > li")
	if items.Length() != 4 {
		t.Fatalf("%d list items, want the 3 kept or edited plus 1 struck whole:\n%s", items.Length(), h)
	}
	if got := items.Eq(0).Find("del").Text() + "|" + items.Eq(0).Find("ins").Text(); got != "two-thirds|a majority" {
		t.Errorf("first clause: %q", got)
	}
	if got := strings.TrimSpace(items.Eq(1).Find("del").Text()); got != "Notice is posted at every worksite." {
		t.Errorf("struck clause: %q\n%s", got, h)
	}
	if doc.Find("script").Length() != 0 || strings.Contains(string(h), "alert(1)</script>") && !strings.Contains(string(h), "raw HTML omitted") {
		t.Errorf("raw HTML reached the redline:\n%s", h)
	}
	if got := strings.TrimSpace(items.Eq(3).Find("ins").Text()); !strings.HasPrefix(got, "Voting may be online") {
		t.Errorf("added clause: %q\n%s", got, h)
	}
}

func TestMotionTableAndSides(t *testing.T) {
	old, err := document.Prepare([]byte(before), document.SchemeArticle, nil)
	if err != nil {
		t.Fatal(err)
	}
	new, err := document.Prepare([]byte(after), document.SchemeArticle, &old.Outline)
	if err != nil {
		t.Fatal(err)
	}
	changes := amendment.Changes(old, new)
	md := render.MotionTableMarkdown(changes)
	if !strings.Contains(md, "| Article I, Section 1(a) | Adoption requires two-thirds of the votes cast. | Adoption requires a majority of the votes cast. |") {
		t.Errorf("markdown table:\n%s", md)
	}
	table, err := render.MotionTable(changes, render.English)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(string(table)))
	if rows := doc.Find("tbody tr").Length(); rows != len(changes) || rows < 3 {
		t.Errorf("%d rows for %d changes", rows, len(changes))
	}
	if doc.Find("script").Length() != 0 {
		t.Error("script in the motion table")
	}
	if got := doc.Find("tbody tr").First().Find("td").Eq(1).Find("ins").Text(); got != "a majority" {
		t.Errorf("proposed cell marks %q", got)
	}
	sides, err := render.SideBySide(changes, render.English)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ = goquery.NewDocumentFromReader(strings.NewReader(string(sides)))
	if got := doc.Find(".change").First().Find(".current del").Text(); got != "two-thirds" {
		t.Errorf("current side marks %q", got)
	}
}

// TestInlineInCode: changed words inside code spans and fenced blocks are
// struck and inserted like any others, with no marker left to show.
func TestInlineInCode(t *testing.T) {
	h, err := render.Inline(redline.Diff("Use `dues a b` here.\n\n```\nquorum 10\n```\n", "Use `dues a c` here.\n\n```\nquorum 20\n```\n"))
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(string(h)))
	if got := doc.Find("code del").Text() + "|" + doc.Find("code ins").Text(); got != "b10|c20" {
		t.Errorf("changes in code: %q\n%s", got, h)
	}
	if strings.ContainsAny(string(h), "\uE000\uE001\uE002\uE003") {
		t.Errorf("a marker reached the page:\n%s", h)
	}
}
