package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charter-org/charter/internal/corpus"
)

// union is the part of the generator's output (scripts/union) a load run
// reads.
type union struct {
	Large, Small  string
	LargeSections []string
	Amendments    []int64
	Ballot        int64
	BallotHashes  []string
	Readers       []string
	Voters        []string
	OfficerToken  string
	TellerIDs     []int64
	Base          string
	Proposed      string
	CorpusCase    string
}

// unionFlags are the flags of a run against a generated union.
type unionFlags struct {
	file, static, goStatic, saveStatic, trackers, charter, out string
	sink                                                       string
	only                                                       string
	pid, workers, votes, runs, sections                        int
	duration                                                   time.Duration
}

func addUnionFlags(f *unionFlags) {
	flag.StringVar(&f.file, "union", "", "a generated union (scripts/union generate -out): run the union's phases instead")
	flag.StringVar(&f.static, "static", "", "with -union: base URL of a static server (nginx) holding the document page as /page.html")
	flag.StringVar(&f.goStatic, "gostatic", "", "with -union: base URL of scripts/gostatic serving the same page as /page.html")
	flag.StringVar(&f.saveStatic, "save-static", "", "with -union: only fetch the 200-comment document page and write its bytes to this file")
	flag.StringVar(&f.trackers, "trackers", "", "with -union: write acknowledged trackers here, one a line")
	flag.StringVar(&f.charter, "charter", "", "with -union: the charter binary, to time `charter redline` beside `git diff --word-diff`")
	flag.StringVar(&f.out, "texts", "", "with -charter: directory to write the redline pairs to")
	flag.IntVar(&f.pid, "pid", 0, "with -union: the server's process id, to report its memory (VmRSS)")
	flag.IntVar(&f.votes, "votes", 0, "with -union: ballots to cast (0: one per member)")
	flag.IntVar(&f.runs, "runs", 20, "with -charter: runs of each redline command")
	flag.IntVar(&f.sections, "sections", 50, "with -union: how many of the commented sections to read in turn")
	flag.StringVar(&f.sink, "sink", "", "with -union: the address of scripts/smtpsink's count; the ballot page and the votes are then measured again while a notice to the whole roll is sent")
	flag.StringVar(&f.only, "only", "", "with -union: run only the phases whose names contain this (\"ballots\" for the votes)")
	flag.DurationVar(&f.duration, "d", 15*time.Second, "with -union: how long each page is read")
}

// sample is one request's outcome.
type sample struct {
	latency time.Duration
	status  int
	bytes   int64
}

// summary is a phase's line of the report.
type summary struct {
	name             string
	requests, errors int
	elapsed          time.Duration
	p50, p99, max    time.Duration
	bytes            int64
	load             string
	rss              string
}

func (s summary) row() string {
	per := float64(s.requests) / s.elapsed.Seconds()
	size := int64(0)
	if s.requests > 0 {
		size = s.bytes / int64(s.requests)
	}
	return fmt.Sprintf("| %s | %d | %.1f s | %.0f | %s | %s | %s | %d | %s | %s | %s |", s.name, s.requests, s.elapsed.Seconds(), per,
		ms(s.p50), ms(s.p99), ms(s.max), s.errors, kb(size), s.load, s.rss)
}

func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 1, 64) + " ms"
}
func kb(n int64) string { return strconv.FormatFloat(float64(n)/1024, 'f', 0, 64) + " KB" }

func summarize(name string, samples []sample, elapsed time.Duration, ok, pid int) summary {
	s := summary{name: name, requests: len(samples), elapsed: elapsed, load: loadavg(), rss: rss(pid)}
	var lat []time.Duration
	for _, x := range samples {
		if x.status != ok {
			s.errors++
		}
		s.bytes += x.bytes
		lat = append(lat, x.latency)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) > 0 {
		q := func(f float64) time.Duration { return lat[min(len(lat)-1, int(f*float64(len(lat))))] }
		s.p50, s.p99, s.max = q(0.50), q(0.99), lat[len(lat)-1]
	}
	return s
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(b))[0]
}

func rss(pid int) string {
	if pid == 0 {
		return ""
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kB, _ := strconv.Atoi(strings.Fields(v)[0])
			return fmt.Sprintf("%d MB", kB/1024)
		}
	}
	return "?"
}

func newTransport(conns int) *http.Transport {
	return &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, IdleConnTimeout: time.Minute, DisableCompression: true}
}

// get reads one page with a reader's session and discards the body.
func get(client *http.Client, url, session string) sample {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if session != "" {
		req.Header.Set("Cookie", "charter_session="+session)
	}
	start := time.Now()
	res, err := client.Do(req)
	if err != nil {
		return sample{latency: time.Since(start)}
	}
	n, _ := io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return sample{latency: time.Since(start), status: res.StatusCode, bytes: n}
}

