package metrics

import (
	"context"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

var (
	cacheHits   = prometheus.NewDesc("charter_cache_hits_total", "Answers a cache in memory gave without reading or building, by cache.", []string{"cache"}, nil)
	cacheMisses = prometheus.NewDesc("charter_cache_misses_total", "Values a cache in memory read from the database or built, by cache.", []string{"cache"}, nil)
)

// cacheCollector reads caches' counters at scrape time: the caches count
// with plain integers under their own locks, and know nothing of this.
type cacheCollector struct {
	mu     sync.Mutex
	caches map[string]func() (hits, misses uint64)
}

func (c *cacheCollector) Describe(ch chan<- *prometheus.Desc) { ch <- cacheHits; ch <- cacheMisses }

func (c *cacheCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for name, counts := range c.caches {
		hits, misses := counts()
		ch <- prometheus.MustNewConstMetric(cacheHits, prometheus.CounterValue, float64(hits), name)
		ch <- prometheus.MustNewConstMetric(cacheMisses, prometheus.CounterValue, float64(misses), name)
	}
}

var (
	poolInUse   = prometheus.NewDesc("charter_db_connections_in_use", "Database connections in use now.", nil, nil)
	poolIdle    = prometheus.NewDesc("charter_db_connections_idle", "Database connections open and idle now.", nil, nil)
	poolMax     = prometheus.NewDesc("charter_db_connections_max", "Database connections this instance may open (--db-conns).", nil, nil)
	poolWaits   = prometheus.NewDesc("charter_db_connection_waits_total", "Times a request waited for a free database connection.", nil, nil)
	poolWaiting = prometheus.NewDesc("charter_db_connection_wait_seconds_total", "Time requests spent waiting for a free database connection.", nil, nil)
)

// poolCollector reads the connection pool's counts at scrape time.
type poolCollector struct{ db Source }

func (c poolCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{poolInUse, poolIdle, poolMax, poolWaits, poolWaiting} {
		ch <- d
	}
}

func (c poolCollector) Collect(ch chan<- prometheus.Metric) {
	s := c.db.Stats()
	ch <- prometheus.MustNewConstMetric(poolInUse, prometheus.GaugeValue, float64(s.InUse))
	ch <- prometheus.MustNewConstMetric(poolIdle, prometheus.GaugeValue, float64(s.Idle))
	ch <- prometheus.MustNewConstMetric(poolMax, prometheus.GaugeValue, float64(s.MaxOpenConnections))
	ch <- prometheus.MustNewConstMetric(poolWaits, prometheus.CounterValue, float64(s.WaitCount))
	ch <- prometheus.MustNewConstMetric(poolWaiting, prometheus.CounterValue, s.WaitDuration.Seconds())
}

var (
	readingsUp     = prometheus.NewDesc("charter_readings_up", "1 when this scrape read the counts below from the database within its timeout, 0 when it could not.", nil, nil)
	outboxMessages = prometheus.NewDesc("charter_outbox_messages", "Messages in the outbox: waiting to be sent, or failed for good.", []string{"state"}, nil)
	ballotRoll     = prometheus.NewDesc("charter_ballot_roll", "Members on an open ballot's roll, by ballot id.", []string{"ballot"}, nil)
	ballotVotes    = prometheus.NewDesc("charter_ballot_votes_cast", "Votes cast so far on an open ballot, by ballot id.", []string{"ballot"}, nil)
	changesBehind  = prometheus.NewDesc("charter_change_feed_behind", "Changes in the changes table past the last this instance read.", nil, nil)
	changesAge     = prometheus.NewDesc("charter_change_feed_read_age_seconds", "Seconds since this instance last read the changes table (every 0.25 s on SQLite, 1 s on PostgreSQL, when working).", nil, nil)
)

// readingsCollector reads the database at scrape time, in one read-only
// transaction bounded by ReadTimeout.
type readingsCollector struct{ db Source }

func (c readingsCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{readingsUp, outboxMessages, ballotRoll, ballotVotes, changesBehind, changesAge} {
		ch <- d
	}
}

func (c readingsCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), ReadTimeout)
	defer cancel()
	r, err := c.db.Readings(ctx)
	// The feed's last read is this instance's memory: told even when the
	// database is away, when it matters most.
	if !r.ChangesRead.IsZero() {
		ch <- prometheus.MustNewConstMetric(changesAge, prometheus.GaugeValue, time.Since(r.ChangesRead).Seconds())
	}
	if err != nil {
		ch <- prometheus.MustNewConstMetric(readingsUp, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(readingsUp, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(outboxMessages, prometheus.GaugeValue, float64(r.MailWaiting), "waiting")
	ch <- prometheus.MustNewConstMetric(outboxMessages, prometheus.GaugeValue, float64(r.MailFailed), "failed")
	for _, b := range r.Ballots {
		id := strconv.FormatInt(b.ID, 10)
		ch <- prometheus.MustNewConstMetric(ballotRoll, prometheus.GaugeValue, float64(b.Roll), id)
		ch <- prometheus.MustNewConstMetric(ballotVotes, prometheus.GaugeValue, float64(b.Votes), id)
	}
	ch <- prometheus.MustNewConstMetric(changesBehind, prometheus.GaugeValue, float64(r.ChangesBehind))
}
