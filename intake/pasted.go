package intake

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pageNumber is a line that is only a page's number: "12", "- 12 -",
// "Page 3", "Page 3 of 10", "3/10".
var pageNumber = regexp.MustCompile(`(?i)^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?\d{1,4}(?:\s*(?:of|/|sur|de)\s*\d{1,4})?(?:\s*[-–—])?$`)

// blockStart is a line that opens a block of its own: a heading, a list
// item, a quote, a table row, an article or section title.
var blockStart = regexp.MustCompile(`(?i)^(?:#|>|\||[-*+]\s|\d{1,3}[.)](?:\s|$)|\(?[a-z]{1,2}[.)]\s|\(?[ivxlc]{1,6}[.)]\s|(?:article|section|chapter|chapitre|art\.)\s)`)

// CleanPasted cleans text copied out of a PDF: the lines a PDF breaks
// inside a sentence are joined again (and a word hyphenated across them),
// page numbers go, and so do the page headers and footers a PDF repeats on
// every page. Paragraphs (blank lines), list items and headings stay as
// they were.
func CleanPasted(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(strings.ReplaceAll(s, "\f", "\n\f\n"), "\n")
	furniture := repeated(lines)
	var out []string
	for _, line := range lines {
		t := strings.TrimSpace(line)
		if t == "\f" || pageNumber.MatchString(t) || furniture[t] {
			continue
		}
		if t == "" {
			if n := len(out); n > 0 && out[n-1] != "" {
				out = append(out, "")
			}
			continue
		}
		if n := len(out); n > 0 && out[n-1] != "" && continues(out[n-1], t) {
			prev := out[n-1]
			switch {
			case strings.HasSuffix(prev, "-") && !strings.HasSuffix(prev, " -") && startsLower(t):
				out[n-1] = prev[:len(prev)-1] + t // a word cut at the line's end
			case strings.HasSuffix(prev, "-") && !strings.HasSuffix(prev, " -"):
				out[n-1] = prev + t // a hyphenated name: the hyphen is the word's
			default:
				out[n-1] = prev + " " + t
			}
			continue
		}
		if n := len(out); n > 0 && out[n-1] != "" && !blockStart.MatchString(t) {
			out = append(out, "") // a new sentence on a new line: a new paragraph
		}
		out = append(out, strings.TrimRightFunc(line, unicode.IsSpace))
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n") + "\n"
}

// continues says whether next carries on prev's sentence: prev does not
// end one and next does not open a block of its own.
func continues(prev, next string) bool {
	if blockStart.MatchString(next) || strings.HasPrefix(strings.TrimSpace(prev), "#") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	switch last {
	case '.', '!', '?', ':', ';', '"', '”', '»':
		// A sentence may end at a line's end and the next begin on the next
		// line: only a lower-case start says it runs on.
		return startsLower(next)
	}
	return true
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// repeated finds page headers and footers: short lines that stand, the
// same, on at least three pages, next to a page break or a page number.
func repeated(lines []string) map[string]bool {
	near := map[string]int{}
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if t == "" || t == "\f" || len(t) > 100 || pageNumber.MatchString(t) {
			continue
		}
		if pageEdge(lines, i-1, -1) || pageEdge(lines, i+1, 1) {
			near[t]++
		}
	}
	out := map[string]bool{}
	for t, n := range near {
		if n >= 3 {
			out[t] = true
		}
	}
	return out
}

// pageEdge: the first non-blank line from i in direction step is a page
// break or a page number, or the text's edge.
func pageEdge(lines []string, i, step int) bool {
	for ; i >= 0 && i < len(lines); i += step {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		return t == "\f" || pageNumber.MatchString(t)
	}
	return true
}
