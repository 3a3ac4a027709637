package demo_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/amendment"
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
		if len(logins) != len(member.Roles)+2+demo.Members-1 {
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

// TestDemoWalksTheWholeStory: the accounts the demo prints are enough to
// take an amendment from its proposal through its co-sponsors, a notice, a
// vote over the ballot's minimum and the count to a certified result.
func TestDemoWalksTheWholeStory(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		clock := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
		db.UseClock(func() time.Time { return clock })
		logins, err := demo.Seed(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		var members []member.User
		var officer member.User
		var tellers []storetest.Teller
		for _, l := range logins {
			u, err := db.Authenticate(ctx, store.Login{Email: l.Email, Password: l.Password, Client: "127.0.0.1"})
			if err != nil || l.Name == "" {
				t.Fatalf("%s (%q): %v", l.Email, l.Name, err)
			}
			switch l.Role {
			case member.RoleMember:
				members = append(members, u)
			case member.RoleOfficer:
				officer = u
			case member.RoleTeller:
				tellers = append(tellers, storetest.Teller{User: u, Key: l.TellerKey})
			}
		}
		if len(members) != demo.Members {
			t.Fatalf("%d members", len(members))
		}
		doc, head, err := db.DocumentHead(ctx, "constitution")
		if err != nil || doc.CosponsorsNeeded != demo.CosponsorsNeeded {
			t.Fatalf("co-sponsors needed: %d (%v)", doc.CosponsorsNeeded, err)
		}
		a, err := db.ProposeAmendment(ctx, members[0], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Shorter notice",
			Proposed: []byte(strings.Replace(string(demo.Constitution), "30 days", "21 days", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range members[1 : 1+demo.CosponsorsNeeded] {
			if a, err = db.Cosponsor(ctx, m, a.ID); err != nil {
				t.Fatal(err)
			}
		}
		if a.Status != amendment.StatusSeconded {
			t.Fatalf("after %d co-sponsors the amendment is %s", demo.CosponsorsNeeded, a.Status)
		}
		b, err := db.NoticeBallot(ctx, officer, store.NewBallot{DocumentSlug: "constitution", Title: "Shorter notice",
			OpensAt: clock.AddDate(0, 0, 31), ClosesAt: clock.AddDate(0, 0, 32), MinBallots: ballot.MinMinBallots,
			Questions: []store.NewQuestion{{Kind: ballot.KindAmendment, AmendmentID: a.ID}},
			Tellers:   storetest.TellerIDs(tellers), SharesNeeded: 2})
		if err != nil {
			t.Fatal(err)
		}
		if res := (storetest.Poll{Ballot: b, Officer: officer, Voters: members, Tellers: tellers}).Decide(t, db, "2027-01-01"); !res.Results[0].Adopted {
			t.Fatalf("certify: %+v", res.Results)
		}
	})
}
