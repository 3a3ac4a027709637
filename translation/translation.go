// Package translation keeps translations of a document aligned with its
// official text clause by clause. A translation translates one wording of
// one section's own words (without its sub-sections), named by that
// wording's hash: it stays with the section across versions as long as the
// official words stay, and is out of date, not lost, once they change.
package translation

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
)

// Status says how a section's translation stands against the official
// wording of the version read.
type Status string

const (
	// Current: it translates the section's words as they are.
	Current Status = "current"
	// Outdated: it translates an earlier wording; the official text
	// changed since.
	Outdated Status = "outdated"
	// Missing: the section has never been translated.
	Missing Status = "missing"
)

// MaxBody bounds one section's translation, as a comment is bounded: a
// section's own words are rarely more than a few kilobytes.
const MaxBody = 64 << 10

// Segment is a section's own words within a version's text: what a
// translator translates. The prefix that makes it a heading or a list
// item ("## ", "1. ") stays the official text's, so that a translation
// cannot renumber or restructure the document.
type Segment struct {
	Key    string
	Kind   document.Kind
	Prefix string // "## ", "   1. ": kept as is
	Body   string // the words, continuation lines without the clause's indentation
	// Start and End are the byte range, in the version's text, of the
	// prefix and body, without the blank lines that follow.
	Start, End int
	indent     int    // a clause's continuation lines' indentation
	attributes string // a heading's attribute block ("{.unnumbered}"), kept as is
}

// Hash names the wording a translation translates. A clause renumbered,
// its words unchanged, keeps its hash: the number is not in the body.
func (s Segment) Hash() string { return Hash(s.Body) }

// Hash is the SHA-256 of a body, in hex.
func Hash(body string) string {
	sum := sha256.Sum256([]byte(body))
	return hex.EncodeToString(sum[:])
}

var (
	headingPrefix = regexp.MustCompile(`^ {0,3}#{1,6}[ \t]+`)
	clausePrefix  = regexp.MustCompile(`^[ \t]*(?:\d{1,9}[.)]|[-*+])(?:[ \t]+|$)`)
	// A heading's attributes are Charter's business ({.unnumbered} takes
	// it out of the numbering), not the translator's.
	headingAttributes = regexp.MustCompile(`[ \t]*\{[^{}\n]*\}[ \t]*$`)
)

// Segments gives the own words of every section of a version, in the
// outline's order: text is the version's whole text, nodes its outline.
func Segments(text string, nodes []document.Node) []Segment {
	segs := make([]Segment, len(nodes))
	for i, n := range nodes {
		end := n.End
		if i+1 < len(nodes) && nodes[i+1].Start < end {
			end = nodes[i+1].Start // the first sub-section starts the rest
		}
		raw := strings.TrimRight(text[n.Start:end], " \t\r\n")
		s := Segment{Key: n.Key, Kind: n.Kind, Start: n.Start, End: n.Start + len(raw)}
		prefix := headingPrefix
		if n.Kind == document.KindClause {
			prefix = clausePrefix
		}
		if loc := prefix.FindStringIndex(raw); loc != nil {
			s.Prefix = raw[:loc[1]]
		}
		if n.Kind == document.KindClause {
			s.indent = utf8.RuneCountInString(s.Prefix)
		}
		s.Body = dedent(raw[len(s.Prefix):], s.indent)
		if n.Kind == document.KindHeading {
			title, rest, more := strings.Cut(s.Body, "\n")
			if loc := headingAttributes.FindStringIndex(title); loc != nil {
				s.attributes = title[loc[0]:]
				s.Body = title[:loc[0]]
				if more {
					s.Body += "\n" + rest
				}
			}
		}
		segs[i] = s
	}
	return segs
}

// dedent takes up to n spaces off every line but the first.
func dedent(body string, n int) string {
	if n == 0 || !strings.Contains(body, "\n") {
		return body
	}
	lines := strings.Split(body, "\n")
	for i := 1; i < len(lines); i++ {
		l := lines[i]
		k := 0
		for k < n && k < len(l) && l[k] == ' ' {
			k++
		}
		lines[i] = l[k:]
	}
	return strings.Join(lines, "\n")
}

