package page

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Show lists a member's sessions and access tokens, never their
// secrets, with a way to end each and to log out everywhere: the member's
// own at /account, any member's for an admin at /admin/members/:id.
func (h *Accounts) Show(c *gin.Context) error {
	creds, page, err := account.Credentials(c, h.db)
	if err != nil {
		return err
	}
	h.site.Render(c, "account", &view.Account{Owner: creds.User, Own: creds.User.ID == site.User(c).ID,
		Sessions: creds.Sessions, Tokens: creds.Tokens, Page: page})
	return nil
}
