package web_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"maps"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
	"github.com/charter-org/charter/web"
)

const password = "a long enough password"

const constitution = `---
title: Constitution of Local 1
status: draft
date: 2026-11-01
---
# Constitution of Local 1

## Preamble {.unnumbered}

We, the workers <script>alert("preamble")</script>, unite.

## Name

### Name

1. The union is Local 1.
   1. It may be called "the Local".
1. Its office is in the city.

## Dues

### Amount

1. Dues are [set](javascript:alert(1)) by the members.
`

// site is a running Charter over a real database, with one account per role.
type site struct {
	t     *testing.T
	db    *store.DB
	srv   *httptest.Server
	users map[member.Role]member.User
	log   *testLog // what the server logged
}

func newSite(t *testing.T, db *store.DB) *site {
	t.Helper()
	return newSiteWith(t, db, web.Config{})
}

// newSiteWith is newSite with the operator's settings.
func newSiteWith(t *testing.T, db *store.DB, cfg web.Config) *site {
	t.Helper()
	ctx := context.Background()
	s := &site{t: t, db: db, users: map[member.Role]member.User{}, log: &testLog{t: t}}
	for _, role := range member.Roles {
		u, err := db.CreateUser(ctx, 0, store.NewUser{Email: string(role) + "@example.org", Name: "The " + string(role), Roles: []member.Role{role}, Password: password, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		s.users[role] = u
	}
	if _, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitution", Title: "Constitution", Numbering: document.SchemeArticle, Markdown: []byte(constitution)}); err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(ctx, db, cfg, slog.New(slog.NewTextHandler(s.log, nil)))
	if err != nil {
		t.Fatal(err)
	}
	h, err := srv.Handler()
	if err != nil {
		t.Fatal(err)
	}
	s.srv = httptest.NewServer(h)
	t.Cleanup(s.srv.Close)
	t.Cleanup(srv.Shutdown) // first: the server waits for open event streams
	return s
}

// current reads the constitution's current version and its outline.
func (s *site) current() (document.Version, []document.Node) {
	s.t.Helper()
	ctx := context.Background()
	doc, err := s.db.Document(ctx, "constitution")
	if err != nil {
		s.t.Fatal(err)
	}
	head, err := s.db.HeadVersion(ctx, doc.ID)
	if err != nil {
		s.t.Fatal(err)
	}
	nodes, err := s.db.Outline(ctx, head.ID)
	if err != nil {
		s.t.Fatal(err)
	}
	return head, nodes
}

// keysByNumber names sections' keys by their numbers ("Article I, Section 1(b)").
func keysByNumber(nodes []document.Node) map[string]string {
	key := make(map[string]string, len(nodes))
	for _, n := range nodes {
		key[n.Number] = n.Key
	}
	return key
}

// testLog sends the server's log to the test's, shown when a test fails,
// and keeps it for the test to read. A line holding a session's, token's
// or invitation's secret (member.NewSecret) fails the test: whatever the
// test did, the log must never hold one.
type testLog struct {
	t     *testing.T
	mu    sync.Mutex
	lines []string
}

var loggedSecret = regexp.MustCompile(`\b(` + member.PrefixSession + `|` + member.PrefixToken + `|` + member.PrefixInvitation + `)[A-Za-z0-9_-]{40,}`)

func (l *testLog) Write(p []byte) (int, error) {
	l.t.Helper()
	line := strings.TrimSpace(string(p))
	if s := loggedSecret.FindString(line); s != "" {
		l.t.Errorf("the server logged a secret (%s…): %s", s[:3], line)
	}
	l.t.Log(line)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, line)
	return len(p), nil
}

// Lines is what the server has logged so far.
func (l *testLog) Lines() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.lines)
}

// browser is one person's browser: its own cookies, no automatic redirects.
type browser struct {
	site *site
	c    *http.Client
	// from is the client address a trusted proxy forwards its requests
	// from (X-Forwarded-For); "" for none.
	from string
}

