package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Get answers a document with its versions.
func (h *Documents) Get(c *gin.Context) error {
	doc, err := h.db.Document(c.Request.Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	versions, err := h.db.Versions(c.Request.Context(), doc.ID)
	if err != nil {
		return err
	}
	out := toAPIDocument(doc)
	out.Versions = make([]apiVersion, len(versions))
	for i, v := range versions {
		out.Versions[i] = toAPIVersion(v)
	}
	c.JSON(http.StatusOK, out)
	return nil
}
