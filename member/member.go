// Package member holds the union's members: accounts, roles, good standing,
// credentials and the roster import.
package member

import (
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charter-org/charter"
)

// Role is what a person may do in Charter. A person may hold several.
type Role string

const (
	RoleMember    Role = "member"    // reads, comments, proposes, votes
	RoleCommittee Role = "committee" // drafting committee: imports drafts, answers comments, merges
	RoleOfficer   Role = "officer"   // election officer: notices, rolls, ballots
	RoleAdmin     Role = "admin"     // roster, roles, settings
	RoleObserver  Role = "observer"  // reads audit log and ballot records, changes nothing
	RoleTeller    Role = "teller"    // holds a key to ballots' sealed papers, a share of which opens them at the count
)

// Roles lists every role in the order forms show them.
var Roles = []Role{RoleMember, RoleCommittee, RoleOfficer, RoleAdmin, RoleObserver, RoleTeller}

// ParseRole validates a role name.
func ParseRole(s string) (Role, error) {
	r := Role(strings.ToLower(strings.TrimSpace(s)))
	if !slices.Contains(Roles, r) {
		return "", charter.Errorf(charter.EINVALID, "Unknown role %q: use member, committee, officer, admin, observer or teller.", s)
	}
	return r, nil
}

// User is a person with an account.
type User struct {
	ID           int64
	Email        string // "" for a member without email, reached by post, who cannot log in
	Name         string
	MemberNumber string // the union's own member id, from the roster
	GoodStanding bool
	Roles        []Role
	Language     string
	HasPassword  bool
	CreatedAt    time.Time
	// PostalAddress is where letters go, its lines apart by "\n"; Phone
	// is a number to call. Both come from the roster and may be "".
	PostalAddress string
	Phone         string
}

// Contact names the account in the audit log: its email address, or, for a
// member without one, its member id or account id.
func (u User) Contact() string {
	switch {
	case u.Email != "":
		return u.Email
	case u.MemberNumber != "":
		return "member " + u.MemberNumber
	}
	return fmt.Sprintf("account %d (no email)", u.ID)
}

// Has reports whether u holds any of roles.
func (u *User) Has(roles ...Role) bool {
	if u == nil {
		return false
	}
	for _, r := range roles {
		if slices.Contains(u.Roles, r) {
			return true
		}
	}
	return false
}

// NormalizeEmail validates an address and lowercases it, so that one person
// has one account whatever case they type.
func NormalizeEmail(s string) (string, error) {
	s, err := charter.CleanLine(charter.Sprintf("The email address"), s)
	if err != nil {
		return "", err
	}
	addr, err := mail.ParseAddress(s)
	// Invisible format characters (bidi overrides, zero widths) are never
	// part of a real address, and would let one pass for another.
	if err != nil || addr.Address != s || len(s) > 254 || !strings.Contains(s, "@") || strings.ContainsFunc(s, isFormat) {
		return "", charter.Errorf(charter.EINVALID, "%q is not an email address.", charter.Clip(s, 80))
	}
	return strings.ToLower(s), nil
}

func isFormat(r rune) bool { return unicode.Is(unicode.Cf, r) }

// ValidateName checks a display name, from a form or a roster, and
// returns it on one line.
func ValidateName(s string) (string, error) {
	s, err := charter.CleanLine(charter.Sprintf("The name"), s)
	if err != nil {
		return "", err
	}
	if s == "" {
		return "", charter.Errorf(charter.EINVALID, "The name is missing.")
	}
	if utf8.RuneCountInString(s) > 120 {
		return "", charter.Errorf(charter.EINVALID, "The name is longer than 120 characters.")
	}
	return s, nil
}

// ValidateMemberNumber checks the union's own member id, which may be
// empty.
func ValidateMemberNumber(s string) (string, error) {
	s, err := charter.CleanLine(charter.Sprintf("The member id"), s)
	if err != nil {
		return "", err
	}
	if len(s) > 64 {
		return "", charter.Errorf(charter.EINVALID, "The member id is longer than 64 characters.")
	}
	return s, nil
}

// StandingReason checks why an admin changes a member's standing: a member
// is put out of good standing only with a reason, which is recorded.
func StandingReason(good bool, reason string) (string, error) {
	reason, err := charter.CleanLine(charter.Sprintf("The reason"), reason)
	switch {
	case err != nil:
		return "", err
	case !good && reason == "":
		return "", charter.Errorf(charter.EINVALID, "Say why the member is not in good standing; the reason is recorded.")
	case utf8.RuneCountInString(reason) > 500:
		return "", charter.Errorf(charter.EINVALID, "The reason must be at most 500 characters.")
	}
	return reason, nil
}
