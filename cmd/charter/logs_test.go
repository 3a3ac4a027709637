package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/mail/mailtest"
	"github.com/charter-org/charter/member"
	charmessage "github.com/charter-org/charter/message" // main has a func message
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestLogsBetrayNoOne runs the real server with its most talkative log
// (--log-level debug, --log-format json) through a ballot's whole story:
// members invited by mail, an admin logging in and inviting again, a
// member accepting an invitation and voting on the page, another voting
// through the API with a token, a teller making a key, tellers giving
// theirs to the count, an unsubscribe link used, a page not found. Every
// secret the story handled is kept, and none may be in the log: not a
// password, session, form token, API token, invitation or unsubscribe
// link, teller key, tracker or the mail server's password; nor a voter's
// name or address beside anything. Every line is JSON, and each request's
// line carries its request id.
func TestLogsBetrayNoOne(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	onEachDatabase(t, buildCharter(t), logsBetrayNoOne)
}

// secrets are what a test saw pass, which no log may hold.
type secrets map[string]string // the value → what it is

func (s secrets) keep(t *testing.T, what, value string) {
	t.Helper()
	if len(value) < 6 {
		t.Fatalf("%s: %q is no secret to look for", what, value)
	}
	s[value] = what
}

var (
	invitationLink  = regexp.MustCompile(`/invitations/(` + member.PrefixInvitation + `[A-Za-z0-9_-]+)`)
	unsubscribeLink = regexp.MustCompile(`/mail/unsubscribe/([A-Za-z0-9._-]+)`)
	trackerOnPage   = regexp.MustCompile(`class="tracker"[^>]*><strong>([^<]+)</strong>`)
)

