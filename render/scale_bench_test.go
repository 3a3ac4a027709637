package render_test

import (
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/render"
)

// BenchmarkDocumentScale renders generated constitutions of 1×, 4× and 16×
// 62.5 KB from their text (16×: 1 MB), as the first reader of a version
// makes it happen.
func BenchmarkDocumentScale(b *testing.B) {
	for _, s := range corpus.Scales {
		text := corpus.Constitution(s.Bytes, 1)
		p, err := document.Prepare(text, document.SchemeArticle, nil)
		if err != nil {
			b.Fatal(err)
		}
		keys := make([]string, len(p.Outline.Nodes))
		for i, n := range p.Outline.Nodes {
			keys[i] = n.Key
		}
		b.Run(s.Name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := render.Document(text, document.SchemeArticle, keys, "/documents/c/sections/"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
