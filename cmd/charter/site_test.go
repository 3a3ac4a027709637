package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// site is a database holding what the scale-out and fault tests act on:
// a document with a section, a member who can log in (password, API token
// and session) and a committee member with a token.
type site struct {
	db        *store.DB
	doc       document.Document
	version   document.Version
	section   string // the key of the document's first section
	member    member.User
	token     string // the member's API token
	session   string // the member's session cookie
	committee string // the committee member's API token
}

const (
	siteSlug     = "constitution"
	sitePassword = "a long enough password"
	siteText     = `# Constitution

## Article I. Name

1. The name of this organisation is the Warehouse Workers Union.

## Article II. Amendments

1. Adoption requires two-thirds of the votes cast at a meeting.
1. Notice is thirty days.
1. Results are posted in every break room.
`
)

// postgresCharter builds the binary and creates a scratch PostgreSQL
// database for a test of the real server; without CHARTER_TEST_POSTGRES, or
// with -short, the test is skipped.
func postgresCharter(t *testing.T) (bin, addr string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	addr, err := storetest.NewPostgresDatabase(t)
	if err != nil {
		t.Fatal(err)
	}
	return buildCharter(t), addr
}

// onEachDatabase runs a test of the real binary on a new SQLite file, and
// on a new PostgreSQL database when CHARTER_TEST_POSTGRES is set.
func onEachDatabase(t *testing.T, bin string, test func(t *testing.T, bin, addr string)) {
	t.Run("sqlite", func(t *testing.T) {
		test(t, bin, "sqlite:"+filepath.Join(t.TempDir(), "charter.db"))
	})
	if os.Getenv(storetest.PostgresEnv) != "" {
		t.Run("postgres", func(t *testing.T) {
			addr, err := storetest.NewPostgresDatabase(t)
			if err != nil {
				t.Fatal(err)
			}
			test(t, bin, addr)
		})
	}
}

