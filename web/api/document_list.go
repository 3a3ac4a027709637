package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// List answers every document.
func (h *Documents) List(c *gin.Context) error {
	docs, err := h.db.Documents(c.Request.Context())
	if err != nil {
		return err
	}
	out := make([]apiDocument, len(docs))
	for i, d := range docs {
		out[i] = toAPIDocument(d)
	}
	c.JSON(http.StatusOK, gin.H{"documents": out})
	return nil
}
