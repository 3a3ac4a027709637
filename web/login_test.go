package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
	"github.com/charter-org/charter/web"
)

// stoppedClock is the store's clock, moved only by the test.
type stoppedClock struct {
	mu  sync.Mutex
	now time.Time
}

func stopClock(db *store.DB) *stoppedClock {
	c := &stoppedClock{now: time.Now().UTC().Truncate(time.Microsecond)}
	db.UseClock(func() time.Time {
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.now
	})
	return c
}

func (c *stoppedClock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func (b *browser) logIn(email, pass string) *response {
	return b.submit("/login", "/login", url.Values{"email": {email}, "password": {pass}})
}

// retryAfter is a refused login's Retry-After; it fails the test for any
// other answer.
func retryAfter(t *testing.T, res *response) time.Duration {
	t.Helper()
	secs, err := strconv.Atoi(res.Header.Get("Retry-After"))
	if res.StatusCode != http.StatusTooManyRequests || err != nil || secs < 1 || !strings.Contains(res.find(".error").Text(), "Try again in") {
		t.Fatalf("want a wait: %d, Retry-After %q, %q", res.StatusCode, res.Header.Get("Retry-After"), res.find(".error").Text())
	}
	return time.Duration(secs) * time.Second
}

// TestNoVoterLockedOutBySomeoneElse: an opponent's wrong passwords never
// keep a member out of a browser they have logged in from, even on the
// same Wi-Fi; a member on a new browser there waits, and is let in once the
// wait has passed; nowhere else is anyone delayed.
func TestNoVoterLockedOutBySomeoneElse(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		// Behind a proxy that names each client's address, as in production.
		s := newSiteWith(t, db, web.Config{TrustedProxies: []string{"127.0.0.1", "::1"}})
		clk := stopClock(db)
		const email = "member@example.org"
		phone := s.browser()
		phone.from = "198.51.100.7"
		if res := phone.logIn(email, password); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("first login: %d", res.StatusCode)
		}
		var device *http.Cookie
		for _, c := range phone.c.Jar.Cookies(mustParse(s.srv.URL)) {
			if c.Name == "charter_device" {
				device = c
			}
		}
		if device == nil {
			t.Fatal("no device cookie after logging in")
		}
		phone.submit("/", "/logout", url.Values{})

		attacker := s.browser()
		attacker.from = "203.0.113.9"
		for i := 0; i < store.AccountClientRule.Free; i++ {
			if res := attacker.logIn(email, "wrong guess"); res.StatusCode != http.StatusUnauthorized {
				t.Fatalf("failure %d: %d", i, res.StatusCode)
			}
		}
		if wait := retryAfter(t, attacker.logIn(email, "wrong guess")); wait != store.FirstWait {
			t.Errorf("first wait %v", wait)
		}

		phone.from = attacker.from // the member's phone joins the shift's Wi-Fi
		if res := phone.logIn(email, password); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("member on their phone after someone else's failures: %d %s", res.StatusCode, res.find(".error").Text())
		}
		elsewhere := s.browser()
		elsewhere.from = "192.0.2.80"
		if res := elsewhere.logIn(email, password); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("member on a new browser elsewhere: %d", res.StatusCode)
		}

		// A new browser on the attacker's network waits, however right
		// its password; a forged or another account's device cookie
		// changes nothing; once the wait is over the member is in.
		borrowed := s.browser()
		borrowed.from = attacker.from
		borrowed.c.Jar.SetCookies(mustParse(s.srv.URL), []*http.Cookie{{Name: "charter_device", Value: strings.Replace(device.Value, ":", "0:", 1)}})
		wait := retryAfter(t, borrowed.logIn(email, password))
		intruder := s.loggedInAs("admin@example.org")
		intruder.from = attacker.from
		if res := intruder.submit("/", "/login", url.Values{"email": {email}, "password": {password}}); res.StatusCode != http.StatusTooManyRequests {
			t.Errorf("another account's device cookie: %d", res.StatusCode)
		}
		clk.advance(wait)
		if res := borrowed.logIn(email, password); res.StatusCode != http.StatusSeeOther {
			t.Errorf("new browser after the wait: %d %s", res.StatusCode, res.find(".error").Text())
		}
	})
}

// TestNoFreshBudgetFromAForgedAddress: with no proxy trusted, a client's
// own X-Forwarded-For earns no fresh allowance.
func TestNoFreshBudgetFromAForgedAddress(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	stopClock(s.db)
	b := s.browser()
	for i := 0; i < store.AccountClientRule.Free; i++ {
		b.logIn("member@example.org", "wrong guess")
	}
	b.from = "203.0.113.9"
	retryAfter(t, b.logIn("member@example.org", password))
}

