package redline

import "strings"

// Conflict is a place where two texts changed the same words of their
// common original differently.
type Conflict struct {
	Offset int    // where the conflict starts in the merged text, as far as it goes
	Base   string // the original words
	Ours   string // as one side has them (the published draft)
	Theirs string // as the other side has them (the amendment)
}

// Merge3 merges two texts derived from base, word by word: a change made
// on only one side is carried over; the same change on both is taken once;
// different changes to the same words are a conflict. Where there is any
// conflict, the merged text is not to be used: it holds ours at each
// conflicting place, only so that offsets can be shown.
//
// Changes to different words of one clause merge cleanly, where a line
// merge would call them a conflict.
func Merge3(base, ours, theirs string) (string, []Conflict) {
	return NewMerger(base, ours).Merge(theirs)
}

// Merger merges many texts derived from one base onto the same ours, as a
// new draft's rebase does with every pending amendment: base and ours are
// tokenized and aligned once.
type Merger struct {
	o, a []string
	inA  []int // for each base token, where it stands in ours
}

// NewMerger prepares merges onto ours of texts derived from base.
func NewMerger(base, ours string) *Merger {
	m := &Merger{o: Tokenize(base), a: Tokenize(ours)}
	m.inA = Align(m.a, m.o)
	return m
}

// Merge is Merge3(base, ours, theirs) for the Merger's base and ours.
func (m *Merger) Merge(theirs string) (string, []Conflict) {
	o, a, b, inA := m.o, m.a, Tokenize(theirs), m.inA
	inB := Align(b, o) // for each base token, where it stands in theirs

	var out strings.Builder
	var conflicts []Conflict
	pa, pb, po := 0, 0, 0 // next unmerged token of ours, theirs, base
	emit := func(oEnd, aEnd, bEnd int) {
		oc, ac, bc := join(o[po:oEnd]), join(a[pa:aEnd]), join(b[pb:bEnd])
		switch {
		case ac == oc:
			out.WriteString(bc) // only theirs changed here (or nothing did)
		case bc == oc, ac == bc:
			out.WriteString(ac) // only ours changed, or both the same way
		default:
			conflicts = append(conflicts, Conflict{Offset: out.Len(), Base: oc, Ours: ac, Theirs: bc})
			out.WriteString(ac)
		}
	}
	for i := range o {
		ja, jb := inA[i], inB[i]
		if ja < pa || jb < pb {
			continue // not kept by both sides: part of a changed stretch
		}
		emit(i, ja, jb) // the stretch before this token, which both kept
		out.WriteString(o[i])
		po, pa, pb = i+1, ja+1, jb+1
	}
	emit(len(o), len(a), len(b))
	return out.String(), conflicts
}

func join(tokens []string) string { return strings.Join(tokens, "") }