// readPhase reads paths in turn from workers connections for d, each
// connection as one reader (its own session).
func readPhase(base string, paths []string, sessions []string, workers int, d time.Duration) ([]sample, time.Duration) {
	client := &http.Client{Transport: newTransport(workers), Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	var mu sync.Mutex
	var all []sample
	var next atomic.Int64
	began := time.Now()
	deadline := began.Add(d)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			session := ""
			if len(sessions) > 0 {
				session = sessions[w%len(sessions)]
			}
			var mine []sample
			for time.Now().Before(deadline) {
				p := paths[int(next.Add(1)-1)%len(paths)]
				mine = append(mine, get(client, base+p, session))
			}
			mu.Lock()
			all = append(all, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	client.CloseIdleConnections()
	return all, time.Since(began)
}

// votePhase casts one ballot per voter token through the API, from workers
// connections, and returns the acknowledged trackers.
func votePhase(base string, u union, n, workers int) ([]sample, time.Duration, []string) {
	client := &http.Client{Transport: newTransport(workers), Timeout: 30 * time.Second}
	choices := []string{"yes", "yes", "no", "abstain"}
	url := fmt.Sprintf("%s/api/v1/ballots/%d/votes", base, u.Ballot)
	var mu sync.Mutex
	var all []sample
	var trackers []string
	jobs := make(chan int)
	var wg sync.WaitGroup
	began := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				cs := make([]string, len(u.BallotHashes))
				for q := range cs {
					cs[q] = choices[(i+q)%len(choices)]
				}
				body, _ := json.Marshal(map[string]any{"choices": cs, "snapshot_sha256": u.BallotHashes})
				s, tracker := post(client, url, u.Voters[i], body)
				mu.Lock()
				all = append(all, s)
				if tracker != "" {
					trackers = append(trackers, tracker)
				}
				mu.Unlock()
			}
		}()
	}
	for i := range n {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return all, time.Since(began), trackers
}

func post(client *http.Client, url, token string, body []byte) (sample, string) {
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	start := time.Now()
	res, err := client.Do(req)
	if err != nil {
		return sample{latency: time.Since(start)}, ""
	}
	raw, _ := io.ReadAll(res.Body)
	res.Body.Close()
	s := sample{latency: time.Since(start), status: res.StatusCode, bytes: int64(len(raw))}
	var out struct{ Tracker string }
	if res.StatusCode == http.StatusCreated && json.Unmarshal(raw, &out) == nil {
		return s, out.Tracker
	}
	return s, ""
}

