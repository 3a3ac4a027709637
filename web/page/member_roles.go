package page

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/site"
)

// SetRoles replaces a member's roles with those ticked on the form.
func (h *Members) SetRoles(c *gin.Context) error {
	id, err := site.AccountID(c)
	if err != nil {
		return err
	}
	var roles []member.Role
	for _, r := range c.PostFormArray("role") {
		role, err := member.ParseRole(r)
		if err != nil {
			return h.membersWithError(c, err)
		}
		roles = append(roles, role)
	}
	actor := site.User(c)
	if id == actor.ID && !(&member.User{Roles: roles}).CanManageRoster() {
		return h.membersWithError(c, charter.Errorf(charter.EINVALID, "You cannot take the admin role from yourself; ask another admin."))
	}
	if err := h.db.SetRoles(c.Request.Context(), actor.ID, id, roles); err != nil {
		return h.membersWithError(c, err)
	}
	c.Redirect(http.StatusSeeOther, "/admin/members#member-"+c.Param("id"))
	return nil
}
