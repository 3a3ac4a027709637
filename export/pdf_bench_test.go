package export_test

import (
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/export"
	"github.com/charter-org/charter/internal/corpus"
)

// BenchmarkPDFScale writes a generated 1 MB constitution as a PDF with
// line numbers (the issue's bar: within 2 s), and an amendment of it
// changing 300 words.
func BenchmarkPDFScale(b *testing.B) {
	text := corpus.Constitution(corpus.Scales[len(corpus.Scales)-1].Bytes, 1)
	v := version(b, string(text), document.SchemeArticle)
	b.Run("version-1MB", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			if _, err := v.Export(export.PDF, export.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	a := amendmentOf(b, string(text), string(corpus.Edit(text, 300, 2)), document.SchemeArticle)
	b.Run("amendment-1MB-300-words", func(b *testing.B) {
		for b.Loop() {
			if _, err := a.Export(export.PDF, export.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
