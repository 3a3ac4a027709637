package api

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/render"
)

// Compare redlines any two versions of a document.
func (h *Documents) Compare(c *gin.Context) error {
	doc, err := h.db.Document(c.Request.Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	var texts [2]int64
	for i, name := range []string{"from", "to"} {
		id, err := strconv.ParseInt(c.Query(name), 10, 64)
		if err != nil {
			return charter.Errorf(charter.EINVALID, "Give the versions to compare as ?from=ID&to=ID.")
		}
		texts[i] = id
	}
	from, err := h.db.VersionText(ctx, doc.ID, texts[0])
	if err != nil {
		return err
	}
	to, err := h.db.VersionText(ctx, doc.ID, texts[1])
	if err != nil {
		return err
	}
	// The later version's stored keys already say which sections persist.
	return writeRedline(c, &amendment.Comparison{Base: from, Proposed: to, Changes: amendment.Changes(from, to)})
}

// writeRedline answers with a comparison in the ?format asked for.
func writeRedline(c *gin.Context, cmp *amendment.Comparison) error {
	format := c.DefaultQuery("format", "html")
	mediaType, body, err := render.Redline(cmp, format, render.English)
	if err != nil {
		return err
	}
	c.Data(http.StatusOK, mediaType, []byte(body))
	return nil
}
