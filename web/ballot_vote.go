package web

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/ballot"
)

// castVote records a member's ballot and shows the tracker, once: it is
// stored nowhere with the member's name, so the receipt is not behind a
// redirect that a reload or a log could repeat.
func (s *Server) castVote(c *gin.Context) {
	id, err := ballotID(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	b, err := s.db.Ballot(c.Request.Context(), id)
	if err != nil {
		s.fail(c, err)
		return
	}
	choices := make([]ballot.Choice, len(b.Questions))
	hashes := make([]string, len(b.Questions))
	for i := range b.Questions {
		choices[i] = ballot.Choice(c.PostForm(fmt.Sprintf("choice-%d", i)))
		hashes[i] = c.PostForm(fmt.Sprintf("sha256-%d", i))
	}
	receipt, err := s.db.CastBallot(c.Request.Context(), *currentUser(c), id, choices, hashes)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	s.renderStatus(c, http.StatusCreated, "ballot_receipt", gin.H{"B": b, "Tracker": receipt.Tracker})
}