// TestVisitorCookieIsCharters: before login, the form's token is bound to a
// visitor cookie only Charter can make. A value planted in the browser is
// replaced, so whoever planted it cannot know the login form's token.
func TestVisitorCookieIsCharters(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	planted := []*http.Cookie{{Name: "charter_visitor", Value: strings.Repeat("a", 43)}}
	attacker, victim := s.browser(), s.browser()
	attacker.c.Jar.SetCookies(mustParse(s.srv.URL), planted)
	victim.c.Jar.SetCookies(mustParse(s.srv.URL), planted)
	token := attacker.csrf("/login")
	res := victim.post("/login", url.Values{"email": {"admin@example.org"}, "password": {password}, "csrf_token": {token}})
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("a login forged with the token of a planted visitor cookie: %d", res.StatusCode)
	}
	// Charter's own cookie keeps working.
	if res := victim.logIn("admin@example.org", password); res.StatusCode != http.StatusSeeOther {
		t.Errorf("login with Charter's visitor cookie: %d", res.StatusCode)
	}
	// A signature of one value does not pass for another.
	mine := s.browser()
	mine.csrf("/login")
	for _, c := range mine.c.Jar.Cookies(mustParse(s.srv.URL)) {
		if value, sig, ok := strings.Cut(c.Value, "."); ok && c.Name == "charter_visitor" {
			forged := []*http.Cookie{{Name: "charter_visitor", Value: value + "x." + sig}}
			attacker, victim := s.browser(), s.browser()
			attacker.c.Jar.SetCookies(mustParse(s.srv.URL), forged)
			victim.c.Jar.SetCookies(mustParse(s.srv.URL), forged)
			token := attacker.csrf("/login")
			if res := victim.post("/login", url.Values{"email": {"admin@example.org"}, "password": {password}, "csrf_token": {token}}); res.StatusCode != http.StatusForbidden {
				t.Errorf("a visitor cookie with another value's signature: %d", res.StatusCode)
			}
		}
	}
}

// TestAnonymousAPIWriteIsUnauthorized: an API write with neither a session
// nor a token is told to authenticate (401), not that its form was forged.
func TestAnonymousAPIWriteIsUnauthorized(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	for _, path := range []string{"/api/v1/documents/constitution/comments", "/api/v1/documents", "/api/v1/account/logout-everywhere"} {
		req, _ := http.NewRequest(http.MethodPost, s.srv.URL+path, strings.NewReader(`{}`))
		req.Header.Set("Content-Type", "application/json")
		res := s.browser().do(req)
		if res.StatusCode != http.StatusUnauthorized || !strings.Contains(res.Body, `"unauthorized"`) {
			t.Errorf("anonymous POST %s: %d %s", path, res.StatusCode, res.Body)
		}
	}
	// A logged-in browser without the token is still refused as forged.
	b := s.loggedIn(member.RoleMember)
	req, _ := http.NewRequest(http.MethodPost, s.srv.URL+"/api/v1/documents/constitution/comments", strings.NewReader(`{}`))
	req.Header.Set("Content-Type", "application/json")
	if res := b.do(req); res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, `"csrf_rejected"`) {
		t.Errorf("session without CSRF token: %d %s", res.StatusCode, res.Body)
	}
}

func mustParse(raw string) *url.URL {
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	return u
}

// TestRedirectsStayOnCharterThroughEveryForm: the addresses Charter sends a
// browser to after login, a language change or a comment action, given a
// hostile "next", are the home page.
func TestRedirectsStayOnCharterThroughEveryForm(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	const hostile = "/\t/evil.example"
	anon := s.browser()
	if res := anon.submit("/login?next="+url.QueryEscape(hostile), "/login", url.Values{"email": {"member@example.org"}, "password": {password}, "next": {hostile}}); res.Header.Get("Location") != "/" {
		t.Errorf("after login: %d %q", res.StatusCode, res.Header.Get("Location"))
	}
	b := s.loggedIn(member.RoleMember)
	if res := b.get("/login?next=/%09/evil.example"); res.Header.Get("Location") != "/" {
		t.Errorf("login page of a logged-in member: %d %q", res.StatusCode, res.Header.Get("Location"))
	}
	if res := b.submit("/", "/language", url.Values{"lang": {"en"}, "next": {"/\\evil.example"}}); res.Header.Get("Location") != "/" {
		t.Errorf("after a language change: %d %q", res.StatusCode, res.Header.Get("Location"))
	}
	// The login form carries next as judged, not as given.
	if got := s.browser().get("/login?next=%2F%09%2Fevil.example").find(`form[action="/login"] input[name="next"]`).AttrOr("value", ""); got != "/" {
		t.Errorf("the login form's next: %q", got)
	}
}
