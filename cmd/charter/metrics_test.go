package main

import (
	"context"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/store/storetest"
)

// TestMetrics runs the real server with -metrics-addr on each database:
// after some requests, its metrics listener exports requests by route
// pattern, responses by status, caches, transactions, the pool, the
// outbox and the open ballot's votes, with no label naming a member, a
// secret or a path's ids; /metrics is not on the public listener; /healthz
// and /readyz answer there, /readyz 503 while the schema is a newer
// Charter's; the metrics listener closes with the server.
func TestMetrics(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	onEachDatabase(t, buildCharter(t), metricsAndHealth)
}

func metricsAndHealth(t *testing.T, bin, addr string) {
	ctx := context.Background()
	s := newSite(t, addr)
	poll := storetest.OpenPoll(t, s.db, 3)
	b, err := s.db.Ballot(ctx, poll.Ballot.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range poll.Voters[:2] {
		if _, err := s.db.CastBallot(ctx, v, b.ID, []ballot.Choice{ballot.Yes}, []string{b.Questions[0].SHA256}); err != nil {
			t.Fatal(err)
		}
	}
	metricsAddr := freeAddr(t)
	server := startCharter(t, bin, addr, "--metrics-addr", metricsAddr)
	base, scrapeURL := server.base, "http://"+metricsAddr+"/metrics"
	get := func(url string) answer {
		req, _ := http.NewRequest(http.MethodGet, url, nil)
		return do(t, testClient, req)
	}

	for _, path := range []string{s.sectionPath(), s.sectionPath(), "/documents/" + siteSlug} {
		if a := s.page(t, base, path); a.status != http.StatusOK {
			t.Fatalf("%s: %s", path, describe(a))
		}
	}
	if a := s.page(t, base, "/amendments/4242"); a.status != http.StatusNotFound {
		t.Errorf("a missing amendment: %s", describe(a))
	}
	if a := api(t, http.MethodGet, base+"/api/v1/documents", s.token, nil); a.status != http.StatusOK {
		t.Errorf("the API's documents: %s", describe(a))
	}
	newBrowser(t).logIn(t, base, s.member.Email)
	if a := get(base + "/metrics"); a.status != http.StatusNotFound || strings.Contains(a.body, "charter_") {
		t.Errorf("/metrics on the public listener: %s", describe(a))
	}
	if a := get("http://" + metricsAddr + "/healthz"); a.status != http.StatusNotFound {
		t.Errorf("the metrics listener serves /healthz: %s", describe(a))
	}
	if a := get(base + "/healthz"); a.status != http.StatusOK || a.body != "ok\n" {
		t.Errorf("/healthz: %s", describe(a))
	}
	if a := get(base + "/readyz"); a.status != http.StatusOK || a.body != "ready\n" {
		t.Errorf("/readyz: %s", describe(a))
	}

	m := scrape(t, scrapeURL)
	section := "/documents/:slug/sections/:key"
	for _, route := range []string{section, "/documents/:slug", "/amendments/:id", "/api/v1/documents", "/healthz", "/readyz"} {
		if m.requests(route, "GET") == 0 {
			t.Errorf("no GET %s in charter_http_request_duration_seconds", route)
		}
	}
	if m.requests("/login", "POST") != 1 || m.requests("unmatched", "GET") == 0 {
		t.Errorf("POST /login: %d, unmatched: %d; want the login and the public /metrics", m.requests("/login", "POST"), m.requests("unmatched", "GET"))
	}
	if m.value("charter_http_responses_total", "class", "2xx", "code", "200") < 6 || m.value("charter_http_responses_total", "class", "4xx", "code", "404") < 2 {
		t.Errorf("responses: %v", m.family("charter_http_responses_total"))
	}
	if m.value("charter_cache_hits_total", "cache", "credentials") == 0 || m.value("charter_cache_misses_total", "cache", "rendered_contents") == 0 ||
		m.value("charter_cache_hits_total", "cache", "rendered_contents") == 0 {
		t.Errorf("caches: the session read twice and the section page shown twice must hit: %v", m.family("charter_cache_hits_total"))
	}
	if m.count("charter_db_transaction_duration_seconds", "kind", "write") == 0 || m.count("charter_db_transaction_duration_seconds", "kind", "view") == 0 {
		t.Errorf("transactions: %v", m.family("charter_db_transaction_duration_seconds"))
	}
	if waits := m.count("charter_db_write_lock_wait_seconds"); strings.HasPrefix(addr, "sqlite:") != (waits > 0) {
		t.Errorf("%d waits for SQLite's write lock on %s", waits, addr)
	}
	if m.value("charter_db_connections_max") == 0 || m.family("charter_db_connection_waits_total") == nil {
		t.Errorf("pool: %v %v", m.family("charter_db_connections_max"), m.family("charter_db_connection_waits_total"))
	}
	id := strconv.FormatInt(b.ID, 10)
	if m.value("charter_readings_up") != 1 || m.value("charter_ballot_votes_cast", "ballot", id) != 2 || m.value("charter_ballot_roll", "ballot", id) != float64(b.RollSize) {
		t.Errorf("readings: up %v, ballot %s: votes %v, roll %v (of %d)", m.value("charter_readings_up"), id,
			m.value("charter_ballot_votes_cast", "ballot", id), m.value("charter_ballot_roll", "ballot", id), b.RollSize)
	}
	if m.value("charter_outbox_messages", "state", "waiting") == 0 || m.family("charter_outbox_messages") == nil {
		t.Errorf("outbox: the notices wait: %v", m.family("charter_outbox_messages"))
	}
	for _, name := range []string{"go_goroutines", "process_resident_memory_bytes", "charter_change_feed_behind", "charter_change_feed_read_age_seconds"} {
		if m.family(name) == nil {
			t.Errorf("no %s", name)
		}
	}
	// No label names who, holds a secret, or is a path with its ids.
	secrets := []string{"@", s.session, s.token, s.committee, s.member.Name, "Voter", "Officer", s.section, siteSlug, "4242"}
	for _, f := range m {
		for _, metric := range f.GetMetric() {
			for _, l := range metric.GetLabel() {
				for _, secret := range secrets {
					if strings.Contains(l.GetValue(), secret) {
						t.Errorf("%s{%s=%q} holds %q", f.GetName(), l.GetName(), l.GetValue(), secret)
					}
				}
				if l.GetName() == "route" && l.GetValue() != "unmatched" && strings.ContainsAny(l.GetValue(), "0123456789") && !strings.HasPrefix(l.GetValue(), "/api/v1/") {
					t.Errorf("route label %q holds a digit", l.GetValue())
				}
			}
		}
	}

	// Counts move: one more view of the section, one more in its route.
	before := m.requests(section, "GET")
	if a := s.page(t, base, s.sectionPath()); a.status != http.StatusOK {
		t.Fatal(describe(a))
	}
	if after := scrape(t, scrapeURL).requests(section, "GET"); after != before+1 {
		t.Errorf("section views: %d, then %d after one more", before, after)
	}

	// A newer Charter moved the schema on: not ready, yet alive.
	execRaw(t, addr, "INSERT INTO schema_migrations (version, applied_at) SELECT MAX(version) + 1, ? FROM schema_migrations", time.Now().UTC())
	if a := get(base + "/readyz"); a.status != http.StatusServiceUnavailable || a.body != "schema version differs\n" {
		t.Errorf("/readyz with a newer schema: %s", describe(a))
	}
	if a := get(base + "/healthz"); a.status != http.StatusOK {
		t.Errorf("/healthz with a newer schema: %s", describe(a))
	}
	execRaw(t, addr, "DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)")
	if a := get(base + "/readyz"); a.status != http.StatusOK {
		t.Errorf("/readyz with the schema back: %s", describe(a))
	}

	server.stop(t)
	if conn, err := net.Dial("tcp", metricsAddr); err == nil {
		_ = conn.Close()
		t.Error("the metrics listener outlived the server")
	}
}

// execRaw runs a statement on the database at addr, beside the server, as
// another Charter's migration would.
func execRaw(t *testing.T, addr, sql string, args ...any) {
	t.Helper()
	dialector := postgres.Open(addr)
	if path, ok := strings.CutPrefix(addr, "sqlite:"); ok {
		dialector = sqlite.Open("file:" + path + "?_pragma=busy_timeout(10000)")
	}
	g, err := gorm.Open(dialector, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	if sqlDB, err := g.DB(); err == nil {
		defer sqlDB.Close()
	}
	if err := g.Exec(sql, args...).Error; err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// families are a scrape's metric families by name.
type families map[string]*dto.MetricFamily

func scrape(t *testing.T, url string) families {
	t.Helper()
	res, err := testClient.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("%s: status %d", url, res.StatusCode)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	m, err := parser.TextToMetricFamilies(res.Body)
	if err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	return m
}

func (f families) family(name string) *dto.MetricFamily { return f[name] }

// metric is the sample of name whose labels include those given as pairs.
func (f families) metric(name string, labels ...string) *dto.Metric {
	for _, m := range f[name].GetMetric() {
		have := map[string]string{}
		for _, l := range m.GetLabel() {
			have[l.GetName()] = l.GetValue()
		}
		match := true
		for i := 0; i+1 < len(labels); i += 2 {
			match = match && have[labels[i]] == labels[i+1]
		}
		if match {
			return m
		}
	}
	return nil
}

// value is a counter's or gauge's value; 0 when absent.
func (f families) value(name string, labels ...string) float64 {
	m := f.metric(name, labels...)
	if c := m.GetCounter(); c != nil {
		return c.GetValue()
	}
	return m.GetGauge().GetValue()
}

// count is a histogram's count of observations; 0 when absent.
func (f families) count(name string, labels ...string) uint64 {
	return f.metric(name, labels...).GetHistogram().GetSampleCount()
}

func (f families) requests(route, method string) uint64 {
	return f.count("charter_http_request_duration_seconds", "route", route, "method", method)
}
