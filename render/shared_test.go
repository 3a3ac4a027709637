package render

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

// TestShared: readers missing the same key at once wait for one
// build; a failed build is not kept.
func TestShared(t *testing.T) {
	c := NewShared[int](4)
	var builds atomic.Int32
	release := make(chan struct{}) // the build waits until every reader is started
	var wg sync.WaitGroup
	got := make([]int, 16)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], _ = c.Get("k", func() (int, error) {
				builds.Add(1)
				<-release
				return 42, nil
			})
		}()
	}
	close(release)
	wg.Wait()
	for i, v := range got {
		if v != 42 {
			t.Errorf("reader %d got %d", i, v)
		}
	}
	if n := builds.Load(); n != 1 {
		t.Errorf("%d builds for one key", n)
	}
	fail := errors.New("database down")
	if _, err := c.Get("e", func() (int, error) { return 0, fail }); err != fail {
		t.Errorf("error: %v", err)
	}
	if v, err := c.Get("e", func() (int, error) { return 7, nil }); v != 7 || err != nil {
		t.Errorf("after a failed build: %d %v", v, err)
	}
	// A miss is a build, failed or not; every other reader is a hit,
	// whether it found the value or waited for another's build.
	if hits, misses := c.Counts(); hits != 15 || misses != 3 {
		t.Errorf("counts: %d hits, %d misses; want 15 and 3", hits, misses)
	}
}
