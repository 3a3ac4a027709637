package page

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/web/site"
)

// SetCosponsorsNeeded records the document's rule for seconding amendments.
func (h *Documents) SetCosponsorsNeeded(c *gin.Context) error {
	n, err := strconv.Atoi(c.PostForm("cosponsors"))
	if err != nil {
		return charter.Errorf(charter.EINVALID, "The number of co-sponsors must be between 0 and %d.", 10000)
	}
	slug := c.Param("slug")
	if err := h.db.SetCosponsorsNeeded(c.Request.Context(), site.User(c).ID, slug, n); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, "/documents/"+slug+"/amendments")
	return nil
}
