package page

import (
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/intake"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// importDocs lists the documents with their current versions.
func (h *Documents) importDocs(ctx context.Context) ([]view.ImportDoc, error) {
	docs, err := h.db.Documents(ctx)
	if err != nil {
		return nil, err
	}
	heads, err := h.db.HeadVersions(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]view.ImportDoc, len(docs))
	for i, d := range docs {
		out[i] = view.ImportDoc{Document: d, Head: heads[d.ID]}
	}
	return out, nil
}

// ImportForm is the form that publishes a text: a new version of a
// document (?slug= names it), or a new document.
func (h *Documents) ImportForm(c *gin.Context) error {
	docs, err := h.importDocs(c.Request.Context())
	if err != nil {
		return err
	}
	h.site.Render(c, "import", &view.Import{Documents: docs, Schemes: document.Schemes, Form: view.ImportForm{Slug: c.Query("slug")}})
	return nil
}

// Import publishes an uploaded or pasted Markdown text: a new
// version of the document with that short name, or a new document. The
// form carries, for each document, the version it was opened on (field
// "base.SLUG"): a new version is refused if another was published since.
func (h *Documents) Import(c *gin.Context) error {
	slug := c.PostForm("slug")
	if preview, err := h.preview(c); preview != nil || err != nil {
		return h.renderPreview(c, slug, preview, err)
	}
	href, err := h.publishUpload(c, slug)
	if err != nil {
		code, message := h.site.Classify(c, err)
		// The form is shown again on the current versions: the committee has
		// been told what changed since the one it started from.
		docs, _ := h.importDocs(c.Request.Context())
		form := view.ImportForm{Slug: slug, Title: c.PostForm("title"), Numbering: c.PostForm("numbering"), Language: c.PostForm("language"), Markdown: c.PostForm("markdown")}
		h.site.RenderStatus(c, site.Status(code), "import", &view.Import{Documents: docs, Schemes: document.Schemes, Form: form, Error: message,
			Stale: staleOf(h.site.Localizer(c), slug, err)})
		return nil
	}
	c.Redirect(http.StatusSeeOther, href)
	return nil
}

// preview reads an uploaded Word file, or cleans text pasted from a PDF,
// into Markdown shown in the form to check before publishing: nothing is
// stored. It is nil when the form asks to publish.
func (h *Documents) preview(c *gin.Context) (*view.ImportPreview, error) {
	if fh, err := c.FormFile("file"); err == nil && fh.Size > 0 && isWord(fh.Filename) {
		data, err := readUpload(fh, intake.MaxDocxBytes,
			charter.Errorf(charter.ETOOLARGE, "The Word file is %d KB; the limit is %d KB.", fh.Size>>10, intake.MaxDocxBytes>>10))
		if err != nil {
			return nil, err
		}
		imported, err := intake.ReadDocx(data)
		if err != nil {
			return nil, err
		}
		l := h.site.Localizer(c)
		p := &view.ImportPreview{Markdown: imported.Markdown, From: fh.Filename}
		for _, lost := range imported.Lost {
			p.Lost = append(p.Lost, l.T("ImportLost_"+string(lost.Kind), "Count", lost.Count))
		}
		return p, nil
	}
	if c.PostForm("action") == "clean" {
		return &view.ImportPreview{Markdown: intake.CleanPasted(c.PostForm("markdown")), Cleaned: true}, nil
	}
	return nil, nil
}

// isWord: a Word file by its name; macro-enabled ones are read to be
// refused with their reason.
func isWord(name string) bool {
	name = strings.ToLower(name)
	return strings.HasSuffix(name, ".docx") || strings.HasSuffix(name, ".docm")
}

// renderPreview shows the form again with the Markdown to publish, or the
// reason the file was refused.
func (h *Documents) renderPreview(c *gin.Context, slug string, p *view.ImportPreview, err error) error {
	docs, derr := h.importDocs(c.Request.Context())
	if derr != nil {
		return derr
	}
	m := &view.Import{Documents: docs, Schemes: document.Schemes, Preview: p,
		Form: view.ImportForm{Slug: slug, Title: c.PostForm("title"), Numbering: c.PostForm("numbering"), Language: c.PostForm("language")}}
	status := http.StatusOK
	if err != nil {
		code, message := h.site.Classify(c, err)
		status, m.Error = site.Status(code), message
		m.Form.Markdown = c.PostForm("markdown")
	} else {
		m.Form.Markdown = p.Markdown
	}
	h.site.RenderStatus(c, status, "import", m)
	return nil
}

// publishUpload publishes the text uploaded or pasted: the next version of
// the document slug, or a new document. It returns the address of the
// version published.
func (h *Documents) publishUpload(c *gin.Context, slug string) (string, error) {
	ctx := c.Request.Context()
	text, err := uploadedText(c)
	if err != nil {
		return "", err
	}
	actor := site.User(c).ID
	doc, err := h.db.Document(ctx, slug)
	switch charter.ErrorCode(err) {
	case "":
		base, _ := strconv.ParseInt(c.PostForm("base."+slug), 10, 64)
		ver, err := h.db.PublishVersion(ctx, actor, store.NewVersion{Slug: slug, Base: base, Markdown: text, Origin: document.OriginImport})
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("/documents/%s/versions/%d", doc.Slug, ver.ID), nil
	case charter.ENOTFOUND:
		scheme, err := document.ParseScheme(c.PostForm("numbering"))
		if err != nil {
			return "", err
		}
		doc, _, err := h.db.CreateDocument(ctx, actor, store.NewDocument{Slug: slug, Title: c.PostForm("title"), Numbering: scheme, Markdown: text, Language: c.PostForm("language")})
		if err != nil {
			return "", err
		}
		return "/documents/" + doc.Slug, nil
	}
	return "", err
}

// uploadedText reads the Markdown from the file field, else the text area.
// The form was parsed, within the body limit, by checkCSRF.
func uploadedText(c *gin.Context) ([]byte, error) {
	if fh, err := c.FormFile("file"); err == nil && fh.Size > 0 {
		return readUpload(fh, document.MaxSourceBytes,
			charter.Errorf(charter.ETOOLARGE, "The file is %d KB; the limit is %d KB.", fh.Size>>10, document.MaxSourceBytes>>10))
	}
	text := c.PostForm("markdown")
	if text == "" {
		return nil, charter.Errorf(charter.EINVALID, "Choose a Markdown file or paste the text.")
	}
	return []byte(text), nil
}

// readUpload reads an uploaded file of at most limit bytes, else tooLarge.
func readUpload(fh *multipart.FileHeader, limit int64, tooLarge error) ([]byte, error) {
	if fh.Size > limit {
		return nil, tooLarge
	}
	f, err := fh.Open()
	if err != nil {
		return nil, charter.Internal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, charter.Internal(err)
	}
	return b, nil
}
