package web

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
)

// setRoles replaces a member's roles with those ticked on the form.
func (s *Server) setRoles(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		s.fail(c, charter.Errorf(charter.ENOTFOUND, "There is no such account."))
		return
	}
	var roles []member.Role
	for _, r := range c.PostFormArray("role") {
		role, err := member.ParseRole(r)
		if err != nil {
			s.membersWithError(c, err)
			return
		}
		roles = append(roles, role)
	}
	actor := currentUser(c)
	if id == actor.ID && !(&member.User{Roles: roles}).CanManageRoster() {
		s.membersWithError(c, charter.Errorf(charter.EINVALID, "You cannot take the admin role from yourself; ask another admin."))
		return
	}
	if err := s.db.SetRoles(c.Request.Context(), actor.ID, id, roles); err != nil {
		s.membersWithError(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/admin/members#member-"+c.Param("id"))
}
