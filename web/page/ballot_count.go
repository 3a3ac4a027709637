package page

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/site"
)

// GiveShare takes a teller's key for the count of a closed ballot and
// returns to the ballot, which shows the count's progress or, with the
// last share needed, its results.
func (h *Ballots) GiveShare(c *gin.Context) error {
	id, err := site.BallotID(c)
	if err == nil {
		_, err = h.db.GiveShare(c.Request.Context(), *site.User(c), id, c.PostForm("teller_key"))
	}
	back := fmt.Sprintf("/ballots/%d", id)
	if err != nil {
		return site.Back(err, back)
	}
	c.Redirect(http.StatusSeeOther, back)
	return nil
}
