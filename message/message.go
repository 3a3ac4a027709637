// Package message holds what Charter tells members by email or by letter:
// the kinds of message, which of them a member may turn off, the facts each
// is made from, and its words, composed in the reader's language. It knows
// nothing of storage, mail servers or HTTP.
package message

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charter-org/charter"
)

// Kind is what a message is about. A member chooses, kind by kind, what
// they receive.
type Kind string

const (
	KindInvitation     Kind = "invitation"      // a link to set a password
	KindBallotNotice   Kind = "ballot.notice"   // notice of a ballot, to each member on its roll
	KindBallotReminder Kind = "ballot.reminder" // before the close, to those on the roll who have not voted
	KindBallotResult   Kind = "ballot.result"   // the certified result, to each member on the roll
	KindMeetingNotice  Kind = "meeting.notice"  // notice of a membership meeting, to every member in good standing
	KindCommentAnswer  Kind = "comment.answer"  // the committee's answer, to the commenter
	KindSponsor        Kind = "amendment.sponsor"
	KindCommittee      Kind = "committee" // new amendments and reported comments, to the drafting committee
	// KindPetitionReached tells the election officers that a petition
	// reached its threshold and their clock started.
	KindPetitionReached Kind = "petition.reached"
)

// Kinds lists every kind in the order a member's choices show them.
var Kinds = []Kind{KindInvitation, KindBallotNotice, KindBallotReminder, KindBallotResult, KindMeetingNotice, KindCommentAnswer, KindSponsor, KindCommittee, KindPetitionReached}

// Required says whether a member receives the kind whatever they chose:
// notice of a ballot is what makes its result valid (the amendment article
// and the law require written notice), and an invitation is the only way
// in. Notice of a meeting is what makes its decisions valid, as a ballot's.
// A petition's clock binds the officers whether or not they read mail, so
// they cannot turn its notice off either.
func (k Kind) Required() bool {
	return k == KindInvitation || k == KindBallotNotice || k == KindMeetingNotice || k == KindPetitionReached
}

// ParseKind reads a kind's name.
func ParseKind(s string) (Kind, error) {
	k := Kind(strings.TrimSpace(s))
	if !slices.Contains(Kinds, k) {
		return "", charter.Errorf(charter.EINVALID, "There is no kind of message called %q.", charter.Clip(s, 40))
	}
	return k, nil
}

// Choice is what a member chose to receive of a kind.
type Choice string

const (
	ChoiceEach   Choice = ""       // every message as it comes (the default)
	ChoiceNone   Choice = "none"   // none
	ChoiceDigest Choice = "digest" // one message a day gathering them (the committee's kind only)
)

// ParseChoice reads a member's choice for kind.
func ParseChoice(kind Kind, s string) (Choice, error) {
	c := Choice(strings.TrimSpace(s))
	switch {
	case c == "each":
		return ChoiceEach, nil
	case c == ChoiceEach:
		return c, nil
	case kind.Required():
		return "", charter.Errorf(charter.EINVALID, "This message is required by the union's rules; it cannot be turned off.")
	case c == ChoiceNone, c == ChoiceDigest && kind == KindCommittee:
		return c, nil
	}
	return "", charter.Errorf(charter.EINVALID, "%q is not a choice for these messages.", charter.Clip(s, 40))
}

// Message is one message, composed for one reader: a subject and its
// paragraphs, each a sentence in English to be given in the reader's
// language, and, for a ballot, its voting window as a calendar event.
type Message struct {
	Kind       Kind
	Subject    charter.Text
	Paragraphs []Paragraph
	Event      *Event
	// Unsubscribe is the link that turns this kind off, for a kind that
	// may be; "" for a required one.
	Unsubscribe string
}

// Paragraph is a sentence, and what follows it on a line of its own: a
// link, a member's words quoted as written, or a value to be copied
// exactly (a SHA-256).
type Paragraph struct {
	Text  charter.Text
	Link  string
	Quote string
	Exact string
}

// Event is a time a message asks the reader to keep, such as a ballot's
// voting window.
type Event struct {
	UID        string
	Summary    string
	Start, End time.Time
	URL        string
}

// Filename names the event's attachment by what the event is, the first
// word of its UID: ballot.ics, meeting.ics.
func (e Event) Filename() string {
	what, _, _ := strings.Cut(e.UID, "-")
	return what + ".ics"
}

// Site is what a message needs to know of where Charter is served.
type Site struct {
	URL string // the public address, as https://charter.example.org, without a trailing slash
}

func (s Site) link(format string, args ...any) string {
	return s.URL + fmt.Sprintf(format, args...)
}

// Recipient is the reader a message is composed for.
type Recipient struct {
	Name string `json:"name"`
	// Secret is a recipient's own secret (an invitation link's), made as
	// the message is sent and never stored but as a hash.
	Secret string `json:"secret,omitempty"`
	// Unsubscribe is the link that turns the message's kind off.
	Unsubscribe string `json:"-"`
}

// Compose gives the message that a kind's facts, as recorded at the
// event, make for one recipient.
func Compose(kind Kind, facts []byte, to Recipient, site Site) (Message, error) {
	compose, ok := composers[kind]
	if !ok {
		return Message{}, fmt.Errorf("message: no composer for %q", kind)
	}
	m, err := compose(facts, to, site)
	if err != nil {
		return Message{}, fmt.Errorf("message: compose %s: %w", kind, err)
	}
	m.Kind = kind
	if !kind.Required() {
		m.Unsubscribe = to.Unsubscribe
	}
	greeting := []Paragraph{{Text: charter.Sprintf("Dear %s,", to.Name)}}
	m.Paragraphs = append(greeting, m.Paragraphs...)
	return m, nil
}

// composers compose each kind from its facts.
var composers = map[Kind]func(facts []byte, to Recipient, site Site) (Message, error){
	KindInvitation:      composeInvitation,
	KindBallotNotice:    composeBallotNotice,
	KindBallotReminder:  composeBallotReminder,
	KindBallotResult:    composeBallotResult,
	KindMeetingNotice:   composeMeetingNotice,
	KindCommentAnswer:   composeCommentAnswer,
	KindSponsor:         composeSponsor,
	KindCommittee:       composeCommittee,
	KindPetitionReached: composePetitionReached,
}

// Facts encodes what a message says as at its event, for the outbox.
func Facts(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

func decode[T any](facts []byte) (T, error) {
	var v T
	err := json.Unmarshal(facts, &v)
	return v, err
}

// When gives a time as messages show it, the same in every language: in
// UTC, said so, to the minute.
func When(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }
