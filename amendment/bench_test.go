package amendment_test

import (
	"testing"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
)

// BenchmarkCompare derives an amendment's changes from its full text, as
// its page and its notice do: the proposed text keyed against its base and
// each changed section described in the Robert's Rules form. On the largest
// real amendment of the corpus, and on generated constitutions of 1×, 4×
// and 16× 62.5 KB with 19, 75 and 300 words changed.
func BenchmarkCompare(b *testing.B) {
	type pair struct {
		name     string
		old, new []byte
		scheme   document.Scheme
	}
	id, base, proposed, err := corpus.LargestAmendment()
	if err != nil {
		b.Skip(err)
	}
	pairs := []pair{{"corpus-largest-" + id, base, proposed, document.SchemeZeroBased}}
	for _, s := range corpus.Scales {
		text := corpus.Constitution(s.Bytes, 1)
		pairs = append(pairs, pair{s.Name, text, corpus.Edit(text, s.Edits, 2), document.SchemeArticle})
	}
	for _, p := range pairs {
		old, err := document.Prepare(p.old, p.scheme, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(p.new)))
			for b.Loop() {
				cmp, err := amendment.Compare(old, p.new)
				if err != nil || len(cmp.Changes) == 0 {
					b.Fatal(cmp, err)
				}
			}
		})
	}
}

// BenchmarkCheckScope checks a floor amendment against the notice, as a
// meeting's page does when one is moved: the notice is the largest real
// amendment of the corpus, or 19, 75 and 300 words changed in generated
// constitutions of 1×, 4× and 16× 62.5 KB; the floor amendment changes as
// many words again, within the notice's text.
func BenchmarkCheckScope(b *testing.B) {
	type notice struct {
		name            string
		before, noticed []byte
		edits           int
		scheme          document.Scheme
	}
	id, base, proposed, err := corpus.LargestAmendment()
	if err != nil {
		b.Skip(err)
	}
	notices := []notice{{"corpus-largest-" + id, base, proposed, 20, document.SchemeZeroBased}}
	for _, s := range corpus.Scales {
		text := corpus.Constitution(s.Bytes, 1)
		notices = append(notices, notice{s.Name, text, corpus.Edit(text, s.Edits, 2), s.Edits, document.SchemeArticle})
	}
	for _, n := range notices {
		var texts [3]*document.Parsed
		for i, raw := range [][]byte{n.before, n.noticed, corpus.Edit(n.noticed, n.edits, 3)} {
			if texts[i], err = document.Prepare(raw, n.scheme, nil); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(n.name, func(b *testing.B) {
			b.SetBytes(int64(len(n.noticed)))
			for b.Loop() {
				if s := amendment.CheckScope(texts[0], texts[1], texts[2], false); len(s.Findings) == 0 {
					b.Fatal("no findings")
				}
			}
		})
	}
}
