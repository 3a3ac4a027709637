package meeting

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"

	"github.com/charter-org/charter/amendment"
)

// TestMinutesReadAsTyped: what members typed into a meeting (its title,
// the place, names, a question, a ruling's reason over two lines) reads in
// the minutes as typed, never as markup: the browser test found the
// title "Annual <b>meeting</b>" printed as "Annual meeting".
func TestMinutesReadAsTyped(t *testing.T) {
	m := &Meeting{Title: "Annual <b>meeting</b>", Mode: ModeHybrid, Place: "Hall [2](https://evil.example)", ChairName: "*Cleo*",
		Items: []Item{
			{ID: 1, Position: 1, Kind: KindQuestion, Question: "Raise dues to $5_now_?"},
			{ID: 2, Position: 2, Kind: KindFloor, ParentID: 1, MoverName: "Maya `x`", Scope: amendment.Scope{Verdict: amendment.ScopeBeyond},
				Ruling: RulingOutOfOrder, RulingReason: "The notice gave $2 to $5.\n# Not a heading\n- nor a list"},
		}}
	var html bytes.Buffer
	if err := goldmark.Convert([]byte(Minutes(m, nil, nil, nil)), &html); err != nil {
		t.Fatal(err)
	}
	got := html.String()
	for _, want := range []string{
		"<h1>Minutes: Annual &lt;b&gt;meeting&lt;/b&gt;</h1>",
		"at Hall [2](https://evil.example); ",
		"chaired by *Cleo*.",
		"Item 1. Raise dues to $5_now_?",
		"moved by Maya `x`;",
		"Ruled out of order by the chair: The notice gave $2 to $5. # Not a heading - nor a list",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the minutes do not read %q:\n%s", want, got)
		}
	}
	for _, markup := range []string{"<b>", "<a ", "<em>", "<code>", "<h1>Not", "<li>nor"} {
		if strings.Contains(got, markup) {
			t.Errorf("typed words became %s:\n%s", markup, got)
		}
	}
}
