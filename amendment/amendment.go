package amendment

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
)

// Status is where an amendment is in its life.
type Status string

const (
	StatusDraft     Status = "draft"     // the sponsor is still writing it
	StatusSubmitted Status = "submitted" // open for co-sponsors
	StatusSeconded  Status = "seconded"  // has the co-sponsors the document's rule asks for
	StatusMerged    Status = "merged"    // the committee merged it into a new draft
	StatusDeclined  Status = "declined"  // the committee declined it, with a reason
	StatusWithdrawn Status = "withdrawn" // its sponsor withdrew it
	StatusNoticed   Status = "noticed"   // notice given for a ballot
	StatusAdopted   Status = "adopted"   // the members adopted it
	StatusRejected  Status = "rejected"  // the members rejected it
)

// Amendment is a proposal to change one version of a document: the full
// text as it would read. Its changes are derived from the two texts.
type Amendment struct {
	ID            int64
	DocumentID    int64
	BaseVersionID int64 // the version it amends; for a secondary, its primary's base
	ParentID      int64 // the primary amendment a secondary amends; 0 for a primary
	// Revision: a complete revision, replacing the whole text, under the
	// document's revision rule; it opens all of the text to amendment.
	Revision    bool
	Title       string
	Rationale   string
	SponsorID   int64
	Proposed    string // the full proposed text
	ProposedSHA string
	Status      Status
	Cosponsors  []int64
	CreatedAt   time.Time
	UpdatedAt   time.Time

	MergedVersionID int64  // the draft it was merged into
	RebaseConflict  string // where a new draft overlaps its changes, for its sponsor to resolve

	SubmittedAt *time.Time // when its sponsor first put it forward; nil while it has never been
}

// Secondary reports whether a amends another amendment.
func (a *Amendment) Secondary() bool { return a.ParentID != 0 }

// Pending: an amendment still open to co-sponsors, secondaries and action.
func (a *Amendment) Pending() bool {
	return a.Status == StatusSubmitted || a.Status == StatusSeconded
}

// Private: the sponsor has never put a forward, so it is still theirs
// alone, whether a draft or a draft they withdrew. Every other status is
// reached through submission.
func (a *Amendment) Private() bool {
	return a.SubmittedAt == nil && (a.Status == StatusDraft || a.Status == StatusWithdrawn)
}

// Limits on what a sponsor writes.
const (
	MaxTitle     = 200
	MaxRationale = 10000
)

// ValidateText checks a title and rationale, returning the title on one
// line and the rationale trimmed.
func ValidateText(title, rationale string) (string, string, error) {
	title, err := charter.CleanLine(charter.Sprintf("The title"), title)
	if err != nil {
		return "", "", err
	}
	if rationale, err = charter.CleanText(charter.Sprintf("The rationale"), rationale); err != nil {
		return "", "", err
	}
	rationale = strings.TrimSpace(rationale)
	switch {
	case title == "":
		return "", "", charter.Errorf(charter.EINVALID, "Give the amendment a title.")
	case utf8.RuneCountInString(title) > MaxTitle:
		return "", "", charter.Errorf(charter.EINVALID, "The title must be at most %d characters.", MaxTitle)
	case utf8.RuneCountInString(rationale) > MaxRationale:
		return "", "", charter.Errorf(charter.EINVALID, "The rationale must be at most %d characters.", MaxRationale)
	}
	return title, rationale, nil
}

// MaxReason bounds the reason given with a change of status.
const MaxReason = 500

// CleanReason checks the reason given for moving an amendment to status
// to: a decline needs one, as it is published with it.
func CleanReason(to Status, reason string) (string, error) {
	reason, err := charter.CleanText(charter.Sprintf("The reason"), reason)
	if err != nil {
		return "", err
	}
	switch reason = strings.TrimSpace(reason); {
	case reason == "" && to == StatusDeclined:
		return "", charter.Errorf(charter.EINVALID, "Say why the amendment is declined; the reason is published with it.")
	case utf8.RuneCountInString(reason) > MaxReason:
		return "", charter.Errorf(charter.EINVALID, "The reason must be at most %d characters.", MaxReason)
	}
	return reason, nil
}

