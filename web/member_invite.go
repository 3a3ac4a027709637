package web

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// inviteMember issues a fresh invitation link, for a member who lost theirs
// or forgot their password.
func (s *Server) inviteMember(c *gin.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return charter.Errorf(charter.ENOTFOUND, "There is no such account.")
	}
	inv, err := s.db.Invite(c.Request.Context(), site.User(c).ID, id)
	if err != nil {
		return s.membersWithError(c, err)
	}
	return s.showMembers(c, http.StatusOK, gin.H{"Links": s.invitationLinks(c, []store.Invitation{inv})})
}
