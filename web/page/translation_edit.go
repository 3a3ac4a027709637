package page

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/translation"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Form is one section side by side: the official words and their
// translation, with the translator's form.
func (h *Translations) Form(c *gin.Context) error { return h.form(c, http.StatusOK, "", nil) }

// Save records the translator's translation of the section, against the
// official words they were shown; the form comes back with their text and
// what went wrong when it is refused.
func (h *Translations) Save(c *gin.Context) error {
	text := c.PostForm("text")
	versionID, err := site.VersionQuery(c)
	if err != nil {
		return err
	}
	_, err = h.db.SaveTranslation(c.Request.Context(), site.User(c), store.NewTranslation{Slug: c.Param("slug"), VersionID: versionID,
		Language: c.Param("lang"), Key: c.Param("key"), SourceSHA256: c.PostForm("source_sha256"), Body: text})
	switch code := charter.ErrorCode(err); code {
	case "":
		back := fmt.Sprintf("/documents/%s/translations/%s", url.PathEscape(c.Param("slug")), url.PathEscape(c.Param("lang")))
		if c.PostForm("next") == "queue" {
			back += "/queue"
		}
		if versionID != 0 {
			back += fmt.Sprintf("?version=%d", versionID)
		}
		c.Redirect(http.StatusSeeOther, back+"#"+url.PathEscape(c.Param("key")))
		return nil
	case charter.EINVALID, charter.ECONFLICT, charter.EFORBIDDEN, charter.ETOOLARGE:
		_, message := h.site.Classify(c, err)
		return h.form(c, site.Status(code), message, &text)
	default:
		return err
	}
}

func (h *Translations) form(c *gin.Context, status int, errMsg string, text *string) error {
	v, translates, err := h.read(c)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(v.Sections, func(s translation.Section) bool { return s.Segment.Key == c.Param("key") })
	if i < 0 {
		return charter.Errorf(charter.ENOTFOUND, "This version has no section %q.", charter.Clip(c.Param("key"), 40))
	}
	s := v.Sections[i]
	sv, err := h.sectionView(s)
	if err != nil {
		return err
	}
	m := &view.TranslateSection{Document: v.Document, Version: v.Version, Language: v.Language, Official: v.Document.Language,
		Section: sv, Source: s.Segment.Body, SourceSHA256: s.Segment.Hash(), Translates: translates, Head: v.Head, Error: errMsg,
		FromQueue: c.Query("from") == "queue" || c.PostForm("next") == "queue"}
	switch {
	case text != nil:
		m.Text = *text
	case s.Translation != nil:
		m.Text = s.Translation.Body
	default:
		m.Text = s.Segment.Body // a start: the translator writes over it
	}
	h.site.RenderStatus(c, status, "translate", m)
	return nil
}
