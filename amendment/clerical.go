package amendment

import (
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
)

// A clerical change renumbers sections and fixes cross-references after a
// vote (DESIGN rule 8): it may change numbers and references, never words.
// CheckClerical reads both texts as a sequence of tokens where every
// number that stands for a section — a citation, a number after a word
// such as "Section", a dotted section number, a number heading a heading
// — and every list marker is one token that may read differently; any
// other word, punctuation mark or paragraph break must stay as it was.
// Spaces are not compared, so a list marker that grows a digit may move
// its lines' indentation.

// numberClass and markerClass are what a section number and a list marker
// compare as: what they read may change, not that they are there.
const (
	numberClass = "\x00number"
	markerClass = "\x00marker"
	breakClass  = "\x00break"
)

type clericalToken struct {
	class string // what the token compares as
	text  string // as written
	start int    // byte offset in the text
}

var clericalPatterns = sync.OnceValue(func() (p struct{ sectionWord, dotted, heading, marker *regexp.Regexp }) {
	// A number after a word naming a part of a document: "Section 3",
	// "subsection 1.0.1", "Article IV", "Clause 2(b)", "§ 4". Roman
	// numerals in capitals only: "clause did" is words.
	p.sectionWord = regexp.MustCompile(`(?:\b(?i:sub)?(?i:article|section|chapter|clause|paragraph|part|bylaw)s?\s+|§+\s*)(?:\d+(?:\.\d+)*(?:\.[a-z]{1,3})?(?:\.[ivx]{1,6})?\b|[IVXLCDM]+\b)(?:\([a-zA-Z0-9]{1,4}\))*`)
	// A bare section number of three levels or more: "1.0.3.d".
	p.dotted = regexp.MustCompile(`\b\d+\.\d+\.\d+(?:\.\d+)*(?:\.[a-z]{1,3})?(?:\.[ivx]{1,6})?\b`)
	// The number a heading opens with: "## 2.3 Dues", "# IV. Dues".
	p.heading = regexp.MustCompile(`(?m)^[ \t]{0,3}#{1,6}[ \t]+(\d+(?:\.\d+)*\b|[IVXLCDM]+[.):])`)
	// A list item's marker, in a quote or not.
	p.marker = regexp.MustCompile(`(?m)^[ \t]*(?:>[ \t]?)*(\d{1,9}[.)]|[-+*])(?:[ \t]|$)`)
	return p
})

type numberSpan struct {
	start, end int
	class      string
}

