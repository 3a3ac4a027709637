package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

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

func mustParse(raw string) *url.URL {
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	return u
}
