package main

import (
	"context"
	"fmt"
	"net/http"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// A comment's acknowledgement brings the kill once this much has been
// acknowledged, while the merges and votes go on.
const (
	killAfterComments = 100
	killAfterMerges   = 3
	killAfterVotes    = 20
	bylawRules        = 80  // clauses of the merged document, one amendment each
	killVoters        = 600 // more than are cast before the kill
)

// TestKillDuringWrites kills the real server with SIGKILL while members
// comment, the committee merges amendments one after another into new
// drafts of the same document, and members vote; then `charter check`
// must pass (the SQLite file, the audit chain, every version's text
// against its SHA-256, merged amendments in their versions, one ballot per
// participant), every acknowledged comment, merge and vote must be there,
// and the server must start again and take writes.
func TestKillDuringWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills the real binary")
	}
	onEachDatabase(t, buildCharter(t), killDuringWrites)
}

// bylaws has one clause per amendment, so each merges cleanly.
func bylaws() string {
	var b strings.Builder
	b.WriteString("# Bylaws\n\n## Article I. Rules\n\n")
	for k := range bylawRules {
		fmt.Fprintf(&b, "1. Rule %d reads as first written.\n", k)
	}
	return b.String()
}

// acked is what the clients were told was stored.
type acked struct {
	mu       sync.Mutex
	comments map[int64]string // id → body
	merges   map[int64]int64  // amendment → version
	voters   []int            // indexes in the poll's voters
}