func indent(body string, n int) string {
	if n == 0 || !strings.Contains(body, "\n") {
		return body
	}
	pad := strings.Repeat(" ", n)
	lines := strings.Split(body, "\n")
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			lines[i] = pad + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// Assemble writes bodies (by section key) in place of the sections' own
// words in text, each after its official prefix; sections without one
// keep their official words.
func Assemble(text string, segs []Segment, bodies map[string]string) string {
	var b strings.Builder
	b.Grow(len(text))
	at := 0
	for _, s := range segs {
		body, ok := bodies[s.Key]
		if !ok {
			continue
		}
		b.WriteString(text[at:s.Start])
		b.WriteString(s.Prefix)
		if s.attributes != "" {
			title, rest, more := strings.Cut(body, "\n")
			body = title + s.attributes
			if more {
				body += "\n" + rest
			}
		}
		b.WriteString(indent(body, s.indent))
		at = s.End
	}
	b.WriteString(text[at:])
	return b.String()
}

// Check checks a translation of one section of a version: its size, and
// that, put in place, the document keeps the official outline (the same
// sections, of the same kinds, at the same depths), so that numbers and
// keys mean the same in every language. text and scheme are the version's.
func Check(text string, scheme document.Scheme, nodes []document.Node, segs []Segment, key, body string) (string, error) {
	body = strings.TrimRight(strings.ReplaceAll(body, "\r\n", "\n"), " \t\n")
	if strings.TrimSpace(body) == "" {
		return "", charter.Errorf(charter.EINVALID, "The translation is empty.")
	}
	if len(body) > MaxBody {
		return "", charter.Errorf(charter.EINVALID, "The translation is longer than %d KB: a section's own words are translated one section at a time.", MaxBody>>10)
	}
	if !utf8.ValidString(body) {
		return "", charter.Errorf(charter.EINVALID, "The translation is not valid UTF-8 text.")
	}
	for _, s := range segs {
		if s.Key == key {
			if err := sameImages(s.Body, body); err != nil {
				return "", err
			}
		}
	}
	// What the document's checks say of the whole text would point at a
	// line of the assembled document, not of the translation.
	unreadable := charter.Errorf(charter.EINVALID, "The translation cannot be put in place of the official words: write plain text, leaving no code block or table open.")
	if openFence(body) {
		return "", unreadable // it would swallow what follows it wherever it is put
	}
	whole := Assemble(text, segs, map[string]string{key: body})
	src, err := document.ReadSource([]byte(whole))
	if err != nil {
		return "", unreadable
	}
	p, err := document.Parse(src, scheme)
	if err != nil {
		return "", unreadable
	}
	if !sameShape(p.Outline.Nodes, nodes) {
		return "", charter.Errorf(charter.EINVALID, "The translation changes the document's structure: translate the words only, without adding or removing headings, list items or blank lines between them, so that the translated section keeps the official numbering.")
	}
	return body, nil
}

// sameImages refuses an image the official words do not show: a
// translation's downloads would fetch it from wherever it points whenever
// a member opened them.
func sameImages(official, body string) error {
	allowed := map[string]bool{}
	for _, d := range images(official) {
		allowed[d] = true
	}
	for _, d := range images(body) {
		if !allowed[d] {
			return charter.Errorf(charter.EINVALID, "The translation shows an image the official text does not: translate the words only.")
		}
	}
	return nil
}

// images lists the destinations of the images Markdown src shows.
func images(src string) []string {
	if !strings.Contains(src, "![") && !strings.Contains(src, "<img") {
		return nil
	}
	root := goldmark.New(goldmark.WithExtensions(document.Extensions...)).Parser().Parse(text.NewReader([]byte(src)))
	var out []string
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if img, ok := n.(*ast.Image); ok && entering {
			out = append(out, string(img.Destination))
		}
		if entering && (n.Kind() == ast.KindRawHTML || n.Kind() == ast.KindHTMLBlock) {
			out = append(out, "raw HTML") // never rendered, but never a translation's either
		}
		return ast.WalkContinue, nil
	})
	return out
}

// openFence says whether body leaves a code fence open: its fence lines
// (``` or ~~~) are odd in number.
func openFence(body string) bool {
	n := 0
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "```") || strings.HasPrefix(line, "~~~") {
			n++
		}
	}
	return n%2 == 1
}

func sameShape(a, b []document.Node) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Kind != b[i].Kind || a[i].Depth != b[i].Depth || a[i].Number != b[i].Number {
			return false
		}
	}
	return true
}

// Translation is one translator's translation of one wording of a
// section, into one language.
type Translation struct {
	ID         int64
	DocumentID int64
	Key        string
	Language   string
	// SourceSHA256 is the hash of the official words it translates, and
	// Source those words: when the section changes, the translator sees
	// what changed since.
	SourceSHA256 string
	Source       string
	Body         string
	TranslatorID int64
	Translator   string // name, as shown
	CreatedAt    time.Time
	// AmendmentID names the amendment it was made from, whose words it
	// translates; 0 for a version's.
	AmendmentID int64
}

// Section is a section as a reader of a language sees it.
type Section struct {
	Segment     Segment
	Node        document.Node
	Status      Status
	Translation *Translation // the latest of its wording, or of an earlier one when Outdated
}

// Align pairs each section of a version with its translation into one
// language: the latest that translates its present words; else, the
// latest of any earlier wording, marked out of date. translations are the
// document's translations into that language, oldest first. A translation
// made from an amendment translates words the amendment wrote: it stands
// where those words stand, and as an earlier wording only on the pages of
// that amendment (amendmentID), never for a version, where it would show
// the words of a draft, perhaps private, perhaps never adopted.
func Align(segs []Segment, nodes []document.Node, translations []Translation, amendmentID int64) []Section {
	byHash := make(map[string]*Translation, len(translations))
	byKey := make(map[string]*Translation, len(translations))
	for i := range translations {
		t := &translations[i]
		byHash[t.Key+"\x00"+t.SourceSHA256] = t
		byHash["\x00"+t.SourceSHA256] = t
		if t.AmendmentID == 0 || t.AmendmentID == amendmentID {
			byKey[t.Key] = t
		}
	}
	out := make([]Section, len(segs))
	for i, s := range segs {
		sec := Section{Segment: s, Node: nodes[i], Status: Missing}
		h := s.Hash()
		if t, ok := byHash[s.Key+"\x00"+h]; ok {
			sec.Status, sec.Translation = Current, t
		} else if t, ok := byHash["\x00"+h]; ok {
			// The same words under another key: a section an amendment
			// added, translated there, keeps its translation when merged.
			sec.Status, sec.Translation = Current, t
		} else if t, ok := byKey[s.Key]; ok {
			sec.Status, sec.Translation = Outdated, t
		}
		out[i] = sec
	}
	return out
}

// Count tells how much of a version is translated.
type Count struct{ Current, Outdated, Missing int }

// Tally counts sections by status.
func Tally(secs []Section) Count {
	var c Count
	for _, s := range secs {
		switch s.Status {
		case Current:
			c.Current++
		case Outdated:
			c.Outdated++
		default:
			c.Missing++
		}
	}
	return c
}

// CanTranslate says whether u may translate into lang: the admin grants
// each translator their languages (languages, u's grants).
func CanTranslate(u *member.User, languages []string, lang string) bool {
	return u != nil && slices.Contains(languages, lang)
}
