package member

// Who may do what is a named predicate in the package of the thing it
// guards, asked by pages, the API and the store alike, so that a rule is
// written once: document.CanEdit, ballot.CanRun and ballot.CanWatch,
// amendment.CanMerge and amendment.VisibleTo, comment.CanPost and the
// comment moderation rules. Those about accounts and the union's records
// are here. Each takes a nil user (no one logged in) and refuses them.

// CanManageRoster: only admins change accounts, roles and standing.
func (u *User) CanManageRoster() bool { return u.Has(RoleAdmin) }

// CanVote: the roll of a ballot holds members in good standing, and only
// them (an officer or observer without the member role votes on nothing).
func (u *User) CanVote() bool { return u.Has(RoleMember) && u.GoodStanding }

// CanHoldTellerKey: tellers keep a key of their own, to which officers
// seal shares of ballots' keys.
func (u *User) CanHoldTellerKey() bool { return u.Has(RoleTeller) }

// CanReadAudit: the audit log is open to observers, officers and admins.
func (u *User) CanReadAudit() bool { return u.Has(RoleObserver, RoleOfficer, RoleAdmin) }
