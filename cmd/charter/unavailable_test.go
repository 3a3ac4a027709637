package main

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// leaks are words of a driver's or the network's error that a member must
// never read.
var leaks = []string{"dial", "refused", "failed to connect", "127.0.0.1", "SQLSTATE", "pgconn", "EOF", "sqlite", "disk I/O", "(13)"}

func checkNoLeak(t *testing.T, what string, a answer) {
	t.Helper()
	for _, w := range leaks {
		if strings.Contains(a.body, w) {
			t.Errorf("%s shows %q: %s", what, w, describe(a))
		}
	}
}

// TestDatabaseUnavailable runs the real server on PostgreSQL through a TCP
// proxy and takes the database away: pages answer a 503 page, the API a
// 503 JSON error, /readyz 503 (while /healthz, which touches no database,
// stays 200), the metrics say their readings failed, nothing is written and
// nothing internal is shown; the process stays up, and when the database
// comes back every request works again with no restart.
func TestDatabaseUnavailable(t *testing.T) {
	bin, addr := postgresCharter(t)
	s := newSite(t, addr)
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatal(err)
	}
	proxy := newTCPProxy(t, u.Host)
	u.Host = proxy.addr
	metricsAddr := freeAddr(t)
	server := startCharter(t, bin, u.String(), "--metrics-addr", metricsAddr)
	base := server.base

	check := func(path string) answer {
		req, _ := http.NewRequest(http.MethodGet, base+path, nil)
		return do(t, testClient, req)
	}
	working := func(when string, body string) {
		t.Helper()
		for _, path := range []string{"/healthz", "/readyz"} {
			if a := check(path); a.status != http.StatusOK {
				t.Errorf("%s: %s %s", when, path, describe(a))
			}
		}
		if up := scrape(t, "http://"+metricsAddr+"/metrics").value("charter_readings_up"); up != 1 {
			t.Errorf("%s: charter_readings_up %v", when, up)
		}
		if a := s.page(t, base, s.sectionPath()); a.status != http.StatusOK {
			t.Errorf("%s: the section page: %s", when, describe(a))
		}
		if a := s.comment(t, base, body); a.status != http.StatusCreated {
			t.Errorf("%s: posting a comment: %s", when, describe(a))
		}
	}
	working("before the outage", "posted before the outage")

	proxy.cut()
	if a := check("/readyz"); a.status != http.StatusServiceUnavailable || a.body != "database unavailable\n" {
		t.Errorf("/readyz without a database: %s", describe(a))
	}
	if a := check("/healthz"); a.status != http.StatusOK {
		t.Errorf("/healthz without a database: %s", describe(a))
	}
	if m := scrape(t, "http://"+metricsAddr+"/metrics"); m.value("charter_readings_up") != 0 || m.family("charter_readings_up") == nil || m.family("charter_outbox_messages") != nil {
		t.Errorf("metrics without a database: readings up %v, outbox %v", m.value("charter_readings_up"), m.family("charter_outbox_messages"))
	}
	a := s.page(t, base, s.sectionPath())
	if a.status != http.StatusServiceUnavailable || !strings.HasPrefix(a.contentType, "text/html") || !strings.Contains(a.body, "cannot reach its database") {
		t.Errorf("a page without a database: %s", describe(a))
	}
	checkNoLeak(t, "the page", a)
	req, _ := http.NewRequest(http.MethodGet, base+"/login", nil)
	req.Header.Set("Accept-Language", "fr")
	a = do(t, testClient, req)
	if a.status != http.StatusServiceUnavailable || !strings.Contains(a.body, "joindre sa base de données") {
		t.Errorf("the login page in French without a database: %s", describe(a))
	}
	checkNoLeak(t, "the login page", a)
	a = s.comment(t, base, "posted during the outage")
	if code, msg := a.apiError(); a.status != http.StatusServiceUnavailable || code != "unavailable" || !strings.Contains(msg, "nothing was changed") {
		t.Errorf("an API write without a database: %s", describe(a))
	}
	checkNoLeak(t, "the API's answer", a)
	a = api(t, http.MethodGet, base+"/api/v1/documents", s.token, nil)
	if code, _ := a.apiError(); a.status != http.StatusServiceUnavailable || code != "unavailable" {
		t.Errorf("an API read without a database: %s", describe(a))
	}
	select {
	case err := <-server.done:
		t.Fatalf("the server exited while the database was away: %v", err)
	default:
	}

	proxy.restore(t)
	working("after the database came back", "posted after the outage")
	got := s.commentBodies(t)
	if len(got) != 2 || !got["posted before the outage"] || !got["posted after the outage"] {
		t.Errorf("comments stored: %v; want the one before and the one after the outage", got)
	}
	server.stop(t)
}
