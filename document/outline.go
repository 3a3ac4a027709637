package document

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/charter-org/charter"
)

// Kind tells a heading section from a list clause.
type Kind string

const (
	KindHeading Kind = "heading"
	KindClause  Kind = "clause"
)

// Node is one numbered section of a version: an article, section, clause or
// sub-clause.
type Node struct {
	Key     string `json:"key"`     // stable across versions while the section persists
	Number  string `json:"number"`  // full number in the document's scheme: "Article IV, Section 2(a)"
	Marker  string `json:"marker"`  // short label printed before the text: "(a)"
	Heading string `json:"heading"` // heading text, or the opening words of a clause
	Kind    Kind   `json:"kind"`
	Depth   int    `json:"depth"`  // 0 for articles/chapters
	Parent  int    `json:"parent"` // index in Outline.Nodes; -1 at the top
	Start   int    `json:"start"`  // byte range in the version's full text
	End     int    `json:"end"`
	Text    string `json:"-"` // the node's own words, without its sub-sections: what key matching compares

	AST ast.Node `json:"-"` // the parsed node, for the renderer; nil once stored
}

// Outline is the numbered section tree of one version, in document order.
type Outline struct {
	Scheme Scheme
	Title  string // a lone top heading taken as the document's title, not numbered
	Nodes  []Node
}

// Parsed is a version's text parsed once: its AST, for rendering, and its
// outline with fresh keys.
type Parsed struct {
	Source  Source
	Root    ast.Node
	Outline Outline
}

// UnnumberedClass marks a heading (and what it contains) as outside the
// numbering, for a preamble: "## Preamble {.unnumbered}".
const UnnumberedClass = "unnumbered"

// Extensions are the Markdown extensions of a document text; the renderer
// must use the same ones so that it sees the tree the outline was built from.
var Extensions = []goldmark.Extender{extension.Table, extension.Strikethrough}

// markdown is built on first use, not before main: only the commands that
// parse a document need it.
var markdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(Extensions...), goldmark.WithParserOptions(parser.WithHeadingAttribute()))
})

// Parse parses a checked source and numbers its sections by scheme. Keys are
// left empty: AssignKeys gives them, with the previous version's outline.
func Parse(src Source, scheme Scheme) (*Parsed, error) {
	body := src.Body()
	root := markdown().Parser().Parse(text.NewReader(body))
	if line := deepestNesting(root, body); line > 0 {
		return nil, charter.Errorf(charter.EINVALID,
			"Line %d is nested too deeply (more than %d lists or quotes inside one another).", line, MaxNesting)
	}
	b := outlineBuilder{src: body, offset: src.BodyOffset, scheme: scheme, counts: map[int]*[2]int{}}
	b.title = findTitle(root, scheme)
	b.walk(root, -1, 0)
	b.closeSections(0, len(body))
	return &Parsed{Source: src, Root: root, Outline: Outline{Scheme: scheme, Title: b.titleText, Nodes: b.nodes}}, nil
}

type outlineBuilder struct {
	src    []byte
	offset int
	scheme Scheme
	title  *ast.Heading

	titleText string
	nodes     []Node
	paths     [][]level
	headings  []openHeading // numbered headings whose section is still open
	skipLevel int           // >0 while inside an unnumbered heading's section
	counts    map[int]*[2]int
}

type openHeading struct {
	node  int
	level int
}

func (b *outlineBuilder) walk(n ast.Node, clauseParent, clauseDepth int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			b.heading(c)
			continue
		case *ast.ListItem:
			if list, ok := n.(*ast.List); ok && list.IsOrdered() && b.skipLevel == 0 {
				i := b.clause(c, clauseParent, clauseDepth)
				b.walk(c, i, clauseDepth+1)
				continue
			}
		}
		b.walk(c, clauseParent, clauseDepth)
	}
}

