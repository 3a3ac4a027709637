package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

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

// TestNoStoredLinkOpensAnAccount: an invitation waiting in the outbox holds
// no link's secret, in any table, before or after it is sent; the link is
// made as the message is claimed, works beside the one the admin was shown,
// and spends it. A message whose invitation was replaced before it went is
// not sent, and says why.
func TestNoStoredLinkOpensAnAccount(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		res, err := db.ImportRoster(ctx, 0, []member.RosterEntry{
			{Line: 2, Name: "Ana", Email: "ana@example.org", GoodStanding: true},
			{Line: 3, Name: "Ben", Email: "ben@example.org", GoodStanding: true}})
		if err != nil || len(res.Invitations) != 2 {
			t.Fatalf("roster: %+v %v", res, err)
		}
		noSecretStored := func(stage string, secrets ...string) {
			t.Helper()
			dump, err := db.DumpForTest(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for table, rows := range dump {
				for _, row := range rows {
					for col, v := range row {
						for _, s := range secrets {
							if strings.Contains(fmt.Sprint(v), s) {
								t.Errorf("%s: a link's secret is stored in %s.%s", stage, table, col)
							}
						}
						if strings.Contains(fmt.Sprint(v), member.PrefixInvitation) && table == "outbox" {
							t.Errorf("%s: the outbox holds an invitation secret in %s: %v", stage, col, v)
						}
					}
				}
			}
		}
		noSecretStored("queued", res.Invitations[0].Secret, res.Invitations[1].Secret)
		_, waiting, _, err := db.OutboxMessage(ctx, firstOutboxID(t, db))
		if err != nil || waiting.Recipient.Secret != store.SecretNotKept {
			t.Errorf("the admins' view of a waiting invitation shows %q (%v), want %q", waiting.Recipient.Secret, err, store.SecretNotKept)
		}
		// Ben's invitation is issued again before the message goes: the
		// first message to him is not sent, the second is.
		ben := res.Invitations[1].User
		if _, err := db.Invite(ctx, 0, ben.ID); err != nil {
			t.Fatal(err)
		}
		claimed, err := db.ClaimMail(ctx, "w", 10, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if len(claimed) != 2 {
			t.Fatalf("claimed %d messages, want Ana's and Ben's second", len(claimed))
		}
		var mailed []string
		for _, o := range claimed {
			if !strings.HasPrefix(o.Recipient.Secret, member.PrefixInvitation) {
				t.Fatalf("claimed invitation to %s without a link: %q", o.Address, o.Recipient.Secret)
			}
			mailed = append(mailed, o.Recipient.Secret)
			if u, err := db.InvitationUser(ctx, o.Recipient.Secret); err != nil || u.Email != o.Address {
				t.Errorf("the mailed link to %s opens %q (%v)", o.Address, u.Email, err)
			}
		}
		noSecretStored("claimed", mailed...)
		page, err := db.Outbox(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		if page.Failed != 1 || len(page.Failures) != 1 || page.Failures[0].Address != ben.Email || !strings.Contains(page.Failures[0].Error, "replaced") {
			t.Errorf("the replaced invitation's message: %d failed %+v", page.Failed, page.Failures)
		}
		// Ana uses the mailed link: the admin's one is spent with it.
		for _, o := range claimed {
			if o.Address == "ana@example.org" {
				if _, err := db.AcceptInvitation(ctx, o.Recipient.Secret, voterPassword); err != nil {
					t.Fatal(err)
				}
			}
		}
		if _, err := db.InvitationUser(ctx, res.Invitations[0].Secret); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("the admin's link still works once the mailed one was used: %v", err)
		}
	})
}

func firstOutboxID(t *testing.T, db *store.DB) int64 {
	t.Helper()
	page, err := db.Outbox(context.Background(), 100)
	if err != nil || len(page.Latest) == 0 {
		t.Fatalf("outbox: %+v %v", page, err)
	}
	return page.Latest[len(page.Latest)-1].ID
}
