package render_test

import (
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/render"
)

// BenchmarkDocument renders the largest real bylaw: once from its text, and
// again from the cache that serves every later reader of that version.
func BenchmarkDocument(b *testing.B) {
	texts := corpus.Texts(corpus.Load(b))
	largest := texts[0]
	for _, tx := range texts {
		if len(tx.Body) > len(largest.Body) {
			largest = tx
		}
	}
	p, err := document.Prepare(largest.Body, document.SchemeZeroBased, nil)
	if err != nil {
		b.Fatal(err)
	}
	keys := make([]string, len(p.Outline.Nodes))
	for i, n := range p.Outline.Nodes {
		keys[i] = n.Key
	}
	b.Run("uncached", func(b *testing.B) {
		b.SetBytes(int64(len(p.Source.Text)))
		for b.Loop() {
			if _, err := render.Document(p.Source.Text, document.SchemeZeroBased, keys, ""); err != nil {
				b.Fatal(err)
			}
		}
	})
}
