// Package meeting holds what a membership meeting decides and how: its
// agenda of noticed amendments and questions in the order they are taken,
// the members present and the quorum they make, amendments moved from the
// floor and whether the notice covers them, and each vote taken there —
// by a count of hands or of those standing, which the tellers enter, or by
// secret ballot on attendees' phones and on paper, counted together. It
// knows nothing of storage or HTTP; a meeting's secret vote is a ballot of
// package ballot, with the same secrecy.
package meeting

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
)

// Mode is where the members meet.
type Mode string

const (
	ModeInPerson Mode = "in_person" // in a hall: tellers check members in at the door
	ModeOnline   Mode = "online"    // on their phones and computers: members check themselves in
	ModeHybrid   Mode = "hybrid"    // both
)

// Modes lists the modes in the order the form offers them.
var Modes = []Mode{ModeHybrid, ModeInPerson, ModeOnline}

// ParseMode reads a mode's name.
func ParseMode(s string) (Mode, error) {
	switch m := Mode(strings.TrimSpace(s)); m {
	case ModeInPerson, ModeOnline, ModeHybrid:
		return m, nil
	}
	return "", charter.Errorf(charter.EINVALID, "A meeting is in person, online or both, not %q.", charter.Clip(s, 40))
}

// Online tells whether members may take part from their phones.
func (m Mode) Online() bool { return m != ModeInPerson }

// Status is where a meeting stands.
type Status string

const (
	StatusScheduled Status = "scheduled" // noticed, not yet called to order
	StatusInSession Status = "in_session"
	StatusAdjourned Status = "adjourned"
)

// Meeting is one membership meeting.
type Meeting struct {
	ID           int64
	DocumentID   int64 // the document its amendments change; 0 for questions only
	DocumentSlug string
	Title        string
	Mode         Mode
	Place        string // the hall, or how to join online
	StartsAt     time.Time
	NoticeAt     time.Time
	Status       Status
	OfficerID    int64 // who gave notice
	ChairID      int64
	ChairName    string
	Tellers      []int64
	// Quorum is the document's, at notice; RollSize the members in good
	// standing, counted live until the meeting is called to order and
	// frozen then.
	Quorum      ballot.Quorum
	RollSize    int
	Present     int // members checked in
	MinBallots  int // a secret vote's count needs at least so many online papers
	CurrentItem int64
	OpenedAt    time.Time
	AdjournedAt time.Time
	Items       []Item
	// MinutesApproval names the later meeting's item that approved these
	// minutes; nil while they are a draft or when the meeting was read
	// without it (a list), which MinutesApproved tells.
	MinutesApproval *Approval
	MinutesApproved bool
}

// QuorumMet tells whether the members present make the quorum.
func (m *Meeting) QuorumMet() bool { return m.Quorum.Met(m.Present, m.RollSize) }

// Item finds an item of the agenda, floor amendments included.
func (m *Meeting) Item(id int64) (*Item, bool) {
	for i := range m.Items {
		if m.Items[i].ID == id {
			return &m.Items[i], true
		}
	}
	return nil, false
}

// Current is the item under debate, if any.
func (m *Meeting) Current() (*Item, bool) {
	if m.CurrentItem == 0 {
		return nil, false
	}
	return m.Item(m.CurrentItem)
}

// Kind is what an agenda item is.
type Kind string

const (
	KindAmendment Kind = "amendment" // a noticed amendment to the document
	KindQuestion  Kind = "question"  // a question in words
	KindFloor     Kind = "floor"     // an amendment moved from the floor to a pending amendment
	KindMinutes   Kind = "minutes"   // approving an earlier meeting's minutes
)

// ItemStatus is where an item stands.
type ItemStatus string

const (
	ItemPending  ItemStatus = "pending"   // on the agenda, not reached
	ItemDebate   ItemStatus = "debate"    // before the meeting
	ItemVoting   ItemStatus = "voting"    // a vote is being taken
	ItemDecided  ItemStatus = "decided"   // adopted or rejected
	ItemRuledOut ItemStatus = "ruled_out" // a floor amendment the chair ruled out of order
)

// Method is how a vote is taken.
type Method string

const (
	MethodHands    Method = "hands"    // a show of hands, counted by the tellers
	MethodStanding Method = "standing" // a rising vote, counted by the tellers
	MethodSecret   Method = "secret"   // a secret ballot on phones and on paper
)

// Methods lists the methods in the order the chair's form offers them.
var Methods = []Method{MethodHands, MethodStanding, MethodSecret}

