package document

import "github.com/charter-org/charter/member"

// CanEdit says whether u may import a document, publish a version of it
// and record its rules (co-sponsors needed, the vote rule): that is the
// drafting committee's work, and the admin's when setting Charter up.
// Members change a text only through amendments.
func CanEdit(u *member.User) bool { return u.Has(member.RoleCommittee, member.RoleAdmin) }
