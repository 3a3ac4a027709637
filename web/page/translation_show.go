package page

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/translation"
	"github.com/charter-org/charter/web/view"
)

// Show shows a version of a document in a language: every section in
// translation where it is translated, the official words a tap away, and
// the official words themselves where the translation is missing or out
// of date, said so.
func (h *Translations) Show(c *gin.Context) error { return h.show(c, false) }

// Queue is a translator's work: the sections whose translation is out of
// date, with the official redline since, and those never translated.
func (h *Translations) Queue(c *gin.Context) error { return h.show(c, true) }

func (h *Translations) show(c *gin.Context, queue bool) error {
	v, translates, err := h.read(c)
	if err != nil {
		return err
	}
	m := &view.Translation{Document: v.Document, Version: v.Version, Language: v.Language, Official: v.Document.Language,
		Count: translation.Tally(v.Sections), Languages: v.Languages, Translates: translates, Queue: queue, Head: v.Head}
	for _, s := range v.Sections {
		if queue && s.Status == translation.Current {
			continue
		}
		sv, err := h.sectionView(s)
		if err != nil {
			return err
		}
		m.Sections = append(m.Sections, sv)
	}
	h.site.Render(c, "translation", m)
	return nil
}
