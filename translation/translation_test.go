package translation_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/translation"
)

func parse(t *testing.T, text string, scheme document.Scheme) *document.Parsed {
	t.Helper()
	p, err := document.Prepare([]byte(text), scheme, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// fakeTranslation changes every word and keeps the Markdown: what a
// translator does to a section's words.
func fakeTranslation(body string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsLower(r):
			return unicode.ToUpper(r)
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		}
		return r
	}, body)
}

const bylaws = `# Bylaws of Local 7

## Membership {#members}

Members are those who pay dues.

1. Dues are $5 a month,
   paid at the first meeting.
2. A member two months behind is not in good standing.
   1. An officer may waive it.

## Meetings

The membership meets monthly.
`

func TestSegmentsAreEachSectionsOwnWords(t *testing.T) {
	p := parse(t, bylaws, document.SchemeArticle)
	segs := translation.Segments(bylaws, p.Outline.Nodes)
	want := []struct{ prefix, body string }{
		{"## ", "Membership\n\nMembers are those who pay dues."},
		{"1. ", "Dues are $5 a month,\npaid at the first meeting."},
		{"2. ", "A member two months behind is not in good standing."},
		{"   1. ", "An officer may waive it."},
		{"## ", "Meetings\n\nThe membership meets monthly."},
	}
	if len(segs) != len(want) {
		t.Fatalf("%d segments, want %d: %+v", len(segs), len(want), segs)
	}
	for i, w := range want {
		if segs[i].Prefix != w.prefix || segs[i].Body != w.body {
			t.Errorf("segment %d: prefix %q body %q, want %q %q", i, segs[i].Prefix, segs[i].Body, w.prefix, w.body)
		}
	}
	// A clause renumbered keeps its hash: its words are its body.
	moved := strings.Replace(bylaws, "1. Dues are", "1. Fees are fixed.\n2. Dues are", 1)
	moved = strings.Replace(moved, "2. A member two", "3. A member two", 1)
	q := parse(t, moved, document.SchemeArticle)
	after := translation.Segments(moved, q.Outline.Nodes)
	if after[2].Hash() != segs[1].Hash() || after[3].Hash() != segs[2].Hash() {
		t.Errorf("renumbered clauses changed hash")
	}
}

func TestAssembledTranslationKeepsTheOutline(t *testing.T) {
	p := parse(t, bylaws, document.SchemeArticle)
	segs := translation.Segments(bylaws, p.Outline.Nodes)
	bodies := map[string]string{}
	for _, s := range segs {
		bodies[s.Key] = fakeTranslation(s.Body)
	}
	whole := translation.Assemble(bylaws, segs, bodies)
	if !strings.Contains(whole, "1. dUES ARE $5 A MONTH,\n   PAID AT") || !strings.Contains(whole, "   1. aN OFFICER") {
		t.Errorf("assembled:\n%s", whole)
	}
	q := parse(t, whole, document.SchemeArticle)
	for i, n := range q.Outline.Nodes {
		if n.Number != p.Outline.Nodes[i].Number {
			t.Errorf("section %d numbered %q, official %q", i, n.Number, p.Outline.Nodes[i].Number)
		}
	}
	// A translation that makes another section is refused.
	for _, bad := range []string{"Dues are $5.\n\n1. A new sub-clause", "Dues.\n\n## A new article"} {
		_, err := translation.Check(bylaws, document.SchemeArticle, p.Outline.Nodes, segs, segs[1].Key, bad)
		if charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("a translation %q that restructures was taken: %v", bad, err)
		}
	}
	for _, bad := range []string{"Cuotas ![](https://tracker.example/x.png)", "Cuotas <img src=x>", "Cuotas\n\n```\nopen"} {
		if _, err := translation.Check(bylaws, document.SchemeArticle, p.Outline.Nodes, segs, segs[1].Key, bad); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("a translation %q: %v", bad, err)
		}
	}
	if _, err := translation.Check(bylaws, document.SchemeArticle, p.Outline.Nodes, segs, segs[0].Key, "Afiliación\n\nSon miembros quienes pagan cuotas."); err != nil {
		t.Errorf("a heading, its attributes kept: %v", err)
	}
	if whole := translation.Assemble(bylaws, segs, map[string]string{segs[0].Key: "Afiliación\n\nSon miembros."}); !strings.Contains(whole, "## Afiliación {#members}\n\nSon miembros.\n") {
		t.Errorf("the heading's attributes were not kept:\n%s", whole)
	}
	if _, err := translation.Check(bylaws, document.SchemeArticle, p.Outline.Nodes, segs, segs[1].Key, "Las cuotas son 5 $ al mes,\npagadas en la primera reunión."); err != nil {
		t.Errorf("a plain translation: %v", err)
	}
}

