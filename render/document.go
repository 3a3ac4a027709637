// Package render turns versions into HTML: the numbered document with a
// stable anchor on every section.
package render

import (
	"bytes"
	"fmt"
	"html/template"
	"strconv"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"

	"github.com/charter-org/charter/document"
)

// Raw HTML in a document is never passed through (no html.WithUnsafe):
// goldmark replaces it with a comment and drops javascript: links.
// Built on first use, as are this package's other renderers and templates:
// every command of the binary would otherwise build them before main.
var md = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(document.Extensions...),
		goldmark.WithRendererOptions(
			html.WithXHTML(),
			renderer.WithNodeRenderers(util.Prioritized(markerRenderer{}, 100)),
		),
	)
})

// Rendered is a version as HTML.
type Rendered struct {
	HTML template.HTML
	// Title is the text's own title heading ("# Constitution of Local 1"),
	// "" if it has none: the page then gives the document's title itself.
	Title string
}

// Document renders a version's body, numbered and anchored with the keys of
// its stored outline. The stored outline must have been made from the same
// text and scheme; a mismatch is a fault, not a user error.
// When sectionLink is set, each section's number links to sectionLink+key:
// its page, where members discuss it.
func Document(text []byte, scheme document.Scheme, keys []string, sectionLink string) (Rendered, error) {
	p, err := document.Restore(text, scheme, keys)
	if err != nil {
		return Rendered{}, err
	}
	dropHeadingAttributes(p.Root)
	if p.Outline.Title == "" {
		nestUnderPageTitle(p.Root)
	}
	for _, n := range p.Outline.Nodes {
		annotate(n, sectionLink)
	}
	markClauseLists(p.Root)
	var buf bytes.Buffer
	if err := md().Renderer().Render(&buf, p.Source.Body(), p.Root); err != nil {
		return Rendered{}, fmt.Errorf("render: %w", err)
	}
	// goldmark escapes text and omits raw HTML: this is safe to mark as HTML.
	return Rendered{HTML: template.HTML(buf.String()), Title: p.Outline.Title}, nil
}

func annotate(n document.Node, sectionLink string) {
	n.AST.SetAttributeString("id", []byte(n.Key))
	n.AST.SetAttributeString("data-number", []byte(n.Number))
	n.AST.SetAttributeString("class", []byte("sec depth-"+strconv.Itoa(n.Depth)))
	marker := &Marker{Label: n.Marker}
	if sectionLink != "" {
		marker.Link = sectionLink + n.Key
	}
	target := n.AST
	if n.Kind == document.KindClause {
		// The marker goes at the start of the clause's first paragraph, so
		// that it reads inline: "(a) Members shall…".
		if first := target.FirstChild(); first != nil && first.Kind() != ast.KindList {
			target = first
		}
	}
	if target.FirstChild() != nil {
		target.InsertBefore(target, target.FirstChild(), marker)
	} else {
		target.AppendChild(target, marker)
	}
}

// dropHeadingAttributes removes what a document's author wrote in {…} after
// a heading: ids are Charter's to give, and no author styles another's page.
func dropHeadingAttributes(root ast.Node) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.Kind() == ast.KindHeading {
			n.RemoveAttributes()
		}
		return ast.WalkContinue, nil
	})
}

// nestUnderPageTitle moves every heading one level down when the text has
// level-1 headings of its own, so that the page's title stays its only h1
// and a screen reader's outline nests the articles under it.
func nestUnderPageTitle(root ast.Node) {
	var headings []*ast.Heading
	top := false
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			headings = append(headings, h)
			top = top || h.Level == 1
		}
		return ast.WalkContinue, nil
	})
	if !top {
		return
	}
	for _, h := range headings {
		h.Level = min(h.Level+1, 6)
	}
}

// markClauseLists tells the stylesheet which ordered lists carry Charter's
// own numbers, so that the browser does not print its own as well.
func markClauseLists(root ast.Node) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.List); ok && entering && l.IsOrdered() {
			if li := l.FirstChild(); li != nil {
				if _, numbered := li.AttributeString("data-number"); numbered {
					l.SetAttributeString("class", []byte("clauses"))
				}
			}
		}
		return ast.WalkContinue, nil
	})
}

// Marker is an inline node holding a section's number label.
type Marker struct {
	ast.BaseInline
	Label string
	Link  string // the section's page, if any
}

// KindMarker is the AST kind of a Marker.
var KindMarker = ast.NewNodeKind("SectionMarker")

// Kind implements ast.Node.
func (*Marker) Kind() ast.NodeKind { return KindMarker }

// Dump implements ast.Node.
func (m *Marker) Dump(source []byte, level int) {
	ast.DumpHelper(m, source, level, map[string]string{"Label": m.Label}, nil)
}

type markerRenderer struct{}

func (markerRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindMarker, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			m := n.(*Marker)
			if m.Link != "" {
				_, _ = w.WriteString(`<a class="num" href="` + template.HTMLEscapeString(m.Link) + `">`)
				_, _ = w.WriteString(template.HTMLEscapeString(m.Label))
				_, _ = w.WriteString(`</a> `)
			} else {
				_, _ = w.WriteString(`<span class="num">`)
				_, _ = w.WriteString(template.HTMLEscapeString(m.Label))
				_, _ = w.WriteString(`</span> `)
			}
		}
		return ast.WalkContinue, nil
	})
}

