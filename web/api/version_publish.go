package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Publish publishes the next version of a document. The text
// names the version it was written from (base_version_id): when another
// version was published since, nothing is published and the 409 lists what
// changed (ErrorFields).
func (h *Documents) Publish(c *gin.Context) error {
	var in struct {
		Markdown      string `json:"markdown"`
		BaseVersionID int64  `json:"base_version_id"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	if err := requireFields("markdown", in.Markdown); err != nil {
		return err
	}
	if in.BaseVersionID == 0 {
		return charter.Errorf(charter.EINVALID, "The field %q is missing: the id of the version the text was written from.", "base_version_id")
	}
	ver, err := h.db.PublishVersion(c.Request.Context(), site.User(c).ID, store.NewVersion{
		Slug: c.Param("slug"), Base: in.BaseVersionID, Markdown: []byte(in.Markdown), Origin: document.OriginImport,
	})
	if err != nil {
		return err
	}
	c.JSON(http.StatusCreated, toAPIVersion(ver))
	return nil
}
