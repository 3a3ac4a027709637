package store_test

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

const duesBylaws = `# Bylaws

## Name

1. The union is the Example Workers Union.

## Dues

1. Monthly dues are $2 for every member.
1. Dues are paid to the treasurer.
`

// meetingFixture is a document whose dues an amendment raises from $2 to
// $5, noticed for a hybrid meeting 31 days on, chaired by the last member.
type meetingFixture struct {
	*ballotFixture
	dues    amendment.Amendment
	meeting meeting.Meeting
	chair   member.User
}

func newMeetingFixture(t *testing.T, db *store.DB) *meetingFixture {
	t.Helper()
	f := newUnscheduledMeeting(t, db, "")
	f.schedule(t)
	return f
}

// newUnscheduledMeeting is a meetingFixture before notice is given, its
// document in language ("" for the default).
func newUnscheduledMeeting(t *testing.T, db *store.DB, language string) *meetingFixture {
	t.Helper()
	ctx := context.Background()
	f := &meetingFixture{ballotFixture: newBallotFixture(t, db, 10)}
	_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "bylaws", Title: "Bylaws", Numbering: document.SchemeArticle, Markdown: []byte(duesBylaws), Language: language})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetCosponsorsNeeded(ctx, 0, "bylaws", 0); err != nil {
		t.Fatal(err)
	}
	rule, err := ballot.ParseRule("2/3", "cast", "50%", 30)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetVoteRule(ctx, member.User{}, "bylaws", rule, "Article IX"); err != nil {
		t.Fatal(err)
	}
	f.dues, err = db.ProposeAmendment(ctx, f.members[0], store.NewAmendment{DocumentSlug: "bylaws", BaseVersionID: v1.ID, Title: "Five dollars",
		Proposed: []byte(strings.Replace(duesBylaws, "$2", "$5", 1)), Submit: true})
	if err != nil {
		t.Fatal(err)
	}
	f.chair = f.members[9]
	return f
}

// schedule gives notice of the meeting, 31 days on.
func (f *meetingFixture) schedule(t *testing.T) {
	t.Helper()
	var err error
	if f.meeting, err = f.db.ScheduleMeeting(context.Background(), f.officer, f.newMeeting(31)); err != nil {
		t.Fatal(err)
	}
}

func (f *meetingFixture) newMeeting(days int) store.NewMeeting {
	return store.NewMeeting{DocumentSlug: "bylaws", Title: "Annual meeting", Mode: meeting.ModeHybrid, Place: "Union hall",
		StartsAt: f.clock.AddDate(0, 0, days), ChairID: f.members[9].ID, Tellers: storetest.TellerIDs(f.tellers), SharesNeeded: 2, MinBallots: 3,
		Items: []store.NewItem{{Kind: meeting.KindAmendment, AmendmentID: f.dues.ID}, {Kind: meeting.KindQuestion, Question: "Shall the union hold a picnic?"}}}
}

// refused fails unless err has the code, and the meeting reads as before.
func (f *meetingFixture) refused(t *testing.T, what string, err error, code string) {
	t.Helper()
	if charter.ErrorCode(err) != code {
		t.Errorf("%s: %v, want %s", what, err, code)
	}
	m, rerr := f.db.Meeting(context.Background(), f.meeting.ID)
	if rerr != nil {
		t.Fatal(rerr)
	}
	if m.Present != f.meeting.Present || len(m.Items) != len(f.meeting.Items) || m.CurrentItem != f.meeting.CurrentItem {
		t.Errorf("%s stored something: present %d→%d, items %d→%d", what, f.meeting.Present, m.Present, len(f.meeting.Items), len(m.Items))
	}
}

// reload reads the meeting again, with its items' texts, which Meeting
// reads without.
func (f *meetingFixture) reload(t *testing.T) {
	t.Helper()
	var err error
	if f.meeting, err = f.db.Meeting(context.Background(), f.meeting.ID); err != nil {
		t.Fatal(err)
	}
	items := make([]*meeting.Item, len(f.meeting.Items))
	for i := range f.meeting.Items {
		items[i] = &f.meeting.Items[i]
		if items[i].ItemTexts != (meeting.ItemTexts{}) {
			t.Errorf("item %d was read with its texts", items[i].Position)
		}
	}
	if err := f.db.MeetingItemTexts(context.Background(), items...); err != nil {
		t.Fatal(err)
	}
	// Pages keep what they show of the texts by these hashes.
	for _, it := range items {
		if it.TextSHA256 != hashOrNothing(it.Text) || it.MovedAgainstSHA256 != hashOrNothing(it.MovedAgainst) ||
			(it.Snapshot != "" && it.SnapshotSHA256 != document.Hash([]byte(it.Snapshot))) {
			t.Errorf("item %d's texts and their hashes differ: %s, %s, %s", it.Position, it.TextSHA256, it.MovedAgainstSHA256, it.SnapshotSHA256)
		}
	}
}

