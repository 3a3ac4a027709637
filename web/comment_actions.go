package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/comment"
)

// commentAction runs one change to a comment and returns to the page.
func (s *Server) commentAction(do func(c *gin.Context, id int64) error) gin.HandlerFunc {
	return func(c *gin.Context) {
		id, err := commentID(c)
		if err != nil {
			s.fail(c, err)
			return
		}
		if err := do(c, id); err != nil {
			s.fail(c, err)
			return
		}
		c.Redirect(http.StatusSeeOther, safeNext(c.PostForm("next")))
	}
}

func (s *Server) editComment(c *gin.Context, id int64) error {
	return s.db.EditComment(c.Request.Context(), *currentUser(c), id, c.PostForm("body"))
}

func (s *Server) deleteComment(c *gin.Context, id int64) error {
	return s.db.DeleteComment(c.Request.Context(), *currentUser(c), id)
}

func (s *Server) reportComment(c *gin.Context, id int64) error {
	return s.db.ReportComment(c.Request.Context(), *currentUser(c), id, c.PostForm("reason"))
}

func (s *Server) hideComment(c *gin.Context, id int64) error {
	return s.db.HideComment(c.Request.Context(), *currentUser(c), id, comment.Rule(c.PostForm("rule")), c.PostForm("reason"))
}
