package page

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/site"
)

// Resolve takes the sponsor's text written against the current draft
// for an amendment whose changes overlapped it.
func (h *Amendments) Resolve(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	if _, err := h.db.ResolveRebase(c.Request.Context(), *site.User(c), id, []byte(c.PostForm("text"))); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, "/amendments/"+strconv.FormatInt(id, 10))
	return nil
}
