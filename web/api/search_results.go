package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/search"
	"github.com/charter-org/charter/web/site"
)

// searchHit is a result as the API gives it: the page's result with the
// address it leads to.
type searchHit struct {
	search.Hit
	URL string `json:"url"`
}

// Results gives a page of what the caller may read that holds the words
// of ?q= (&page=, from 1): the same results, in the same order, as the
// search page.
func (h *Search) Results(c *gin.Context) error {
	res, err := h.db.Search(c.Request.Context(), *site.User(c), c.Query("q"), site.PageNumber(c, search.MaxPage))
	if err != nil {
		return err
	}
	hits := make([]searchHit, len(res.Hits))
	for i, hit := range res.Hits {
		hits[i] = searchHit{Hit: hit, URL: site.HitPath(hit)}
	}
	c.JSON(http.StatusOK, gin.H{"query": res.Query, "words": res.Words, "corrections": res.Corrections, "total": res.Total,
		"page": res.Page, "per_page": res.PerPage, "pages": res.Pages(), "results": hits})
	return nil
}
