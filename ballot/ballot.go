package ballot

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"

	"github.com/charter-org/charter"
)

// Kind is what a question asks the members to decide.
type Kind string

const (
	KindAmendment  Kind = "amendment"  // adopt amendment N into the adopted text
	KindVersion    Kind = "version"    // adopt draft version V as the document
	KindReferendum Kind = "referendum" // a question in words
)

// Status is where a ballot stands.
type Status string

const (
	StatusNoticed   Status = "noticed"   // notice given, the roll frozen, not yet open
	StatusOpen      Status = "open"      // members vote
	StatusClosed    Status = "closed"    // no more votes; its papers sealed until the tellers count them
	StatusCounted   Status = "counted"   // the tellers opened the papers; awaiting the officer's certification
	StatusCertified Status = "certified" // the officer certified the result
)

// Snapshot is a question as noticed: everything a member reads before
// voting, frozen at notice and sealed by its SHA-256.
type Snapshot struct {
	Kind          Kind      `json:"kind"`
	Revision      bool      `json:"revision,omitempty"` // a complete revision: the whole text replaced
	Question      string    `json:"question"`
	DocumentSlug  string    `json:"document_slug,omitempty"`
	DocumentTitle string    `json:"document_title,omitempty"`
	AmendmentID   int64     `json:"amendment_id,omitempty"`
	FromVersionID int64     `json:"from_version_id,omitempty"` // the text as it stands
	ToVersionID   int64     `json:"to_version_id,omitempty"`   // for a version question, the draft to adopt
	Before        string    `json:"before,omitempty"`          // the whole text as it stands
	After         string    `json:"after,omitempty"`           // the whole text as it would read
	Redline       string    `json:"redline,omitempty"`         // CriticMarkup of the changes
	Motions       []string  `json:"motions,omitempty"`         // each change in the words of a motion
	Sponsors      []string  `json:"sponsors,omitempty"`
	Rationale     string    `json:"rationale,omitempty"`
	NoticeAt      time.Time `json:"notice_at"`
	// Language is the official language of the text above: it alone is
	// what the members adopt.
	Language string `json:"language,omitempty"`
	// Translations are those there were at notice of the sections the
	// question writes, each naming the official words it translates.
	Translations []Translation `json:"translations,omitempty"`
}

// Translation is a translation, frozen at notice, of a section a question
// writes: the official words' hash it translates, and its own.
type Translation struct {
	Language       string `json:"language"`
	Key            string `json:"key"`
	Number         string `json:"number"`
	Kind           string `json:"kind"` // heading or clause: a heading's first line is its title
	OfficialSHA256 string `json:"official_sha256"`
	Text           string `json:"text"`
	SHA256         string `json:"sha256"`
}

// Seal encodes the snapshot and hashes it; the ballot shows the hash, and a
// vote names the hash of the snapshot its voter read.
func (s Snapshot) Seal() (body string, hash string, err error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // the snapshot is data, not HTML: keep "<" and "&" as written
	if err := enc.Encode(s); err != nil {
		return "", "", err
	}
	b := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	sum := sha256.Sum256(b)
	return string(b), hex.EncodeToString(sum[:]), nil
}

// Question is one question of a ballot.
type Question struct {
	ID          int64
	BallotID    int64
	Position    int
	Kind        Kind
	Question    string
	AmendmentID int64
	VersionID   int64
	Snapshot    string // as sealed
	SHA256      string
	Rule        Rule
	// DocumentRule is the document's own rule at notice, when the question
	// is about a document; DepartureReason is the officer's reason for a
	// Rule that differs from it.
	DocumentRule    *Rule
	DepartureReason string
}

// Departures says how the question's rule departs from its document's.
func (q Question) Departures() []charter.Text {
	if q.DocumentRule == nil {
		return nil
	}
	return q.Rule.Departures(*q.DocumentRule)
}