// ParseMethod reads a method's name.
func ParseMethod(s string) (Method, error) {
	switch m := Method(strings.TrimSpace(s)); m {
	case MethodHands, MethodStanding, MethodSecret:
		return m, nil
	}
	return "", charter.Errorf(charter.EINVALID, "A vote is taken by a show of hands, by standing or by secret ballot, not %q.", charter.Clip(s, 40))
}

// Secret tells whether no one may learn how a member voted.
func (m Method) Secret() bool { return m == MethodSecret }

// Ruling is the chair's ruling on whether a floor amendment is in order.
type Ruling string

const (
	RulingNone       Ruling = ""
	RulingInOrder    Ruling = "in_order"
	RulingOutOfOrder Ruling = "out_of_order"
)

// Item is one item of business: a noticed amendment, a question, or an
// amendment moved from the floor to a pending one (ParentID).
type Item struct {
	ID          int64
	MeetingID   int64
	Position    int
	Kind        Kind
	ParentID    int64 // a floor amendment's pending item
	AmendmentID int64
	MinutesOf   int64 // the earlier meeting whose minutes a minutes item approves
	Question    string
	// The texts are read only where they are needed (a meeting's pages
	// reload at every change): a meeting is read without them, and its
	// items name them by their SHA-256 (empty for no text).
	ItemTexts
	SnapshotSHA256     string
	TextSHA256         string
	MovedAgainstSHA256 string
	Rule               ballot.Rule
	Status             ItemStatus
	// A floor amendment's mover, the check of the notice's scope, and
	// the chair's ruling with its reason.
	MoverID      int64
	MoverName    string
	Scope        amendment.Scope
	Ruling       Ruling
	RulingReason string
	// The vote: its method, the ballot that holds it, and the outcome.
	Method   Method
	BallotID int64
	Adopted  *bool
}

// ItemTexts are an item's texts, which a meeting's pages read only when
// what they show of them is not in memory already.
type ItemTexts struct {
	// Snapshot is the item as noticed (ballot.Snapshot's JSON), sealed by
	// SnapshotSHA256: what the scope of notice is measured against.
	Snapshot string
	// Text is the item's wording as it now stands: as noticed, then as
	// amended from the floor; for a floor amendment, the wording it moves;
	// for minutes, the SHA-256 of the minutes as noticed.
	Text string
	// MovedAgainst is a floor amendment's item's words when it was moved:
	// what it changes, even once a later floor amendment changed them.
	MovedAgainst string
}

// InOrder tells whether a floor amendment may be debated and voted on:
// within the notice, or ruled in order by the chair.
func (it *Item) InOrder() bool {
	if it.Kind != KindFloor {
		return true
	}
	switch it.Ruling {
	case RulingInOrder:
		return true
	case RulingOutOfOrder:
		return false
	}
	return it.Scope.Verdict == amendment.ScopeIn
}

// FloorScope checks a floor amendment's text, the whole text as it would
// make the item read, against the item's notice: its frozen snapshot's
// text before and after. Only Scope.Verdict is kept with the amendment;
// the findings, in the reader's words, are worked out again when shown.
func FloorScope(item *Item, scheme document.Scheme, text string) (amendment.Scope, error) {
	var snap ballot.Snapshot
	if err := json.Unmarshal([]byte(item.Snapshot), &snap); err != nil {
		return amendment.Scope{}, fmt.Errorf("snapshot of item %d: %w", item.ID, err)
	}
	before, err := document.Prepare([]byte(snap.Before), scheme, nil)
	if err != nil {
		return amendment.Scope{}, charter.Internal(err)
	}
	noticed, err := document.Prepare([]byte(snap.After), scheme, &before.Outline)
	if err != nil {
		return amendment.Scope{}, charter.Internal(err)
	}
	proposed, err := document.Prepare([]byte(text), scheme, &before.Outline)
	if err != nil {
		return amendment.Scope{}, err
	}
	return amendment.CheckScope(before, noticed, proposed, snap.Revision), nil
}

// Limits.
const (
	MaxItems        = 40
	MaxTitleRunes   = 200
	MaxPlaceRunes   = 500
	MaxReasonRunes  = 2000
	MaxTellers      = ballot.MaxTellers
	MinSharesNeeded = ballot.MinSharesNeeded
)

