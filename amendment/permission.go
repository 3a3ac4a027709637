package amendment

import (
	"slices"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
)

// CanMerge says whether u may merge seconded amendments into the next
// draft, and decline the ones it does not take: the drafting committee
// weighs the members' proposals, and answers for it in public.
func CanMerge(u *member.User) bool { return u.Has(member.RoleCommittee) }

// VisibleTo says whether u may read a, or learn that it exists: a draft is
// its sponsor's until they submit it, and no one else's, whatever their
// role (some members distrust those who run the union, and what a member
// is drafting is theirs to reveal); a submitted amendment is every
// member's. Pages, the API and the store all ask this, and answer "not
// found" to anyone it refuses.
func VisibleTo(a *Amendment, u *member.User) bool {
	return !a.Private() || u != nil && u.ID == a.SponsorID
}

// CanPropose says whether u may sponsor an amendment: every member in good
// standing has the equal right to propose (LMRDA §101(a)(1)).
func CanPropose(u *member.User) error {
	if !u.Has(member.RoleMember) {
		return charter.Errorf(charter.EFORBIDDEN, "Only members can propose amendments.")
	}
	if !u.GoodStanding {
		return charter.Errorf(charter.EFORBIDDEN, "Only members in good standing can propose amendments.")
	}
	return nil
}

// CanCosponsor says whether u may second a: a member in good standing, not
// its sponsor, not already a co-sponsor, while it is submitted.
func CanCosponsor(a *Amendment, u *member.User) error {
	switch {
	case !u.Has(member.RoleMember):
		return charter.Errorf(charter.EFORBIDDEN, "Only members can co-sponsor amendments.")
	case !u.GoodStanding:
		return charter.Errorf(charter.EFORBIDDEN, "Only members in good standing can co-sponsor amendments.")
	case u.ID == a.SponsorID:
		return charter.Errorf(charter.EINVALID, "The sponsor of an amendment cannot also co-sponsor it.")
	case slices.Contains(a.Cosponsors, u.ID):
		return charter.Errorf(charter.ECONFLICT, "You co-sponsor this amendment already.")
	case a.Status != StatusSubmitted && a.Status != StatusSeconded:
		return charter.Errorf(charter.ECONFLICT, "An amendment that is %s is not open for co-sponsors.", a.Status)
	}
	return nil
}
