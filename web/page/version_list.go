package page

import (
	"github.com/gin-gonic/gin"
)

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
	data := gin.H{"Doc": doc, "Versions": versions}
	if len(versions) > 1 {
		data["From"], data["To"] = versions[1].ID, versions[0].ID // the latest change, by default
	}
	h.site.Render(c, "versions", data)
	return nil
}
