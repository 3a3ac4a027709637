package web

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"testing"

	"github.com/gin-gonic/gin"
)

// BenchmarkRequestLine is what naming a request and logging its line add
// to each request: a random id, the context, the header, and one JSON line
// written (to io.Discard: the writer's own cost is the operator's choice).
func BenchmarkRequestLine(b *testing.B) {
	gin.SetMode(gin.ReleaseMode)
	s := &Server{log: slog.New(slog.NewJSONHandler(io.Discard, nil))}
	r := gin.New()
	r.Use(s.identify(nil))
	r.GET("/ballots/:id", func(c *gin.Context) { c.String(200, "ok") })
	req := httptest.NewRequest("GET", "/ballots/12", nil).WithContext(context.Background())
	b.ReportAllocs()
	for b.Loop() {
		r.ServeHTTP(httptest.NewRecorder(), req)
	}
}

// BenchmarkRequestBare is the same request without identify, to subtract.
func BenchmarkRequestBare(b *testing.B) {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.GET("/ballots/:id", func(c *gin.Context) { c.String(200, "ok") })
	req := httptest.NewRequest("GET", "/ballots/12", nil)
	b.ReportAllocs()
	for b.Loop() {
		r.ServeHTTP(httptest.NewRecorder(), req)
	}
}
