package web

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/render"
)

// apiCompare redlines any two versions of a document.
func (s *Server) apiCompare(c *gin.Context) {
	doc, ok := s.apiDocumentBySlug(c)
	if !ok {
		return
	}
	ctx := c.Request.Context()
	var texts [2]int64
	for i, name := range []string{"from", "to"} {
		id, err := strconv.ParseInt(c.Query(name), 10, 64)
		if err != nil {
			s.apiFail(c, charter.Errorf(charter.EINVALID, "Give the versions to compare as ?from=ID&to=ID."))
			return
		}
		texts[i] = id
	}
	from, err := s.db.VersionText(ctx, doc.ID, texts[0])
	if err != nil {
		s.apiFail(c, err)
		return
	}
	to, err := s.db.VersionText(ctx, doc.ID, texts[1])
	if err != nil {
		s.apiFail(c, err)
		return
	}
	// The later version's stored keys already say which sections persist.
	s.writeRedline(c, &amendment.Comparison{Base: from, Proposed: to, Changes: amendment.Changes(from, to)})
}

// writeRedline answers with a comparison in the ?format asked for.
func (s *Server) writeRedline(c *gin.Context, cmp *amendment.Comparison) {
	format := c.DefaultQuery("format", "html")
	mediaType, body, err := render.Redline(cmp, format, render.English)
	if err != nil {
		s.apiFail(c, err)
		return
	}
	c.Data(http.StatusOK, mediaType, []byte(body))
}