func (s *site) browser() *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{site: s, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (s *site) loggedIn(role member.Role) *browser {
	s.t.Helper()
	return s.loggedInAs(string(role) + "@example.org")
}

// loggedInAs logs in the account with that email and the tests' password.
func (s *site) loggedInAs(email string) *browser {
	s.t.Helper()
	b := s.browser()
	res := b.submit("/login", "/login", url.Values{"email": {email}, "password": {password}})
	if res.StatusCode != http.StatusSeeOther {
		s.t.Fatalf("login as %s: status %d", email, res.StatusCode)
	}
	return b
}

type response struct {
	StatusCode int
	Header     http.Header
	Body       string
	doc        *goquery.Document
}

func (r *response) find(sel string) *goquery.Selection {
	if r.doc == nil {
		r.doc, _ = goquery.NewDocumentFromReader(strings.NewReader(r.Body))
	}
	return r.doc.Find(sel)
}

func (b *browser) do(req *http.Request) *response {
	b.site.t.Helper()
	if b.from != "" {
		req.Header.Set("X-Forwarded-For", b.from)
	}
	res, err := b.c.Do(req)
	if err != nil {
		b.site.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return &response{StatusCode: res.StatusCode, Header: res.Header, Body: string(body)}
}

func (b *browser) get(path string) *response {
	req, _ := http.NewRequest(http.MethodGet, b.site.srv.URL+path, nil)
	return b.do(req)
}

// csrf reads the token from a form on the page at path, as a browser would.
func (b *browser) csrf(path string) string {
	b.site.t.Helper()
	page := b.get(path)
	token, ok := page.find(`input[name="csrf_token"]`).First().Attr("value")
	if !ok || token == "" {
		b.site.t.Fatalf("no csrf token on %s (status %d)", path, page.StatusCode)
	}
	return token
}

// submit posts a form from the page at formPage, with that page's token.
func (b *browser) submit(formPage, action string, form url.Values) *response {
	form.Set("csrf_token", b.csrf(formPage))
	return b.post(action, form)
}

func (b *browser) post(action string, form url.Values) *response {
	req, _ := http.NewRequest(http.MethodPost, b.site.srv.URL+action, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return b.do(req)
}

// upload posts a multipart form with one file field, from the page at
// formPage, as a browser sends it: with the form's hidden fields and fields.
func (b *browser) upload(formPage, action string, fields map[string]string, fileField, fileName string, content []byte) *response {
	b.site.t.Helper()
	form := b.hiddenFields(formPage, action)
	maps.Copy(form, fields)
	return b.postFile(action, form, fileField, fileName, content)
}

// hiddenFields reads the hidden fields of the form posting to action on the
// page at path: its CSRF token, and the versions an import form was opened
// on.
func (b *browser) hiddenFields(path, action string) map[string]string {
	b.site.t.Helper()
	page := b.get(path)
	hidden := map[string]string{}
	page.find(`form[action="` + action + `"] input[type="hidden"]`).Each(func(_ int, in *goquery.Selection) {
		hidden[in.AttrOr("name", "")] = in.AttrOr("value", "")
	})
	if hidden["csrf_token"] == "" {
		b.site.t.Fatalf("no csrf token on %s (status %d)", path, page.StatusCode)
	}
	return hidden
}

// postFile posts a multipart form with one file field.
func (b *browser) postFile(action string, fields map[string]string, fileField, fileName string, content []byte) *response {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		_ = w.WriteField(k, v)
	}
	fw, _ := w.CreateFormFile(fileField, fileName)
	_, _ = fw.Write(content)
	_ = w.Close()
	req, _ := http.NewRequest(http.MethodPost, b.site.srv.URL+action, &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return b.do(req)
}

func TestDocumentPage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		anon := s.browser()
		if res := anon.get("/documents/constitution"); res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/login") {
			t.Fatalf("anonymous read: %d %s", res.StatusCode, res.Header.Get("Location"))
		}
		b := s.loggedIn(member.RoleMember)
		res := b.get("/documents/constitution")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d", res.StatusCode)
		}
		// Every section of the stored outline is on the page, under its key,
		// with its number.
		doc, _ := db.Document(context.Background(), "constitution")
		head, _ := db.HeadVersion(context.Background(), doc.ID)
		nodes, _ := db.Outline(context.Background(), head.ID)
		if len(nodes) != 8 {
			t.Fatalf("outline has %d nodes, want 8", len(nodes))
		}
		for _, n := range nodes {
			el := res.find("#" + n.Key)
			if el.Length() != 1 {
				t.Errorf("no element with id %s (%s)", n.Key, n.Number)
				continue
			}
			if got, _ := el.Attr("data-number"); got != n.Number {
				t.Errorf("%s: data-number %q, want %q", n.Key, got, n.Number)
			}
			if got := strings.TrimSpace(el.Find(".num").First().Text()); got != n.Marker {
				t.Errorf("%s: marker %q, want %q", n.Key, got, n.Marker)
			}
		}
		if got := res.find(`[data-number="Article I, Section 1(a)(i)"]`).Length(); got != 1 {
			t.Errorf("nested clause not numbered (a)(i)")
		}
		// Table of contents links point at anchors on the page.
		res.find(".toc a").Each(func(_ int, a *goquery.Selection) {
			href, _ := a.Attr("href")
			if res.find(href).Length() != 1 {
				t.Errorf("toc link %s has no target", href)
			}
		})
		// Front matter is shown as metadata, not as text.
		if res.find(".front-matter dt").Length() != 3 || strings.Contains(res.find(".body").Text(), "status: draft") {
			t.Errorf("front matter not shown as metadata")
		}
		if got := res.find(".front-matter dd").Eq(1).Text(); got != "2026-11-01" { // after the version's state
			t.Errorf("front matter date shown as %q", got)
		}
		if n := res.find("h1").Length(); n != 1 {
			t.Errorf("%d h1 headings on the page, want 1", n)
		}
		// No raw HTML or script link from the document reaches the page.
		body, _ := res.find(".body").Html()
		if strings.Contains(body, "<script") || strings.Contains(body, "javascript:") {
			t.Errorf("document HTML leaked into the page: %s", body)
		}
		if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("CSP = %q", csp)
		}
	})
}

