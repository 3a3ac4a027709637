package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *Server) apiGetDocument(c *gin.Context) error {
	doc, err := s.db.Document(c.Request.Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	versions, err := s.db.Versions(c.Request.Context(), doc.ID)
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
