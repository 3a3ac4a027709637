package store_test

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// reopen is a second Charter instance on the same database.
func reopen(t testing.TB, address string) *store.DB {
	t.Helper()
	other, err := store.Open(context.Background(), address)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = other.Close() })
	return other
}

// eachAddress runs fn on a SQLite file and on a PostgreSQL database, by
// address, so that the test can open them twice.
func eachAddress(t *testing.T, fn func(t *testing.T, address string)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, "sqlite:"+t.TempDir()+"/charter.db") })
	t.Run("postgres", func(t *testing.T) {
		address, err := storetest.NewPostgresDatabase(t)
		if err != nil {
			t.Fatal(err)
		}
		fn(t, address)
	})
}

// votedPoll opens a poll on db, has its voters vote and closes it.
func votedPoll(t *testing.T, db *store.DB, n int) storetest.Poll {
	t.Helper()
	poll := storetest.OpenPoll(t, db, n)
	for _, v := range poll.Voters {
		if _, err := db.CastBallot(context.Background(), v, poll.Ballot.ID, []ballot.Choice{ballot.Yes}, hashes(poll.Ballot)); err != nil {
			t.Fatal(err)
		}
	}
	db.UseClock(func() time.Time { return poll.Ballot.ClosesAt })
	if err := db.CloseBallot(context.Background(), poll.Officer, poll.Ballot.ID); err != nil {
		t.Fatal(err)
	}
	return poll
}

// TestOneTellerCannotCount: a single share opens nothing; a key that is
// not the teller's, or a member who is not a teller, gives nothing; a
// teller giving twice counts once.
func TestOneTellerCannotCount(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := votedPoll(t, db, 4)
		id, tellers := poll.Ballot.ID, poll.Tellers
		if _, err := db.GiveShare(ctx, tellers[0].User, id, tellers[1].Key); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("a teller giving another teller's key: %v", err)
		}
		if _, err := db.GiveShare(ctx, poll.Voters[0], id, tellers[0].Key); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member giving a teller's key: %v", err)
		}
		for range 2 {
			p, err := db.GiveShare(ctx, tellers[0].User, id, tellers[0].Key)
			if err != nil || p.Counted || p.Given() != 1 {
				t.Fatalf("one teller, giving their key: %+v %v", p, err)
			}
		}
		if _, err := db.BallotResults(ctx, id); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("results after one share of two: %v", err)
		}
		p, err := db.GiveShare(ctx, tellers[2].User, id, tellers[2].Key)
		if err != nil || !p.Counted {
			t.Fatalf("the second teller: %+v %v", p, err)
		}
		if res, err := db.BallotResults(ctx, id); err != nil || res.Results[0].Yes != 4 {
			t.Errorf("results: %+v %v", res.Results, err)
		}
		if _, err := db.GiveShare(ctx, tellers[1].User, id, tellers[1].Key); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("a share after the count: %v", err)
		}
		events, err := db.AuditEvents(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		var counted string
		for _, e := range events {
			if e.Action == "ballot.count" {
				counted = e.Detail
			}
		}
		if !strings.Contains(counted, tellers[0].Name) || !strings.Contains(counted, tellers[2].Name) || strings.Contains(counted, tellers[1].Name) {
			t.Errorf("the audit log names the tellers who counted: %q", counted)
		}
	})
}

// TestCountAcrossInstances: tellers give their shares through two
// instances; the one that holds the count's key counts once the other
// has the last share, on its next heartbeat.
func TestCountAcrossInstances(t *testing.T) {
	store.CountTimingForTest(t, 50*time.Millisecond, time.Minute)
	eachAddress(t, func(t *testing.T, address string) {
		ctx := context.Background()
		first := reopen(t, address)
		poll := votedPoll(t, first, 3)
		second := reopen(t, address)
		if p, err := first.GiveShare(ctx, poll.Tellers[0].User, poll.Ballot.ID, poll.Tellers[0].Key); err != nil || p.Given() != 1 {
			t.Fatalf("through the first instance: %+v %v", p, err)
		}
		if p, err := second.GiveShare(ctx, poll.Tellers[1].User, poll.Ballot.ID, poll.Tellers[1].Key); err != nil || p.Counted {
			t.Fatalf("through the second instance, which holds no key: %+v %v", p, err)
		}
		deadline := time.Now().Add(10 * time.Second)
		for {
			p, err := second.BallotCount(ctx, poll.Ballot.ID)
			if err != nil {
				t.Fatal(err)
			}
			if p.Counted {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("the holding instance did not count")
			}
			time.Sleep(20 * time.Millisecond)
		}
		if res, err := second.BallotResults(ctx, poll.Ballot.ID); err != nil || len(res.Papers) != 3 {
			t.Errorf("results: %v", err)
		}
	})
}

