package redline

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Anchor is a passage of a text that someone pointed at: the exact words,
// some context either side, and where they started.
type Anchor struct {
	Quote  string
	Before string // up to ContextLen bytes before the quote
	After  string // up to ContextLen bytes after it
	Offset int    // byte offset of the quote in its text
}

// ContextLen is how much context an anchor keeps either side.
const ContextLen = 32

// NewAnchor makes the anchor of text[start:end], whose bounds the caller
// has checked. Its context stops short of a character cut in two, so that
// what is stored is always valid UTF-8.
func NewAnchor(text string, start, end int) Anchor {
	b := max(0, start-ContextLen)
	for b < start && !utf8.RuneStart(text[b]) {
		b++
	}
	a := min(len(text), end+ContextLen)
	for a > end && a < len(text) && !utf8.RuneStart(text[a]) {
		a--
	}
	return Anchor{Quote: text[start:end], Before: text[b:start], After: text[end:a], Offset: start}
}

// Fate is what became of an anchored passage in a new text.
type Fate string

const (
	Kept    Fate = "kept"    // the same words, where the diff says they went
	Found   Fate = "found"   // the same words, found next to where they went
	Changed Fate = "changed" // some words were edited; most survive, in the range shown
	Removed Fate = "removed" // the words were struck: the anchor is orphaned
)

// Mapping carries positions from an old text to a new one through their
// redline, computed once and used for every anchor.
type Mapping struct {
	old, new string
	segs     []segment // in order; old and new ranges both increase
}

type segment struct {
	kind             Kind
	oldStart, oldEnd int
	newStart, newEnd int
}

// NewMapping diffs old and new once.
func NewMapping(old, new string) *Mapping {
	m := &Mapping{old: old, new: new}
	o, n := 0, 0
	for _, op := range Diff(old, new) {
		s := segment{kind: op.Kind, oldStart: o, newStart: n}
		switch op.Kind {
		case Equal:
			o += len(op.Text)
			n += len(op.Text)
		case Delete:
			o += len(op.Text)
		case Insert:
			n += len(op.Text)
		}
		s.oldEnd, s.newEnd = o, n
		m.segs = append(m.segs, s)
	}
	return m
}

// position maps an old offset to the new text: exactly inside kept text,
// and to the start of the replacement inside struck text.
func (m *Mapping) position(off int) int {
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].oldEnd > off })
	if i == len(m.segs) {
		return len(m.new)
	}
	s := m.segs[i]
	if s.kind == Equal {
		return s.newStart + (off - s.oldStart)
	}
	return s.newStart
}

// Reanchor says where a passage of the old text is in the new one. It
// never moves a comment onto other words: when in doubt, Removed.
func (m *Mapping) Reanchor(a Anchor) (Fate, Anchor) {
	start, end := a.Offset, a.Offset+len(a.Quote)
	if start < 0 || end > len(m.old) || m.old[start:end] != a.Quote {
		return Removed, Anchor{} // the anchor does not belong to the old text
	}
	ns, ne := m.position(start), m.position(end)
	if ne-ns == end-start && m.new[ns:ne] == a.Quote {
		return Kept, NewAnchor(m.new, ns, ne)
	}
	// The diff's cleanup may fold unchanged words into a change: look for
	// the very same quote close to where it went.
	window := len(a.Quote) + 2*ContextLen
	lo, hi := max(0, ns-window), min(len(m.new), ne+window)
	if at := closest(m.new[lo:hi], a.Quote, ns-lo); at >= 0 {
		return Found, NewAnchor(m.new, lo+at, lo+at+len(a.Quote))
	}
	// Words were edited. If most of the quote's words survive in the range
	// it maps to, the comment stays on that range, marked as changed.
	if ne > ns && survivingShare(a.Quote, m.new[ns:ne]) >= 0.5 {
		return Changed, NewAnchor(m.new, ns, ne)
	}
	return Removed, Anchor{}
}

// closest finds the occurrence of quote in s nearest to want, or -1.
func closest(s, quote string, want int) int {
	best, bestDist := -1, 0
	for from := 0; ; {
		i := strings.Index(s[from:], quote)
		if i < 0 {
			return best
		}
		at := from + i
		d := at - want
		if d < 0 {
			d = -d
		}
		if best < 0 || d < bestDist {
			best, bestDist = at, d
		}
		from = at + 1
		if from >= len(s) {
			return best
		}
	}
}

// survivingShare is the share of the quote's words still found in the new
// range, counted with multiplicity.
func survivingShare(quote, now string) float64 {
	words := strings.Fields(quote)
	if len(words) == 0 {
		return 0
	}
	left := map[string]int{}
	for _, w := range strings.Fields(now) {
		left[w]++
	}
	kept := 0
	for _, w := range words {
		if left[w] > 0 {
			left[w]--
			kept++
		}
	}
	return float64(kept) / float64(len(words))
}
