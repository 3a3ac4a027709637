package view

import "github.com/charter-org/charter/store"

// Outbox is the admins' outbox page: what waits, went and failed, and
// where mail goes.
type Outbox struct {
	Layout
	Page store.OutboxPage
	// Server says where mail is sent ("smtp.example.org:587"); "" when no
	// mail server is configured and messages wait here.
	Server string
}

// OutboxMessage is one message of the outbox as it is, or would be, sent.
type OutboxMessage struct {
	Layout
	Entry   store.OutboxEntry
	Subject string
	Headers []string // From, To, Message-ID…, one per line
	Text    string
	// Kept is false once the message was sent: its recipient's own part
	// (an invitation's link) is not kept, and the text shows it blank.
	Kept bool
}
