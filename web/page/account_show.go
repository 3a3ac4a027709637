package page

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Show lists a member's sessions and access tokens, never their
// secrets, with a way to end each and to log out everywhere, and, on the
// member's own page, what messages they receive: the member's
// own at /account, any member's for an admin at /admin/members/:id.
func (h *Accounts) Show(c *gin.Context) error {
	creds, page, err := account.Credentials(c, h.db)
	if err != nil {
		return err
	}
	m := &view.Account{Owner: creds.User, Own: creds.User.ID == site.User(c).ID, Sessions: creds.Sessions, Tokens: creds.Tokens, Page: page}
	if m.Own {
		choices, err := h.mail.MailChoices(c.Request.Context(), m.Owner.ID)
		if err != nil {
			return err
		}
		m.Messages = view.MailChoices(choices)
	}
	h.site.Render(c, "account", m)
	return nil
}
