package wording

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// region is a clause's words in the source: the text runs the reader sees
// (atoms), and between them the markup they sit in (emphasis, links,
// escapes), which the reader does not.
type region struct {
	start, end int // in the whole text
	atoms      []atom
}

// atom is a run of source whose plain words are plain: the source itself,
// or one character spelled by an escape or an entity ("\*", "&amp;"), or
// a line break, which reads as a space.
type atom struct {
	start, end int    // in the whole text
	plain      string // what the reader sees
	depth      int    // how many emphases, links or code spans it sits in
	raw        bool   // inside a code span: no escapes
	lineBreak  bool
}

func (g region) plain() string {
	var b strings.Builder
	for _, a := range g.atoms {
		b.WriteString(a.plain)
	}
	return b.String()
}

// readRegion reads the words of a paragraph or heading; ok is false when
// it holds something Charter cannot place as words (an image, raw HTML, an
// autolink).
func readRegion(block ast.Node, body []byte, offset int) (region, bool) {
	lines := block.Lines()
	if lines.Len() == 0 {
		return region{}, false
	}
	g := region{start: offset + lines.At(0).Start, end: offset + lines.At(lines.Len()-1).Stop}
	ok := true
	var walk func(n ast.Node, depth int, raw bool)
	walk = func(n ast.Node, depth int, raw bool) {
		for c := n.FirstChild(); c != nil && ok; c = c.NextSibling() {
			if inlineOpaque(c) {
				ok = false
				return
			}
			switch c := c.(type) {
			case *ast.Text:
				g.atoms = appendText(g.atoms, body, offset, c.Segment.Start, c.Segment.Stop, depth, raw)
				if c.SoftLineBreak() || c.HardLineBreak() {
					g.atoms = appendBreak(g.atoms, body, offset, c.Segment.Stop, depth)
				}
			case *ast.String:
				ok = false // text the parser made up, with no place in the source
			case *ast.CodeSpan:
				walk(c, depth+1, true)
			default:
				walk(c, depth+1, raw)
			}
		}
	}
	walk(block, 0, false)
	if !ok {
		return region{}, false
	}
	// A heading's trailing "###" or attributes lie past its last words.
	if n := len(g.atoms); n > 0 && g.atoms[n-1].end > g.end {
		g.end = g.atoms[n-1].end
	}
	return g, true
}

// appendText splits the text body[start:stop] into atoms.
func appendText(atoms []atom, body []byte, offset, start, stop, depth int, raw bool) []atom {
	s := string(body[start:stop])
	run := 0
	flush := func(i int) {
		if i > run {
			atoms = append(atoms, atom{start: offset + start + run, end: offset + start + i, plain: s[run:i], depth: depth, raw: raw})
		}
	}
	for i := 0; i < len(s); {
		if raw {
			break
		}
		switch {
		case s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			flush(i)
			atoms = append(atoms, atom{start: offset + start + i, end: offset + start + i + 2, plain: s[i+1 : i+2], depth: depth})
			i += 2
			run = i
			continue
		case s[i] == '&':
			if n := entityLen(s[i:]); n > 0 {
				flush(i)
				atoms = append(atoms, atom{start: offset + start + i, end: offset + start + i + n, plain: html.UnescapeString(s[i : i+n]), depth: depth})
				i += n
				run = i
				continue
			}
		}
		i++
	}
	flush(len(s))
	return atoms
}

// appendBreak adds the line break after a text ending at stop: the spaces
// or backslash before the newline, the newline, and the next line's indent
// (and quote marks), read as one space.
func appendBreak(atoms []atom, body []byte, offset, stop, depth int) []atom {
	nl := stop
	for nl < len(body) && body[nl] != '\n' {
		nl++
	}
	if nl >= len(body) {
		return atoms
	}
	from := nl
	for from > stop && (body[from-1] == ' ' || body[from-1] == '\t' || body[from-1] == '\\') {
		from--
	}
	to := nl + 1
	for to < len(body) && (body[to] == ' ' || body[to] == '\t' || body[to] == '>') {
		to++
	}
	return append(atoms, atom{start: offset + from, end: offset + to, plain: " ", depth: depth, lineBreak: true})
}

func isASCIIPunct(c byte) bool {
	return c < utf8.RuneSelf && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// entityLen is the length of the character reference at the start of s,
// or 0.
func entityLen(s string) int {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 32 {
		return 0
	}
	if u := html.UnescapeString(s[:end+1]); u == s[:end+1] {
		return 0
	}
	return end + 1
}
