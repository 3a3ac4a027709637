package page

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/site"
)

// SaveMessages saves what the member chose to receive, kind by kind, from
// the Messages section of their account page.
func (h *Accounts) SaveMessages(c *gin.Context) error {
	const back = "/account#messages"
	choices, err := account.ReadMailChoices(func(k message.Kind) string { return c.PostForm(string(k)) })
	if err == nil {
		err = h.mail.SetMailChoices(c.Request.Context(), site.User(c).ID, choices)
	}
	if err != nil {
		return site.Back(err, back)
	}
	c.Redirect(http.StatusSeeOther, back)
	return nil
}
