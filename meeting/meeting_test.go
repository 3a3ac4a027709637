package meeting_test

import (
	"math"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
)

func TestCheckStart(t *testing.T) {
	notice := time.Date(2026, 12, 1, 18, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		starts time.Time
		days   int
		ok     bool
	}{
		{notice.AddDate(0, 0, 30), 30, true},
		{notice.AddDate(0, 0, 30).Add(-time.Minute), 30, false},
		{notice.Add(time.Hour), 0, true},
		{notice, 0, false},
		{notice.AddDate(0, 0, 91), 0, false},
	} {
		if err := meeting.CheckStart(notice, c.starts, c.days); (err == nil) != c.ok {
			t.Errorf("start %s on %d days' notice: %v", c.starts, c.days, err)
		}
	}
}

func TestCounts(t *testing.T) {
	for _, c := range []struct {
		count   meeting.HandCount
		present int
		code    string
	}{
		{meeting.HandCount{Yes: 3, No: 2, Abstain: 1}, 6, ""},
		{meeting.HandCount{Yes: 3, No: 2, Abstain: 2}, 6, charter.EINVALID},
		{meeting.HandCount{Yes: -1}, 6, charter.EINVALID},
		// Counts whose sum wraps around to a small number.
		{meeting.HandCount{Yes: math.MaxInt, No: math.MaxInt, Abstain: 2}, 6, charter.EINVALID},
		{meeting.HandCount{Yes: math.MaxInt, No: 1}, 6, charter.EINVALID},
	} {
		if got := charter.ErrorCode(c.count.Check(c.present)); got != c.code && !(c.code == "" && got == "") {
			t.Errorf("%+v of %d present: %q, want %q", c.count, c.present, got, c.code)
		}
		if got := charter.ErrorCode(meeting.CheckPaperCount(c.count, c.present)); got != c.code && !(c.code == "" && got == "") {
			t.Errorf("%+v of %d papers: %q, want %q", c.count, c.present, got, c.code)
		}
	}
}

// TestOrderOfBusiness: a floor amendment is decided before its item is
// voted on, only one is pending at a time, one beyond the notice is in
// order only by the chair's ruling, and a secondary cannot be amended.
func TestOrderOfBusiness(t *testing.T) {
	m := &meeting.Meeting{Status: meeting.StatusInSession, ChairID: 1, Tellers: []int64{2, 3}, CurrentItem: 10, Items: []meeting.Item{
		{ID: 10, Position: 1, Kind: meeting.KindAmendment, Status: meeting.ItemDebate},
		{ID: 11, Position: 2, Kind: meeting.KindQuestion, Status: meeting.ItemPending},
	}}
	primary := &m.Items[0]
	if err := m.CanMoveFloorAmendment(primary); err != nil {
		t.Fatal(err)
	}
	if err := m.CanMoveFloorAmendment(&m.Items[1]); charter.ErrorCode(err) != charter.ECONFLICT {
		t.Errorf("amending an item not before the meeting: %v", err)
	}
	m.Items = append(m.Items, meeting.Item{ID: 12, Position: 3, Kind: meeting.KindFloor, ParentID: 10, Status: meeting.ItemPending,
		Scope: amendment.Scope{Verdict: amendment.ScopeBeyond}})
	primary, floor := &m.Items[0], &m.Items[2]
	if floor.InOrder() {
		t.Error("a floor amendment beyond the notice is in order without a ruling")
	}
	if err := m.CanTakeUp(floor); charter.ErrorCode(err) != charter.ECONFLICT {
		t.Errorf("taking up an amendment beyond the notice: %v", err)
	}
	if err := m.CanMoveFloorAmendment(primary); charter.ErrorCode(err) != charter.ECONFLICT {
		t.Errorf("a second floor amendment while one is pending: %v", err)
	}
	// Out of order, it no longer holds up the vote; in order, it does.
	if err := m.CanOpenVote(primary); err != nil {
		t.Errorf("voting with only an out-of-order amendment pending: %v", err)
	}
	floor.Ruling = meeting.RulingInOrder
	if err := m.CanOpenVote(primary); charter.ErrorCode(err) != charter.ECONFLICT {
		t.Errorf("voting on the primary before its floor amendment: %v", err)
	}
	m.CurrentItem = floor.ID
	floor.Status = meeting.ItemDebate
	if err := m.CanMoveFloorAmendment(floor); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("amending a floor amendment (a third degree): %v", err)
	}
	if err := m.CanOpenVote(floor); err != nil {
		t.Fatal(err)
	}
	floor.Status = meeting.ItemVoting
	if err := m.CanTakeUp(&m.Items[1]); charter.ErrorCode(err) != charter.ECONFLICT {
		t.Errorf("taking up another item during a vote: %v", err)
	}
}

