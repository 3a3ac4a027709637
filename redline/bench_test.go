package redline_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/redline"
)

// largestPair is the corpus amendment with the largest base text.
func largestPair(b *testing.B) corpus.Case {
	var best corpus.Case
	for _, c := range corpus.Load(b) {
		if c.Proposed != "" && len(c.Base) > len(best.Base) {
			best = c
		}
	}
	return best
}

// megabyteDocument is ~1 MB of clauses drawn from a fixed vocabulary, so
// that words repeat as they do in a long constitution.
func megabyteDocument(seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 1))
	words := strings.Fields("member members union local shall may vote votes meeting officer officers board dues notice ballot secret two-thirds majority quorum election committee article section clause amendment right rights good standing written days thirty president treasurer")
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		if i%40 == 0 {
			fmt.Fprintf(&b, "\n## Section %d\n\n", i/40)
		}
		b.WriteString("1. ")
		for w := 0; w < 12+rng.IntN(20); w++ {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		b.WriteString("end.\n")
	}
	return b.String()
}

// scatter makes n edits spread through text: a word replaced here and there.
func scatter(text string, n int) string {
	step := len(text) / (n + 1)
	var b strings.Builder
	prev := 0
	for i := 1; i <= n; i++ {
		at := i * step
		for at < len(text) && text[at] != ' ' {
			at++
		}
		b.WriteString(text[prev:at])
		fmt.Fprintf(&b, " amended%d", i)
		prev = at
	}
	b.WriteString(text[prev:])
	return b.String()
}

func BenchmarkDiff(b *testing.B) {
	pair := largestPair(b)
	doc := megabyteDocument(1)
	cases := []struct{ name, old, new string }{
		{"corpus-largest-" + pair.ID, pair.Base, pair.Proposed},
		{"1MB-300-scattered-edits", doc, scatter(doc, 300)},
		{"1MB-unrelated", doc, megabyteDocument(2)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.old) + len(c.new)))
			for b.Loop() {
				redline.Diff(c.old, c.new)
			}
		})
	}
}

// BenchmarkReanchor10000 re-anchors 10,000 comments, spread over the
// largest corpus text, onto its amended version: one diff, then each anchor.
func BenchmarkReanchor10000(b *testing.B) {
	pair := largestPair(b)
	old, new := pair.Base, pair.Merged
	var anchors []redline.Anchor
	for i := 0; len(anchors) < 10000; i++ {
		start := (i * 7919) % (len(old) - 64)
		anchors = append(anchors, redline.NewAnchor(old, start, start+40))
	}
	b.ResetTimer()
	for b.Loop() {
		m := redline.NewMapping(old, new)
		for _, a := range anchors {
			m.Reanchor(a)
		}
	}
}
