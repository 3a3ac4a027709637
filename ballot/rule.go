// Package ballot holds the rules of a secret ballot: the question and its
// frozen notice, the vote each question needs (threshold, base, quorum,
// notice), the lifecycle from notice to certification, and the arithmetic
// of the result. It knows nothing of storage or HTTP.
package ballot

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charter-org/charter"
)

// Threshold is the share of the base a question needs: "at least" Num/Den,
// or, for a majority, "more than" half (RONR: a majority is more than half
// of the votes cast; a tie fails).
type Threshold struct {
	Num, Den int
	Strict   bool
}

var (
	Majority   = Threshold{Num: 1, Den: 2, Strict: true}
	TwoThirds  = Threshold{Num: 2, Den: 3}
	ThreeQuart = Threshold{Num: 3, Den: 4}
)

// ParseThreshold reads "majority", a fraction "2/3", or a ratio "3:1"
// (three in favour for each one against: 3/4).
func ParseThreshold(s string) (Threshold, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "majority" || s == "1/2" {
		return Majority, nil
	}
	sep, ratio := "/", false
	if strings.Contains(s, ":") {
		sep, ratio = ":", true
	}
	a, b, ok := strings.Cut(s, sep)
	num, err1 := strconv.Atoi(strings.TrimSpace(a))
	den, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || num < 1 || den < 1 || num > 1000 || den > 1000 {
		return Threshold{}, charter.Errorf(charter.EINVALID, "A threshold is \"majority\", a fraction such as 2/3, or a ratio such as 3:1; %q is neither.", charter.Clip(s, 40))
	}
	if ratio {
		den += num
	}
	g := gcd(num, den) // 4/6 is 2/3, and reads as two-thirds
	num, den = num/g, den/g
	if num > den {
		return Threshold{}, charter.Errorf(charter.EINVALID, "A threshold of %d/%d is more than everyone.", num, den)
	}
	if num*2 < den {
		return Threshold{}, charter.Errorf(charter.EINVALID, "A threshold below a majority (%d/%d) would let the smaller side win.", num, den)
	}
	if num*2 == den {
		return Majority, nil
	}
	return Threshold{Num: num, Den: den}, nil
}

// String is the threshold as ParseThreshold reads it.
func (t Threshold) String() string {
	if t == Majority {
		return "majority"
	}
	return fmt.Sprintf("%d/%d", t.Num, t.Den)
}

// Met tells whether part out of whole reaches the threshold, in integers.
func (t Threshold) Met(part, whole int) bool {
	if whole <= 0 {
		return false
	}
	p, w := int64(part), int64(whole)
	if t.Strict {
		return p*int64(t.Den) > w*int64(t.Num)
	}
	return p*int64(t.Den) >= w*int64(t.Num)
}

// Words names the threshold as a rule book does.
func (t Threshold) Words() charter.Text {
	switch t {
	case Majority:
		return charter.Sprintf("more than half")
	case TwoThirds:
		return charter.Sprintf("at least two-thirds")
	case ThreeQuart:
		return charter.Sprintf("at least three-quarters")
	}
	return charter.Sprintf("at least %d/%d", t.Num, t.Den)
}

// Base is what the threshold is a share of.
type Base string

const (
	// BaseCast: the votes cast, yes and no; abstentions and blanks are not
	// votes (RONR).
	BaseCast Base = "cast"
	// BaseEligible: every member on the roll ("of the entire membership"),
	// so an abstention or a member who did not vote counts like a no.
	BaseEligible Base = "eligible"
)

// ParseBase reads a base.
func ParseBase(s string) (Base, error) {
	switch b := Base(strings.TrimSpace(s)); b {
	case BaseCast, BaseEligible:
		return b, nil
	}
	return "", charter.Errorf(charter.EINVALID, "The base of a vote is \"cast\" (votes cast) or \"eligible\" (every member on the roll), not %q.", charter.Clip(s, 40))
}

// Quorum is the least turnout for a result to count: a number of members,
// or a share of the roll in thousandths (exact, where a float is not);
// neither means no quorum. Everyone who returned a ballot counts,
// abstentions included.
type Quorum struct {
	Count    int
	PerMille int // of the roll, when Count is 0
}

// ParseQuorum reads "none", a count "150", or a share "25%".
func ParseQuorum(s string) (Quorum, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "none" || s == "0" {
		return Quorum{}, nil
	}
	if p, ok := strings.CutSuffix(s, "%"); ok {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		perMille := int(f*10 + 0.5)
		// NaN fails every comparison, hence the positive form of the test.
		if err != nil || !(f > 0 && f <= 100) || perMille < 1 {
			return Quorum{}, charter.Errorf(charter.EINVALID, "A quorum share is between 0.1%% and 100%%, not %q.", charter.Clip(s, 40))
		}
		return Quorum{PerMille: perMille}, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return Quorum{}, charter.Errorf(charter.EINVALID, "A quorum is a number of members (150) or a share of the roll (25%%), not %q.", charter.Clip(s, 40))
	}
	return Quorum{Count: n}, nil
}

// String is the quorum as ParseQuorum reads it.
func (q Quorum) String() string {
	switch {
	case q.Count > 0:
		return strconv.Itoa(q.Count)
	case q.PerMille > 0:
		return percent(q.PerMille, 1000)
	}
	return "none"
}

// Met tells whether turnout out of roll reaches the quorum.
func (q Quorum) Met(turnout, roll int) bool {
	switch {
	case q.Count > 0:
		return turnout >= q.Count
	case q.PerMille > 0:
		return int64(turnout)*1000 >= int64(roll)*int64(q.PerMille)
	}
	return true
}

