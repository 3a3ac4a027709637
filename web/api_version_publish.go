package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/document"
)

func (s *Server) apiPublishVersion(c *gin.Context) {
	var in struct {
		Markdown string `json:"markdown"`
	}
	if err := readJSON(c, &in); err != nil {
		s.apiFail(c, err)
		return
	}
	if err := requireFields("markdown", in.Markdown); err != nil {
		s.apiFail(c, err)
		return
	}
	ver, err := s.db.PublishVersion(c.Request.Context(), currentUser(c).ID, c.Param("slug"), []byte(in.Markdown), document.OriginImport)
	if err != nil {
		s.apiFail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toAPIVersion(ver))
}
