package view

import (
	"html/template"
	"net/url"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// Meetings is the list of meetings, upcoming and past.
type Meetings struct {
	Layout
	Upcoming, Past []meeting.Meeting
	CanSchedule    bool // meeting.CanSchedule: the page offers the notice form
}

// MeetingNotice is the officer's notice of a meeting, given back with what
// the officer wrote after an error.
type MeetingNotice struct {
	Layout
	F         url.Values // the form as posted
	Error     string
	Modes     []meeting.Mode
	Choices   []store.NoticeChoice // by document, the amendments notice may name
	Members   []member.User        // who may chair
	Tellers   []store.Teller
	Named     map[string]bool // the tellers ticked, by id
	Questions []int           // the numbers of the questions' rows
	// Minutes are the adjourned meetings whose minutes await approval.
	Minutes   []meeting.Meeting
	MinShares int
	// MinBallots is the least minimum of ballots a secret vote may need.
	MinBallots int
}

// MeetingPage is what every page of a meeting shows: the meeting, the
// quorum, and its agenda with each item's change and result.
type MeetingPage struct {
	M         meeting.Meeting
	QuorumMet bool
	Items     []AgendaItem
	Current   *AgendaItem    // the item before the meeting, if any
	Vote      *ballot.Ballot // the vote on it, while one is being taken
	Methods   []meeting.Method
	// TooFewToCount: the closed vote's online papers are fewer than the
	// minimum; they stay sealed, and the chair sets the vote aside.
	TooFewToCount bool
}

// AgendaItem is an item of the agenda as the pages show it.
type AgendaItem struct {
	meeting.Item
	Current bool
	// Redline and Motions are its change to the text: an amendment's as
	// it now stands, a floor amendment's to its pending item's words.
	Redline template.HTML
	Motions []string
	Result  *Result // once decided
	// Findings are the scope check's, in the reader's language, for a
	// floor amendment.
	Findings []Finding
}

// Finding is one finding of the scope check: the section and why.
type Finding struct {
	Verdict, Number, Reason string
}

// Meeting is a member's page of a meeting: when and where, the quorum,
// check-in, the agenda, the vote, and the floor amendment form.
type Meeting struct {
	Layout
	MeetingPage
	CheckedIn, CanCheckIn bool
	// CanMove: the member is present and the item before the meeting may
	// be amended from the floor; Clauses are its words by section.
	CanMove bool
	Clauses []FloorClause
	Moved   *AgendaItem // the floor amendment just moved
	// Runs: the reader chairs or tells, and the page links their screen.
	Chairs, Tells bool
	Error         string
}

// FloorClause is one section of the item's words, to amend from the floor.
type FloorClause struct {
	Index  int
	Number string
	Words  string
}

// MeetingDoor is the tellers' page: the search, who is in, paper ballots
// and the count.
type MeetingDoor struct {
	Layout
	MeetingPage
	Query      string
	Found      []store.DoorEntry
	Attendance []store.Attendee
	// Papers: a secret vote is open; Count: a closed vote waits for the
	// tellers' count.
	Papers, Count bool
	Error         string
}

// MeetingChair is the chair's screen.
type MeetingChair struct {
	Layout
	MeetingPage
	Error string
}

// MeetingProjector is the projector's view: no navigation, no forms.
type MeetingProjector struct {
	Layout
	MeetingPage
	Shown *AgendaItem // the item before the meeting, or the last decided
}
