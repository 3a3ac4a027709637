// Package wording lets a member change a text's words without writing
// Markdown. It lists a version's clauses (headings, paragraphs and list
// items) as plain words, and writes the member's changes back into the
// Markdown: changed words, clauses added, struck or moved among their
// siblings. The numbering and the list structure stay Charter's, and the
// markup of the words the member did not touch (emphasis, links) is kept.
package wording

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/charter-org/charter/document"
)

// Kind tells what a clause is in the text.
type Kind string

const (
	KindHeading   Kind = "heading"   // a heading: its words are its title
	KindItem      Kind = "item"      // a list item: its words are its first paragraph
	KindParagraph Kind = "paragraph" // a paragraph of its own
	KindBlock     Kind = "block"     // a table, code, or words Charter cannot edit as words: struck or moved whole
)

// Clause is one unit of the text a member can change.
type Clause struct {
	Index  int    // place among the text's clauses, from 0, in document order
	Parent int    // the clause it sits in; -1 at the top
	Depth  int    // how many clauses it sits in
	Kind   Kind   // what it is
	Number string // its number when it is a numbered section ("Article II, Section 3(a)")
	Key    string // that section's key
	Words  string // its plain words; for a block, its Markdown, shown as it is

	start, end   int    // the clause with what it contains, in the whole text
	wordsAt      int    // where its words start (for an added sibling's prefix)
	region       region // its words, for KindHeading, KindItem and KindParagraph
	children     []int
	headingLevel int
}

// Editable says whether the clause's words can be changed as plain words.
func (c Clause) Editable() bool { return c.Kind != KindBlock }

// Text is a version's text read into clauses.
type Text struct {
	src     string // the whole text, front matter included
	clauses []Clause
	top     []int // the clauses at the top, in order
	end     int
	bodyAt  int
}

// Read reads p's clauses. p must still hold its parse tree (see
// document.Parsed.DropTree).
func Read(p *document.Parsed) *Text {
	t := &Text{src: string(p.Source.Text), bodyAt: p.Source.BodyOffset, end: len(p.Source.Text)}
	r := reader{t: t, body: p.Source.Body(), offset: p.Source.BodyOffset, numbers: map[int]document.Node{}}
	for _, n := range p.Outline.Nodes {
		r.numbers[n.Start] = n
	}
	r.blocks(p.Root, -1, t.end)
	return t
}

// Clauses are the text's clauses in document order.
func (t *Text) Clauses() []Clause { return t.clauses }

// Within are the clauses inside [start, end) of the whole text: a
// section's, when a member amends one section.
func (t *Text) Within(start, end int) []Clause {
	var out []Clause
	for _, c := range t.clauses {
		if c.start >= start && c.end <= end {
			out = append(out, c)
		}
	}
	return out
}

type reader struct {
	t       *Text
	body    []byte
	offset  int
	numbers map[int]document.Node // outline nodes by where they start
	open    []int                 // headings whose section is still open
}

// blocks reads the blocks under container into clauses under parent; end
// is where the container's clauses end in the whole text.
func (r *reader) blocks(container ast.Node, parent int, end int) {
	for b := container.FirstChild(); b != nil; b = b.NextSibling() {
		switch b := b.(type) {
		case *ast.List:
			r.blocks(b, r.parentOf(parent), end)
		case *ast.Blockquote:
			r.blocks(b, r.parentOf(parent), end)
		case *ast.Heading:
			r.heading(b, parent)
		case *ast.ListItem:
			i := r.add(b, r.parentOf(parent), KindItem, firstText(b))
			r.blocks(skipFirstText(b), i, end)
		case *ast.Paragraph, *ast.TextBlock:
			r.add(b, r.parentOf(parent), KindParagraph, b)
		default:
			r.add(b, r.parentOf(parent), KindBlock, nil)
		}
	}
	if parent < 0 && container.Parent() == nil {
		r.closeHeadings(0, end)
	}
}

// parentOf is the clause a block at the top of the text sits in: the
// heading whose section it follows.
func (r *reader) parentOf(parent int) int {
	if parent < 0 && len(r.open) > 0 {
		return r.open[len(r.open)-1]
	}
	return parent
}

func (r *reader) heading(h *ast.Heading, parent int) {
	start := r.offset + document.BlockStart(h, r.body)
	r.closeHeadings(h.Level, start)
	i := r.add(h, r.parentOf(parent), KindHeading, h)
	r.t.clauses[i].headingLevel = h.Level
	r.open = append(r.open, i)
}

// closeHeadings ends the sections of open headings of level or deeper at
// end (level 0 closes them all).
func (r *reader) closeHeadings(level, end int) {
	for len(r.open) > 0 {
		top := r.open[len(r.open)-1]
		if level > 0 && r.t.clauses[top].headingLevel < level {
			return
		}
		r.t.clauses[top].end = max(trimEnd(r.t.src, end), r.t.clauses[top].start)
		r.open = r.open[:len(r.open)-1]
	}
}

// add makes a clause of block b; words is the block holding its words (nil
// for a block shown whole).
func (r *reader) add(b ast.Node, parent int, kind Kind, words ast.Node) int {
	start := r.offset + document.BlockStart(b, r.body)
	c := Clause{Index: len(r.t.clauses), Parent: parent, Kind: kind, start: start, end: r.offset + blockEnd(b, r.body)}
	if parent >= 0 {
		c.Depth = r.t.clauses[parent].Depth + 1
	}
	if n, ok := r.numbers[start]; ok && (kind == KindHeading || kind == KindItem) {
		c.Number, c.Key = n.Number, n.Key
	}
	if words != nil {
		if reg, ok := readRegion(words, r.body, r.offset); ok {
			c.region, c.Words, c.wordsAt = reg, reg.plain(), reg.start
		} else {
			c.Kind = KindBlock
		}
	}
	if c.Kind == KindBlock {
		c.Words = r.t.src[c.start:c.end]
		c.wordsAt = c.start
	}
	r.t.clauses = append(r.t.clauses, c)
	if parent >= 0 {
		r.t.clauses[parent].children = append(r.t.clauses[parent].children, c.Index)
	} else {
		r.t.top = append(r.t.top, c.Index)
	}
	return c.Index
}

// firstText is the paragraph holding a list item's words, if it begins
// with one.
func firstText(item *ast.ListItem) ast.Node {
	switch c := item.FirstChild(); c.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return c
	}
	return nil
}

// skipFirstText is a list item without the paragraph its clause's words
// come from, to read what it contains.
func skipFirstText(item *ast.ListItem) ast.Node {
	if first := firstText(item); first != nil {
		return siblingsAfter{first}
	}
	return item
}

// siblingsAfter walks the blocks after one block, as if they were a container's.
type siblingsAfter struct{ ast.Node }

func (s siblingsAfter) FirstChild() ast.Node { return s.Node.NextSibling() }
func (s siblingsAfter) Parent() ast.Node     { return s.Node.Parent() }

// inlineOpaque reports inline nodes whose source Charter cannot place
// exactly: a clause holding one is edited in Markdown only.
func inlineOpaque(n ast.Node) bool {
	switch n.(type) {
	case *ast.AutoLink, *ast.RawHTML, *ast.Image:
		return true
	case *east.Strikethrough, *ast.Emphasis, *ast.Link, *ast.CodeSpan, *ast.Text, *ast.String:
		return false
	}
	return n.Type() != ast.TypeInline
}
