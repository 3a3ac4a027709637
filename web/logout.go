package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/site"
)

func (s *Server) logout(c *gin.Context) error {
	if secret, err := c.Cookie(site.SessionCookie); err == nil && secret != "" {
		if err := s.db.DeleteSession(c.Request.Context(), secret); err != nil {
			return err
		}
	}
	s.site.ClearCookie(c, site.SessionCookie)
	c.Redirect(http.StatusSeeOther, "/login")
	return nil
}
