// Package export writes Charter's texts in the forms unions keep and hand
// out — the Markdown as stored, one self-contained HTML page, PDF with line
// numbers, Word with tracked changes — for members to download, for the
// API and for `charter export`. It knows nothing of storage or HTTP: the
// caller reads what is exported and sends the File.
package export

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
)

// Format is a kind of file an export writes.
type Format string

const (
	Markdown Format = "md"
	HTML     Format = "html"
	PDF      Format = "pdf"
	DOCX     Format = "docx"
)

// Formats lists the formats, in the order pages offer them.
var Formats = []Format{Markdown, HTML, PDF, DOCX}

// ParseFormat reads a format's name.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if f == "markdown" {
		f = Markdown
	}
	if !slices.Contains(Formats, f) {
		return "", charter.Errorf(charter.EINVALID, "Unknown export format %q: use md, html, pdf or docx.", charter.Clip(s, 20))
	}
	return f, nil
}

// Paper is a PDF's page size.
type Paper string

const (
	A4     Paper = "a4"
	Letter Paper = "letter"
)

// ParsePaper reads a page size; "" is A4.
func ParsePaper(s string) (Paper, error) {
	switch p := Paper(strings.ToLower(strings.TrimSpace(s))); p {
	case "":
		return A4, nil
	case A4, Letter:
		return p, nil
	}
	return "", charter.Errorf(charter.EINVALID, "Unknown paper %q: use a4 or letter.", charter.Clip(s, 20))
}

// Options shape an export.
type Options struct {
	Paper Paper
	// Stylesheet is the site's CSS, written into an HTML export so that it
	// reads as the site does, with nothing fetched.
	Stylesheet []byte
	// Font is a TrueType font for PDF, holding the characters the text
	// needs beyond Western European ones; nil for the PDF's own fonts.
	Font []byte
	// Labels word the redline's columns and motions; English when unset.
	Labels render.Labels
}

func (o Options) labels() render.Labels {
	if o.Labels.Section == "" {
		return render.English
	}
	return o.Labels
}

// File is what an export writes.
type File struct {
	Name      string // a file name to save it under
	MediaType string
	Body      []byte
}

// Version is one version of a document.
type Version struct {
	Document document.Document
	Version  document.Version
	Text     *document.Parsed
	Keys     []string // the stored outline's keys, in order
	// Translation, when set, says Text is the version translated into
	// that language where translated, the official words elsewhere.
	Translation *Translation
}

// Translation says what a translated export is: its language and, for
// its reader, that it is not the text adopted.
type Translation struct {
	Language string
	// Note says so, in the translation's language or the reader's:
	// "Translation into es of version 3; the official text, in en, alone
	// is authoritative; 12 of 40 sections translated."
	Note string
}

// what names the file: the version, and the translation's language.
func (v Version) what() string {
	if v.Translation != nil {
		return fmt.Sprintf("v%d-%s", v.Version.Number, v.Translation.Language)
	}
	return fmt.Sprintf("v%d", v.Version.Number)
}

// meta is the line under the title: the version, its hash, and what the
// text is: the official one, in its language, or a translation.
func (v Version) meta() string {
	if v.Translation != nil {
		return v.Translation.Note + " · " + v.hashLine()
	}
	return "Official text (" + lang(v.Document.Language) + ") · " + v.hashLine()
}

// footer is a PDF page's footer: as meta, the official text said by the
// version alone, for the footer's one line.
func (v Version) footer() string {
	if v.Translation != nil {
		return v.Document.Title + " · " + v.meta()
	}
	return v.Document.Title + " · " + v.hashLine()
}

// hashLine names the version and its hash: for a translation, the
// official text's, which the translation is not.
func (v Version) hashLine() string {
	if v.Translation != nil {
		return fmt.Sprintf("the official text: version %d, SHA-256 %s", v.Version.Number, v.Version.SHA256)
	}
	return fmt.Sprintf("Version %d · SHA-256 %s", v.Version.Number, v.Version.SHA256)
}

// Amendment is an amendment set against the text it amends.
type Amendment struct {
	Amendment  amendment.Amendment
	Document   document.Document
	Comparison *amendment.Comparison
	Sponsors   []string // the sponsor's name first, then the co-sponsors'
}

// Export writes the version as f.
func (v Version) Export(f Format, o Options) (File, error) {
	switch f {
	case Markdown:
		return v.markdown(), nil
	case HTML:
		return v.html(o)
	case PDF:
		return v.pdf(o)
	case DOCX:
		return v.docx()
	}
	return File{}, notOffered(f)
}

// Export writes the amendment as f.
func (a Amendment) Export(f Format, o Options) (File, error) {
	switch f {
	case Markdown:
		return a.markdown(), nil
	case HTML:
		return a.html(o)
	case PDF:
		return a.pdf(o)
	case DOCX:
		return a.docx()
	}
	return File{}, notOffered(f)
}

func notOffered(f Format) error {
	return charter.Errorf(charter.EINVALID, "This text cannot be exported as %s yet.", f)
}

// name is a file name made of a document's short name and what is in it,
// as "constitution-v3.md".
func name(slug, what string, f Format) string {
	return fmt.Sprintf("%s-%s.%s", slug, what, f)
}

// withTree gives p with its syntax tree: texts kept in a cache drop theirs
// (web/compare keeps amendments' bases so), and the tree is read again
// from the text with the stored outline's keys.
func withTree(p *document.Parsed) (*document.Parsed, error) {
	if p.Root != nil {
		return p, nil
	}
	keys := make([]string, len(p.Outline.Nodes))
	for i, n := range p.Outline.Nodes {
		keys[i] = n.Key
	}
	return document.Restore(p.Source.Text, p.Outline.Scheme, keys)
}