// TestSecondaryOnTheAgenda: a noticed secondary amendment is taken up
// only while its primary is before the meeting, and is not amended from
// the floor (a third degree).
func TestSecondaryOnTheAgenda(t *testing.T) {
	m := &meeting.Meeting{Status: meeting.StatusInSession, ChairID: 1, Items: []meeting.Item{
		{ID: 10, Position: 1, Kind: meeting.KindAmendment, Status: meeting.ItemPending},
		{ID: 11, Position: 2, Kind: meeting.KindAmendment, ParentID: 10, Status: meeting.ItemPending},
		{ID: 12, Position: 3, Kind: meeting.KindQuestion, Status: meeting.ItemPending},
	}}
	primary, secondary := &m.Items[0], &m.Items[1]
	if err := m.CanTakeUp(secondary); charter.ErrorCode(err) != charter.ECONFLICT {
		t.Errorf("taking up a secondary before its primary: %v", err)
	}
	m.CurrentItem, primary.Status = primary.ID, meeting.ItemDebate
	if err := m.CanTakeUp(secondary); err != nil {
		t.Fatal(err)
	}
	m.CurrentItem, secondary.Status = secondary.ID, meeting.ItemDebate
	if err := m.CanMoveFloorAmendment(secondary); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("amending a noticed secondary from the floor (a third degree): %v", err)
	}
	// Once the primary is decided, its secondary is moot.
	m.CurrentItem, secondary.Status, primary.Status = 0, meeting.ItemPending, meeting.ItemDecided
	if err := m.CanTakeUp(secondary); charter.ErrorCode(err) != charter.ECONFLICT {
		t.Errorf("taking up a secondary after its primary was decided: %v", err)
	}
}

func TestWhoMayDoWhat(t *testing.T) {
	m := &meeting.Meeting{ChairID: 1, Tellers: []int64{2, 3}}
	chair, teller, observer := &member.User{ID: 1}, &member.User{ID: 2}, &member.User{ID: 7, Roles: []member.Role{member.RoleObserver}}
	someone := &member.User{ID: 5, Roles: []member.Role{member.RoleMember}, GoodStanding: true}
	if !m.CanChair(chair) || m.CanChair(teller) || !m.CanTell(teller) || m.CanTell(someone) {
		t.Error("chair and tellers")
	}
	if !m.CanSeeAttendance(observer) || !m.CanSeeAttendance(teller) || m.CanSeeAttendance(someone) {
		t.Error("who sees the attendance")
	}
	if !meeting.CanAttend(someone) || meeting.CanAttend(&member.User{ID: 6, Roles: []member.Role{member.RoleMember}}) {
		t.Error("only members in good standing attend")
	}
	if m.CanChair(&member.User{}) {
		t.Error("no one chairs a meeting with no chair")
	}
}

// TestDecideAtMeeting shows the arithmetic of a combined count first.
func TestDecideAtMeeting(t *testing.T) {
	rule := ballot.Rule{Threshold: ballot.TwoThirds, Base: ballot.BaseCast}
	r := ballot.DecideAtMeeting(rule, ballot.Count{Yes: 3, No: 1}, ballot.Count{Yes: 2}, string(meeting.MethodSecret), 10)
	if !r.Adopted || r.Yes != 5 || r.Arithmetic[0].String() != "online 3 yes, 1 no, 0 abstentions + paper 2 yes, 0 no, 0 abstentions = 5 yes, 1 no, 0 abstentions" {
		t.Errorf("%+v", r)
	}
	r = ballot.DecideAtMeeting(rule, ballot.Count{}, ballot.Count{Yes: 2, No: 2}, string(meeting.MethodHands), 10)
	if r.Adopted || r.Arithmetic[0].String() != "counted by the tellers on a show of hands: 2 yes, 2 no, 0 abstentions" {
		t.Errorf("%+v", r)
	}
}
