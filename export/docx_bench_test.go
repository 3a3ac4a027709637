package export_test

import (
	"testing"

	"github.com/charter-org/charter/export"
	"github.com/charter-org/charter/intake"
	"github.com/charter-org/charter/internal/corpus"
)

// BenchmarkDocxAmendment writes an amendment of a generated 1 MB
// constitution with 300 scattered edits as a Word file with tracked
// changes (the comparison is made once, as the site caches it); and reads
// the 1 MB version back as a Word import does.
func BenchmarkDocxAmendment(b *testing.B) {
	s := corpus.Scales[len(corpus.Scales)-1]
	base := corpus.Constitution(s.Bytes, 1)
	a := corpusAmendment(b, "#1", base, corpus.Edit(base, s.Edits, 2))
	b.Run("export-"+s.Name, func(b *testing.B) {
		b.SetBytes(int64(len(base)))
		for b.Loop() {
			if _, err := a.Export(export.DOCX, export.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	f, err := a.Export(export.DOCX, export.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("import-"+s.Name, func(b *testing.B) {
		b.SetBytes(int64(len(f.Body)))
		for b.Loop() {
			if _, err := intake.ReadDocx(f.Body); err != nil {
				b.Fatal(err)
			}
		}
	})
}
