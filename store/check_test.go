package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestCheckIntegrity: a sound database passes every check with its counts;
// then each kind of damage, done by hand behind Charter's back, is named.
func TestCheckIntegrity(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, db, 5)
		for _, v := range poll.Voters[:3] {
			if _, err := db.CastBallot(ctx, v, poll.Ballot.ID, []ballot.Choice{ballot.Yes}, []string{poll.Ballot.Questions[0].SHA256}); err != nil {
				t.Fatal(err)
			}
		}
		committee, err := db.CreateUser(ctx, 0, store.NewUser{Email: "c@example.org", Name: "C", Roles: []member.Role{member.RoleCommittee}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		_, v1, err := db.CreateDocument(ctx, committee.ID, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(mergeBase)})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetCosponsorsNeeded(ctx, committee.ID, "c", 0); err != nil {
			t.Fatal(err)
		}
		propose := func(from, to string) int64 {
			a, err := db.ProposeAmendment(ctx, poll.Voters[0], store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: to, Proposed: []byte(strings.Replace(mergeBase, from, to, 1)), Submit: true})
			if err != nil {
				t.Fatal(err)
			}
			return a.ID
		}
		merged, pending := propose("two-thirds", "a majority"), propose("thirty days", "sixty days")
		res, err := db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{merged}})
		if err != nil || len(res.Conflicts) > 0 {
			t.Fatalf("merge: %v %v", res.Conflicts, err)
		}

		in, err := db.CheckIntegrity(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Problems) > 0 || in.Versions != 2 || in.Amendments != 2 || in.Ballots != 1 || in.Papers != 3 || in.AuditEvents == 0 {
			t.Fatalf("a sound database: %+v", in)
		}

		for _, damage := range []struct {
			what string
			do   func() error
			want string
		}{
			{"a version's text edited", func() error {
				return db.ExecForTest(ctx, "UPDATE versions SET markdown = markdown || ' ' WHERE id = ?", res.Version.ID)
			}, fmt.Sprintf("version %d: its text hashes to", res.Version.ID)},
			{"an amendment's text edited", func() error {
				return db.ExecForTest(ctx, "UPDATE amendments SET proposed = 'x' WHERE id = ?", pending)
			}, fmt.Sprintf("amendment %d: its text hashes to", pending)},
			{"an amendment marked merged by hand", func() error {
				return db.ExecForTest(ctx, "UPDATE amendments SET status = 'merged', merged_version_id = ? WHERE id = ?", res.Version.ID, pending)
			}, fmt.Sprintf("amendment %d is marked merged", pending)},
			{"a member marked as having voted with no paper", func() error {
				return db.ExecForTest(ctx, "UPDATE ballot_roll SET voted = TRUE WHERE ballot_id = ? AND user_id = ?", poll.Ballot.ID, poll.Voters[4].ID)
			}, fmt.Sprintf("ballot %d: 4 members marked as having voted, 3 papers cast", poll.Ballot.ID)},
			{"an audit event edited", func() error {
				return db.TamperAuditForTest(ctx, 2, "forged")
			}, "audit chain:"},
		} {
			if err := damage.do(); err != nil {
				t.Fatalf("%s: %v", damage.what, err)
			}
			in, err := db.CheckIntegrity(ctx)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, p := range in.Problems {
				found = found || strings.HasPrefix(p, damage.want)
			}
			if !found {
				t.Errorf("%s: problems %q; want one starting %q", damage.what, in.Problems, damage.want)
			}
		}
	})
}