func hashOrNothing(text string) string {
	if text == "" {
		return ""
	}
	return document.Hash([]byte(text))
}

// TestMeeting runs a hybrid meeting: notice under the document's rule,
// members checked in online and at the door, the quorum, a floor
// amendment beyond the notice ruled out of order and one within it
// adopted on a show of hands, then the amendment as amended adopted by a
// secret vote on phones and paper counted together, and the text in force
// changed with its provenance.
func TestMeeting(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newMeetingFixture(t, db)
		m, chair, tellers := f.members, f.chair, f.tellers

		// Notice: the document's thirty days, by an officer only.
		if _, err := db.ScheduleMeeting(ctx, f.officer, f.newMeeting(10)); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("a meeting on ten days' notice: %v", err)
		}
		if _, err := db.ScheduleMeeting(ctx, m[1], f.newMeeting(31)); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member giving notice: %v", err)
		}
		if f.meeting.Quorum.String() != "50.0 %" || f.meeting.RollSize != 10 || len(f.meeting.Items) != 2 || f.meeting.Items[0].SnapshotSHA256 == "" {
			t.Fatalf("noticed: %+v", f.meeting)
		}
		if a, _ := db.Amendment(ctx, f.dues.ID); a.Status != amendment.StatusNoticed {
			t.Errorf("the amendment is %s after notice", a.Status)
		}

		// Check-in opens an hour before.
		f.refused(t, "checking in a day early", db.CheckIn(ctx, m[0], f.meeting.ID, m[0].ID), charter.ECONFLICT)
		*f.clock = f.meeting.StartsAt.Add(-30 * time.Minute)
		for _, u := range m[:4] {
			if err := db.CheckIn(ctx, u, f.meeting.ID, u.ID); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.CheckIn(ctx, tellers[0].User, f.meeting.ID, m[4].ID); err != nil {
			t.Fatal(err)
		}
		f.reload(t)
		f.refused(t, "checking in twice", db.CheckIn(ctx, m[0], f.meeting.ID, m[0].ID), charter.ECONFLICT)
		f.refused(t, "a teller checking in one already in", db.CheckIn(ctx, tellers[1].User, f.meeting.ID, m[4].ID), charter.ECONFLICT)
		f.refused(t, "a member checking in another", db.CheckIn(ctx, m[1], f.meeting.ID, m[5].ID), charter.EFORBIDDEN)
		if f.meeting.Present != 5 || !f.meeting.QuorumMet() {
			t.Fatalf("5 of 10 present, quorum 50%%: present %d, met %v", f.meeting.Present, f.meeting.QuorumMet())
		}
		if _, err := db.Attendance(ctx, m[1], f.meeting.ID); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member reading the attendance: %v", err)
		}
		if list, err := db.Attendance(ctx, tellers[2].User, f.meeting.ID); err != nil || len(list) != 5 {
			t.Errorf("the tellers' list: %d, %v", len(list), err)
		}
		if found, err := db.FindAtDoor(ctx, tellers[0].User, f.meeting.ID, "MEMBER5"); err != nil || len(found) != 1 || found[0].CheckedIn {
			t.Errorf("the door finds member5: %+v, %v", found, err)
		}

		// In session: the chair alone runs it.
		f.refused(t, "a member calling it to order", db.CallToOrder(ctx, m[1], f.meeting.ID), charter.EFORBIDDEN)
		if err := db.CallToOrder(ctx, chair, f.meeting.ID); err != nil {
			t.Fatal(err)
		}
		primary, question := f.meeting.Items[0], f.meeting.Items[1]
		if err := db.TakeUp(ctx, chair, f.meeting.ID, primary.ID); err != nil {
			t.Fatal(err)
		}
		f.reload(t)

		// Floor amendments: only members present, only to the item before
		// the meeting, one at a time.
		six, four := strings.Replace(duesBylaws, "$2", "$6", 1), strings.Replace(duesBylaws, "$2", "$4", 1)
		_, err := db.MoveFloorAmendment(ctx, m[6], f.meeting.ID, primary.ID, four)
		f.refused(t, "a floor amendment by a member not present", err, charter.EFORBIDDEN)
		_, err = db.MoveFloorAmendment(ctx, m[1], f.meeting.ID, question.ID, four)
		f.refused(t, "a floor amendment to an item not before the meeting", err, charter.ECONFLICT)
		_, err = db.MoveFloorAmendment(ctx, m[1], f.meeting.ID, 999999, four)
		f.refused(t, "a floor amendment to an item not on the agenda", err, charter.ENOTFOUND)
		beyond, err := db.MoveFloorAmendment(ctx, m[1], f.meeting.ID, primary.ID, six)
		if err != nil {
			t.Fatal(err)
		}
		if beyond.Scope.Verdict != amendment.ScopeBeyond || beyond.InOrder() {
			t.Errorf("$6 on notice of $2 to $5: %+v", beyond.Scope)
		}
		f.reload(t)
		_, err = db.MoveFloorAmendment(ctx, m[2], f.meeting.ID, primary.ID, four)
		f.refused(t, "a second floor amendment while one is pending", err, charter.ECONFLICT)
		f.refused(t, "taking up an amendment beyond the notice", db.TakeUp(ctx, chair, f.meeting.ID, beyond.ID), charter.ECONFLICT)
		f.refused(t, "a ruling without a reason", db.RuleOnFloorAmendment(ctx, chair, f.meeting.ID, beyond.ID, false, " "), charter.EINVALID)
		if err := db.RuleOnFloorAmendment(ctx, chair, f.meeting.ID, beyond.ID, false, "The notice gave $2 to $5."); err != nil {
			t.Fatal(err)
		}
		within, err := db.MoveFloorAmendment(ctx, m[2], f.meeting.ID, primary.ID, four)
		if err != nil {
			t.Fatal(err)
		}
		if within.Scope.Verdict != amendment.ScopeIn || !within.InOrder() {
			t.Errorf("$4 on notice of $2 to $5: %+v", within.Scope)
		}
		f.reload(t)
		f.refused(t, "voting on the primary before its floor amendment", db.OpenVote(ctx, chair, f.meeting.ID, primary.ID, meeting.MethodHands), charter.ECONFLICT)

		// The floor amendment on a show of hands.
		if err := db.TakeUp(ctx, chair, f.meeting.ID, within.ID); err != nil {
			t.Fatal(err)
		}
		if err := db.OpenVote(ctx, chair, f.meeting.ID, within.ID, meeting.MethodHands); err != nil {
			t.Fatal(err)
		}
		f.reload(t)
		f.refused(t, "a count before the close", db.EnterCount(ctx, tellers[0].User, f.meeting.ID, meeting.HandCount{Yes: 4}), charter.ECONFLICT)
		if err := db.CloseVote(ctx, chair, f.meeting.ID); err != nil {
			t.Fatal(err)
		}
		f.refused(t, "more hands than members present", db.EnterCount(ctx, tellers[0].User, f.meeting.ID, meeting.HandCount{Yes: 5, No: 1}), charter.EINVALID)
		f.refused(t, "a member entering the count", db.EnterCount(ctx, m[1], f.meeting.ID, meeting.HandCount{Yes: 4}), charter.EFORBIDDEN)
		if err := db.EnterCount(ctx, tellers[0].User, f.meeting.ID, meeting.HandCount{Yes: 4, No: 1}); err != nil {
			t.Fatal(err)
		}
		res, err := db.DeclareResult(ctx, chair, f.meeting.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Results[0].Adopted || !strings.Contains(res.Results[0].Arithmetic[0].String(), "show of hands: 4 yes, 1 no") {
			t.Errorf("the floor amendment's result: %+v", res.Results[0])
		}
		f.reload(t)
		if p, _ := f.meeting.Item(primary.ID); f.meeting.CurrentItem != primary.ID || !strings.Contains(p.Text, "$4") {
			t.Fatalf("after the floor amendment, the primary is back with $4: current %d, text %q", f.meeting.CurrentItem, p.Text)
		}

		// The amendment as amended, by secret ballot on phones and paper.
		if err := db.OpenVote(ctx, chair, f.meeting.ID, primary.ID, meeting.MethodSecret); err != nil {
			t.Fatal(err)
		}
		f.reload(t)
		p, _ := f.meeting.Item(primary.ID)
		b, err := db.Ballot(ctx, p.BallotID)
		if err != nil {
			t.Fatal(err)
		}
		if b.Questions[0].SHA256 == primary.SnapshotSHA256 || !b.AtMeeting {
			t.Errorf("the amended item is frozen anew for its vote: %+v", b)
		}
		hashes := []string{b.Questions[0].SHA256}
		var cast []castVote
		vote := func(u member.User, ch ballot.Choice) error {
			r, err := db.CastBallot(ctx, u, b.ID, []ballot.Choice{ch}, hashes)
			if err == nil {
				cast = append(cast, castVote{voter: u, tracker: r.Tracker, choice: ch})
			}
			return err
		}
		// A copy of the database links no voter to a choice, as for any
		// ballot; a paper handed out seals nothing.
		secret := func(stage string) {
			dump, err := db.DumpForTest(ctx)
			if err != nil {
				t.Fatal(err)
			}
			linksNoVoter(t, stage, dump, cast, map[string]bool{})
		}
		for _, u := range m[:3] {
			if err := vote(u, ballot.Yes); err != nil {
				t.Fatal(err)
			}
		}
		if err := vote(m[6], ballot.Yes); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member not present voting: %v", err)
		}
		// The election officer runs ballots, not a meeting's votes.
		if err := db.CloseBallot(ctx, f.officer, b.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("the officer closing a meeting's vote: %v", err)
		}
		if err := db.ChangeRoll(ctx, f.officer, b.ID, m[8].ID, true, "absent"); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("the officer adding one absent to a meeting's vote: %v", err)
		}
		f.refused(t, "a member handing out a paper", db.IssuePaper(ctx, m[1], f.meeting.ID, m[3].ID), charter.EFORBIDDEN)
		f.refused(t, "a paper for one who voted online", db.IssuePaper(ctx, tellers[1].User, f.meeting.ID, m[0].ID), charter.ECONFLICT)
		f.refused(t, "a paper for one not present", db.IssuePaper(ctx, tellers[1].User, f.meeting.ID, m[7].ID), charter.ECONFLICT)
		for _, u := range m[3:5] {
			if err := db.IssuePaper(ctx, tellers[1].User, f.meeting.ID, u.ID); err != nil {
				t.Fatal(err)
			}
		}
		if err := vote(m[3], ballot.No); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("voting online after taking a paper: %v", err)
		}
		f.refused(t, "a second paper", db.IssuePaper(ctx, tellers[1].User, f.meeting.ID, m[3].ID), charter.ECONFLICT)
		// A member who arrives during the vote is on its roll, and may
		// take a paper.
		if err := db.CheckIn(ctx, m[6], f.meeting.ID, m[6].ID); err != nil {
			t.Fatal(err)
		}
		if err := db.IssuePaper(ctx, tellers[1].User, f.meeting.ID, m[6].ID); err != nil {
			t.Fatal(err)
		}
		f.reload(t)
		secret("open")
		if err := db.CloseVote(ctx, chair, f.meeting.ID); err != nil {
			t.Fatal(err)
		}
		secret("closed")
		f.refused(t, "a voter after the close", vote(m[5], ballot.Yes), charter.ECONFLICT)
		f.refused(t, "more papers counted than handed out", db.EnterCount(ctx, tellers[0].User, f.meeting.ID, meeting.HandCount{Yes: 3, No: 1}), charter.EINVALID)
		if err := db.EnterCount(ctx, tellers[0].User, f.meeting.ID, meeting.HandCount{Yes: 2, No: 1}); err != nil {
			t.Fatal(err)
		}
		f.refused(t, "a count entered twice", db.EnterCount(ctx, tellers[0].User, f.meeting.ID, meeting.HandCount{Yes: 1}), charter.ECONFLICT)
		if _, err := db.DeclareResult(ctx, chair, f.meeting.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("declaring before the online papers are opened: %v", err)
		}
		seq := db.ChangeSeq()
		storetest.Count(t, db, b.ID, tellers)
		if _, err := db.CertifyBallot(ctx, f.officer, b.ID, ""); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("the officer certifying a meeting's vote: %v", err)
		}
		// The meeting's pages are told that its vote was counted.
		if changes, _ := db.ChangesSince(seq); !slices.ContainsFunc(changes, func(c store.Change) bool {
			return c.Topic == store.TopicMeeting && c.Subject == f.meeting.ID
		}) {
			t.Errorf("the count told the meeting nothing: %+v", changes)
		}
		res, err = db.DeclareResult(ctx, chair, f.meeting.ID)
		if err != nil {
			t.Fatal(err)
		}
		r := res.Results[0]
		if !r.Adopted || r.Yes != 5 || r.No != 1 || len(res.Papers) != 3 ||
			r.Arithmetic[0].String() != "online 3 yes, 0 no, 0 abstentions + paper 2 yes, 1 no, 0 abstentions = 5 yes, 1 no, 0 abstentions" {
			t.Errorf("the combined count: %+v (%d papers)", r, len(res.Papers))
		}
		doc, err := db.Document(ctx, "bylaws")
		if err != nil {
			t.Fatal(err)
		}
		v, err := db.HeadVersion(ctx, doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(v.Markdown, "Monthly dues are $4") || v.Kind != document.KindAdopted || v.BallotID != b.ID {
			t.Errorf("the text in force: %s, ballot %d\n%s", v.Kind, v.BallotID, v.Markdown)
		}
		if a, _ := db.Amendment(ctx, f.dues.ID); a.Status != amendment.StatusAdopted {
			t.Errorf("the amendment is %s", a.Status)
		}

		// The question on a standing vote, then the meeting adjourns.
		if err := db.TakeUp(ctx, chair, f.meeting.ID, question.ID); err != nil {
			t.Fatal(err)
		}
		if err := db.OpenVote(ctx, chair, f.meeting.ID, question.ID, meeting.MethodStanding); err != nil {
			t.Fatal(err)
		}
		f.reload(t)
		f.refused(t, "adjourning during a vote", db.Adjourn(ctx, chair, f.meeting.ID), charter.ECONFLICT)
		if err := db.CloseVote(ctx, chair, f.meeting.ID); err != nil {
			t.Fatal(err)
		}
		if err := db.EnterCount(ctx, tellers[2].User, f.meeting.ID, meeting.HandCount{Yes: 2, No: 3, Abstain: 1}); err != nil {
			t.Fatal(err)
		}
		if res, err := db.DeclareResult(ctx, chair, f.meeting.ID); err != nil || res.Results[0].Adopted {
			t.Fatalf("the picnic: %+v, %v", res, err)
		}
		if err := db.Adjourn(ctx, chair, f.meeting.ID); err != nil {
			t.Fatal(err)
		}
		f.reload(t)
		if f.meeting.Status != meeting.StatusAdjourned || f.meeting.Present != 6 {
			t.Errorf("adjourned: %+v", f.meeting)
		}
		f.refused(t, "checking in after the adjournment", db.CheckIn(ctx, m[8], f.meeting.ID, m[8].ID), charter.ECONFLICT)
		// The minutes, then their approval at the next meeting.
		first, votes, err := db.MeetingMinutes(ctx, f.meeting.ID)
		if err != nil {
			t.Fatal(err)
		}
		minutes := meeting.Minutes(&first, votes, nil, nil)
		for _, want := range []string{
			"# Minutes: Annual meeting",
			"Draft: these minutes are approved by the members at a later meeting.",
			"6 members present of 10 in good standing; quorum 50.0 %: met.",
			"### Item 1. " + primary.Question,
			"- In Article II(a), strike “2” and insert “5”.",
			"Floor amendment (item 3), moved by member1; the notice's scope: beyond the notice. Ruled out of order by the chair: The notice gave $2 to $5.",
			"Floor amendment (item 4), moved by member2; the notice's scope: within the notice.",
			"Vote by a show of hands (ballot #",
			"- online 3 yes, 0 no, 0 abstentions + paper 2 yes, 1 no, 0 abstentions = 5 yes, 1 no, 0 abstentions",
			"Vote by a standing vote (ballot #",
			"- Amendment #" + strconv.FormatInt(f.dues.ID, 10) + " (item 1), ballot #" + strconv.FormatInt(b.ID, 10),
			"Adjourned ",
		} {
			if !strings.Contains(minutes, want) {
				t.Errorf("the minutes lack %q:\n%s", want, minutes)
			}
		}
		*f.clock = f.clock.Add(time.Hour)
		next := f.newMeeting(31)
		next.Title, next.Items = "Next meeting", []store.NewItem{{Kind: meeting.KindMinutes, MinutesOf: first.ID}}
		second, err := db.ScheduleMeeting(ctx, f.officer, next)
		if err != nil {
			t.Fatal(err)
		}
		if it := second.Items[0]; it.Text != document.Hash([]byte(minutes)) || !strings.Contains(it.Question, "Approve the minutes of Annual meeting") {
			t.Errorf("the minutes item: %+v", it)
		}
		if _, err := db.ScheduleMeeting(ctx, f.officer, next); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("the same minutes on two agendas: %v", err)
		}
		*f.clock = second.StartsAt
		for _, u := range m[:5] {
			if err := db.CheckIn(ctx, u, second.ID, u.ID); err != nil {
				t.Fatal(err)
			}
		}
		for _, step := range []func() error{
			func() error { return db.CallToOrder(ctx, chair, second.ID) },
			func() error { return db.TakeUp(ctx, chair, second.ID, second.Items[0].ID) },
			func() error { return db.OpenVote(ctx, chair, second.ID, second.Items[0].ID, meeting.MethodHands) },
			func() error { return db.CloseVote(ctx, chair, second.ID) },
			func() error { return db.EnterCount(ctx, tellers[0].User, second.ID, meeting.HandCount{Yes: 5}) },
			func() error { _, err := db.DeclareResult(ctx, chair, second.ID); return err },
		} {
			if err := step(); err != nil {
				t.Fatal(err)
			}
		}
		first, votes, err = db.MeetingMinutes(ctx, f.meeting.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got := meeting.Minutes(&first, votes, first.MinutesApproval, nil); !strings.Contains(got, "Approved by the members at Next meeting on "+second.StartsAt.Format("2006-01-02")+" (item 1).") {
			t.Errorf("approved minutes:\n%s", got)
		}

		// No event of the log names who was handed a paper.
		events, err := db.AuditEvents(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range events {
			if e.Action == "meeting.paper" && strings.Contains(e.Detail, "member") {
				t.Errorf("the log names who took a paper: %q", e.Detail)
			}
		}
	})
}

