package page

import (
	"context"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Post stores a comment or a reply from the section page. Asked by
// charter.js, it answers 201 with the new comment as the page shows it.
func (h *Comments) Post(c *gin.Context) error {
	slug, key := c.Param("slug"), c.Param("key")
	version, err := formID(c, "version_id")
	if err != nil {
		return charter.Errorf(charter.EINVALID, "Version %q is not a version of this document.", charter.Clip(c.PostForm("version_id"), 40))
	}
	parent, err := formID(c, "parent_id")
	if err != nil {
		return charter.Errorf(charter.EINVALID, "There is no comment %q on this document.", charter.Clip(c.PostForm("parent_id"), 40))
	}
	posted, err := h.db.PostComment(c.Request.Context(), *site.User(c), store.NewComment{
		DocumentSlug: slug, VersionID: version, SectionKey: key, Quote: c.PostForm("quote"),
		Stance: comment.Stance(c.PostForm("stance")), Body: c.PostForm("body"), ParentID: parent,
		Language: h.site.Localizer(c).Tag(),
	})
	if err != nil {
		return err
	}
	page := "/documents/" + slug + "/sections/" + key
	// Replies are not sent by charter.js; one would get the redirect, which
	// fetch follows to the page. So does a comment that stored but did not
	// render: the member sees it there rather than posting it twice.
	if site.WantsFragment(c) && posted.ParentID == 0 {
		err := h.commentFragment(c, posted.ID, slug, key, page)
		if err == nil {
			return nil
		}
		h.site.Log().ErrorContext(c.Request.Context(), "render posted comment", "comment", posted.ID, "err", err)
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
// own partial, as that page would show it to its author, and the section's
// stance counts with it: a page whose live stream does not reach it (a
// proxy that holds it back) still counts the comment.
func (h *Comments) commentFragment(c *gin.Context, id int64, slug, key, page string) error {
	ctx := c.Request.Context()
	cv, err := h.db.Comment(ctx, id)
	if err != nil {
		return err
	}
	shown, err := h.showComments(c, []store.CommentView{cv})
	if err != nil {
		return err
	}
	all, err := h.db.SectionThreads(ctx, cv.DocumentID, cv.Place.VersionID, key)
	if err != nil {
		return err
	}
	u := site.User(c)
	_, counts := threads(shownComments(u, all), key, "")
	root := &view.Section{Doc: document.Document{Slug: slug}, Section: &document.Node{Key: key},
		CanAnswer: comment.CanAnswer(u), Rules: comment.Rules, Counts: counts, Stances: comment.Stances}
	root.Path = page
	return h.site.Fragment(c, http.StatusCreated, "section", "comment-posted", root, func() any {
		return map[string]any{"T": view.Thread{ShownComment: shown[0]}, "Root": root}
	})
}

// act runs one change to the comment the route names, and returns to the
// page the form came from.
func (h *Comments) act(c *gin.Context, do func(ctx context.Context, u member.User, id int64) error) error {
	id, err := site.CommentID(c)
	if err != nil {
		return err
	}
	if err := do(c.Request.Context(), *site.User(c), id); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, site.SafeNext(c.PostForm("next")))
	return nil
}

// Edit changes the text of the member's own comment.
func (h *Comments) Edit(c *gin.Context) error {
	return h.act(c, func(ctx context.Context, u member.User, id int64) error {
		return h.db.EditComment(ctx, u, id, c.PostForm("body"))
	})
}

// Delete deletes the member's own comment, kept on record for observers.
func (h *Comments) Delete(c *gin.Context) error {
	return h.act(c, h.db.DeleteComment)
}

// Report records a member's report that a comment breaks a rule.
func (h *Comments) Report(c *gin.Context) error {
	return h.act(c, func(ctx context.Context, u member.User, id int64) error {
		return h.db.ReportComment(ctx, u, id, c.PostForm("reason"))
	})
}

// Hide hides a comment under a written rule, with a reason.
func (h *Comments) Hide(c *gin.Context) error {
	return h.act(c, func(ctx context.Context, u member.User, id int64) error {
		return h.db.HideComment(ctx, u, id, comment.Rule(c.PostForm("rule")), c.PostForm("reason"))
	})
}
