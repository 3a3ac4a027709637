package amendment

import (
	"regexp"
	"strings"
	"sync"

	"github.com/charter-org/charter/document"
)

// PreambleKey is the key of the text before a document's first numbered
// section: its title and preamble. It is compared, moved and voted on like
// any section, though the outline does not number it.
const PreambleKey = "preamble"

// unnumberedKeyPrefix starts the key of the unnumbered text that follows a
// top-level section ("## Schedule {.unnumbered}"): the rest is that
// section's key, so the text keeps its key while the section keeps its own.
const unnumberedKeyPrefix = "unnumbered-after-"

// unit is one comparable part of a text: a numbered section, or a run of
// text outside every numbered section.
type unit struct {
	key, number, heading, text string
	kind                       document.Kind
	depth                      int
	unnumbered                 bool
}

// units lists a text's comparable parts in document order: each numbered
// section with its own text, and each run of unnumbered text where it
// stands, after the whole top-level section it follows.
func units(p *document.Parsed) []unit {
	nodes := p.Outline.Nodes
	out := make([]unit, 0, len(nodes)+2)
	body := p.Source.BodyOffset
	from, after := body, ""
	gap := func(end int) {
		if end > from {
			if u, ok := unnumberedUnit(string(p.Source.Text[from:end]), after); ok {
				out = append(out, u)
			}
		}
	}
	for i, n := range nodes {
		if n.Parent < 0 {
			gap(n.Start)
			from, after = max(from, n.End), n.Key
		}
		out = append(out, unit{key: n.Key, number: n.Number, heading: n.Heading, text: ownText(p, i), kind: n.Kind, depth: n.Depth})
	}
	gap(len(p.Source.Text))
	return out
}

// unnumberedUnit is a run of text outside the numbered sections, if it
// holds any words. It is named by its unnumbered heading ("Preamble"), or
// its first heading, or its opening words.
func unnumberedUnit(text, after string) (unit, bool) {
	text = strings.Trim(text, " \t\n")
	if text == "" {
		return unit{}, false
	}
	key := PreambleKey
	if after != "" {
		key = unnumberedKeyPrefix + after
	}
	label := ""
	for _, line := range strings.Split(text, "\n") {
		m := atxHeading().FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if strings.Contains(m[2], "."+document.UnnumberedClass) {
			label = m[1]
			break
		}
		if label == "" {
			label = m[1]
		}
	}
	if label == "" {
		label = strings.Trim(quote(text, 40), "\u201c\u201d")
	}
	return unit{key: key, number: label, heading: label, text: text, unnumbered: true}, true
}

// atxHeading reads a "## Heading {.attributes}" line: its words and its
// attributes.
var atxHeading = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*(\{[^}]*\})?[ \t#]*$`)
})
