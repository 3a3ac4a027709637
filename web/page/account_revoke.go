package page

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/site"
)

// Revoke runs a revocation from a page's form and returns to the list.
// A member who ended the session they were using finds, there, the login
// page: every request checks its session.
func (h *Accounts) Revoke(do account.Revocation) site.Func {
	return func(c *gin.Context) error {
		owner, page, err := account.Owner(c)
		if err == nil {
			_, err = do(c, h.db, owner)
		}
		if err != nil {
			return site.Back(err, page)
		}
		c.Redirect(http.StatusSeeOther, page)
		return nil
	}
}
