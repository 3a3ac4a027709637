// Package metrics exports what an operator watches of a running Charter in
// Prometheus's text format: requests by route, responses by status, the
// caches' hits and misses, the database's transactions and connections,
// the outbox, open ballots' turnout, the change feed, and the Go runtime
// and process. It is the one package that imports the Prometheus client:
// the store and the router only call plain functions and interfaces
// (store.TransactionTimer, web.RequestObserver) that Metrics satisfies.
//
// Nothing exported names a member: routes are patterns, never paths;
// ballots are named by their id, which every member sees in its address.
package metrics

import (
	"context"
	"database/sql"
	"maps"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/charter-org/charter/store"
)

// Source is what Metrics reads of the store; *store.DB satisfies it.
type Source interface {
	// Stats are the connection pool's counts.
	Stats() sql.DBStats
	// Readings counts the outbox, open ballots' votes and the changes not
	// yet read, in one read-only transaction.
	Readings(ctx context.Context) (store.Readings, error)
	// Memos gives the store's memos' hits and misses by name.
	Memos() map[string]func() (hits, misses uint64)
	// TimeTransactions tells t of every transaction from now on.
	TimeTransactions(t store.TransactionTimer)
}

// ReadTimeout bounds a scrape's read of the database: a scrape during an
// outage answers without the readings (charter_readings_up 0) rather than
// hang.
const ReadTimeout = 2 * time.Second

// Metrics is one instance's registry and the instruments the router and
// the store report to.
type Metrics struct {
	registry     *prometheus.Registry
	requests     *prometheus.HistogramVec
	responses    *prometheus.CounterVec
	transactions *prometheus.HistogramVec
	lockWait     prometheus.Histogram
	caches       *cacheCollector
}

// dbBuckets run from half a millisecond, a read from memory of the page
// cache, to ten seconds, SQLite's busy timeout.
var dbBuckets = []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}

// New makes the registry over db and starts timing its transactions. The
// registry is Metrics' own, not the client's global default, so that what
// is exported is exactly what is registered here.
func New(db Source) *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "charter_http_request_duration_seconds",
			Help: "Time to answer a request, by route pattern and method (a live page's event stream counts the time it stayed open).",
		}, []string{"route", "method"}),
		responses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "charter_http_responses_total",
			Help: "Responses, by status class (2xx…5xx) and code.",
		}, []string{"class", "code"}),
		transactions: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "charter_db_transaction_duration_seconds",
			Help:    "Time a database transaction took: write (a use case), view (a page's read-only transaction) or read (one query).",
			Buckets: dbBuckets,
		}, []string{"kind"}),
		lockWait: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "charter_db_write_lock_wait_seconds",
			Help:    "On SQLite, time a write waited for this process's other writes before it began.",
			Buckets: dbBuckets,
		}),
		caches: &cacheCollector{caches: db.Memos()},
	}
	m.registry.MustRegister(m.requests, m.responses, m.transactions, m.lockWait,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		poolCollector{db}, readingsCollector{db}, m.caches)
	db.TimeTransactions(m)
	return m
}

// Caches adds caches to those whose hits and misses are exported.
func (m *Metrics) Caches(caches map[string]func() (hits, misses uint64)) {
	m.caches.mu.Lock()
	defer m.caches.mu.Unlock()
	maps.Copy(m.caches.caches, caches)
}

// Handler serves the registry in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
}

// methods are those counted by name; any other a client sends is "other",
// so that no client can make a series of its own.
var methods = map[string]bool{http.MethodGet: true, http.MethodHead: true, http.MethodPost: true, http.MethodPut: true,
	http.MethodPatch: true, http.MethodDelete: true, http.MethodOptions: true}

// ObserveRequest records one request: web.RequestObserver.
func (m *Metrics) ObserveRequest(route, method string, status int, took time.Duration) {
	if route == "" {
		route = "unmatched" // not the path: it may hold anything a client typed
	}
	if !methods[method] {
		method = "other"
	}
	m.requests.WithLabelValues(route, method).Observe(took.Seconds())
	m.responses.WithLabelValues(strconv.Itoa(status/100)+"xx", strconv.Itoa(status)).Inc()
}

// Transaction records a transaction's time: store.TransactionTimer.
func (m *Metrics) Transaction(kind string, took time.Duration) {
	m.transactions.WithLabelValues(kind).Observe(took.Seconds())
}

// WriteLockWait records a write's wait for SQLite's lock:
// store.TransactionTimer.
func (m *Metrics) WriteLockWait(waited time.Duration) { m.lockWait.Observe(waited.Seconds()) }
