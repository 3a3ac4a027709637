// Package api serves Charter's JSON API under /api/v1: one file per
// action, grouped by what they act on (Documents, Amendments, Comments,
// Ballots, Audit, Accounts). Each group reads and writes the store through
// an interface of its own, listing only what it needs and the error codes
// each method returns; *store.DB satisfies them all. Handlers return an
// error, which site.Handle answers as {"error": {"code", "message"}} with
// the status of its code (ErrorFields adds what a stale write missed).
package api

import (
	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/compare"
	"github.com/charter-org/charter/web/site"
)

// Store is every group's store together: what the API needs of
// *store.DB.
type Store interface {
	DocumentStore
	AmendmentStore
	CommentStore
	BallotStore
	AuditStore
	account.Store
	account.MailStore
	SearchStore
	PetitionStore
	TranslationStore
	MeetingStore
}

// API is the handlers, by group, for the router to name.
type API struct {
	Documents    *Documents
	Amendments   *Amendments
	Comments     *Comments
	Ballots      *Ballots
	Audit        *Audit
	Accounts     *Accounts
	Search       *Search
	Petitions    *Petitions
	Translations *Translations
	Meetings     *Meetings
}

// New gives the API's handlers over db, sharing the comparisons of
// amendments with the pages.
func New(s *site.Site, db Store, comparisons *compare.Cache) *API {
	return &API{
		Documents:    &Documents{db: db},
		Amendments:   &Amendments{db: db, comparisons: comparisons},
		Comments:     &Comments{db: db},
		Ballots:      &Ballots{site: s, db: db},
		Audit:        &Audit{db: db},
		Accounts:     &Accounts{db: db, mail: db},
		Search:       &Search{db: db},
		Petitions:    &Petitions{db: db},
		Translations: &Translations{db: db},
		Meetings:     &Meetings{site: s, db: db, comparisons: comparisons},
	}
}