// Ballot is one secret ballot: its questions, its times and its roll.
type Ballot struct {
	ID          int64
	DocumentID  int64
	Title       string
	Status      Status
	NoticeAt    time.Time
	OpensAt     time.Time
	ClosesAt    time.Time
	RollSize    int
	MinBallots  int // no result is shown over fewer ballots
	Turnout     int // ballots returned so far: officers see it while open
	OfficerID   int64
	CertifiedAt time.Time
	// Effective is the date a certified result takes effect, YYYY-MM-DD,
	// as the officer gave it; "" when none was given.
	Effective string
	Questions []Question
	// OnlineClause is the document's clause that authorises online
	// balloting, as the officer recorded it.
	OnlineClause string
	// PublicKey seals the papers; its private half is split among the
	// tellers, SharesNeeded of whom open the papers after the close.
	PublicKey    Key
	SharesNeeded int
	// A vote taken at a meeting: the chair closes it when the members
	// present have voted, with no time announced. Method is the
	// meeting's ("hands", "standing", "secret"). PapersIssued counts the
	// paper ballots the tellers handed to members on the roll, who are
	// marked as having voted; Turnout then counts the online papers
	// alone. Pool is each question's count entered by the tellers: the
	// hands, or the paper ballots in the box; nil until entered.
	AtMeeting    bool
	Method       string
	PapersIssued int
	Pool         []*Count
}

// Limits.
const (
	MaxQuestions     = 20
	MaxQuestionRunes = 1000
	MaxTitleRunes    = 200
	MinMinBallots    = 3 // a tally of fewer ballots reveals how someone voted
	MaxDuration      = 90 * 24 * time.Hour
	// Tellers: at least two must act together to open the papers, so that
	// no one person with a copy of the database can; at most nine hold
	// shares.
	MinSharesNeeded = 2
	MaxTellers      = 9
)

// CheckSecrecy checks what keeps a vote secret, as an officer gives it at
// notice: the least number of papers a count needs, the tellers and how
// many of them open the papers.
func CheckSecrecy(officerID int64, tellers []int64, needed, minBallots int) error {
	if minBallots < MinMinBallots {
		return charter.Errorf(charter.EINVALID, "Results must need at least %d ballots, or a count could reveal how someone voted.", MinMinBallots)
	}
	return CheckTellers(officerID, tellers, needed)
}

// CheckTellers checks the tellers an officer names at notice and how many
// of them the count needs. The officer who runs the ballot holds no share
// of its key.
func CheckTellers(officerID int64, tellers []int64, needed int) error {
	if len(tellers) < MinSharesNeeded || len(tellers) > MaxTellers {
		return charter.Errorf(charter.EINVALID, "Name between %d and %d tellers to hold the ballot's key.", MinSharesNeeded, MaxTellers)
	}
	if needed < MinSharesNeeded || needed > len(tellers) {
		return charter.Errorf(charter.EINVALID, "The count needs between %d and %d of the tellers' keys (as many as there are tellers at most).", MinSharesNeeded, len(tellers))
	}
	seen := map[int64]bool{}
	for _, id := range tellers {
		if id == officerID {
			return charter.Errorf(charter.EINVALID, "The officer who gives notice of a ballot cannot also hold a share of its key: name other tellers.")
		}
		if seen[id] {
			return charter.Errorf(charter.EINVALID, "Each teller is named once.")
		}
		seen[id] = true
	}
	return nil
}

// CheckTimes checks a ballot's schedule against the notice each question's
// rule requires, counted from the notice.
func CheckTimes(noticeAt, opensAt, closesAt time.Time, rules []Rule) error {
	if !closesAt.After(opensAt) {
		return charter.Errorf(charter.EINVALID, "A ballot must close after it opens.")
	}
	if closesAt.Sub(opensAt) > MaxDuration {
		return charter.Errorf(charter.EINVALID, "A ballot stays open for at most 90 days.")
	}
	if opensAt.Before(noticeAt) {
		return charter.Errorf(charter.EINVALID, "A ballot cannot open before its notice.")
	}
	for _, r := range rules {
		need := time.Duration(r.NoticeDays) * 24 * time.Hour
		if opensAt.Sub(noticeAt) < need {
			return charter.Errorf(charter.EINVALID, "The rule requires %d days' notice before the ballot opens; opening at %s gives less.", r.NoticeDays, opensAt.UTC().Format("2006-01-02 15:04 UTC"))
		}
	}
	return nil
}

