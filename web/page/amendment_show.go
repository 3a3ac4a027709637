package page

import (
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/web/i18n"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Show is an amendment with its redlines, its rationale and what the
// reader may do with it.
func (h *Amendments) Show(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	a, err := h.db.AmendmentFor(ctx, *site.User(c), id)
	if err != nil {
		return err
	}
	doc, err := h.db.DocumentByID(ctx, a.DocumentID)
	if err != nil {
		return err
	}
	page, err := h.amendmentPage(c, doc, a)
	if err != nil {
		return err
	}
	names, err := h.db.UserNames(ctx, append([]int64{a.SponsorID}, a.Cosponsors...))
	if err != nil {
		return err
	}
	u := site.User(c)
	draft := ""
	if a.RebaseConflict != "" && u.ID == a.SponsorID {
		if draft, err = h.db.RebaseText(ctx, a.ID); err != nil {
			return err
		}
	}
	can := func(to amendment.Status) bool { return amendment.CheckTransition(&a, to, u) == nil }
	h.site.Render(c, "amendment", &view.Amendment{
		A: a, Doc: doc, Names: names, Rationale: view.MemberText(a.Rationale),
		Table: page.views.Table, Inline: page.views.Inline, Sides: page.views.Sides, Warnings: page.warnings,
		CanSecond:   amendment.CanCosponsor(&a, u) == nil,
		Seconded:    slices.Contains(a.Cosponsors, u.ID),
		CanSubmit:   can(amendment.StatusSubmitted),
		CanWithdraw: can(amendment.StatusWithdrawn),
		CanDecline:  can(amendment.StatusDeclined),
		CanAmend:    amendment.CheckDegree(&a) == nil && amendment.CanPropose(u) == nil,
		Sponsor:     u.ID == a.SponsorID,
		DraftText:   draft,
	})
	return nil
}

// Cosponsor records the member's second.
func (h *Amendments) Cosponsor(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	if _, err := h.db.Cosponsor(c.Request.Context(), *site.User(c), id); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, "/amendments/"+strconv.FormatInt(id, 10))
	return nil
}

// SetStatus submits, withdraws or declines, as the member's role
// and the amendment's status allow.
func (h *Amendments) SetStatus(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	to := amendment.Status(c.PostForm("status"))
	if _, err := h.db.SetAmendmentStatus(c.Request.Context(), *site.User(c), id, to, c.PostForm("reason")); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, "/amendments/"+strconv.FormatInt(id, 10))
	return nil
}

// amendmentPage is what an amendment's page shows of its comparison, in
// one language. It is kept, by the texts compared and the language, in a
// cache bounded by bytes rather than entries: a few hundred pending
// amendments read in turn outnumbered a cache of 64 comparisons, and each
// view compared and redlined again (90 views a second, 0.7 s each at 64
// readers). Without the comparison's parsed texts, an amendment to the
// largest bylaw keeps about a tenth of its memory.
type amendmentPage struct {
	changes  []amendment.Change
	views    redlines
	warnings []amendment.Warning
}

func (p *amendmentPage) weight() int {
	n := len(p.views.Table) + len(p.views.Inline) + len(p.views.Sides)
	for _, ch := range p.changes {
		n += len(ch.Old) + len(ch.New) + len(ch.Description) + 32*len(ch.Ops)
	}
	return n
}

func (h *Amendments) amendmentPage(c *gin.Context, doc document.Document, a amendment.Amendment) (*amendmentPage, error) {
	ctx := c.Request.Context()
	key, err := h.comparisons.Key(ctx, a)
	if err != nil {
		return nil, err
	}
	l := h.site.Localizer(c)
	shown := unchangedAt(doc, a)
	if a.Revision {
		shown = "whole" // a complete revision opens all of the text
	}
	return h.amendmentPages.Get(key+"/"+l.Tag()+"/"+shown, func() (*amendmentPage, error) {
		cmp, err := h.comparisons.Compare(ctx, a, key)
		if err != nil {
			return nil, err
		}
		views, err := redlineViews(h.site.Localizer(c), cmp, a.Revision, unchangedAt(doc, a))
		if err != nil {
			return nil, err
		}
		return &amendmentPage{changes: cmp.Changes, views: views, warnings: warnings(l, amendment.CrossReferences(cmp))}, nil
	})
}

// unchangedAt is where the sections an amendment leaves are read: its
// base version's page. A secondary amendment's are the primary's words,
// carried in its page.
func unchangedAt(doc document.Document, a amendment.Amendment) string {
	if a.Secondary() {
		return ""
	}
	return versionSections(doc, a.BaseVersionID)
}

// versionSections is the address of a version's sections, to which a
// section's key is added.
func versionSections(doc document.Document, versionID int64) string {
	return fmt.Sprintf("/documents/%s/versions/%d#", doc.Slug, versionID)
}

// redlines are a comparison's views, labelled in the member's language.
type redlines struct{ Table, Inline, Sides template.HTML }

// redlineViews renders a comparison's views in l's language: the text as
// amended in excerpts around its changes, or whole, as a complete revision
// is read.
func redlineViews(l *i18n.Localizer, cmp *amendment.Comparison, whole bool, sectionsAt string) (redlines, error) {
	labels := RedlineLabels(l)
	labels.SectionsAt = sectionsAt
	var v redlines
	var err error
	if v.Table, err = render.MotionTable(cmp.Changes, labels); err != nil {
		return v, charter.Internal(err)
	}
	excerpts := render.Excerpts
	if whole {
		excerpts = render.Whole
	}
	if v.Inline, err = excerpts(cmp.Parts(), labels); err != nil {
		return v, charter.Internal(err)
	}
	if v.Sides, err = render.SideBySide(cmp.Changes, labels); err != nil {
		return v, charter.Internal(err)
	}
	return v, nil
}