func TestImportVersionsAndHistory(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		committee := s.loggedIn(member.RoleCommittee)
		next := strings.Replace(constitution, "in the city", "in the town", 1)
		res := committee.upload("/import", "/import", map[string]string{"slug": "constitution"}, "file", "c.md", []byte(next))
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("import new version: %d %s", res.StatusCode, res.find(".error").Text())
		}
		reader := s.loggedIn(member.RoleMember)
		hist := reader.get("/documents/constitution/versions")
		links := hist.find("table.versions tbody a")
		if links.Length() != 2 {
			t.Fatalf("history lists %d versions, want 2", links.Length())
		}
		oldHref, _ := links.Last().Attr("href")
		old := reader.get(oldHref)
		if old.StatusCode != http.StatusOK || !strings.Contains(old.find(".body").Text(), "in the city") || old.find(".notice").Length() == 0 {
			t.Errorf("past version not readable as such: %d", old.StatusCode)
		}
		if cur := reader.get("/documents/constitution"); !strings.Contains(cur.find(".body").Text(), "in the town") {
			t.Errorf("current version not the new one")
		}
		// The history offers to compare the last change, and the comparison
		// shows it word by word.
		from := hist.find(`select#from option[selected]`).AttrOr("value", "")
		to := hist.find(`select#to option[selected]`).AttrOr("value", "")
		cmp := reader.get("/documents/constitution/compare?from=" + from + "&to=" + to)
		if cmp.StatusCode != http.StatusOK || cmp.find(".motion-table tbody tr").Length() != 1 ||
			cmp.find(".redline del").Text() != "city" || cmp.find(".redline ins").Text() != "town" {
			t.Errorf("compare: %d %q", cmp.StatusCode, cmp.find("main").Text())
		}
		if res := reader.get("/documents/constitution/compare?from=x&to=1"); res.StatusCode != http.StatusBadRequest {
			t.Errorf("compare with a bad version: %d", res.StatusCode)
		}

		// A new document from pasted text.
		res = committee.submit("/import", "/import", url.Values{"slug": {"bylaws"}, "title": {"Bylaws"}, "numbering": {"decimal"}, "markdown": {"# Meetings\n\n1. Monthly.\n\n# Elections\n\n1. Yearly.\n"}})
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/documents/bylaws" {
			t.Fatalf("create by paste: %d %s", res.StatusCode, res.find(".error").Text())
		}
		if got := reader.get("/documents/bylaws").find(`[data-number="1.1"]`).Length(); got != 1 {
			t.Errorf("decimal numbering missing")
		}
	})
}

