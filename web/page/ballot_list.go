package page

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/view"
)

// List lists every ballot, open ones first in the members' eyes.
func (h *Ballots) List(c *gin.Context) error {
	ballots, err := h.db.Ballots(c.Request.Context())
	if err != nil {
		return err
	}
	h.site.Render(c, "ballots", &view.Ballots{Ballots: ballots})
	return nil
}
