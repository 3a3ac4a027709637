package page

import (
	"html/template"
	"net/http"
	"sort"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
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
	views, err := h.db.SectionComments(c.Request.Context(), head.ID, section.Key)
	if err != nil {
		return err
	}
	threads, counts, err := h.threads(c, views, section.Key, c.Query("sort"))
	if err != nil {
		return err
	}
	text, err := h.sectionText(c, head, section)
	if err != nil {
		return err
	}
	h.site.Render(c, "section", &view.Section{
		Doc: doc, Version: head, Section: section, Text: text, Threads: threads, Counts: counts,
		Stances: comment.Stances, Quote: c.Query("quote"), Sort: c.Query("sort"),
		CanAnswer: comment.CanAnswer(site.User(c)), Rules: comment.Rules,
	})
	return nil
}

// sectionText is a section's own text, rendered once per version.
func (h *Comments) sectionText(c *gin.Context, head document.Version, section *document.Node) (template.HTML, error) {
	key := strconv.FormatInt(head.ID, 10) + "/" + head.SHA256 + "/" + section.Key
	return h.sectionTexts.Get(key, func() (template.HTML, error) {
		text, err := h.versions.text(c.Request.Context(), head)
		if err != nil {
			return "", err
		}
		own := string(text[section.Start:section.End])
		html, err := render.MemberText(own)
		if err != nil { // shown as typed, as members' text is
			html = template.HTML(template.HTMLEscapeString(own))
		}
		return html, nil
	})
}

// showComments prepares comments for a page, in the order given: authors'
// names, bodies rendered safely, hidden and deleted ones kept from readers
// other than their author and observers.
func (h *Comments) showComments(c *gin.Context, views []store.CommentView) ([]view.ShownComment, error) {
	ids := make([]int64, len(views))
	for i, v := range views {
		ids[i] = v.AuthorID
	}
	names, err := h.db.UserNames(c.Request.Context(), ids)
	if err != nil {
		return nil, err
	}
	u := site.User(c)
	seesRecord := comment.CanReadEdits(u)
	var origins map[int64]store.CommentOrigin
	var reports map[int64]int
	var changes map[int64]store.CommentChange
	if len(views) > 0 {
		var moved []int64
		for _, v := range views {
			if v.Place.Fate != redline.Kept && v.Place.Fate != redline.Found {
				moved = append(moved, v.ID)
			}
		}
		if changes, err = h.db.CommentChanges(c.Request.Context(), views[0].DocumentID, moved); err != nil {
			return nil, err
		}
		shown := make([]int64, len(views))
		for i, v := range views {
			shown[i] = v.ID
		}
		if origins, err = h.db.CommentOrigins(c.Request.Context(), views[0].Place.VersionID, shown); err != nil {
			return nil, err
		}
		if comment.CanModerate(u) {
			if reports, err = h.db.ReportCounts(c.Request.Context(), views[0].DocumentID); err != nil {
				return nil, err
			}
		}
	}
	out := make([]view.ShownComment, len(views))
	for i, v := range views {
		sc := view.ShownComment{CommentView: v, Author: names[v.AuthorID], Mine: u.ID == v.AuthorID,
			CanModerate: comment.CanModerate(u), Reports: reports[v.ID]}
		if o, ok := origins[v.ID]; ok {
			sc.Origin = &o
		}
		if ch, ok := changes[v.ID]; ok {
			sc.Change = &ch
		}
		if v.EditedAt != nil && seesRecord {
			if sc.Edits, err = h.db.CommentEdits(c.Request.Context(), v.ID); err != nil {
				return nil, err
			}
		}
		if (v.Deleted || v.Hidden != "") && !sc.Mine && !comment.CanReadHidden(u) {
			sc.Hidden = true
		} else {
			sc.Body = view.MemberText(v.Body)
		}
		out[i] = sc
	}
	return out, nil
}

// threads gathers a section's comments into threads, sorted as asked:
// newest first, or most supported first.
func (h *Comments) threads(c *gin.Context, views []store.CommentView, key, order string) ([]view.Thread, map[comment.Stance]int, error) {
	shown, err := h.showComments(c, views)
	if err != nil {
		return nil, nil, err
	}
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
	return list, counts, nil
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
