package api

import (
	"context"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/search"
)

// Search is the handler of searches, for every member.
type Search struct {
	db SearchStore
}

// SearchStore is what the search handler reads. It may fail with
// EUNAVAILABLE, EFULL or EINTERNAL when the database does; no query fails
// as one.
type SearchStore interface {
	// Search finds a page of what viewer may read that holds the query's
	// words.
	Search(ctx context.Context, viewer member.User, query string, page int) (search.Results, error)
}
