package store_test

import (
	"context"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// steps runs a meeting's steps in order, failing at the first refused.
func steps(t *testing.T, fns ...func() error) {
	t.Helper()
	for i, fn := range fns {
		if err := fn(); err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
	}
}

// inSession checks in members[:n], calls the meeting to order and takes up
// its first item.
func (f *meetingFixture) inSession(t *testing.T, n int) meeting.Item {
	t.Helper()
	ctx, db := context.Background(), f.db
	*f.clock = f.meeting.StartsAt
	for _, u := range f.members[:n] {
		if err := db.CheckIn(ctx, u, f.meeting.ID, u.ID); err != nil {
			t.Fatal(err)
		}
	}
	item := f.meeting.Items[0]
	steps(t, func() error { return db.CallToOrder(ctx, f.chair, f.meeting.ID) },
		func() error { return db.TakeUp(ctx, f.chair, f.meeting.ID, item.ID) })
	f.reload(t)
	return item
}

// votingOn checks in members[:n], takes up the first item and opens its
// vote by method.
func (f *meetingFixture) votingOn(t *testing.T, n int, method meeting.Method) meeting.Item {
	t.Helper()
	item := f.inSession(t, n)
	if err := f.db.OpenVote(context.Background(), f.chair, f.meeting.ID, item.ID, method); err != nil {
		t.Fatal(err)
	}
	return item
}

// TestMeetingClosedVoteTakesNoOne: once the chair closes a vote, no paper
// is handed out and no one who arrives joins its roll, though the item is
// still being voted on until its result is declared.
func TestMeetingClosedVoteTakesNoOne(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newMeetingFixture(t, db)
		f.votingOn(t, 6, meeting.MethodSecret)
		steps(t, func() error { return db.IssuePaper(ctx, f.tellers[0].User, f.meeting.ID, f.members[0].ID) },
			func() error { return db.CloseVote(ctx, f.chair, f.meeting.ID) })
		f.reload(t)
		cur, _ := f.meeting.Current()
		if err := db.IssuePaper(ctx, f.tellers[0].User, f.meeting.ID, f.members[1].ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("a paper handed out after the close: %v", err)
		}
		if err := db.CheckIn(ctx, f.members[7], f.meeting.ID, f.members[7].ID); err != nil {
			t.Fatal(err)
		}
		if onRoll, _, err := db.Voted(ctx, f.members[7], cur.BallotID); err != nil || onRoll {
			t.Errorf("a member who arrived after the close is on the vote's roll: %v, %v", onRoll, err)
		}
		b, err := db.Ballot(ctx, cur.BallotID)
		if err != nil {
			t.Fatal(err)
		}
		if b.PapersIssued != 1 || b.Turnout != 0 {
			t.Errorf("after the close: %d papers, %d online", b.PapersIssued, b.Turnout)
		}
	})
}

// TestMeetingCountOverflow: a count whose parts wrap around when added is
// refused, on both databases.
func TestMeetingCountOverflow(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newMeetingFixture(t, db)
		f.votingOn(t, 6, meeting.MethodHands)
		if err := db.CloseVote(ctx, f.chair, f.meeting.ID); err != nil {
			t.Fatal(err)
		}
		f.reload(t)
		err := db.EnterCount(ctx, f.tellers[0].User, f.meeting.ID, meeting.HandCount{Yes: math.MaxInt, No: math.MaxInt, Abstain: 2})
		f.refused(t, "a count that wraps around", err, charter.EINVALID)
		if _, err := db.DeclareResult(ctx, f.chair, f.meeting.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("declaring with no count: %v", err)
		}
	})
}

const treasurerBylaws = "Dues are paid to the treasurer."

