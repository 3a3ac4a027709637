package web_test

import (
	"io"
	"net/http/httptest"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/metrics"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web"
)

// BenchmarkDocumentPageMetrics serves the warm document page of the
// largest corpus bylaw with 200 comments (BenchmarkDocumentPage's first
// input) without metrics and with them, as -metrics-addr sets them: each
// request timed by route and counted by status, each transaction timed.
// "scrape" is one scrape of the metrics after those views: the registry
// gathered and written, the readings read from the database.
func BenchmarkDocumentPageMetrics(b *testing.B) {
	_, base, _, err := corpus.LargestAmendment()
	if err != nil {
		b.Skip(err)
	}
	b.Run("off", func(b *testing.B) {
		p := newPageBench(b, base, document.SchemeZeroBased, 200, nil)
		p.view()
		for b.Loop() {
			p.view()
		}
	})
	var m *metrics.Metrics
	p := newPageBench(b, base, document.SchemeZeroBased, 200, func(db *store.DB) web.Config {
		m = metrics.New(db)
		return web.Config{Requests: m}
	})
	p.view()
	b.Run("on", func(b *testing.B) {
		for b.Loop() {
			p.view()
		}
	})
	b.Run("scrape", func(b *testing.B) {
		h := m.Handler()
		for b.Loop() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
			if rec.Code != 200 {
				b.Fatalf("status %d", rec.Code)
			}
			_, _ = io.Copy(io.Discard, rec.Body)
		}
	})
}
