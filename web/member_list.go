package web

import (
	"github.com/gin-gonic/gin"
)

func (s *Server) listMembers(c *gin.Context) {
	users, err := s.db.Users(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, "members", gin.H{"Members": users})
}
