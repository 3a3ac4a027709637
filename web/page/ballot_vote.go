package page

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Vote records a member's ballot and shows the tracker, once: it is
// stored nowhere with the member's name, so the receipt is not behind a
// redirect that a reload or a log could repeat. The paper's fields are
// read in order; the store checks them against the ballot's questions.
func (h *Ballots) Vote(c *gin.Context) error {
	id, err := site.BallotID(c)
	if err != nil {
		return err
	}
	var choices []ballot.Choice
	var hashes []string
	for i := range ballot.MaxQuestions {
		hash, ok := c.GetPostForm(fmt.Sprintf("sha256-%d", i))
		if !ok {
			break
		}
		hashes = append(hashes, hash)
		choices = append(choices, ballot.Choice(c.PostForm(fmt.Sprintf("choice-%d", i))))
	}
	receipt, err := h.db.CastBallot(c.Request.Context(), *site.User(c), id, choices, hashes)
	if err != nil {
		return site.Back(err, fmt.Sprintf("/ballots/%d", id))
	}
	c.Header("Cache-Control", "no-store")
	h.site.RenderStatus(c, http.StatusCreated, "ballot_receipt", &view.Receipt{BallotID: id, Title: receipt.BallotTitle, Tracker: receipt.Tracker})
	return nil
}
