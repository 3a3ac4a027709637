// Package amendment holds proposals to change a document: what each one
// changes, section by section, described the way a motion reads.
package amendment

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
)

// Form is the parliamentary form of a change to one section (Robert's
// Rules): what a motion to amend would say.
type Form string

const (
	FormInsert        Form = "insert"            // insert words
	FormStrike        Form = "strike"            // strike words
	FormStrikeInsert  Form = "strike-and-insert" // strike words and insert others in their place (indivisible)
	FormSubstitute    Form = "substitute"        // replace the section's text as a whole
	FormAddSection    Form = "add-section"       // a new section
	FormRepealSection Form = "repeal-section"    // strike a section in its entirety
)

// Change is what an amendment does to one section.
type Change struct {
	Key         string // the section's key, kept across versions
	Number      string // its number in the current text; "" for a new section
	NewNumber   string // its number as amended; "" for a repealed section
	Heading     string
	Old, New    string // the section's own text, without its sub-sections
	Ops         []redline.Op
	Form        Form
	Motion      charter.Text // the motion, to be given in the reader's language
	Description string       // the motion in English: "In Article IV, Section 2, strike "two-thirds" and insert "a majority"."
	// Unnumbered: the text outside the numbered sections (PreambleKey, or
	// what follows a top-level section), named in Number by its heading.
	Unnumbered bool
}

// Changes lists, in document order, every section whose own text differs
// between old and new, and every run of text outside the numbered sections
// (a preamble) that differs. new's outline must have been keyed against
// old's (document.Prepare with &old.Outline), so that a section keeps its
// key.
func Changes(old, new *document.Parsed) []Change {
	var out []Change
	walk(old, new, func(was, is *unit) {
		if c, changed := change(old.Outline.Scheme, was, is); changed {
			out = append(out, c)
		}
	})
	return out
}

// change is what became of one part of the text: was is nil for a part
// added, is nil for a part repealed; changed is false when its own text
// is the same.
func change(scheme document.Scheme, was, is *unit) (c Change, changed bool) {
	switch {
	case was == nil:
		return described(Change{
			Key: is.key, NewNumber: is.number, Heading: is.heading, New: is.text, Unnumbered: is.unnumbered,
			Ops: redline.Diff("", is.text), Form: FormAddSection, Motion: place(scheme, *is).add(is.text),
		}), true
	case is == nil:
		return described(Change{
			Key: was.key, Number: was.number, Heading: was.heading, Old: was.text, Unnumbered: was.unnumbered,
			Ops: redline.Diff(was.text, ""), Form: FormRepealSection, Motion: place(scheme, *was).strike(),
		}), true
	case was.text == is.text:
		return Change{}, false
	}
	c = Change{Key: is.key, Number: was.number, NewNumber: is.number, Heading: is.heading, Old: was.text, New: is.text, Unnumbered: is.unnumbered}
	c.Ops = redline.Diff(was.text, is.text)
	c.Form, c.Motion = describe(place(scheme, *was), c.Ops)
	return described(c), true
}

// walk pairs the parts of old and new by key, in the order new reads,
// each part repealed where it stood in old: was is nil for a part added,
// is nil for a part repealed.
func walk(old, new *document.Parsed, emit func(was, is *unit)) {
	before, after := units(old), units(new)
	pairByKey(len(before), len(after), func(i int) string { return before[i].key }, func(j int) string { return after[j].key }, func(i, j int) {
		switch {
		case i < 0:
			emit(nil, &after[j])
		case j < 0:
			emit(&before[i], nil)
		default:
			emit(&before[i], &after[j])
		}
	})
}

// pairByKey pairs the old and new items of two sequences by key, in the
// order the new one reads, each old item missing from the new where it
// stood: i is -1 for an item added, j is -1 for an item gone.
func pairByKey(oldCount, newCount int, oldKey, newKey func(int) string, emit func(i, j int)) {
	oldByKey := map[string]int{}
	for i := range oldCount {
		oldByKey[oldKey(i)] = i
	}
	inNew := map[string]bool{}
	for j := range newCount {
		inNew[newKey(j)] = true
	}
	nextOld := 0
	goneUpTo := func(limit int) {
		for ; nextOld < limit; nextOld++ {
			if !inNew[oldKey(nextOld)] {
				emit(nextOld, -1)
			}
		}
	}
	for j := range newCount {
		i, existed := oldByKey[newKey(j)]
		if !existed {
			emit(-1, j)
			continue
		}
		if i >= nextOld {
			goneUpTo(i)
			nextOld = i + 1
		}
		emit(i, j)
	}
	goneUpTo(oldCount)
}

// Part is one part of a text set against its amended form, for a page
// that shows the changes in their place: a numbered section or a run of
// unnumbered text, as amended (as it stood, for one repealed).
type Part struct {
	Key     string
	Number  string // its full number; for unnumbered text, ""
	Depth   int
	Heading bool   // a heading's section, whose own text is its heading
	Text    string // its own text
	Change  *Change
}

