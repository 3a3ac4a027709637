package page

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/web/site"
)

// SetStanding marks a member in or out of good standing, with a reason.
func (h *Members) SetStanding(c *gin.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return charter.Errorf(charter.ENOTFOUND, "There is no such account.")
	}
	good := c.PostForm("standing") == "good"
	if err := h.db.SetStanding(c.Request.Context(), site.User(c).ID, id, good, c.PostForm("reason")); err != nil {
		return h.membersWithError(c, err)
	}
	c.Redirect(http.StatusSeeOther, "/admin/members")
	return nil
}
