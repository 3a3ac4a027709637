package page

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// loadDraft prepares the form for editing a draft: the sections on offer
// are those of the draft's own text, so that a second section can be
// amended after the first.
func (h *Amendments) loadDraft(c *gin.Context, sectionKey string) (*view.Proposal, error) {
	id, err := site.AmendmentID(c)
	if err != nil {
		return nil, err
	}
	ctx := c.Request.Context()
	a, err := h.db.AmendmentFor(ctx, *site.User(c), id)
	if err != nil {
		return nil, err
	}
	if a.SponsorID != site.User(c).ID {
		return nil, charter.Errorf(charter.EFORBIDDEN, "Only the sponsor can edit an amendment.")
	}
	if a.Status != amendment.StatusDraft {
		return nil, charter.Errorf(charter.ECONFLICT, "Only a draft can be edited; this amendment is %s.", a.Status)
	}
	doc, err := h.db.DocumentByID(ctx, a.DocumentID)
	if err != nil {
		return nil, err
	}
	base, err := h.db.Version(ctx, doc.ID, a.BaseVersionID)
	if err != nil {
		return nil, err
	}
	based, err := h.db.VersionText(ctx, doc.ID, base.ID)
	if err != nil {
		return nil, err
	}
	// Keyed against its base, the draft's sections keep the keys members know.
	draft, err := document.Prepare([]byte(a.Proposed), doc.Numbering, &based.Outline)
	if err != nil {
		return nil, charter.Internal(err) // a stored draft always parses
	}
	p := &view.Proposal{Doc: doc, Base: base, AmendmentID: a.ID, ParentID: a.ParentID, Source: a.Proposed,
		SectionKey: sectionKey, Title: a.Title, Rationale: a.Rationale}
	if a.ParentID == 0 {
		p.Sections = draft.Outline.Nodes
	} else {
		p.SectionKey = ""
	}
	return p, pickSection(p)
}

// EditForm is the form for the sponsor's draft, on the section ?section
// names or the whole text.
func (h *Amendments) EditForm(c *gin.Context) error {
	p, err := h.loadDraft(c, c.Query("section"))
	if err != nil {
		return err
	}
	return h.showForm(c, p)
}

// Edit previews, saves or submits the sponsor's edited draft.
func (h *Amendments) Edit(c *gin.Context) error {
	p, err := h.loadDraft(c, c.PostForm("section"))
	if err != nil {
		return err
	}
	return h.handleProposal(c, p)
}
