package page

import (
	"fmt"
	"html/template"
	"net/http"
	"sort"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Section is a section's page: its text, and members' comments on it.
func (h *Comments) Section(c *gin.Context) error {
	doc, head, nodes, err := h.versions.current(c)
	if err != nil {
		return err
	}
	found, ok := document.FindSection(nodes, c.Param("key"))
	if !ok {
		return charter.Errorf(charter.ENOTFOUND, "This version has no such section.")
	}
	section := &found
	// The comments and what goes with them are read once, and kept until
	// the document's comments change; what this reader is shown of them is
	// worked out here.
	all, err := h.db.SectionThreads(c.Request.Context(), doc.ID, head.ID, section.Key)
	if err != nil {
		return err
	}
	u := site.User(c)
	threads, counts := threads(shownComments(u, all), section.Key, c.Query("sort"))
	text, err := h.sectionText(c, doc, head, section)
	if err != nil {
		return err
	}
	h.site.RenderContent(c, "section", sectionContentKey(c, u, all), &view.Section{
		Doc: doc, Version: head, Section: section, Text: text, Threads: threads, Counts: counts, Within: within(nodes, all.Within),
		Stances: comment.Stances, Quote: c.Query("quote"), Sort: c.Query("sort"),
		CanAnswer: comment.CanAnswer(u), Rules: comment.Rules,
	})
	return nil
}

// within lists, in document order, the sections within a section that
// members commented on, with their counts by stance: the rest of what the
// document's contents count beside the section.
func within(nodes []document.Node, rows []store.StanceCount) []view.WithinCount {
	if len(rows) == 0 {
		return nil
	}
	byKey := map[string]map[comment.Stance]int{}
	for _, r := range rows {
		if byKey[r.SectionKey] == nil {
			byKey[r.SectionKey] = map[comment.Stance]int{}
		}
		byKey[r.SectionKey][r.Stance] += r.N
	}
	var out []view.WithinCount
	for _, n := range nodes {
		if m, ok := byKey[n.Key]; ok {
			out = append(out, view.WithinCount{Key: n.Key, Number: n.Number, SectionCount: sectionCount(m)})
		}
	}
	return out
}

// sectionText is a section's own text, numbered as the document numbers
// it, rendered once per version.
func (h *Comments) sectionText(c *gin.Context, doc document.Document, head document.Version, section *document.Node) (template.HTML, error) {
	key := strconv.FormatInt(head.ID, 10) + "/" + head.SHA256 + "/" + section.Key
	return h.sectionTexts.Get(key, func() (template.HTML, error) {
		ctx := c.Request.Context()
		vp, err := h.versions.page(ctx, head)
		if err != nil {
			return "", err
		}
		text, err := h.versions.text(ctx, head)
		if err != nil {
			return "", err
		}
		html, err := render.Section(text, doc.Numbering, vp.keys, section.Key, "/documents/"+doc.Slug+"/sections/")
		if err != nil { // a stored version rendered when it was stored
			return "", charter.Internal(fmt.Errorf("render section %s of %s version %d: %w", section.Key, doc.Slug, head.ID, err))
		}
		return html, nil
	})
}

// showComments prepares comments for a page, in the order given, reading
// what goes with them in one read.
func (h *Comments) showComments(c *gin.Context, views []store.CommentView) ([]view.ShownComment, error) {
	if len(views) == 0 {
		return nil, nil
	}
	around, err := h.db.CommentsAround(c.Request.Context(), views[0].DocumentID, views[0].Place.VersionID, views)
	if err != nil {
		return nil, err
	}
	return shownComments(site.User(c), around), nil
}

// shownComments is what reader u is shown of comments as read: authors'
// names, bodies rendered safely, hidden and deleted ones kept from readers
// other than their author and observers, earlier texts and reports for
// those whose roles see them.
func shownComments(u *member.User, t *store.SectionThreads) []view.ShownComment {
	out := make([]view.ShownComment, len(t.Comments))
	for i, v := range t.Comments {
		sc := view.ShownComment{CommentView: v, Author: t.Authors[v.AuthorID], Mine: u.ID == v.AuthorID, CanModerate: comment.CanModerate(u)}
		if sc.CanModerate {
			sc.Reports = t.Reports[v.ID]
		}
		if o, ok := t.Origins[v.ID]; ok {
			sc.Origin = &o
		}
		if ch, ok := t.Changes[v.ID]; ok {
			sc.Change = &ch
		}
		if v.EditedAt != nil && comment.CanReadEdits(u) {
			sc.Edits = t.Edits[v.ID]
		}
		if (v.Deleted || v.Hidden != "") && !sc.Mine && !comment.CanReadHidden(u) {
			sc.Hidden = true
		} else {
			sc.Body = view.MemberText(v.Body)
		}
		out[i] = sc
	}
	return out
}

// threads gathers a section's comments into threads, sorted as asked:
// newest first, or most supported first.
func threads(shown []view.ShownComment, key, order string) ([]view.Thread, map[comment.Stance]int) {
	counts := map[comment.Stance]int{}
	byID := map[int64]*view.Thread{}
	var out []*view.Thread
	for _, sc := range shown {
		if sc.SectionKey != key || sc.Place.Orphaned() || sc.ParentID != 0 {
			continue
		}
		t := &view.Thread{ShownComment: sc}
		byID[sc.ID] = t
		out = append(out, t)
		counts[sc.Stance]++
	}
	for _, sc := range shown {
		if t, ok := byID[sc.ParentID]; ok && sc.ParentID != 0 {
			t.Replies = append(t.Replies, sc)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if order == "supported" && out[i].Supports != out[j].Supports {
			return out[i].Supports > out[j].Supports
		}
		return out[i].CreatedAt.After(out[j].CreatedAt)
	})
	list := make([]view.Thread, len(out))
	for i, t := range out {
		list[i] = *t
	}
	return list, counts
}

// Support records a member's +1 and returns to the page.
func (h *Comments) Support(c *gin.Context) error {
	id, err := site.CommentID(c)
	if err != nil {
		return err
	}
	if err := h.db.SupportComment(c.Request.Context(), *site.User(c), id); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, site.SafeNext(c.PostForm("next")))
	return nil
}

// Answer records the committee's disposition.
func (h *Comments) Answer(c *gin.Context) error {
	id, err := site.CommentID(c)
	if err != nil {
		return err
	}
	amendmentID, _ := strconv.ParseInt(c.PostForm("amendment_id"), 10, 64)
	versionNumber, _ := strconv.Atoi(c.PostForm("version_number"))
	if err := h.db.SetDisposition(c.Request.Context(), *site.User(c), id, comment.Disposition(c.PostForm("disposition")), c.PostForm("reason"),
		comment.Incorporation{AmendmentID: amendmentID, VersionNumber: versionNumber}); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, site.SafeNext(c.PostForm("next")))
	return nil
}

// sectionContentKey names what a section's page shows a reader: the read
// of its comments, the address (sort order, a quoted passage, the forms'
// way back), what the reader's roles let them see and do, and, for a
// reader who wrote some of the comments (whose forms differ), the reader.
// Readers alike share one rendering.
func sectionContentKey(c *gin.Context, u *member.User, t *store.SectionThreads) string {
	own := int64(0)
	for _, v := range t.Comments {
		if v.AuthorID == u.ID {
			own = u.ID
			break
		}
	}
	return fmt.Sprintf("%d\x00%q\x00%t%t%t%t\x00%d", t.Read, c.Request.URL.RequestURI(),
		comment.CanModerate(u), comment.CanReadEdits(u), comment.CanReadHidden(u), comment.CanAnswer(u), own)
}