func (b *outlineBuilder) heading(h *ast.Heading) {
	start := lineStart(b.src, firstSegmentStart(h, b.src))
	b.closeSections(h.Level, start)
	if h == b.title {
		b.titleText = plainText(h, b.src)
		return
	}
	if b.skipLevel > 0 && h.Level > b.skipLevel {
		return
	}
	b.skipLevel = 0
	if class, ok := h.AttributeString("class"); ok && hasClass(class, UnnumberedClass) {
		b.skipLevel = h.Level
		return
	}
	parent := -1
	if len(b.headings) > 0 {
		parent = b.headings[len(b.headings)-1].node
	}
	i := b.add(Node{Kind: KindHeading, Heading: plainText(h, b.src), Parent: parent, Start: b.offset + start, AST: h},
		level{heading: true, depth: len(b.headings)})
	b.headings = append(b.headings, openHeading{node: i, level: h.Level})
}

// closeSections ends every open heading section at level >= lvl (0: all) at
// offset end.
func (b *outlineBuilder) closeSections(lvl, end int) {
	for len(b.headings) > 0 {
		top := b.headings[len(b.headings)-1]
		if lvl > 0 && top.level < lvl {
			return
		}
		n := &b.nodes[top.node]
		n.End = max(b.offset+trimTrailingNewlines(b.src, end), n.Start)
		b.headings = b.headings[:len(b.headings)-1]
	}
}

func (b *outlineBuilder) clause(item *ast.ListItem, clauseParent, clauseDepth int) int {
	parent := clauseParent
	if parent < 0 && len(b.headings) > 0 {
		parent = b.headings[len(b.headings)-1].node
	}
	start := lineStart(b.src, firstSegmentStart(item, b.src))
	_, last := segmentBounds(item, b.src)
	end := max(lineEnd(b.src, last), lineEnd(b.src, start))
	return b.add(Node{
		Kind: KindClause, Heading: summary(item, b.src), Parent: parent,
		Start: b.offset + start, End: b.offset + end, AST: item,
	}, level{depth: clauseDepth})
}

// add numbers a node from its parent's path and its place among siblings.
func (b *outlineBuilder) add(n Node, l level) int {
	kind := 1
	if l.heading {
		kind = 0
	}
	c := b.counts[n.Parent]
	if c == nil {
		c = &[2]int{}
		b.counts[n.Parent] = c
	}
	l.index = c[kind]
	c[kind]++
	var path []level
	if n.Parent >= 0 {
		path = append(path, b.paths[n.Parent]...)
	}
	path = append(path, l)
	n.Depth = len(path) - 1
	n.Number, n.Marker = b.scheme.numberOf(path)
	n.Text = ownText(n.AST, b.src)
	b.nodes = append(b.nodes, n)
	b.paths = append(b.paths, path)
	return len(b.nodes) - 1
}

// findTitle returns the heading taken as the document's title: under the
// article and decimal schemes, a first heading that is alone at the top
// level ("# Constitution of Local 1"). The zero-based scheme counts every
// chapter, a lone one included, from 0.
func findTitle(root ast.Node, scheme Scheme) *ast.Heading {
	if scheme == SchemeZeroBased {
		return nil
	}
	var first *ast.Heading
	minLevel, atMin := 7, 0
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		h, ok := c.(*ast.Heading)
		if !ok {
			continue
		}
		if first == nil {
			first = h
		}
		switch {
		case h.Level < minLevel:
			minLevel, atMin = h.Level, 1
		case h.Level == minLevel:
			atMin++
		}
	}
	if first != nil && first.Level == minLevel && atMin == 1 {
		return first
	}
	return nil
}

// deepestNesting returns the line of the first container nested deeper than
// MaxNesting, or 0.
func deepestNesting(root ast.Node, src []byte) int {
	line := 0
	var visit func(n ast.Node, depth int) bool
	visit = func(n ast.Node, depth int) bool {
		switch n.Kind() {
		case ast.KindList, ast.KindBlockquote:
			depth++
		}
		if depth > MaxNesting {
			line = lineOf(src, firstSegmentStart(n, src))
			return false
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if !visit(c, depth) {
				return false
			}
		}
		return true
	}
	visit(root, 0)
	return line
}

