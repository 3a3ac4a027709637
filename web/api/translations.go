package api

import (
	"context"
	"net/http"
	"slices"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/translation"
	"github.com/charter-org/charter/web/site"
)

// Translations are the routes of a section's translation: read it beside
// the official words, and, for a translator, write it.
type Translations struct {
	db TranslationStore
}

// TranslationStore is what the translation routes read and write.
type TranslationStore interface {
	// Translation: ENOTFOUND, EINVALID.
	Translation(ctx context.Context, slug string, versionID int64, lang string) (store.TranslationView, error)
	// SaveTranslation: EFORBIDDEN, ENOTFOUND, EINVALID, ECONFLICT.
	SaveTranslation(ctx context.Context, actor *member.User, in store.NewTranslation) (translation.Translation, error)
}

// apiTranslatedSection is a section's official words and their
// translation into one language. To write a translation, a client sends
// back official.sha256 with its text: a translation is refused once the
// official words it translates have changed.
type apiTranslatedSection struct {
	Key         string          `json:"key"`
	Number      string          `json:"number"`
	Language    string          `json:"language"`
	Official    apiOfficial     `json:"official"`
	Status      string          `json:"status"` // current, outdated or missing
	Translation *apiTranslation `json:"translation,omitempty"`
}

type apiOfficial struct {
	Language string `json:"language"`
	Text     string `json:"text"`
	SHA256   string `json:"sha256"`
}

type apiTranslation struct {
	Text string `json:"text"`
	// TranslatesSHA256 names the official words it translates: equal to
	// official.sha256 unless it is out of date.
	TranslatesSHA256 string    `json:"translates_sha256"`
	Translator       string    `json:"translator"`
	CreatedAt        time.Time `json:"created_at"`
}

// Get answers one section of a version in a language.
func (h *Translations) Get(c *gin.Context) error { return h.answer(c, http.StatusOK) }

// Put records a translator's translation of the section:
// {"text": ..., "official_sha256": ...}.
func (h *Translations) Put(c *gin.Context) error {
	var in struct {
		Text           string `json:"text"`
		OfficialSHA256 string `json:"official_sha256"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	id, err := site.VersionID(c)
	if err != nil {
		return err
	}
	if _, err := h.db.SaveTranslation(c.Request.Context(), site.User(c), store.NewTranslation{Slug: c.Param("slug"), VersionID: id,
		Language: c.Param("lang"), Key: c.Param("key"), SourceSHA256: in.OfficialSHA256, Body: in.Text}); err != nil {
		return err
	}
	return h.answer(c, http.StatusOK)
}

func (h *Translations) answer(c *gin.Context, status int) error {
	id, err := site.VersionID(c)
	if err != nil {
		return err
	}
	v, err := h.db.Translation(c.Request.Context(), c.Param("slug"), id, c.Param("lang"))
	if err != nil {
		return err
	}
	i := slices.IndexFunc(v.Sections, func(s translation.Section) bool { return s.Segment.Key == c.Param("key") })
	if i < 0 {
		return charter.Errorf(charter.ENOTFOUND, "This version has no section %q.", charter.Clip(c.Param("key"), 40))
	}
	s := v.Sections[i]
	out := apiTranslatedSection{Key: s.Segment.Key, Number: s.Node.Number, Language: v.Language, Status: string(s.Status),
		Official: apiOfficial{Language: v.Document.Language, Text: s.Segment.Body, SHA256: s.Segment.Hash()}}
	if t := s.Translation; t != nil {
		out.Translation = &apiTranslation{Text: t.Body, TranslatesSHA256: t.SourceSHA256, Translator: t.Translator, CreatedAt: t.CreatedAt}
	}
	c.JSON(status, out)
	return nil
}
