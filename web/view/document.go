package view

import (
	"html/template"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/i18n"
)

// Document is a version of a document, numbered, with its table of
// contents (rendered apart: TOC) and front matter.
type Document struct {
	Layout
	Doc           document.Document
	Version, Head document.Version // the version shown, and the current one
	TOCHTML       template.HTML
	Body          template.HTML
	OwnTitle      bool // the text's own title heads it
	Meta          []MetaField
	Sections      int
}

// MetaField is one field of a version's front matter: its name in words,
// its value as written, and for a field the catalogues name ("title",
// "drafted_by"), that name, to be given in the reader's language.
type MetaField struct{ Name, Value, Known string }

// TOC is a version's table of contents with its counts, rendered once per
// version, language and counts: the "toc" part of the document page.
type TOC struct {
	L               *i18n.Localizer
	TOC             []document.Node // the headings
	CommentCounts   map[string]SectionCount
	AmendmentCounts map[string]int // pending amendments that change each section
	// TextLang marks the headings with the document's language when the
	// reader's differs (TextLang).
	TextLang template.HTMLAttr
}

// SectionCount is how members have commented on a section and the
// sections within it, by stance.
type SectionCount struct {
	Total    int
	ByStance []StanceCount // in the order of comment.Stances, non-zero only
}

// StanceCount is how many comments take one stance.
type StanceCount struct {
	Stance comment.Stance
	N      int
}

// CompareForm is the form that picks two versions to compare: on the list
// of versions and on the comparison.
type CompareForm struct {
	Doc      document.Document
	Versions []document.Version
	From, To int64 // the versions picked
}

// Versions is the list of a document's versions.
type Versions struct {
	Layout
	CompareForm
}

// Compare is what changed between two versions of a document.
type Compare struct {
	Layout
	CompareForm
	Table, Inline template.HTML
	Count         int // sections changed
}

// SectionHistory is every change to a section, with its redline.
type SectionHistory struct {
	Layout
	Doc    document.Document
	Key    string
	Number string // the section's number and heading, "" once repealed
	Events []HistoryEvent
	Source *amendment.Source // where its current wording came from
}

// HistoryEvent is one change to a section.
type HistoryEvent struct {
	amendment.Event
	Wording template.HTML // the wording a section was imported with, numbered
	Redline template.HTML // a change: the wording before and after
	Sponsor string
	Motion  string // in the reader's language
}

// Import is the form that publishes a text: a new version of a document,
// or a new document.
type Import struct {
	Layout
	Documents []ImportDoc
	Schemes   []document.Scheme
	Form      ImportForm
	Error     string
	Stale     *Stale // what was published since the version the text was written from
	Preview   *ImportPreview
}

// ImportPreview is a Word file read, or pasted text cleaned, as Markdown
// for the committee to check before publishing.
type ImportPreview struct {
	Markdown string
	From     string   // the Word file's name
	Lost     []string // what the Markdown does not keep, said in the reader's language
	Cleaned  bool     // text pasted from a PDF, cleaned
}

// ImportDoc is an existing document as the import form lists it: with the
// version the form was opened on, which a new version of it must be
// written from.
type ImportDoc struct {
	document.Document
	Head document.Version
}

// ImportForm is what the committee wrote, given back after an error.
type ImportForm struct{ Slug, Title, Numbering, Language, Markdown string }

// Stale is what was published since the version a refused write was built
// on (store.StaleError), so that the writer can carry their change into
// the current version: the "since" partial.
type Stale struct {
	Slug  string
	Base  document.Version
	Head  document.Version
	Since []Since
}

// Since is one version published since, with the motions describing the
// sections it changed, in the reader's language.
type Since struct {
	store.Published
	Motions []string
}

// Clerical is the committee's form that publishes a clerical change: the
// text with its numbers and references set right, the vote that
// authorised it, a reason; with a preview of what changed, or the reason
// it was refused.
type Clerical struct {
	Layout
	Doc      document.Document
	Head     document.Version
	Base     int64 // the version the text was written from
	Ballots  []store.AuthorisingBallot
	Form     ClericalForm
	Error    string
	Stale    *Stale
	Preview  template.HTML // the redline of what changed, after "Preview"
	Accepted bool          // the preview passed the check
}

// ClericalForm is what the committee wrote, given back.
type ClericalForm struct {
	Markdown string
	BallotID int64
	Reason   string
}
