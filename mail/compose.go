package mail

import (
	"fmt"
	"net/mail"
	"strings"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/store"
)

// Composer turns an outbox row into the email it stands for: the sender
// uses it to send, and the admins' outbox page to show what is, or would
// be, sent.
type Composer struct {
	Site message.Site
	From mail.Address
	// Words gives the translator of a language ("fr"); English when it
	// speaks no other.
	Words func(lang string) charter.Translator
	// UnsubscribeKey signs the links that turn a kind of message off.
	UnsubscribeKey []byte
}

// Email is one message ready for the mail server.
type Email struct {
	Header   Header
	Rendered message.Rendered
	Event    *message.Event
	Bytes    []byte
}

// Compose makes the email of o, whose content is c.
func (cp Composer) Compose(o store.Outgoing, c store.MailContent) (Email, error) {
	to := o.Recipient
	if o.UserID != 0 && !c.Kind.Required() {
		to.Unsubscribe = cp.Site.URL + "/mail/unsubscribe/" + message.UnsubscribeToken(cp.UnsubscribeKey, o.UserID, c.Kind)
	}
	m, err := message.Compose(c.Kind, c.Facts, to, cp.Site)
	if err != nil {
		return Email{}, err
	}
	lang := o.Language
	if lang == "" {
		lang = "en"
	}
	r, err := m.Render(cp.Words(lang), lang)
	if err != nil {
		return Email{}, fmt.Errorf("render outbox %d: %w", o.ID, err)
	}
	h := Header{
		From:        cp.From,
		To:          mail.Address{Name: o.Recipient.Name, Address: o.Address},
		MessageID:   "<" + o.MessageKey + "@" + cp.host() + ">",
		Date:        o.CreatedAt,
		Language:    lang,
		Unsubscribe: m.Unsubscribe,
	}
	b, err := Encode(h, r, m.Event)
	if err != nil {
		return Email{}, fmt.Errorf("encode outbox %d: %w", o.ID, err)
	}
	return Email{Header: h, Rendered: r, Event: m.Event, Bytes: b}, nil
}

// host names the sending domain in Message-IDs: the From address's.
func (cp Composer) host() string {
	if at := strings.LastIndexByte(cp.From.Address, '@'); at >= 0 {
		return cp.From.Address[at+1:]
	}
	return "charter.invalid"
}
