package web

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/web/site"
)

// loadDraft prepares the form for editing a draft: the sections on offer
// are those of the draft's own text, so that a second section can be
// amended after the first.
func (s *Server) loadDraft(c *gin.Context, sectionKey string) (*proposal, error) {
	id, err := site.AmendmentID(c)
	if err != nil {
		return nil, err
	}
	ctx := c.Request.Context()
	a, err := s.db.AmendmentFor(ctx, *site.User(c), id)
	if err != nil {
		return nil, err
	}
	if a.SponsorID != site.User(c).ID {
		return nil, charter.Errorf(charter.EFORBIDDEN, "Only the sponsor can edit an amendment.")
	}
	if a.Status != amendment.StatusDraft {
		return nil, charter.Errorf(charter.ECONFLICT, "Only a draft can be edited; this amendment is %s.", a.Status)
	}
	doc, err := s.db.DocumentByID(ctx, a.DocumentID)
	if err != nil {
		return nil, err
	}
	base, err := s.db.Version(ctx, doc.ID, a.BaseVersionID)
	if err != nil {
		return nil, err
	}
	based, err := s.db.VersionText(ctx, doc.ID, base.ID)
	if err != nil {
		return nil, err
	}
	// Keyed against its base, the draft's sections keep the keys members know.
	draft, err := document.Prepare([]byte(a.Proposed), doc.Numbering, &based.Outline)
	if err != nil {
		return nil, charter.Internal(err) // a stored draft always parses
	}
	p := &proposal{Doc: doc, Base: base, AmendmentID: a.ID, ParentID: a.ParentID, Source: a.Proposed,
		SectionKey: sectionKey, Title: a.Title, Rationale: a.Rationale}
	if a.ParentID == 0 {
		p.Sections = draft.Outline.Nodes
	} else {
		p.SectionKey = ""
	}
	return p, p.pickSection()
}

func (s *Server) editDraftForm(c *gin.Context) error {
	p, err := s.loadDraft(c, c.Query("section"))
	if err != nil {
		return err
	}
	s.site.Render(c, "amendment_new", gin.H{"P": p})
	return nil
}

func (s *Server) editDraft(c *gin.Context) error {
	p, err := s.loadDraft(c, c.PostForm("section"))
	if err != nil {
		return err
	}
	return s.handleProposal(c, p)
}
