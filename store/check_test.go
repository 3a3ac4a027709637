package store_test

import (
	"context"
	"fmt"
	"slices"
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
		if len(in.Problems) > 0 || in.Versions != 2 || in.Amendments != 2 || in.Followed != 1 || in.Ballots != 1 || in.Papers != 3 || in.AuditEvents == 0 {
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

// TestCheckNamesAmendmentsUndoneByAStaleWrite: a publication written from
// the version before a merge, got in behind the base check, undoes the
// merged amendment; `charter check` names the amendment and the version
// that struck its words. Publications that keep the words, and a merge
// that strikes them, are no problem.
func TestCheckNamesAmendmentsUndoneByAStaleWrite(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sponsor, committee, _, v1 := mergeFixture(t, db)
		propose := func(base document.Version, text string) int64 {
			t.Helper()
			a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: base.ID, Title: "t", Proposed: []byte(text), Submit: true})
			if err != nil {
				t.Fatal(err)
			}
			return a.ID
		}
		merge := func(head document.Version, ids ...int64) document.Version {
			t.Helper()
			res, err := db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: head.ID, AmendmentIDs: ids})
			if err != nil || res.Version.ID == 0 {
				t.Fatalf("merge: %v %v", res.Conflicts, err)
			}
			return res.Version
		}
		problems := func() []string {
			t.Helper()
			in, err := db.CheckIntegrity(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return in.Problems
		}
		majority := propose(v1, strings.Replace(mergeBase, "two-thirds", "a majority", 1))
		sixty := propose(v1, strings.Replace(mergeBase, "thirty days", "sixty days", 1))
		v2 := merge(v1, majority, sixty)

		// A publication from the head that keeps the merged words.
		v3, err := db.PublishVersion(ctx, committee.ID, store.NewVersion{Slug: "c", Base: v2.ID, Markdown: []byte(v2.Markdown + "1. Minutes are kept.\n"), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		if p := problems(); len(p) > 0 {
			t.Fatalf("after a publication that keeps the merged words: %q", p)
		}

		// The stale write: version 1's text with one new clause, published
		// over the merge.
		stale, err := db.PublishUncheckedForTest(ctx, committee.ID, "c", []byte(mergeBase+"1. Ballots are secret.\n"))
		if err != nil {
			t.Fatal(err)
		}
		want := []string{
			fmt.Sprintf("amendment %d, taken into version 2 of c: version 4, a publication by C and not an amendment, merge or ballot, struck words it put in, and no later version puts them back: “a majority”", majority),
			fmt.Sprintf("amendment %d, taken into version 2 of c: version 4, a publication by C and not an amendment, merge or ballot, struck words it put in, and no later version puts them back: “sixty”", sixty),
		}
		if got := problems(); !slices.Equal(got, want) {
			t.Errorf("after the stale write (version %d over %d):\n%q\nwant\n%q", stale.Number, v3.Number, got, want)
		}

		// Putting one amendment's words back answers for it.
		v5, err := db.PublishVersion(ctx, committee.ID, store.NewVersion{Slug: "c", Base: stale.ID, Markdown: []byte(strings.Replace(stale.Markdown, "thirty days", "sixty days", 1)), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		if got := problems(); !slices.Equal(got, want[:1]) {
			t.Errorf("after sixty days is put back: %q", got)
		}

		// A merge that strikes merged words is the members' own change; a
		// later merge that puts "a majority" back answers for the stale
		// write's loss.
		v6 := merge(v5, propose(v5, strings.Replace(v5.Markdown, "two-thirds", "three-quarters", 1)))
		back := propose(v6, strings.Replace(v6.Markdown, "three-quarters", "a majority", 1))
		v7 := merge(v6, back)
		if got := problems(); len(got) > 0 {
			t.Errorf("after two merges: %q", got)
		}
		restored, err := db.PublishVersion(ctx, committee.ID, store.NewVersion{Slug: "c", Base: v7.ID, Markdown: []byte(strings.Replace(v7.Markdown, "a majority", "three-quarters", 1)), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		want = []string{fmt.Sprintf("amendment %d, taken into version %d of c: version %d, a publication by C and not an amendment, merge or ballot, struck words it put in, and no later version puts them back: “a majority”", back, v7.Number, restored.Number)}
		if got := problems(); !slices.Equal(got, want) {
			t.Errorf("a publication undoing the last merge: %q", got)
		}
	})
}