// Rule is the vote a question needs.
type Rule struct {
	Threshold  Threshold
	Base       Base
	Quorum     Quorum
	NoticeDays int // the least time between notice and the ballot's opening
}

// DocumentRules are a document's rules for changing its text: its
// amendment article's, and its rule for a complete revision when it has
// one of its own (DESIGN rule 4).
type DocumentRules struct {
	Amendment Rule
	Revision  *Rule // nil: a revision is voted as an amendment is
}

// For is the rule a question on the text is voted under.
func (r DocumentRules) For(revision bool) Rule {
	if revision && r.Revision != nil {
		return *r.Revision
	}
	return r.Amendment
}

// MaxNoticeDays bounds a rule's notice: a year.
const MaxNoticeDays = 366

// ParseRule reads a rule from its parts, as a document's amendment article
// or an officer's form gives them.
func ParseRule(threshold, base, quorum string, noticeDays int) (Rule, error) {
	t, err := ParseThreshold(threshold)
	if err != nil {
		return Rule{}, err
	}
	b, err := ParseBase(base)
	if err != nil {
		return Rule{}, err
	}
	q, err := ParseQuorum(quorum)
	if err != nil {
		return Rule{}, err
	}
	if noticeDays < 0 || noticeDays > MaxNoticeDays {
		return Rule{}, charter.Errorf(charter.EINVALID, "Notice is between 0 and %d days.", MaxNoticeDays)
	}
	return Rule{Threshold: t, Base: b, Quorum: q, NoticeDays: noticeDays}, nil
}

// percent writes part/whole as a percentage with one decimal, rounded to
// the nearest tenth.
func percent(part, whole int) string { return tenthsPercent(nearestTenths(part, whole)) }

// percentBeside writes part/whole the same way, except where rounding
// would contradict the verdict beside it: a share short of a threshold of
// num/den is then rounded down, one that reached it up. "1999 yes of 2999"
// reads 66.6 %, not 66.7 %, beside "at least two-thirds: not adopted".
func percentBeside(part, whole, num, den int, strict, met bool) string {
	if whole == 0 {
		return "0 %"
	}
	tenths, bar := nearestTenths(part, whole), nearestTenths(num, den)
	p, w := int64(part), int64(whole)
	switch {
	case !met && tenths >= bar:
		tenths = p * 1000 / w
	case met && (tenths < bar || strict && tenths == bar):
		tenths = (p*1000 + w - 1) / w
	}
	return tenthsPercent(tenths)
}

func nearestTenths(part, whole int) int64 {
	if whole == 0 {
		return 0
	}
	p, w := int64(part), int64(whole)
	return (p*1000 + w/2) / w
}

func tenthsPercent(tenths int64) string { return fmt.Sprintf("%d.%d %%", tenths/10, tenths%10) }

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// Words names the base as the arithmetic does.
func (b Base) Words() charter.Text {
	if b == BaseEligible {
		return charter.Sprintf("of every member on the roll")
	}
	return charter.Sprintf("of the votes cast")
}

// Words names the quorum.
func (q Quorum) Words() charter.Text {
	switch {
	case q.Count > 0:
		return charter.Sprintf("%d members", q.Count)
	case q.PerMille > 0:
		return charter.Sprintf("%s of the roll", percent(q.PerMille, 1000))
	}
	return charter.Sprintf("none")
}

// Departures says how a question's rule departs from its document's own
// rule, one difference at a time ("0 days' notice instead of 30"): an
// officer may depart from the amendment article only with a reason that
// every voter reads.
func (r Rule) Departures(document Rule) []charter.Text {
	var out []charter.Text
	if r.Threshold != document.Threshold {
		out = append(out, charter.Sprintf("a threshold of %s instead of %s", r.Threshold.Words(), document.Threshold.Words()))
	}
	if r.Base != document.Base {
		out = append(out, charter.Sprintf("counted %s instead of %s", r.Base.Words(), document.Base.Words()))
	}
	if r.Quorum != document.Quorum {
		out = append(out, charter.Sprintf("a quorum of %s instead of %s", r.Quorum.Words(), document.Quorum.Words()))
	}
	if r.NoticeDays != document.NoticeDays {
		out = append(out, charter.Sprintf("%d days' notice instead of %d", r.NoticeDays, document.NoticeDays))
	}
	return out
}

// CheckQuorum refuses a quorum no turnout could meet: more members than
// the roll holds.
func (r Rule) CheckQuorum(roll int) error {
	if r.Quorum.Count > roll {
		return charter.Errorf(charter.EINVALID, "A quorum of %d members is more than the %d on the roll: it could never be met.", r.Quorum.Count, roll)
	}
	return nil
}

// Encode writes the rule as one field, for storing beside a question the
// document's rule at its notice; DecodeRule reads it.
func (r Rule) Encode() string {
	return strings.Join([]string{r.Threshold.String(), string(r.Base), r.Quorum.String(), strconv.Itoa(r.NoticeDays)}, ";")
}

// DecodeRule reads what Encode wrote.
func DecodeRule(s string) (Rule, error) {
	parts := strings.Split(s, ";")
	if len(parts) != 4 {
		return Rule{}, fmt.Errorf("decode rule %q", s)
	}
	days, err := strconv.Atoi(parts[3])
	if err != nil {
		return Rule{}, fmt.Errorf("decode rule %q: %w", s, err)
	}
	return ParseRule(parts[0], parts[1], parts[2], days)
}