// clericalTokens reads a text as CheckClerical compares it.
func clericalTokens(text string, scheme document.Scheme) []clericalToken {
	var spans []numberSpan
	for _, c := range document.FindCitations(text, scheme) {
		spans = append(spans, numberSpan{c.Start, c.End, numberClass})
	}
	p := clericalPatterns()
	for _, re := range []*regexp.Regexp{p.sectionWord, p.dotted} {
		for _, m := range re.FindAllStringIndex(text, -1) {
			spans = append(spans, numberSpan{m[0], m[1], numberClass})
		}
	}
	for _, m := range p.heading.FindAllStringSubmatchIndex(text, -1) {
		spans = append(spans, numberSpan{m[2], m[3], numberClass})
	}
	for _, m := range p.marker.FindAllStringSubmatchIndex(text, -1) {
		spans = append(spans, numberSpan{m[2], m[3], markerClass})
	}
	// Overlapping spans are one: "Article IV, Section 2" is found by the
	// citations and by the section words.
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	var merged []numberSpan
	for _, s := range spans {
		if n := len(merged); n > 0 && s.start < merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	var out []clericalToken
	words := func(from, to int) {
		at := from
		for _, tok := range redline.Tokenize(text[from:to]) {
			switch {
			case strings.TrimSpace(tok) != "":
				out = append(out, clericalToken{class: tok, text: tok, start: at})
			case strings.Count(tok, "\n") >= 2:
				out = append(out, clericalToken{class: breakClass, text: tok, start: at})
			}
			at += len(tok)
		}
	}
	at := 0
	for _, s := range merged {
		words(at, s.start)
		out = append(out, clericalToken{class: s.class, text: text[s.start:s.end], start: s.start})
		at = s.end
	}
	words(at, len(text))
	return out
}

// CheckClerical refuses proposed as a clerical change of current unless
// the two differ only in section numbers, cross-references and list
// markers, with the same sections in the same places, and differ in at
// least one of them. The refusal names the first section where words
// changed and what changed there.
func CheckClerical(current, proposed *document.Parsed) error {
	scheme := current.Outline.Scheme
	before, after := string(current.Source.Text), string(proposed.Source.Text)
	a, b := clericalTokens(before, scheme), clericalTokens(after, scheme)
	ac, bc := make([]string, len(a)), make([]string, len(b))
	for i, t := range a {
		ac[i] = t.class
	}
	for j, t := range b {
		bc[j] = t.class
	}
	match := redline.Align(ac, bc)
	// The first place where the two part: tokens i of a and j of b on.
	i, j := 0, 0
	for j < len(b) && match[j] == i {
		i, j = i+1, j+1
	}
	if i < len(a) || j < len(b) {
		// What differs runs to the next tokens aligned.
		nextA, nextB := len(a), len(b)
		for k := j; k < len(b); k++ {
			if match[k] >= 0 {
				nextA, nextB = match[k], k
				break
			}
		}
		// The section is named as the text stands, where the words are
		// those the committee changed.
		offset := len(before)
		if i < len(a) {
			offset = a[i].start
		} else if i > 0 {
			offset = a[i-1].start
		}
		inSection := placeOf(current, offset)
		struck, inserted := spell(before, a, i, nextA), spell(after, b, j, nextB)
		rule := charter.Sprintf("A clerical change may change only section numbers, cross-references and list markers; a change of wording needs an amendment and a vote.")
		switch {
		case struck == "":
			return charter.Errorf(charter.EINVALID, "Words were added %s: %s. %s", inSection, quote(inserted, 80), rule)
		case inserted == "":
			return charter.Errorf(charter.EINVALID, "Words were removed %s: %s. %s", inSection, quote(struck, 80), rule)
		default:
			return charter.Errorf(charter.EINVALID, "Words changed %s: %s became %s. %s", inSection, quote(struck, 80), quote(inserted, 80), rule)
		}
	}
	if err := sameSections(current, proposed); err != nil {
		return err
	}
	for k := range a {
		if a[k].text != b[k].text {
			return nil
		}
	}
	return charter.Errorf(charter.EINVALID, "This text changes no section number, cross-reference or list marker: a clerical change has nothing else to change.")
}

// spell is the text of tokens from to to, as written.
func spell(text string, tokens []clericalToken, from, to int) string {
	if from >= to {
		return ""
	}
	end := len(text)
	if to < len(tokens) {
		end = tokens[to].start
	}
	return strings.TrimSpace(text[tokens[from].start:end])
}

// sameSections refuses a clerical change that moves, adds or removes a
// section, or nests one differently: only what the sections say of their
// numbers may change.
func sameSections(current, proposed *document.Parsed) error {
	a, b := current.Outline.Nodes, proposed.Outline.Nodes
	for k := 0; k < len(a) || k < len(b); k++ {
		if k < len(a) && k < len(b) && a[k].Kind == b[k].Kind && a[k].Depth == b[k].Depth && a[k].Parent == b[k].Parent {
			continue
		}
		inSection := charter.Sprintf("at the end")
		if k < len(b) {
			inSection = placeOf(proposed, b[k].Start)
		}
		return charter.Errorf(charter.EINVALID, "The sections are not where they were %s: a clerical change keeps every section, clause and list where it stands, and changes only their numbers and references.", inSection)
	}
	return nil
}

// citeSection names a section the way the document's scheme cites it.
func citeSection(scheme document.Scheme, number string) string {
	if scheme == document.SchemeArticle {
		return number
	}
	return "Section " + number
}

// placeOf names the innermost section of p that holds offset.
func placeOf(p *document.Parsed, offset int) charter.Text {
	var in *document.Node
	for k := range p.Outline.Nodes {
		if n := &p.Outline.Nodes[k]; n.Start <= offset && offset < n.End {
			in = n
		}
	}
	if in == nil {
		return charter.Sprintf("before the first section")
	}
	if in.Heading == "" {
		return charter.Sprintf("in %s", citeSection(p.Outline.Scheme, in.Number))
	}
	return charter.Sprintf("in %s (%s)", citeSection(p.Outline.Scheme, in.Number), charter.Clip(in.Heading, 60))
}
