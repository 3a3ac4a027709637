package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
)

// setLanguage remembers the interface language a member picked: in a
// cookie, and on their account when logged in.
func (s *Server) setLanguage(c *gin.Context) error {
	lang := c.PostForm("lang")
	if !s.i18n.Supported(lang) {
		return charter.Errorf(charter.EINVALID, "Charter does not speak %q yet.", lang)
	}
	s.setCookie(c, langCookie, lang, 365*24*3600)
	if u := currentUser(c); u != nil {
		if err := s.db.SetLanguage(c.Request.Context(), u.ID, lang); err != nil {
			return err
		}
	}
	c.Redirect(http.StatusSeeOther, safeNext(c.PostForm("next")))
	return nil
}
