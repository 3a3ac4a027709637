package amendment

import (
	"regexp"
	"strings"
	"sync"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
)

// Warning is a citation that an amendment would leave pointing at the
// wrong section, or at none.
type Warning struct {
	In      string       // the number of the section that holds the citation, in the amended text
	Quote   string       // the citation as written
	Text    charter.Text // what is wrong, to be given in the reader's language
	Message string       // the same in English
}

var anchorLink = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\]\(#(s[a-z2-7]{8,})\)`) })

// CrossReferences lists the citations in the proposed text that name, by
// number, a section the amendment renumbers or repeals, or that link, by
// key, to a section it repeals. The rule for renumbering and reference
// fixes is a separate clerical change: this only warns.
func CrossReferences(c *Comparison) []Warning {
	base, prop := c.Base.Outline, c.Proposed.Outline
	newNumber := map[string]string{}
	for _, n := range prop.Nodes {
		newNumber[n.Key] = n.Number
	}
	text := string(c.Proposed.Source.Text)
	var out []Warning
	for _, cite := range document.FindCitations(text, base.Scheme) {
		if cite.Document != "" {
			continue // another document's sections are not this amendment's to move
		}
		old, ok := base.Lookup(cite.Number)
		if !ok {
			continue
		}
		now, kept := newNumber[old.Key]
		switch {
		case !kept:
			out = append(out, warning(prop, cite.Start, text[cite.Start:cite.End],
				charter.Sprintf("cites %s, which this amendment repeals.", old.Number)))
		case now != old.Number:
			out = append(out, warning(prop, cite.Start, text[cite.Start:cite.End],
				charter.Sprintf("cites %s, which this amendment renumbers as %s.", old.Number, now)))
		}
	}
	for _, m := range anchorLink().FindAllStringSubmatchIndex(text, -1) {
		key := text[m[2]:m[3]]
		if _, kept := newNumber[key]; kept {
			continue
		}
		for _, n := range base.Nodes {
			if n.Key == key {
				out = append(out, warning(prop, m[0], text[m[0]:m[1]],
					charter.Sprintf("links to %s, which this amendment repeals.", n.Number)))
			}
		}
	}
	return out
}

// warning names the innermost section of the amended text holding offset.
func warning(o document.Outline, offset int, quote string, text charter.Text) Warning {
	in := ""
	for _, n := range o.Nodes {
		if n.Start <= offset && offset < n.End {
			in = n.Number
		}
	}
	return Warning{In: in, Quote: strings.Join(strings.Fields(quote), " "), Text: text, Message: text.String()}
}
