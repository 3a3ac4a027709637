package web

import (
	"maps"
	"time"

	"github.com/gin-gonic/gin"
)

// RequestObserver is told of each request the router answers: the route's
// pattern as registered ("/documents/:slug"; "" for no route), never the
// path, which holds ids and secrets; the method; the status; and how long
// the answer took.
type RequestObserver interface {
	ObserveRequest(route, method string, status int, took time.Duration)
}

// observe times each request for cfg.Requests. It runs first, so that it
// sees the status recoverPanics gives a panic.
func (s *Server) observe(c *gin.Context) {
	start := time.Now()
	c.Next()
	s.cfg.Requests.ObserveRequest(c.FullPath(), c.Request.Method, c.Writer.Status(), time.Since(start))
}

// Caches gives, by name, how often each of the handlers' caches answered
// from memory (hits) and how often it built its value (misses).
func (s *Server) Caches() map[string]func() (hits, misses uint64) {
	out := s.pages.Caches()
	maps.Copy(out, s.comparisons.Caches())
	out["rendered_contents"] = s.site.CacheCounts
	return out
}
