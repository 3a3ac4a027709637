// Package document holds a union's governing documents and their immutable
// versions, and turns a version's Markdown into a numbered outline whose keys
// persist from one version to the next.
package document

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/charter-org/charter"
)

// Document is a constitution, bylaws, standing rules, a policy…
type Document struct {
	ID        int64
	Slug      string
	Title     string
	Numbering Scheme
	// CosponsorsNeeded is how many members must second an amendment before
	// it goes forward, as the document's own amendment article says.
	CosponsorsNeeded int
	// Language is the language its text is written in, a BCP 47 tag ("en",
	// "fr", "ar"): pages mark the text with it when the reader's interface
	// speaks another.
	Language  string
	CreatedAt time.Time
}

// VersionKind says whether a version is a draft or adopted text.
type VersionKind string

const (
	KindDraft   VersionKind = "draft"
	KindAdopted VersionKind = "adopted"
)

// Origin is how a version came to be: its provenance.
type Origin string

const (
	OriginImport Origin = "import" // uploaded or imported text
	OriginMerge  Origin = "merge"  // the committee merged amendments
	OriginBallot Origin = "ballot" // adopted by a vote
	// OriginClerical is a clerical change after a vote: numbers and
	// cross-references set right, no word changed (amendment.CheckClerical),
	// authorised by the vote it names.
	OriginClerical Origin = "clerical"
)

// Version is an immutable full text of a document. Every change makes a new
// version; none is ever edited.
type Version struct {
	ID         int64
	DocumentID int64
	Number     int // 1, 2, 3… within its document
	ParentID   int64
	SHA256     string
	Kind       VersionKind
	Origin     Origin
	AuthorID   int64
	Markdown   string
	CreatedAt  time.Time
	BallotID   int64 // for an adopted version, the vote that adopted it
	// Effective is the date an adopted version takes effect, YYYY-MM-DD,
	// as the officer who certified its vote gave it; "" when none was
	// given (it takes effect on adoption).
	Effective string
	// For a clerical change, the certified vote that authorised it and the
	// committee's reason.
	AuthorisedBy int64
	Reason       string
}

// Hash is the hex SHA-256 of a version text: its identity for caches.
func Hash(text []byte) string {
	sum := sha256.Sum256(text)
	return hex.EncodeToString(sum[:])
}

var slugPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`) })

// ValidateSlug checks the short name used in addresses: /documents/{slug}.
func ValidateSlug(slug string) error {
	if len(slug) < 1 || len(slug) > 64 || !slugPattern().MatchString(slug) {
		return charter.Errorf(charter.EINVALID,
			"The short name %q must be 1 to 64 lowercase letters, digits and single hyphens, like \"constitution\" or \"bylaw-1\".", charter.Clip(slug, 80))
	}
	return nil
}

// ValidateTitle checks a document title.
func ValidateTitle(title string) (string, error) {
	title, err := charter.CleanLine(charter.Sprintf("The title"), title)
	if err != nil {
		return "", err
	}
	if title == "" {
		return "", charter.Errorf(charter.EINVALID, "The title is missing.")
	}
	if utf8.RuneCountInString(title) > 200 {
		return "", charter.Errorf(charter.EINVALID, "The title must be at most %d characters.", 200)
	}
	return title, nil
}

// Prepare checks a text proposed as a new version of a document numbered by
// scheme, parses it, and keys its outline against the previous version's.
// It is the one way in for every text that becomes a version.
func Prepare(raw []byte, scheme Scheme, prev *Outline) (*Parsed, error) {
	src, err := ReadSource(raw)
	if err != nil {
		return nil, err
	}
	p, err := Parse(src, scheme)
	if err != nil {
		return nil, err
	}
	if len(p.Outline.Nodes) == 0 {
		return nil, charter.Errorf(charter.EINVALID,
			"No numbered sections were found. Charter numbers a document by its Markdown headings (# Article, ## Section) and numbered lists (1. clause); is this a Markdown file?")
	}
	AssignKeys(&p.Outline, prev, Hash(src.Text))
	return p, nil
}

// Restore re-parses a stored version's text and gives its outline the keys
// stored with it, in order. The text was checked when it was stored; a
// mismatch in the number of sections means the stored outline belongs to
// another text, which is a fault.
func Restore(text []byte, scheme Scheme, keys []string) (*Parsed, error) {
	src, err := ReadSource(text)
	if err != nil {
		return nil, fmt.Errorf("restore stored version: %w", err)
	}
	p, err := Parse(src, scheme)
	if err != nil {
		return nil, fmt.Errorf("restore stored version: %w", err)
	}
	if len(p.Outline.Nodes) != len(keys) {
		return nil, fmt.Errorf("restore stored version: text has %d sections, %d keys stored", len(p.Outline.Nodes), len(keys))
	}
	for i := range p.Outline.Nodes {
		p.Outline.Nodes[i].Key = keys[i]
	}
	return p, nil
}

// DefaultLanguage is the language of a document imported without one.
const DefaultLanguage = "en"

// ValidateLanguage checks the language a document's text is written in
// and gives its canonical tag; an empty one is DefaultLanguage.
func ValidateLanguage(tag string) (string, error) {
	tag = strings.TrimSpace(tag)
	if tag == "" {
		return DefaultLanguage, nil
	}
	t, err := language.Parse(tag)
	if err != nil || len(tag) > 35 {
		return "", charter.Errorf(charter.EINVALID, "%q is not a language tag; give the language of the text as a tag such as en, fr or es.", charter.Clip(tag, 40))
	}
	return t.String(), nil
}

// rightToLeft are the languages usually written from right to left.
var rightToLeft = map[string]bool{"ar": true, "ckb": true, "dv": true, "fa": true, "he": true, "ks": true, "ps": true, "sd": true, "ug": true, "ur": true, "yi": true}

// Direction is "rtl" for a language written from right to left, else "ltr":
// the dir a page gives a text in that language.
func Direction(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return "ltr"
	}
	if script, conf := t.Script(); conf != language.No && (script.String() == "Arab" || script.String() == "Hebr" || script.String() == "Thaa" || script.String() == "Syrc") {
		return "rtl"
	}
	if base, _ := t.Base(); rightToLeft[base.String()] {
		return "rtl"
	}
	return "ltr"
}