// TestMeetingSecondaryOnTheAgenda: a noticed secondary amendment adopted
// at the meeting amends its primary's words, not the text in force; the
// primary rejected, the text in force is unchanged.
func TestMeetingSecondaryOnTheAgenda(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newMeetingFixture(t, db)
		doc, err := db.Document(ctx, "bylaws")
		if err != nil {
			t.Fatal(err)
		}
		head, err := db.HeadVersion(ctx, doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		primaryText := strings.Replace(duesBylaws, treasurerBylaws, "Dues are paid to the secretary-treasurer.", 1)
		primary, err := db.ProposeAmendment(ctx, f.members[0], store.NewAmendment{DocumentSlug: "bylaws", BaseVersionID: head.ID, Title: "Secretary-treasurer",
			Proposed: []byte(primaryText), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		secondary, err := db.ProposeAmendment(ctx, f.members[1], store.NewAmendment{DocumentSlug: "bylaws", BaseVersionID: head.ID, ParentID: primary.ID,
			Title: "Financial secretary", Proposed: []byte(strings.Replace(primaryText, "secretary-treasurer", "financial secretary", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		in := f.newMeeting(31)
		in.Items = []store.NewItem{{Kind: meeting.KindAmendment, AmendmentID: primary.ID}, {Kind: meeting.KindAmendment, AmendmentID: secondary.ID}}
		if f.meeting, err = db.ScheduleMeeting(ctx, f.officer, in); err != nil {
			t.Fatal(err)
		}
		first := f.inSession(t, 6)
		second := f.meeting.Items[1]
		hands := func(itemID int64, count meeting.HandCount) {
			t.Helper()
			steps(t, func() error { return db.OpenVote(ctx, f.chair, f.meeting.ID, itemID, meeting.MethodHands) },
				func() error { return db.CloseVote(ctx, f.chair, f.meeting.ID) },
				func() error { return db.EnterCount(ctx, f.tellers[0].User, f.meeting.ID, count) },
				func() error { _, err := db.DeclareResult(ctx, f.chair, f.meeting.ID); return err })
		}
		if err := db.TakeUp(ctx, f.chair, f.meeting.ID, second.ID); err != nil {
			t.Fatal(err)
		}
		hands(second.ID, meeting.HandCount{Yes: 5})
		inForce := func(when string) {
			t.Helper()
			v, err := db.HeadVersion(ctx, doc.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(v.Markdown, treasurerBylaws) {
				t.Errorf("%s, the text in force changed:\n%s", when, v.Markdown)
			}
		}
		inForce("the secondary adopted")
		f.reload(t)
		if p, _ := f.meeting.Item(first.ID); f.meeting.CurrentItem != first.ID || !strings.Contains(p.Text, "financial secretary") {
			t.Fatalf("the primary as amended is back before the meeting: current %d, %q", f.meeting.CurrentItem, p.Text)
		}
		hands(first.ID, meeting.HandCount{Yes: 1, No: 4})
		inForce("the primary rejected")
		if a, _ := db.Amendment(ctx, primary.ID); a.Status != amendment.StatusRejected {
			t.Errorf("the primary is %s", a.Status)
		}
	})
}

// TestMeetingMinutesNotReached: minutes whose approval a meeting did not
// reach before it adjourned go on a later meeting's agenda.
func TestMeetingMinutesNotReached(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newMeetingFixture(t, db)
		f.inSession(t, 6)
		if err := db.Adjourn(ctx, f.chair, f.meeting.ID); err != nil {
			t.Fatal(err)
		}
		next := f.newMeeting(31)
		next.Items = []store.NewItem{{Kind: meeting.KindMinutes, MinutesOf: f.meeting.ID}}
		second, err := db.ScheduleMeeting(ctx, f.officer, next)
		if err != nil {
			t.Fatal(err)
		}
		*f.clock = second.StartsAt
		steps(t, func() error { return db.CallToOrder(ctx, f.chair, second.ID) }, func() error { return db.Adjourn(ctx, f.chair, second.ID) })
		*f.clock = f.clock.Add(time.Hour)
		next.StartsAt = f.clock.AddDate(0, 0, 31)
		if _, err := db.ScheduleMeeting(ctx, f.officer, next); err != nil {
			t.Errorf("minutes not reached at the last meeting: %v", err)
		}
	})
}

// TestMeetingConcurrentTellers: what two tellers, a member and the chair
// do at the same instant ends counted once.
func TestMeetingConcurrentTellers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newMeetingFixture(t, db)
		*f.clock = f.meeting.StartsAt
		at := func(fns ...func() error) []error {
			errs := make([]error, len(fns))
			var wg sync.WaitGroup
			for i, fn := range fns {
				wg.Add(1)
				go func() { defer wg.Done(); errs[i] = fn() }()
			}
			wg.Wait()
			return errs
		}
		ok := func(what string, errs []error) {
			t.Helper()
			n := 0
			for _, err := range errs {
				if err == nil {
					n++
				} else if code := charter.ErrorCode(err); code != charter.ECONFLICT {
					t.Errorf("%s: %v (%s), want a conflict", what, err, code)
				}
			}
			if n != 1 {
				t.Errorf("%s: %d succeeded, want one: %v", what, n, errs)
			}
		}
		for _, u := range f.members[:6] {
			ok("two tellers checking in "+u.Name, at(
				func() error { return db.CheckIn(ctx, f.tellers[0].User, f.meeting.ID, u.ID) },
				func() error { return db.CheckIn(ctx, f.tellers[1].User, f.meeting.ID, u.ID) },
				func() error { return db.CheckIn(ctx, u, f.meeting.ID, u.ID) }))
		}
		item := f.meeting.Items[0]
		steps(t, func() error { return db.CallToOrder(ctx, f.chair, f.meeting.ID) },
			func() error { return db.TakeUp(ctx, f.chair, f.meeting.ID, item.ID) },
			func() error { return db.OpenVote(ctx, f.chair, f.meeting.ID, item.ID, meeting.MethodSecret) })
		f.reload(t)
		cur, _ := f.meeting.Current()
		b, err := db.Ballot(ctx, cur.BallotID)
		if err != nil {
			t.Fatal(err)
		}
		hashes := []string{b.Questions[0].SHA256}
		for _, u := range f.members[:6] {
			ok("a paper and an online vote for "+u.Name, at(
				func() error { return db.IssuePaper(ctx, f.tellers[0].User, f.meeting.ID, u.ID) },
				func() error { return db.IssuePaper(ctx, f.tellers[1].User, f.meeting.ID, u.ID) },
				func() error {
					_, err := db.CastBallot(ctx, u, b.ID, []ballot.Choice{ballot.Yes}, hashes)
					return err
				}))
		}
		// A latecomer checks in as the chair closes: on the roll or not,
		// never half.
		at(func() error { return db.CheckIn(ctx, f.members[6], f.meeting.ID, f.members[6].ID) },
			func() error { return db.CloseVote(ctx, f.chair, f.meeting.ID) })
		if b, err = db.Ballot(ctx, b.ID); err != nil {
			t.Fatal(err)
		}
		if b.Status != ballot.StatusClosed || b.Turnout+b.PapersIssued != 6 {
			t.Fatalf("after the close: %s, %d online + %d papers, want 6", b.Status, b.Turnout, b.PapersIssued)
		}
		if b.TooFewToCount() {
			// The race left a pool under the minimum: never counted.
			if err := db.VoidVote(ctx, f.chair, f.meeting.ID); err != nil {
				t.Fatal(err)
			}
			return
		}
		// Two tellers enter the box's count at once: one count stands.
		count := meeting.HandCount{Yes: b.PapersIssued}
		ok("two counts", at(
			func() error { return db.EnterCount(ctx, f.tellers[0].User, f.meeting.ID, count) },
			func() error { return db.EnterCount(ctx, f.tellers[1].User, f.meeting.ID, count) }))
		if b.Turnout > 0 {
			storetest.Count(t, db, b.ID, f.tellers)
		}
		// The chair declares twice at once: one result, one adoption.
		var declared []error
		declared = at(func() error { _, err := db.DeclareResult(ctx, f.chair, f.meeting.ID); return err },
			func() error { _, err := db.DeclareResult(ctx, f.chair, f.meeting.ID); return err })
		ok("two declarations", declared)
		res, err := db.BallotResults(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if r := res.Results[0]; r.Yes != 6 {
			t.Errorf("the combined count: %d yes, want 6: %+v", r.Yes, r)
		}
	})
}

// TestMeetingHostileFloorAmendment: a floor amendment is a whole text from
// the floor; one that is the item's own words in other line endings, too
// large, not UTF-8 or nested too deep is refused and nothing is stored.
func TestMeetingHostileFloorAmendment(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newMeetingFixture(t, db)
		item := f.inSession(t, 6)
		for _, c := range []struct {
			what, text, code string
		}{
			{"the item's words with CRLF", strings.ReplaceAll(item.Text, "\n", "\r\n"), charter.EINVALID},
			{"the item's words after a BOM", "\ufeff" + item.Text, charter.EINVALID},
			{"invalid UTF-8", strings.Replace(item.Text, "$5", "$\xff5", 1), charter.EINVALID},
			{"ten megabytes", item.Text + strings.Repeat("word ", 2<<20), charter.ETOOLARGE},
			{"lists a thousand deep", item.Text + strings.Repeat("- ", 1000) + "deep\n", charter.EINVALID},
			{"no sections", "just words", charter.EINVALID},
		} {
			_, err := db.MoveFloorAmendment(ctx, f.members[0], f.meeting.ID, item.ID, c.text)
			f.refused(t, c.what, err, c.code)
		}
	})
}
