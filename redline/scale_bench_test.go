package redline_test

import (
	"testing"

	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/redline"
)

// BenchmarkDiffScale redlines generated constitutions of 1×, 4× and 16×
// 62.5 KB against themselves with 19, 75 and 300 words changed (16×: the
// 1 MB constitution with 300 edits of the targets).
func BenchmarkDiffScale(b *testing.B) {
	for _, s := range corpus.Scales {
		old := string(corpus.Constitution(s.Bytes, 1))
		new := string(corpus.Edit([]byte(old), s.Edits, 2))
		b.Run(s.Name, func(b *testing.B) {
			b.SetBytes(int64(len(old) + len(new)))
			for b.Loop() {
				redline.Diff(old, new)
			}
		})
	}
}

// BenchmarkRebase rebases an amendment onto a draft that moved: the
// largest real concurrent case of the corpus (its base, the mainline it
// was merged onto, its proposal), and generated constitutions of 1×, 4×
// and 16× where the draft and the amendment each changed words of their
// own. Each operation aligns base and draft and merges one amendment, as
// one rebase does; a merge rebasing many pending amendments aligns base and
// draft once (NewMerger).
func BenchmarkRebase(b *testing.B) {
	var c corpus.Case
	for _, x := range corpus.Load(b) {
		if x.Concurrent && x.Proposed != "" && len(x.Base) > len(c.Base) {
			c = x
		}
	}
	type pair struct{ name, base, ours, theirs string }
	pairs := []pair{{"corpus-largest-concurrent-" + c.ID, c.Base, c.Mainline, c.Proposed}}
	for _, s := range corpus.Scales {
		base := corpus.Constitution(s.Bytes, 1)
		pairs = append(pairs, pair{s.Name, string(base), string(corpus.Edit(base, s.Edits, 2)), string(corpus.Edit(base, s.Edits+1, 3))})
	}
	for _, p := range pairs {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(p.base)))
			for b.Loop() {
				redline.NewMerger(p.base, p.ours).Merge(p.theirs)
			}
		})
	}
}
