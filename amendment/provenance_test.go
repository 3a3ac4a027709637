package amendment

import (
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
)

// TestProvenanceOfARatifiedDraft: a committee's draft takes in amendment
// #7, and a ballot then adopts the whole draft. The amended clause names
// both; an untouched clause is adopted by the ballot too, since the members
// voted on the whole text; an amendment adopted alone by a later ballot
// names that ballot only for what it changed.
func TestProvenanceOfARatifiedDraft(t *testing.T) {
	const v1 = "# Meetings\n\n## General\n\n1. Held every three months.\n\n## Notice\n\n1. Posted thirty days before.\n\n## Quorum\n\n1. Fifty members.\n"
	v2 := strings.Replace(v1, "three months", "two months", 1)
	v4 := strings.Replace(v2, "Fifty", "Forty", 1)
	var chain []Step
	var prev *document.Parsed
	for i, c := range []struct {
		text          string
		origin        document.Origin
		ballot        int64
		contributions []Contribution
	}{
		{v1, document.OriginImport, 0, nil},
		{v2, document.OriginMerge, 0, []Contribution{{AmendmentID: 7, SponsorID: 3, Keys: nil}}},
		{v2, document.OriginBallot, 1, nil},
		{v4, document.OriginBallot, 2, []Contribution{{AmendmentID: 9, SponsorID: 4}}},
	} {
		var old *document.Outline
		if prev != nil {
			old = &prev.Outline
		}
		p, err := document.Prepare([]byte(c.text), document.SchemeArticle, old)
		if err != nil {
			t.Fatal(err)
		}
		chain = append(chain, Step{Version: document.Version{ID: int64(10 + i), Number: i + 1, Origin: c.origin, BallotID: c.ballot}, Text: p, Contributions: c.contributions})
		prev = p
	}
	key := func(number string) string {
		n, ok := prev.Outline.Lookup(number)
		if !ok {
			t.Fatalf("no %s", number)
		}
		return n.Key
	}
	general, notice, quorum := key("Article I(a)"), key("Article II(a)"), key("Article III(a)")
	chain[1].Contributions[0].Keys = []string{general}
	chain[3].Contributions[0].Keys = []string{quorum}
	got := Provenance(chain)
	if s := got[general]; s.AmendmentID != 7 || s.VersionNumber != 2 || s.BallotID != 1 {
		t.Errorf("the amended clause: %+v, want amendment 7 in version 2, adopted by ballot 1", s)
	}
	if s := got[notice]; s.Origin != document.OriginImport || s.BallotID != 1 {
		t.Errorf("an untouched clause of the ratified draft: %+v, want imported, adopted by ballot 1", s)
	}
	if s := got[quorum]; s.AmendmentID != 9 || s.BallotID != 2 {
		t.Errorf("the clause a later amendment changed: %+v, want amendment 9, ballot 2", s)
	}
}