// TestEveryCorpusSectionCanBeTranslated: in every text of the corpus, each
// section's own words, translated (here: their letters' case swapped), put
// back, leave the outline as it was: numbers, kinds and depths.
func TestEveryCorpusSectionCanBeTranslated(t *testing.T) {
	texts := corpus.Texts(corpus.Load(t))
	sections := 0
	for _, tx := range texts {
		p, err := document.Prepare(tx.Body, document.SchemeZeroBased, nil)
		if err != nil {
			continue // texts the document pipeline refuses are its tests' business
		}
		text := string(p.Source.Text)
		segs := translation.Segments(text, p.Outline.Nodes)
		bodies := map[string]string{}
		for _, s := range segs {
			bodies[s.Key] = fakeTranslation(s.Body)
		}
		same := translation.Assemble(text, segs, nil)
		if same != text {
			t.Fatalf("%s: assembling nothing changed the text", tx.File)
		}
		q, err := document.Prepare([]byte(translation.Assemble(text, segs, bodies)), document.SchemeZeroBased, nil)
		if err != nil {
			t.Fatalf("%s: translated text: %v", tx.File, err)
		}
		if len(q.Outline.Nodes) != len(p.Outline.Nodes) {
			t.Fatalf("%s: %d sections translated, %d official", tx.File, len(q.Outline.Nodes), len(p.Outline.Nodes))
		}
		for i, n := range q.Outline.Nodes {
			o := p.Outline.Nodes[i]
			if n.Number != o.Number || n.Kind != o.Kind || n.Depth != o.Depth {
				t.Errorf("%s: section %d %s became %s", tx.File, i, o.Number, n.Number)
			}
		}
		sections += len(segs)
	}
	t.Logf("%d sections of %d texts translated", sections, len(texts))
}

func TestAlign(t *testing.T) {
	p := parse(t, bylaws, document.SchemeArticle)
	segs := translation.Segments(bylaws, p.Outline.Nodes)
	ts := []translation.Translation{
		{ID: 1, Key: segs[0].Key, SourceSHA256: translation.Hash("earlier words"), Body: "viejo"},
		{ID: 2, Key: segs[1].Key, SourceSHA256: segs[1].Hash(), Body: "cuotas"},
		{ID: 3, Key: "another-key", SourceSHA256: segs[2].Hash(), Body: "miembro"},
	}
	secs := translation.Align(segs, p.Outline.Nodes, ts, 0)
	want := []translation.Status{translation.Outdated, translation.Current, translation.Current, translation.Missing, translation.Missing}
	for i, w := range want {
		if secs[i].Status != w {
			t.Errorf("section %d: %s, want %s", i, secs[i].Status, w)
		}
	}
	if c := translation.Tally(secs); c != (translation.Count{Current: 2, Outdated: 1, Missing: 2}) {
		t.Errorf("tally %+v", c)
	}
	// An amendment's translation of words it wrote is no earlier wording
	// of the version's section, but it is on the amendment's own pages.
	ts[0].AmendmentID = 7
	if s := translation.Align(segs, p.Outline.Nodes, ts, 0)[0]; s.Status != translation.Missing {
		t.Errorf("an amendment's translation shown as the version's earlier wording: %s", s.Status)
	}
	if s := translation.Align(segs, p.Outline.Nodes, ts, 7)[0]; s.Status != translation.Outdated {
		t.Errorf("on its own amendment's page: %s", s.Status)
	}
}
