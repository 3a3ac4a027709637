package page

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/view"
)

// Versions lists a document's versions, with the form comparing two.
func (h *Documents) Versions(c *gin.Context) error {
	ctx := c.Request.Context()
	doc, err := h.db.Document(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	versions, err := h.db.Versions(ctx, doc.ID)
	if err != nil {
		return err
	}
	m := &view.Versions{CompareForm: view.CompareForm{Doc: doc, Versions: versions}}
	if len(versions) > 1 {
		m.From, m.To = versions[1].ID, versions[0].ID // the latest change, by default
	}
	h.site.Render(c, "versions", m)
	return nil
}
