package api

import "github.com/charter-org/charter/web/account"

// Accounts are the handlers of a member's sessions and access tokens: the
// caller's own, or, on the routes under /users/:id, any member's for an
// admin.
type Accounts struct {
	db   account.Store
	mail account.MailStore
}
