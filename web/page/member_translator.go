package page

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/site"
)

// SetTranslator names the languages a member translates documents into
// (language tags, separated by commas or spaces; none ends the role).
func (h *Members) SetTranslator(c *gin.Context) error {
	id, err := site.AccountID(c)
	if err != nil {
		return err
	}
	langs := strings.FieldsFunc(c.PostForm("languages"), func(r rune) bool { return r == ',' || r == ' ' || r == ';' })
	if err := h.db.SetTranslatorLanguages(c.Request.Context(), site.User(c).ID, id, langs); err != nil {
		return h.membersWithError(c, err)
	}
	c.Redirect(http.StatusSeeOther, "/admin/members#member-"+c.Param("id"))
	return nil
}