func TestBadImports(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		committee := s.loggedIn(member.RoleCommittee)
		cases := []struct {
			name    string
			content []byte
			status  int
		}{
			{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), http.StatusBadRequest},
			{"invalid utf-8", []byte("# A\n\n1. caf\xe9\n"), http.StatusBadRequest},
			{"nesting", []byte(strings.Repeat("1. ", 1000) + "deep\n"), http.StatusBadRequest},
			{"not markdown", []byte("a plain letter with no sections at all\n"), http.StatusBadRequest},
			{"twenty megabytes", bytes.Repeat([]byte("1. clause\n"), 2<<20), http.StatusRequestEntityTooLarge},
		}
		for _, tc := range cases {
			res := committee.upload("/import", "/import", map[string]string{"slug": "constitution"}, "file", "x.md", tc.content)
			if res.StatusCode != tc.status {
				t.Errorf("%s: status %d, want %d", tc.name, res.StatusCode, tc.status)
			}
			if msg := strings.TrimSpace(res.find(".error").Text()); msg == "" {
				t.Errorf("%s: no message shown", tc.name)
			}
		}
		doc, _ := db.Document(context.Background(), "constitution")
		if versions, _ := db.Versions(context.Background(), doc.ID); len(versions) != 1 {
			t.Errorf("bad imports wrote %d versions", len(versions)-1)
		}
	})
}

func TestRolesAndCSRF(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		memberB := s.loggedIn(member.RoleMember)
		for _, path := range []string{"/import", "/admin/members", "/audit"} {
			if res := memberB.get(path); res.StatusCode != http.StatusForbidden {
				t.Errorf("member GET %s: %d", path, res.StatusCode)
			}
		}
		observer := s.loggedIn(member.RoleObserver)
		if res := observer.get("/audit"); res.StatusCode != http.StatusOK || res.find("table.audit tbody tr").Length() == 0 {
			t.Errorf("observer audit page: %d", res.StatusCode)
		}
		if res := observer.get("/import"); res.StatusCode != http.StatusForbidden {
			t.Errorf("observer import: %d", res.StatusCode)
		}
		// A forged form: the right session cookie, a token that is not its own.
		committee := s.loggedIn(member.RoleCommittee)
		res := committee.post("/import", url.Values{"slug": {"forged"}, "title": {"F"}, "numbering": {"decimal"}, "markdown": {"# A\n\n1. x\n"}, "csrf_token": {"forged"}})
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("forged csrf: %d", res.StatusCode)
		}
		// Another member's token does not work either.
		stolen := memberB.csrf("/")
		res = committee.post("/import", url.Values{"slug": {"forged"}, "title": {"F"}, "numbering": {"decimal"}, "markdown": {"# A\n\n1. x\n"}, "csrf_token": {stolen}})
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("another session's csrf token: %d", res.StatusCode)
		}
		if _, err := db.Document(context.Background(), "forged"); err == nil {
			t.Errorf("forged request created a document")
		}
		// Logout needs the token too, and then ends the session.
		if res := committee.post("/logout", url.Values{}); res.StatusCode != http.StatusForbidden {
			t.Errorf("logout without token: %d", res.StatusCode)
		}
		if res := committee.submit("/", "/logout", url.Values{}); res.StatusCode != http.StatusSeeOther {
			t.Errorf("logout: %d", res.StatusCode)
		}
		if res := committee.get("/"); res.StatusCode != http.StatusSeeOther {
			t.Errorf("still logged in after logout: %d", res.StatusCode)
		}
	})
}

