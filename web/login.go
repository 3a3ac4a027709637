package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

func (s *Server) loginForm(c *gin.Context) error {
	if site.User(c) != nil {
		c.Redirect(http.StatusSeeOther, site.SafeNext(c.Query("next")))
		return nil
	}
	return s.showLogin(c, http.StatusOK, "", "")
}

// showLogin shows the login form with status, the address typed and the
// message of the error that refused it, if any.
func (s *Server) showLogin(c *gin.Context, status int, email, message string) error {
	n, err := s.db.CountUsers(c.Request.Context())
	if err != nil {
		return err
	}
	s.site.RenderStatus(c, status, "login", &view.Login{Email: email, Error: message, Next: site.SafeNext(c.Query("next")), NoAccounts: n == 0})
	return nil
}

func (s *Server) login(c *gin.Context) error {
	attempt := store.Login{Email: c.PostForm("email"), Password: c.PostForm("password"), Client: c.ClientIP()}
	attempt.DeviceUser, attempt.Device = s.device(c)
	u, err := s.db.Authenticate(c.Request.Context(), attempt)
	if err != nil {
		code, message := s.site.Classify(c, err)
		return s.showLogin(c, site.Status(code), attempt.Email, message)
	}
	if err := s.startSession(c, u.ID); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, site.SafeNext(c.PostForm("next")))
	return nil
}

// startSession logs the browser in to the account and remembers it as a
// device of the account's.
func (s *Server) startSession(c *gin.Context, userID int64) error {
	secret, err := s.db.CreateSession(c.Request.Context(), userID)
	if err != nil {
		return err
	}
	s.site.SetCookie(c, site.SessionCookie, secret, 0)
	return s.rememberDevice(c, userID)
}
