package document_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
)

// Worst cases at the limits, for inputs on which goldmark is known to be
// super-linear: emphasis delimiters and link brackets filling a paragraph of
// maximal lines, lists nested to the maximum. Each starts with one numbered
// section so that the whole pipeline runs.
var worstCases = map[string]string{
	"emphasis-paragraph": fillDocument(strings.Repeat("*_", document.MaxLineBytes/2-4), "\n"),
	"links-paragraphs":   fillDocument(strings.Repeat("[a](", document.MaxBracketsPerPara-1), "\n\n"),
	"nesting":            fillDocument(nestedList(document.MaxNesting-1), "\n"),
	"tight-clauses":      fillDocument("1. A member in good standing may vote.", "\n"),
}

// fillDocument repeats unit to just under the size limit.
func fillDocument(unit, sep string) string {
	var b strings.Builder
	b.WriteString("# A\n\n1. x\n\n")
	for b.Len()+len(unit)+len(sep) < document.MaxSourceBytes {
		b.WriteString(unit)
		b.WriteString(sep)
	}
	return b.String()
}

func BenchmarkPrepare(b *testing.B) {
	texts := corpus.Texts(corpus.Load(b))
	largest := texts[0]
	for _, tx := range texts {
		if len(tx.Body) > len(largest.Body) {
			largest = tx
		}
	}
	inputs := map[string][]byte{"corpus-largest-" + largest.File: largest.Body}
	for name, text := range worstCases {
		inputs[name] = []byte(text)
	}
	for name, text := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := document.Prepare(text, document.SchemeZeroBased, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPublishKeys is the key matching a new version costs: the
// largest real bylaw against its amended text.
func BenchmarkPublishKeys(b *testing.B) {
	var base, merged string
	for _, c := range corpus.Load(b) {
		if len(c.Base) > len(base) && c.Merged != "" {
			base, merged = c.Base, c.Merged
		}
	}
	prev, err := document.Prepare([]byte(base), document.SchemeZeroBased, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(merged)))
	for b.Loop() {
		if _, err := document.Prepare([]byte(merged), document.SchemeZeroBased, &prev.Outline); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPublishKeysRewrite is the worst key matching: a maximal
// document replaced by one whose every clause differs.
func BenchmarkPublishKeysRewrite(b *testing.B) {
	doc := func(word string) []byte {
		var s strings.Builder
		s.WriteString("# A\n\n")
		for i := 0; s.Len() < document.MaxSourceBytes-64; i++ {
			fmt.Fprintf(&s, "1. Clause %d says %s.\n", i, word)
		}
		return []byte(s.String())
	}
	prev, err := document.Prepare(doc("yes"), document.SchemeDecimal, nil)
	if err != nil {
		b.Fatal(err)
	}
	next := doc("no")
	b.SetBytes(int64(len(next)))
	for b.Loop() {
		if _, err := document.Prepare(next, document.SchemeDecimal, &prev.Outline); err != nil {
			b.Fatal(err)
		}
	}
}
