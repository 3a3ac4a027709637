package web

import (
	"html/template"
	"net/http"
	"slices"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
)

func (s *Server) showAmendment(c *gin.Context) {
	id, err := amendmentID(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	a, cmp, err := s.comparison(c, id)
	if err != nil {
		s.fail(c, err)
		return
	}
	doc, err := s.db.DocumentByID(ctx, a.DocumentID)
	if err != nil {
		s.fail(c, err)
		return
	}
	names, err := s.db.UserNames(ctx, append([]int64{a.SponsorID}, a.Cosponsors...))
	if err != nil {
		s.fail(c, err)
		return
	}
	// The views are rendered once per pair of texts and language: a view of
	// an amendment to the largest bylaw spent 20 ms redlining it again.
	key := document.Hash(cmp.Base.Source.Text) + "/" + a.ProposedSHA + "/" + s.i18n.localizerFor(c).tag
	views, err := s.redlines.Get(key, func() (redlineViews, error) { return s.redlineViews(c, cmp) })
	if err != nil {
		s.fail(c, err)
		return
	}
	u := currentUser(c)
	draft := ""
	if a.RebaseConflict != "" && u.ID == a.SponsorID {
		if draft, err = s.db.RebaseText(ctx, a.ID); err != nil {
			s.fail(c, err)
			return
		}
	}
	can := func(to amendment.Status) bool { return amendment.CheckTransition(&a, to, u) == nil }
	s.render(c, "amendment", gin.H{
		"A": a, "Doc": doc, "Names": names, "Changes": cmp.Changes, "Rationale": memberText(a.Rationale),
		"Table": views.Table, "Inline": views.Inline, "Sides": views.Sides, "Warnings": s.i18n.localizerFor(c).warnings(amendment.CrossReferences(cmp)),
		"CanSecond":   amendment.CanCosponsor(&a, u) == nil,
		"Seconded":    slices.Contains(a.Cosponsors, u.ID),
		"CanSubmit":   can(amendment.StatusSubmitted),
		"CanWithdraw": can(amendment.StatusWithdrawn),
		"CanDecline":  can(amendment.StatusDeclined),
		"CanAmend":    amendment.CheckDegree(&a) == nil && amendment.CanPropose(u) == nil,
		"Sponsor":     u.ID == a.SponsorID,
		"DraftText":   draft,
	})
}

// cosponsorAmendment records the member's second.
func (s *Server) cosponsorAmendment(c *gin.Context) {
	id, err := amendmentID(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	if _, err := s.db.Cosponsor(c.Request.Context(), *currentUser(c), id); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/amendments/"+strconv.FormatInt(id, 10))
}

// setAmendmentStatus submits, withdraws or declines, as the member's role
// and the amendment's status allow.
func (s *Server) setAmendmentStatus(c *gin.Context) {
	id, err := amendmentID(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	to := amendment.Status(c.PostForm("status"))
	if _, err := s.db.SetAmendmentStatus(c.Request.Context(), *currentUser(c), id, to, c.PostForm("reason")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/amendments/"+strconv.FormatInt(id, 10))
}

// redlineViews are a comparison's views, labelled in the member's language.
type redlineViews struct{ Table, Inline, Sides template.HTML }

func (s *Server) redlineViews(c *gin.Context, cmp *amendment.Comparison) (redlineViews, error) {
	labels := s.i18n.localizerFor(c).redlineLabels()
	var v redlineViews
	var err error
	if v.Table, err = render.MotionTable(cmp.Changes, labels); err != nil {
		return v, charter.Internal(err)
	}
	if v.Inline, err = render.Inline(cmp.BodyRedline()); err != nil {
		return v, charter.Internal(err)
	}
	if v.Sides, err = render.SideBySide(cmp.Changes, labels); err != nil {
		return v, charter.Internal(err)
	}
	return v, nil
}
