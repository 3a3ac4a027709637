package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/site"
)

func (s *Server) listMembers(c *gin.Context) error {
	return s.showMembers(c, http.StatusOK, nil)
}

// showMembers renders the roster page with whatever an action adds to it:
// a result, invitation links, an error.
func (s *Server) showMembers(c *gin.Context, status int, extra gin.H) error {
	users, err := s.db.Users(c.Request.Context())
	if err != nil {
		return err
	}
	data := gin.H{"Members": users, "AllRoles": member.Roles}
	for k, v := range extra {
		data[k] = v
	}
	s.site.RenderStatus(c, status, "members", data)
	return nil
}

// membersWithError shows the roster page with what went wrong.
func (s *Server) membersWithError(c *gin.Context, err error) error {
	code, message := s.site.Classify(c, err)
	return s.showMembers(c, site.Status(code), gin.H{"Error": message})
}
