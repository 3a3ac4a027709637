// Command release-fixture makes the databases the upgrade test starts
// from: a release's own binary, built from its commit, fills a SQLite file
// and a PostgreSQL database the way a union would (the demo's accounts and
// constitution, a second document imported with two versions, accounts
// added on the command line and an invitation waiting in the outbox,
// comments and a committee answer, two
// amendments, a ballot voted, counted and certified that adopts one of
// them, and a ballot noticed for later), through its command line and its
// HTTP interface only. It writes the SQLite file (vacuumed), a plain SQL
// dump of the PostgreSQL database (pg_dump --no-owner) and manifest.json,
// which tells the test what to find and how to log in.
//
// Run it at each release, from the repository's root, with the release's
// commit (a PostgreSQL server to make the dump on is needed):
//
//	go run ./scripts/release-fixture -commit v1.4.0 \
//	    -postgres 'postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable'
//
// then run TestUpgradeFromPreviousRelease and commit
// cmd/charter/testdata/release.
//
// The test builds the current code and upgrades copies of these databases.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Manifest is what the upgrade test reads beside the databases.
type Manifest struct {
	Commit   string // the release that made them
	Schema   int    // its newest migration, as schema_migrations holds
	Made     time.Time
	SQLite   Site
	Postgres *Site `json:",omitempty"`
}

// Site is what one database holds, as the release's own answers said.
type Site struct {
	Document      string // the demo constitution's slug
	Versions      int    // its versions: imported, then adopted by the ballot
	Bylaws        string // the document imported on the command line
	Member        string // a member's email, password and API token
	Password      string
	Token         string
	Section       string // the key of the commented section
	Comment       string // the member's comment's body
	Answer        string // the committee's answer to it
	Amendment     int64  // the amendment the ballot adopted
	AmendmentText string // a phrase of the adopted version it brought in
	Pending       int64  // an amendment still waiting for a co-sponsor
	Ballot        int64  // voted, counted and certified
	Results       []Tally
	Tracker       string // the member's ballot tracker
	Noticed       int64  // a ballot noticed, opening weeks later
}

// Tally is one question's count, as the release published it.
type Tally struct {
	Yes, No, Abstain int
	Adopted          bool
}

const releaseTags = "nomsgpack,netgo,osusergo"

func main() {
	commit := flag.String("commit", "", "the release's commit (or tag)")
	out := flag.String("out", "cmd/charter/testdata/release", "where the fixture goes")
	pg := flag.String("postgres", os.Getenv("CHARTER_TEST_POSTGRES"), "a PostgreSQL server URL to make the dump on (a scratch database is created and dropped); empty: no dump")
	flag.Parse()
	if *commit == "" {
		fmt.Fprintln(os.Stderr, "usage: go run ./scripts/release-fixture -commit REV [-postgres URL] [-out DIR]")
		os.Exit(2)
	}
	if err := run(*commit, *out, *pg); err != nil {
		fmt.Fprintln(os.Stderr, "release-fixture:", err)
		os.Exit(1)
	}
}

