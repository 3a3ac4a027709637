package ballot

import "github.com/charter-org/charter/member"

// CanRun says whether u may give notice of a ballot and run it: open,
// close, change the roll, certify. That is the election officer's office
// alone; the officer never sees how anyone voted.
func CanRun(u *member.User) bool { return u.Has(member.RoleOfficer) }

// CanWatch says whether u may follow a ballot while it runs: how many
// ballots have been returned before the close, never what they say, and
// each change to the roll with its reason. Officers run the ballot and
// observers check them; members learn the turnout with the results.
func CanWatch(u *member.User) bool { return u.Has(member.RoleOfficer, member.RoleObserver) }

// CanReadNoticeReport says whether u may read how notice of a ballot was
// given to each member on its roll (by email, by letter, not yet): the
// officers who give it, the observers who check them, and the admins who
// keep the roster it was given from. Only officers, who post the letters,
// see members' addresses.
func CanReadNoticeReport(u *member.User) bool {
	return u.Has(member.RoleOfficer, member.RoleObserver, member.RoleAdmin)
}
