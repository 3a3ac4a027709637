package view

import (
	"html/template"
	"net/url"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
)

// Ballots is the list of ballots.
type Ballots struct {
	Layout
	Ballots []ballot.Ballot
}

// Ballot is a ballot: its questions as noticed, the voting form for a
// member on the roll while it is open, the officer's actions, the count
// and, once counted, the results and the published papers.
type Ballot struct {
	Layout
	B                 ballot.Ballot
	Questions         []Question
	OnRoll, Voted     bool
	CanVote           bool
	Officer, Watcher  bool // ballot.CanRun, ballot.CanWatch
	CanOpen, CanClose bool
	CanChange         bool // the officer may change the roll
	// RollQuery is the officer's search for members to add to the roll or
	// take off it, and RollFound the members it found.
	RollQuery    string
	RollFound    []store.RollCandidate
	Count        store.CountProgress
	CanGiveShare bool
	RollChanges  []store.RollChange
	Results      []Result
	Papers       []store.Paper
	CanCertify   bool
	Withheld     string // why no result is shown, once closed
	NoticeReport bool   // ballot.CanReadNoticeReport: the page links to the notice report
}

// Question is a question as the ballot shows it: the frozen snapshot, its
// redline, and its rule in words.
type Question struct {
	ballot.Question
	Number    int
	Snap      ballot.Snapshot
	Rationale template.HTML
	Redline   template.HTML
	Threshold string
	// Departures from the document's own rule, in the reader's language.
	Departures string
	// Translations are those frozen at notice of the sections the question
	// writes; the official text above alone is adopted.
	Translations []FrozenTranslation
}

// FrozenTranslation is a translation frozen in a question's snapshot,
// rendered.
type FrozenTranslation struct {
	ballot.Translation
	Heading string
	Body    template.HTML
}

// Result is one question's result with its arithmetic in the reader's
// language.
type Result struct {
	ballot.Result
	Lines []string
}

// Notice is the officer's form for giving notice of a ballot, given back
// with what the officer wrote after an error.
type Notice struct {
	Layout
	Documents []document.Document
	Rows      []NoticeRow
	Error     string
	F         url.Values // the form as posted
	Tellers   []store.Teller
	Named     map[string]bool // the tellers ticked, by id
	MinShares int
	// Choices are, by document, the amendments and versions a question
	// may put; MinBallots is the least minimum of ballots.
	Choices    []store.NoticeChoice
	MinBallots int
}

// NoticeRow is one question's fields on the notice form.
type NoticeRow struct {
	N                                                                                  int
	Kind, Amendment, Version, Question, Threshold, Base, Quorum, NoticeDays, Departure string
}

// Receipt is shown once, after a vote: the voter's tracker.
type Receipt struct {
	Layout
	BallotID       int64
	Title, Tracker string
}

// TellerKey tells a teller whether they have a key and offers to make
// one; once made, it shows the key's private half, once.
type TellerKey struct {
	Layout
	Key      string
	Download template.URL
	Present  store.TellerKey
}

// NoticeReport is how notice of a ballot reached each member on its roll,
// for officers, observers and admins; only officers get the letters'
// downloads (addresses are personal data).
type NoticeReport struct {
	Layout
	Notice  store.NoticeContent
	Counts  store.NoticeCounts
	Lines   []NoticeLine
	Officer bool // ballot.CanRun: may download the letters and read why an email failed
}

// NoticeLine is one member's line of the report, its times written out.
type NoticeLine struct {
	store.NoticeLine
	Queued, Sent, Failed, Letter string // message.When of each, or ""
}