// Bounded keeps at most max values built from immutable content, each under
// a key derived from that content (a hash), so that no entry ever goes
// stale; the oldest entry makes way for a new one. A cache made by
// NewWeighed counts each value's weight (its bytes) rather than entries.
type Bounded[V any] struct {
	mu      sync.Mutex
	max     int
	weigh   func(V) int
	total   int
	entries map[string]V
	order   []string
	// hits and misses count Get's answers from memory and its builds, for
	// the operator's metrics (Counts).
	hits, misses uint64
}

// NewBounded returns an empty cache of at most max entries.
func NewBounded[V any](max int) *Bounded[V] {
	return &Bounded[V]{max: max, weigh: func(V) int { return 1 }, entries: map[string]V{}}
}

// NewWeighed returns an empty cache whose values weigh at most max in all,
// for values whose sizes vary a hundredfold, such as rendered redlines.
func NewWeighed[V any](max int, weigh func(V) int) *Bounded[V] {
	return &Bounded[V]{max: max, weigh: weigh, entries: map[string]V{}}
}

// Lookup returns the value under key, if the cache holds one.
func (c *Bounded[V]) Lookup(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.entries[key]
	return v, ok
}

// Get returns the value under key, building and keeping it on a miss.
// Two requests missing at once may both build it; the first is kept. A
// value heavier than the whole cache is returned and not kept.
func (c *Bounded[V]) Get(key string, build func() (V, error)) (V, error) {
	c.mu.Lock()
	v, ok := c.entries[key]
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	c.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := build()
	if err != nil {
		return v, err
	}
	w := c.weigh(v)
	c.mu.Lock()
	defer c.mu.Unlock()
	if kept, ok := c.entries[key]; ok {
		return kept, nil
	}
	if w > c.max {
		return v, nil
	}
	for len(c.order) > 0 && c.total+w > c.max {
		c.total -= c.weigh(c.entries[c.order[0]])
		delete(c.entries, c.order[0])
		c.order = c.order[1:]
	}
	c.entries[key] = v
	c.order = append(c.order, key)
	c.total += w
	return v, nil
}

// Counts says how many Gets were answered from memory (hits) and how many
// built their value (misses), since the cache was made.
func (c *Bounded[V]) Counts() (hits, misses uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses
}

// hit counts an answer that needed no build of its own, as when Shared
// finds the value or waits for another's build.
func (c *Bounded[V]) hit() {
	c.mu.Lock()
	c.hits++
	c.mu.Unlock()
}

// Section renders one section of a version as the document numbers it:
// its words and its sub-sections with their markers ("(a)", "(i)"), never
// a list's own 1., 2. A heading section is rendered without its heading,
// which the page shows as its title; its sub-headings are nested under
// that title. A clause is rendered with its marker. When sectionLink is
// set, each sub-section's marker links to its page.
func Section(text []byte, scheme document.Scheme, keys []string, key, sectionLink string) (template.HTML, error) {
	p, err := document.Restore(text, scheme, keys)
	if err != nil {
		return "", err
	}
	found := -1
	for i, n := range p.Outline.Nodes {
		if n.Key == key {
			found = i
		}
	}
	if found < 0 {
		return "", fmt.Errorf("render section: no section %q", key)
	}
	dropHeadingAttributes(p.Root)
	for i, n := range p.Outline.Nodes {
		link := sectionLink
		if i == found {
			link = ""
		}
		annotate(n, link)
	}
	markClauseLists(p.Root)
	root := ast.NewDocument()
	switch n := p.Outline.Nodes[found].AST.(type) {
	case *ast.Heading:
		// The section runs from its heading to the next heading of its
		// level or above.
		var body []ast.Node
		for c := n.NextSibling(); c != nil; c = c.NextSibling() {
			if h, ok := c.(*ast.Heading); ok && h.Level <= n.Level {
				break
			}
			body = append(body, c)
		}
		for _, c := range body {
			if h, ok := c.(*ast.Heading); ok {
				// The page's h1 is the section's heading: its own
				// sub-headings start at h2.
				h.Level = min(max(h.Level-n.Level+1, 2), 6)
			}
			root.AppendChild(root, c)
		}
	case *ast.ListItem:
		list, ok := n.Parent().(*ast.List)
		if !ok {
			return "", fmt.Errorf("render section: clause %q is not in a list", key)
		}
		only := ast.NewList(list.Marker)
		only.IsTight, only.Start = list.IsTight, list.Start
		for _, a := range list.Attributes() {
			only.SetAttribute(a.Name, a.Value)
		}
		only.AppendChild(only, n)
		root.AppendChild(root, only)
	}
	var buf bytes.Buffer
	if err := md().Renderer().Render(&buf, p.Source.Body(), root); err != nil {
		return "", fmt.Errorf("render section: %w", err)
	}
	return template.HTML(buf.String()), nil // goldmark escapes text and omits raw HTML
}
