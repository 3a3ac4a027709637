package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestKillDuringVotes kills the real server with SIGKILL in the middle of a
// burst of votes, restarts it on the same database, and checks that every
// acknowledged ballot is there with its choice, that a vote in flight at the
// kill either counts whole or not at all, and that each voter still votes
// exactly once.
func TestKillDuringVotes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills the real binary")
	}
	onEachDatabase(t, buildCharter(t), killDuringVotes)
}

const (
	pollVoters = 400
	killAfter  = 120 // acknowledged votes before the kill
)

// voteOutcome is what a voter's client learned.
type voteOutcome struct {
	sent, acked bool
	tracker     string
}

func killDuringVotes(t *testing.T, bin, addr string) {
	ctx := context.Background()
	db, err := store.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	poll := storetest.OpenPoll(t, db, pollVoters)
	tokens := make([]string, len(poll.Voters))
	for i, v := range poll.Voters {
		if tokens[i], err = db.CreateToken(ctx, 0, v.ID, "kill test"); err != nil {
			t.Fatal(err)
		}
	}
	choice := func(i int) ballot.Choice { return []ballot.Choice{ballot.Yes, ballot.No, ballot.Abstain}[i%3] }
	vote := func(base string, client *http.Client, i int) (int, string, error) {
		body, _ := json.Marshal(map[string]any{"choices": []ballot.Choice{choice(i)}, "snapshot_sha256": []string{poll.Ballot.Questions[0].SHA256}})
		req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/api/v1/ballots/%d/votes", base, poll.Ballot.ID), bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+tokens[i])
		req.Header.Set("Content-Type", "application/json")
		res, err := client.Do(req)
		if err != nil {
			return 0, "", err
		}
		defer res.Body.Close()
		var out struct {
			Tracker string `json:"tracker"`
		}
		data, _ := io.ReadAll(res.Body)
		_ = json.Unmarshal(data, &out)
		return res.StatusCode, out.Tracker, nil
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}

	// The burst: 32 clients at once; the server dies after killAfter acks.
	server := startCharter(t, bin, addr)
	outcomes := make([]voteOutcome, len(poll.Voters))
	var acked atomic.Int64
	var killed atomic.Bool
	var kill sync.Once
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if killed.Load() {
					continue
				}
				outcomes[i].sent = true
				status, tracker, err := vote(server.base, client, i)
				if err == nil && status == http.StatusCreated && tracker != "" {
					outcomes[i].acked, outcomes[i].tracker = true, tracker
					if acked.Add(1) == killAfter {
						kill.Do(func() { killed.Store(true); server.kill(t) })
					}
				} else if err == nil && !killed.Load() {
					t.Errorf("voter %d before the kill: status %d", i, status)
				}
			}
		}()
	}
	for i := range poll.Voters {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if !killed.Load() {
		t.Fatalf("the burst ended before %d acknowledgements; the server was never killed", killAfter)
	}
	server.wait(t)
	var inFlight int
	for _, o := range outcomes {
		if o.sent && !o.acked {
			inFlight++
		}
	}
	t.Logf("killed with %d votes acknowledged and %d unanswered", acked.Load(), inFlight)

	// After a restart: acknowledged voters are refused a second ballot; a
	// vote that was in flight either counted (refused now) or did not (taken
	// now); everyone else votes for the first time.
	server = startCharter(t, bin, addr)
	counted, inFlightCounted := 0, 0
	for i, o := range outcomes {
		status, _, err := vote(server.base, client, i)
		if err != nil {
			t.Fatalf("voter %d after restart: %v", i, err)
		}
		switch {
		case o.acked && status != http.StatusConflict:
			t.Errorf("voter %d, acknowledged before the kill, voted again: status %d", i, status)
		case o.sent && !o.acked && status != http.StatusConflict && status != http.StatusCreated:
			t.Errorf("voter %d, in flight at the kill: status %d", i, status)
		case !o.sent && status != http.StatusCreated:
			t.Errorf("voter %d, first vote after restart: status %d", i, status)
		}
		if o.acked || status == http.StatusCreated || status == http.StatusConflict {
			counted++
		}
		if o.sent && !o.acked && status == http.StatusConflict {
			inFlightCounted++
		}
	}
	t.Logf("after the restart, %d of the unanswered votes had been stored whole", inFlightCounted)
	server.stop(t)

	// Close on a clock past the closing time and recount every paper.
	closing := poll.Ballot.ClosesAt.Add(time.Minute)
	db.UseClock(func() time.Time { return closing })
	if err := db.CloseBallot(ctx, poll.Officer, poll.Ballot.ID); err != nil {
		t.Fatal(err)
	}
	storetest.Count(t, db, poll.Ballot.ID, poll.Tellers)
	res, err := db.BallotResults(ctx, poll.Ballot.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Papers) != counted || res.Ballot.Turnout != counted {
		t.Errorf("%d papers and %d voters marked on the roll; want %d of each", len(res.Papers), res.Ballot.Turnout, counted)
	}
	byTracker := map[string][]ballot.Choice{}
	for _, p := range res.Papers {
		byTracker[p.Tracker] = p.Choices
	}
	for i, o := range outcomes {
		if !o.acked {
			continue
		}
		if got := byTracker[o.tracker]; len(got) != 1 || got[0] != choice(i) {
			t.Errorf("acknowledged ballot %s of voter %d: published %v, cast %s", o.tracker, i, got, choice(i))
		}
	}
	c := res.Results[0].Count
	if c.Yes+c.No+c.Abstain != counted {
		t.Errorf("tally %+v does not add up to %d ballots", c, counted)
	}
}

// charterProcess is a running `charter serve`.
type charterProcess struct {
	cmd    *exec.Cmd
	base   string
	done   chan error
	stderr *syncBuffer // its log
}

func startCharter(t *testing.T, bin, addr string, flags ...string) *charterProcess {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	listen := l.Addr().String()
	_ = l.Close()
	cmd := exec.Command(bin, append([]string{"serve", "--db", addr, "--addr", listen}, flags...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &syncBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &charterProcess{cmd: cmd, base: "http://" + listen, done: make(chan error, 1), stderr: stderr}
	ready := make(chan struct{})
	go func() {
		lines := bufio.NewScanner(stdout)
		for lines.Scan() {
			if strings.Contains(lines.Text(), "Charter is serving") {
				close(ready)
			}
		}
		p.done <- cmd.Wait()
	}()
	select {
	case <-ready:
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("charter serve did not start: %s", stderr.String())
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		if t.Failed() { // what the server logged says why
			t.Logf("charter serve's log:\n%s", stderr.String())
		}
	})
	return p
}

// kill sends SIGKILL: no shutdown, no flush, no deferred close.
func (p *charterProcess) kill(t *testing.T) {
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Errorf("kill: %v", err)
	}
}

func (p *charterProcess) wait(t *testing.T) {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		t.Fatal("charter serve did not exit")
	}
}

// stop asks for a graceful shutdown, as a service manager would.
func (p *charterProcess) stop(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-p.done:
		if err != nil {
			t.Errorf("charter serve after SIGTERM: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("charter serve did not stop on SIGTERM")
	}
}