// CheckDegree refuses a third-degree amendment: a secondary amendment may
// amend a pending primary, nothing may amend a secondary.
func CheckDegree(parent *Amendment) error {
	if parent == nil {
		return nil
	}
	if parent.Secondary() {
		return charter.Errorf(charter.EINVALID, "An amendment to an amendment cannot itself be amended (no third degree).")
	}
	if !parent.Pending() {
		return charter.Errorf(charter.ECONFLICT, "Amendment %d is %s; only a pending amendment can be amended.", parent.ID, parent.Status)
	}
	return nil
}

// CheckNotice says whether notice of a ballot may be given of a, as a
// question on the document documentID: a seconded amendment of that
// document, with no conflict left for its sponsor to resolve. A member's
// private draft is not found: the officer learns nothing of it.
func CheckNotice(a *Amendment, documentID int64) error {
	switch {
	case a.Private():
		return charter.Errorf(charter.ENOTFOUND, "There is no amendment %d.", a.ID)
	case a.DocumentID != documentID:
		return charter.Errorf(charter.EINVALID, "Amendment %d is not an amendment of this document.", a.ID)
	case a.Status == StatusMerged:
		return charter.Errorf(charter.ECONFLICT, "Amendment %d was merged into a draft: its words are in that version, so put the version to the vote instead.", a.ID)
	case a.Status == StatusWithdrawn:
		return charter.Errorf(charter.ECONFLICT, "Amendment %d was withdrawn by its sponsor: there is nothing to vote on.", a.ID)
	case a.Status == StatusDeclined:
		return charter.Errorf(charter.ECONFLICT, "Amendment %d was declined by the committee: notice is given only of a seconded amendment.", a.ID)
	case a.Status == StatusNoticed, a.Status == StatusAdopted, a.Status == StatusRejected:
		return charter.Errorf(charter.ECONFLICT, "Amendment %d has been put to a ballot already.", a.ID)
	case a.Status == StatusSubmitted:
		return charter.Errorf(charter.ECONFLICT, "Amendment %d does not yet have the co-sponsors it needs: notice is given only of a seconded amendment.", a.ID)
	case a.Status != StatusSeconded:
		return charter.Errorf(charter.ECONFLICT, "Amendment %d is %s; notice is given only of a seconded amendment with no conflict to resolve.", a.ID, a.Status)
	case a.RebaseConflict != "":
		return charter.Errorf(charter.ECONFLICT, "Amendment %d conflicts with the text as it now reads (%s): its sponsor must resolve the conflict before notice is given.", a.ID, a.RebaseConflict)
	}
	return nil
}

// who may move an amendment from one status to another.
type actor int

const (
	bySponsor actor = iota
	byCommittee
	byOfficer
	byRule // reached by the rule itself (enough co-sponsors), never asked for
)

var transitions = map[Status]map[Status]actor{
	StatusDraft:     {StatusSubmitted: bySponsor, StatusWithdrawn: bySponsor},
	StatusSubmitted: {StatusSeconded: byRule, StatusWithdrawn: bySponsor, StatusDeclined: byCommittee},
	StatusSeconded:  {StatusWithdrawn: bySponsor, StatusMerged: byCommittee, StatusDeclined: byCommittee, StatusNoticed: byOfficer},
	StatusNoticed:   {StatusAdopted: byOfficer, StatusRejected: byOfficer},
}

// CheckTransition says whether u may move a from its status to to.
func CheckTransition(a *Amendment, to Status, u *member.User) error {
	who, ok := transitions[a.Status][to]
	if !ok {
		return charter.Errorf(charter.ECONFLICT, "An amendment that is %s cannot become %s.", a.Status, to)
	}
	allowed := false
	switch who {
	case bySponsor:
		allowed = u != nil && u.ID == a.SponsorID
	case byCommittee:
		allowed = CanMerge(u)
	case byOfficer:
		allowed = ballot.CanRun(u)
	}
	if !allowed {
		return charter.Errorf(charter.EFORBIDDEN, "You may not make this amendment %s.", to)
	}
	return nil
}
