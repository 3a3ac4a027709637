package web

import (
	"github.com/gin-gonic/gin"
)

// listBallots lists every ballot, open ones first in the members' eyes.
func (s *Server) listBallots(c *gin.Context) error {
	ballots, err := s.db.Ballots(c.Request.Context())
	if err != nil {
		return err
	}
	s.site.Render(c, "ballots", gin.H{"Ballots": ballots})
	return nil
}