// TestMeetingVoteUnderMinimum: a secret vote with fewer online papers than
// the minimum cannot be counted without showing how those members voted;
// the chair sets it aside, the papers stay sealed, and the item is voted
// on again by a show of hands.
func TestMeetingVoteUnderMinimum(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newMeetingFixture(t, db)
		m, chair := f.members, f.chair
		*f.clock = f.meeting.StartsAt
		for _, u := range m[:6] {
			if err := db.CheckIn(ctx, u, f.meeting.ID, u.ID); err != nil {
				t.Fatal(err)
			}
		}
		item := f.meeting.Items[0]
		for _, step := range []func() error{
			func() error { return db.CallToOrder(ctx, chair, f.meeting.ID) },
			func() error { return db.TakeUp(ctx, chair, f.meeting.ID, item.ID) },
			func() error { return db.OpenVote(ctx, chair, f.meeting.ID, item.ID, meeting.MethodSecret) },
		} {
			if err := step(); err != nil {
				t.Fatal(err)
			}
		}
		f.reload(t)
		if err := db.VoidVote(ctx, chair, f.meeting.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("setting aside an open vote: %v", err)
		}
		cur, _ := f.meeting.Current()
		b, err := db.Ballot(ctx, cur.BallotID)
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range m[:2] {
			if _, err := db.CastBallot(ctx, u, b.ID, []ballot.Choice{ballot.Yes}, []string{b.Questions[0].SHA256}); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.CloseVote(ctx, chair, f.meeting.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.DeclareResult(ctx, chair, f.meeting.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("declaring two online papers under a minimum of three: %v", err)
		}
		if _, err := db.GiveShare(ctx, f.tellers[0].User, b.ID, f.tellers[0].Key); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("opening two papers: %v", err)
		}
		if err := db.VoidVote(ctx, m[0], f.meeting.ID); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member setting the vote aside: %v", err)
		}
		if err := db.VoidVote(ctx, chair, f.meeting.ID); err != nil {
			t.Fatal(err)
		}
		f.reload(t)
		if cur, _ := f.meeting.Current(); cur.Status != meeting.ItemDebate || cur.BallotID != 0 {
			t.Fatalf("after setting the vote aside: %+v", cur)
		}
		for _, step := range []func() error{
			func() error { return db.OpenVote(ctx, chair, f.meeting.ID, item.ID, meeting.MethodHands) },
			func() error { return db.CloseVote(ctx, chair, f.meeting.ID) },
			func() error {
				return db.EnterCount(ctx, f.tellers[0].User, f.meeting.ID, meeting.HandCount{Yes: 5, No: 1})
			},
		} {
			if err := step(); err != nil {
				t.Fatal(err)
			}
		}
		if res, err := db.DeclareResult(ctx, chair, f.meeting.ID); err != nil || !res.Results[0].Adopted {
			t.Fatalf("the show of hands: %+v, %v", res, err)
		}
		if sealed, err := db.Ballot(ctx, b.ID); err != nil || sealed.Status != ballot.StatusClosed {
			t.Errorf("the set-aside vote: %s, %v", sealed.Status, err)
		}
	})
}

