package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/store/storetest"
)

const (
	alternateVoters  = 200 // each votes once, through the instances in turn
	concurrentVoters = 100 // more, who each send the same vote at once through both; the site's two members join them
	sameVoteRequests = 8   // per concurrent voter, half through each instance
)

// TestScaleOut runs two real Charter instances on one PostgreSQL database,
// as behind a load balancer: instances started together migrate an empty
// database in turn; votes cast through both alternately, and the same
// member's vote sent many times at once through both, give one ballot per
// member, the others a 409, and the right tally after close, counted with
// the tellers' keys given through both; a member
// logged in through one instance posts through the other with the same
// session and form token, and a comment posted on either shows on the
// other's section page.
func TestScaleOut(t *testing.T) {
	bin, addr := postgresCharter(t)
	migrateTogether(t, bin, addr, 4)
	s := newSite(t, addr)
	poll := storetest.OpenPoll(t, s.db, alternateVoters+concurrentVoters)
	instances := []*charterProcess{startCharter(t, bin, addr), startCharter(t, bin, addr)}

	ctx := context.Background()
	tokens := make([]string, len(poll.Voters))
	for i, v := range poll.Voters {
		var err error
		if tokens[i], err = s.db.CreateToken(ctx, 0, v.ID, "scale-out test"); err != nil {
			t.Fatal(err)
		}
	}
	choice := func(i int) ballot.Choice {
		return []ballot.Choice{ballot.Yes, ballot.No, ballot.Abstain, ballot.Yes}[i%4]
	}
	vote := func(instance, i int) (answer, error) {
		return fetch(testClient, apiRequest(http.MethodPost, fmt.Sprintf("%s/api/v1/ballots/%d/votes", instances[instance].base, poll.Ballot.ID), tokens[i],
			map[string]any{"choices": []ballot.Choice{choice(i)}, "snapshot_sha256": []string{poll.Ballot.Questions[0].SHA256}}))
	}
	trackers := make([]string, len(poll.Voters))
	accepted := func(i int, a answer) bool {
		var out struct{ Tracker string }
		if a.status != http.StatusCreated || jsonInto(a.body, &out) != nil || out.Tracker == "" {
			return false
		}
		trackers[i] = out.Tracker
		return true
	}
	refused := func(a answer) bool {
		code, msg := a.apiError()
		return a.status == http.StatusConflict && code == "conflict" && msg != ""
	}

	// Alternately: voter i through instance i%2, then again through the
	// other one, which must know the first vote.
	var wg sync.WaitGroup
	jobs := make(chan int)
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				first, err := vote(i%2, i)
				if err != nil || !accepted(i, first) {
					t.Errorf("voter %d through instance %d: %v %s", i, i%2, err, describe(first))
					continue
				}
				if again, err := vote(1-i%2, i); err != nil || !refused(again) {
					t.Errorf("voter %d again through instance %d: %v %s", i, 1-i%2, err, describe(again))
				}
			}
		}()
	}
	for i := range alternateVoters {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	// At once: every request of every concurrent voter is released together.
	successes := make([]int, len(poll.Voters))
	var mu sync.Mutex
	start := make(chan struct{})
	for i := alternateVoters; i < len(poll.Voters); i++ {
		for r := range sameVoteRequests {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				a, err := vote(r%2, i)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err != nil:
					t.Errorf("voter %d through instance %d: %v", i, r%2, err)
				case accepted(i, a):
					successes[i]++
				case !refused(a):
					t.Errorf("voter %d, one of %d votes at once: %s", i, sameVoteRequests, describe(a))
				}
			}()
		}
	}
	close(start)
	wg.Wait()
	for i := alternateVoters; i < len(poll.Voters); i++ {
		if successes[i] != 1 {
			t.Errorf("voter %d sent %d votes at once through both instances: %d accepted; want 1", i, sameVoteRequests, successes[i])
		}
	}

	// The count after close: one teller gives their key through each
	// instance; the first holds the count's key and counts once the other
	// has the last share, on its next heartbeat.
	closing := poll.Ballot.ClosesAt.Add(time.Minute)
	s.db.UseClock(func() time.Time { return closing })
	if err := s.db.CloseBallot(ctx, poll.Officer, poll.Ballot.ID); err != nil {
		t.Fatal(err)
	}
	for i, teller := range poll.Tellers[:2] {
		token, err := s.db.CreateToken(ctx, 0, teller.ID, "scale-out test")
		if err != nil {
			t.Fatal(err)
		}
		a, err := fetch(testClient, apiRequest(http.MethodPost, fmt.Sprintf("%s/api/v1/ballots/%d/shares", instances[i].base, poll.Ballot.ID), token,
			map[string]any{"teller_key": teller.Key}))
		if err != nil || a.status != http.StatusOK {
			t.Fatalf("teller %d through instance %d: %v %s", i, i, err, describe(a))
		}
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		count, err := s.db.BallotCount(ctx, poll.Ballot.ID)
		if err != nil {
			t.Fatal(err)
		}
		if count.Counted {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no instance counted the ballot within 30 s of the last share")
		}
	}

	// The tally: one ballot per member, each with its choice.
	res, err := s.db.BallotResults(ctx, poll.Ballot.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := map[ballot.Choice]int{}
	for i := range poll.Voters {
		want[choice(i)]++
	}
	if n := len(poll.Voters); len(res.Papers) != n || res.Ballot.Turnout != n {
		t.Errorf("%d papers and a turnout of %d; want %d of each", len(res.Papers), res.Ballot.Turnout, n)
	}
	if c := res.Results[0].Count; c.Yes != want[ballot.Yes] || c.No != want[ballot.No] || c.Abstain != want[ballot.Abstain] {
		t.Errorf("tally %+v; want %v", c, want)
	}
	published := map[string]ballot.Choice{}
	for _, p := range res.Papers {
		if len(p.Choices) == 1 {
			published[p.Tracker] = p.Choices[0]
		}
	}
	for i, tr := range trackers {
		if got, ok := published[tr]; !ok || got != choice(i) {
			t.Errorf("voter %d's tracker %q: published %q, cast %q", i, tr, got, choice(i))
		}
	}
	t.Logf("%d members voted through two instances (%d requests); %d papers, tally %+v", len(poll.Voters),
		2*alternateVoters+concurrentVoters*sameVoteRequests, len(res.Papers), res.Results[0].Count)

	commentAcross(t, s, instances[0].base, instances[1].base)
	for _, p := range instances {
		p.stop(t)
	}
}