// TestCountOutlivesItsHolder: when the instance holding a count stops (a
// restart), the shares given to it are lost with its key; once its
// heartbeat is stale, a share given elsewhere starts the count again, and
// the tellers who had given theirs give them again.
func TestCountOutlivesItsHolder(t *testing.T) {
	store.CountTimingForTest(t, 50*time.Millisecond, 300*time.Millisecond)
	eachAddress(t, func(t *testing.T, address string) {
		ctx := context.Background()
		first := reopen(t, address)
		poll := votedPoll(t, first, 3)
		if _, err := first.GiveShare(ctx, poll.Tellers[0].User, poll.Ballot.ID, poll.Tellers[0].Key); err != nil {
			t.Fatal(err)
		}
		_ = first.Close()
		second := reopen(t, address)
		time.Sleep(400 * time.Millisecond)
		p, err := second.GiveShare(ctx, poll.Tellers[1].User, poll.Ballot.ID, poll.Tellers[1].Key)
		if err != nil || p.Counted || p.Given() != 1 {
			t.Fatalf("after the holder stopped: %+v %v", p, err)
		}
		if p, err = second.GiveShare(ctx, poll.Tellers[0].User, poll.Ballot.ID, poll.Tellers[0].Key); err != nil || !p.Counted {
			t.Fatalf("the first teller again: %+v %v", p, err)
		}
	})
}

// TestCountStopsOnATamperedBallot: a member marked as having voted behind
// Charter's back, with no paper, stops the count before anything is
// opened or published; the count is dropped and the audit log says why.
func TestCountStopsOnATamperedBallot(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, db, 4)
		for _, v := range poll.Voters[:3] {
			if _, err := db.CastBallot(ctx, v, poll.Ballot.ID, []ballot.Choice{ballot.No}, hashes(poll.Ballot)); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.ExecForTest(ctx, "UPDATE ballot_roll SET voted = TRUE WHERE ballot_id = ? AND user_id = ?", poll.Ballot.ID, poll.Voters[3].ID); err != nil {
			t.Fatal(err)
		}
		db.UseClock(func() time.Time { return poll.Ballot.ClosesAt })
		if err := db.CloseBallot(ctx, poll.Officer, poll.Ballot.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.GiveShare(ctx, poll.Tellers[0].User, poll.Ballot.ID, poll.Tellers[0].Key); err != nil {
			t.Fatal(err)
		}
		_, err := db.GiveShare(ctx, poll.Tellers[1].User, poll.Ballot.ID, poll.Tellers[1].Key)
		if charter.ErrorCode(err) != charter.ECONFLICT || !strings.Contains(err.Error(), "3 sealed papers for 4 members") {
			t.Fatalf("counting a tampered ballot: %v", err)
		}
		p, err := db.BallotCount(ctx, poll.Ballot.ID)
		if err != nil || p.Counted || p.Given() != 0 {
			t.Errorf("after the failed count: %+v %v", p, err)
		}
		if _, err := db.BallotResults(ctx, poll.Ballot.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("results of a failed count: %v", err)
		}
		events, _ := db.AuditEvents(ctx, 0)
		if last := events[len(events)-1]; last.Action != "ballot.count_failed" || !strings.Contains(last.Detail, "3 sealed papers for 4 members") {
			t.Errorf("the audit log's last event: %+v", last)
		}
	})
}

