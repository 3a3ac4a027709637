package demo_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/demo"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// The sample constitution is a real test of the article scheme: every
// "Article XI, Section 3" it cites must name a section it has.
func TestConstitutionCitesItself(t *testing.T) {
	p, err := document.Prepare(demo.Constitution, document.SchemeArticle, nil)
	if err != nil {
		t.Fatal(err)
	}
	articles := 0
	for _, n := range p.Outline.Nodes {
		if n.Depth == 0 {
			articles++
		}
	}
	if articles < 10 {
		t.Errorf("%d articles, want about ten", articles)
	}
	citations := document.FindCitations(string(demo.Constitution), document.SchemeArticle)
	if len(citations) < 8 {
		t.Fatalf("%d citations found", len(citations))
	}
	for _, c := range citations {
		if _, ok := p.Outline.Lookup(c.Number); !ok {
			t.Errorf("%q cites a section the constitution does not have", c.Number)
		}
	}
	amendments, ok := p.Outline.Lookup("Article XI")
	if !ok || amendments.Heading != "Amendments" {
		t.Errorf("Article XI is %+v, want Amendments", amendments)
	}
}

func TestSeed(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		logins, err := demo.Seed(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if len(logins) != len(member.Roles)+2 {
			t.Fatalf("%d logins", len(logins))
		}
		tellers := 0
		for _, l := range logins {
			u, err := db.Authenticate(ctx, store.Login{Email: l.Email, Password: l.Password, Client: "127.0.0.1"})
			if err != nil || !u.Has(l.Role) {
				t.Errorf("%s cannot log in as %s: %v", l.Email, l.Role, err)
			}
			if present, err := db.PresentTellerKey(ctx, u); (l.TellerKey != "") != (l.Role == member.RoleTeller) || (l.TellerKey != "") == present.Made.IsZero() {
				t.Errorf("%s: teller key %q, present %+v (%v)", l.Email, l.TellerKey, present, err)
			}
			if l.Role == member.RoleTeller {
				tellers++
			}
			if len(l.Password) < member.MinPasswordLen || strings.Contains(l.Password, string(l.Role)) {
				t.Errorf("weak demo password for %s", l.Role)
			}
		}
		if tellers != 3 {
			t.Errorf("%d tellers; a count needs two, and a spare", tellers)
		}
		rule, clause, err := db.VoteRule(ctx, "constitution")
		if err != nil || rule.Threshold != ballot.TwoThirds || rule.Base != ballot.BaseCast || rule.Quorum != (ballot.Quorum{PerMille: 200}) || rule.NoticeDays != 30 {
			t.Errorf("the demo's vote rule is not its Article XI, Section 2: %+v %v", rule, err)
		}
		p, _ := document.Prepare(demo.Constitution, document.SchemeArticle, nil)
		if n, ok := p.Outline.Lookup("Article XI, Section 2"); !ok || !strings.Contains(clause, "Article XI, Section 2") || n.Heading != "Vote and Adoption" {
			t.Errorf("online ballots authorised by %q, which is %+v", clause, n)
		}
		if in, err := db.CheckIntegrity(ctx); err != nil || len(in.Problems) > 0 {
			t.Errorf("charter check on the demo: %v %q", err, in.Problems)
		}
		if _, err := demo.Seed(ctx, db); !errors.Is(err, demo.ErrNotEmpty) {
			t.Errorf("second seed: %v", err)
		}
	})
}
