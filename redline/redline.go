// Package redline computes word-level redlines between two texts: which
// words were struck and which inserted. It is deterministic and bounded: the
// same texts always give the same redline, whatever the machine's load, and
// texts too different to align word by word get a coarser redline that is
// still exact.
package redline

import (
	"errors"
	"slices"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Kind says what an Op does to the old text.
type Kind int8

const (
	Equal  Kind = iota // kept
	Delete             // struck
	Insert             // inserted
)

func (k Kind) String() string {
	switch k {
	case Delete:
		return "delete"
	case Insert:
		return "insert"
	}
	return "equal"
}

// Op is one run of a redline.
type Op struct {
	Kind Kind
	Text string
}

// Diff returns the redline from old to new: runs of kept, struck and
// inserted text whose kept and struck runs spell old, and whose kept and
// inserted runs spell new, byte for byte.
//
// Lines are aligned first, and words only within each run of changed
// lines, as git's word diff does: an amendment changes a few clauses of a
// long text, and tokenizing and aligning every word of it cost ten times
// git's time on a 1 MB constitution with 300 edits. A redline never pairs
// words across an unchanged line, which a reader would not expect either.
func Diff(old, new string) []Op {
	if old == new {
		if old == "" {
			return nil
		}
		return []Op{{Equal, old}}
	}
	a, b := lines(old), lines(new)
	match := Align(a, b)
	var ops []Op
	var words wordAligner
	i, j0 := 0, 0          // the changed run starts at a[i] and b[j0]
	oldAt, newAt := 0, 0   // where a[i] and b[j0] start in old and new
	oldEnd, newEnd := 0, 0 // where the changed run ends: a[m] and b[j] start
	keptFrom := 0          // where the kept lines not yet in ops start in new
	for j, m := range match {
		if m < 0 {
			continue
		}
		for ; i < m; i++ {
			oldEnd += len(a[i])
		}
		for ; j0 < j; j0++ {
			newEnd += len(b[j0])
		}
		if oldEnd > oldAt || newEnd > newAt {
			if keptFrom < newAt {
				ops = append(ops, Op{Equal, new[keptFrom:newAt]})
			}
			ops = words.appendOps(ops, old[oldAt:oldEnd], new[newAt:newEnd])
			keptFrom = newEnd
		}
		i, j0 = m+1, j+1
		oldAt, newAt = oldEnd+len(a[m]), newEnd+len(b[j])
		oldEnd, newEnd = oldAt, newAt
	}
	if keptFrom < newAt {
		ops = append(ops, Op{Equal, new[keptFrom:newAt]})
	}
	ops = words.appendOps(ops, old[oldAt:], new[newAt:])
	return joinRuns(ops, old, new)
}

// joinRuns joins neighbouring ops of one kind into one. The ops spell old
// and new in order, so a joined run is a slice of one of them: copying
// every kept line of a long text into one string again was a fifth of a
// redline.
func joinRuns(ops []Op, old, new string) []Op {
	out := ops[:0]
	at := cursor{old: old, new: new}
	for lo := 0; lo < len(ops); {
		kind, size := ops[lo].Kind, 0
		hi := lo
		for ; hi < len(ops) && ops[hi].Kind == kind; hi++ {
			size += len(ops[hi].Text)
		}
		out = append(out, at.take(kind, size))
		lo = hi
	}
	return out
}

// cursor walks old and new together, as a redline's runs spell them.
type cursor struct {
	old, new     string
	oldAt, newAt int
}

// take is the next op, of the given kind and size in bytes.
func (c *cursor) take(kind Kind, size int) Op {
	op := Op{Kind: kind}
	switch kind {
	case Equal:
		op.Text = c.new[c.newAt : c.newAt+size]
		c.oldAt += size
		c.newAt += size
	case Delete:
		op.Text = c.old[c.oldAt : c.oldAt+size]
		c.oldAt += size
	case Insert:
		op.Text = c.new[c.newAt : c.newAt+size]
		c.newAt += size
	}
	return op
}

// lines splits a text after each line feed, keeping it.
func lines(text string) []string {
	out := make([]string, 0, strings.Count(text, "\n")+1)
	for text != "" {
		end := strings.IndexByte(text, '\n') + 1
		if end == 0 {
			end = len(text)
		}
		out = append(out, text[:end])
		text = text[end:]
	}
	return out
}

// wordAligner redlines runs of changed lines word by word. It keeps its
// buffers from one run to the next: a redline of many small changes took
// fresh memory for each, half of what a redline of 1 MB with 300 edits
// allocated, and a short process pays for fresh memory in page faults.
type wordAligner struct {
	a, b    []string
	codes   map[string]rune
	sizes   []int  // each code's token length
	runes   []rune // the runes of all runs in order
	runs    []wordRun
	pending []string
	diffs   []diffmatchpatch.Diff
}

type wordRun struct {
	op  diffmatchpatch.Operation
	end int // in runes: each run ends where the next starts
}

// appendOps appends the redline of a run of changed lines to ops.
func (w *wordAligner) appendOps(ops []Op, old, new string) []Op {
	if old == new {
		if old == "" {
			return ops
		}
		return append(ops, Op{Equal, old})
	}
	w.a, w.b = tokenizeInto(w.a, old), tokenizeInto(w.b, new)
	a, b := w.a, w.b
	// Fewer tokens than codes need no count of the distinct ones.
	if len(a)+len(b) > maxCodes && distinct(a, b) > maxCodes {
		return append(ops, coarse(old, new)...)
	}
	match := Align(a, b)

	// Encode each distinct token as one rune so that go-diff's semantic
	// cleanup works on whole words: a reader should see "strike 'two-thirds
	// of the members', insert 'a majority'", not alternating scraps.
	if w.codes == nil {
		w.codes = make(map[string]rune, len(a))
	}
	clear(w.codes)
	w.sizes, w.runes, w.runs = w.sizes[:0], slices.Grow(w.runes[:0], len(a)+len(b)), w.runs[:0]
	push := func(t diffmatchpatch.Operation, tok string) {
		r, ok := w.codes[tok]
		if !ok {
			r = rune(0x10000 + len(w.sizes))
			w.codes[tok] = r
			w.sizes = append(w.sizes, len(tok))
		}
		w.runes = append(w.runes, r)
		if n := len(w.runs); n > 0 && w.runs[n-1].op == t {
			w.runs[n-1].end = len(w.runes)
			return
		}
		w.runs = append(w.runs, wordRun{t, len(w.runes)})
	}
	i := 0
	pending := w.pending[:0] // inserted tokens waiting for the struck ones before them
	flush := func(upTo int) {
		for ; i < upTo; i++ {
			push(diffmatchpatch.DiffDelete, a[i])
		}
		for _, tok := range pending {
			push(diffmatchpatch.DiffInsert, tok)
		}
		pending = pending[:0]
	}
	for j, m := range match {
		if m < 0 {
			pending = append(pending, b[j])
			continue
		}
		flush(m)
		push(diffmatchpatch.DiffEqual, a[m])
		i = m + 1
	}
	flush(len(a))
	w.pending = pending

	diffs := w.diffs[:0]
	start := 0
	for _, r := range w.runs {
		diffs = append(diffs, diffmatchpatch.Diff{Type: r.op, Text: string(w.runes[start:r.end])})
		start = r.end
	}
	w.diffs = diffs
	at := cursor{old: old, new: new}
	for _, d := range diffmatchpatch.New().DiffCleanupSemantic(diffs) {
		size := 0
		for _, r := range d.Text {
			size += w.sizes[r-0x10000]
		}
		kind := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			kind = Delete
		case diffmatchpatch.DiffInsert:
			kind = Insert
		}
		if size > 0 {
			ops = append(ops, at.take(kind, size))
		}
	}
	return ops
}

