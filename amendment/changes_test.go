package amendment

import (
	"maps"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/redline"
)

func prepare(t *testing.T, oldText, newText string, scheme document.Scheme) (*document.Parsed, *document.Parsed) {
	t.Helper()
	old, err := document.Prepare([]byte(oldText), scheme, nil)
	if err != nil {
		t.Fatal(err)
	}
	new, err := document.Prepare([]byte(newText), scheme, &old.Outline)
	if err != nil {
		t.Fatal(err)
	}
	return old, new
}

const constitution = `# Constitution

## Meetings

### Quorum

1. The quorum is fifty members.
1. No business without a quorum.

## Amendments

### Adoption

1. Adoption requires two-thirds of the votes cast.
1. Notice is given thirty days before the vote.
1. The result is published.
`

func TestChangesReadAsMotions(t *testing.T) {
	amended := `# Constitution

## Meetings

### Quorum

1. The quorum is fifty members.

## Amendments

### Adoption

1. Adoption requires a majority of the votes cast.
1. Written notice is given thirty days before the vote.
1. The result is published.
1. Online voting is allowed.

### Revision

1. A revision replaces the whole text.
`
	old, new := prepare(t, constitution, amended, document.SchemeArticle)
	got := Changes(old, new)
	want := []struct {
		form Form
		desc string
	}{
		{FormRepealSection, "Strike Article I, Section 1(b) in its entirety."},
		{FormStrikeInsert, "In Article II, Section 1(a), strike \u201ctwo-thirds\u201d and insert \u201ca majority\u201d."},
		{FormStrikeInsert, "In Article II, Section 1(b), strike \u201cNotice\u201d and insert \u201cWritten notice\u201d."},
		{FormAddSection, "Add a new Article II, Section 1(d): \u201cOnline voting is allowed.\u201d"},
		{FormAddSection, "Add a new Article II, Section 2: \u201cRevision\u201d"},
		{FormAddSection, "Add a new Article II, Section 2(a): \u201cA revision replaces the whole text.\u201d"},
	}
	if len(got) != len(want) {
		for _, c := range got {
			t.Logf("%s %s", c.Form, c.Description)
		}
		t.Fatalf("%d changes, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].Form != w.form || got[i].Description != w.desc {
			t.Errorf("change %d: %s %q\nwant %s %q", i, got[i].Form, got[i].Description, w.form, w.desc)
		}
	}
}

func TestSubstituteForManyEdits(t *testing.T) {
	base := "# C\n\n## Results\n\n1. The result is published on the board within two days.\n"
	amended := "# C\n\n## Results\n\n1. The full result is published, with the count, on the website within five days.\n"
	old, new := prepare(t, base, amended, document.SchemeArticle)
	got := Changes(old, new)
	if len(got) != 1 || got[0].Form != FormSubstitute || got[0].Description != "Substitute for Article I(a) the text shown." {
		t.Errorf("changes: %+v", got)
	}
}

// corpusAmendment is a real amendment of the corpus with its base and its
// proposed text, prepared as a version is, the proposed keyed against the
// base.
type corpusAmendment struct {
	corpus.Case
	Old, New *document.Parsed // the base and the proposed text
}

func corpusAmendments(t *testing.T) []corpusAmendment {
	var out []corpusAmendment
	for _, c := range corpus.Load(t) {
		if c.Base == "" || c.Proposed == "" {
			continue
		}
		old, new := prepare(t, c.Base, c.Proposed, document.SchemeZeroBased)
		out = append(out, corpusAmendment{c, old, new})
	}
	return out
}

// TestCorpusChanges: for every real amendment, applying the listed changes
// to the current sections gives exactly the proposed sections: the list
// names every section whose text changed, and no other.
func TestCorpusChanges(t *testing.T) {
	cases := 0
	for _, c := range corpusAmendments(t) {
		old, new := c.Old, c.New
		sections := func(p *document.Parsed) map[string]string {
			m := map[string]string{}
			for _, u := range units(p) {
				m[u.key] = u.text
			}
			return m
		}
		state, want := sections(old), sections(new)
		for _, ch := range Changes(old, new) {
			if ch.Description == "" {
				t.Errorf("%s: %s has no description", c.ID, ch.Key)
			}
			if applied, err := redline.Apply(ch.Old, ch.Ops); err != nil || applied != ch.New {
				t.Errorf("%s %s: the redline does not turn the old section into the new", c.ID, ch.Number)
			}
			switch ch.Form {
			case FormRepealSection:
				delete(state, ch.Key)
			default:
				if ch.Form != FormAddSection && state[ch.Key] != ch.Old {
					t.Errorf("%s %s: change starts from another text", c.ID, ch.Number)
				}
				if ch.Old == ch.New {
					t.Errorf("%s %s: listed but unchanged", c.ID, ch.Number)
				}
				state[ch.Key] = ch.New
			}
		}
		if !maps.Equal(state, want) {
			t.Errorf("%s: applying the changes does not give the proposed sections", c.ID)
		}
		cases++
	}
	if cases < 20 {
		t.Errorf("only %d cases", cases)
	}
}
