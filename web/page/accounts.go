package page

import (
	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/site"
)

// Accounts are the pages of a member's sessions and access tokens: the
// member's own, or any member's for an admin.
type Accounts struct {
	site *site.Site
	db   account.Store
	mail account.MailStore
}