// ByOfficer refuses an officer's step on a vote taken at a meeting: its
// chair closes it and declares its result, and the members present are
// its roll.
func (b *Ballot) ByOfficer() error {
	if b.AtMeeting {
		return charter.Errorf(charter.ECONFLICT, "This vote is taken at a meeting: its chair runs it from the meeting's pages.")
	}
	return nil
}

// TooFewToCount tells whether a closed vote at a meeting has fewer online
// papers, or fewer paper ballots, than its minimum, but some: counting
// them, each pool shown apart in the combined arithmetic, could show how
// those members voted. They are never counted; the chair sets the vote
// aside.
func (b *Ballot) TooFewToCount() bool {
	under := func(n int) bool { return n > 0 && n < b.MinBallots }
	return b.AtMeeting && b.Status == StatusClosed && (under(b.Turnout) || under(b.PapersIssued))
}

// CanOpen tells whether an officer may open the ballot at now.
func (b *Ballot) CanOpen(now time.Time) error {
	if b.Status != StatusNoticed {
		return charter.Errorf(charter.ECONFLICT, "This ballot is %s; only a noticed ballot opens.", b.Status)
	}
	if now.Before(b.OpensAt) {
		return charter.Errorf(charter.ECONFLICT, "The notice runs until %s; the ballot cannot open before.", b.OpensAt.UTC().Format("2006-01-02 15:04 UTC"))
	}
	if !now.Before(b.ClosesAt) {
		return charter.Errorf(charter.ECONFLICT, "The voting period ended at %s; give notice of a new ballot.", b.ClosesAt.UTC().Format("2006-01-02 15:04 UTC"))
	}
	return nil
}

// CanVote tells whether ballots are received at now.
func (b *Ballot) CanVote(now time.Time) error {
	switch {
	case b.Status == StatusNoticed:
		return charter.Errorf(charter.ECONFLICT, "This ballot is not open yet.")
	case b.Status != StatusOpen || (!b.AtMeeting && !now.Before(b.ClosesAt)):
		return charter.Errorf(charter.ECONFLICT, "This ballot is closed.")
	}
	return nil
}

// CheckPaper checks a voter's paper against the ballot: one choice for
// each question, each question named by the hash of the snapshot the voter
// read, so that no one votes on words other than those noticed.
func (b *Ballot) CheckPaper(choices []Choice, hashes []string) error {
	if len(choices) != len(b.Questions) || len(hashes) != len(b.Questions) {
		return charter.Errorf(charter.EINVALID, "This ballot has %d questions; answer each one (abstaining is an answer).", len(b.Questions))
	}
	for i, q := range b.Questions {
		if hashes[i] != q.SHA256 {
			return charter.Errorf(charter.ECONFLICT, "Question %d is not the one you read (its notice has the hash %s); reload the ballot.", i+1, q.SHA256[:12])
		}
	}
	return nil
}

// CanClose tells whether an officer may close the ballot at now: never
// before the announced time, which would cut members off.
func (b *Ballot) CanClose(now time.Time) error {
	if b.Status != StatusOpen {
		return charter.Errorf(charter.ECONFLICT, "This ballot is %s; only an open ballot closes.", b.Status)
	}
	if !b.AtMeeting && now.Before(b.ClosesAt) {
		return charter.Errorf(charter.ECONFLICT, "The ballot was announced to close at %s; it cannot close before.", b.ClosesAt.UTC().Format("2006-01-02 15:04 UTC"))
	}
	return nil
}

