package web_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
	"github.com/charter-org/charter/web"
)

var generatedRequestID = regexp.MustCompile(`^[a-z2-7]{12}$`)

// loggedFor is the lines logged with the request id, and whether one of
// them is the request's own line.
func loggedFor(s *site, id string) (lines []string, access bool) {
	for _, l := range s.log.Lines() {
		if strings.Contains(l, "request_id="+id) {
			lines = append(lines, l)
			access = access || strings.Contains(l, "msg=request ")
		}
	}
	return lines, access
}

// TestRequestReference: every answer names its request (X-Request-Id);
// the error page shows the id as a reference a member can quote, and the
// server's log has the request's line under that id, with the route's
// pattern and never the path asked for, which may hold a secret.
func TestRequestReference(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		b := s.browser()
		secret, _ := member.NewSecret(member.PrefixInvitation)
		page := b.get("/invitations/" + secret)
		id := page.Header.Get("X-Request-Id")
		if page.StatusCode != http.StatusNotFound || !generatedRequestID.MatchString(id) {
			t.Fatalf("a mistyped invitation: status %d, request id %q", page.StatusCode, id)
		}
		if ref, _ := page.find(".reference").Attr("data-request-id"); ref != id || !strings.Contains(page.find(".reference").Text(), "Reference: "+id) {
			t.Errorf("the error page's reference: %q %q, want %s", ref, page.find(".reference").Text(), id)
		}
		lines, access := loggedFor(s, id)
		if !access || len(lines) != 1 || !strings.Contains(lines[0], "route=/invitations/:secret") || !strings.Contains(lines[0], "status=404") {
			t.Errorf("the log under %s: %q", id, lines)
		}
		if strings.Contains(strings.Join(s.log.Lines(), "\n"), secret[3:]) {
			t.Error("the log holds the invitation's secret")
		}
		if other := b.get("/login").Header.Get("X-Request-Id"); other == id || !generatedRequestID.MatchString(other) {
			t.Errorf("the next request's id: %q after %q", other, id)
		}
		// A page no route matches: its path, whatever it is, is not logged.
		page = b.get("/no/such/page/" + secret)
		if lines, access := loggedFor(s, page.Header.Get("X-Request-Id")); !access || len(lines) != 1 || !strings.Contains(lines[0], "route=unmatched") {
			t.Errorf("the log of an unmatched path: %q", lines)
		}
		// The API's errors are named the same way, in the header.
		req, _ := http.NewRequest(http.MethodGet, s.srv.URL+"/api/v1/documents", nil)
		req.Header.Set("Authorization", "Bearer "+secret)
		if res := b.do(req); res.StatusCode != http.StatusUnauthorized || !generatedRequestID.MatchString(res.Header.Get("X-Request-Id")) {
			t.Errorf("an API error: status %d, request id %q", res.StatusCode, res.Header.Get("X-Request-Id"))
		}
	})
}

// TestServerErrorReference: a request that fails inside (here, the database
// closed under it) shows the member a reference, and the error's own log
// line carries it, with the route and without the secret in the path.
func TestServerErrorReference(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	b := s.browser()
	secret, _ := member.NewSecret(member.PrefixInvitation)
	_ = db.Close()
	page := b.get("/invitations/" + secret)
	id := page.Header.Get("X-Request-Id")
	if page.StatusCode < 500 || page.find(".reference").AttrOr("data-request-id", "") != id {
		t.Fatalf("status %d, reference %q, request id %q", page.StatusCode, page.find(".reference").AttrOr("data-request-id", ""), id)
	}
	lines, access := loggedFor(s, id)
	failed := false
	for _, l := range lines {
		failed = failed || strings.Contains(l, `msg="request failed"`) && strings.Contains(l, "route=/invitations/:secret")
	}
	if !access || !failed {
		t.Errorf("the log under %s: %q", id, lines)
	}
}

// TestRequestIDFromProxy: an id sent in X-Request-Id is taken only from a
// trusted proxy, and only if short and plain; else Charter makes its own,
// so that a client cannot choose what the log says or tie its lines to
// another's.
func TestRequestIDFromProxy(t *testing.T) {
	db := storetest.SQLite(t)
	ask := func(s *site, sent string) string {
		req, _ := http.NewRequest(http.MethodGet, s.srv.URL+"/login", nil)
		req.Header.Set("X-Request-Id", sent)
		return s.browser().do(req).Header.Get("X-Request-Id")
	}
	direct := newSite(t, db)
	if got := ask(direct, "proxy-42.a_b"); !generatedRequestID.MatchString(got) {
		t.Errorf("an id sent straight to Charter was kept: %q", got)
	}
	proxied := newSiteWith(t, storetest.SQLite(t), web.Config{TrustedProxies: []string{"127.0.0.1/8", "::1"}})
	if got := ask(proxied, "proxy-42.a_b"); got != "proxy-42.a_b" {
		t.Errorf("the trusted proxy's id: got %q", got)
	}
	for _, bad := range []string{"a b", "x\" msg=forged", strings.Repeat("a", 65), "<script>"} {
		if got := ask(proxied, bad); !generatedRequestID.MatchString(got) {
			t.Errorf("the proxy's id %q was kept: %q", bad, got)
		}
	}
	if lines, access := loggedFor(proxied, "proxy-42.a_b"); !access || len(lines) != 1 {
		t.Errorf("the proxy's id in the log: %q", lines)
	}
}
