package wording_test

import (
	"strings"
	"testing"

	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/wording"
)

// TestCorpusRoundTrip reads every bylaw of the corpus into clauses and
// writes it back: untouched, it is the same text byte for byte; with every
// editable clause's words changed at its start, middle and end, it reads
// back as exactly those words, with the same clauses around them.
func TestCorpusRoundTrip(t *testing.T) {
	texts := corpus.Texts(corpus.Load(t))
	checked := 0
	for _, ct := range texts {
		text := read(t, string(ct.Body))
		clauses := text.Clauses()
		same, err := text.Apply(wording.Rows(clauses))
		if err != nil {
			t.Fatalf("%s: %v", ct.File, err)
		}
		if same != string(ct.Body) {
			t.Errorf("%s %s: written back unchanged, the text differs", ct.File, ct.SHA[:8])
			continue
		}
		rows := wording.Rows(clauses)
		for i := range rows {
			if clauses[i].Editable() && clauses[i].Words != "" {
				rows[i].Words = changeWords(clauses[i].Words)
			}
		}
		changed, err := text.Apply(rows)
		if err != nil {
			t.Fatalf("%s: %v", ct.File, err)
		}
		again := read(t, changed).Clauses()
		if len(again) != len(clauses) {
			t.Errorf("%s %s: %d clauses after changing words, %d before", ct.File, ct.SHA[:8], len(again), len(clauses))
			continue
		}
		for i, c := range again {
			checked++
			want := strings.Join(strings.Fields(rows[i].Words), " ")
			if got := strings.Join(strings.Fields(c.Words), " "); c.Kind != clauses[i].Kind || got != want {
				t.Errorf("%s %s clause %d (%s %s):\n got %s %q\nwant %s %q", ct.File, ct.SHA[:8], i, clauses[i].Kind, clauses[i].Number, c.Kind, got, clauses[i].Kind, want)
			}
		}
	}
	t.Logf("%d texts, %d clauses read back", len(texts), checked)
}

// changeWords changes a clause's first word, adds one in the middle, and
// adds words with Markdown's characters at the end.
func changeWords(words string) string {
	f := strings.Fields(words)
	f[0] = "Changed"
	mid := len(f) / 2
	f = append(f[:mid], append([]string{"inserted"}, f[mid:]...)...)
	return strings.Join(f, " ") + " and *starred* [bracketed] words"
}
