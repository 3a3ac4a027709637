package message

import (
	"fmt"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
)

// Invitation is an invitation's facts: the link is the recipient's own
// (Recipient.Secret).
type Invitation struct{}

func composeInvitation(_ []byte, to Recipient, site Site) (Message, error) {
	return Message{
		Subject: charter.Sprintf("Your invitation to Charter"),
		Paragraphs: []Paragraph{
			{Text: charter.Sprintf("Your union keeps its constitution and bylaws in Charter, where members read the draft, comment, propose amendments and vote on them.")},
			{Text: charter.Sprintf("Choose your password here to open your account; the link works once, for 30 days:"), Link: site.link("/invitations/%s", to.Secret)},
			{Text: charter.Sprintf("If you did not expect this message, you need do nothing: without a password nobody can use the account.")},
		},
	}, nil
}

// BallotNotice is the notice of a ballot, as given: every member on the
// roll receives it.
type BallotNotice struct {
	BallotID     int64
	Title        string
	NoticeAt     time.Time
	OpensAt      time.Time
	ClosesAt     time.Time
	RollSize     int
	MinBallots   int
	OnlineClause string
	Questions    []NoticeQuestion
}

// NoticeQuestion is a question as noticed: its words, the SHA-256 of its
// frozen snapshot, and the rule it is decided by, with the document's own
// rule where the officer departed from it and the reason why.
type NoticeQuestion struct {
	Question        string
	DocumentTitle   string
	SHA256          string
	Rule            ballot.Rule
	DocumentRule    *ballot.Rule
	DepartureReason string
}

func composeBallotNotice(facts []byte, _ Recipient, site Site) (Message, error) {
	n, err := decode[BallotNotice](facts)
	if err != nil {
		return Message{}, err
	}
	link := site.link("/ballots/%d", n.BallotID)
	m := Message{
		Subject: charter.Sprintf("Notice of ballot: %s", n.Title),
		Paragraphs: []Paragraph{
			{Text: charter.Sprintf("The election officer gives notice of a secret ballot: %s.", n.Title)},
			{Text: charter.Sprintf("Voting opens %s and closes %s. You are one of the %d members on its roll.", When(n.OpensAt), When(n.ClosesAt), n.RollSize)},
		},
		Event: &Event{UID: fmt.Sprintf("ballot-%d", n.BallotID), Summary: n.Title, Start: n.OpensAt, End: n.ClosesAt, URL: link},
	}
	for i, q := range n.Questions {
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("Question %d: %s", i+1, q.Question)})
		rule := q.Rule
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("It is adopted by %s %s, with a quorum of %s, after %d days' notice.",
			rule.Threshold.Words(), rule.Base.Words(), rule.Quorum.Words(), rule.NoticeDays)})
		if q.DocumentRule != nil {
			if departures := rule.Departures(*q.DocumentRule); len(departures) > 0 {
				m.Paragraphs = append(m.Paragraphs,
					Paragraph{Text: charter.Sprintf("This departs from the rule of %s: %s. The officer's reason:", q.DocumentTitle, departures), Quote: q.DepartureReason})
			}
		}
		m.Paragraphs = append(m.Paragraphs,
			Paragraph{Text: charter.Sprintf("The exact text you vote on, frozen at notice:"), Link: site.link("/ballots/%d#q%d", n.BallotID, i)},
			Paragraph{Text: charter.Sprintf("Its SHA-256, which the ballot page shows beside it:"), Exact: q.SHA256})
	}
	if n.OnlineClause != "" {
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("Voting online is authorised by this clause:"), Quote: n.OnlineClause})
	}
	m.Paragraphs = append(m.Paragraphs,
		Paragraph{Text: charter.Sprintf("To vote, log in and open the ballot while it is open:"), Link: link},
		Paragraph{Text: charter.Sprintf("Your vote is secret: nobody, the officers included, can tell how you voted. The roll shows only that you voted.")},
		Paragraph{Text: charter.Sprintf("This notice is required by your union's rules: every member on the roll receives it.")},
	)
	return m, nil
}

// BallotReminder reminds a member on the roll who has not voted that the
// ballot closes soon.
type BallotReminder struct {
	BallotID int64
	Title    string
	ClosesAt time.Time
}

func composeBallotReminder(facts []byte, _ Recipient, site Site) (Message, error) {
	r, err := decode[BallotReminder](facts)
	if err != nil {
		return Message{}, err
	}
	return Message{
		Subject: charter.Sprintf("The ballot closes soon: %s", r.Title),
		Paragraphs: []Paragraph{
			{Text: charter.Sprintf("The ballot %s closes %s, and the roll does not show a vote from you yet.", r.Title, When(r.ClosesAt))},
			{Text: charter.Sprintf("To vote, log in and open the ballot while it is open:"), Link: site.link("/ballots/%d", r.BallotID)},
			{Text: charter.Sprintf("The roll knows who has voted, never how: this reminder goes to every member on it who has not voted.")},
		},
	}, nil
}

// BallotResult is a ballot's certified result.
type BallotResult struct {
	BallotID  int64
	Title     string
	Effective string // YYYY-MM-DD, or ""
	Questions []ResultQuestion
}

// ResultQuestion is one question's count and the rule it was decided by.
type ResultQuestion struct {
	Question string
	Count    ballot.Count
	Roll     int
	Rule     ballot.Rule
}

func composeBallotResult(facts []byte, _ Recipient, site Site) (Message, error) {
	r, err := decode[BallotResult](facts)
	if err != nil {
		return Message{}, err
	}
	m := Message{
		Subject:    charter.Sprintf("Certified result: %s", r.Title),
		Paragraphs: []Paragraph{{Text: charter.Sprintf("The election officer certified the result of the ballot %s.", r.Title)}},
	}
	for i, q := range r.Questions {
		res := ballot.Decide(q.Rule, q.Count, q.Roll)
		outcome := charter.Sprintf("not adopted")
		if res.Adopted {
			outcome = charter.Sprintf("adopted")
		}
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("Question %d: %s — %s.", i+1, q.Question, outcome)})
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("%d yes, %d no, %d abstentions: %s", q.Count.Yes, q.Count.No, q.Count.Abstain, res.Arithmetic)})
	}
	if r.Effective != "" {
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("What was adopted takes effect on %s.", r.Effective)})
	}
	m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("The count, ballot by ballot tracker, is on the ballot's page:"), Link: site.link("/ballots/%d", r.BallotID)})
	return m, nil
}
