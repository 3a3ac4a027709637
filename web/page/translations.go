package page

import (
	"context"
	"html/template"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/translation"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Translations are the pages of a document's translations: a version read
// in a language, a translator's queue, and the side-by-side form of one
// section.
type Translations struct {
	site  *site.Site
	db    TranslationStore
	words *sectionWords
}

// sectionWords keeps section words rendered, by their hash: the same words
// render the same in every version, language and page (a page of a 4x
// constitution rendered each of its sections' words twice a view: 0.24 s),
// and a ballot's frozen translations on every view of the ballot.
type sectionWords struct {
	*render.Bounded[renderedWords]
}

func newSectionWords() *sectionWords {
	return &sectionWords{render.NewWeighed(16<<20, renderedWords.weight)}
}

// renderedWords are a section's words rendered: a heading section's title
// line apart.
type renderedWords struct {
	heading string
	body    template.HTML
}

func (r renderedWords) weight() int { return len(r.heading) + len(r.body) + 64 }

// TranslationStore is what the translation pages read and write.
type TranslationStore interface {
	// Translation reads a version (0: the head) in a language: ENOTFOUND,
	// EINVALID (not a language, or the official one).
	Translation(ctx context.Context, slug string, versionID int64, lang string) (store.TranslationView, error)
	// SaveTranslation: EFORBIDDEN (translation.CanTranslate), ENOTFOUND,
	// EINVALID (empty, too long, restructures), ECONFLICT (the official
	// words changed since the translator read them).
	SaveTranslation(ctx context.Context, actor *member.User, in store.NewTranslation) (translation.Translation, error)
	// TranslatorLanguages gives the languages the admin named an account
	// a translator for.
	TranslatorLanguages(ctx context.Context, userID int64) ([]string, error)
	AmendmentTranslationStore
}

// read reads the version and language the request names, and whether the
// reader translates into that language.
func (h *Translations) read(c *gin.Context) (store.TranslationView, bool, error) {
	versionID, err := site.VersionQuery(c)
	if err != nil {
		return store.TranslationView{}, false, err
	}
	v, err := h.db.Translation(c.Request.Context(), c.Param("slug"), versionID, c.Param("lang"))
	if err != nil {
		return v, false, err
	}
	langs, err := h.db.TranslatorLanguages(c.Request.Context(), site.User(c).ID)
	return v, translation.CanTranslate(site.User(c), langs, v.Language), err
}

// sectionView renders a section for the pages: its translation where it
// has one, its official words, and for an outdated translation the
// official redline since.
func (h *Translations) sectionView(s translation.Section) (view.TranslatedSection, error) {
	out := view.TranslatedSection{Key: s.Segment.Key, Number: s.Node.Number, Marker: s.Node.Marker, Kind: s.Node.Kind,
		Depth: s.Node.Depth, Status: s.Status}
	var err error
	if out.OfficialHead, out.Official, err = h.words.render(s.Segment.Kind, s.Segment.Body); err != nil {
		return out, err
	}
	if s.Translation == nil {
		return out, nil
	}
	out.Translator = s.Translation.Translator
	if out.Heading, out.Body, err = h.words.render(s.Segment.Kind, s.Translation.Body); err != nil {
		return out, err
	}
	if s.Status == translation.Outdated {
		out.Changes, err = render.Inline(redline.Diff(s.Translation.Source, s.Segment.Body))
	}
	return out, err
}

// render is renderBody, kept by the words' hash.
func (w *sectionWords) render(kind document.Kind, body string) (string, template.HTML, error) {
	r, err := w.Get(string(kind)+"/"+translation.Hash(body), func() (renderedWords, error) {
		heading, html, err := renderBody(kind, body)
		return renderedWords{heading, html}, err
	})
	return r.heading, r.body, err
}

// renderBody renders a section's own words as members' text is rendered:
// a heading section's first line is its title, shown as one.
func renderBody(kind document.Kind, body string) (string, template.HTML, error) {
	heading := ""
	if kind == document.KindHeading {
		heading, body, _ = strings.Cut(body, "\n")
	}
	heading, body = strings.TrimSpace(heading), strings.TrimSpace(body)
	if body == "" {
		return heading, "", nil // a heading with nothing but sub-sections
	}
	html, err := render.SectionWords(body)
	return heading, html, err
}
