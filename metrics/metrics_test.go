package metrics_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/metrics"
	"github.com/charter-org/charter/store/storetest"
)

// TestLabelsBounded: a request no route matched is "unmatched", never its
// path, and a method a client made up is "other": no client can make a
// series of its own.
func TestLabelsBounded(t *testing.T) {
	m := metrics.New(storetest.SQLite(t))
	m.ObserveRequest("", "BREW", http.StatusTeapot, time.Millisecond)
	m.ObserveRequest("/documents/:slug", http.MethodGet, http.StatusOK, time.Millisecond)
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{
		`charter_http_request_duration_seconds_count{method="other",route="unmatched"} 1`,
		`charter_http_request_duration_seconds_count{method="GET",route="/documents/:slug"} 1`,
		`charter_http_responses_total{class="4xx",code="418"} 1`,
		`charter_http_responses_total{class="2xx",code="200"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("no %s in:\n%s", want, body)
		}
	}
	if strings.Contains(body, "BREW") {
		t.Error("a made-up method became a label")
	}
}

// BenchmarkObserveRequest is what each request pays with -metrics-addr: a
// histogram observation by route and method, a counter by status.
func BenchmarkObserveRequest(b *testing.B) {
	m := metrics.New(storetest.SQLite(b))
	for b.Loop() {
		m.ObserveRequest("/documents/:slug/sections/:key", http.MethodGet, http.StatusOK, 3*time.Millisecond)
	}
}

// BenchmarkTransaction is what each transaction pays: a histogram
// observation by kind (the clock is read by the store).
func BenchmarkTransaction(b *testing.B) {
	m := metrics.New(storetest.SQLite(b))
	for b.Loop() {
		m.Transaction("view", time.Millisecond)
	}
}