func runUnion(base string, f unionFlags) error {
	raw, err := os.ReadFile(f.file)
	if err != nil {
		return err
	}
	var u union
	if err := json.Unmarshal(raw, &u); err != nil {
		return err
	}
	client := &http.Client{Timeout: 60 * time.Second}
	if f.saveStatic != "" {
		req, _ := http.NewRequest(http.MethodGet, base+"/documents/"+u.Small, nil)
		req.Header.Set("Cookie", "charter_session="+u.Readers[0])
		res, err := client.Do(req)
		if err != nil {
			return err
		}
		defer res.Body.Close()
		page, err := io.ReadAll(res.Body)
		if err != nil {
			return err
		}
		if res.StatusCode != http.StatusOK {
			return fmt.Errorf("document page: status %d", res.StatusCode)
		}
		return os.WriteFile(f.saveStatic, page, 0o644)
	}

	type phase struct {
		name  string
		base  string
		paths []string
		auth  bool
		// notice gives notice of a ballot to the whole roll as the phase
		// begins, and measures the mail sent during it.
		notice bool
	}
	var sections, amendments []string
	for _, k := range u.LargeSections[:min(f.sections, len(u.LargeSections))] {
		sections = append(sections, "/documents/"+u.Large+"/sections/"+k)
	}
	for _, id := range u.Amendments {
		amendments = append(amendments, fmt.Sprintf("/amendments/%d", id))
	}
	// Words of the bylaw and of the generated comments, one misspelt.
	var searches []string
	for _, q := range []string{"quorum", "dues", "members", "meeting notice", "election", "qourum", "treasurer", "amendment"} {
		searches = append(searches, "/search?q="+url.QueryEscape(q))
	}
	var phases []phase
	if f.static != "" {
		phases = append(phases, phase{"static copy of the 200-comment page (nginx)", f.static, []string{"/page.html"}, false, false})
	}
	if f.goStatic != "" {
		phases = append(phases, phase{"the same bytes from memory through Go's net/http (gostatic)", f.goStatic, []string{"/page.html"}, false, false})
	}
	phases = append(phases,
		phase{"document page, 200 comments", base, []string{"/documents/" + u.Small}, true, false},
		phase{fmt.Sprintf("document page, 50,000 comments and %d amendments", len(u.Amendments)), base, []string{"/documents/" + u.Large}, true, false},
		phase{fmt.Sprintf("section pages with comments (%d sections in turn)", len(sections)), base, sections, true, false},
		phase{fmt.Sprintf("amendment pages with redline (%d in turn)", len(amendments)), base, amendments, true, false},
		phase{"ballot page", base, []string{fmt.Sprintf("/ballots/%d", u.Ballot)}, true, false},
		phase{fmt.Sprintf("searches, %d queries in turn (one with a typo)", len(searches)), base, searches, true, false},
	)
	if f.sink != "" {
		phases = append(phases, phase{"ballot page while a notice to the whole roll is sent", base, []string{fmt.Sprintf("/ballots/%d", u.Ballot)}, true, true})
	}
	var mailLines []string

	fmt.Printf("%d connections; each page read for %v after one untimed first view of each address\n\n", f.workers, f.duration)
	fmt.Println("| phase | requests | time | per second | p50 | p99 | max | errors | response | load (1 min) | server RSS after |")
	fmt.Println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
	var firstViews []string
	for _, p := range phases {
		if !strings.Contains(p.name, f.only) {
			continue
		}
		sessions := u.Readers
		if !p.auth {
			sessions = nil
		}
		// The first view of each address fills the caches; it is timed apart.
		began := time.Now()
		var slowest time.Duration
		for i, path := range p.paths {
			session := ""
			if len(sessions) > 0 {
				session = sessions[i%len(sessions)]
			}
			s := get(client, p.base+path, session)
			if s.status != http.StatusOK {
				return fmt.Errorf("%s: %s answered %d", p.name, path, s.status)
			}
			slowest = max(slowest, s.latency)
		}
		firstViews = append(firstViews, fmt.Sprintf("| %s | %d | %s | %s |", p.name, len(p.paths), ms(time.Since(began)), ms(slowest)))
		var sending *mailing
		if p.notice {
			if sending, err = giveNotice(client, base, u, f.sink, p.name); err != nil {
				return err
			}
		}
		samples, elapsed := readPhase(p.base, p.paths, sessions, f.workers, f.duration)
		fmt.Println(summarize(p.name, samples, elapsed, http.StatusOK, f.pid).row())
		if sending != nil {
			mailLines = append(mailLines, sending.line(client))
		}
	}

	defer func() {
		if len(mailLines) > 0 {
			fmt.Println("\n| mail sent during | notice queued in | messages | in | per second |\n| --- | --- | --- | --- | --- |")
			fmt.Println(strings.Join(mailLines, "\n"))
		}
	}()
	n := f.votes
	if n == 0 || n > len(u.Voters) {
		n = len(u.Voters)
	}
	if !strings.Contains("ballots cast", f.only) {
		n = 0
	}
	if n == 0 {
		return nil
	}
	name := fmt.Sprintf("ballots cast, one per member (%d members)", n)
	var sending *mailing
	if f.sink != "" {
		name += ", while a notice to the whole roll is sent"
		if sending, err = giveNotice(client, base, u, f.sink, name); err != nil {
			return err
		}
	}
	samples, elapsed, trackers := votePhase(base, u, n, f.workers)
	fmt.Println(summarize(name, samples, elapsed, http.StatusCreated, f.pid).row())
	if sending != nil {
		mailLines = append(mailLines, sending.line(client))
	}
	// Every member who was acknowledged tries again: each must be refused.
	again := min(n, 500)
	samples, elapsed, dup := votePhase(base, u, again, f.workers)
	refused := 0
	for _, s := range samples {
		if s.status == http.StatusConflict {
			refused++
		}
	}
	fmt.Println(summarize(fmt.Sprintf("second ballots by %d members who voted (409 expected)", again), samples, elapsed, http.StatusConflict, f.pid).row())
	fmt.Printf("\nsecond ballots: %d refused with 409, %d accepted\n", refused, len(dup))
	if f.trackers != "" {
		if err := os.WriteFile(f.trackers, []byte(strings.Join(append(trackers, dup...), "\n")+"\n"), 0o600); err != nil {
			return err
		}
	}
	fmt.Println("\nFirst views (untimed above: caches filled here):")
	fmt.Println("\n| phase | addresses | all, one after another | slowest |\n| --- | --- | --- | --- |")
	for _, l := range firstViews {
		fmt.Println(l)
	}
	if f.charter != "" {
		if err := redlineTimes(u, f); err != nil {
			return err
		}
	}
	fmt.Printf("\nserver RSS at the end: %s\n", rss(f.pid))
	return nil
}

