package page

import (
	"errors"
	"slices"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/audit"
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
	l := h.site.Localizer(c)
	shown := make([]view.AuditEvent, len(events))
	for i, e := range events {
		shown[i] = view.AuditEvent{Event: e, What: e.Action}
		if slices.Contains(audit.Actions, e.Action) {
			shown[i].What = l.T("Audit_" + e.Action)
		}
	}
	h.site.Render(c, "audit", &view.Audit{Events: shown, Count: count, Broken: verifyErr})
	return nil
}
