package document

import (
	"regexp"
	"strings"
	"sync"
)

// Citation is a reference inside a text to a numbered section, of this
// document or another one: "section 0.1.5.c", "Bylaw 1 Section 1.2.4",
// "Article IV, Section 2".
type Citation struct {
	Document string // the cited document as written ("Bylaw 1"), "" for this one
	Number   string // the section number in the scheme's form
	Start    int    // byte range of the whole citation in the text
	End      int
}

// citationPatterns are compiled on first use: every command of the binary
// would otherwise compile them before main, most never to cite a section.
var citationPatterns = sync.OnceValue(func() (p struct{ zeroBased, article, decimal *regexp.Regexp }) {
	// "Bylaw 1 Section 1.2.4", "section 0.1.5.c", "Section 3.1.5.b"
	p.zeroBased = regexp.MustCompile(`(?i)\b(?:(bylaw\s+\d+)\s*,?\s+)?sections?\s+(\d+(?:\.\d+)+(?:\.[a-z]{1,3})?(?:\.[ivx]{1,6})?)\b`)
	// "Article IV, Section 2", "Article XI"
	p.article = regexp.MustCompile(`\bArticle\s+([IVXLC]+)(?:,?\s+Section\s+(\d+(?:\.\d+)*))?((?:\([a-zA-Z0-9]{1,4}\))*)`)
	// "Section 1.2.3" under decimal numbering
	p.decimal = regexp.MustCompile(`(?i)\b(?:sections?|§)\s*(\d+(?:\.\d+)*)\b`)
	return p
})

// FindCitations lists the section citations in text that scheme would write.
func FindCitations(text string, scheme Scheme) []Citation {
	var out []Citation
	switch scheme {
	case SchemeZeroBased:
		for _, m := range citationPatterns().zeroBased.FindAllStringSubmatchIndex(text, -1) {
			c := Citation{Number: strings.ToLower(text[m[4]:m[5]]), Start: m[0], End: m[1]}
			if m[2] >= 0 {
				c.Document = strings.Join(strings.Fields(text[m[2]:m[3]]), " ")
			}
			out = append(out, c)
		}
	case SchemeArticle:
		for _, m := range citationPatterns().article.FindAllStringSubmatchIndex(text, -1) {
			n := "Article " + text[m[2]:m[3]]
			if m[4] >= 0 {
				n += ", Section " + text[m[4]:m[5]]
			}
			if m[6] >= 0 {
				n += text[m[6]:m[7]]
			}
			out = append(out, Citation{Number: n, Start: m[0], End: m[1]})
		}
	default:
		for _, m := range citationPatterns().decimal.FindAllStringSubmatchIndex(text, -1) {
			out = append(out, Citation{Number: text[m[2]:m[3]], Start: m[0], End: m[1]})
		}
	}
	return out
}

// Lookup finds the node with the given number ("0.1.5.c", "Article IV,
// Section 2"), ignoring letter case.
func (o *Outline) Lookup(number string) (Node, bool) {
	for _, n := range o.Nodes {
		if strings.EqualFold(n.Number, number) {
			return n, true
		}
	}
	return Node{}, false
}
