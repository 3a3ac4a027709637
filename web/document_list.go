package web

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/ballot"
)

// listDocuments is the home page: the documents, and the ballots open or
// under notice, which members should not miss.
func (s *Server) listDocuments(c *gin.Context) {
	docs, err := s.db.Documents(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	ballots, err := s.db.Ballots(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	var current []ballot.Ballot
	for _, b := range ballots {
		if b.Status == ballot.StatusOpen || b.Status == ballot.StatusNoticed {
			current = append(current, b)
		}
	}
	s.render(c, "documents", gin.H{"Documents": docs, "OpenBallots": current})
}
