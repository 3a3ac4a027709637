package web

import (
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
)

// compareVersions shows what changed between two versions of a document,
// with the views an amendment has.
func (s *Server) compareVersions(c *gin.Context) error {
	ctx := c.Request.Context()
	doc, err := s.db.Document(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	var ids [2]int64
	for i, name := range []string{"from", "to"} {
		if ids[i], err = strconv.ParseInt(c.Query(name), 10, 64); err != nil {
			return charter.Errorf(charter.EINVALID, "Give the versions to compare as ?from=ID&to=ID.")
		}
	}
	from, err := s.db.VersionText(ctx, doc.ID, ids[0])
	if err != nil {
		return err
	}
	to, err := s.db.VersionText(ctx, doc.ID, ids[1])
	if err != nil {
		return err
	}
	cmp := &amendment.Comparison{Base: from, Proposed: to, Changes: amendment.Changes(from, to)}
	views, err := s.redlineViews(c, cmp)
	if err != nil {
		return err
	}
	versions, err := s.db.Versions(ctx, doc.ID)
	if err != nil {
		return err
	}
	s.site.Render(c, "compare", gin.H{"Doc": doc, "Versions": versions, "From": ids[0], "To": ids[1], "Table": views.Table, "Inline": views.Inline, "Count": len(cmp.Changes)})
	return nil
}
