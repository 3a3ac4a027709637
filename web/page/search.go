package page

import (
	"context"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/search"
	"github.com/charter-org/charter/web/site"
)

// Search is the search page: every member's way into the text in force,
// the draft, amendments and comments by their words.
type Search struct {
	site *site.Site
	db   SearchStore
}

// SearchStore is what the search page reads.
type SearchStore interface {
	// Search finds a page of what viewer may read that holds the query's
	// words; a query of no words finds nothing, and no query fails as one.
	Search(ctx context.Context, viewer member.User, query string, page int) (search.Results, error)
}
