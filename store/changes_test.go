package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// waitFor reads a follower until it is told of want, or fails after a
// while.
func waitFor(t testing.TB, changes <-chan store.Change, want store.Change, within time.Duration) time.Duration {
	t.Helper()
	began := time.Now()
	deadline := time.After(within)
	for {
		select {
		case c := <-changes:
			if c.Topic == want.Topic && c.Subject == want.Subject {
				return time.Since(began)
			}
		case <-deadline:
			t.Fatalf("not told of %s %d within %s", want.Topic, want.Subject, within)
		}
	}
}

// TestEveryInstanceIsToldOfEveryChange: a change committed through one
// instance is told to that instance before the call returns, and to
// another instance on the same database soon after (on PostgreSQL woken by
// NOTIFY, on SQLite by its poll); a change rolled back is told to no one.
func TestEveryInstanceIsToldOfEveryChange(t *testing.T) {
	eachAddress(t, func(t *testing.T, address string) {
		ctx := context.Background()
		a, b := reopen(t, address), reopen(t, address)
		fromA, stopA := a.Follow()
		defer stopA()
		fromB, stopB := b.Follow()
		defer stopB()
		if err := a.AnnounceForTest(ctx, store.TopicComments, 7, true); err == nil {
			t.Fatal("the failing transaction succeeded")
		}
		if err := a.AnnounceForTest(ctx, store.TopicComments, 8, false); err != nil {
			t.Fatal(err)
		}
		select {
		case c := <-fromA:
			if c.Topic != store.TopicComments || c.Subject != 8 {
				t.Errorf("instance A was told first of %+v, not the committed change", c)
			}
		default:
			t.Fatal("instance A was not told of its own change before the call returned")
		}
		waitFor(t, fromB, store.Change{Topic: store.TopicComments, Subject: 8}, 3*time.Second)
		select {
		case c := <-fromB:
			t.Errorf("instance B was told of %+v too", c)
		case <-time.After(300 * time.Millisecond):
		}
	})
}

// BenchmarkChangeSeenByAnotherInstance: how long after one instance's
// change commits another instance on the same database is told of it. It
// reports the median and the slowest of b.N changes.
func BenchmarkChangeSeenByAnotherInstance(b *testing.B) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		b.Run(dialect, func(b *testing.B) {
			var address string
			if dialect == "sqlite" {
				address = "sqlite:" + b.TempDir() + "/charter.db"
			} else {
				var err error
				if address, err = storetest.NewPostgresDatabase(b); err != nil {
					b.Fatal(err)
				}
			}
			ctx := context.Background()
			a, other := reopen(b, address), reopen(b, address)
			seen, stop := other.Follow()
			defer stop()
			lags := make([]time.Duration, 0, b.N)
			for i := range b.N {
				if err := a.AnnounceForTest(ctx, store.TopicDocument, int64(i+1), false); err != nil {
					b.Fatal(err)
				}
				lags = append(lags, waitFor(b, seen, store.Change{Topic: store.TopicDocument, Subject: int64(i + 1)}, 5*time.Second))
			}
			slices.Sort(lags)
			b.ReportMetric(float64(lags[len(lags)/2].Microseconds())/1000, "median-ms")
			b.ReportMetric(float64(lags[len(lags)-1].Microseconds())/1000, "max-ms")
		})
	}
}
