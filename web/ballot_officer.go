package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/web/site"
)

// ballotAction runs one officer action on a ballot and returns to it.
func (s *Server) ballotAction(act func(c *gin.Context, id int64) error) site.Func {
	return func(c *gin.Context) error {
		id, err := site.BallotID(c)
		if err == nil {
			err = act(c, id)
		}
		if err != nil {
			return err
		}
		c.Redirect(http.StatusSeeOther, fmt.Sprintf("/ballots/%d", id))
		return nil
	}
}

func (s *Server) openBallot(c *gin.Context, id int64) error {
	return s.db.OpenBallot(c.Request.Context(), *site.User(c), id)
}

func (s *Server) closeBallot(c *gin.Context, id int64) error {
	return s.db.CloseBallot(c.Request.Context(), *site.User(c), id)
}

func (s *Server) certifyBallot(c *gin.Context, id int64) error {
	_, err := s.db.CertifyBallot(c.Request.Context(), *site.User(c), id, c.PostForm("effective"))
	return err
}

func (s *Server) changeRoll(c *gin.Context, id int64) error {
	userID, err := strconv.ParseInt(c.PostForm("member"), 10, 64)
	if err != nil {
		return charter.Errorf(charter.EINVALID, "Give the member's account number.")
	}
	return s.db.ChangeRoll(c.Request.Context(), *site.User(c), id, userID, c.PostForm("change") == "add", c.PostForm("reason"))
}
