package view

import "github.com/charter-org/charter/search"

// Search is the search page: the query as typed, what was searched for
// (with the words corrected), and a page of results.
type Search struct {
	Layout
	Query    string
	Searched string // the words searched for, corrections made
	Results  search.Results
	Hits     []SearchHit
	Page     ListPage
}

// SearchHit is a result with the address it leads to.
type SearchHit struct {
	search.Hit
	Href string
}
