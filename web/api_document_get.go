package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *Server) apiGetDocument(c *gin.Context) {
	doc, ok := s.apiDocumentBySlug(c)
	if !ok {
		return
	}
	versions, err := s.db.Versions(c.Request.Context(), doc.ID)
	if err != nil {
		s.apiFail(c, err)
		return
	}
	out := toAPIDocument(doc)
	out.Versions = make([]apiVersion, len(versions))
	for i, v := range versions {
		out.Versions[i] = toAPIVersion(v)
	}
	c.JSON(http.StatusOK, out)
}
