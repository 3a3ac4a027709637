package page

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Invite issues a fresh invitation link, for a member who lost theirs
// or forgot their password.
func (h *Members) Invite(c *gin.Context) error {
	id, err := site.AccountID(c)
	if err != nil {
		return err
	}
	inv, err := h.db.Invite(c.Request.Context(), site.User(c).ID, id)
	if err != nil {
		return h.membersWithError(c, err)
	}
	return h.showMembers(c, http.StatusOK, &view.Members{Links: h.invitationLinks(c, []store.Invitation{inv})})
}
