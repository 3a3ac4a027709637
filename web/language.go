package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/web/site"
)

// setLanguage remembers the interface language a member picked: in a
// cookie, and on their account when logged in.
func (s *Server) setLanguage(c *gin.Context) error {
	lang := c.PostForm("lang")
	if !s.site.Catalog().Supported(lang) {
		return charter.Errorf(charter.EINVALID, "Charter does not speak %q yet.", lang)
	}
	s.site.SetCookie(c, site.LangCookie, lang, 365*24*3600)
	if u := site.User(c); u != nil {
		if err := s.db.SetLanguage(c.Request.Context(), u.ID, lang); err != nil {
			return err
		}
	}
	c.Redirect(http.StatusSeeOther, site.SafeNext(c.PostForm("next")))
	return nil
}
