package store_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestRevocationTakesEffectEverywhere: a member's session or token revoked
// through one instance no longer works through another, at once; only that
// member's; and every revocation is in the audit chain.
func TestRevocationTakesEffectEverywhere(t *testing.T) {
	storetest.EachPair(t, func(t *testing.T, a, b *store.DB) {
		ctx := context.Background()
		voter := newVoter(t, a, "voter@example.org")
		other := newVoter(t, a, "other@example.org")
		phone, _ := a.CreateSession(ctx, voter.ID)
		laptop, _ := a.CreateSession(ctx, voter.ID)
		othersSession, _ := a.CreateSession(ctx, other.ID)
		script, _ := a.CreateToken(ctx, 0, voter.ID, "script")
		backup, _ := a.CreateToken(ctx, 0, voter.ID, "backup")

		creds, err := b.Credentials(ctx, voter.ID, phone)
		if err != nil {
			t.Fatal(err)
		}
		if len(creds.Sessions) != 2 || len(creds.Tokens) != 2 || creds.Tokens[0].Name != "backup" {
			t.Fatalf("credentials: %+v", creds)
		}
		var phoneID, laptopID string
		for _, s := range creds.Sessions {
			if s.Current {
				phoneID = s.ID
			} else {
				laptopID = s.ID
			}
			if s.ID == "" || strings.Contains(phone, s.ID) || strings.Contains(laptop, s.ID) || s.ID == member.SecretHash(phone) || s.ID == member.SecretHash(laptop) {
				t.Errorf("a session's public id %q gives away its secret or its hash", s.ID)
			}
		}
		if phoneID == "" || laptopID == "" {
			t.Fatalf("the asking session is not marked: %+v", creds.Sessions)
		}

		// Another member's session cannot be named through this one's account.
		othersCreds, _ := a.Credentials(ctx, other.ID, "")
		wantCode(t, a.RevokeSession(ctx, voter.ID, voter.ID, othersCreds.Sessions[0].ID), charter.ENOTFOUND)
		if _, err := b.SessionUser(ctx, othersSession); err != nil {
			t.Fatalf("another member's session ended: %v", err)
		}

		if err := a.RevokeSession(ctx, voter.ID, voter.ID, laptopID); err != nil {
			t.Fatal(err)
		}
		if _, err := b.SessionUser(ctx, laptop); charter.ErrorCode(err) != charter.EUNAUTHORIZED {
			t.Errorf("revoked session still works on the other instance: %v", err)
		}
		if _, err := b.SessionUser(ctx, phone); err != nil {
			t.Errorf("the other session ended too: %v", err)
		}
		wantCode(t, a.RevokeSession(ctx, voter.ID, voter.ID, laptopID), charter.ENOTFOUND)

		wantCode(t, a.RevokeToken(ctx, other.ID, other.ID, creds.Tokens[1].ID), charter.ENOTFOUND)
		if err := a.RevokeToken(ctx, voter.ID, voter.ID, creds.Tokens[1].ID); err != nil {
			t.Fatal(err)
		}
		if _, err := b.TokenUser(ctx, script); charter.ErrorCode(err) != charter.EUNAUTHORIZED {
			t.Errorf("revoked token still works on the other instance: %v", err)
		}
		if _, err := b.TokenUser(ctx, backup); err != nil {
			t.Errorf("the other token was revoked too: %v", err)
		}

		// An admin (here the operator, actor 0) logs the member out everywhere.
		revoked, err := b.RevokeAll(ctx, 0, voter.ID)
		if err != nil || revoked != (store.Revoked{Sessions: 1, Tokens: 1}) {
			t.Fatalf("revoke all: %+v %v", revoked, err)
		}
		if _, err := a.SessionUser(ctx, phone); charter.ErrorCode(err) != charter.EUNAUTHORIZED {
			t.Errorf("session after logging out everywhere: %v", err)
		}
		if _, err := a.TokenUser(ctx, backup); charter.ErrorCode(err) != charter.EUNAUTHORIZED {
			t.Errorf("token after logging out everywhere: %v", err)
		}
		if _, err := a.SessionUser(ctx, othersSession); err != nil {
			t.Errorf("another member was logged out: %v", err)
		}

		events, err := a.AuditEvents(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, e := range events[len(events)-3:] {
			actions = append(actions, e.Action)
			if e.Subject != "user:"+itoa(voter.ID) {
				t.Errorf("%s names %s", e.Action, e.Subject)
			}
		}
		if got := strings.Join(actions, " "); got != "session.revoke token.revoke user.logout_everywhere" {
			t.Errorf("audited: %s", got)
		}
		if last := events[len(events)-1]; last.ActorID != 0 || !strings.Contains(last.Detail, "1 sessions ended, 1 access tokens revoked") {
			t.Errorf("logout everywhere audited as %+v", last)
		}
		if _, err := b.VerifyAudit(ctx); err != nil {
			t.Error(err)
		}
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
