package web

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// postComment stores a comment or a reply from the section page. Asked by
// charter.js, it answers 201 with the new comment as the page shows it.
func (s *Server) postComment(c *gin.Context) error {
	slug, key := c.Param("slug"), c.Param("key")
	version, err := formID(c, "version_id")
	if err != nil {
		return charter.Errorf(charter.EINVALID, "Version %q is not a version of this document.", charter.Clip(c.PostForm("version_id"), 40))
	}
	parent, err := formID(c, "parent_id")
	if err != nil {
		return charter.Errorf(charter.EINVALID, "There is no comment %q on this document.", charter.Clip(c.PostForm("parent_id"), 40))
	}
	posted, err := s.db.PostComment(c.Request.Context(), *site.User(c), store.NewComment{
		DocumentSlug: slug, VersionID: version, SectionKey: key, Quote: c.PostForm("quote"),
		Stance: comment.Stance(c.PostForm("stance")), Body: c.PostForm("body"), ParentID: parent,
	})
	if err != nil {
		return err
	}
	page := "/documents/" + slug + "/sections/" + key
	// Replies are not sent by charter.js; one would get the redirect, which
	// fetch follows to the page. So does a comment that stored but did not
	// render: the member sees it there rather than posting it twice.
	if site.WantsFragment(c) && posted.ParentID == 0 {
		err := s.commentFragment(c, posted.ID, slug, key, page)
		if err == nil {
			return nil
		}
		s.log.Error("render posted comment", "comment", posted.ID, "err", err)
	}
	c.Redirect(http.StatusSeeOther, page+"#comments")
	return nil
}

// formID reads the id a form's field names: 0 when the field is absent or
// empty, an error when it holds anything but a number.
func formID(c *gin.Context, field string) (int64, error) {
	v := c.PostForm(field)
	if v == "" {
		return 0, nil
	}
	return strconv.ParseInt(v, 10, 64)
}

// commentFragment writes a new top-level comment with the section page's
// own partial, as that page would show it to its author.
func (s *Server) commentFragment(c *gin.Context, id int64, slug, key, page string) error {
	view, err := s.db.Comment(c.Request.Context(), id)
	if err != nil {
		return err
	}
	shown, err := s.showComments(c, []store.CommentView{view})
	if err != nil {
		return err
	}
	root := gin.H{"Doc": document.Document{Slug: slug}, "Section": document.Node{Key: key},
		"CanAnswer": comment.CanAnswer(site.User(c)), "Rules": comment.Rules, "Path": page}
	return s.site.Fragment(c, http.StatusCreated, "section", "comment-thread", root, func(root gin.H) any {
		return gin.H{"T": thread{ShownComment: shown[0]}, "Root": root}
	})
}

// commentAction runs one change to a comment and returns to the page.
func (s *Server) commentAction(do func(c *gin.Context, id int64) error) site.Func {
	return func(c *gin.Context) error {
		id, err := site.CommentID(c)
		if err != nil {
			return err
		}
		if err := do(c, id); err != nil {
			return err
		}
		c.Redirect(http.StatusSeeOther, site.SafeNext(c.PostForm("next")))
		return nil
	}
}

func (s *Server) editComment(c *gin.Context, id int64) error {
	return s.db.EditComment(c.Request.Context(), *site.User(c), id, c.PostForm("body"))
}

func (s *Server) deleteComment(c *gin.Context, id int64) error {
	return s.db.DeleteComment(c.Request.Context(), *site.User(c), id)
}

func (s *Server) reportComment(c *gin.Context, id int64) error {
	return s.db.ReportComment(c.Request.Context(), *site.User(c), id, c.PostForm("reason"))
}

func (s *Server) hideComment(c *gin.Context, id int64) error {
	return s.db.HideComment(c.Request.Context(), *site.User(c), id, comment.Rule(c.PostForm("rule")), c.PostForm("reason"))
}
