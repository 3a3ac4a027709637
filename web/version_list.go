package web

import (
	"github.com/gin-gonic/gin"
)

func (s *Server) listVersions(c *gin.Context) error {
	ctx := c.Request.Context()
	doc, err := s.db.Document(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	versions, err := s.db.Versions(ctx, doc.ID)
	if err != nil {
		return err
	}
	data := gin.H{"Doc": doc, "Versions": versions}
	if len(versions) > 1 {
		data["From"], data["To"] = versions[1].ID, versions[0].ID // the latest change, by default
	}
	s.site.Render(c, "versions", data)
	return nil
}
