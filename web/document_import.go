package web

import (
	"fmt"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
)

func (s *Server) importForm(c *gin.Context) {
	docs, err := s.db.Documents(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, "import", gin.H{"Documents": docs, "Schemes": document.Schemes, "Form": gin.H{"Slug": c.Query("slug")}})
}

// importDocument publishes an uploaded or pasted Markdown text: a new
// version of the document with that short name, or a new document.
func (s *Server) importDocument(c *gin.Context) {
	ctx := c.Request.Context()
	form := gin.H{"Slug": c.PostForm("slug"), "Title": c.PostForm("title"), "Numbering": c.PostForm("numbering")}
	again := func(err error) {
		code, message := s.classify(c, err)
		docs, _ := s.db.Documents(ctx)
		s.renderStatus(c, statusOf(code), "import", gin.H{"Documents": docs, "Schemes": document.Schemes, "Form": form, "Error": message})
	}
	text, err := uploadedText(c)
	if err != nil {
		again(err)
		return
	}
	actor := currentUser(c).ID
	slug := c.PostForm("slug")
	doc, err := s.db.Document(ctx, slug)
	switch charter.ErrorCode(err) {
	case "":
		ver, err := s.db.PublishVersion(ctx, actor, slug, text, document.OriginImport)
		if err != nil {
			again(err)
			return
		}
		c.Redirect(http.StatusSeeOther, fmt.Sprintf("/documents/%s/versions/%d", doc.Slug, ver.ID))
	case charter.ENOTFOUND:
		scheme, err := document.ParseScheme(c.PostForm("numbering"))
		if err != nil {
			again(err)
			return
		}
		doc, _, err := s.db.CreateDocument(ctx, actor, store.NewDocument{Slug: slug, Title: c.PostForm("title"), Numbering: scheme, Markdown: text})
		if err != nil {
			again(err)
			return
		}
		c.Redirect(http.StatusSeeOther, "/documents/"+doc.Slug)
	default:
		again(err)
	}
}

// uploadedText reads the Markdown from the file field, else the text area.
// The form was parsed, within the body limit, by checkCSRF.
func uploadedText(c *gin.Context) ([]byte, error) {
	if fh, err := c.FormFile("file"); err == nil && fh.Size > 0 {
		if fh.Size > document.MaxSourceBytes {
			return nil, charter.Errorf(charter.ETOOLARGE, "The file is %d KB; the limit is %d KB.", fh.Size>>10, document.MaxSourceBytes>>10)
		}
		f, err := fh.Open()
		if err != nil {
			return nil, charter.Internal(err)
		}
		defer f.Close()
		return io.ReadAll(io.LimitReader(f, document.MaxSourceBytes+1))
	}
	text := c.PostForm("markdown")
	if text == "" {
		return nil, charter.Errorf(charter.EINVALID, "Choose a Markdown file or paste the text.")
	}
	return []byte(text), nil
}
