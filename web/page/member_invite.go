package page

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Invite issues a fresh invitation link, for a member who lost theirs
// or forgot their password.
func (h *Members) Invite(c *gin.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return charter.Errorf(charter.ENOTFOUND, "There is no such account.")
	}
	inv, err := h.db.Invite(c.Request.Context(), site.User(c).ID, id)
	if err != nil {
		return h.membersWithError(c, err)
	}
	return h.showMembers(c, http.StatusOK, &view.Members{Links: h.invitationLinks(c, []store.Invitation{inv})})
}
