package page

import (
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/web/view"
)

// Message shows one message of the outbox as its recipient reads it, in
// plain text: the HTML part says the same, and members' words are safer
// shown as text here.
func (h *Outbox) Message(c *gin.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return charter.Errorf(charter.ENOTFOUND, "There is no such message in the outbox.")
	}
	entry, o, content, err := h.db.OutboxMessage(c.Request.Context(), id)
	if err != nil {
		return err
	}
	email, err := h.composer.Compose(o, content)
	if err != nil {
		return charter.Internal(err)
	}
	headers := []string{"From: " + email.Header.From.String(), "To: " + email.Header.To.String(), "Message-ID: " + email.Header.MessageID}
	if email.Header.Unsubscribe != "" {
		headers = append(headers, "List-Unsubscribe: <"+email.Header.Unsubscribe+">")
	}
	if email.Event != nil {
		headers = append(headers, "Attachment: "+email.Event.Filename())
	}
	h.site.Render(c, "outbox_message", &view.OutboxMessage{Entry: entry, Subject: email.Rendered.Subject, Headers: headers,
		Text: email.Rendered.Text, Kept: entry.SentAt == nil && entry.FailedAt == nil})
	return nil
}