func TestRosterInvitation(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		admin := s.loggedIn(member.RoleAdmin)
		csv := "name,email,member id,standing\nRosa Parks,rosa@example.org,2001,good\nJoe Hill,joe@example.org,2002,dues owed\n"
		res := admin.upload("/admin/members", "/admin/roster", nil, "roster", "roster.csv", []byte(csv))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("roster: %d %s", res.StatusCode, res.find(".error").Text())
		}
		var rosaLink string
		res.find(".links tbody tr").Each(func(_ int, tr *goquery.Selection) {
			if strings.Contains(tr.Text(), "rosa@example.org") {
				rosaLink = tr.Find("code").Text()
			}
		})
		u, err := url.Parse(rosaLink)
		if err != nil || !strings.HasPrefix(u.Path, "/invitations/") {
			t.Fatalf("no invitation link for Rosa: %q", rosaLink)
		}
		if joe := res.find(".member.lapsed").Text(); !strings.Contains(joe, "Joe Hill") {
			t.Errorf("Joe not shown as not in good standing")
		}
		// A bad roster is refused whole, with the line named.
		bad := admin.upload("/admin/members", "/admin/roster", nil, "roster", "roster.csv", []byte("name,email,member id,standing\nAl,al@example.org,3001,good\nBo,not-an-email,3002,good\n"))
		if bad.StatusCode != http.StatusBadRequest || !strings.Contains(bad.find(".error").Text(), "line 3") {
			t.Errorf("bad roster: %d %q", bad.StatusCode, bad.find(".error").Text())
		}
		if _, err := db.UserByEmail(context.Background(), "al@example.org"); err == nil {
			t.Errorf("half of a bad roster was imported")
		}

		rosa := s.browser()
		if page := rosa.get(u.Path); page.StatusCode != http.StatusOK || !strings.Contains(page.Body, "Rosa Parks") {
			t.Fatalf("invitation page: %d", page.StatusCode)
		}
		if res := rosa.submit(u.Path, u.Path, url.Values{"password": {"solidarity forever"}, "confirm": {"solidarity forevr"}}); res.StatusCode != http.StatusBadRequest {
			t.Errorf("mismatched passwords: %d", res.StatusCode)
		}
		if res := rosa.submit(u.Path, u.Path, url.Values{"password": {"solidarity forever"}, "confirm": {"solidarity forever"}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("accept invitation: %d", res.StatusCode)
		}
		if res := rosa.get("/"); res.StatusCode != http.StatusOK {
			t.Errorf("not logged in after accepting: %d", res.StatusCode)
		}
		if res := s.browser().get(u.Path); res.StatusCode != http.StatusNotFound {
			t.Errorf("used invitation still works: %d", res.StatusCode)
		}

		// Marking a member not in good standing needs a reason, and is audited.
		joe, _ := db.UserByEmail(context.Background(), "joe@example.org")
		path := "/admin/members/" + strconv.FormatInt(joe.ID, 10) + "/standing"
		if res := admin.submit("/admin/members", path, url.Values{"standing": {"good"}, "reason": {"dues paid"}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("standing: %d", res.StatusCode)
		}
		if joe, _ = db.UserByEmail(context.Background(), "joe@example.org"); !joe.GoodStanding {
			t.Errorf("standing not restored")
		}
		events, _ := db.AuditEvents(context.Background(), 0)
		if last := events[len(events)-1]; last.Action != "user.standing" || !strings.Contains(last.Detail, "dues paid") {
			t.Errorf("standing change not audited: %+v", last)
		}
	})
}

