package page

import (
	"errors"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/web/view"
)

// List shows the newest audit events and whether the chain holds.
func (h *Audit) List(c *gin.Context) error {
	ctx := c.Request.Context()
	events, err := h.db.AuditEvents(ctx, 500)
	if err != nil {
		return err
	}
	count, verifyErr := h.db.VerifyAudit(ctx)
	var appErr *charter.Error
	if errors.As(verifyErr, &appErr) {
		return verifyErr // the database failed; the chain was not judged
	}
	h.site.Render(c, "audit", &view.Audit{Events: events, Count: count, Broken: verifyErr})
	return nil
}
