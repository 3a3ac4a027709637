package web

import (
	"github.com/gin-gonic/gin"
)

// listBallots lists every ballot, open ones first in the members' eyes.
func (s *Server) listBallots(c *gin.Context) {
	ballots, err := s.db.Ballots(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, "ballots", gin.H{"Ballots": ballots})
}
