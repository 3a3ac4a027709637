package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/site"
)

// apiMailChoices is what the caller receives by email: a choice ("each",
// "none" or, for the committee's kind, "digest") for each kind they may
// choose, and the kinds always sent.
type apiMailChoices struct {
	Choices  map[string]string `json:"choices"`
	Required []string          `json:"required,omitempty"`
}

// MailChoices gives the caller's choices of messages.
func (h *Accounts) MailChoices(c *gin.Context) error {
	return h.writeMailChoices(c, site.User(c).ID)
}

// SetMailChoices replaces the caller's choices; a kind left out gets each
// message as it comes.
func (h *Accounts) SetMailChoices(c *gin.Context) error {
	var in struct {
		Choices map[string]string `json:"choices"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	// Every kind named is checked, a required one too: turning it off is
	// refused, not silently ignored.
	for name, choice := range in.Choices {
		kind, err := message.ParseKind(name)
		if err != nil {
			return err
		}
		if _, err := message.ParseChoice(kind, choice); err != nil {
			return err
		}
	}
	choices, err := account.ReadMailChoices(func(k message.Kind) string { return in.Choices[string(k)] })
	if err != nil {
		return err
	}
	userID := site.User(c).ID
	if err := h.mail.SetMailChoices(c.Request.Context(), userID, choices); err != nil {
		return err
	}
	return h.writeMailChoices(c, userID)
}

func (h *Accounts) writeMailChoices(c *gin.Context, userID int64) error {
	choices, err := h.mail.MailChoices(c.Request.Context(), userID)
	if err != nil {
		return err
	}
	out := apiMailChoices{Choices: map[string]string{}}
	for _, k := range message.Kinds {
		switch c := choices[k]; {
		case k.Required():
			out.Required = append(out.Required, string(k))
		case c == message.ChoiceEach:
			out.Choices[string(k)] = "each"
		default:
			out.Choices[string(k)] = string(c)
		}
	}
	c.JSON(http.StatusOK, out)
	return nil
}