func TestLanguage(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	b := s.loggedIn(member.RoleMember)
	if got := b.get("/").find("html").AttrOr("lang", ""); got != "en" {
		t.Errorf("default language %q", got)
	}
	if res := b.submit("/", "/language", url.Values{"lang": {"fr"}, "next": {"/"}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("set language: %d", res.StatusCode)
	}
	page := b.get("/")
	if got := page.find("html").AttrOr("lang", ""); got != "fr" {
		t.Errorf("language after choosing French: %q", got)
	}
	if res := b.submit("/", "/language", url.Values{"lang": {"xx"}}); res.StatusCode != http.StatusBadRequest {
		t.Errorf("unknown language: %d", res.StatusCode)
	}
	// Errors speak the member's language too.
	res := b.get("/import")
	if msg := res.find(".error").Text(); res.StatusCode != http.StatusForbidden || !strings.Contains(msg, "comité de rédaction") {
		t.Errorf("refusal in French: %d %q", res.StatusCode, msg)
	}
	if got := page.find("nav a").First().Text(); got != "Documents" {
		t.Errorf("first menu entry %q", got)
	}
	if got := page.find("button.link").Text(); !strings.HasPrefix(got, "Se déconnecter") {
		t.Errorf("logout button in French: %q", got)
	}
}

func TestAdminSetsRoles(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		admin := s.loggedIn(member.RoleAdmin)
		target := s.users[member.RoleMember]
		path := "/admin/members/" + strconv.FormatInt(target.ID, 10) + "/roles"
		res := admin.submit("/admin/members", path, url.Values{"role": {"member", "committee"}})
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("set roles: %d %s", res.StatusCode, res.find(".error").Text())
		}
		u, _ := db.User(context.Background(), target.ID)
		if !u.Has(member.RoleCommittee) || !u.Has(member.RoleMember) || len(u.Roles) != 2 {
			t.Errorf("roles = %v", u.Roles)
		}
		// The new committee member can import at once: roles are read per request.
		if got := s.loggedIn(member.RoleMember).get("/import").StatusCode; got != http.StatusOK {
			t.Errorf("new committee member on /import: %d", got)
		}
		self := "/admin/members/" + strconv.FormatInt(s.users[member.RoleAdmin].ID, 10) + "/roles"
		if res := admin.submit("/admin/members", self, url.Values{"role": {"member"}}); res.StatusCode != http.StatusBadRequest {
			t.Errorf("admin removing own admin role: %d", res.StatusCode)
		}
		if res := admin.submit("/admin/members", path, url.Values{"role": {"king"}}); res.StatusCode != http.StatusBadRequest {
			t.Errorf("unknown role: %d", res.StatusCode)
		}
		if res := admin.submit("/admin/members", path, url.Values{}); res.StatusCode != http.StatusBadRequest {
			t.Errorf("no role at all: %d", res.StatusCode)
		}
		committee := s.loggedIn(member.RoleCommittee)
		if res := committee.submit("/", path, url.Values{"role": {"admin"}}); res.StatusCode != http.StatusForbidden {
			t.Errorf("committee member granting admin: %d", res.StatusCode)
		}
	})
}

// TestOversizedFormSaysSo: a url-encoded form over the body limit is
// refused as too large, not as a form without its token.
func TestOversizedFormSaysSo(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	b := s.loggedIn(member.RoleMember)
	form := url.Values{"body": {strings.Repeat("x", 20<<20)}, "stance": {"support"}}
	form.Set("csrf_token", b.csrf("/"))
	res := b.post("/documents/constitution/sections/any/comments", form)
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("20 MB comment form: %d, want 413", res.StatusCode)
	}
}