func logsBetrayNoOne(t *testing.T, bin, addr string) {
	ctx := context.Background()
	db, err := store.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	seen := secrets{}
	if _, err := db.CreateUser(ctx, 0, store.NewUser{Email: "admin@logs.invalid", Name: "Admin", Roles: []member.Role{member.RoleAdmin}, Password: sitePassword, GoodStanding: true}); err != nil {
		t.Fatal(err)
	}
	seen.keep(t, "the admin's password", sitePassword)
	poll := storetest.OpenPoll(t, db, 4) // its roster import queues each voter's invitation
	spare := storetest.NewTellers(t, db, "Spare teller", 1)[0]
	for _, tl := range append(poll.Tellers, spare) {
		seen.keep(t, "a teller key", tl.Key)
	}
	token := func(u member.User) string {
		tok, err := db.CreateToken(ctx, 0, u.ID, "logs")
		if err != nil {
			t.Fatal(err)
		}
		seen.keep(t, "an API token", tok)
		return tok
	}
	for _, v := range poll.Voters {
		seen.keep(t, "a voter's address", v.Email)
		seen.keep(t, "a voter's name", v.Name)
	}

	smtpPassword := "the mail server's own password"
	seen.keep(t, "the SMTP password", smtpPassword)
	smtp := mailtest.Start(t, mailtest.Options{Username: "charter", Password: smtpPassword})
	passwordFile := filepath.Join(t.TempDir(), "smtp-password")
	if err := os.WriteFile(passwordFile, []byte(smtpPassword+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	server := startCharter(t, bin, addr, "--log-format", "json", "--log-level", "debug",
		"-smtp-host", smtp.Host, "-smtp-port", strconv.Itoa(smtp.Port), "-smtp-security", "none", "-smtp-user", "charter", "-smtp-password-file", passwordFile,
		"-mail-from", "Local 12 <charter@local12.example.org>", "-base-url", "https://charter.local12.example.org", "-mail-rate", "0", "-reminder", "0")
	base := server.base
	ballotPath := fmt.Sprintf("/ballots/%d", poll.Ballot.ID)
	requests := 0
	browse := func(b *browser, path string) (answer, string) {
		t.Helper()
		requests++
		a, csrf := b.get(t, base+path)
		if csrf != "" {
			seen.keep(t, "a form's CSRF token", csrf)
		}
		return a, csrf
	}
	submit := func(b *browser, path string, form url.Values) answer {
		t.Helper()
		requests++
		return b.post(t, base+path, form)
	}
	call := func(method, path, tok string, in any) answer {
		t.Helper()
		requests++
		return api(t, method, base+path, tok, in)
	}
	keepCookies := func(b *browser) {
		u, _ := url.Parse(base)
		for _, c := range b.client.Jar.Cookies(u) {
			seen.keep(t, "the cookie "+c.Name, c.Value)
		}
	}

	// An admin logs in and invites the third voter again: the new link is
	// on the page and in the mail.
	admin := newBrowser(t)
	admin.logIn(t, base, "admin@logs.invalid")
	requests += 2
	keepCookies(admin)
	_, csrf := browse(admin, "/admin/members")
	again := submit(admin, fmt.Sprintf("/admin/members/%d/invitation", poll.Voters[2].ID), url.Values{"csrf_token": {csrf}})
	if m := invitationLink.FindStringSubmatch(again.body); again.status != http.StatusOK || m == nil {
		t.Fatalf("invite again: %s", describe(again))
	} else {
		seen.keep(t, "an invitation", m[1])
	}

	// The sender delivers every invitation and notice; each link in them
	// is a secret.
	waitFor(t, "the invitations and notices", func() bool { return len(smtp.Received()) >= 2*len(poll.Voters)+1 })
	var firstVoterLink string
	for _, r := range smtp.Received() {
		data := strings.ReplaceAll(string(r.Data), "=\r\n", "") // quoted-printable's soft breaks
		for _, m := range invitationLink.FindAllStringSubmatch(data, -1) {
			seen.keep(t, "an invitation", m[1])
			if r.To == poll.Voters[0].Email {
				firstVoterLink = m[0]
			}
		}
		for _, m := range unsubscribeLink.FindAllStringSubmatch(data, -1) {
			seen.keep(t, "an unsubscribe link", m[1])
		}
	}
	if firstVoterLink == "" {
		t.Fatal("no invitation reached the first voter")
	}

	// The first voter accepts the invitation, and votes on the page.
	voterPassword := "solidarity forever and ever"
	seen.keep(t, "a voter's new password", voterPassword)
	voter := newBrowser(t)
	_, csrf = browse(voter, firstVoterLink)
	if a := submit(voter, firstVoterLink, url.Values{"csrf_token": {csrf}, "password": {voterPassword}, "confirm": {voterPassword}}); a.status != http.StatusSeeOther {
		t.Fatalf("accept the invitation: %s", describe(a))
	}
	keepCookies(voter)
	_, csrf = browse(voter, ballotPath)
	receipt := submit(voter, ballotPath+"/votes", url.Values{"csrf_token": {csrf}, "sha256-0": {poll.Ballot.Questions[0].SHA256}, "choice-0": {string(ballot.No)}})
	if m := trackerOnPage.FindStringSubmatch(receipt.body); receipt.status != http.StatusCreated || m == nil {
		t.Fatalf("vote on the page: %s", describe(receipt))
	} else {
		seen.keep(t, "a tracker", m[1])
	}

	// Two more vote through the API: a count needs three ballots.
	for _, v := range poll.Voters[1:3] {
		var cast struct{ Tracker string }
		a := call(http.MethodPost, "/api/v1"+ballotPath+"/votes", token(v), map[string]any{"choices": []ballot.Choice{ballot.Yes}, "snapshot_sha256": []string{poll.Ballot.Questions[0].SHA256}})
		if err := jsonInto(a.body, &cast); err != nil || a.status != http.StatusCreated {
			t.Fatalf("vote through the API: %s", describe(a))
		}
		seen.keep(t, "a tracker", cast.Tracker)
	}

	// A teller not named on the ballot makes a new key.
	var made struct {
		TellerKey string `json:"teller_key"`
	}
	if a := call(http.MethodPost, "/api/v1/teller-key", token(spare.User), nil); a.status != http.StatusCreated || jsonInto(a.body, &made) != nil {
		t.Fatalf("make a teller key: %s", describe(a))
	}
	seen.keep(t, "a teller key", made.TellerKey)

	// The third voter turns off a kind of message from the link in it.
	key, err := db.Secret(ctx, "unsubscribe")
	if err != nil {
		t.Fatal(err)
	}
	unsubscribe := charmessage.UnsubscribeToken(key, poll.Voters[3].ID, charmessage.KindBallotResult)
	seen.keep(t, "an unsubscribe link", unsubscribe)
	seen.keep(t, "an unsubscribe link's signature", unsubscribe[strings.LastIndex(unsubscribe, ".")+1:])
	if a, _ := browse(newBrowser(t), "/mail/unsubscribe/"+unsubscribe); a.status != http.StatusOK {
		t.Fatalf("the unsubscribe page: %s", describe(a))
	}
	req, _ := http.NewRequest(http.MethodPost, base+"/mail/unsubscribe/"+unsubscribe, strings.NewReader("List-Unsubscribe=One-Click"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	requests++
	if a := do(t, testClient, req); a.status != http.StatusOK {
		t.Fatalf("one-click unsubscribe: %s", describe(a))
	}

	// A page not found gives a reference; a client's own request id is not
	// taken.
	req, _ = http.NewRequest(http.MethodGet, base+"/no/such/page", nil)
	req.Header.Set("X-Request-Id", "chosen-by-the-client")
	requests++
	res, err := testClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	reference := res.Header.Get("X-Request-Id")
	if res.StatusCode != http.StatusNotFound || reference == "" || reference == "chosen-by-the-client" {
		t.Errorf("a page not found: status %d, request id %q", res.StatusCode, reference)
	}
	seen.keep(t, "the client's own request id", "chosen-by-the-client")

	// The ballot closes; two tellers give their keys through the API.
	db.UseClock(func() time.Time { return poll.Ballot.ClosesAt.Add(time.Minute) })
	if err := db.CloseBallot(ctx, poll.Officer, poll.Ballot.ID); err != nil {
		t.Fatal(err)
	}
	for _, tl := range poll.Tellers[:2] {
		if a := call(http.MethodPost, "/api/v1"+ballotPath+"/shares", token(tl.User), map[string]string{"teller_key": tl.Key}); a.status != http.StatusOK {
			t.Fatalf("%s gives their key: %s", tl.Name, describe(a))
		}
	}
	if res, err := db.BallotResults(ctx, poll.Ballot.ID); err != nil || len(res.Papers) != 3 {
		t.Fatalf("the count: %v, %d papers", err, len(res.Papers))
	}
	server.stop(t)

	log := server.stderr.String()
	for value, what := range seen {
		if strings.Contains(log, value) {
			t.Errorf("the log holds %s: %q", what, value)
		}
	}
	for _, choice := range []string{`"choices"`, `"choice-0"`, `"tracker"`} {
		if strings.Contains(log, choice) {
			t.Errorf("the log holds %s", choice)
		}
	}
	accessLines, referenced := 0, false
	for n, line := range strings.Split(strings.TrimSpace(log), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Errorf("line %d is not JSON: %v\n%s", n+1, err, line)
			continue
		}
		if rec["msg"] != "request" {
			continue
		}
		accessLines++
		id, _ := rec["request_id"].(string)
		for _, field := range []string{"method", "route", "status", "duration", "bytes"} {
			if _, ok := rec[field]; !ok || id == "" {
				t.Errorf("line %d, a request's, lacks %s or its request id: %s", n+1, field, line)
			}
		}
		if _, ok := rec["client"]; ok {
			t.Errorf("line %d names the client without --log-client-address: %s", n+1, line)
		}
		if id == reference {
			referenced = rec["status"] == float64(http.StatusNotFound) && rec["route"] == "unmatched"
		}
	}
	if accessLines < requests {
		t.Errorf("%d requests logged of the %d the test made", accessLines, requests)
	}
	if !referenced {
		t.Errorf("no line for the page not found under its reference %s", reference)
	}
	t.Logf("%d lines logged, %d of them requests; %d secrets looked for", strings.Count(log, "\n"), accessLines, len(seen))
}

// TestLogFlags: a log format or level serve does not know is refused before
// anything starts.
func TestLogFlags(t *testing.T) {
	db := "--db=sqlite:" + filepath.Join(t.TempDir(), "charter.db")
	for flag, want := range map[string]string{"--log-format=xml": "text or json", "--log-level=loud": "debug, info, warn or error"} {
		if _, err := run(t, "", "serve", db, "--addr=127.0.0.1:0", flag); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("serve %s: %v", flag, err)
		}
	}
}
