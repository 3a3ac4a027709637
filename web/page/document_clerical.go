package page

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// ClericalForm is the committee's form for a clerical change to the
// current version: its text, prefilled, with the numbers and references to
// set right; the certified ballot that authorised it; a reason.
func (h *Documents) ClericalForm(c *gin.Context) error {
	doc, head, _, err := h.versions.current(c)
	if err != nil {
		return err
	}
	text, err := h.db.VersionText(c.Request.Context(), doc.ID, head.ID)
	if err != nil {
		return err
	}
	m := &view.Clerical{Doc: doc, Head: head, Base: head.ID, Form: view.ClericalForm{Markdown: string(text.Source.Text)}}
	if m.Ballots, err = h.db.AuthorisingBallots(c.Request.Context(), doc.ID); err != nil {
		return err
	}
	if len(m.Ballots) > 0 {
		m.Form.BallotID = m.Ballots[0].ID
	}
	h.site.Render(c, "clerical", m)
	return nil
}

// Clerical previews a clerical change ("preview": what changed, and
// whether it changes numbers and references only) or publishes it, then
// shows the document's history, where it is listed as what it is.
func (h *Documents) Clerical(c *gin.Context) error {
	ctx := c.Request.Context()
	doc, head, _, err := h.versions.current(c)
	if err != nil {
		return err
	}
	m := &view.Clerical{Doc: doc, Head: head, Form: view.ClericalForm{Markdown: strings.ReplaceAll(c.PostForm("markdown"), "\r\n", "\n"), Reason: c.PostForm("reason")}}
	m.Base, _ = strconv.ParseInt(c.PostForm("base"), 10, 64)
	m.Form.BallotID, _ = strconv.ParseInt(c.PostForm("ballot"), 10, 64)
	if m.Ballots, err = h.db.AuthorisingBallots(ctx, doc.ID); err != nil {
		return err
	}
	var refused error
	if c.PostForm("action") == "publish" {
		_, err := h.db.PublishClerical(ctx, *site.User(c), store.NewClerical{Slug: doc.Slug, Base: m.Base, Markdown: []byte(m.Form.Markdown), BallotID: m.Form.BallotID, Reason: m.Form.Reason})
		if err == nil {
			c.Redirect(http.StatusSeeOther, fmt.Sprintf("/documents/%s/versions", doc.Slug))
			return nil
		}
		refused = err
	} else if refused = h.previewClerical(c, m); refused == nil {
		m.Accepted = true
	}
	status := http.StatusOK
	if refused != nil {
		var code string
		code, m.Error = h.site.Classify(c, refused)
		status = site.Status(code)
		m.Stale = staleOf(h.site.Localizer(c), doc.Slug, refused)
	}
	h.site.RenderStatus(c, status, "clerical", m)
	return nil
}

// previewClerical shows what the text changes from the version it was
// written from, and returns the check's refusal, if any.
func (h *Documents) previewClerical(c *gin.Context, m *view.Clerical) error {
	cmp, preview, err := previewRedline(c, h.site, h.db, m.Doc.ID, m.Base, m.Form.Markdown)
	if err != nil {
		return err
	}
	m.Preview = preview
	return amendment.CheckClerical(cmp.Base, cmp.Proposed)
}