// maxCodes bounds the distinct tokens that can be encoded as runes above
// the Basic Multilingual Plane.
const maxCodes = 0x10FFFF - 0x10000

func distinct(a, b []string) int {
	seen := make(map[string]bool, len(a))
	for _, t := range a {
		seen[t] = true
	}
	for _, t := range b {
		seen[t] = true
	}
	return len(seen)
}

// coarse is the redline of last resort: strike everything, insert everything.
func coarse(old, new string) []Op {
	var ops []Op
	if old != "" {
		ops = append(ops, Op{Delete, old})
	}
	if new != "" {
		ops = append(ops, Op{Insert, new})
	}
	return ops
}

// Old is the text a redline starts from: its kept and struck runs.
func Old(ops []Op) string { return spell(ops, Insert) }

// New is the text a redline arrives at: its kept and inserted runs.
func New(ops []Op) string { return spell(ops, Delete) }

func spell(ops []Op, skip Kind) string {
	var b strings.Builder
	for _, op := range ops {
		if op.Kind != skip {
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

// ErrDoesNotApply: a redline was applied to a text it was not made from.
var ErrDoesNotApply = errors.New("redline: the text does not read as the redline expects")

// Apply applies a redline's changes to old: every kept and struck run must
// be found in old, in order, exactly.
func Apply(old string, ops []Op) (string, error) {
	var b strings.Builder
	rest := old
	for _, op := range ops {
		switch op.Kind {
		case Equal, Delete:
			if !strings.HasPrefix(rest, op.Text) {
				return "", ErrDoesNotApply
			}
			rest = rest[len(op.Text):]
			if op.Kind == Equal {
				b.WriteString(op.Text)
			}
		case Insert:
			b.WriteString(op.Text)
		}
	}
	if rest != "" {
		return "", ErrDoesNotApply
	}
	return b.String(), nil
}
