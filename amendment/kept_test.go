package amendment

import (
	"reflect"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
)

const keptBase = `# Amendments

1. An amendment is adopted by two-thirds of the votes cast.
2. Notice is thirty days.

# Dues

1. Dues are two dollars a month.
`

// watch runs a Watch over versions given as (origin, text) after keptBase,
// with amendment 7, proposing proposed against keptBase, taken in by the
// version numbered takenAt (none when 0).
func watch(proposed string, takenAt int, versions ...step) []Loss {
	var w Watch
	w.Step("", document.Version{ID: 1, Number: 1, Origin: document.OriginImport}, keptBase, nil)
	prev := keptBase
	for i, v := range versions {
		var taken []Taken
		if i+2 == takenAt {
			taken = []Taken{{AmendmentID: 7, Base: keptBase, Proposed: proposed}}
		}
		w.Step(prev, document.Version{ID: int64(i + 2), Number: i + 2, Origin: v.origin}, v.text, taken)
		prev = v.text
	}
	return w.Losses()
}

type step = struct {
	origin document.Origin
	text   string
}

// TestMergedWordsStruckByAPublicationAreLost: the rule `charter check`
// enforces, case by case, for words an amendment put in.
func TestMergedWordsStruckByAPublicationAreLost(t *testing.T) {
	merged := strings.Replace(keptBase, "two-thirds", "a majority", 1)
	merged = strings.Replace(merged, "thirty", "sixty", 1) // another amendment, merged with it
	import_, merge := document.OriginImport, document.OriginMerge

	majority := strings.Replace(keptBase, "two-thirds", "a majority", 1)
	// A publication written from version 1 undoes the merge.
	losses := watch(majority, 2, step{merge, merged}, step{import_, strings.Replace(keptBase, "two dollars", "three dollars", 1)})
	want := []Loss{{AmendmentID: 7, TakenIn: 2, By: document.Version{ID: 3, Number: 3, Origin: import_}, Passages: []string{"a majority"}}}
	if !reflect.DeepEqual(losses, want) {
		t.Errorf("a stale publication: %+v, want %+v", losses, want)
	}

	for name, c := range map[string]struct {
		takenAt int
		steps   []step
	}{
		"a later merge strikes them":         {2, []step{{merge, merged}, {merge, strings.Replace(merged, "a majority", "three-quarters", 1)}}},
		"a ballot strikes them":              {2, []step{{merge, merged}, {document.OriginBallot, strings.Replace(merged, "a majority", "three-quarters", 1)}}},
		"a publication keeps them":           {2, []step{{merge, merged}, {import_, strings.Replace(merged, "two dollars", "three dollars", 1) + "\n# Meetings\n\n1. Monthly.\n"}}},
		"a publication moves them":           {2, []step{{merge, merged}, {import_, strings.Replace(merged, "1. An amendment is adopted by a majority of the votes cast.\n2.", "1.", 1) + "\n# Adoption\n\n1. An amendment is adopted by a majority of the votes cast.\n"}}},
		"a publication renumbers them":       {2, []step{{merge, merged}, {import_, strings.Replace(merged, "1. An amendment", "1. Amendments are proposed in writing.\n2. An amendment", 1)}}},
		"a publication rewraps them":         {2, []step{{merge, merged}, {import_, strings.Replace(merged, "by a majority of", "by a\n   majority of", 1)}}},
		"a later publication puts them back": {2, []step{{merge, merged}, {import_, keptBase}, {import_, merged}}},
		"the merge did not take them":        {2, []step{{merge, strings.Replace(keptBase, "thirty", "sixty", 1)}, {import_, keptBase}}},
		"never merged":                       {0, []step{{import_, merged}, {import_, keptBase}}},
	} {
		if losses := watch(majority, c.takenAt, c.steps...); len(losses) > 0 {
			t.Errorf("%s: %+v", name, losses)
		}
	}

	// Words it put in at a list marker's place: "2." and "3." are no words
	// of the amendment, "Officers" is.
	var w Watch
	w.Step("", document.Version{Number: 1, Origin: import_}, keptBase, nil)
	added := strings.Replace(keptBase, "2. Notice", "2. Officers are elected yearly.\n3. Officers serve two terms.\n4. Notice", 1)
	w.Step(keptBase, document.Version{Number: 2, Origin: merge}, added, []Taken{{AmendmentID: 9, Base: keptBase, Proposed: added}})
	w.Step(added, document.Version{Number: 3, Origin: import_}, keptBase, nil)
	if got := w.Losses(); len(got) != 1 || got[0].AmendmentID != 9 || !reflect.DeepEqual(got[0].Passages, []string{"Officers are elected yearly Officers serve two terms"}) {
		t.Errorf("clauses added by an amendment, dropped: %+v", got)
	}
	// Put back, renumbered, in another article.
	back := keptBase + "\n# Officers\n\n1. Officers are elected yearly.\n2. Officers serve two terms.\n"
	w.Step(keptBase, document.Version{Number: 4, Origin: import_}, back, nil)
	if got := w.Losses(); len(got) != 0 {
		t.Errorf("clauses put back: %+v", got)
	}
}

// TestWordsAMergeStruckPutBackByAPublicationAreLost: the same rule for
// words an amendment struck.
func TestWordsAMergeStruckPutBackByAPublicationAreLost(t *testing.T) {
	repeal := strings.Replace(keptBase, "2. Notice is thirty days.\n", "", 1)
	merged := strings.Replace(repeal, "two dollars", "three dollars", 1) // another amendment, merged with it
	import_, merge := document.OriginImport, document.OriginMerge

	losses := watch(repeal, 2, step{merge, merged}, step{import_, strings.Replace(keptBase, "# Dues", "# Dues and fees", 1)})
	want := []Loss{{AmendmentID: 7, TakenIn: 2, By: document.Version{ID: 3, Number: 3, Origin: import_}, Undo: PutBackItStruck, Passages: []string{"Notice is thirty days"}}}
	if !reflect.DeepEqual(losses, want) {
		t.Errorf("a stale publication: %+v, want %+v", losses, want)
	}

	for name, c := range map[string]struct {
		takenAt int
		steps   []step
	}{
		"a later merge puts them back":           {2, []step{{merge, merged}, {merge, keptBase}}},
		"a publication keeps them out":           {2, []step{{merge, merged}, {import_, merged + "\n# Meetings\n\n1. Notice is thirty days before a special meeting.\n"}}},
		"a later publication strikes them again": {2, []step{{merge, merged}, {import_, keptBase}, {import_, merged}}},
		"the merge did not take the repeal":      {2, []step{{merge, strings.Replace(keptBase, "two dollars", "three dollars", 1)}, {import_, keptBase}}},
	} {
		if losses := watch(repeal, c.takenAt, c.steps...); len(losses) > 0 {
			t.Errorf("%s: %+v", name, losses)
		}
	}
}
