package export

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/charter-org/charter/document"
)

// pdf is the version as a motion book prints a text: its title, its
// articles, sections and clauses numbered as the site numbers them, every
// line numbered in the margin from 1, and on each page's foot the version
// and its SHA-256, so that a printed copy can be checked against the
// site.
func (v Version) pdf(o Options) (File, error) {
	p, err := withTree(v.Text)
	if err != nil {
		return File{}, err
	}
	title := v.Document.Title
	s := newSheet(o, title)
	if err := s.printable(title + string(p.Source.Body())); err != nil {
		return File{}, err
	}
	s.footer = v.footer()
	s.page()
	if p.Outline.Title == "" {
		s.paragraph([]run{{title, bold}}, 0, 16, 1)
		s.space(3)
	}
	s.numbers = true
	w := textWriter{s: s, src: p.Source.Body(), numbered: map[ast.Node]document.Node{}}
	for _, n := range p.Outline.Nodes {
		w.numbered[n.AST] = n
	}
	w.blocks(p.Root, 0)
	body, err := s.output()
	if err != nil {
		return File{}, err
	}
	return File{Name: name(v.Document.Slug, v.what(), PDF), MediaType: "application/pdf", Body: body}, nil
}

// textWriter sets a Markdown tree's blocks as numbered lines.
type textWriter struct {
	s        *sheet
	src      []byte
	numbered map[ast.Node]document.Node // the outline's sections, by their node
}

// headingSize is the font size of a heading of each level.
var headingSize = [...]float64{1: 15, 2: 13, 3: 11.5, 4: 10.5, 5: 10, 6: 10}

func (w textWriter) blocks(n ast.Node, indent float64) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.block(c, indent)
	}
}

func (w textWriter) block(c ast.Node, indent float64) {
	switch c := c.(type) {
	case *ast.Heading:
		w.s.space(2.5)
		w.s.paragraph([]run{{w.label(c, document.PlainText(c, w.src)), bold}}, 0, headingSize[min(c.Level, 6)], 1)
		w.s.space(1)
	case *ast.List:
		i := c.Start
		for item := c.FirstChild(); item != nil; item = item.NextSibling() {
			marker := "•"
			if c.IsOrdered() {
				marker = fmt.Sprintf("%d%c", i, c.Marker)
			}
			w.item(item, marker, indent)
			i++
		}
	case *ast.Paragraph, *ast.TextBlock:
		w.s.paragraph([]run{{document.PlainText(c, w.src), plain}}, indent, pdfFontSize, 0)
		w.s.space(1.5)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lines := c.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			w.s.paragraph([]run{{string(seg.Value(w.src)), plain}}, indent, pdfFontSize, 0)
		}
		w.s.space(1.5)
	case *east.Table:
		w.table(c, indent)
	case *ast.HTMLBlock, *ast.ThematicBreak:
		// Raw HTML is not shown on the site either.
	case *ast.Blockquote:
		w.blocks(c, indent+pdfIndent)
	default:
		w.blocks(c, indent)
	}
}

// label puts a numbered section's marker before its words, as the site
// does: "(a) Members shall…".
func (w textWriter) label(n ast.Node, text string) string {
	if sec, ok := w.numbered[n]; ok && sec.Marker != "" {
		return sec.Marker + " " + text
	}
	return text
}

// item sets a list item: its marker (the clause's number for a numbered
// clause) before its first paragraph, and what it holds further in.
func (w textWriter) item(item ast.Node, marker string, indent float64) {
	if sec, ok := w.numbered[item]; ok && sec.Marker != "" {
		marker = sec.Marker
	}
	first := item.FirstChild()
	switch first.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		w.s.paragraph([]run{{marker + " " + document.PlainText(first, w.src), plain}}, indent, pdfFontSize, 0)
		w.s.space(1)
		first = first.NextSibling()
	default:
		w.s.paragraph([]run{{marker, plain}}, indent, pdfFontSize, 0)
	}
	for c := first; c != nil; c = c.NextSibling() {
		w.block(c, indent+pdfIndent)
	}
}

// table sets a table a row to a line, its cells apart by " | ", as a
// Markdown table reads.
func (w textWriter) table(t *east.Table, indent float64) {
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, document.PlainText(cell, w.src))
		}
		st := plain
		if _, head := row.(*east.TableHeader); head {
			st = bold
		}
		w.s.paragraph([]run{{strings.Join(cells, " | "), st}}, indent, pdfFontSize, 0)
	}
	w.s.space(1.5)
}
