package exports

import (
	"context"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/githistory"
)

// HistoryStore reads a document's history for its git bundle.
type HistoryStore interface {
	// History reads a document's versions and what made each: ENOTFOUND.
	History(ctx context.Context, slug string) (githistory.History, error)
}

// History sends a document's versions as a git bundle, which `git clone`
// reads: the server writes it in Go, with no git installed.
func (e *Exports) History(c *gin.Context) error {
	h, err := e.db.History(c.Request.Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	repo, err := h.Repository()
	if err != nil {
		return exportError(err)
	}
	c.Header("Content-Disposition", fmt.Sprintf("attachment; filename=%q", h.Document.Slug+".bundle"))
	c.Header("X-Content-Type-Options", "nosniff")
	c.Header("Content-Security-Policy", "default-src 'none'; sandbox")
	c.Header("Content-Type", "application/octet-stream")
	c.Status(http.StatusOK)
	// Written as it is made: a long history need not be held twice.
	return repo.WriteBundle(c.Writer)
}
