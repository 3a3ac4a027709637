// Package petition holds what members need to force a vote: a petition
// for a referendum question, for an amendment to be put to ballot, or for
// a special meeting; the document's rule of how many signatures that
// takes and how long the officers then have; the lifecycle from open to
// noticed; and who may start, sign and withdraw, and who may see the
// signers' names. It knows nothing of storage or HTTP.
package petition

import (
	"strings"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
)

// Kind is what a petition demands.
type Kind string

const (
	KindReferendum Kind = "referendum" // a ballot on a question in words
	KindAmendment  Kind = "amendment"  // a ballot on a submitted amendment
	KindMeeting    Kind = "meeting"    // a special meeting, its purpose in words
)

// Kinds lists the kinds in the order the form offers them.
var Kinds = []Kind{KindReferendum, KindAmendment, KindMeeting}

// ParseKind reads a kind's name.
func ParseKind(s string) (Kind, error) {
	switch k := Kind(strings.TrimSpace(s)); k {
	case KindReferendum, KindAmendment, KindMeeting:
		return k, nil
	}
	return "", charter.Errorf(charter.EINVALID, "A petition asks for a referendum, a vote on an amendment or a special meeting, not %q.", charter.Clip(s, 40))
}

// Status is where a petition stands. A petition is never deleted: it ends
// noticed, or stays reached past its deadline for everyone to see.
type Status string

const (
	StatusOpen    Status = "open"    // gathering signatures
	StatusReached Status = "reached" // the threshold was met; the officers' clock runs
	StatusNoticed Status = "noticed" // the officers gave notice of the ballot or meeting
)

// MaxDaysToAct bounds the officers' time: a year.
const MaxDaysToAct = 366

// Rule is a document's rule for petitions: how many signatures force the
// vote (a count of members, or a share of those in good standing in
// thousandths, as a quorum is written) and how many days the officers
// have to give notice once it is reached.
type Rule struct {
	Threshold ballot.Quorum
	DaysToAct int
}

// DefaultRule is the rule of a document whose committee set none: a tenth
// of the membership in good standing, and thirty days.
var DefaultRule = Rule{Threshold: ballot.Quorum{PerMille: 100}, DaysToAct: 30}

// ParseRule reads a rule as the committee's form gives it: a threshold
// "10%" or "150", and a number of days.
func ParseRule(threshold string, daysToAct int) (Rule, error) {
	q, err := ballot.ParseQuorum(threshold)
	if err != nil || q == (ballot.Quorum{}) {
		return Rule{}, charter.Errorf(charter.EINVALID, "A petition needs a number of members (150) or a share of the members in good standing (10%%), not %q.", charter.Clip(threshold, 40))
	}
	if daysToAct < 1 || daysToAct > MaxDaysToAct {
		return Rule{}, charter.Errorf(charter.EINVALID, "The officers have between 1 and %d days to act on a petition.", MaxDaysToAct)
	}
	return Rule{Threshold: q, DaysToAct: daysToAct}, nil
}

// Needed is how many signatures reach the threshold when roll members are
// in good standing; at least one.
func (r Rule) Needed(roll int) int {
	n := r.Threshold.Count
	if n == 0 {
		// The least n with n*1000 >= roll*perMille.
		n = int((int64(roll)*int64(r.Threshold.PerMille) + 999) / 1000)
	}
	return max(n, 1)
}

// Reached says whether signatures from members in good standing reach the
// threshold against the roll as it stands at that moment.
func (r Rule) Reached(signatures, roll int) bool { return signatures >= r.Needed(roll) }

// Words says the rule as the petition's page shows it.
func (r Rule) Words() charter.Text {
	if r.Threshold.Count > 0 {
		return charter.Sprintf("the signatures of %d members in good standing; the officers then have %d days to give notice", r.Threshold.Count, r.DaysToAct)
	}
	return charter.Sprintf("the signatures of %s of the members in good standing; the officers then have %d days to give notice", r.Threshold.String(), r.DaysToAct)
}