// CanCount tells whether the tellers may give their shares: once the
// ballot has closed, until it is counted, and only over enough papers that
// no one's vote can be read off them. Papers are published as they are
// opened, so a ballot under its minimum stays sealed for good.
func (b *Ballot) CanCount() error {
	switch b.Status {
	case StatusClosed:
	case StatusCounted, StatusCertified:
		return charter.Errorf(charter.ECONFLICT, "This ballot has been counted already.")
	default:
		return charter.Errorf(charter.ECONFLICT, "The tellers count a ballot only after it closes.")
	}
	if b.Turnout < b.MinBallots {
		return charter.Errorf(charter.ECONFLICT, "Only %d ballots were returned, fewer than the %d below which a count could reveal how someone voted: the papers stay sealed and no result is shown.", b.Turnout, b.MinBallots)
	}
	return nil
}

// CanShowResults tells whether counts may be shown: once the tellers have
// opened the papers, and only over enough ballots that no one's vote can be
// read off the tally.
func (b *Ballot) CanShowResults() error {
	switch b.Status {
	case StatusCounted, StatusCertified:
	case StatusClosed:
		if err := b.CanCount(); err != nil {
			return err
		}
		return charter.Errorf(charter.ECONFLICT, "The papers stay sealed until enough tellers give their keys to count them.")
	default:
		return charter.Errorf(charter.ECONFLICT, "Results are counted only after the ballot closes.")
	}
	// At a meeting, a vote with no online papers is shown on the tellers'
	// count alone: hands, or paper ballots from a box.
	if b.Turnout < b.MinBallots && !(b.AtMeeting && b.Turnout == 0) {
		return charter.Errorf(charter.ECONFLICT, "Only %d ballots were returned, fewer than the %d below which a count could reveal how someone voted; no result is shown.", b.Turnout, b.MinBallots)
	}
	return nil
}

// ValidateTitle checks a ballot's title.
func ValidateTitle(title string) (string, error) {
	title, err := charter.CleanLine(charter.Sprintf("The title"), title)
	if err != nil {
		return "", err
	}
	if title == "" || len([]rune(title)) > MaxTitleRunes {
		return "", charter.Errorf(charter.EINVALID, "Give the ballot a title of at most %d characters.", MaxTitleRunes)
	}
	return title, nil
}

// ValidateQuestion checks the words of a question.
func ValidateQuestion(text string) (string, error) {
	text, err := charter.CleanText(charter.Sprintf("The question"), text)
	if err != nil {
		return "", err
	}
	text = strings.TrimSpace(text)
	switch n := len([]rune(text)); {
	case n == 0:
		return "", charter.Errorf(charter.EINVALID, "Write the question.")
	case n > MaxQuestionRunes:
		return "", charter.Errorf(charter.ETOOLARGE, "A question is at most %d characters.", MaxQuestionRunes)
	}
	return text, nil
}

// trackerAlphabet is Crockford's base 32: no I, L, O or U to misread.
const trackerAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// NewTracker draws a tracker code: 60 random bits in four groups of three,
// which the voter keeps to find their ballot in the published list.
func NewTracker() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	var out strings.Builder
	for i, x := range b {
		if i > 0 && i%3 == 0 {
			out.WriteByte('-')
		}
		out.WriteByte(trackerAlphabet[x%32])
	}
	return out.String()
}

// NewPaperID draws the random id of a paper, sealed or opened: 128 bits,
// hex.
func NewPaperID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// EncodeChoices writes a ballot's choices, one per question in order.
func EncodeChoices(choices []Choice) string {
	parts := make([]string, len(choices))
	for i, c := range choices {
		parts[i] = string(c)
	}
	return strings.Join(parts, ",")
}

// DecodeChoices reads what EncodeChoices wrote.
func DecodeChoices(s string) []Choice {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	out := make([]Choice, len(parts))
	for i, p := range parts {
		out[i] = Choice(p)
	}
	return out
}
