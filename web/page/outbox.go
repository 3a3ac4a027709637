package page

import (
	"context"

	"github.com/charter-org/charter/mail"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Outbox is the admins' view of the messages Charter sends: without a
// mail server (as in the demo), what would have been sent.
type Outbox struct {
	site     *site.Site
	db       OutboxStore
	composer mail.Composer
	server   string
}

// OutboxStore is what the outbox pages read.
type OutboxStore interface {
	// Outbox reads the counts, the latest failures and messages.
	Outbox(ctx context.Context, limit int) (store.OutboxPage, error)
	// OutboxMessage reads one message: ENOTFOUND when there is none.
	OutboxMessage(ctx context.Context, id int64) (store.OutboxEntry, store.Outgoing, store.MailContent, error)
}
