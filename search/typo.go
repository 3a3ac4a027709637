package search

import "unicode/utf8"

// Term is a word of the index and how many entries hold it.
type Term struct {
	Word    string
	Entries int
}

// Correction is a query word that matched nothing, and the word searched
// for in its place.
type Correction struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// MaxDistance is how far a query word may be from the word it is
// corrected to: none under four letters (too many words lie one letter
// from a short one), one up to five letters, two from six.
func MaxDistance(word string) int {
	switch n := utf8.RuneCountInString(word); {
	case n < 4:
		return 0
	case n < 6:
		return 1
	}
	return 2
}

// Distance is the number of edits (a letter inserted, deleted, replaced,
// or two neighbours swapped) that turn a into b, counted up to limit:
// anything further is limit+1. "qourum" is one swap from "quorum".
func Distance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	// Three rows of the edit-distance table: two back, one back, current.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], limit+1)
}

// Nearest is the term closest to word within MaxDistance: the fewest
// edits, then the word found in the most entries, then the first in
// alphabetical order, so that the same vocabulary always gives the same
// answer. It reports false when none is near enough.
func Nearest(word string, terms []Term) (string, bool) {
	limit := MaxDistance(word)
	if limit == 0 {
		return "", false
	}
	var best Term
	bestDist := limit + 1
	for _, t := range terms {
		if t.Word == word {
			continue
		}
		d := Distance(word, t.Word, limit)
		if d > limit {
			continue
		}
		if d < bestDist || d == bestDist && (t.Entries > best.Entries || t.Entries == best.Entries && t.Word < best.Word) {
			best, bestDist = t, d
		}
	}
	return best.Word, bestDist <= limit
}
