package render

import "golang.org/x/sync/singleflight"

// Shared is a Bounded cache whose misses are built once: requests that
// miss the same key while it is being built wait for that build rather
// than each running it (golang.org/x/sync/singleflight; a build that fails
// is not kept, and its error goes to those waiting). After a new comment,
// 64 readers of a document with 50,000 comments would otherwise all count
// them at once.
type Shared[V any] struct {
	cache  *Bounded[V]
	builds singleflight.Group
}

// NewShared returns an empty cache of at most max entries.
func NewShared[V any](max int) *Shared[V] {
	return &Shared[V]{cache: NewBounded[V](max)}
}

// Get returns the value under key, building and keeping it on a miss, once
// for all who miss it at the same time.
func (c *Shared[V]) Get(key string, build func() (V, error)) (V, error) {
	if v, ok := c.cache.Lookup(key); ok {
		c.cache.hit()
		return v, nil
	}
	// The build keeps its value in the cache before singleflight forgets
	// it: a reader who comes later finds one or the other.
	led := false // the function runs on the leader's goroutine only
	v, err, _ := c.builds.Do(key, func() (any, error) { led = true; return c.cache.Get(key, build) })
	if !led {
		c.cache.hit() // waited for another's build: nothing built for this one
	}
	built, _ := v.(V)
	return built, err
}

// Counts says how many Gets were answered without a build of their own
// (hits) and how many built their value (misses).
func (c *Shared[V]) Counts() (hits, misses uint64) { return c.cache.Counts() }