// CheckStart checks a meeting's time against its notice and the document's
// rule: the members must be told the days the rule requires before.
func CheckStart(noticeAt, startsAt time.Time, noticeDays int) error {
	if !startsAt.After(noticeAt) {
		return charter.Errorf(charter.EINVALID, "A meeting starts after its notice.")
	}
	if startsAt.Sub(noticeAt) > ballot.MaxDuration {
		return charter.Errorf(charter.EINVALID, "A meeting is noticed at most %d days ahead.", int(ballot.MaxDuration.Hours()/24))
	}
	if need := time.Duration(noticeDays) * 24 * time.Hour; startsAt.Sub(noticeAt) < need {
		return charter.Errorf(charter.EINVALID, "The document requires %d days' notice: the meeting starts %s at the earliest.", noticeDays, noticeAt.Add(need).UTC().Format("2006-01-02 15:04 UTC"))
	}
	return nil
}

// CanCallToOrder tells whether the chair may open the meeting at now.
func (m *Meeting) CanCallToOrder(now time.Time) error {
	if m.Status != StatusScheduled {
		return charter.Errorf(charter.ECONFLICT, "This meeting was called to order already.")
	}
	// The chair may open a little early, as halls fill before the hour.
	if now.Before(m.StartsAt.Add(-time.Hour)) {
		return charter.Errorf(charter.ECONFLICT, "The meeting was noticed for %s; it cannot be called to order more than an hour before.", m.StartsAt.UTC().Format("2006-01-02 15:04 UTC"))
	}
	return nil
}

// CanCheckIn tells whether members may be checked in: from an hour before
// the start, until the meeting adjourns.
func (m *Meeting) CanCheckIn(now time.Time) error {
	switch {
	case m.Status == StatusAdjourned:
		return charter.Errorf(charter.ECONFLICT, "This meeting has adjourned.")
	case m.Status == StatusScheduled && now.Before(m.StartsAt.Add(-time.Hour)):
		return charter.Errorf(charter.ECONFLICT, "Check-in opens an hour before the meeting, at %s.", m.StartsAt.Add(-time.Hour).UTC().Format("2006-01-02 15:04 UTC"))
	}
	return nil
}

// CanAdjourn tells whether the chair may adjourn at now: in session, or,
// without business, once the members could have met (a meeting that never
// reaches its quorum is adjourned so).
func (m *Meeting) CanAdjourn(now time.Time) error {
	if m.Status == StatusScheduled {
		return m.CanCallToOrder(now)
	}
	return m.InSession()
}

// InSession tells whether the meeting is conducting business.
func (m *Meeting) InSession() error {
	switch m.Status {
	case StatusScheduled:
		return charter.Errorf(charter.ECONFLICT, "The meeting has not been called to order.")
	case StatusAdjourned:
		return charter.Errorf(charter.ECONFLICT, "This meeting has adjourned.")
	}
	return nil
}

// CanTakeUp tells whether the chair may bring item to the floor: nothing
// else is being voted on, the item is not decided, and a secondary
// amendment is taken up only while its primary is before the meeting.
func (m *Meeting) CanTakeUp(it *Item) error {
	if err := m.InSession(); err != nil {
		return err
	}
	if cur, ok := m.Current(); ok && cur.Status == ItemVoting {
		return charter.Errorf(charter.ECONFLICT, "A vote is being taken on item %d; close it first.", cur.Position)
	}
	switch it.Status {
	case ItemDecided, ItemRuledOut:
		return charter.Errorf(charter.ECONFLICT, "Item %d has been disposed of.", it.Position)
	}
	if it.Kind == KindFloor && !it.InOrder() {
		return charter.Errorf(charter.ECONFLICT, "The chair has not ruled this floor amendment in order.")
	}
	if parent, ok := m.Item(it.ParentID); ok && (m.CurrentItem != parent.ID || parent.Status != ItemDebate) {
		return charter.Errorf(charter.ECONFLICT, "Item %d amends item %d: it is taken up while item %d is before the meeting.", it.Position, parent.Position, parent.Position)
	}
	return nil
}

