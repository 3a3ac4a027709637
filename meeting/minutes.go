package meeting

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/wording"
)

// Vote is how an item was decided: the method, and its ballot's result
// with its arithmetic.
type Vote struct {
	Method   Method
	BallotID int64
	Result   ballot.Result
}

// Approval says whether the members approved a meeting's minutes: at
// which later meeting, by which item.
type Approval struct {
	MeetingTitle string
	At           time.Time
	Position     int
}

// Minutes writes the minutes of a meeting as Markdown, every sentence in
// the words of translate (English when nil): attendance and quorum, each item with its
// motions, floor amendments with the scope check and the chair's ruling,
// each vote with its arithmetic, and the amendments adopted. They are a
// draft until approval names the later meeting that approved them. What
// members typed (titles, the place, names, questions, reasons) reads as
// typed, never as Markdown.
func Minutes(m *Meeting, votes map[int64]Vote, approval *Approval, translate charter.Translator) string {
	var b strings.Builder
	say := func(t charter.Text) string {
		if translate == nil {
			return t.String() // English, as the store hashes the minutes at notice
		}
		return t.Translate(translate)
	}
	line := func(t charter.Text) { b.WriteString(say(t) + "\n\n") }
	day := func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

	b.WriteString("# " + say(charter.Sprintf("Minutes: %s", wording.Inline(m.Title))) + "\n\n")
	if approval != nil {
		line(charter.Sprintf("Approved by the members at %s on %s (item %d).", wording.Inline(approval.MeetingTitle), approval.At.UTC().Format("2006-01-02"), approval.Position))
	} else {
		line(charter.Sprintf("Draft: these minutes are approved by the members at a later meeting."))
	}
	line(charter.Sprintf("Meeting %s, at %s; noticed %s; chaired by %s.", say(m.Mode.Words()), wording.Inline(m.Place), day(m.NoticeAt), wording.Inline(m.ChairName)))
	if !m.OpenedAt.IsZero() {
		line(charter.Sprintf("Called to order %s.", day(m.OpenedAt)))
	}

	b.WriteString("## " + say(charter.Sprintf("Attendance and quorum")) + "\n\n")
	line(charter.Sprintf("%d members present of %d in good standing; quorum %s: %s.", m.Present, m.RollSize, m.Quorum.String(), say(ballot.QuorumVerdict(m.QuorumMet()))))

	b.WriteString("## " + say(charter.Sprintf("Business")) + "\n\n")
	var adopted []string
	for i := range m.Items {
		it := &m.Items[i]
		if it.Kind == KindFloor {
			continue // written under the item it amends
		}
		b.WriteString("### " + say(charter.Sprintf("Item %d. %s", it.Position, wording.Inline(it.Question))) + "\n\n")
		for _, motion := range it.NoticedMotions() {
			b.WriteString("- " + wording.Inline(motion) + "\n")
		}
		if len(it.NoticedMotions()) > 0 {
			b.WriteString("\n")
		}
		for j := range m.Items {
			if f := &m.Items[j]; f.Kind == KindFloor && f.ParentID == it.ID {
				writeFloor(&b, f, votes, say)
			}
		}
		writeVote(&b, it, votes, say)
		if it.Adopted != nil && *it.Adopted && it.Kind == KindAmendment {
			adopted = append(adopted, say(charter.Sprintf("Amendment #%d (item %d), ballot #%d", it.AmendmentID, it.Position, votes[it.ID].BallotID)))
		}
	}
	b.WriteString("## " + say(charter.Sprintf("Amendments adopted")) + "\n\n")
	if len(adopted) == 0 {
		line(charter.Sprintf("None."))
	}
	for _, a := range adopted {
		b.WriteString("- " + a + "\n")
	}
	if len(adopted) > 0 {
		b.WriteString("\n")
	}
	if !m.AdjournedAt.IsZero() {
		line(charter.Sprintf("Adjourned %s.", day(m.AdjournedAt)))
	}
	return b.String()
}

// writeFloor writes a floor amendment: who moved it, the scope check, the
// chair's ruling, and its vote.
func writeFloor(b *strings.Builder, f *Item, votes map[int64]Vote, say func(charter.Text) string) {
	b.WriteString("- " + say(charter.Sprintf("Floor amendment (item %d), moved by %s; the notice's scope: %s.", f.Position, wording.Inline(f.MoverName), say(scopeWords(f.Scope.Verdict)))))
	switch f.Ruling {
	case RulingInOrder:
		b.WriteString(" " + say(charter.Sprintf("Ruled in order by the chair: %s", wording.Inline(f.RulingReason))))
	case RulingOutOfOrder:
		b.WriteString(" " + say(charter.Sprintf("Ruled out of order by the chair: %s", wording.Inline(f.RulingReason))))
	}
	b.WriteString("\n")
	if v, ok := votes[f.ID]; ok {
		b.WriteString("  - " + say(resultWords(v)) + "\n")
	}
	b.WriteString("\n")
}

// writeVote writes an item's vote with its arithmetic, or that it was not
// decided.
func writeVote(b *strings.Builder, it *Item, votes map[int64]Vote, say func(charter.Text) string) {
	v, ok := votes[it.ID]
	if !ok {
		b.WriteString(say(charter.Sprintf("Not decided at this meeting.")) + "\n\n")
		return
	}
	b.WriteString(say(resultWords(v)) + "\n\n")
	for _, a := range v.Result.Arithmetic {
		b.WriteString("- " + say(a) + "\n")
	}
	b.WriteString("\n")
}

func resultWords(v Vote) charter.Text {
	verdict := charter.Sprintf("not adopted")
	if v.Result.Adopted {
		verdict = charter.Sprintf("adopted")
	}
	return charter.Sprintf("Vote by %s (ballot #%d): %s.", methodWords(v.Method), v.BallotID, verdict)
}

// NoticedMotions are an item's motions as noticed: each change its
// frozen snapshot makes, in the words of a motion.
func (it *Item) NoticedMotions() []string {
	if it.Snapshot == "" {
		return nil
	}
	var snap ballot.Snapshot
	if json.Unmarshal([]byte(it.Snapshot), &snap) != nil {
		return nil
	}
	return snap.Motions
}

// Words names where the members meet.
func (m Mode) Words() charter.Text {
	switch m {
	case ModeInPerson:
		return charter.Sprintf("in person")
	case ModeOnline:
		return charter.Sprintf("online")
	}
	return charter.Sprintf("in person and online")
}

// methodWords names how a vote was taken.
func methodWords(m Method) charter.Text {
	switch m {
	case MethodHands:
		return charter.Sprintf("a show of hands")
	case MethodStanding:
		return charter.Sprintf("a standing vote")
	}
	return charter.Sprintf("secret ballot, online and on paper")
}

func scopeWords(v amendment.ScopeVerdict) charter.Text {
	switch v {
	case amendment.ScopeIn:
		return charter.Sprintf("within the notice")
	case amendment.ScopeBeyond:
		return charter.Sprintf("beyond the notice")
	}
	return charter.Sprintf("for the chair to judge")
}

// MinutesQuestion is the question that puts a meeting's minutes to the
// members at a later meeting.
func MinutesQuestion(m *Meeting) string {
	return fmt.Sprintf("Approve the minutes of %s, %s?", m.Title, m.StartsAt.UTC().Format("2006-01-02"))
}
