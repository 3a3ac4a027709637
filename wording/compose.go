package wording

import (
	"sort"
	"strings"

	"github.com/charter-org/charter/redline"
)

// rewrite writes words in place of the region's plain words: the runs
// the member kept keep their source and the markup around them, the runs
// struck lose their source but not the markup (an emphasis emptied by it
// goes too), and the words inserted are escaped and placed beside what
// they replace, or outside an emphasis or link they only border.
func (g region) rewrite(src, words string) string {
	var out strings.Builder
	cur := g.start // source written up to here
	old := g.plain()
	var emptied []int // where struck runs left markup touching, in out
	pos := 0          // the plain offset reached
	lastStruck := false
	ops := redline.Diff(old, words)
	for k, op := range ops {
		switch op.Kind {
		case redline.Equal:
			to := pos + len(op.Text)
			i, off := g.seek(to)
			end := g.sourceAtEnd(i, off, true)
			out.WriteString(src[cur:end])
			cur, pos, lastStruck = end, to, false
		case redline.Delete:
			to := pos + len(op.Text)
			for pos < to {
				i, off := g.seekForward(pos)
				a := g.atoms[i]
				take := min(len(a.plain)-off, to-pos)
				from := g.sourceAt(i, off)
				until := g.sourceAtEnd(i, off+take, true)
				out.WriteString(src[cur:from])
				emptied = append(emptied, out.Len())
				cur = until
				pos += take
			}
			lastStruck = true
		case redline.Insert:
			at := cur
			switch {
			case k+1 < len(ops) && ops[k+1].Kind == redline.Delete:
				// Words replacing words take the place, and the markup, of
				// those they replace.
				at = g.sourceAt(g.seekForward(pos))
			case !lastStruck:
				at = g.insertionPoint(pos, cur)
			}
			out.WriteString(src[cur:at])
			cur = at
			out.WriteString(escape(op.Text, g.lineStartAt(at), g.rawAt(pos)))
		}
	}
	out.WriteString(src[cur:g.end])
	return dropEmptied(out.String(), emptied)
}

// seek finds the atom holding plain offset p, preferring the atom it
// ends at a boundary: where a kept run stops.
func (g region) seek(p int) (int, int) {
	for i, a := range g.atoms {
		if p <= len(a.plain) {
			return i, p
		}
		p -= len(a.plain)
	}
	if len(g.atoms) == 0 {
		return 0, 0
	}
	last := len(g.atoms) - 1
	return last, len(g.atoms[last].plain)
}

// seekForward is seek preferring the atom that starts at a boundary: where
// a struck run begins.
func (g region) seekForward(p int) (int, int) {
	for i, a := range g.atoms {
		if p < len(a.plain) {
			return i, p
		}
		p -= len(a.plain)
	}
	return g.seek(p)
}

// sourceAt is where plain offset off of atom i lies in the source; an
// offset inside an escape or entity rounds to its start.
func (g region) sourceAt(i, off int) int { return g.sourceAtEnd(i, off, false) }

// sourceAtEnd is sourceAt, rounding inside an escape or entity to its end
// when atEnd.
func (g region) sourceAtEnd(i, off int, atEnd bool) int {
	if len(g.atoms) == 0 {
		return g.start
	}
	a := g.atoms[i]
	switch {
	case off <= 0:
		return a.start
	case off >= len(a.plain):
		return a.end
	case a.end-a.start == len(a.plain):
		return a.start + off
	case atEnd:
		return a.end
	}
	return a.start
}

// insertionPoint is where words inserted at plain offset p go, the source
// being written up to cur: between two atoms, on the side of the shallower
// one, so that a word added beside an emphasis or a link stays outside it.
func (g region) insertionPoint(p, cur int) int {
	n := 0
	for i, a := range g.atoms {
		if n == p && i > 0 && g.atoms[i-1].depth > a.depth {
			return a.start // after the markup closing the atom before
		}
		if n+len(a.plain) > p {
			return cur
		}
		n += len(a.plain)
	}
	if last := len(g.atoms) - 1; last >= 0 && n == p && g.atoms[last].depth > 0 {
		return g.end // after the markup closing the last words
	}
	return cur
}

func (g region) rawAt(p int) bool {
	if len(g.atoms) == 0 {
		return false
	}
	i, off := g.seek(p)
	return g.atoms[i].raw && off > 0 && off < len(g.atoms[i].plain)
}

// lineStartAt says whether source offset at begins a line of the words,
// where some characters would begin a list, heading or quote.
func (g region) lineStartAt(at int) bool {
	if at == g.start {
		return true
	}
	for _, a := range g.atoms {
		if a.lineBreak && a.end == at {
			return true
		}
	}
	return false
}

// Inline makes words a member typed Markdown that reads as those words
// inside a line of Charter's own: markup escaped and line breaks joined,
// so that a title or a reason never becomes a heading, a list, a link or
// raw HTML.
func Inline(words string) string {
	return escape(strings.Join(strings.Fields(words), " "), false, false)
}

// escape makes plain words Markdown that reads as those words.
func escape(words string, lineStart, raw bool) string {
	if raw {
		return words
	}
	var b strings.Builder
	for i := 0; i < len(words); i++ {
		c := words[i]
		if strings.IndexByte("\\`*_[]<>~&|", c) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	s := b.String()
	if lineStart {
		s = escapeLineStart(s)
	}
	return s
}

// escapeLineStart escapes what would begin a block at the start of a line:
// "# ", "- ", "+ ", "> ", "1. ".
func escapeLineStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '-', '+', '>', '=':
		return "\\" + s
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// dropEmptied removes the markup that struck runs left with nothing
// inside ("****", "[](...)"), at the places they were struck.
func dropEmptied(s string, at []int) string {
	sort.Sort(sort.Reverse(sort.IntSlice(at)))
	for _, p := range at {
		for p > 0 && p <= len(s) {
			if c := s[p-1]; strings.IndexByte("*_~", c) >= 0 {
				l, r := p, p
				for l > 0 && s[l-1] == c {
					l--
				}
				for r < len(s) && s[r] == c {
					r++
				}
				if n := min(p-l, r-p); n > 0 {
					s = s[:p-n] + s[p+n:]
					p -= n
					continue
				}
			}
			if s[p-1] == '[' && strings.HasPrefix(s[p:], "](") {
				if close := closingParen(s, p+1); close > 0 {
					s = s[:p-1] + s[close+1:]
					p--
					continue
				}
			}
			if p < len(s) && s[p-1] == '`' && s[p] == '`' {
				s = s[:p-1] + s[p+1:]
				p--
				continue
			}
			break
		}
	}
	return s
}

// closingParen finds the parenthesis closing the one at open.
func closingParen(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		case '\n':
			return -1
		}
	}
	return -1
}
