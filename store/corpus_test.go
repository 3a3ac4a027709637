package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestCorpusAmendments imports each real base text, submits the real
// proposal against it as a member would, and checks what members are shown:
// the redline applies back to the proposal exactly, and the motion table has
// one row for each section whose text changed, and no other.
func TestCorpusAmendments(t *testing.T) {
	cases := corpus.Load(t)
	db := storetest.SQLite(t)
	ctx := context.Background()
	sponsor, err := db.CreateUser(ctx, 0, store.NewUser{Email: "sponsor@example.org", Name: "Sponsor", Roles: []member.Role{member.RoleMember}, Password: "a long enough password", GoodStanding: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, c := range cases {
		if c.Base == "" || c.Proposed == "" || c.Base == c.Proposed {
			continue
		}
		slug := fmt.Sprintf("case-%d", i)
		_, v, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: slug, Title: c.ID, Numbering: document.SchemeZeroBased, Markdown: []byte(c.Base)})
		if err != nil {
			t.Fatalf("%s: import base: %v", c.ID, err)
		}
		a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: slug, BaseVersionID: v.ID, Title: c.ID, Proposed: []byte(c.Proposed), Submit: true})
		if err != nil {
			t.Fatalf("%s: propose: %v", c.ID, err)
		}
		base, err := db.AmendmentBase(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		cmp, err := amendment.Compare(base, []byte(a.Proposed))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := redline.Apply(c.Base, cmp.Redline()); err != nil || got != c.Proposed {
			t.Errorf("%s: the stored redline does not give the proposal back", c.ID)
		}
		changed := 0
		byKey := map[string]int{}
		for k, node := range base.Outline.Nodes {
			byKey[node.Key] = k
		}
		for k, node := range cmp.Proposed.Outline.Nodes {
			i, ok := byKey[node.Key]
			if !ok || sectionText(base, i) != sectionText(cmp.Proposed, k) {
				changed++
			}
			delete(byKey, node.Key)
		}
		changed += len(byKey) // repealed
		table := render.MotionTableMarkdown(cmp.Changes)
		if rows := strings.Count(table, "\n") - 2; rows != changed {
			t.Errorf("%s: motion table has %d rows, %d sections changed", c.ID, rows, changed)
		}
		n++
	}
	if n < 20 {
		t.Errorf("only %d cases", n)
	}
}

// sectionText is a section's own text, measured independently of package
// amendment: from its start to its first sub-section.
func sectionText(p *document.Parsed, i int) string {
	node := p.Outline.Nodes[i]
	end := node.End
	if i+1 < len(p.Outline.Nodes) && p.Outline.Nodes[i+1].Parent == i {
		end = p.Outline.Nodes[i+1].Start
	}
	text := strings.TrimRight(string(p.Source.Text[node.Start:end]), " \t\n")
	text = strings.TrimLeft(text, " \t#")
	for j, r := range text {
		if r < '0' || r > '9' {
			if (r == '.' || r == ')') && j > 0 {
				text = strings.TrimLeft(text[j+1:], " \t")
			}
			break
		}
	}
	return text
}
