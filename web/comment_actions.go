package web

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
)

// fragmentHeader marks a request sent by charter.js, which wants only the
// part of the page that changed: no redirect, no whole page. Forms posted
// without it get the same answers as ever.
const fragmentHeader = "X-Charter-Fragment"

func wantsFragment(c *gin.Context) bool { return c.GetHeader(fragmentHeader) != "" }

// renderFragment writes one partial of a page's template set with what that
// page's data would hold (language, member, token), so a fragment reads as
// the page does. arg picks the partial's argument out of that data; nil
// passes the data itself.
func (s *Server) renderFragment(c *gin.Context, status int, page, name string, data gin.H, arg func(gin.H) any) error {
	t, ok := s.pages.byName[page]
	if !ok {
		return fmt.Errorf("no template %s", page)
	}
	l := s.localizerFor(c)
	data["L"], data["Lang"], data["User"], data["CSRF"] = l, l.Tag(), currentUser(c), s.csrfToken(c)
	if _, ok := data["Path"]; !ok {
		data["Path"] = c.Request.URL.RequestURI()
	}
	var v any = data
	if arg != nil {
		v = arg(data)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, v); err != nil {
		return err
	}
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
	return nil
}

// refuse answers an error as the caller reads it: the bare message to
// charter.js, which shows it beside the form, an error page otherwise.
func (s *Server) refuse(c *gin.Context, err error) {
	if !wantsFragment(c) {
		s.fail(c, err)
		return
	}
	code, message := s.classify(c, err)
	c.Data(statusOf(code), "text/plain; charset=utf-8", []byte(message))
	c.Abort()
}

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
	posted, err := s.db.PostComment(c.Request.Context(), *currentUser(c), store.NewComment{
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
	if wantsFragment(c) && posted.ParentID == 0 {
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
		"CanAnswer": comment.CanAnswer(currentUser(c)), "Rules": comment.Rules, "Path": page}
	return s.renderFragment(c, http.StatusCreated, "section", "comment-thread", root, func(root gin.H) any {
		return gin.H{"T": thread{ShownComment: shown[0]}, "Root": root}
	})
}

// commentAction runs one change to a comment and returns to the page.
func (s *Server) commentAction(do func(c *gin.Context, id int64) error) handlerFunc {
	return func(c *gin.Context) error {
		id, err := commentID(c)
		if err != nil {
			return err
		}
		if err := do(c, id); err != nil {
			return err
		}
		c.Redirect(http.StatusSeeOther, safeNext(c.PostForm("next")))
		return nil
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
