// Package search holds what finding words in Charter's texts needs apart
// from the database: how a text is split into words, how a query is read
// (whatever a member types, only its words are kept: no operator or
// character of a query language reaches the engine), how a word mistyped
// is matched to the nearest word indexed, and the shape of the results.
// The index itself lives in the store (store/search.go).
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind is what a result was found in.
type Kind string

const (
	KindText      Kind = "text"      // a section of the text in force
	KindDraft     Kind = "draft"     // a section of the current draft that differs from the text in force
	KindAmendment Kind = "amendment" // an amendment's title, rationale and changed words
	KindComment   Kind = "comment"   // a member's comment
	// KindTranslation is a section of the current version in a
	// translation made from its present words.
	KindTranslation Kind = "translation"
)

// Order ranks kinds for results of equal relevance: the text in force
// first.
func (k Kind) Order() int {
	switch k {
	case KindText:
		return 0
	case KindDraft, KindTranslation:
		return 1
	case KindAmendment:
		return 2
	}
	return 3
}

// Limits on what a query is read for.
const (
	MaxQueryWords = 10 // words past the tenth are left out
	MaxWordRunes  = 40 // a longer "word" is not a word anyone means
	PerPage       = 20
	MaxPage       = 50
)

// Highlight marks: the engines put them around the words they matched in
// a snippet, and Fragments splits on them. They are private-use
// characters, taken out of every text before it is indexed (Clean), so
// that nothing a member writes can open or close a highlight.
const (
	MarkOpen  = "\ue000"
	MarkClose = "\ue001"
)

// Clean is a text as it is indexed: the highlight marks taken out.
func Clean(s string) string {
	if !strings.ContainsAny(s, MarkOpen+MarkClose) {
		return s
	}
	return strings.NewReplacer(MarkOpen, "", MarkClose, "").Replace(s)
}

// Normalize folds a word as both engines compare it: lower case, without
// diacritics ("Règlement" → "reglement").
func Normalize(word string) string {
	word = strings.ToLower(word)
	ascii := true
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return word
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(word) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// Words splits a text into its words, normalised: runs of letters and
// digits. Everything else (punctuation, quotes, operators) separates them.
func Words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, Normalize(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Normalize(s[start:]))
	}
	return out
}

// Normalized is a text as the engines index it: its words, normalised,
// one space apart.
func Normalized(s string) string { return strings.Join(Words(s), " ") }

// QueryWords reads a query: its first MaxQueryWords words, each once,
// leaving out any longer than MaxWordRunes. Nothing else of what was typed
// is kept.
func QueryWords(q string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range Words(q) {
		if utf8.RuneCountInString(w) > MaxWordRunes || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
		if len(out) == MaxQueryWords {
			break
		}
	}
	return out
}

// Vocabulary lists the distinct words of a text that a misspelt query
// word may be corrected to: words of three to MaxWordRunes letters, not
// numbers.
func Vocabulary(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range Words(s) {
		n := utf8.RuneCountInString(w)
		if n < 3 || n > MaxWordRunes || !hasLetter(w) {
			continue
		}
		out[w] = true
	}
	return out
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
