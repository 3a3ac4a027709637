package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *Server) apiListDocuments(c *gin.Context) error {
	docs, err := s.db.Documents(c.Request.Context())
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
