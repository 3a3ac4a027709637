package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Create imports a new document and answers it with its first version:
// 201.
func (h *Documents) Create(c *gin.Context) error {
	var in struct {
		Slug      string `json:"slug"`
		Title     string `json:"title"`
		Numbering string `json:"numbering"`
		Markdown  string `json:"markdown"`
		Language  string `json:"language"` // optional: "en" when absent
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	if err := requireFields("slug", in.Slug, "title", in.Title, "numbering", in.Numbering, "markdown", in.Markdown); err != nil {
		return err
	}
	scheme, err := document.ParseScheme(in.Numbering)
	if err != nil {
		return err
	}
	doc, ver, err := h.db.CreateDocument(c.Request.Context(), site.User(c).ID, store.NewDocument{Slug: in.Slug, Title: in.Title, Numbering: scheme, Markdown: []byte(in.Markdown), Language: in.Language})
	if err != nil {
		return err
	}
	out := toAPIDocument(doc)
	out.Versions = []apiVersion{toAPIVersion(ver)}
	c.JSON(http.StatusCreated, out)
	return nil
}
