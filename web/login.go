package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *Server) loginForm(c *gin.Context) {
	if currentUser(c) != nil {
		c.Redirect(http.StatusSeeOther, safeNext(c.Query("next")))
		return
	}
	s.showLogin(c, http.StatusOK, "", "")
}

func (s *Server) showLogin(c *gin.Context, status int, email, message string) {
	n, err := s.db.CountUsers(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	s.renderStatus(c, status, "login", gin.H{"Email": email, "Error": message, "Next": safeNext(c.Query("next")), "NoAccounts": n == 0})
}

func (s *Server) login(c *gin.Context) {
	email, password := c.PostForm("email"), c.PostForm("password")
	u, err := s.db.Authenticate(c.Request.Context(), email, password, c.ClientIP())
	if err != nil {
		code, message := s.classify(c, err)
		s.showLogin(c, statusOf(code), email, message)
		return
	}
	secret, err := s.db.CreateSession(c.Request.Context(), u.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.setCookie(c, sessionCookie, secret, 0)
	c.Redirect(http.StatusSeeOther, safeNext(c.PostForm("next")))
}
