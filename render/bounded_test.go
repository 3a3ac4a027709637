package render

import (
	"errors"
	"testing"
)

func TestBoundedKeepsTheNewest(t *testing.T) {
	builds := 0
	get := func(c *Bounded[string], key string) string {
		v, err := c.Get(key, func() (string, error) { builds++; return "v" + key, nil })
		if err != nil || v != "v"+key {
			t.Fatalf("Get(%q) = %q, %v", key, v, err)
		}
		return v
	}
	c := NewBounded[string](2)
	get(c, "a")
	get(c, "b")
	get(c, "a")
	if builds != 2 {
		t.Errorf("a second Get of a kept key built it again (%d builds)", builds)
	}
	get(c, "c") // a, the oldest, makes way
	get(c, "b")
	get(c, "a")
	if builds != 4 {
		t.Errorf("builds = %d, want 4: b kept, a evicted by c", builds)
	}
	if _, err := c.Get("x", func() (string, error) { return "", errors.New("no") }); err == nil {
		t.Error("a failed build returned no error")
	}
	if _, ok := c.entries["x"]; ok {
		t.Error("a failed build was kept")
	}
	if v, ok := c.Lookup("a"); !ok || v != "va" {
		t.Errorf("Lookup of a kept key: %q %v", v, ok)
	}
	if _, ok := c.Lookup("b"); ok {
		t.Error("Lookup found an evicted key")
	}
	// Lookup counts nothing: only Get answers readers.
	if hits, misses := c.Counts(); hits != 2 || misses != 5 {
		t.Errorf("counts: %d hits, %d misses; want 2 (a, b) and 5 (4 builds, 1 failed)", hits, misses)
	}
}

func TestWeighedCountsBytes(t *testing.T) {
	c := NewWeighed[string](10, func(v string) int { return len(v) })
	for _, v := range []string{"aaaa", "bbbb", "cc"} {
		if _, err := c.Get(v, func() (string, error) { return v, nil }); err != nil {
			t.Fatal(err)
		}
	}
	if c.total != 10 || len(c.entries) != 3 {
		t.Fatalf("after 4+4+2 bytes in a 10-byte cache: total %d, %d entries", c.total, len(c.entries))
	}
	c.Get("dddddd", func() (string, error) { return "dddddd", nil }) // 6 bytes: aaaa and bbbb go
	if _, ok := c.entries["aaaa"]; ok || c.total != 8 || len(c.entries) != 2 {
		t.Errorf("after a 6-byte value: total %d, entries %v", c.total, c.order)
	}
	huge, _ := c.Get("huge", func() (string, error) { return "0123456789ab", nil })
	if huge != "0123456789ab" || c.total != 8 {
		t.Errorf("a value heavier than the cache: got %q, total %d (it must be returned and not kept)", huge, c.total)
	}
}