// commentAcross: one login, through a; a comment posted by form through b
// with the token a's page gave, and one posted through the API on a; each
// shows on the other instance's section page.
func commentAcross(t *testing.T, s *site, a, b string) {
	t.Helper()
	browser := newBrowser(t)
	browser.logIn(t, a, s.member.Email)
	page, token := browser.get(t, a+s.sectionPath())
	if page.status != http.StatusOK || token == "" {
		t.Fatalf("the section page on the first instance: %s", describe(page))
	}
	form := url.Values{"csrf_token": {token}, "version_id": {fmt.Sprint(s.version.ID)}, "stance": {"support"}, "body": {"Posted through the second instance."}}
	if res := browser.post(t, b+s.sectionPath()+"/comments", form); res.status != http.StatusSeeOther {
		t.Fatalf("a form from the first instance posted to the second: %s", describe(res))
	}
	if res := s.comment(t, a, "Posted through the first instance."); res.status != http.StatusCreated {
		t.Fatalf("a comment through the first instance's API: %s", describe(res))
	}
	for _, base := range []string{a, b} {
		page, _ := browser.get(t, base+s.sectionPath())
		for _, body := range []string{"Posted through the second instance.", "Posted through the first instance."} {
			if !strings.Contains(page.body, body) {
				t.Errorf("the section page on %s lacks %q: %s", base, body, describe(page))
			}
		}
	}
}

// migrateTogether starts n Charter commands at once on an empty database:
// each migrates it at start, and every one must succeed.
func migrateTogether(t *testing.T, bin, addr string, n int) {
	t.Helper()
	outs := make([][]byte, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], errs[i] = exec.Command(bin, "audit", "verify", "--db", addr).CombinedOutput()
		}()
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Errorf("command %d of %d started together on an empty database: %v\n%s", i+1, n, errs[i], outs[i])
		}
	}
}
