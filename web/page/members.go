package page

import (
	"context"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Members are the admins' pages of the roster: accounts, roles, standing,
// invitations and the roster import.
type Members struct {
	site *site.Site
	db   MemberStore
}

// MemberStore is what the roster pages read and write.
type MemberStore interface {
	// Users lists every account.
	Users(ctx context.Context) ([]member.User, error)
	// ImportRoster creates or updates accounts from a roster: ENOTFOUND,
	// ECONFLICT.
	ImportRoster(ctx context.Context, actorID int64, entries []member.RosterEntry) (store.RosterResult, error)
	// Invite issues a fresh invitation link: ENOTFOUND.
	Invite(ctx context.Context, actorID, userID int64) (store.Invitation, error)
	// SetRoles replaces a member's roles: ENOTFOUND, EINVALID.
	SetRoles(ctx context.Context, actorID, userID int64, roles []member.Role) error
	// SetStanding marks a member in or out of good standing: ENOTFOUND,
	// EINVALID for the reason.
	SetStanding(ctx context.Context, actorID, userID int64, good bool, reason string) error
	// SetTranslatorLanguages names the languages a member translates
	// into: ENOTFOUND, EINVALID (not a language tag).
	SetTranslatorLanguages(ctx context.Context, actorID, userID int64, langs []string) error
	// Translators gives every translator's languages, by account.
	Translators(ctx context.Context) (map[int64][]string, error)
}
