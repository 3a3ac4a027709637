package page

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/view"
)

// List shows the outbox: counts, failures for the admins to see to (a
// member's address to correct), and the latest messages.
func (h *Outbox) List(c *gin.Context) error {
	p, err := h.db.Outbox(c.Request.Context(), 200)
	if err != nil {
		return err
	}
	h.site.Render(c, "outbox", &view.Outbox{Page: p, Server: h.server})
	return nil
}