// CanMoveFloorAmendment tells whether a floor amendment may be moved to
// item now: the item is before the meeting, an amendment to the text (a
// floor amendment cannot itself be amended: there is no third degree), and
// no other floor amendment to it is pending (one at a time).
func (m *Meeting) CanMoveFloorAmendment(it *Item) error {
	if err := m.InSession(); err != nil {
		return err
	}
	if m.CurrentItem != it.ID || it.Status != ItemDebate {
		return charter.Errorf(charter.ECONFLICT, "Only the item before the meeting can be amended from the floor; item %d is not.", it.Position)
	}
	if it.Kind != KindAmendment || it.ParentID != 0 {
		return charter.Errorf(charter.EINVALID, "Only an amendment to the text can be amended from the floor; an amendment to an amendment cannot be amended again.")
	}
	for i := range m.Items {
		f := &m.Items[i]
		if f.ParentID == it.ID && f.Status != ItemDecided && f.Status != ItemRuledOut {
			return charter.Errorf(charter.ECONFLICT, "Floor amendment %d to this item is pending; it is decided before another is moved.", f.Position)
		}
	}
	return nil
}

// CanOpenVote tells whether a vote may begin on it: the item is before
// the meeting, in order, and no floor amendment to it is pending (RONR:
// the secondary is decided first).
func (m *Meeting) CanOpenVote(it *Item) error {
	if err := m.InSession(); err != nil {
		return err
	}
	if m.CurrentItem != it.ID || it.Status != ItemDebate {
		return charter.Errorf(charter.ECONFLICT, "Only the item before the meeting is voted on; take item %d up first.", it.Position)
	}
	for i := range m.Items {
		f := &m.Items[i]
		if f.ParentID == it.ID && (f.Status == ItemPending || f.Status == ItemDebate || f.Status == ItemVoting) && f.InOrder() {
			return charter.Errorf(charter.ECONFLICT, "Floor amendment %d to this item is pending: it is voted on first.", f.Position)
		}
	}
	return nil
}

// HandCount is a count of hands or of those standing, entered by a teller.
type HandCount struct {
	Yes, No, Abstain int
}

// Check refuses a count that is negative or exceeds the members present:
// a hand vote counts only those in the room or online.
func (c HandCount) Check(present int) error {
	total, err := c.total(present)
	if err != nil {
		return err
	}
	if total > present {
		return charter.Errorf(charter.EINVALID, "The count has %d votes, more than the %d members present.", total, present)
	}
	return nil
}

// CheckPaperCount refuses a count of paper ballots larger than the papers
// handed out: every paper in the box was issued to a member on the roll.
func CheckPaperCount(c HandCount, issued int) error {
	total, err := c.total(issued)
	if err != nil {
		return err
	}
	if total > issued {
		return charter.Errorf(charter.EINVALID, "The count has %d paper ballots, more than the %d papers handed out.", total, issued)
	}
	return nil
}

// total adds the count up, refusing a negative part. A part above limit
// is returned alone, for the sum of such parts could wrap around to a
// small number that passes.
func (c HandCount) total(limit int) (int, error) {
	parts := []int{c.Yes, c.No, c.Abstain}
	for _, n := range parts {
		if n < 0 {
			return 0, charter.Errorf(charter.EINVALID, "A count is zero or more.")
		}
	}
	total := 0
	for _, n := range parts {
		if n > limit {
			return n, nil
		}
		total += n
	}
	return total, nil
}

// ValidateTitle checks a meeting's title.
func ValidateTitle(title string) (string, error) {
	title, err := charter.CleanLine(charter.Sprintf("The title"), title)
	if err != nil {
		return "", err
	}
	if title == "" || len([]rune(title)) > MaxTitleRunes {
		return "", charter.Errorf(charter.EINVALID, "Give the meeting a title of at most %d characters.", MaxTitleRunes)
	}
	return title, nil
}

// ValidatePlace checks where the meeting is held or how to join it.
func ValidatePlace(place string) (string, error) {
	place, err := charter.CleanText(charter.Sprintf("The place"), place)
	if err != nil {
		return "", err
	}
	if len([]rune(place)) > MaxPlaceRunes {
		return "", charter.Errorf(charter.EINVALID, "Say where the meeting is held in at most %d characters.", MaxPlaceRunes)
	}
	return strings.TrimSpace(place), nil
}

// ValidateReason checks the chair's reason for a ruling.
func ValidateReason(reason string) (string, error) {
	reason, err := charter.CleanText(charter.Sprintf("The reason"), reason)
	if err != nil {
		return "", err
	}
	if reason = strings.TrimSpace(reason); reason == "" {
		return "", charter.Errorf(charter.EINVALID, "Give the reason for the ruling: it goes into the minutes.")
	}
	if len([]rune(reason)) > MaxReasonRunes {
		return "", charter.Errorf(charter.EINVALID, "The reason is at most %d characters.", MaxReasonRunes)
	}
	return reason, nil
}