// Parts lists the parts of new in order, with the repealed parts of old
// where they stood, each with its change if it has one.
func Parts(old, new *document.Parsed) []Part {
	var out []Part
	walk(old, new, func(was, is *unit) {
		u := is
		if u == nil {
			u = was
		}
		p := Part{Key: u.key, Depth: u.depth, Heading: u.kind == document.KindHeading, Text: u.text}
		if !u.unnumbered {
			p.Number = u.number
		}
		if c, changed := change(old.Outline.Scheme, was, is); changed {
			p.Change = &c
		}
		out = append(out, p)
	})
	return out
}

// blockMarker is what opens a section's first line: a list marker or a
// heading's hashes. The section's number stands in for it.
var blockMarker = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[ \t]*(?:\d{1,9}[.)]|#{1,6})[ \t]+`) })

func described(c Change) Change {
	c.Description = c.Motion.String()
	return c
}

// ownText is a section's own Markdown, from its start to its first
// sub-section, without its list marker or heading hashes, trailing space
// trimmed.
func ownText(p *document.Parsed, i int) string {
	n := p.Outline.Nodes[i]
	end := n.End
	for k := i + 1; k < len(p.Outline.Nodes); k++ {
		if p.Outline.Nodes[k].Parent == i {
			end = p.Outline.Nodes[k].Start
			break
		}
		if p.Outline.Nodes[k].Start >= n.End {
			break
		}
	}
	text := strings.TrimRight(string(p.Source.Text[n.Start:end]), " \t\n")
	return blockMarker().ReplaceAllString(text, "")
}

// where names a part of the text in the motions that change it: a
// section as the document's scheme cites it, unnumbered text by its heading.
type where struct {
	name       string
	unnumbered bool
}

func place(scheme document.Scheme, u unit) where {
	switch {
	case u.unnumbered:
		return where{name: quote(u.number, 60), unnumbered: true}
	case scheme == document.SchemeArticle:
		return where{name: u.number}
	}
	return where{name: "Section " + u.number}
}

func (w where) in(edits []charter.Text) charter.Text {
	if w.unnumbered {
		return charter.Sprintf("In the unnumbered text %s, %s.", w.name, edits)
	}
	return charter.Sprintf("In %s, %s.", w.name, edits)
}

func (w where) substitute() charter.Text {
	if w.unnumbered {
		return charter.Sprintf("Substitute for the unnumbered text %s the text shown.", w.name)
	}
	return charter.Sprintf("Substitute for %s the text shown.", w.name)
}

func (w where) strike() charter.Text {
	if w.unnumbered {
		return charter.Sprintf("Strike the unnumbered text %s in its entirety.", w.name)
	}
	return charter.Sprintf("Strike %s in its entirety.", w.name)
}

func (w where) add(text string) charter.Text {
	if w.unnumbered {
		return charter.Sprintf("Add the unnumbered text %s: %s", w.name, quote(text, 120))
	}
	return charter.Sprintf("Add a new %s: %s", w.name, quote(text, 120))
}

// describe derives a change's form and its motion from the redline of the
// section's text. A change that keeps less than half of the section's words
// is a substitute: a motion to strike and insert scattered words would be
// harder to follow than the new text itself.
func describe(at where, ops []redline.Op) (Form, charter.Text) {
	kept, total := 0, 0
	var edits []charter.Text
	var forms []Form
	for k := 0; k < len(ops); k++ {
		op := ops[k]
		words := len(strings.Fields(op.Text))
		if op.Kind != redline.Insert {
			total += words
		}
		switch op.Kind {
		case redline.Equal:
			kept += words
		case redline.Delete:
			if k+1 < len(ops) && ops[k+1].Kind == redline.Insert {
				edits = append(edits, charter.Sprintf("strike %s and insert %s", quote(op.Text, 80), quote(ops[k+1].Text, 80)))
				forms = append(forms, FormStrikeInsert)
				k++
				continue
			}
			edits = append(edits, charter.Sprintf("strike %s", quote(op.Text, 80)))
			forms = append(forms, FormStrike)
		case redline.Insert:
			if k == 0 {
				edits = append(edits, charter.Sprintf("insert %s at the beginning", quote(op.Text, 80)))
			} else {
				edits = append(edits, charter.Sprintf("insert %s after %s", quote(op.Text, 80), quote(lastWords(ops[k-1].Text, 3), 40)))
			}
			forms = append(forms, FormInsert)
		}
	}
	if (total > 0 && 2*kept < total) || len(edits) > 3 || len(edits) == 0 {
		return FormSubstitute, at.substitute()
	}
	form := forms[0]
	for _, f := range forms[1:] {
		if f != form {
			form = FormStrikeInsert // a mix of forms moves as one motion to strike and insert
		}
	}
	return form, at.in(edits)
}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// quote puts text in quotation marks for a motion, shortened in the middle
// past max characters, its white space folded.
func quote(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max/2]) + " … " + string(r[len(r)-max/2:])
	}
	return "\u201c" + s + "\u201d"
}
