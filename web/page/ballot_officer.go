package page

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/site"
)

// act runs one officer action on the ballot the route names, and returns
// to it.
func (h *Ballots) act(c *gin.Context, do func(ctx context.Context, officer member.User, id int64) error) error {
	id, err := site.BallotID(c)
	if err == nil {
		err = do(c.Request.Context(), *site.User(c), id)
	}
	if err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/ballots/%d", id))
	return nil
}

// Open opens a noticed ballot once its notice has run.
func (h *Ballots) Open(c *gin.Context) error { return h.act(c, h.db.OpenBallot) }

// Close closes an open ballot at its announced time.
func (h *Ballots) Close(c *gin.Context) error { return h.act(c, h.db.CloseBallot) }

// Certify certifies a counted ballot's result, with the date it takes
// effect.
func (h *Ballots) Certify(c *gin.Context) error {
	return h.act(c, func(ctx context.Context, officer member.User, id int64) error {
		_, err := h.db.CertifyBallot(ctx, officer, id, c.PostForm("effective"))
		return err
	})
}

// ChangeRoll adds a member to the roll, or takes one off who has not
// voted, with a reason.
func (h *Ballots) ChangeRoll(c *gin.Context) error {
	return h.act(c, func(ctx context.Context, officer member.User, id int64) error {
		userID, err := strconv.ParseInt(c.PostForm("member"), 10, 64)
		if err != nil {
			return charter.Errorf(charter.EINVALID, "Give the member's account number.")
		}
		return h.db.ChangeRoll(ctx, officer, id, userID, c.PostForm("change") == "add", c.PostForm("reason"))
	})
}
