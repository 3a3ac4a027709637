package page

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Mail is the page of an unsubscribe link, which works without a login:
// the link's token, signed by the server, names the account and the kind.
type Mail struct {
	site *site.Site
	db   account.MailStore
}

// token reads the link's token: the account and kind it turns off, or
// ENOTFOUND for a link cut short or forged.
func (h *Mail) token(c *gin.Context) (int64, message.Kind, error) {
	key, err := h.db.Secret(c.Request.Context(), account.UnsubscribeSecret)
	if err != nil {
		return 0, "", err
	}
	return message.CheckUnsubscribe(key, c.Param("token"))
}

// UnsubscribeForm asks whether to turn the link's kind off. It changes
// nothing: mail scanners follow every link in a message.
func (h *Mail) UnsubscribeForm(c *gin.Context) error {
	_, kind, err := h.token(c)
	if err != nil {
		return err
	}
	h.site.Render(c, "unsubscribe", &view.Unsubscribe{Label: view.MailKindLabel(kind), Token: c.Param("token")})
	return nil
}

// Unsubscribe turns the link's kind off for its account: from the form
// above, or posted by a mail provider on the member's behalf (RFC 8058's
// "List-Unsubscribe=One-Click", whose body says nothing more).
func (h *Mail) Unsubscribe(c *gin.Context) error {
	userID, kind, err := h.token(c)
	if err == nil {
		err = h.db.Unsubscribe(c.Request.Context(), userID, kind)
	}
	if err != nil {
		return err
	}
	h.site.Render(c, "unsubscribe", &view.Unsubscribe{Label: view.MailKindLabel(kind), Token: c.Param("token"), Done: true})
	return nil
}
