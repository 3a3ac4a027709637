package account

import (
	"context"

	"github.com/charter-org/charter/message"
)

// MailStore is what the choices of messages and unsubscribe links read
// and write. Besides the codes listed, every method may fail with
// EUNAVAILABLE, EFULL or EINTERNAL when the database does.
type MailStore interface {
	// MailChoices gives what an account chose, kind by kind.
	MailChoices(ctx context.Context, userID int64) (map[message.Kind]message.Choice, error)
	// SetMailChoices replaces an account's choices: EINVALID for a choice
	// a kind does not offer, ENOTFOUND when there is no such account.
	SetMailChoices(ctx context.Context, userID int64, choices map[message.Kind]message.Choice) error
	// Unsubscribe turns one kind off: EINVALID for a required kind,
	// ENOTFOUND when there is no such account.
	Unsubscribe(ctx context.Context, userID int64, kind message.Kind) error
	// Secret gives a named server secret, made on first use.
	Secret(ctx context.Context, name string) ([]byte, error)
}

// UnsubscribeSecret names the server secret unsubscribe links are signed
// with; the sender signs them with the same.
const UnsubscribeSecret = "unsubscribe"

// ReadMailChoices reads a choice for every kind a member may choose, as
// get gives it by the kind's name ("" for each message as it comes);
// required kinds are not read.
func ReadMailChoices(get func(kind message.Kind) string) (map[message.Kind]message.Choice, error) {
	out := map[message.Kind]message.Choice{}
	for _, k := range message.Kinds {
		if k.Required() {
			continue
		}
		c, err := message.ParseChoice(k, get(k))
		if err != nil {
			return nil, err
		}
		out[k] = c
	}
	return out, nil
}
