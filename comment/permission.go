package comment

import "github.com/charter-org/charter/member"

// CanPost says whether u may comment or reply: every member in good
// standing has the equal right to speak (LMRDA §101(a)(2)), and no one
// else does, whatever their office.
func CanPost(u *member.User) bool { return u.Has(member.RoleMember) && u.GoodStanding }

// CanSupport says whether u may add their support to a comment: it counts
// as a member's voice, so the same members as CanPost.
func CanSupport(u *member.User) bool { return CanPost(u) }

// CanReport says whether u may report a comment that breaks a rule: any
// member. A report changes nothing by itself; the moderators
// (CanModerate) read it and act under a written rule.
func CanReport(u *member.User) bool { return u.Has(member.RoleMember) }

// CanAnswer says whether u may record the answer to a comment
// (incorporated, declined with a reason, answered): the drafting
// committee's answer is its account to the members.
func CanAnswer(u *member.User) bool { return u.Has(member.RoleCommittee) }

// CanModerate says whether u may hide a comment under a written rule, and
// sees how many members reported each: the committee and admins, whose
// every hiding is in the audit log.
func CanModerate(u *member.User) bool { return u.Has(member.RoleCommittee, member.RoleAdmin) }

// CanReadEdits says whether u sees the earlier texts of an edited comment:
// the committee, which answers what members wrote, and observers, who read
// the record.
func CanReadEdits(u *member.User) bool { return u.Has(member.RoleCommittee, member.RoleObserver) }

// CanReadHidden says whether u sees the text of a comment that was hidden
// or deleted, besides its author: observers, who check the moderators.
func CanReadHidden(u *member.User) bool { return u.Has(member.RoleObserver) }
