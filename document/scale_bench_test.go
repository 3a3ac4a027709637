package document_test

import (
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
)

// BenchmarkPrepareScale parses and numbers generated constitutions of 1×,
// 4× and 16× 62.5 KB (16×: 1 MB), and keys the 16× one against its
// previous version with 300 words changed, as publishing does.
func BenchmarkPrepareScale(b *testing.B) {
	for _, s := range corpus.Scales {
		text := corpus.Constitution(s.Bytes, 1)
		b.Run(s.Name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := document.Prepare(text, document.SchemeArticle, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(s.Name+"-keyed", func(b *testing.B) {
			prev, err := document.Prepare(text, document.SchemeArticle, nil)
			if err != nil {
				b.Fatal(err)
			}
			next := corpus.Edit(text, s.Edits, 2)
			b.SetBytes(int64(len(next)))
			for b.Loop() {
				if _, err := document.Prepare(next, document.SchemeArticle, &prev.Outline); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
