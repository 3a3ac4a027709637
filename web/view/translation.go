package view

import (
	"html/template"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/translation"
)

// Translation is a version of a document read in one language: each
// section in translation where there is one, with the official words a tap
// away, out-of-date translations said to be so.
type Translation struct {
	Layout
	Document  document.Document
	Version   document.Version
	Language  string // the translation's
	Official  string // the document's official language
	Count     translation.Count
	Sections  []TranslatedSection
	Languages []string // every language the document is translated into
	// Translates: the reader is a translator for Language.
	Translates bool
	// Queue: only the sections that need the translator (outdated or
	// missing), each with the official redline since its translation.
	Queue bool
	// Head: the version is the current one, and links name no version, so
	// that what a translator saves is checked against the current words.
	Head bool
}

// TranslatedSection is one section as the page shows it.
type TranslatedSection struct {
	Key, Number, Marker string
	Kind                document.Kind
	Depth               int
	Status              translation.Status
	// Heading is a heading section's title line, translated where the
	// section is; Body its words below, rendered.
	Heading      string
	Body         template.HTML
	Official     template.HTML // the official words, rendered
	OfficialHead string
	Translator   string
	// Changes is, for an outdated translation, the official words' redline
	// from those it translated to those there now.
	Changes template.HTML
}

// TranslateSection is the side-by-side page of one section: the official
// words and their translation, with the translator's form.
type TranslateSection struct {
	Layout
	Document           document.Document
	Version            document.Version
	Language, Official string
	Section            TranslatedSection
	// Source is the official words as the translator edits against, and
	// SourceSHA256 their hash, sent back with the translation.
	Source, SourceSHA256 string
	Text                 string // the translation in the form
	Translates           bool
	Head                 bool // the current version: the form names none
	FromQueue            bool // the translator came from their queue, and goes back to it
	Error                string
}

// AmendmentTranslation is the sections an amendment writes, each with its
// translation into one language and, for a translator, a form.
type AmendmentTranslation struct {
	Layout
	Amendment          amendment.Amendment
	Document           document.Document
	Language, Official string
	Sections           []AmendmentSection
	Translates         bool
	Error              string
	ErrorKey           string // the section the error is about
}

// AmendmentSection is one section an amendment writes, as its translation
// page shows it.
type AmendmentSection struct {
	TranslatedSection
	SourceSHA256 string
	Text         string // in the translator's form
}