func hasClass(classes any, want string) bool {
	var list string
	switch v := classes.(type) {
	case []byte:
		list = string(v)
	case string:
		list = v
	}
	for _, c := range strings.Fields(list) {
		if c == want {
			return true
		}
	}
	return false
}

// segmentBounds gives the first and last source offsets covered by n.
func segmentBounds(n ast.Node, src []byte) (first, last int) {
	first, last = -1, -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		note := func(start, stop int) {
			if first < 0 || start < first {
				first = start
			}
			if stop > last {
				last = stop
			}
		}
		if t, ok := c.(*ast.Text); ok {
			note(t.Segment.Start, t.Segment.Stop)
		} else if c.Type() == ast.TypeBlock {
			lines := c.Lines()
			for i := 0; i < lines.Len(); i++ {
				s := lines.At(i)
				note(s.Start, s.Stop)
			}
		}
		return ast.WalkContinue, nil
	})
	if first < 0 {
		// An empty list item: fall back to the nearest earlier content.
		first, last = 0, 0
		for p := n; p != nil && first == 0; p = p.PreviousSibling() {
			if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
				first = p.Lines().At(0).Start
			}
		}
		last = first
	}
	return first, last
}

// BlockStart is where the first line of block n starts in src, the text
// it was parsed from: where a section or clause begins.
func BlockStart(n ast.Node, src []byte) int { return lineStart(src, firstSegmentStart(n, src)) }

// firstSegmentStart is where a node starts: the parser's recorded block
// position, else the first text it covers.
func firstSegmentStart(n ast.Node, src []byte) int {
	if p := n.Pos(); p >= 0 && p <= len(src) {
		return p
	}
	first, _ := segmentBounds(n, src)
	return first
}

func lineStart(src []byte, i int) int {
	if i > len(src) {
		i = len(src)
	}
	return bytes.LastIndexByte(src[:i], '\n') + 1
}

func lineEnd(src []byte, i int) int {
	if i >= len(src) {
		return len(src)
	}
	if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(src)
}

func trimTrailingNewlines(src []byte, end int) int {
	for end > 0 && (src[end-1] == '\n' || src[end-1] == ' ') {
		end--
	}
	return end
}

// plainText is the readable text of a tree: what a heading says.
func plainText(n ast.Node, src []byte) string { return PlainText(n, src) }

// PlainText is the words of a parsed Markdown tree on one line, without
// its marks: emphasis, links and list markers go, escapes and character
// references read as the characters they stand for, raw HTML and code
// blocks are left out, and blocks are set apart by a space.
func PlainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if c.Type() == ast.TypeBlock {
				b.WriteByte(' ')
			}
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			words := c.Segment.Value(src)
			if _, code := c.Parent().(*ast.CodeSpan); !code {
				// As the page shows them: "\<" is "<", "&amp;" is "&".
				words = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(words)))
			}
			b.Write(words)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.URL(src))
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

// ownText is a node's own words, leaving out nested lists (its sub-clauses)
// and, for a heading, the section body.
func ownText(n ast.Node, src []byte) string {
	if h, ok := n.(*ast.Heading); ok {
		return plainText(h, src)
	}
	var parts []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind() == ast.KindList {
			continue
		}
		parts = append(parts, plainText(c, src))
	}
	return strings.Join(parts, " ")
}

const summaryRunes = 80

// summary is the opening words of a clause, for outlines and tables of contents.
func summary(item ast.Node, src []byte) string {
	s := ownText(item, src)
	if utf8.RuneCountInString(s) <= summaryRunes {
		return s
	}
	cut := 0
	for i := range s {
		if cut == summaryRunes {
			cut = i
			break
		}
		cut++
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > summaryRunes/2 {
		cut = sp
	}
	return s[:cut] + "…"
}
