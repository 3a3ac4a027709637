package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestNewInvitationRevokesOldLink: asking again for a member's invitation
// link revokes the links not yet used, from the invitation page and from a
// roster import alike.
func TestNewInvitationRevokesOldLink(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		u, err := db.CreateUser(ctx, 0, store.NewUser{Email: "new@example.org", Name: "New", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		first, err := db.Invite(ctx, 0, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		second, err := db.Invite(ctx, 0, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.InvitationUser(ctx, first.Secret); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("the first link works after a second was issued: %v", err)
		}
		events, _ := db.AuditEvents(ctx, 1)
		if !strings.Contains(events[0].Detail, "1 earlier unused links revoked") {
			t.Errorf("revocation not audited: %q", events[0].Detail)
		}
		res, err := db.ImportRoster(ctx, 0, []member.RosterEntry{{Line: 2, Name: "New", Email: "new@example.org", GoodStanding: true}})
		if err != nil || len(res.Invitations) != 1 {
			t.Fatalf("roster: %+v %v", res, err)
		}
		if _, err := db.InvitationUser(ctx, second.Secret); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("the second link works after the roster issued a third: %v", err)
		}
		if _, err := db.AcceptInvitation(ctx, res.Invitations[0].Secret, voterPassword); err != nil {
			t.Errorf("the newest link: %v", err)
		}
	})
}
