package document

import (
	"crypto/sha256"
	"encoding/base32"
	"strconv"
	"strings"

	"github.com/charter-org/charter/redline"
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
	copy(matched, redline.Align(a, b))
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

// minSimilarity is the share of words two versions of a clause must have in
// common to count as the same clause edited rather than one removed and
// another added.
const minSimilarity = 0.5

// pairWindow bounds how far ahead in a changed run an added node looks for
// the removed node it may be an edit of, so that pairing stays linear.
const pairWindow = 32

// pairSimilar pairs removed and added nodes of one changed run, in order.
// One node out and one in, of the same kind and depth, between the same
// unchanged neighbours, is that section rewritten in place, whatever the
// words: a substitute, in parliamentary terms, not a repeal and an addition.
func pairSimilar(old, cur []Node, dels, ins []int, matched []int, oldUsed []bool) {
	if len(dels) == 1 && len(ins) == 1 && old[dels[0]].Kind == cur[ins[0]].Kind && old[dels[0]].Depth == cur[ins[0]].Depth {
		matched[ins[0]] = dels[0]
		oldUsed[dels[0]] = true
		return
	}
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
