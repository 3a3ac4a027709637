package web

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
)

func (s *Server) notFound(c *gin.Context) {
	s.site.Reject(c, charter.Errorf(charter.ENOTFOUND, "There is no such page."))
}

// recoverPanics turns a panic into the generic error page: the details go
// to the log, and the member is told nothing was changed.
func (s *Server) recoverPanics(c *gin.Context) {
	defer func() {
		if p := recover(); p != nil {
			s.log.ErrorContext(c.Request.Context(), "panic", "route", c.FullPath(), "panic", p)
			s.site.Reject(c, charter.Internal(nil))
		}
	}()
	c.Next()
}
