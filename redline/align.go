package redline

import (
	"github.com/sergi/go-diff/diffmatchpatch"
)

// maxDiffCells bounds where go-diff's Myers algorithm runs without a
// timeout: a gap of n old and m new nodes costs up to about n·m steps.
const maxDiffCells = 1 << 20

// Align returns, for each element of b, the index of the element of a it is
// aligned with as equal, or -1; the aligned pairs increase in both. It is
// deterministic and bounded: common ends are trimmed, elements unique to
// both sides anchor the alignment (their longest increasing run, as in
// patience diff), the gaps between anchors are aligned the same way, and
// go-diff aligns what is left only where a gap is small.
func Align(a, b []string) []int {
	match := make([]int, len(b))
	for j := range match {
		match[j] = -1
	}
	var rec func(alo, ahi, blo, bhi int)
	rec = func(alo, ahi, blo, bhi int) {
		for alo < ahi && blo < bhi && a[alo] == b[blo] {
			match[blo] = alo
			alo, blo = alo+1, blo+1
		}
		for alo < ahi && blo < bhi && a[ahi-1] == b[bhi-1] {
			match[bhi-1] = ahi - 1
			ahi, bhi = ahi-1, bhi-1
		}
		if alo == ahi || blo == bhi {
			return
		}
		anchors := uniqueAnchors(a[alo:ahi], b[blo:bhi])
		if len(anchors) == 0 {
			if (ahi-alo)*(bhi-blo) <= maxDiffCells {
				myers(a[alo:ahi], b[blo:bhi], alo, blo, match)
			}
			return
		}
		pa, pb := alo, blo
		for _, p := range anchors {
			rec(pa, alo+p[0], pb, blo+p[1])
			match[blo+p[1]] = alo + p[0]
			pa, pb = alo+p[0]+1, blo+p[1]+1
		}
		rec(pa, ahi, pb, bhi)
	}
	rec(0, len(a), 0, len(b))
	return match
}

// uniqueAnchors pairs the elements that occur exactly once in a and once in
// b, keeping the longest run of pairs increasing in both.
func uniqueAnchors(a, b []string) [][2]int {
	// One map entry per distinct element of a, sized once: three maps
	// growing as they filled were half of a redline of 1 MB.
	type occurrences struct{ inA, inB, posA int }
	index := make(map[string]int, len(a))
	var occ []occurrences
	for i, s := range a {
		k, ok := index[s]
		if !ok {
			k = len(occ)
			index[s] = k
			occ = append(occ, occurrences{})
		}
		occ[k].inA++
		occ[k].posA = i
	}
	inB := make([]int, len(b)) // each element of b's entry, or -1
	for j, s := range b {
		k, ok := index[s]
		if !ok {
			inB[j] = -1
			continue
		}
		inB[j] = k
		occ[k].inB++
	}
	var pairs [][2]int // in order of b
	for j, k := range inB {
		if k >= 0 && occ[k].inA == 1 && occ[k].inB == 1 {
			pairs = append(pairs, [2]int{occ[k].posA, j})
		}
	}
	return longestIncreasing(pairs)
}

// longestIncreasing keeps the longest subsequence of pairs whose first
// elements increase (their second elements already do): patience sorting.
func longestIncreasing(pairs [][2]int) [][2]int {
	if len(pairs) == 0 {
		return nil
	}
	tails := []int{}                // index into pairs of the smallest tail of each length
	prev := make([]int, len(pairs)) // predecessor in the best run ending here
	for k, p := range pairs {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if pairs[tails[mid]][0] < p[0] {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		prev[k] = -1
		if lo > 0 {
			prev[k] = tails[lo-1]
		}
		if lo == len(tails) {
			tails = append(tails, k)
		} else {
			tails[lo] = k
		}
	}
	out := make([][2]int, len(tails))
	for k, i := tails[len(tails)-1], len(tails)-1; i >= 0; k, i = prev[k], i-1 {
		out[i] = pairs[k]
	}
	return out
}

// myers aligns a small gap with go-diff, each element encoded as one rune.
func myers(a, b []string, aOffset, bOffset int, match []int) {
	codes := map[string]rune{}
	encode := func(xs []string) []rune {
		rs := make([]rune, len(xs))
		for i, x := range xs {
			r, ok := codes[x]
			if !ok {
				r = rune(0x10000 + len(codes)) // beyond the BMP: never a real character here
				codes[x] = r
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // the gap is small; the answer must not depend on load
	i, j := 0, 0
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			for k := 0; k < n; k++ {
				match[bOffset+j+k] = aOffset + i + k
			}
			i, j = i+n, j+n
		case diffmatchpatch.DiffDelete:
			i += n
		case diffmatchpatch.DiffInsert:
			j += n
		}
	}
}
