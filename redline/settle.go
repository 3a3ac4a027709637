package redline

import (
	"strings"
)

// Side is how the committee settles one conflict of a merge.
type Side int

const (
	Unsettled  Side = iota
	KeepOurs        // the draft's words stand; the amendment's change there is dropped
	TakeTheirs      // the amendment's words replace the draft's there
)

// sideNames are how forms and the API name the side a conflict is settled
// for.
var sideNames = map[string]Side{"draft": KeepOurs, "amendment": TakeTheirs}

// ParseSide reads a side as forms and the API name it: "draft" or
// "amendment".
func ParseSide(name string) (Side, bool) {
	s, ok := sideNames[name]
	return s, ok
}

// Name is how forms and the API name s: "draft", "amendment", or "" while
// it is unsettled.
func (s Side) Name() string {
	for name, side := range sideNames {
		if side == s {
			return name
		}
	}
	return ""
}

// MarkerLabels name the three texts in the marker lines Settle writes
// around a conflict it leaves open.
type MarkerLabels struct{ Ours, Base, Theirs string }

// The marker lines are git's, so that anyone who has merged text by hand
// recognises them; "=======" alone is a Markdown heading underline, so only
// the other three identify a marked text.
const (
	markOurs   = "<<<<<<<"
	markBase   = "|||||||"
	markSplit  = "======="
	markTheirs = ">>>>>>>"
)

// Settle applies the sides chosen for the conflicts Merge3 found in merged
// (sides[i] for conflicts[i]; missing means unsettled). Every conflict left
// unsettled is written out in whole lines, between marker lines, three
// ways: as ours, as base, as theirs; the other words of those lines are as
// merged. The result has no marker lines exactly
// when every conflict was settled.
func Settle(merged string, conflicts []Conflict, sides []Side, labels MarkerLabels) string {
	side := func(i int) Side {
		if i < len(sides) {
			return sides[i]
		}
		return Unsettled
	}
	var out strings.Builder
	pos := 0
	for _, g := range markedSpans(merged, conflicts, side) {
		pos = writeSettled(&out, merged, pos, g.start, conflicts, side)
		variant := func(pick func(Conflict) string) string {
			var b strings.Builder
			p := g.start
			for i := g.first; i < g.last; i++ {
				c := conflicts[i]
				b.WriteString(merged[p:c.Offset])
				if s := side(i); s != Unsettled {
					b.WriteString(chosen(c, s))
				} else {
					b.WriteString(pick(c))
				}
				p = c.Offset + len(c.Ours)
			}
			b.WriteString(merged[p:g.end])
			if s := b.String(); !strings.HasSuffix(s, "\n") {
				b.WriteByte('\n')
			}
			return b.String()
		}
		out.WriteString(markOurs + " " + labels.Ours + "\n")
		out.WriteString(variant(func(c Conflict) string { return c.Ours }))
		out.WriteString(markBase + " " + labels.Base + "\n")
		out.WriteString(variant(func(c Conflict) string { return c.Base }))
		out.WriteString(markSplit + "\n")
		out.WriteString(variant(func(c Conflict) string { return c.Theirs }))
		out.WriteString(markTheirs + " " + labels.Theirs + "\n")
		pos = g.end
	}
	writeSettled(&out, merged, pos, len(merged), conflicts, side)
	return out.String()
}

// writeSettled copies merged[pos:end] with the settled conflicts in it
// replaced by their chosen side, and returns end.
func writeSettled(out *strings.Builder, merged string, pos, end int, conflicts []Conflict, side func(int) Side) int {
	for i, c := range conflicts {
		if c.Offset < pos || c.Offset+len(c.Ours) > end || side(i) == Unsettled {
			continue
		}
		out.WriteString(merged[pos:c.Offset])
		out.WriteString(chosen(c, side(i)))
		pos = c.Offset + len(c.Ours)
	}
	out.WriteString(merged[pos:end])
	return end
}

func chosen(c Conflict, s Side) string {
	if s == TakeTheirs {
		return c.Theirs
	}
	return c.Ours
}

// markedSpan is a run of whole lines of the merged text holding conflicts
// first..last-1, at least one of them unsettled.
type markedSpan struct{ start, end, first, last int }

// markedSpans groups the unsettled conflicts by the lines they touch,
// taking in any settled conflict that shares a line with them.
func markedSpans(merged string, conflicts []Conflict, side func(int) Side) []markedSpan {
	var spans []markedSpan
	for i, c := range conflicts {
		start, end := lineStart(merged, c.Offset), lineEnd(merged, c.Offset, c.Offset+len(c.Ours))
		if n := len(spans); n > 0 && start < spans[n-1].end {
			last := &spans[n-1]
			last.end, last.last = max(last.end, end), i+1
			continue
		}
		spans = append(spans, markedSpan{start: start, end: end, first: i, last: i + 1})
	}
	var out []markedSpan
	for _, s := range spans {
		for i := s.first; i < s.last; i++ {
			if side(i) == Unsettled {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

func lineStart(s string, i int) int { return strings.LastIndexByte(s[:i], '\n') + 1 }

// lineEnd is the end, past its newline, of the line holding the last byte
// of merged[start:end], or the byte at start when that is empty.
func lineEnd(s string, start, end int) int {
	p := start
	if end > start {
		p = end - 1
	}
	if p >= len(s) {
		return len(s)
	}
	j := strings.IndexByte(s[p:], '\n')
	if j < 0 {
		return len(s)
	}
	return p + j + 1
}

// MarkerLine returns the 1-based number of the first conflict marker line
// in text, or 0 when it has none.
func MarkerLine(text string) int {
	for n, line := range strings.Split(text, "\n") {
		for _, m := range []string{markOurs, markBase, markTheirs} {
			if strings.HasPrefix(line, m) {
				return n + 1
			}
		}
	}
	return 0
}
