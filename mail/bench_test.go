package mail

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/mail/mailtest"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// BenchmarkNoticeToRoll gives notice of a ballot to a roll of 10,000
// members (queued in the notice's one transaction) and sends it to a local
// SMTP server: ns/op is the notice's transaction; queued-ms and sent/s
// are reported besides. Run with -benchtime=1x: one notice per run.
func BenchmarkNoticeToRoll(b *testing.B) {
	roll := 10000
	if os.Getenv("CHARTER_BENCH_ROLL") != "" {
		fmt.Sscan(os.Getenv("CHARTER_BENCH_ROLL"), &roll)
	}
	run := func(b *testing.B, db *store.DB) {
		ctx := context.Background()
		officer, err := db.CreateUser(ctx, 0, store.NewUser{Email: "officer@bench.invalid", Name: "Officer", Roles: []member.Role{member.RoleOfficer}, GoodStanding: true})
		if err != nil {
			b.Fatal(err)
		}
		entries := make([]member.RosterEntry, roll)
		for i := range entries {
			entries[i] = member.RosterEntry{Line: i + 2, Name: fmt.Sprintf("Member %d", i), Email: fmt.Sprintf("m%d@bench.invalid", i), GoodStanding: true}
		}
		if _, err := db.ImportRoster(ctx, officer.ID, entries); err != nil {
			b.Fatal(err)
		}
		server := mailtest.Start(b, mailtest.Options{})
		s := newSender(db, server, "bench")
		s.Batch = 100
		if err := s.deliverDue(ctx); err != nil { // the invitations
			b.Fatal(err)
		}
		tellers := storetest.NewTellers(b, db, "Bench teller", 2)
		rule, _ := ballot.ParseRule("majority", "cast", "none", 0)
		var queued, sending time.Duration
		sent := 0
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			start := time.Now()
			_, err := db.NoticeBallot(ctx, officer, store.NewBallot{Title: fmt.Sprintf("Bench %d", i), MinBallots: ballot.MinMinBallots,
				OpensAt: time.Now().Add(24 * time.Hour), ClosesAt: time.Now().Add(48 * time.Hour), Tellers: storetest.TellerIDs(tellers), SharesNeeded: 2,
				Questions: []store.NewQuestion{{Kind: ballot.KindReferendum, Question: "Should the union strike?", Rule: &rule}}})
			if err != nil {
				b.Fatal(err)
			}
			queued += time.Since(start)
			before := len(server.Received())
			start = time.Now()
			if err := s.deliverDue(ctx); err != nil {
				b.Fatal(err)
			}
			sending += time.Since(start)
			sent += len(server.Received()) - before
		}
		b.StopTimer()
		if sent != b.N*roll {
			b.Fatalf("sent %d messages, want %d", sent, b.N*roll)
		}
		b.ReportMetric(float64(queued.Milliseconds())/float64(b.N), "queued-ms")
		b.ReportMetric(float64(sent)/sending.Seconds(), "sent/s")
	}
	b.Run("sqlite", func(b *testing.B) { run(b, storetest.SQLite(b)) })
	if os.Getenv(storetest.PostgresEnv) != "" {
		b.Run("postgres", func(b *testing.B) { run(b, storetest.Postgres(b)) })
	}
}
