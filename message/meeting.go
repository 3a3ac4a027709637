package message

import (
	"fmt"
	"strings"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/meeting"
)

// MeetingNotice is the notice of a membership meeting, as given: every
// member in good standing receives it, as every one of them may attend,
// speak and vote.
type MeetingNotice struct {
	MeetingID     int64
	Title         string
	Mode          meeting.Mode
	Place         string // the hall, or how to join online
	StartsAt      time.Time
	NoticeAt      time.Time
	DocumentTitle string // the document its amendments change; "" for questions only
	Quorum        ballot.Quorum
	Items         []MeetingItem
}

// MeetingItem is an item of the agenda as noticed: its question, the rule
// it is decided by, and for a noticed amendment its motions and the
// SHA-256 of its frozen snapshot (for earlier minutes, of the minutes):
// what a floor amendment's scope is measured against.
type MeetingItem struct {
	Question  string
	Threshold ballot.Threshold
	Base      ballot.Base
	Motions   []string
	SHA256    string
}

func composeMeetingNotice(facts []byte, _ Recipient, site Site) (Message, error) {
	n, err := decode[MeetingNotice](facts)
	if err != nil {
		return Message{}, err
	}
	link := site.link("/meetings/%d", n.MeetingID)
	m := Message{
		Subject: charter.Sprintf("Notice of meeting: %s", n.Title),
		Paragraphs: []Paragraph{
			{Text: charter.Sprintf("The election officer gives notice of a membership meeting: %s.", n.Title)},
			{Text: charter.Sprintf("It starts %s and is held %s.", When(n.StartsAt), n.Mode.Words())},
		},
		// A meeting has no set end: the calendar entry marks its start.
		Event: &Event{UID: fmt.Sprintf("meeting-%d", n.MeetingID), Summary: n.Title, Start: n.StartsAt, URL: link},
	}
	if n.Place != "" {
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("Where, or how to join:"), Quote: n.Place})
	}
	if n.DocumentTitle != "" {
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("The amendments on its agenda change %s.", n.DocumentTitle)})
	}
	m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("Quorum: %s.", n.Quorum.Words())})
	for i, it := range n.Items {
		m.Paragraphs = append(m.Paragraphs,
			Paragraph{Text: charter.Sprintf("Item %d. %s", i+1, it.Question)},
			Paragraph{Text: charter.Sprintf("It is adopted by %s %s.", it.Threshold.Words(), it.Base.Words())})
		if len(it.Motions) > 0 {
			m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("The motions, as noticed:"), Quote: strings.Join(it.Motions, "\n")})
		}
		if it.SHA256 != "" {
			m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("The SHA-256 of its text as noticed, which binds what the meeting may adopt:"), Exact: it.SHA256})
		}
	}
	m.Paragraphs = append(m.Paragraphs, takePart(n.Mode, link)...)
	m.Paragraphs = append(m.Paragraphs,
		Paragraph{Text: charter.Sprintf("Every member in good standing may speak and vote. A secret vote is taken on the phones of those present and on paper: nobody, the officers included, can tell how you voted.")},
		Paragraph{Text: charter.Sprintf("This notice is required by your union's rules: every member in good standing receives it.")},
	)
	return m, nil
}

// takePart says how a member takes part in a meeting held in mode: at the
// door, where the tellers check members in, or on the meeting's page,
// where members check themselves in.
func takePart(mode meeting.Mode, link string) []Paragraph {
	switch mode {
	case meeting.ModeInPerson:
		return []Paragraph{
			{Text: charter.Sprintf("To take part, come to the meeting: the tellers check you in at the door, from an hour before the start.")},
			{Text: charter.Sprintf("The agenda and the text of each amendment are on the meeting's page:"), Link: link},
		}
	case meeting.ModeOnline:
		return []Paragraph{{Text: charter.Sprintf("To take part, log in and check in on the meeting's page, from an hour before the start:"), Link: link}}
	}
	return []Paragraph{{Text: charter.Sprintf("To take part, come to the meeting, where the tellers check you in at the door, or log in and check in on the meeting's page, from an hour before the start:"), Link: link}}
}
