package page

import (
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/web/view"
)

// Compare shows what changed between two versions of a document,
// with the views an amendment has.
func (h *Documents) Compare(c *gin.Context) error {
	ctx := c.Request.Context()
	doc, err := h.db.Document(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	var ids [2]int64
	for i, name := range []string{"from", "to"} {
		if ids[i], err = strconv.ParseInt(c.Query(name), 10, 64); err != nil {
			return charter.Errorf(charter.EINVALID, "Give the versions to compare as ?from=ID&to=ID.")
		}
	}
	from, err := h.db.VersionText(ctx, doc.ID, ids[0])
	if err != nil {
		return err
	}
	to, err := h.db.VersionText(ctx, doc.ID, ids[1])
	if err != nil {
		return err
	}
	cmp := &amendment.Comparison{Base: from, Proposed: to, Changes: amendment.Changes(from, to)}
	views, err := redlineViews(h.site.Localizer(c), cmp, false, versionSections(doc, ids[1]))
	if err != nil {
		return err
	}
	versions, err := h.db.Versions(ctx, doc.ID)
	if err != nil {
		return err
	}
	h.site.Render(c, "compare", &view.Compare{CompareForm: view.CompareForm{Doc: doc, Versions: versions, From: ids[0], To: ids[1]},
		Table: views.Table, Inline: views.Inline, Count: len(cmp.Changes)})
	return nil
}
