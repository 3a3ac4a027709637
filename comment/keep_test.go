package comment

import (
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
)

// TestPassageStaysOnItsSection: a passage quoted on a section stays on that
// section when a new version changes it, indexed or not; it moves to the
// innermost section holding it only when its section no longer does.
func TestPassageStaysOnItsSection(t *testing.T) {
	const v1 = "# C\n\n## Name\n\n### Office\n\n1. The union is Local 1.\n1. Its office is in the city.\n\n### Seal\n\n1. The seal is round.\n"
	v2 := strings.Replace(v1, "in the city", "in the town", 1)
	old, err := document.Prepare([]byte(v1), document.SchemeArticle, nil)
	if err != nil {
		t.Fatal(err)
	}
	next, err := document.Prepare([]byte(v2), document.SchemeArticle, &old.Outline)
	if err != nil {
		t.Fatal(err)
	}
	key := map[string]string{}
	for _, n := range old.Outline.Nodes {
		key[n.Number] = n.Key
	}
	quote := func(section, words string) Placement {
		at := strings.Index(v1, words)
		a := redline.NewAnchor(v1, at, at+len(words))
		return Placement{VersionID: 1, SectionKey: key[section], Anchor: &a, Fate: redline.Kept}
	}
	m := redline.NewMapping(v1, v2)
	for name, pl := range map[string]*Placer{"indexed": NewPlacer(m, next.Outline.Nodes, 2), "one": {m: m, next: next.Outline.Nodes, versionID: 2}} {
		for _, tc := range []struct{ section, words, want string }{
			{"Article I, Section 1", "Its office is in the city", "Article I, Section 1"},
			{"Article I", "Its office is in the city", "Article I"},
			{"Article I, Section 1(b)", "Its office is in the city", "Article I, Section 1(b)"},
			// A passage a section no longer holds goes where it now stands.
			{"Article I, Section 2", "Its office is in the city", "Article I, Section 1(b)"},
		} {
			got := pl.Place(quote(tc.section, tc.words))
			if got.SectionKey != key[tc.want] || got.Fate != redline.Changed {
				t.Errorf("%s: on %s, placed on %q (%s), want %s", name, tc.section, got.SectionKey, got.Fate, tc.want)
			}
		}
	}
}
