package main

import (
	"context"
	"fmt"
	"maps"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/charter-org/charter/backup"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// How much load the drill runs: the mid-load backup waits for this many
// acknowledgements, and the load goes on for as many comments after it.
const (
	drillComments = 150
	drillVotes    = 40
	drillVoters   = 400
)

// TestRestoreDrill is the drill the operator guide asks for, on the real
// binary: `charter serve`, which also takes a scheduled backup at start,
// takes comments and votes from several clients at once; `charter backup`
// runs in the middle of that, and again once it has ended. Each backup is
// restored with `charter restore` into a database of its own and passes
// `charter check`; the second holds every acknowledged write, the first
// every write acknowledged before it started. A restore over the running
// server's database is refused.
func TestRestoreDrill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	onEachDatabase(t, buildCharter(t), restoreDrill)
}

// drillAcks is what the clients were told was stored.
type drillAcks struct {
	mu       sync.Mutex
	comments map[int64]string // id → body
	voters   map[int]bool     // indexes in the poll's voters
}

func (a *drillAcks) snapshot() (map[int64]string, map[int]bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return maps.Clone(a.comments), maps.Clone(a.voters)
}

func restoreDrill(t *testing.T, bin, addr string) {
	ctx := context.Background()
	s := newSite(t, addr)
	poll := storetest.OpenPoll(t, s.db, drillVoters)
	voteTokens := make([]string, len(poll.Voters))
	for i, v := range poll.Voters {
		var err error
		if voteTokens[i], err = s.db.CreateToken(ctx, 0, v.ID, "drill"); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	scheduled := filepath.Join(dir, "scheduled")
	server := startCharter(t, bin, addr, "--backup-every", "1h", "--backup-dir", scheduled)

	got := &drillAcks{comments: map[int64]string{}, voters: map[int]bool{}}
	var stop atomic.Bool
	var wg sync.WaitGroup
	var sent atomic.Int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				body := fmt.Sprintf("Drill comment %d.", sent.Add(1))
				a, err := fetch(testClient, apiRequest(http.MethodPost, server.base+"/api/v1/documents/"+siteSlug+"/comments", s.token,
					map[string]any{"version_id": s.version.ID, "section_key": s.section, "stance": "question", "body": body}))
				var out struct{ ID int64 }
				if err != nil || a.status != http.StatusCreated || jsonInto(a.body, &out) != nil || out.ID == 0 {
					t.Errorf("comment: %v %s", err, describe(a))
					return
				}
				got.mu.Lock()
				got.comments[out.ID] = body
				got.mu.Unlock()
			}
		}()
	}
	voters := make(chan int, len(poll.Voters))
	for i := range poll.Voters {
		voters <- i
	}
	close(voters)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range voters {
				if stop.Load() {
					return
				}
				a, err := fetch(testClient, apiRequest(http.MethodPost, fmt.Sprintf("%s/api/v1/ballots/%d/votes", server.base, poll.Ballot.ID), voteTokens[i],
					map[string]any{"choices": []ballot.Choice{ballot.Yes}, "snapshot_sha256": []string{poll.Ballot.Questions[0].SHA256}}))
				if err != nil || a.status != http.StatusCreated {
					t.Errorf("voter %d: %v %s", i, err, describe(a))
					return
				}
				got.mu.Lock()
				got.voters[i] = true
				got.mu.Unlock()
			}
		}()
	}
	// Wait for the load to have written enough, then back up in its middle.
	waitFor := func(comments, votes int) {
		for !t.Failed() {
			c, v := got.snapshot()
			if len(c) >= comments && (len(v) >= votes || len(v) == len(poll.Voters)) {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	waitFor(drillComments, drillVotes)
	commentsBefore, votersBefore := got.snapshot()
	mid := filepath.Join(dir, "mid"+backup.Extension(addr))
	if out, err := exec.Command(bin, "backup", "--db", addr, mid).CombinedOutput(); err != nil {
		t.Fatalf("charter backup under load: %v\n%s", err, out)
	} else {
		t.Logf("%s", strings.TrimSpace(string(out)))
	}
	waitFor(len(commentsBefore)+drillComments, 0)
	stop.Store(true)
	wg.Wait()
	if t.Failed() {
		return
	}
	commentsAll, votersAll := got.snapshot()
	after := filepath.Join(dir, "after"+backup.Extension(addr))
	if out, err := exec.Command(bin, "backup", "--db", addr, after).CombinedOutput(); err != nil {
		t.Fatalf("charter backup after the load: %v\n%s", err, out)
	}
	if out, err := exec.Command(bin, "restore", "--db", addr, "--force", after).CombinedOutput(); err == nil || !strings.Contains(string(out), "stop") {
		t.Errorf("charter restore over the running server's database: %v\n%s", err, out)
	}
	server.stop(t)

	for _, b := range []struct {
		name     string
		file     string
		comments map[int64]string
		voters   map[int]bool
	}{
		{"after the load", after, commentsAll, votersAll},
		{"in the middle of the load", mid, commentsBefore, votersBefore},
	} {
		restored := freshLike(t, addr)
		if out, err := exec.Command(bin, "restore", "--db", restored, b.file).CombinedOutput(); err != nil {
			t.Fatalf("charter restore of the backup taken %s: %v\n%s", b.name, err, out)
		}
		charterCheck(t, bin, restored)
		db, err := store.Open(ctx, restored)
		if err != nil {
			t.Fatal(err)
		}
		missing := 0
		for id, body := range b.comments {
			if c, err := db.Comment(ctx, id); err != nil || c.Body != body {
				missing++
			}
		}
		for i := range b.voters {
			if _, voted, err := db.Voted(ctx, poll.Voters[i], poll.Ballot.ID); err != nil || !voted {
				missing++
			}
		}
		comments, err := db.Comments(ctx, s.version.ID)
		if err != nil {
			t.Fatal(err)
		}
		bal, err := db.Ballot(ctx, poll.Ballot.ID)
		if err != nil {
			t.Fatal(err)
		}
		_ = db.Close()
		if missing > 0 {
			t.Errorf("the backup taken %s lacks %d of the %d comments and %d votes acknowledged before it began", b.name, missing, len(b.comments), len(b.voters))
		}
		t.Logf("backup taken %s: %d comments and %d votes acknowledged before it began, all restored; it holds %d comments and %d votes",
			b.name, len(b.comments), len(b.voters), len(comments), bal.Turnout)
	}

	// The scheduled backup, taken as the server started, restores too.
	entries, err := os.ReadDir(scheduled)
	if err != nil || len(entries) != 1 {
		t.Fatalf("scheduled backups: %d files, %v", len(entries), err)
	}
	restored := freshLike(t, addr)
	if out, err := exec.Command(bin, "restore", "--db", restored, filepath.Join(scheduled, entries[0].Name())).CombinedOutput(); err != nil {
		t.Fatalf("charter restore of the scheduled backup: %v\n%s", err, out)
	}
	charterCheck(t, bin, restored)
}

// freshLike is the address of a new, empty database on addr's engine.
func freshLike(t *testing.T, addr string) string {
	t.Helper()
	if strings.HasPrefix(addr, "sqlite:") {
		return "sqlite:" + filepath.Join(t.TempDir(), "restored.db")
	}
	fresh, err := storetest.NewPostgresDatabase(t)
	if err != nil {
		t.Fatal(err)
	}
	return fresh
}