// Deadline is when the officers must have given notice, for a petition
// reached at reachedAt.
func (r Rule) Deadline(reachedAt time.Time) time.Time { return reachedAt.AddDate(0, 0, r.DaysToAct) }

// Petition is a petition as stored, without its signers.
type Petition struct {
	ID           int64
	DocumentSlug string
	Kind         Kind
	Question     string // the referendum question or the meeting's purpose; the amendment's title
	AmendmentID  int64  // for KindAmendment
	Rule         Rule
	Status       Status
	StarterID    int64
	CreatedAt    time.Time
	ReachedAt    *time.Time
	Deadline     *time.Time // once reached
	NoticedAt    *time.Time
	BallotID     int64  // the ballot noticed from it
	MeetingNote  string // for a meeting: when and where, as the officer gave notice
	Signatures   int    // current signatures of members in good standing
	Roll         int    // members in good standing now
}

// Missed says whether the officers let the deadline pass without notice.
func (p Petition) Missed(now time.Time) bool {
	return p.Status == StatusReached && p.Deadline != nil && now.After(*p.Deadline)
}

// Needed is how many signatures the petition needs at its roll.
func (p Petition) Needed() int { return p.Rule.Needed(p.Roll) }

// MaxQuestion bounds a question or a meeting's purpose, in characters.
const MaxQuestion = 1000

// CheckQuestion cleans a referendum question or a meeting's purpose.
func CheckQuestion(kind Kind, question string) (string, error) {
	question, err := charter.CleanText(charter.Sprintf("The question"), question)
	if err != nil {
		return "", err
	}
	question = strings.TrimSpace(question)
	switch {
	case kind == KindAmendment:
		return "", nil // the amendment's own title says it
	case question == "":
		return "", charter.Errorf(charter.EINVALID, "Write the question the members are to vote on, or the purpose of the meeting.")
	case len([]rune(question)) > MaxQuestion:
		return "", charter.Errorf(charter.ETOOLARGE, "Write the question in at most %d characters.", MaxQuestion)
	}
	return question, nil
}

// CheckSign refuses a signature on a petition that no longer gathers them:
// once notice is given, it is closed.
func CheckSign(p Petition) error {
	if p.Status == StatusNoticed {
		return charter.Errorf(charter.ECONFLICT, "This petition is closed: the officers gave notice of what it asked for.")
	}
	return nil
}

// CheckWithdraw refuses a withdrawal once the threshold was reached: the
// officers' duty then stands on the signatures as they were.
func CheckWithdraw(p Petition) error {
	if p.Status != StatusOpen {
		return charter.Errorf(charter.ECONFLICT, "This petition reached its threshold: signatures can no longer be withdrawn.")
	}
	return nil
}

// CheckNotice refuses notice from a petition that has not reached its
// threshold, or was noticed already.
func CheckNotice(p Petition) error {
	switch p.Status {
	case StatusOpen:
		return charter.Errorf(charter.ECONFLICT, "This petition has not reached its threshold yet.")
	case StatusNoticed:
		return charter.Errorf(charter.ECONFLICT, "Notice was already given from this petition.")
	}
	return nil
}

// CanStart says whether u may start a petition: the right belongs to every
// member in good standing (LMRDA §101), as a vote does.
func CanStart(u *member.User) bool { return u.CanVote() }

// CanSign says whether u may sign: members in good standing, the ones it
// is counted against.
func CanSign(u *member.User) bool { return u.CanVote() }

// CanSeeSigners says whether u may read who signed. Workers face an
// employer who fires organisers: the names are for the officers who must
// act on them and the observers who check the officers, no one else — not
// members, not the admins who keep the roster.
func CanSeeSigners(u *member.User) bool { return u.Has(member.RoleOfficer, member.RoleObserver) }

// CanNotice says whether u may give notice from a petition: the election
// officer, who gives notice of every ballot.
func CanNotice(u *member.User) bool { return ballot.CanRun(u) }
