package message

import (
	"net/url"

	"github.com/charter-org/charter"
)

// Place is where a comment stands, as at the event: its document, and its
// section by key (for the link) and by number (for the reader).
type Place struct {
	DocumentSlug  string
	DocumentTitle string
	SectionKey    string
	Section       string // the section's number, "Article IV, Section 2"; "" for text outside numbered sections
}

func (p Place) words() charter.Text {
	if p.Section == "" {
		return charter.Sprintf("%s", p.DocumentTitle)
	}
	return charter.Sprintf("%s of %s", p.Section, p.DocumentTitle)
}

func (p Place) commentLink(site Site, commentID int64) string {
	return site.link("/documents/%s/sections/%s#c%d", url.PathEscape(p.DocumentSlug), url.PathEscape(p.SectionKey), commentID)
}

// CommentAnswer is the committee's answer to a member's comment, as
// given: the disposition, the reason, and what incorporated it.
type CommentAnswer struct {
	CommentID     int64
	Place         Place
	Body          string // the comment, as its author wrote it, clipped
	Disposition   string // incorporated, declined or answered
	Reason        string
	AmendmentID   int64 // the amendment that incorporated it, or 0
	VersionNumber int   // the version that incorporated it, or 0
}

// QuoteLimit bounds a member's words quoted in a message: the link leads
// to the whole.
const QuoteLimit = 600

func composeCommentAnswer(facts []byte, _ Recipient, site Site) (Message, error) {
	a, err := decode[CommentAnswer](facts)
	if err != nil {
		return Message{}, err
	}
	var said charter.Text
	switch a.Disposition {
	case "incorporated":
		said = charter.Sprintf("The drafting committee incorporated your comment on %s.", a.Place.words())
	case "declined":
		said = charter.Sprintf("The drafting committee declined your comment on %s.", a.Place.words())
	default:
		said = charter.Sprintf("The drafting committee answered your comment on %s.", a.Place.words())
	}
	m := Message{
		Subject:    charter.Sprintf("The committee answered your comment on %s", a.Place.words()),
		Paragraphs: []Paragraph{{Text: said}},
	}
	if a.Body != "" {
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("You wrote:"), Quote: charter.Clip(a.Body, QuoteLimit)})
	}
	if a.Reason != "" {
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("The committee's reason:"), Quote: a.Reason})
	}
	if a.AmendmentID != 0 {
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("It is taken into amendment %d:", a.AmendmentID), Link: site.link("/amendments/%d", a.AmendmentID)})
	}
	if a.VersionNumber != 0 {
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("It is taken into version %d.", a.VersionNumber)})
	}
	m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("Your comment and the answer, where every member reads them:"), Link: a.Place.commentLink(site, a.CommentID)})
	return m, nil
}

// CommentReported is a member's report that a comment breaks a rule, for
// the committee, which moderates. Whoever reported it is not named: the
// committee judges the comment, not the reporter.
type CommentReported struct {
	CommentID int64
	Place     Place
	Reason    string
}

func composeCommentReported(r CommentReported, site Site) Message {
	return Message{
		Subject: charter.Sprintf("A comment was reported on %s", r.Place.words()),
		Paragraphs: []Paragraph{
			{Text: charter.Sprintf("A member reported comment %d on %s as breaking a rule. Their reason:", r.CommentID, r.Place.words()), Quote: r.Reason},
			{Text: charter.Sprintf("Read the comment and moderate it if it breaks a written rule:"), Link: r.Place.commentLink(site, r.CommentID)},
		},
	}
}
