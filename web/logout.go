package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *Server) logout(c *gin.Context) error {
	if secret, err := c.Cookie(sessionCookie); err == nil && secret != "" {
		if err := s.db.DeleteSession(c.Request.Context(), secret); err != nil {
			return err
		}
	}
	s.clearCookie(c, sessionCookie)
	c.Redirect(http.StatusSeeOther, "/login")
	return nil
}
