package web

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/store"
)

// readyTimeout bounds the readiness check's look at the database: a load
// balancer's check gives up after a few seconds, and an answer after that
// serves no one.
const readyTimeout = 2 * time.Second

// alive answers /healthz, the liveness check: the process serves requests.
// It touches no database, so that a service manager or orchestrator does not
// restart a sound process while PostgreSQL is away (/readyz says that).
func (s *Server) alive(c *gin.Context) {
	c.String(http.StatusOK, "ok\n")
}

// ready answers /readyz, the readiness check: the database answers within
// readyTimeout and its schema is this binary's. The reason given is a few
// words; the error itself goes to the log.
func (s *Server) ready(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), readyTimeout)
	defer cancel()
	err := s.db.Ready(ctx)
	switch {
	case err == nil:
		c.String(http.StatusOK, "ready\n")
	case errors.Is(err, store.ErrSchema):
		s.log.WarnContext(ctx, "readiness check", "err", err)
		c.String(http.StatusServiceUnavailable, "schema version differs\n")
	default:
		s.log.ErrorContext(ctx, "readiness check", "err", err)
		c.String(http.StatusServiceUnavailable, "database unavailable\n")
	}
}