// TestCloseWaitsForVotesInFlight (PostgreSQL, where writers run side by
// side): a vote slowed after it marked the roll, and the officer's close
// at that moment. The close used to rewrite the roll from what it read
// before the vote committed, leaving the voter unmarked beside their
// sealed paper, so that the ballot could never be counted. The close now
// waits for the vote.
func TestCloseWaitsForVotesInFlight(t *testing.T) {
	address, err := storetest.NewPostgresDatabase(t)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	voters := reopen(t, address)
	poll := storetest.OpenPoll(t, voters, 4)
	id := poll.Ballot.ID
	for _, v := range poll.Voters[:2] {
		if _, err := voters.CastBallot(ctx, v, id, []ballot.Choice{ballot.Yes}, hashes(poll.Ballot)); err != nil {
			t.Fatal(err)
		}
	}
	officer := reopen(t, address)
	voters.UseClock(func() time.Time { return poll.Ballot.ClosesAt.Add(-time.Second) })
	officer.UseClock(func() time.Time { return poll.Ballot.ClosesAt })

	// Another session holds the sealed papers: the vote marks the roll,
	// then waits to store its paper.
	slow := reopen(t, address)
	release := make(chan struct{})
	held := make(chan error, 1)
	go func() {
		held <- slow.HoldTableForTest(ctx, "sealed_papers", release)
	}()
	time.Sleep(200 * time.Millisecond)
	voted := make(chan error, 1)
	go func() {
		_, err := voters.CastBallot(ctx, poll.Voters[2], id, []ballot.Choice{ballot.No}, hashes(poll.Ballot))
		voted <- err
	}()
	time.Sleep(300 * time.Millisecond)
	closed := make(chan error, 1)
	go func() { closed <- officer.CloseBallot(ctx, poll.Officer, id) }()
	time.Sleep(300 * time.Millisecond)
	close(release)
	if err := <-held; err != nil {
		t.Fatal(err)
	}
	if err := <-voted; err != nil {
		t.Fatalf("the vote in flight: %v", err)
	}
	if err := <-closed; err != nil {
		t.Fatalf("the close: %v", err)
	}
	if _, done, _ := officer.Voted(ctx, poll.Voters[2], id); !done {
		t.Error("the voter whose vote was in flight is unmarked after the close")
	}
	storetest.Count(t, officer, id, poll.Tellers)
	if res, err := officer.BallotResults(ctx, id); err != nil || len(res.Papers) != 3 {
		t.Errorf("after the count: %v", err)
	}
}

// dropTrigger drops one of Charter's triggers, as someone who owns the
// database can.
func dropTrigger(t *testing.T, db *store.DB, name, table string) {
	t.Helper()
	statement := "DROP TRIGGER " + name
	if db.Dialect == store.Postgres {
		statement += " ON " + table
	}
	if err := db.ExecForTest(context.Background(), statement); err != nil {
		t.Fatal(err)
	}
}

// TestPapersKeysAndSharesNeverChange: the database refuses to change a
// sealed or published paper, a ballot's key or a teller's share; someone
// who drops the triggers first is found out by charter check, and the
// officer cannot certify a result whose papers changed after the count.
func TestPapersKeysAndSharesNeverChange(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, db, 3)
		id := poll.Ballot.ID
		for _, v := range poll.Voters {
			if _, err := db.CastBallot(ctx, v, id, []ballot.Choice{ballot.Yes}, hashes(poll.Ballot)); err != nil {
				t.Fatal(err)
			}
		}
		for _, change := range []string{
			"UPDATE sealed_papers SET sealed = 'forged' WHERE ballot_id = ?",
			"UPDATE ballots SET public_key = 'AAAA' WHERE id = ?",
			"UPDATE ballots SET shares_needed = 1 WHERE id = ?",
			"UPDATE ballot_tellers SET sealed_share = 'forged' WHERE ballot_id = ?",
		} {
			if err := db.ExecForTest(ctx, change, id); err == nil || !strings.Contains(err.Error(), "never changed") {
				t.Errorf("%s: %v", change, err)
			}
		}
		poll.CloseAndCount(t, db)
		if err := db.ExecForTest(ctx, "UPDATE ballot_papers SET choices = 'no' WHERE ballot_id = ?", id); err == nil || !strings.Contains(err.Error(), "never changed") {
			t.Errorf("changing a published paper: %v", err)
		}
		if in, err := db.CheckIntegrity(ctx); err != nil || len(in.Problems) != 0 {
			t.Fatalf("check before any tampering: %v %v", in.Problems, err)
		}

		dropTrigger(t, db, "ballot_papers_unchanged", "ballot_papers")
		dropTrigger(t, db, "ballots_key_unchanged", "ballots")
		if err := db.ExecForTest(ctx, "UPDATE ballot_papers SET choices = 'no' WHERE ballot_id = ?", id); err != nil {
			t.Fatal(err)
		}
		if err := db.ExecForTest(ctx, "UPDATE ballots SET public_key = ? WHERE id = ?", base64.StdEncoding.EncodeToString(make([]byte, 32)), id); err != nil {
			t.Fatal(err)
		}
		in, err := db.CheckIntegrity(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{fmt.Sprintf("ballot %d: its key is not the one its notice recorded", id), fmt.Sprintf("ballot %d: its published papers are not those its count recorded", id)}
		for _, w := range want {
			found := false
			for _, p := range in.Problems {
				found = found || strings.HasPrefix(p, w)
			}
			if !found {
				t.Errorf("charter check does not report %q: %q", w, in.Problems)
			}
		}
		if _, err := db.CertifyBallot(ctx, poll.Officer, id, ""); charter.ErrorCode(err) != charter.ECONFLICT || !strings.Contains(err.Error(), "changed after the count") {
			t.Errorf("certifying papers changed after the count: %v", err)
		}
	})
}

