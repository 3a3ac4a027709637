package page

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/site"
)

// SetStanding marks a member in or out of good standing, with a reason.
func (h *Members) SetStanding(c *gin.Context) error {
	id, err := site.AccountID(c)
	if err != nil {
		return err
	}
	good := c.PostForm("standing") == "good"
	if err := h.db.SetStanding(c.Request.Context(), site.User(c).ID, id, good, c.PostForm("reason")); err != nil {
		return h.membersWithError(c, err)
	}
	c.Redirect(http.StatusSeeOther, "/admin/members")
	return nil
}