// TestMeetingPaperPoolUnderMinimum: two paper ballots, their count shown
// apart beside the online papers, would tell how those two voted: their
// count is refused, and the chair sets the vote aside.
func TestMeetingPaperPoolUnderMinimum(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newMeetingFixture(t, db)
		m, chair, teller := f.members, f.chair, f.tellers[0].User
		*f.clock = f.meeting.StartsAt
		for _, u := range m[:6] {
			if err := db.CheckIn(ctx, u, f.meeting.ID, u.ID); err != nil {
				t.Fatal(err)
			}
		}
		item := f.meeting.Items[0]
		for _, step := range []func() error{
			func() error { return db.CallToOrder(ctx, chair, f.meeting.ID) },
			func() error { return db.TakeUp(ctx, chair, f.meeting.ID, item.ID) },
			func() error { return db.OpenVote(ctx, chair, f.meeting.ID, item.ID, meeting.MethodSecret) },
			func() error { return db.IssuePaper(ctx, teller, f.meeting.ID, m[0].ID) },
			func() error { return db.IssuePaper(ctx, teller, f.meeting.ID, m[1].ID) },
			func() error { return db.CloseVote(ctx, chair, f.meeting.ID) },
		} {
			if err := step(); err != nil {
				t.Fatal(err)
			}
		}
		f.reload(t)
		if err := db.EnterCount(ctx, teller, f.meeting.ID, meeting.HandCount{Yes: 2}); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("counting two paper ballots under a minimum of three: %v", err)
		}
		if err := db.VoidVote(ctx, chair, f.meeting.ID); err != nil {
			t.Fatal(err)
		}
		f.reload(t)
		if cur, _ := f.meeting.Current(); cur.Status != meeting.ItemDebate {
			t.Errorf("after setting the vote aside: %+v", cur)
		}
	})
}

// TestMeetingWithoutQuorumAdjourns: a meeting that never reaches its
// quorum is adjourned without being called to order, not before it could
// have met, and its amendment may be noticed again.
func TestMeetingWithoutQuorumAdjourns(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newMeetingFixture(t, db)
		f.refused(t, "adjourning a month before", db.Adjourn(ctx, f.chair, f.meeting.ID), charter.ECONFLICT)
		*f.clock = f.meeting.StartsAt.Add(30 * time.Minute)
		f.refused(t, "a member adjourning", db.Adjourn(ctx, f.members[0], f.meeting.ID), charter.EFORBIDDEN)
		if err := db.Adjourn(ctx, f.chair, f.meeting.ID); err != nil {
			t.Fatal(err)
		}
		f.reload(t)
		if f.meeting.Status != meeting.StatusAdjourned {
			t.Errorf("status %s", f.meeting.Status)
		}
		if a, _ := db.Amendment(ctx, f.dues.ID); a.Status != amendment.StatusSeconded {
			t.Errorf("the amendment not reached is %s", a.Status)
		}
		f.refused(t, "calling it to order after", db.CallToOrder(ctx, f.chair, f.meeting.ID), charter.ECONFLICT)
	})
}