// TestHomeReadsWhereTheReaderStands: the home page's read model says, in
// one read, which ballots hold the reader on their roll, which they voted
// on, and of which closed ones they are a teller whose share is due.
func TestHomeReadsWhereTheReaderStands(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, db, 3)
		id := poll.Ballot.ID
		if _, err := db.CastBallot(ctx, poll.Voters[0], id, []ballot.Choice{ballot.Yes}, hashes(poll.Ballot)); err != nil {
			t.Fatal(err)
		}
		voter, err := db.Home(ctx, poll.Voters[0], 8)
		if err != nil {
			t.Fatal(err)
		}
		other, _ := db.Home(ctx, poll.Voters[1], 8)
		if !voter.OnRoll[id] || !voter.Voted[id] || !other.OnRoll[id] || other.Voted[id] || len(voter.Ballots) != 1 {
			t.Errorf("home: voter %+v, other %+v", voter, other)
		}
		for _, v := range poll.Voters[1:] {
			if _, err := db.CastBallot(ctx, v, id, []ballot.Choice{ballot.No}, hashes(poll.Ballot)); err != nil {
				t.Fatal(err)
			}
		}
		db.UseClock(func() time.Time { return poll.Ballot.ClosesAt })
		if err := db.CloseBallot(ctx, poll.Officer, id); err != nil {
			t.Fatal(err)
		}
		if _, err := db.GiveShare(ctx, poll.Tellers[0].User, id, poll.Tellers[0].Key); err != nil {
			t.Fatal(err)
		}
		gave, _ := db.Home(ctx, poll.Tellers[0].User, 8)
		due, _ := db.Home(ctx, poll.Tellers[1].User, 8)
		if gave.ShareDue[id] || !due.ShareDue[id] || voter.ShareDue[id] {
			t.Errorf("shares due: the teller who gave %v, one who did not %v", gave.ShareDue, due.ShareDue)
		}
	})
}

// TestBallotPageIsOneRead: a ballot's page for a voter holds the ballot
// with its turnout, the reader's line, the tellers, and the result once
// counted.
func TestBallotPageIsOneRead(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := votedPoll(t, db, 3)
		p, err := db.BallotPage(ctx, poll.Voters[0], poll.Ballot.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !p.OnRoll || !p.Voted || p.Ballot.Turnout != 3 || len(p.Count.Tellers) != 3 || p.Results != nil {
			t.Errorf("closed: %+v", p)
		}
		storetest.Count(t, db, poll.Ballot.ID, poll.Tellers)
		if p, err = db.BallotPage(ctx, poll.Officer, poll.Ballot.ID); err != nil || p.OnRoll || p.Results == nil || p.Results.Results[0].Yes != 3 || !p.Count.Counted {
			t.Errorf("counted, for the officer: %+v %v", p, err)
		}
	})
}
