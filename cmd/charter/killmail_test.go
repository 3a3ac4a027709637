package main

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/charter-org/charter/mail/mailtest"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestKillWhileSending kills the real server with SIGKILL while it sends
// a roster's invitations and a ballot's notice to a real SMTP server,
// starts it again on the same database, and checks that every member
// received each message, and that a message that went twice (one the
// server had accepted and the killed process had not yet marked) went
// under its one Message-ID: each member holds exactly one distinct message
// of each.
func TestKillWhileSending(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills the real binary")
	}
	onEachDatabase(t, buildCharter(t), killWhileSending)
}

func killWhileSending(t *testing.T, bin, addr string) {
	ctx := context.Background()
	db, err := store.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	poll := storetest.OpenPoll(t, db, 400)
	server := mailtest.Start(t, mailtest.Options{})
	flags := []string{"-smtp-host", server.Host, "-smtp-port", strconv.Itoa(server.Port), "-smtp-security", "none",
		"-mail-from", "Local 12 <charter@local12.example.org>", "-base-url", "https://charter.local12.example.org",
		"-mail-rate", "0", "-mail-lease", "2s", "-reminder", "0"}
	first := startCharter(t, bin, addr, flags...)
	waitFor(t, "the first messages", func() bool { return len(server.Received()) >= 150 })
	first.kill(t)
	first.wait(t)
	atKill := len(server.Received())

	second := startCharter(t, bin, addr, flags...)
	waitFor(t, "the outbox to empty", func() bool {
		page, err := db.Outbox(ctx, 1)
		return err == nil && page.Waiting == 0
	})
	second.stop(t)

	page, err := db.Outbox(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := 2 * len(poll.Voters) // an invitation and a notice each
	if page.Sent != int64(want) || page.Failed != 0 {
		t.Errorf("outbox: %d sent, %d failed; want %d sent", page.Sent, page.Failed, want)
	}
	perRecipient := map[string]map[string]int{}
	for _, r := range server.Received() {
		if perRecipient[r.To] == nil {
			perRecipient[r.To] = map[string]int{}
		}
		perRecipient[r.To][r.MessageID]++
	}
	twice := 0
	for _, v := range poll.Voters {
		ids := perRecipient[v.Email]
		if len(ids) != 2 {
			t.Errorf("%s holds %d distinct messages, want 2", v.Email, len(ids))
		}
		for _, n := range ids {
			twice += n - 1
		}
	}
	t.Logf("%d messages before the kill, %d after; %d sent twice under one Message-ID", atKill, len(server.Received())-atKill, twice)
}

func waitFor(t *testing.T, what string, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !done() {
		if time.Now().After(deadline) {
			t.Fatalf("waited two minutes for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
