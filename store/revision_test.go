package store_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestRevisionIsVotedUnderTheRevisionRule: a complete revision (an
// amendment replacing the whole text, or a version adopted whole) is put
// to the members under the document's rule for revisions — here 60 days'
// notice where an amendment needs 30 — and named so in its frozen
// snapshot; an amendment keeps the amendment article's rule; a secondary
// amendment cannot be a revision.
func TestRevisionIsVotedUnderTheRevisionRule(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 4)
		if rule, err := db.RevisionRule(ctx, "c"); err != nil || rule != nil {
			t.Fatalf("a new document's revision rule: %v %v", rule, err)
		}
		sixty, err := ballot.ParseRule("2/3", "cast", "50%", 60)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetRevisionRule(ctx, f.members[0], "c", &sixty); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member set the revision rule: %v", err)
		}
		if err := db.SetRevisionRule(ctx, member.User{}, "c", &sixty); err != nil {
			t.Fatal(err)
		}
		revised := strings.Replace(strings.Replace(mergeBase, "thirty days", "ninety days", 1), "Meetings", "Gatherings", 1)
		rev, err := db.ProposeAmendment(ctx, f.members[1], store.NewAmendment{DocumentSlug: "c", BaseVersionID: f.v1.ID,
			Title: "A new constitution", Proposed: []byte(revised), Submit: true, Revision: true})
		if err != nil {
			t.Fatal(err)
		}
		if got, err := db.AmendmentFor(ctx, f.members[1], rev.ID); err != nil || !got.Revision {
			t.Fatalf("the revision as stored: %+v %v", got.Revision, err)
		}
		if _, err := db.ProposeAmendment(ctx, f.members[2], store.NewAmendment{DocumentSlug: "c", BaseVersionID: f.v1.ID, ParentID: rev.ID,
			Title: "x", Proposed: []byte(revised + "\nMore.\n"), Submit: true, Revision: true}); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("a secondary revision: %v", err)
		}

		// Thirty days' notice is enough for the amendment, not the revision.
		in := f.newBallot()
		in.Questions = []store.NewQuestion{{Kind: ballot.KindAmendment, AmendmentID: rev.ID}}
		if _, err := db.NoticeBallot(ctx, f.officer, in); charter.ErrorCode(err) != charter.EINVALID || !strings.Contains(err.Error(), "60") {
			t.Fatalf("a revision noticed 30 days ahead: %v", err)
		}
		in.OpensAt, in.ClosesAt = f.clock.AddDate(0, 0, 60), f.clock.AddDate(0, 0, 61)
		in.Questions = append(in.Questions, store.NewQuestion{Kind: ballot.KindAmendment, AmendmentID: f.amendment.ID})
		b, err := db.NoticeBallot(ctx, f.officer, in)
		if err != nil {
			t.Fatal(err)
		}
		q, plain := b.Questions[0], b.Questions[1]
		if q.Rule.NoticeDays != 60 || q.DocumentRule == nil || q.DocumentRule.NoticeDays != 60 || len(q.Departures()) != 0 {
			t.Errorf("the revision's rule: %+v, document's %+v", q.Rule, q.DocumentRule)
		}
		if plain.Rule.NoticeDays != 30 {
			t.Errorf("the amendment's rule: %+v", plain.Rule)
		}
		var snap, plainSnap ballot.Snapshot
		if err := json.Unmarshal([]byte(q.Snapshot), &snap); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(plain.Snapshot), &plainSnap); err != nil {
			t.Fatal(err)
		}
		if !snap.Revision || !strings.Contains(snap.Question, "complete revision") {
			t.Errorf("the revision's snapshot: revision %v, question %q", snap.Revision, snap.Question)
		}
		if plainSnap.Revision || strings.Contains(plain.Snapshot, `"revision"`) {
			t.Errorf("the amendment's snapshot says revision: %s", plain.Snapshot[:80])
		}
	})
}
