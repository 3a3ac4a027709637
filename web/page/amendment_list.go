package page

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// List is a document's amendments, with its rules for seconding and
// adopting them.
func (h *Amendments) List(c *gin.Context) error {
	ctx := c.Request.Context()
	doc, err := h.db.Document(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	list, err := h.db.Amendments(ctx, *site.User(c), doc.ID)
	if err != nil {
		return err
	}
	ids := make([]int64, len(list))
	for i, a := range list {
		ids[i] = a.SponsorID
	}
	names, err := h.db.UserNames(ctx, ids)
	if err != nil {
		return err
	}
	rule, clause, err := h.db.VoteRule(ctx, doc.Slug)
	if err != nil {
		return err
	}
	revision, err := h.db.RevisionRule(ctx, doc.Slug)
	if err != nil {
		return err
	}
	petitions, err := h.db.PetitionRule(ctx, doc.Slug)
	if err != nil {
		return err
	}
	v := &view.Amendments{Doc: doc, Amendments: list, Names: names, Rule: rule, OnlineClause: clause, RevisionRule: revision,
		PetitionRule: petitions, PetitionWords: petitions.Words().Translate(h.site.Localizer(c).ErrorFormat),
		Threshold: rule.Threshold.Words().Translate(h.site.Localizer(c).ErrorFormat)}
	if revision != nil {
		v.RevisionThreshold = revision.Threshold.Words().Translate(h.site.Localizer(c).ErrorFormat)
	}
	h.site.Render(c, "amendments", v)
	return nil
}
