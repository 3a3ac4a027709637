package page

import (
	"fmt"
	"html/template"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Form shows the form: the whole text, or the section chosen.
func (h *Amendments) Form(c *gin.Context) error {
	p, err := h.loadProposal(c, c.Query("base"), c.Query("section"), c.Query("parent"))
	if err != nil {
		return err
	}
	return h.showForm(c, p)
}

// showForm shows a new form on p: in plain words unless ?mode=markdown.
func (h *Amendments) showForm(c *gin.Context, p *view.Proposal) error {
	if wantsWords(c.Query("mode")) {
		if err := h.startWords(p); err != nil {
			return err
		}
	}
	h.site.Render(c, "amendment_new", &view.AmendmentForm{P: p})
	return nil
}

// Propose previews the redline of the edited text, or stores it as
// a draft or a submitted amendment.
func (h *Amendments) Propose(c *gin.Context) error {
	p, err := h.loadProposal(c, c.PostForm("base_version_id"), c.PostForm("section"), c.PostForm("parent_id"))
	if err != nil {
		return err
	}
	return h.handleProposal(c, p)
}

// handleProposal reads the posted form and previews or saves it.
func (h *Amendments) handleProposal(c *gin.Context, p *view.Proposal) error {
	p.Title, p.Rationale = c.PostForm("title"), c.PostForm("rationale")
	// Only the whole text can be a complete revision, as the form offers.
	p.Revision = c.PostForm("revision") != "" && p.AmendmentID == 0 && p.ParentID == 0 && p.SectionKey == ""
	action, op := c.PostForm("action"), c.PostForm("op")
	var full string
	if mode, hasText := c.PostForm("mode"), c.Request.PostForm.Has("text"); wantsWords(mode) && !(mode == "" && hasText) {
		var err error
		if full, err = h.postedWords(c, p); err != nil {
			return h.proposalAgain(c, p, err)
		}
		if op == "markdown" {
			// The member's words so far, as the Markdown they make.
			p.Words, p.Clauses, p.SectionKey, p.Text = false, nil, "", full
			h.site.Render(c, "amendment_new", &view.AmendmentForm{P: p})
			return nil
		}
		if op != "" {
			action = "preview"
		}
	} else {
		p.Text = c.PostForm("text")
		full = fullText(p)
	}
	if action == "preview" {
		return h.preview(c, p, full)
	}
	return h.saveProposal(c, p, full, action == "submit")
}

// preview shows the redline and the motions of the text proposed.
func (h *Amendments) preview(c *gin.Context, p *view.Proposal, full string) error {
	base, err := h.proposalBase(c, p)
	if err != nil {
		return err
	}
	cmp, err := amendment.Compare(base, []byte(full))
	if err != nil {
		return h.proposalAgain(c, p, err)
	}
	labels := RedlineLabels(h.site.Localizer(c))
	if p.ParentID == 0 {
		labels.SectionsAt = versionSections(p.Doc, p.Base.ID)
	}
	_, html, err := render.Redline(cmp, "html", labels)
	if err != nil {
		return charter.Internal(err)
	}
	p.Preview = template.HTML(html) // rendered by render.Redline: escaped, no raw HTML
	p.Warnings = warnings(h.site.Localizer(c), amendment.CrossReferences(cmp))
	for _, ch := range cmp.Changes {
		p.Motions = append(p.Motions, ch.Motion.Translate(h.site.Localizer(c).ErrorFormat))
	}
	if !site.WantsFragment(c) {
		h.site.Render(c, "amendment_new", &view.AmendmentForm{P: p})
	} else if err := h.site.Fragment(c, http.StatusOK, "amendment_new", "amendment-preview", &view.AmendmentForm{P: p}, nil); err != nil {
		return charter.Internal(err)
	}
	return nil
}

// saveProposal stores a new amendment, or the edited draft.
func (h *Amendments) saveProposal(c *gin.Context, p *view.Proposal, full string, submit bool) error {
	var a amendment.Amendment
	var err error
	if p.AmendmentID != 0 {
		a, err = h.db.EditDraft(c.Request.Context(), *site.User(c), p.AmendmentID, store.DraftEdit{
			Title: p.Title, Rationale: p.Rationale, Proposed: []byte(full), Submit: submit,
		})
	} else {
		a, err = h.db.ProposeAmendment(c.Request.Context(), *site.User(c), store.NewAmendment{
			DocumentSlug: p.Doc.Slug, BaseVersionID: p.Base.ID, ParentID: p.ParentID,
			Title: p.Title, Rationale: p.Rationale, Proposed: []byte(full), Submit: submit, Revision: p.Revision,
		})
	}
	if err != nil {
		return h.proposalAgain(c, p, err)
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/amendments/%d", a.ID))
	return nil
}

// proposalAgain shows the form again with the error, keeping what the
// member wrote; charter.js's live preview gets the message alone (the
// error returned, for handleScript).
func (h *Amendments) proposalAgain(c *gin.Context, p *view.Proposal, err error) error {
	if site.WantsFragment(c) {
		return err
	}
	code, message := h.site.Classify(c, err)
	p.Error = message
	h.site.RenderStatus(c, site.Status(code), "amendment_new", &view.AmendmentForm{P: p})
	return nil
}

// loadProposal reads the document, the version the member is amending (the
// current one unless the form names the one they saw), and the section.
func (h *Amendments) loadProposal(c *gin.Context, baseParam, sectionKey, parentParam string) (*view.Proposal, error) {
	ctx := c.Request.Context()
	if err := amendment.CanPropose(site.User(c)); err != nil {
		return nil, err
	}
	doc, err := h.db.Document(ctx, c.Param("slug"))
	if err != nil {
		return nil, err
	}
	p := &view.Proposal{Doc: doc, SectionKey: sectionKey}
	if parentParam != "" {
		if p.ParentID, err = strconv.ParseInt(parentParam, 10, 64); err != nil {
			return nil, charter.Errorf(charter.ENOTFOUND, "There is no amendment %q.", charter.Clip(parentParam, 40))
		}
	}
	if baseParam == "" {
		p.Base, err = h.db.HeadVersion(ctx, doc.ID)
	} else if id, convErr := strconv.ParseInt(baseParam, 10, 64); convErr == nil {
		p.Base, err = h.db.Version(ctx, doc.ID, id)
	} else {
		err = charter.Errorf(charter.ENOTFOUND, "There is no version %q.", charter.Clip(baseParam, 40))
	}
	if err != nil {
		return nil, err
	}
	text := p.Base.Markdown
	if p.ParentID != 0 {
		parent, err := h.db.AmendmentFor(ctx, *site.User(c), p.ParentID)
		if err != nil {
			return nil, err
		}
		if err := amendment.CheckDegree(&parent); err != nil {
			return nil, err
		}
		if parent.DocumentID != doc.ID {
			return nil, charter.Errorf(charter.ENOTFOUND, "There is no amendment %d.", p.ParentID)
		}
		p.Base, err = h.db.Version(ctx, doc.ID, parent.BaseVersionID)
		if err != nil {
			return nil, err
		}
		text = parent.Proposed
		p.SectionKey = "" // a secondary amends the primary's whole text
	} else if p.Sections, err = h.db.Outline(ctx, p.Base.ID); err != nil {
		return nil, err
	}
	p.Source = text
	return p, pickSection(p)
}

// pickSection puts the chosen section, or the whole text, in the textarea.
func pickSection(p *view.Proposal) error {
	p.Text = p.Source
	if n, ok := document.FindSection(p.Sections, p.SectionKey); ok {
		p.Text = n.TextOf(p.Source)
	} else if p.SectionKey != "" {
		return charter.Errorf(charter.ENOTFOUND, "This version has no such section.")
	}
	return nil
}

// fullText is the whole text the member proposes: the edited section put back
// into the text it was taken from (document.Splice), or the whole text
// they edited.
func fullText(p *view.Proposal) string {
	if n, ok := document.FindSection(p.Sections, p.SectionKey); ok {
		return document.Splice(p.Source, n, p.Text)
	}
	return p.Text
}

// proposalBase is the text the proposal is compared with.
func (h *Amendments) proposalBase(c *gin.Context, p *view.Proposal) (*document.Parsed, error) {
	ctx := c.Request.Context()
	if p.ParentID != 0 {
		parent, err := h.db.AmendmentFor(ctx, *site.User(c), p.ParentID)
		if err != nil {
			return nil, err
		}
		return h.db.AmendmentBase(ctx, amendment.Amendment{DocumentID: p.Doc.ID, BaseVersionID: parent.BaseVersionID, ParentID: parent.ID})
	}
	return h.db.VersionText(ctx, p.Doc.ID, p.Base.ID)
}
