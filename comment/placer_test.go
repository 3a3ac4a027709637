package comment

import (
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
)

// TestPlacerInnermost: the indexed lookup finds, at every offset of every
// text of the corpus and of a generated constitution, the section the
// pass over the whole outline finds.
func TestPlacerInnermost(t *testing.T) {
	texts := [][]byte{corpus.Constitution(100_000, 3)}
	for _, tx := range corpus.Texts(corpus.Load(t)) {
		texts = append(texts, tx.Body)
	}
	for _, text := range texts {
		for _, scheme := range []document.Scheme{document.SchemeZeroBased, document.SchemeArticle} {
			p, err := document.Prepare(text, scheme, nil)
			if err != nil {
				continue // the corpus holds a text or two only one scheme numbers
			}
			pl := NewPlacer(nil, p.Outline.Nodes, 2)
			if !pl.sorted {
				t.Errorf("an outline of %d sections is not in document order", len(p.Outline.Nodes))
			}
			for off := 0; off <= len(p.Source.Text); off += 7 {
				if got, want := pl.innermost(off), innermost(p.Outline.Nodes, off); got != want {
					t.Fatalf("offset %d: %q, want %q", off, got, want)
				}
			}
		}
	}
}
