package web

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/site"
)

// showAccount lists a member's sessions and access tokens, never their
// secrets, with a way to end each and to log out everywhere: the member's
// own at /account, any member's for an admin at /admin/members/:id.
func (s *Server) showAccount(c *gin.Context) error {
	creds, page, err := account.Credentials(c, s.db)
	if err != nil {
		return err
	}
	s.site.Render(c, "account", gin.H{"Owner": creds.User, "Own": creds.User.ID == site.User(c).ID,
		"Sessions": creds.Sessions, "Tokens": creds.Tokens, "Page": page})
	return nil
}