func run(commit, out, pgServer string) error {
	tmp, err := os.MkdirTemp("", "release-fixture-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	rev, err := output("", "git", "rev-parse", "--verify", commit+"^{commit}")
	if err != nil {
		return err
	}
	m := Manifest{Commit: strings.TrimSpace(rev), Made: time.Now().UTC().Truncate(time.Second)}
	bin, err := buildRelease(tmp, m.Commit)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}

	file := filepath.Join(tmp, "charter.db")
	if m.SQLite, err = fill(bin, "sqlite:"+file, tmp); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	if m.Schema, err = schemaVersion("sqlite:" + file); err != nil {
		return err
	}
	// VACUUM INTO writes one compact file, with no WAL beside it; most of
	// its pages are part empty (a hundred tables and indexes of a few rows
	// each), so it is kept compressed: about 150 KB rather than 800.
	vacuumed := filepath.Join(tmp, "vacuumed.db")
	if err := sqlExec("sqlite:"+file, "VACUUM INTO ?", vacuumed); err != nil {
		return fmt.Errorf("vacuum: %w", err)
	}
	if err := gzipFile(vacuumed, filepath.Join(out, "charter.db.gz")); err != nil {
		return err
	}

	if pgServer != "" {
		addr, drop, err := scratchDatabase(pgServer)
		if err != nil {
			return err
		}
		defer drop()
		site, err := fill(bin, addr, tmp)
		if err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
		m.Postgres = &site
		if _, err := output("", "pg_dump", "--no-owner", "--no-privileges", "--file", filepath.Join(out, "charter.sql"), "--dbname", addr); err != nil {
			return err
		}
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "manifest.json"), append(data, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Printf("release %s (schema %d): fixture written to %s\n", m.Commit, m.Schema, out)
	return nil
}

// buildRelease builds the release's binary from a worktree of its own, as
// it was shipped.
func buildRelease(tmp, rev string) (string, error) {
	src := filepath.Join(tmp, "src")
	if _, err := output("", "git", "worktree", "add", "--detach", src, rev); err != nil {
		return "", err
	}
	defer func() { _, _ = output("", "git", "worktree", "remove", "--force", src) }()
	bin := filepath.Join(tmp, "charter-release")
	if _, err := output(src, "go", "build", "-tags", releaseTags, "-o", bin, "./cmd/charter"); err != nil {
		return "", err
	}
	return bin, nil
}

// demoLogin is an account the demo printed.
type demoLogin struct{ email, password, tellerKey string }

var (
	loginLine  = regexp.MustCompile(`(\S+@demo\.charter\.invalid)\s+(\S+)\s*$`)
	tellerLine = regexp.MustCompile(`teller key: (\S+)`)
	servingOn  = regexp.MustCompile(`Charter is serving on (http://\S+)`)
)

// fill makes the union's history on an empty database with the release's
// binary.
func fill(bin, addr, tmp string) (Site, error) {
	s := Site{Document: "constitution", Bylaws: "bylaws"}
	// The demo seeds accounts and the constitution, on an empty database.
	srv, err := serve(bin, addr, "--demo")
	if err != nil {
		return s, err
	}
	logins := map[string]*demoLogin{}
	var last *demoLogin
	for _, line := range strings.Split(srv.out.String(), "\n") {
		if m := loginLine.FindStringSubmatch(line); m != nil {
			last = &demoLogin{email: m[1], password: m[2]}
			logins[strings.TrimSuffix(m[1], "@demo.charter.invalid")] = last
		} else if m := tellerLine.FindStringSubmatch(line); m != nil && last != nil {
			last.tellerKey = m[1]
		}
	}
	if err := srv.stop(); err != nil {
		return s, err
	}
	for _, who := range []string{"member", "member2", "member3", "member4", "member5", "member6", "officer", "committee", "admin", "teller1", "teller2"} {
		if logins[who] == nil {
			return s, fmt.Errorf("the demo printed no login for %s:\n%s", who, srv.out.String())
		}
	}

	// The command line: a document and its second version, an admin
	// invited, a member with a password, API tokens.
	db := "--db=" + addr
	bylaws := filepath.Join(tmp, "bylaws.md")
	text := "# Bylaws\n\n## Meetings\n\n1. The membership meets every month.\n1. Twenty members are a quorum.\n"
	if err := os.WriteFile(bylaws, []byte(text), 0o644); err != nil {
		return s, err
	}
	if _, err := output("", bin, "import", db, "--slug", s.Bylaws, "--title", "Bylaws", "--numbering", "decimal", bylaws); err != nil {
		return s, err
	}
	if err := os.WriteFile(bylaws, []byte(strings.Replace(text, "Twenty", "Fifteen", 1)), 0o644); err != nil {
		return s, err
	}
	if _, err := output("", bin, "import", db, "--slug", s.Bylaws, "--base", "1", bylaws); err != nil {
		return s, err
	}
	if _, err := output("", bin, "user", "add", db, "--email", "second.admin@fixture.invalid", "--name", "Second Admin", "--role", "admin"); err != nil {
		return s, err
	}
	s.Member, s.Password = "rosa@fixture.invalid", "a password Rosa chose"
	add := exec.Command(bin, "user", "add", db, "--email", s.Member, "--name", "Rosa Reyes", "--role", "member", "--member-id", "F-001", "--password-stdin")
	add.Stdin = strings.NewReader(s.Password + "\n")
	if out, err := add.CombinedOutput(); err != nil {
		return s, fmt.Errorf("user add: %v\n%s", err, out)
	}
	tokens := map[string]string{}
	for who, l := range logins {
		if tokens[who], err = output("", bin, "token", "create", db, "--user", l.email, "--name", "fixture"); err != nil {
			return s, err
		}
		tokens[who] = strings.TrimSpace(tokens[who])
	}
	if s.Token, err = output("", bin, "token", "create", db, "--user", s.Member, "--name", "fixture"); err != nil {
		return s, err
	}
	s.Token = strings.TrimSpace(s.Token)
	tokens["rosa"] = s.Token

	srv, err = serve(bin, addr)
	if err != nil {
		return s, err
	}
	defer srv.stop()
	c := &client{base: srv.base}
	if err := c.history(&s, logins, tokens); err != nil {
		return s, fmt.Errorf("%w\ncharter serve said:\n%s", err, srv.out.String())
	}
	return s, srv.stop()
}

// history is what members, the committee, the officer and the tellers do
// through the release's HTTP interface.
func (c *client) history(s *Site, logins map[string]*demoLogin, tokens map[string]string) error {
	var doc struct {
		Versions []struct {
			ID int64 `json:"id"`
		} `json:"versions"`
	}
	if err := c.api("GET", "/api/v1/documents/"+s.Document, tokens["member"], nil, &doc); err != nil {
		return err
	}
	head := doc.Versions[0].ID // newest first
	var outline struct {
		Nodes []struct {
			Key     string `json:"key"`
			Heading string `json:"heading"`
		} `json:"nodes"`
	}
	if err := c.api("GET", fmt.Sprintf("/api/v1/documents/%s/versions/%d/outline", s.Document, head), tokens["member"], nil, &outline); err != nil {
		return err
	}
	for _, n := range outline.Nodes {
		if strings.Contains(n.Heading, "Dues") {
			s.Section = n.Key
			break
		}
	}
	if s.Section == "" {
		return errors.New("no section on dues in the demo constitution's outline")
	}

	// A comment, a reply, the committee's answer.
	s.Comment = "Sixty dollars a month is too much for part-timers."
	s.Answer = "An amendment to lower the cap is before the members."
	var comment struct {
		ID int64 `json:"id"`
	}
	if err := c.api("POST", "/api/v1/documents/"+s.Document+"/comments", tokens["rosa"],
		map[string]any{"version_id": head, "section_key": s.Section, "stance": "concern", "body": s.Comment}, &comment); err != nil {
		return err
	}
	if err := c.api("POST", "/api/v1/documents/"+s.Document+"/comments", tokens["member2"],
		map[string]any{"version_id": head, "section_key": s.Section, "parent_id": comment.ID, "body": "Agreed: most of us work 25 hours."}, nil); err != nil {
		return err
	}
	if err := c.api("POST", fmt.Sprintf("/api/v1/comments/%d/support", comment.ID), tokens["member3"], nil, nil); err != nil {
		return err
	}
	if err := c.api("POST", fmt.Sprintf("/api/v1/comments/%d/disposition", comment.ID), tokens["committee"],
		map[string]any{"disposition": "answered", "reason": s.Answer}, nil); err != nil {
		return err
	}

	// Two amendments: one seconded, one waiting for a second co-sponsor.
	var text string
	if err := c.get(fmt.Sprintf("/api/v1/documents/%s/versions/%d/export?format=md", s.Document, head), tokens["member"], &text); err != nil {
		return err
	}
	const cap, lower = "up to a maximum of 60 dollars a month", "up to a maximum of 45 dollars a month"
	if !strings.Contains(text, cap) {
		return fmt.Errorf("the demo constitution no longer says %q", cap)
	}
	s.AmendmentText = lower
	var amendment struct {
		ID     int64  `json:"id"`
		Status string `json:"status"`
	}
	if err := c.api("POST", "/api/v1/documents/"+s.Document+"/amendments", tokens["member"], map[string]any{
		"base_version_id": head, "title": "Lower the dues cap", "rationale": "Part-time members pay the cap on a fraction of full-time wages.",
		"proposed_markdown": strings.Replace(text, cap, lower, 1), "submit": true}, &amendment); err != nil {
		return err
	}
	s.Amendment = amendment.ID
	for _, who := range []string{"member2", "member3"} {
		if err := c.api("POST", fmt.Sprintf("/api/v1/amendments/%d/cosponsors", s.Amendment), tokens[who], nil, &amendment); err != nil {
			return err
		}
	}
	if amendment.Status != "seconded" {
		return fmt.Errorf("amendment %d is %s after two co-sponsors, not seconded", s.Amendment, amendment.Status)
	}
	const behind, longer = "two full months behind in dues", "three full months behind in dues"
	if err := c.api("POST", "/api/v1/documents/"+s.Document+"/amendments", tokens["member4"], map[string]any{
		"base_version_id": head, "title": "A third month's grace", "rationale": "Layoffs run longer than two months.",
		"proposed_markdown": strings.Replace(text, behind, longer, 1), "submit": true}, &amendment); err != nil {
		return err
	}
	s.Pending = amendment.ID
	if err := c.api("POST", fmt.Sprintf("/api/v1/amendments/%d/cosponsors", s.Pending), tokens["member5"], nil, nil); err != nil {
		return err
	}

	// An admin sends the invited admin a new invitation: with no mail
	// server, it waits in the outbox, as the release stored it.
	admin, err := c.browser(logins["admin"])
	if err != nil {
		return err
	}
	members, _, err := admin.page("/admin/members")
	if err != nil {
		return err
	}
	invited := regexp.MustCompile(`<a href="/admin/members/(\d+)">[^<]*<span class="visually-hidden"> \(<bdi>Second Admin</bdi>\)`).FindStringSubmatch(members)
	if invited == nil {
		return errors.New("the members page does not list the invited admin")
	}
	if err := admin.step("/admin/members", "/admin/members/"+invited[1]+"/invitation", nil); err != nil {
		return err
	}

	// The officer logs in to open, close and certify (pages only), and
	// gives notice through the API.
	officer, err := c.browser(logins["officer"])
	if err != nil {
		return err
	}
	form, _, err := officer.page("/ballots/new")
	if err != nil {
		return err
	}
	var tellers []int64
	for _, m := range regexp.MustCompile(`name="teller" value="(\d+)"`).FindAllStringSubmatch(form, -1) {
		var id int64
		fmt.Sscan(m[1], &id)
		tellers = append(tellers, id)
	}
	if len(tellers) != 3 {
		return fmt.Errorf("%d tellers on the notice form, not the demo's 3", len(tellers))
	}
	opens := time.Now().UTC().Add(3 * time.Second)
	closes := opens.Add(20 * time.Second)
	var b struct {
		ID        int64 `json:"id"`
		Questions []struct {
			SHA256 string `json:"snapshot_sha256"`
		} `json:"questions"`
	}
	if err := c.api("POST", "/api/v1/ballots", tokens["officer"], map[string]any{
		"document_slug": s.Document, "title": "The dues cap, and officer elections", "opens_at": opens, "closes_at": closes,
		"min_ballots": 3, "tellers": tellers, "shares_needed": 2,
		"questions": []map[string]any{
			{"kind": "amendment", "amendment_id": s.Amendment,
				"rule":             map[string]any{"threshold": "2/3", "base": "cast", "quorum": "20%", "notice_days": 0},
				"departure_reason": "The membership meeting of 3 March waived the notice period by unanimous consent."},
			{"kind": "referendum", "question": "Shall the local elect its officers every two years?",
				"rule": map[string]any{"threshold": "majority", "base": "cast", "quorum": "0", "notice_days": 0}},
		}}, &b); err != nil {
		return err
	}
	s.Ballot = b.ID
	var noticed struct {
		ID int64 `json:"id"`
	}
	later := time.Now().UTC().Add(40 * 24 * time.Hour).Truncate(time.Hour)
	if err := c.api("POST", "/api/v1/ballots", tokens["officer"], map[string]any{
		"title": "A strike fund", "opens_at": later, "closes_at": later.Add(14 * 24 * time.Hour),
		"min_ballots": 3, "tellers": tellers, "shares_needed": 2,
		"questions": []map[string]any{{"kind": "referendum", "question": "Shall one dollar a month of dues go to a strike fund?"}}}, &noticed); err != nil {
		return err
	}
	s.Noticed = noticed.ID

	time.Sleep(time.Until(opens) + 500*time.Millisecond)
	if err := officer.step(fmt.Sprintf("/ballots/%d", s.Ballot), fmt.Sprintf("/ballots/%d/open", s.Ballot), nil); err != nil {
		return err
	}
	votes := map[string][]string{
		"rosa": {"y", "y"}, "member": {"y", "y"}, "member2": {"y", "n"}, "member3": {"y", "y"},
		"member4": {"n", "y"}, "member5": {"y", "a"}, "member6": {"a", "n"},
	}
	for who, choices := range votes {
		var r struct {
			Tracker string `json:"tracker"`
		}
		if err := c.api("POST", fmt.Sprintf("/api/v1/ballots/%d/votes", s.Ballot), tokens[who],
			map[string]any{"choices": choices, "snapshot_sha256": []string{b.Questions[0].SHA256, b.Questions[1].SHA256}}, &r); err != nil {
			return fmt.Errorf("%s's vote: %w", who, err)
		}
		if who == "rosa" {
			s.Tracker = r.Tracker
		}
	}
	time.Sleep(time.Until(closes) + 500*time.Millisecond)
	if err := officer.step(fmt.Sprintf("/ballots/%d", s.Ballot), fmt.Sprintf("/ballots/%d/close", s.Ballot), nil); err != nil {
		return err
	}
	for _, who := range []string{"teller1", "teller2"} {
		if err := c.api("POST", fmt.Sprintf("/api/v1/ballots/%d/shares", s.Ballot), tokens[who], map[string]any{"teller_key": logins[who].tellerKey}, nil); err != nil {
			return fmt.Errorf("%s's share: %w", who, err)
		}
	}
	if err := officer.step(fmt.Sprintf("/ballots/%d", s.Ballot), fmt.Sprintf("/ballots/%d/certify", s.Ballot), url.Values{"effective": {fmt.Sprintf("%d-01-01", time.Now().Year()+1)}}); err != nil {
		return err
	}

	var res struct {
		Results []struct {
			Yes, No, Abstain int
			Adopted          bool
		} `json:"results"`
	}
	if err := c.api("GET", fmt.Sprintf("/api/v1/ballots/%d/results", s.Ballot), tokens["member"], nil, &res); err != nil {
		return err
	}
	for _, r := range res.Results {
		s.Results = append(s.Results, Tally(r))
	}
	if len(s.Results) != 2 || !s.Results[0].Adopted {
		return fmt.Errorf("the ballot's results: %+v; the amendment should have been adopted", s.Results)
	}
	if err := c.api("GET", "/api/v1/documents/"+s.Document, tokens["member"], nil, &doc); err != nil {
		return err
	}
	s.Versions = len(doc.Versions)
	return nil
}

// server is a running `charter serve` of the release.
type server struct {
	cmd  *exec.Cmd
	base string
	out  *bytes.Buffer
	done chan error
}

func serve(bin, addr string, flags ...string) (*server, error) {
	cmd := exec.Command(bin, append([]string{"serve", "--db", addr, "--addr", "127.0.0.1:0"}, flags...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, out: &bytes.Buffer{}, done: make(chan error, 1)}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	ready := make(chan string, 1)
	go func() {
		lines := bufio.NewScanner(stdout)
		for lines.Scan() {
			s.out.WriteString(lines.Text() + "\n")
			if m := servingOn.FindStringSubmatch(lines.Text()); m != nil {
				ready <- m[1]
			}
		}
		s.done <- cmd.Wait()
	}()
	select {
	case s.base = <-ready:
		return s, nil
	case err := <-s.done:
		return nil, fmt.Errorf("charter serve: %v", err)
	case <-time.After(time.Minute):
		_ = cmd.Process.Kill()
		return nil, errors.New("charter serve did not start in a minute")
	}
}

func (s *server) stop() error {
	if s.cmd.ProcessState != nil {
		return nil
	}
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return err
	}
	return <-s.done
}

// client speaks to the release's server.
type client struct {
	base string
	http *http.Client // a browser's has a cookie jar
}

func (c *client) do(req *http.Request) (string, int, error) {
	hc := c.http
	if hc == nil {
		hc = http.DefaultClient
	}
	res, err := hc.Do(req)
	if err != nil {
		return "", 0, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	return string(body), res.StatusCode, err
}

// api sends a JSON request with a bearer token and decodes the answer.
func (c *client) api(method, path, token string, in, out any) error {
	var body io.Reader
	if in != nil {
		data, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, c.base+path, body)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	answer, status, err := c.do(req)
	if err != nil {
		return err
	}
	if status >= 300 {
		return fmt.Errorf("%s %s: %d %s", method, path, status, answer)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal([]byte(answer), out)
}

// get reads a download with a bearer token.
func (c *client) get(path, token string, out *string) error {
	req, err := http.NewRequest("GET", c.base+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	answer, status, err := c.do(req)
	if err == nil && status != http.StatusOK {
		err = fmt.Errorf("GET %s: %d", path, status)
	}
	*out = answer
	return err
}

var csrfInput = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

// browser logs in through the login form, as a person would.
func (c *client) browser(l *demoLogin) (*client, error) {
	jar, err := cookiejar.New(nil)
	if err != nil {
		return nil, err
	}
	b := &client{base: c.base, http: &http.Client{Jar: jar, Timeout: time.Minute}}
	return b, b.step("/login", "/login", url.Values{"email": {l.email}, "password": {l.password}, "next": {"/"}})
}

// page reads a page and the CSRF token of its forms.
func (c *client) page(path string) (string, string, error) {
	req, err := http.NewRequest("GET", c.base+path, nil)
	if err != nil {
		return "", "", err
	}
	body, status, err := c.do(req)
	if err == nil && status != http.StatusOK {
		err = fmt.Errorf("GET %s: %d", path, status)
	}
	token := ""
	if m := csrfInput.FindStringSubmatch(body); m != nil {
		token = m[1]
	}
	return body, token, err
}

// step posts a form of the page at from to action, and fails unless the
// server accepted it (a redirect, followed, to a page that says no error).
func (c *client) step(from, action string, form url.Values) error {
	_, token, err := c.page(from)
	if err != nil {
		return err
	}
	if form == nil {
		form = url.Values{}
	}
	form.Set("csrf_token", token)
	req, err := http.NewRequest("POST", c.base+action, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	// The client follows the redirect: a refused form answers 4xx itself.
	body, status, err := c.do(req)
	if err == nil && status != http.StatusOK {
		err = fmt.Errorf("POST %s: %d: %.400s", action, status, pageText(body))
	}
	return err
}

var tags = regexp.MustCompile(`(?s)<[^>]*>|\s+`)

// pageText is a page's main text, for an error message.
func pageText(page string) string {
	if i := strings.Index(page, "<main"); i >= 0 {
		page = page[i:]
	}
	return strings.TrimSpace(tags.ReplaceAllString(page, " "))
}

// scratchDatabase creates a database on the server for the fixture.
func scratchDatabase(server string) (addr string, drop func(), err error) {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "charter_fixture_" + hex.EncodeToString(b)
	if err := sqlExec(server, "CREATE DATABASE "+name); err != nil {
		return "", nil, err
	}
	u, err := url.Parse(server)
	if err != nil {
		return "", nil, err
	}
	u.Path = "/" + name
	return u.String(), func() { _ = sqlExec(server, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") }, nil
}

func schemaVersion(addr string) (int, error) {
	g, closeDB, err := openSQL(addr)
	if err != nil {
		return 0, err
	}
	defer closeDB()
	var v int
	return v, g.Raw("SELECT MAX(version) FROM schema_migrations").Scan(&v).Error
}

func sqlExec(addr, stmt string, args ...any) error {
	g, closeDB, err := openSQL(addr)
	if err != nil {
		return err
	}
	defer closeDB()
	return g.Exec(stmt, args...).Error
}

func openSQL(addr string) (*gorm.DB, func(), error) {
	var d gorm.Dialector = postgres.Open(addr)
	if path, ok := strings.CutPrefix(addr, "sqlite:"); ok {
		d = sqlite.Open(path)
	}
	g, err := gorm.Open(d, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return nil, nil, err
	}
	return g, func() {
		if sqlDB, err := g.DB(); err == nil {
			_ = sqlDB.Close()
		}
	}, nil
}

func gzipFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(dst, buf.Bytes(), 0o644)
}

// output runs a command and returns its standard output.
func output(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return string(out), nil
}
