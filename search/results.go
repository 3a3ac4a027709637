package search

import (
	"regexp"
	"strings"
	"sync"
)

// Fragment is a piece of a snippet: the words a query matched, or the
// text around them. Both are a member's words, shown escaped.
type Fragment struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}

// Hit is one result.
type Hit struct {
	Kind          Kind   `json:"kind"`
	DocumentSlug  string `json:"document"`
	DocumentTitle string `json:"document_title"`
	// VersionID and VersionNumber name the version a section was found
	// in (text and draft); Head says it is the document's current one.
	VersionID     int64  `json:"version_id,omitempty"`
	VersionNumber int    `json:"version_number,omitempty"`
	Head          bool   `json:"current_version,omitempty"`
	SectionKey    string `json:"section_key,omitempty"`
	SectionNumber string `json:"section_number,omitempty"`
	// Language is a translation's.
	Language string `json:"language,omitempty"`
	// Heading is the section's heading, or an amendment's title.
	Heading     string     `json:"heading,omitempty"`
	AmendmentID int64      `json:"amendment_id,omitempty"`
	CommentID   int64      `json:"comment_id,omitempty"`
	Snippet     []Fragment `json:"snippet"`
}

// Results is a page of results for a query.
type Results struct {
	Query       string       `json:"query"`
	Words       []string     `json:"words"` // what was searched for, corrections made
	Corrections []Correction `json:"corrections,omitempty"`
	Total       int          `json:"total"`
	Page        int          `json:"page"`
	PerPage     int          `json:"per_page"`
	Hits        []Hit        `json:"results"`
}

// Pages is how many pages the results fill.
func (r Results) Pages() int {
	return min((r.Total+r.PerPage-1)/max(r.PerPage, 1), MaxPage)
}

// Fragments splits a snippet an engine marked with MarkOpen and MarkClose
// into fragments, its white space folded.
func Fragments(marked string) []Fragment {
	var out []Fragment
	match := false
	for marked != "" {
		sep := MarkOpen
		if match {
			sep = MarkClose
		}
		text, rest, found := strings.Cut(marked, sep)
		if text != "" {
			out = append(out, Fragment{Text: text, Match: match})
		}
		marked = rest
		if found {
			match = !match
		}
	}
	// A mark left unpaired is dropped with the text it would have opened
	// nothing around.
	for i := range out {
		out[i].Text = strings.NewReplacer(MarkOpen, "", MarkClose, "").Replace(out[i].Text)
		out[i].Text = space().ReplaceAllString(out[i].Text, " ")
	}
	return out
}

var space = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s+`) })

// Markdown's syntax, taken out of a section's text before it is indexed,
// so that a snippet reads as the text does.
var (
	mdLink   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`!?\[([^\]\n]*)\]\([^)\n]*\)`) })
	mdTag    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`</?[A-Za-z][^>\n]*>|<!--.*?-->`) })
	mdMarker = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?m)^[ \t]*(?:#{1,6}[ \t]+|\d{1,9}[.)][ \t]+|[-*+][ \t]+|>[ \t]?)`)
	})
	mdAttrs = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)[ \t]*\{[^}\n]*\}[ \t]*$`) })
	mdMarks = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("[*`~]+|\\\\") })
)

// Plain is a section's Markdown as words a reader sees: links by their
// text, without list markers, heading hashes, attributes, emphasis marks
// or raw HTML, on one line.
func Plain(markdown string) string {
	s := Clean(markdown)
	s = mdLink().ReplaceAllString(s, "$1")
	s = mdTag().ReplaceAllString(s, " ")
	s = mdMarker().ReplaceAllString(s, "")
	s = mdAttrs().ReplaceAllString(s, "")
	s = mdMarks().ReplaceAllString(s, "")
	return strings.TrimSpace(space().ReplaceAllString(s, " "))
}
