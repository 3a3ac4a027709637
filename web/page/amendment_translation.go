package page

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/translation"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// AmendmentTranslationStore is what an amendment's translation page reads
// and writes.
type AmendmentTranslationStore interface {
	// AmendmentTranslation: ENOTFOUND (or not visible to u), EINVALID.
	AmendmentTranslation(ctx context.Context, u *member.User, id int64, lang string) (store.AmendmentTranslationView, error)
	// SaveAmendmentTranslation: EFORBIDDEN, ENOTFOUND, EINVALID, ECONFLICT.
	SaveAmendmentTranslation(ctx context.Context, actor *member.User, id int64, in store.NewTranslation) (translation.Translation, error)
}

// AmendmentTranslation shows the sections an amendment writes in a
// language, with a translator's form for each.
func (h *Translations) AmendmentTranslation(c *gin.Context) error {
	return h.amendmentTranslation(c, http.StatusOK, "", "", "")
}

// SaveAmendmentTranslation records a translator's translation of one
// section the amendment writes.
func (h *Translations) SaveAmendmentTranslation(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	key, text := c.PostForm("key"), c.PostForm("text")
	_, err = h.db.SaveAmendmentTranslation(c.Request.Context(), site.User(c), id, store.NewTranslation{Language: c.Param("lang"),
		Key: key, SourceSHA256: c.PostForm("source_sha256"), Body: text})
	switch code := charter.ErrorCode(err); code {
	case "":
		c.Redirect(http.StatusSeeOther, fmt.Sprintf("/amendments/%d/translations/%s#%s", id, url.PathEscape(c.Param("lang")), url.PathEscape(key)))
		return nil
	case charter.EINVALID, charter.ECONFLICT, charter.EFORBIDDEN, charter.ETOOLARGE:
		_, message := h.site.Classify(c, err)
		return h.amendmentTranslation(c, site.Status(code), message, key, text)
	default:
		return err
	}
}

func (h *Translations) amendmentTranslation(c *gin.Context, status int, errMsg, errKey, text string) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	u := site.User(c)
	v, err := h.db.AmendmentTranslation(c.Request.Context(), u, id, c.Param("lang"))
	if err != nil {
		return err
	}
	langs, err := h.db.TranslatorLanguages(c.Request.Context(), u.ID)
	if err != nil {
		return err
	}
	m := &view.AmendmentTranslation{Amendment: v.Amendment, Document: v.Document, Language: v.Language, Official: v.Document.Language,
		Translates: translation.CanTranslate(u, langs, v.Language), Error: errMsg, ErrorKey: errKey}
	for _, s := range v.Sections {
		sv, err := h.sectionView(s)
		if err != nil {
			return err
		}
		as := view.AmendmentSection{TranslatedSection: sv, SourceSHA256: s.Segment.Hash(), Text: s.Segment.Body}
		if s.Translation != nil {
			as.Text = s.Translation.Body
		}
		if s.Segment.Key == errKey {
			as.Text = text
		}
		m.Sections = append(m.Sections, as)
	}
	h.site.RenderStatus(c, status, "amendment_translation", m)
	return nil
}
