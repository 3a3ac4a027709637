package page

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/site"
)

// SetVoteRule records the document's rule for adopting amendments, as its
// amendment article states it, and the clause authorising online ballots.
func (h *Documents) SetVoteRule(c *gin.Context) error {
	field := func(name string) string { return strings.TrimSpace(c.PostForm(name)) }
	rule, err := ruleFromForm(field)
	if err == nil {
		err = h.db.SetVoteRule(c.Request.Context(), *site.User(c), c.Param("slug"), rule, field("online_clause"))
	}
	if err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, "/documents/"+c.Param("slug")+"/amendments")
	return nil
}
