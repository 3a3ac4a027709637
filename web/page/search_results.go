package page

import (
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/search"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Results shows a page of what the reader may read that holds the words
// of ?q=, each result linked to the numbered section, amendment or comment
// it was found in.
func (h *Search) Results(c *gin.Context) error {
	res, err := h.db.Search(c.Request.Context(), *site.User(c), c.Query("q"), site.PageNumber(c, search.MaxPage))
	if err != nil {
		return err
	}
	hits := make([]view.SearchHit, len(res.Hits))
	for i, hit := range res.Hits {
		hits[i] = view.SearchHit{Hit: hit, Href: site.HitPath(hit)}
	}
	total := min(res.Total, search.MaxPage*search.PerPage)
	h.site.Render(c, "search", &view.Search{Query: c.Query("q"), Searched: strings.Join(res.Words, " "), Results: res, Hits: hits, Page: pageOf(c, res.Page, total, search.PerPage)})
	return nil
}