func killDuringWrites(t *testing.T, bin, addr string) {
	ctx := context.Background()
	s := newSite(t, addr)
	poll := storetest.OpenPoll(t, s.db, killVoters)
	voteTokens := make([]string, len(poll.Voters))
	for i, v := range poll.Voters {
		var err error
		if voteTokens[i], err = s.db.CreateToken(ctx, 0, v.ID, "kill test"); err != nil {
			t.Fatal(err)
		}
	}
	text := bylaws()
	_, v1, err := s.db.CreateDocument(ctx, 0, store.NewDocument{Slug: "bylaws", Title: "Bylaws", Numbering: document.SchemeArticle, Markdown: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.SetCosponsorsNeeded(ctx, 0, "bylaws", 0); err != nil {
		t.Fatal(err)
	}
	amendments := make([]int64, bylawRules)
	for k := range amendments {
		proposed := strings.Replace(text, fmt.Sprintf("Rule %d reads as first written.", k), fmt.Sprintf("Rule %d reads as amended.", k), 1)
		a, err := s.db.ProposeAmendment(ctx, s.member, store.NewAmendment{DocumentSlug: "bylaws", BaseVersionID: v1.ID, Title: fmt.Sprintf("Rule %d", k), Proposed: []byte(proposed), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		amendments[k] = a.ID
	}

	server := startCharter(t, bin, addr)
	got := &acked{comments: map[int64]string{}, merges: map[int64]int64{}}
	head := v1.ID // the draft the committee merges into
	var killed atomic.Bool
	var kill sync.Once
	maybeKill := func() {
		got.mu.Lock()
		ready := len(got.comments) >= killAfterComments && len(got.merges) >= killAfterMerges && len(got.voters) >= killAfterVotes
		got.mu.Unlock()
		if ready {
			kill.Do(func() { killed.Store(true); server.kill(t) })
		}
	}
	var wg sync.WaitGroup
	stream := func(fn func()) {
		wg.Add(1)
		go func() { defer wg.Done(); fn() }()
	}

	// Comments, from 6 clients at once, on the constitution, whose version
	// stays put so every acknowledged comment can be looked up by it.
	var sent atomic.Int64
	for range 6 {
		stream(func() {
			for !killed.Load() {
				n := sent.Add(1)
				if n > 50000 {
					t.Error("50,000 comments and the other streams never reached the kill")
					return
				}
				body := fmt.Sprintf("Comment %d.", n)
				a, err := fetch(testClient, apiRequest(http.MethodPost, server.base+"/api/v1/documents/"+siteSlug+"/comments", s.token,
					map[string]any{"version_id": s.version.ID, "section_key": s.section, "stance": "question", "body": body}))
				var out struct{ ID int64 }
				switch {
				case err != nil || killed.Load():
				case a.status == http.StatusCreated && jsonInto(a.body, &out) == nil && out.ID != 0:
					got.mu.Lock()
					got.comments[out.ID] = body
					got.mu.Unlock()
					maybeKill()
				default:
					t.Errorf("comment before the kill: %s", describe(a))
				}
			}
		})
	}
	// Merges, one after another, as a committee works.
	stream(func() {
		for _, id := range amendments {
			if killed.Load() {
				return
			}
			a, err := fetch(testClient, apiRequest(http.MethodPost, server.base+"/api/v1/documents/bylaws/merges", s.committee,
				map[string]any{"amendment_ids": []int64{id}, "expected_head_version_id": head}))
			var out struct{ ID int64 }
			switch {
			case err != nil || killed.Load():
				return
			case a.status == http.StatusCreated && jsonInto(a.body, &out) == nil && out.ID != 0:
				got.mu.Lock()
				got.merges[id] = out.ID
				got.mu.Unlock()
				head = out.ID
			default:
				t.Errorf("merging amendment %d before the kill: %s", id, describe(a))
				return
			}
		}
	})
	// Votes, from 4 clients.
	voters := make(chan int, len(poll.Voters))
	for i := range poll.Voters {
		voters <- i
	}
	close(voters)
	for range 4 {
		stream(func() {
			for i := range voters {
				a, err := fetch(testClient, apiRequest(http.MethodPost, fmt.Sprintf("%s/api/v1/ballots/%d/votes", server.base, poll.Ballot.ID), voteTokens[i],
					map[string]any{"choices": []ballot.Choice{ballot.Yes}, "snapshot_sha256": []string{poll.Ballot.Questions[0].SHA256}}))
				switch {
				case err != nil || killed.Load():
					return
				case a.status == http.StatusCreated:
					got.mu.Lock()
					got.voters = append(got.voters, i)
					got.mu.Unlock()
				default:
					t.Errorf("voter %d before the kill: %s", i, describe(a))
				}
			}
		})
	}
	wg.Wait()
	if !killed.Load() {
		t.Fatalf("the writes ended before the kill: %d comments, %d merges, %d votes acknowledged", len(got.comments), len(got.merges), len(got.voters))
	}
	server.wait(t)
	t.Logf("killed after %d comments, %d merges and %d votes were acknowledged", len(got.comments), len(got.merges), len(got.voters))

	charterCheck(t, bin, addr)
	for id, body := range got.comments {
		if c, err := s.db.Comment(ctx, id); err != nil || c.Body != body {
			t.Errorf("acknowledged comment %d (%q): %q, %v", id, body, c.Body, err)
		}
	}
	for id, version := range got.merges {
		if a, err := s.db.Amendment(ctx, id); err != nil || a.Status != amendment.StatusMerged || a.MergedVersionID != version {
			t.Errorf("acknowledged merge of amendment %d into version %d: %s into %d, %v", id, version, a.Status, a.MergedVersionID, err)
		}
	}
	for _, i := range got.voters {
		if _, voted, err := s.db.Voted(ctx, poll.Voters[i], poll.Ballot.ID); err != nil || !voted {
			t.Errorf("acknowledged vote of voter %d: voted %v, %v", i, voted, err)
		}
	}

	// The server starts again on the same database and takes writes.
	server = startCharter(t, bin, addr)
	if a := s.comment(t, server.base, "After the restart."); a.status != http.StatusCreated {
		t.Errorf("a comment after the restart: %s", describe(a))
	}
	server.stop(t)
	charterCheck(t, bin, addr)
}

// charterCheck runs `charter check` and fails the test on any problem.
func charterCheck(t *testing.T, bin, addr string) {
	t.Helper()
	out, err := exec.Command(bin, "check", "--db", addr).CombinedOutput()
	if err != nil {
		t.Fatalf("charter check: %v\n%s", err, out)
	}
	t.Logf("charter check:\n%s", out)
}
