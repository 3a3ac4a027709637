package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestReady: ready on a migrated database; not ready, saying it is the
// schema, when a newer Charter has moved the schema on; ready again once
// it is this binary's; not ready, for another reason, once closed.
func TestReady(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		if err := db.Ready(ctx); err != nil {
			t.Fatalf("a migrated database: %v", err)
		}
		if err := db.ExecForTest(ctx, "INSERT INTO schema_migrations (version, applied_at) SELECT MAX(version) + 1, ? FROM schema_migrations", time.Now().UTC()); err != nil {
			t.Fatal(err)
		}
		if err := db.Ready(ctx); !errors.Is(err, store.ErrSchema) {
			t.Errorf("a schema one version ahead: %v, want ErrSchema", err)
		}
		if err := db.ExecForTest(ctx, "DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)"); err != nil {
			t.Fatal(err)
		}
		if err := db.Ready(ctx); err != nil {
			t.Errorf("the schema back to this binary's: %v", err)
		}
		_ = db.Close()
		if err := db.Ready(ctx); err == nil || errors.Is(err, store.ErrSchema) {
			t.Errorf("a closed database: %v, want an error that is not the schema's", err)
		}
	})
}

// TestReadings: the counts a scrape reads — the open ballot's roll and
// votes, the outbox's waiting and failed messages, the changes not yet
// read — move with what happens.
func TestReadings(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		p := storetest.OpenPoll(t, db, 4)
		b, err := db.Ballot(ctx, p.Ballot.ID)
		if err != nil {
			t.Fatal(err)
		}
		hashes := []string{b.Questions[0].SHA256}
		for _, v := range p.Voters[:3] { // the fewest a count opens
			if _, err := db.CastBallot(ctx, v, b.ID, []ballot.Choice{ballot.Yes}, hashes); err != nil {
				t.Fatal(err)
			}
		}
		r, err := db.Readings(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Ballots) != 1 || r.Ballots[0] != (store.BallotTurnout{ID: b.ID, Roll: int64(b.RollSize), Votes: 3}) || b.RollSize < 4 {
			t.Errorf("open ballots: %+v; want ballot %d with its roll of %d and 3 votes", r.Ballots, b.ID, b.RollSize)
		}
		if r.MailWaiting == 0 || r.MailFailed != 0 {
			t.Fatalf("after a notice: %d messages waiting, %d failed; want the notices waiting", r.MailWaiting, r.MailFailed)
		}
		if r.ChangesBehind != 0 || r.ChangesRead.IsZero() {
			t.Errorf("one instance, told of its own changes: %d behind, last read %v", r.ChangesBehind, r.ChangesRead)
		}
		claimed, err := db.ClaimMail(ctx, "test", 1, time.Minute)
		if err != nil || len(claimed) != 1 {
			t.Fatalf("claim: %v %v", claimed, err)
		}
		if err := db.MailFailed(ctx, claimed[0].ID, "test", "550 no such user", true, time.Time{}); err != nil {
			t.Fatal(err)
		}
		after, err := db.Readings(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if after.MailWaiting != r.MailWaiting-1 || after.MailFailed != 1 {
			t.Errorf("after a permanent failure: %d waiting, %d failed; want %d and 1", after.MailWaiting, after.MailFailed, r.MailWaiting-1)
		}
		p.CloseAndCount(t, db)
		if r, err := db.Readings(ctx); err != nil || len(r.Ballots) != 0 {
			t.Errorf("after the close: %+v %v; want no open ballot", r.Ballots, err)
		}
	})
}

// timings records what a TransactionTimer is told.
type timings struct {
	mu       sync.Mutex
	kinds    map[string]int
	lockWait int
}

func (t *timings) Transaction(kind string, took time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.kinds[kind]++
}

func (t *timings) WriteLockWait(time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.lockWait++
}

// TestTimingsAndMemos: once timed, each kind of transaction is told of,
// and SQLite's writes their wait for the lock; the memos count what they
// answered from memory and what they read.
func TestTimingsAndMemos(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		got := &timings{kinds: map[string]int{}}
		db.TimeTransactions(got)
		u, err := db.CreateUser(ctx, 0, store.NewUser{Email: "m@example.org", Name: "M", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		secret, err := db.CreateSession(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		credentials := db.Memos()["credentials"]
		if credentials == nil {
			t.Fatalf("no credentials memo among %v", db.Memos())
		}
		hits0, misses0 := credentials()
		for range 3 {
			if _, err := db.SessionUser(ctx, secret); err != nil {
				t.Fatal(err)
			}
		}
		if hits, misses := credentials(); hits-hits0 != 2 || misses-misses0 != 1 {
			t.Errorf("three reads of one session: %d hits, %d misses; want 2 and 1", hits-hits0, misses-misses0)
		}
		if _, err := db.Home(ctx, u, 10); err != nil {
			t.Fatal(err)
		}
		got.mu.Lock()
		defer got.mu.Unlock()
		if got.kinds[store.TransactionWrite] < 2 || got.kinds[store.TransactionRead]+got.kinds[store.TransactionView] == 0 {
			t.Errorf("transactions told: %v; want the two writes and the reads", got.kinds)
		}
		if sqlite := db.Dialect == store.SQLite; sqlite != (got.lockWait == got.kinds[store.TransactionWrite]) || !sqlite && got.lockWait != 0 {
			t.Errorf("%s: %d waits for the write lock for %d writes", db.Dialect, got.lockWait, got.kinds[store.TransactionWrite])
		}
	})
}
