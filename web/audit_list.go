package web

import (
	"errors"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
)

// listAudit shows the newest audit events and whether the chain holds.
func (s *Server) listAudit(c *gin.Context) {
	ctx := c.Request.Context()
	events, err := s.db.AuditEvents(ctx, 500)
	if err != nil {
		s.fail(c, err)
		return
	}
	count, verifyErr := s.db.VerifyAudit(ctx)
	var appErr *charter.Error
	if errors.As(verifyErr, &appErr) {
		s.fail(c, verifyErr) // the database failed; the chain was not judged
		return
	}
	s.render(c, "audit", gin.H{"Events": events, "Count": count, "Broken": verifyErr})
}
