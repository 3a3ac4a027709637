package web

import (
	"errors"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
)

// listAudit shows the newest audit events and whether the chain holds.
func (s *Server) listAudit(c *gin.Context) error {
	ctx := c.Request.Context()
	events, err := s.db.AuditEvents(ctx, 500)
	if err != nil {
		return err
	}
	count, verifyErr := s.db.VerifyAudit(ctx)
	var appErr *charter.Error
	if errors.As(verifyErr, &appErr) {
		return verifyErr // the database failed; the chain was not judged
	}
	s.site.Render(c, "audit", gin.H{"Events": events, "Count": count, "Broken": verifyErr})
	return nil
}
