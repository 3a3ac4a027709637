package document

import (
	"crypto/sha256"
	"encoding/base32"
	"strconv"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// AssignKeys gives every node of o a key. A node that persists from prev (the
// previous version's outline, nil for a first version) keeps its key even when
// its number changes; new nodes get fresh keys derived from salt (the new
// version's hash) and their place, so the same input always gives the same
// keys and a new section never inherits a removed one's key.
//
// Matching, in order of confidence:
//  1. the node sequences are aligned by go-diff over node fingerprints (kind,
//     depth, own words): equal runs keep their keys;
//  2. inside each changed run, nodes of the same kind are paired in order
//     when their words are similar enough (an edited clause);
//  3. a node still unmatched whose fingerprint is unique on both sides keeps
//     the key (a moved section).
func AssignKeys(o *Outline, prev *Outline, salt string) {
	for i := range o.Nodes {
		o.Nodes[i].Key = ""
	}
	matched := make([]int, len(o.Nodes)) // index into prev.Nodes, or -1
	for i := range matched {
		matched[i] = -1
	}
	if prev != nil && len(prev.Nodes) > 0 {
		matchNodes(prev.Nodes, o.Nodes, matched)
	}
	used := map[string]bool{}
	for i, m := range matched {
		if m >= 0 && prev.Nodes[m].Key != "" && !used[prev.Nodes[m].Key] {
			o.Nodes[i].Key = prev.Nodes[m].Key
			used[o.Nodes[i].Key] = true
		}
	}
	if prev != nil {
		for _, n := range prev.Nodes {
			used[n.Key] = true // never reuse a key that stood for something else
		}
	}
	for i := range o.Nodes {
		if o.Nodes[i].Key == "" {
			o.Nodes[i].Key = freshKey(salt, o.Nodes[i].Number, i, used)
			used[o.Nodes[i].Key] = true
		}
	}
}

func fingerprint(n Node) string {
	return string(n.Kind) + "\x00" + strconv.Itoa(n.Depth) + "\x00" + normalizeWords(n.Text)
}

func matchNodes(old, cur []Node, matched []int) {
	a, b := make([]string, len(old)), make([]string, len(cur))
	for i, n := range old {
		a[i] = fingerprint(n)
	}
	for j, n := range cur {
		b[j] = fingerprint(n)
	}
	copy(matched, align(a, b))
	oldUsed := make([]bool, len(old))
	for _, m := range matched {
		if m >= 0 {
			oldUsed[m] = true
		}
	}
	// Between two aligned nodes lies a changed run: what was removed there
	// and what was added there may be the same clauses, edited.
	prevOld := -1
	var ins []int
	for j := 0; j <= len(cur); j++ {
		if j < len(cur) && matched[j] < 0 {
			ins = append(ins, j)
			continue
		}
		nextOld := len(old)
		if j < len(cur) {
			nextOld = matched[j]
		}
		var dels []int
		for i := prevOld + 1; i < nextOld; i++ {
			if !oldUsed[i] {
				dels = append(dels, i)
			}
		}
		pairSimilar(old, cur, dels, ins, matched, oldUsed)
		ins = ins[:0]
		prevOld = nextOld
	}
	matchMoved(old, cur, matched, oldUsed)
}

// maxDiffCells bounds where go-diff's Myers algorithm runs without a
// timeout: a gap of n old and m new nodes costs up to about n·m steps.
const maxDiffCells = 1 << 20

// align returns, for each element of b, the index of the element of a it is
// aligned with as equal, or -1; the aligned pairs increase in both. It is
// deterministic and bounded: common ends are trimmed, elements unique to
// both sides anchor the alignment (their longest increasing run, as in
// patience diff), the gaps between anchors are aligned the same way, and
// go-diff aligns what is left only where a gap is small.
func align(a, b []string) []int {
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
	countA, countB := map[string]int{}, map[string]int{}
	posA := map[string]int{}
	for i, s := range a {
		countA[s]++
		posA[s] = i
	}
	for _, s := range b {
		countB[s]++
	}
	var pairs [][2]int // in order of b
	for j, s := range b {
		if countA[s] == 1 && countB[s] == 1 {
			pairs = append(pairs, [2]int{posA[s], j})
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

// minSimilarity is the share of words two versions of a clause must have in
// common to count as the same clause edited rather than one removed and
// another added.
const minSimilarity = 0.5

// pairWindow bounds how far ahead in a changed run an added node looks for
// the removed node it may be an edit of, so that pairing stays linear.
const pairWindow = 32

// pairSimilar pairs removed and added nodes of one changed run, in order.
func pairSimilar(old, cur []Node, dels, ins []int, matched []int, oldUsed []bool) {
	next := 0
	for _, j := range ins {
		best, bestScore := -1, minSimilarity
		for k := next; k < len(dels) && k < next+pairWindow; k++ {
			o := old[dels[k]]
			if o.Kind != cur[j].Kind {
				continue
			}
			if s := similarity(o.Text, cur[j].Text); s >= bestScore {
				if s > bestScore || best < 0 {
					best, bestScore = k, s
				}
			}
		}
		if best >= 0 {
			matched[j] = dels[best]
			oldUsed[dels[best]] = true
			next = best + 1
		}
	}
}

// matchMoved keeps the key of a node that moved elsewhere unchanged.
func matchMoved(old, cur []Node, matched []int, oldUsed []bool) {
	count := map[string]int{}
	where := map[string]int{}
	for k, n := range old {
		if !oldUsed[k] {
			fp := fingerprint(n)
			count[fp]++
			where[fp] = k
		}
	}
	curCount := map[string]int{}
	for j, n := range cur {
		if matched[j] < 0 {
			curCount[fingerprint(n)]++
		}
	}
	for j, n := range cur {
		fp := fingerprint(n)
		if matched[j] < 0 && count[fp] == 1 && curCount[fp] == 1 && normalizeWords(n.Text) != "" {
			matched[j] = where[fp]
			oldUsed[where[fp]] = true
		}
	}
}

// similarity is the Dice coefficient of the two texts' word multisets.
func similarity(a, b string) float64 {
	wa, wb := strings.Fields(normalizeWords(a)), strings.Fields(normalizeWords(b))
	if len(wa)+len(wb) == 0 {
		return 1
	}
	counts := map[string]int{}
	for _, w := range wa {
		counts[w]++
	}
	common := 0
	for _, w := range wb {
		if counts[w] > 0 {
			counts[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}

func normalizeWords(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

var keyEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// freshKey derives a new key from the version's salt and the node's place;
// it starts with a letter so that it is a valid HTML id and CSS selector.
func freshKey(salt, number string, index int, used map[string]bool) string {
	for attempt := 0; ; attempt++ {
		sum := sha256.Sum256([]byte(salt + "\x00" + number + "\x00" + strconv.Itoa(index) + "\x00" + strconv.Itoa(attempt)))
		key := "s" + keyEncoding.EncodeToString(sum[:5])
		if !used[key] {
			return key
		}
	}
}