// redlineTimes times `charter redline` and `git diff --no-index
// --word-diff` on the same pairs, each run as a process, median of runs.
func redlineTimes(u union, f unionFlags) error {
	dir := f.out
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "redline"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	mb := corpus.Constitution(1_000_000, 1)
	pairs := []struct {
		name     string
		old, new []byte
		scheme   string
	}{
		{"largest corpus amendment (" + u.CorpusCase + ")", []byte(u.Base), []byte(u.Proposed), "zero-based"},
		{"generated 1 MB constitution, 300 words changed", mb, corpus.Edit(mb, 300, 2), "article"},
	}
	fmt.Printf("\nRedlines as processes, median of %d runs each (load %s):\n\n", f.runs, loadavg())
	fmt.Println("| pair | bytes | charter redline | git diff --no-index --word-diff | ratio |\n| --- | --- | --- | --- | --- |")
	for i, p := range pairs {
		a, b := filepath.Join(dir, fmt.Sprintf("pair%d-old.md", i)), filepath.Join(dir, fmt.Sprintf("pair%d-new.md", i))
		if err := os.WriteFile(a, p.old, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(b, p.new, 0o644); err != nil {
			return err
		}
		ours, err := median(f.runs, f.charter, "redline", "--numbering", p.scheme, a, b)
		if err != nil {
			return err
		}
		git, err := median(f.runs, "git", "diff", "--no-index", "--no-color", "--word-diff", a, b)
		if err != nil {
			return err
		}
		fmt.Printf("| %s | %d → %d | %s | %s | %.2f× |\n", p.name, len(p.old), len(p.new), ms(ours), ms(git), float64(ours)/float64(git))
	}
	return nil
}

// median runs a command runs times, its output discarded, and returns the
// median wall time. git diff exits 1 when the files differ.
func median(runs int, name string, args ...string) (time.Duration, error) {
	var times []time.Duration
	for range runs {
		cmd := exec.Command(name, args...)
		cmd.Stdout = io.Discard
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		err := cmd.Run()
		times = append(times, time.Since(start))
		if exit, ok := err.(*exec.ExitError); err != nil && !(ok && name == "git" && exit.ExitCode() == 1) {
			return 0, fmt.Errorf("%s: %v: %s", name, err, stderr.String())
		}
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	return times[len(times)/2], nil
}

// mailing is a notice given during a phase, and the mail server's count
// when it was given.
type mailing struct {
	phase, sink string
	queued      time.Duration
	began       time.Time
	before      int64
}

// giveNotice gives notice, as the election officer through the API, of a
// question to the whole roll, which Charter then sends to scripts/smtpsink.
func giveNotice(client *http.Client, base string, u union, sink, phase string) (*mailing, error) {
	before, err := sinkCount(client, sink)
	if err != nil {
		return nil, err
	}
	body, _ := json.Marshal(map[string]any{
		"title": "Notice during the load run: " + phase, "min_ballots": 3,
		"opens_at": time.Now().Add(24 * time.Hour), "closes_at": time.Now().Add(48 * time.Hour),
		"tellers": u.TellerIDs, "shares_needed": 2,
		"questions": []map[string]any{{"kind": "referendum", "question": "Should the union hold its convention in the spring?",
			"rule": map[string]any{"threshold": "majority", "base": "cast", "quorum": "none", "notice_days": 0}}},
	})
	req, _ := http.NewRequest(http.MethodPost, base+"/api/v1/ballots", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+u.OfficerToken)
	req.Header.Set("Content-Type", "application/json")
	began := time.Now()
	res, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	answer, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		return nil, fmt.Errorf("notice: status %d: %s", res.StatusCode, answer)
	}
	return &mailing{phase: phase, sink: sink, queued: time.Since(began), began: began, before: before}, nil
}

func (m *mailing) line(client *http.Client) string {
	after, err := sinkCount(client, m.sink)
	if err != nil {
		return fmt.Sprintf("| %s | %s | count unknown: %v | | |", m.phase, ms(m.queued), err)
	}
	d := time.Since(m.began)
	sent := after - m.before
	return fmt.Sprintf("| %s | %s | %d | %s | %.0f |", m.phase, ms(m.queued), sent, ms(d), float64(sent)/d.Seconds())
}

func sinkCount(client *http.Client, sink string) (int64, error) {
	res, err := client.Get(sink)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return 0, err
	}
	return strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
}
