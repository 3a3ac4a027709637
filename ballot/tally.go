package ballot

import "github.com/charter-org/charter"

// Choice is a voter's answer to one question.
type Choice string

const (
	Yes     Choice = "yes"
	No      Choice = "no"
	Abstain Choice = "abstain"
)

// ParseChoice reads a choice.
//
// A ballot form sends each choice as one letter, y, n or a, so that the
// size of the request, which TLS does not hide, is the same whatever the
// choice; the words are read too.
func ParseChoice(s string) (Choice, error) {
	switch c := Choice(s); c {
	case Yes, No, Abstain:
		return c, nil
	}
	for c, code := range choiceCodes {
		if len(s) == 1 && s[0] == code {
			return c, nil
		}
	}
	return "", charter.Errorf(charter.EINVALID, "A vote is yes, no or abstain, not %q.", charter.Clip(s, 20))
}

// ParseChoices reads a paper's choices, one per question in order, before
// the ballot is read: between one and MaxQuestions, none left empty
// (abstaining is an answer). Ballot.CheckPaper then holds them against the
// ballot's questions.
func ParseChoices(choices []Choice) ([]Choice, error) {
	if len(choices) == 0 || len(choices) > MaxQuestions {
		return nil, charter.Errorf(charter.EINVALID, "Answer each question of the ballot (abstaining is an answer).")
	}
	chosen := make([]Choice, len(choices))
	for i, c := range choices {
		if c == "" {
			return nil, charter.Errorf(charter.EINVALID, "Answer question %d: yes, no or abstain.", i+1)
		}
		var err error
		if chosen[i], err = ParseChoice(string(c)); err != nil {
			return nil, err
		}
	}
	return chosen, nil
}

// Count is the ballots returned on one question.
type Count struct {
	Yes, No, Abstain int
}

// Add counts one choice.
func (c *Count) Add(ch Choice) {
	switch ch {
	case Yes:
		c.Yes++
	case No:
		c.No++
	case Abstain:
		c.Abstain++
	}
}

// Plus is the two counts together: online papers and a meeting's paper
// ballots or hands.
func (c Count) Plus(d Count) Count {
	return Count{Yes: c.Yes + d.Yes, No: c.No + d.No, Abstain: c.Abstain + d.Abstain}
}

// Cast is the votes cast: yes and no. Abstentions are not votes.
func (c Count) Cast() int { return c.Yes + c.No }

// Turnout is every ballot returned, abstentions included: what a quorum
// counts.
func (c Count) Turnout() int { return c.Yes + c.No + c.Abstain }

// Result is the outcome of one question, with its arithmetic in words.
type Result struct {
	Count
	Roll      int
	Rule      Rule
	QuorumMet bool
	Adopted   bool
	// Arithmetic is the result in words, one line for the threshold and
	// one for the quorum: "412 yes of 510 votes cast = 80.8 %, at least
	// two-thirds required: adopted".
	Arithmetic []charter.Text
}

// Decide applies rule to the count of a question put to a roll of roll
// members.
func Decide(rule Rule, count Count, roll int) Result {
	r := Result{Count: count, Roll: roll, Rule: rule}
	r.QuorumMet = rule.Quorum.Met(count.Turnout(), roll)
	var line charter.Text
	switch rule.Base {
	case BaseEligible:
		met := rule.Threshold.Met(count.Yes, roll)
		r.Adopted = met && r.QuorumMet
		line = charter.Sprintf("%d yes of %d eligible members = %s, %s of the entire membership required: %s",
			count.Yes, roll, percentBeside(count.Yes, roll, rule.Threshold.Num, rule.Threshold.Den, rule.Threshold.Strict, met), rule.Threshold.Words(), verdict(met, r.QuorumMet))
	default:
		if count.Cast() == 0 {
			line = charter.Sprintf("no votes cast (%d abstentions): not adopted", count.Abstain)
			break
		}
		met := rule.Threshold.Met(count.Yes, count.Cast())
		r.Adopted = met && r.QuorumMet
		line = charter.Sprintf("%d yes of %d votes cast = %s, %s required: %s",
			count.Yes, count.Cast(), percentBeside(count.Yes, count.Cast(), rule.Threshold.Num, rule.Threshold.Den, rule.Threshold.Strict, met), rule.Threshold.Words(), verdict(met, r.QuorumMet))
	}
	r.Arithmetic = append(r.Arithmetic, line)
	switch q := rule.Quorum; {
	case q.Count > 0:
		r.Arithmetic = append(r.Arithmetic, charter.Sprintf("%d of %d eligible voted = %s, quorum %d members: %s",
			count.Turnout(), roll, percent(count.Turnout(), roll), q.Count, QuorumVerdict(r.QuorumMet)))
	case q.PerMille > 0:
		r.Arithmetic = append(r.Arithmetic, charter.Sprintf("%d of %d eligible voted = %s, quorum %s: %s",
			count.Turnout(), roll, percentBeside(count.Turnout(), roll, q.PerMille, 1000, false, r.QuorumMet), q.String(), QuorumVerdict(r.QuorumMet)))
	default:
		r.Arithmetic = append(r.Arithmetic, charter.Sprintf("%d of %d eligible voted = %s, no quorum required",
			count.Turnout(), roll, percent(count.Turnout(), roll)))
	}
	if !r.QuorumMet {
		r.Arithmetic = append(r.Arithmetic, charter.Sprintf("without a quorum there is no decision: not adopted"))
	}
	return r
}

// DecideAtMeeting adds to a question's online count the tellers' count at
// a meeting, and says how: the arithmetic of the combined count comes
// first in the result.
func DecideAtMeeting(rule Rule, online, pool Count, method string, roll int) Result {
	var line charter.Text
	switch method {
	case "hands":
		line = charter.Sprintf("counted by the tellers on a show of hands: %d yes, %d no, %d abstentions", pool.Yes, pool.No, pool.Abstain)
	case "standing":
		line = charter.Sprintf("counted by the tellers on a standing vote: %d yes, %d no, %d abstentions", pool.Yes, pool.No, pool.Abstain)
	default:
		line = charter.Sprintf("online %d yes, %d no, %d abstentions + paper %d yes, %d no, %d abstentions = %d yes, %d no, %d abstentions",
			online.Yes, online.No, online.Abstain, pool.Yes, pool.No, pool.Abstain, online.Yes+pool.Yes, online.No+pool.No, online.Abstain+pool.Abstain)
	}
	r := Decide(rule, online.Plus(pool), roll)
	if rule.Quorum == (Quorum{}) {
		// A meeting's quorum is of those present, which the meeting
		// checks before each vote: a line on the turnout among the whole
		// membership would only mislead.
		r.Arithmetic = r.Arithmetic[:1]
	}
	r.Arithmetic = append([]charter.Text{line}, r.Arithmetic...)
	return r
}

// verdict is the threshold line's conclusion; a threshold reached without a
// quorum decides nothing, which the quorum line then says.
func verdict(met, quorum bool) charter.Text {
	switch {
	case met && quorum:
		return charter.Sprintf("adopted")
	case met:
		return charter.Sprintf("reached")
	}
	return charter.Sprintf("not adopted")
}

// QuorumVerdict says whether a quorum was met, as the arithmetic and a
// meeting's minutes say it.
func QuorumVerdict(met bool) charter.Text {
	if met {
		return charter.Sprintf("met")
	}
	return charter.Sprintf("not met")
}
