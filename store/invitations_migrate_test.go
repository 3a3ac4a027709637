package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestMigrationForgetsQueuedInvitationSecrets: an invitation queued before
// migration 31 held its link's secret in the outbox; after it the row names
// the invitation by its hash, and the message, when claimed, carries a new
// link that opens the same account.
func TestMigrationForgetsQueuedInvitationSecrets(t *testing.T) {
	storetest.EachAddress(t, func(t *testing.T, fresh func() string) { forgetQueuedSecrets(t, fresh()) })
}

func forgetQueuedSecrets(t *testing.T, addr string) {
	ctx := context.Background()
	old, err := store.OpenAtVersionForTest(ctx, addr, 30) // the version before 31
	if err != nil {
		t.Fatal(err)
	}
	res, err := old.ImportRoster(ctx, 0, []member.RosterEntry{{Line: 2, Name: "Ana", Email: "ana@example.org", GoodStanding: true}})
	if err != nil || len(res.Invitations) != 1 {
		t.Fatalf("roster: %+v %v", res, err)
	}
	secret := res.Invitations[0].Secret
	// The row as Charter wrote it before migration 31.
	if err := old.ExecForTest(ctx, "UPDATE outbox SET personal = ?", fmt.Sprintf(`{"name":"Ana","secret":%q}`, secret)); err != nil {
		t.Fatal(err)
	}
	_ = old.Close()

	db, err := store.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	dump, err := db.DumpForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range dump["outbox"] {
		if p := fmt.Sprint(row["personal"]); strings.Contains(p, member.PrefixInvitation) || !strings.Contains(p, member.SecretHash(secret)) {
			t.Errorf("the outbox row after migration 31: %s", p)
		}
	}
	claimed, err := db.ClaimMail(ctx, "w", 10, time.Minute)
	if err != nil || len(claimed) != 1 {
		t.Fatalf("claimed %d messages (%v), want Ana's invitation", len(claimed), err)
	}
	link := claimed[0].Recipient.Secret
	if link == secret || !strings.HasPrefix(link, member.PrefixInvitation) {
		t.Fatalf("the claimed invitation carries %q", link)
	}
	if u, err := db.InvitationUser(ctx, link); err != nil || u.Email != "ana@example.org" {
		t.Errorf("the mailed link opens %q (%v)", u.Email, err)
	}
}
