package web

import (
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/store"
)

// inviteMember issues a fresh invitation link, for a member who lost theirs
// or forgot their password.
func (s *Server) inviteMember(c *gin.Context) {
	ctx := c.Request.Context()
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		s.fail(c, charter.Errorf(charter.ENOTFOUND, "There is no such account."))
		return
	}
	inv, err := s.db.Invite(ctx, currentUser(c).ID, id)
	if err != nil {
		s.membersWithError(c, err)
		return
	}
	users, err := s.db.Users(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, "members", gin.H{"Members": users, "Links": s.invitationLinks(c, []store.Invitation{inv})})
}
