package message

import (
	"fmt"

	"github.com/charter-org/charter"
)

// What befell an amendment, for its sponsor (SponsorNews.Event).
const (
	EventSeconded = "seconded" // its co-sponsors reached the document's number
	EventMerged   = "merged"   // the committee merged it into a new draft
	EventDeclined = "declined" // the committee declined it, with a reason
	EventConflict = "conflict" // a new draft overlaps its changes: the sponsor resolves them
)

// SponsorNews is what befell an amendment, as at the event, for its
// sponsor and, where it concerns them too, its co-sponsors.
type SponsorNews struct {
	Event         string
	AmendmentID   int64
	Title         string
	DocumentTitle string
	Cosponsors    int    // seconded: how many it has
	VersionNumber int    // merged: the draft it went into; conflict: the draft it overlaps
	Reason        string // declined: the committee's reason
}

func composeSponsor(facts []byte, _ Recipient, site Site) (Message, error) {
	n, err := decode[SponsorNews](facts)
	if err != nil {
		return Message{}, err
	}
	link := site.link("/amendments/%d", n.AmendmentID)
	var m Message
	switch n.Event {
	case EventSeconded:
		m.Subject = charter.Sprintf("Amendment %d is seconded: %s", n.AmendmentID, n.Title)
		m.Paragraphs = []Paragraph{{Text: charter.Sprintf("Amendment %d to %s, %s, now has %d co-sponsors, as many as the document's rule asks for: it is seconded, and the drafting committee may merge it.",
			n.AmendmentID, n.DocumentTitle, n.Title, n.Cosponsors)}}
	case EventMerged:
		m.Subject = charter.Sprintf("Amendment %d is merged: %s", n.AmendmentID, n.Title)
		m.Paragraphs = []Paragraph{{Text: charter.Sprintf("The drafting committee merged amendment %d, %s, into version %d of %s.", n.AmendmentID, n.Title, n.VersionNumber, n.DocumentTitle)}}
	case EventDeclined:
		m.Subject = charter.Sprintf("Amendment %d is declined: %s", n.AmendmentID, n.Title)
		m.Paragraphs = []Paragraph{{Text: charter.Sprintf("The drafting committee declined amendment %d to %s, %s. Its reason:", n.AmendmentID, n.DocumentTitle, n.Title), Quote: n.Reason}}
	case EventConflict:
		m.Subject = charter.Sprintf("Amendment %d needs you: %s", n.AmendmentID, n.Title)
		m.Paragraphs = []Paragraph{{Text: charter.Sprintf("Version %d of %s changes words that your amendment %d, %s, changes too, so it could not be carried onto the new draft. Say which words it should have now; until then it cannot be merged.",
			n.VersionNumber, n.DocumentTitle, n.AmendmentID, n.Title)}}
	default:
		return Message{}, fmt.Errorf("%q is not an amendment's event", n.Event)
	}
	m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("The amendment:"), Link: link})
	return m, nil
}

// AmendmentProposed is an amendment as it was first submitted, for the
// drafting committee.
type AmendmentProposed struct {
	AmendmentID   int64
	Title         string
	DocumentTitle string
	Sponsor       string // the sponsor's name
	Secondary     bool   // it amends another amendment
	Revision      bool   // a complete revision
}

func composeAmendmentProposed(p AmendmentProposed) Message {
	what := charter.Sprintf("%s proposed amendment %d to %s: %s.", p.Sponsor, p.AmendmentID, p.DocumentTitle, p.Title)
	switch {
	case p.Revision:
		what = charter.Sprintf("%s proposed a complete revision of %s, amendment %d: %s.", p.Sponsor, p.DocumentTitle, p.AmendmentID, p.Title)
	case p.Secondary:
		what = charter.Sprintf("%s proposed amendment %d to an amendment of %s: %s.", p.Sponsor, p.AmendmentID, p.DocumentTitle, p.Title)
	}
	return Message{
		Subject:    charter.Sprintf("New amendment %d: %s", p.AmendmentID, p.Title),
		Paragraphs: []Paragraph{{Text: what}},
	}
}

// Committee is a message to the drafting committee: one of its fields is
// set.
type Committee struct {
	Proposed *AmendmentProposed `json:",omitempty"`
	Reported *CommentReported   `json:",omitempty"`
}

func composeCommittee(facts []byte, _ Recipient, site Site) (Message, error) {
	c, err := decode[Committee](facts)
	if err != nil {
		return Message{}, err
	}
	switch {
	case c.Proposed != nil:
		m := composeAmendmentProposed(*c.Proposed)
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("Read it and its redline:"), Link: site.link("/amendments/%d", c.Proposed.AmendmentID)})
		return m, nil
	case c.Reported != nil:
		return composeCommentReported(*c.Reported, site), nil
	}
	return Message{}, fmt.Errorf("a message to the committee says nothing")
}
