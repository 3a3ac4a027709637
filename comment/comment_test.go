package comment

import (
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/redline"
)

const text = "# C\n\n## Dues\n\n1. Dues are two dollars a month.\n1. Dues are paid monthly.\n\n## Votes\n\n1. Two-thirds of the votes cast.\n"

func outline(t *testing.T, src string, prev *document.Outline) *document.Parsed {
	t.Helper()
	p, err := document.Prepare([]byte(src), document.SchemeArticle, prev)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestNew(t *testing.T) {
	p := outline(t, text, nil)
	nodes := p.Outline.Nodes
	dues, _ := p.Outline.Lookup("Article I(a)")
	u := &member.User{ID: 7, Roles: []member.Role{member.RoleMember}, GoodStanding: true}
	start, end, err := FindQuote(text, dues, "two dollars")
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(u, nodes, text, Comment{SectionKey: dues.Key, Stance: Oppose, Body: "Too little."}, start, end)
	if err != nil || c.Anchor.Quote != "two dollars" || c.AuthorID != 7 {
		t.Fatalf("new: %+v %v", c, err)
	}
	bad := []struct {
		name     string
		u        *member.User
		c        Comment
		from, to int
		code     string
	}{
		{"no such section", u, Comment{SectionKey: "snotthere", Stance: Support, Body: "x"}, 0, 0, charter.ENOTFOUND},
		{"quote outside the section", u, Comment{SectionKey: dues.Key, Stance: Support, Body: "x"}, 0, 3, charter.EINVALID},
		{"stance", u, Comment{SectionKey: dues.Key, Stance: "meh", Body: "x"}, 0, 0, charter.EINVALID},
		{"empty body", u, Comment{SectionKey: dues.Key, Stance: Support, Body: "  "}, 0, 0, charter.EINVALID},
		{"huge body", u, Comment{SectionKey: dues.Key, Stance: Support, Body: strings.Repeat("x", MaxBody+1)}, 0, 0, charter.ETOOLARGE},
		{"not in good standing", &member.User{ID: 8, Roles: []member.Role{member.RoleMember}}, Comment{SectionKey: dues.Key, Stance: Support, Body: "x"}, 0, 0, charter.EFORBIDDEN},
	}
	for _, b := range bad {
		if _, err := New(b.u, nodes, text, b.c, b.from, b.to); charter.ErrorCode(err) != b.code {
			t.Errorf("%s: %v, want %s", b.name, err, b.code)
		}
	}
	section, _ := p.Outline.Lookup("Article I")
	if _, _, err := FindQuote(text, section, "Dues are"); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("ambiguous quote: %v", err)
	}
	if _, _, err := FindQuote(text, dues, "three dollars"); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("missing quote: %v", err)
	}
}

func TestReanchorAcrossVersions(t *testing.T) {
	p1 := outline(t, text, nil)
	dues, _ := p1.Outline.Lookup("Article I(a)")
	votes, _ := p1.Outline.Lookup("Article II(a)")
	s, e, _ := FindQuote(text, votes, "Two-thirds of the votes cast")
	a := redline.NewAnchor(text, s, e)
	onPassage := Placement{SectionKey: votes.Key, Anchor: &a, Fate: redline.Kept}
	onSection := Placement{SectionKey: dues.Key, Fate: redline.Kept}

	// A new article before Votes renumbers it: the comment follows.
	v2 := strings.Replace(text, "## Votes", "## Meetings\n\n1. Monthly.\n\n## Votes", 1)
	p2 := outline(t, v2, &p1.Outline)
	m := redline.NewMapping(text, v2)
	got := Reanchor(onPassage, m, p2.Outline.Nodes, 2)
	now, _ := p2.Outline.Lookup("Article III(a)")
	if got.Fate != redline.Kept || got.SectionKey != now.Key || got.Anchor.Quote != "Two-thirds of the votes cast" {
		t.Errorf("renumbered passage: %+v", got)
	}
	if got := Reanchor(onSection, m, p2.Outline.Nodes, 2); got.Fate != redline.Kept || got.SectionKey != dues.Key {
		t.Errorf("section comment: %+v", got)
	}

	// Striking the clause orphans both kinds, and an orphan stays one.
	v3 := strings.Replace(text, "1. Dues are two dollars a month.\n", "", 1)
	v3 = strings.Replace(v3, "1. Two-thirds of the votes cast.\n", "1. A majority decides.\n", 1)
	p3 := outline(t, v3, &p1.Outline)
	m = redline.NewMapping(text, v3)
	gone := Reanchor(onPassage, m, p3.Outline.Nodes, 3)
	if !gone.Orphaned() {
		t.Errorf("struck passage: %+v", gone)
	}
	if got := Reanchor(onSection, m, p3.Outline.Nodes, 3); !got.Orphaned() {
		t.Errorf("struck section: %+v", got)
	}
	if got := Reanchor(gone, redline.NewMapping(v3, v3+"\n"), p3.Outline.Nodes, 4); !got.Orphaned() {
		t.Errorf("an orphan came back: %+v", got)
	}
}

// TestQuotedPassageEndsAfterItStarts: a passage given by its offsets runs
// forward, from one character boundary to another, inside its section;
// anything else is invalid, never a comment on the whole section or on
// half a character. Both offsets zero is the whole section.
func TestQuotedPassageEndsAfterItStarts(t *testing.T) {
	const src = "# C\n\n## Dues\n\n1. Dues are two dollars a month, payés à l'été.\n"
	p := outline(t, src, nil)
	dues, _ := p.Outline.Lookup("Article I(a)")
	u := &member.User{ID: 7, Roles: []member.Role{member.RoleMember}, GoodStanding: true}
	at := strings.Index(src, "two")
	e := strings.Index(src, "été")
	for name, r := range map[string][2]int{
		"end before start":       {at + 11, at},
		"empty":                  {at, at},
		"negative":               {-5, at},
		"start only":             {at, 0},
		"inside a character":     {e + 1, e + 5},
		"ending inside a letter": {e, e + 1},
	} {
		c, err := New(u, p.Outline.Nodes, src, Comment{SectionKey: dues.Key, Stance: Support, Body: "x"}, r[0], r[1])
		if charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("%s %v: %+v %v, want invalid", name, r, c.Anchor, err)
		}
	}
	if c, err := New(u, p.Outline.Nodes, src, Comment{SectionKey: dues.Key, Stance: Support, Body: "x"}, e, e+len("été")); err != nil || c.Anchor.Quote != "été" {
		t.Errorf("a passage of accented letters: %+v %v", c.Anchor, err)
	}
	if c, err := New(u, p.Outline.Nodes, src, Comment{SectionKey: dues.Key, Stance: Support, Body: "x"}, 0, 0); err != nil || c.Anchor != nil {
		t.Errorf("the whole section: %+v %v", c.Anchor, err)
	}
}
