package web

import (
	"github.com/gin-gonic/gin"
)

func (s *Server) listDocuments(c *gin.Context) {
	docs, err := s.db.Documents(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, "documents", gin.H{"Documents": docs})
}
