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