// newSite fills the database at addr. The caller's store stays open for
// checks, beside whatever Charter processes the test starts.
func newSite(t *testing.T, addr string) *site {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	s := &site{db: db}
	if s.member, err = db.CreateUser(ctx, 0, store.NewUser{Email: "member@site.invalid", Name: "Member", Roles: []member.Role{member.RoleMember}, Password: sitePassword, GoodStanding: true}); err != nil {
		t.Fatal(err)
	}
	committee, err := db.CreateUser(ctx, 0, store.NewUser{Email: "committee@site.invalid", Name: "Committee", Roles: []member.Role{member.RoleMember, member.RoleCommittee}, Password: sitePassword, GoodStanding: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.doc, s.version, err = db.CreateDocument(ctx, committee.ID, store.NewDocument{Slug: siteSlug, Title: "Constitution", Numbering: document.SchemeArticle, Markdown: []byte(siteText)}); err != nil {
		t.Fatal(err)
	}
	if err := db.SetCosponsorsNeeded(ctx, committee.ID, siteSlug, 0); err != nil {
		t.Fatal(err)
	}
	nodes, err := db.Outline(ctx, s.version.ID)
	if err != nil || len(nodes) == 0 {
		t.Fatalf("outline: %d nodes, %v", len(nodes), err)
	}
	s.section = nodes[0].Key
	if s.token, err = db.CreateToken(ctx, 0, s.member.ID, "site"); err != nil {
		t.Fatal(err)
	}
	if s.committee, err = db.CreateToken(ctx, 0, committee.ID, "site"); err != nil {
		t.Fatal(err)
	}
	if s.session, err = db.CreateSession(ctx, s.member.ID); err != nil {
		t.Fatal(err)
	}
	return s
}

func (s *site) sectionPath() string {
	return "/documents/" + siteSlug + "/sections/" + s.section
}

// answer is an HTTP response read whole.
type answer struct {
	status      int
	contentType string
	body        string
}

// apiError is the code of the API's {"error": {"code", "message"}}.
func (a answer) apiError() (code, message string) {
	var e struct {
		Error struct{ Code, Message string }
	}
	_ = json.Unmarshal([]byte(a.body), &e)
	return e.Error.Code, e.Error.Message
}

var testClient = &http.Client{
	Timeout:       30 * time.Second,
	Transport:     &http.Transport{MaxIdleConnsPerHost: 64},
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

// fetch sends a request and reads the whole answer; it may run on any
// goroutine.
func fetch(client *http.Client, req *http.Request) (answer, error) {
	res, err := client.Do(req)
	if err != nil {
		return answer{}, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return answer{}, fmt.Errorf("reading the body: %w", err)
	}
	return answer{res.StatusCode, res.Header.Get("Content-Type"), string(body)}, nil
}

func do(t *testing.T, client *http.Client, req *http.Request) answer {
	t.Helper()
	a, err := fetch(client, req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	return a
}

// apiRequest is a JSON request with a bearer token.
func apiRequest(method, url, token string, in any) *http.Request {
	var body io.Reader
	if in != nil {
		b, _ := json.Marshal(in)
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		panic(err) // the tests' own URLs
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	return req
}

// api sends a JSON request with a bearer token.
func api(t *testing.T, method, url, token string, in any) answer {
	t.Helper()
	return do(t, testClient, apiRequest(method, url, token, in))
}

// page gets a page with the member's session cookie.
func (s *site) page(t *testing.T, base, path string) answer {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, base+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.AddCookie(&http.Cookie{Name: "charter_session", Value: s.session})
	return do(t, testClient, req)
}

// comment posts a comment on the section through the API.
func (s *site) comment(t *testing.T, base, body string) answer {
	t.Helper()
	return api(t, http.MethodPost, base+"/api/v1/documents/"+siteSlug+"/comments", s.token,
		map[string]any{"version_id": s.version.ID, "section_key": s.section, "stance": "support", "body": body})
}

// commentBodies lists the bodies of the comments on the document's first
// version, as the store reads them.
func (s *site) commentBodies(t *testing.T) map[string]bool {
	t.Helper()
	views, err := s.db.Comments(context.Background(), s.version.ID)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, v := range views {
		out[v.Body] = true
	}
	return out
}

// browser is a member's browser: one cookie jar for every instance on the
// loopback address, as behind one load balancer's host name.
type browser struct {
	client *http.Client
}

func newBrowser(t *testing.T) *browser {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &browser{client: &http.Client{Jar: jar, Timeout: 30 * time.Second, CheckRedirect: testClient.CheckRedirect}}
}

var csrfInput = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

// get fetches a page and the CSRF token of its forms.
func (b *browser) get(t *testing.T, url string) (answer, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	a := do(t, b.client, req)
	m := csrfInput.FindStringSubmatch(a.body)
	if m == nil {
		return a, ""
	}
	return a, m[1]
}

// post sends a form as the browser would.
func (b *browser) post(t *testing.T, target string, form url.Values) answer {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return do(t, b.client, req)
}

// logIn logs the member in through base's login form.
func (b *browser) logIn(t *testing.T, base, email string) {
	t.Helper()
	b.logInWith(t, base, email, sitePassword)
}

func (b *browser) logInWith(t *testing.T, base, email, password string) {
	t.Helper()
	_, token := b.get(t, base+"/login")
	if token == "" {
		t.Fatal("the login page has no CSRF token")
	}
	a := b.post(t, base+"/login", url.Values{"csrf_token": {token}, "email": {email}, "password": {password}, "next": {"/"}})
	if a.status != http.StatusSeeOther {
		t.Fatalf("log in: status %d\n%s", a.status, a.body)
	}
}

func describe(a answer) string {
	return fmt.Sprintf("status %d (%s): %.300s", a.status, a.contentType, a.body)
}

func jsonInto(body string, v any) error { return json.Unmarshal([]byte(body), v) }
