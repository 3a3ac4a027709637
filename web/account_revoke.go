package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/site"
)

// revokeForm runs a revocation from a page's form and returns to the list.
// A member who ended the session they were using finds, there, the login
// page: every request checks its session.
func (s *Server) revokeForm(do account.Revocation) site.Func {
	return func(c *gin.Context) error {
		owner, page, err := account.Owner(c)
		if err == nil {
			_, err = do(c, s.db, owner)
		}
		if err != nil {
			return site.Back(err, page)
		}
		c.Redirect(http.StatusSeeOther, page)
		return nil
	}
}

// revokeAPI runs a revocation from the API and answers how many sessions
// and tokens it ended.
func (s *Server) revokeAPI(do account.Revocation) site.Func {
	return func(c *gin.Context) error {
		owner, _, err := account.Owner(c)
		var done store.Revoked
		if err == nil {
			done, err = do(c, s.db, owner)
		}
		if err != nil {
			return err
		}
		c.JSON(http.StatusOK, gin.H{"revoked": gin.H{"sessions": done.Sessions, "tokens": done.Tokens}})
		return nil
	}
}
