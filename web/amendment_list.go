package web

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/site"
)

func (s *Server) listAmendments(c *gin.Context) error {
	ctx := c.Request.Context()
	doc, err := s.db.Document(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	list, err := s.db.Amendments(ctx, *site.User(c), doc.ID)
	if err != nil {
		return err
	}
	ids := make([]int64, len(list))
	for i, a := range list {
		ids[i] = a.SponsorID
	}
	names, err := s.db.UserNames(ctx, ids)
	if err != nil {
		return err
	}
	rule, clause, err := s.db.VoteRule(ctx, doc.Slug)
	if err != nil {
		return err
	}
	s.site.Render(c, "amendments", gin.H{"Doc": doc, "Amendments": list, "Names": names, "Rule": rule, "OnlineClause": clause,
		"Threshold": rule.Threshold.Words().Translate(s.site.Localizer(c).ErrorFormat)})
	return nil
}
