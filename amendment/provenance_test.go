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
	chain, prev := buildChain(t, []stepSpec{
		{text: v1, origin: document.OriginImport},
		{text: v2, origin: document.OriginMerge, contributions: []Contribution{{AmendmentID: 7, SponsorID: 3, Keys: nil}}},
		{text: v2, origin: document.OriginBallot, ballot: 1},
		{text: v4, origin: document.OriginBallot, ballot: 2, contributions: []Contribution{{AmendmentID: 9, SponsorID: 4}}},
	})
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

// TestProvenanceThroughAClericalChange: amendment #9, adopted by ballot 2,
// rewords a clause and adds an article that leaves the clause citing the
// wrong one; a clerical change authorised by ballot 2 then sets the
// citation right. The clause still owes its wording to amendment #9 and
// ballot 2, with the clerical change noted; its history lists the clerical
// change as such.
func TestProvenanceThroughAClericalChange(t *testing.T) {
	const v1 = "# Dues\n\n## Amount\n\n1. Dues are set under Article II, Section 1.\n\n# Meetings\n\n## Notice\n\n1. Posted thirty days before.\n"
	v2 := strings.Replace(v1, "Dues are set", "Dues are set by the members", 1)
	v2 = strings.Replace(v2, "# Meetings", "# Stewards\n\n## Election\n\n1. Each shop elects a steward.\n\n# Meetings", 1)
	v3 := strings.Replace(v2, "Article II, Section 1", "Article III, Section 1", 1)
	chain, prev := buildChain(t, []stepSpec{
		{text: v1, origin: document.OriginImport},
		{text: v2, origin: document.OriginBallot, ballot: 2},
		{text: v3, origin: document.OriginClerical, authorisedBy: 2},
	})
	if err := CheckClerical(chain[1].Text, chain[2].Text); err != nil {
		t.Fatalf("the clerical change is refused: %v", err)
	}
	amount, _ := prev.Outline.Lookup("Article I, Section 1(a)")
	notice, _ := prev.Outline.Lookup("Article III, Section 1(a)")
	chain[1].Contributions = []Contribution{{AmendmentID: 9, SponsorID: 4, Keys: []string{amount.Key}}}
	got := Provenance(chain)
	s := got[amount.Key]
	if s.AmendmentID != 9 || s.BallotID != 2 || s.VersionNumber != 2 || s.Origin != document.OriginBallot {
		t.Errorf("the reworded clause: %+v, want its wording from amendment 9 in version 2, adopted by ballot 2", s)
	}
	if s.Clerical == nil || s.Clerical.VersionNumber != 3 || s.Clerical.BallotID != 2 {
		t.Errorf("the reworded clause's clerical change: %+v, want version 3 authorised by ballot 2", s.Clerical)
	}
	if s := got[notice.Key]; s.Origin != document.OriginImport || s.Clerical != nil {
		t.Errorf("a clause the clerical change only renumbered: %+v, want imported, no clerical change", s)
	}
	events := History(chain, amount.Key)
	if s, ok := SectionSource(chain, amount.Key, events); !ok || s.AmendmentID != 9 || s.VersionNumber != 2 || s.Clerical == nil || s.Clerical.VersionNumber != 3 {
		t.Errorf("the reworded clause's source for its history: %+v", s)
	}
	if s, ok := SectionSource(chain, prev.Outline.Nodes[0].Key, History(chain, prev.Outline.Nodes[0].Key)); !ok || s.AmendmentID != 9 || s.Clerical == nil {
		t.Errorf("the article holding it: %+v", s)
	}
	if len(events) != 3 {
		t.Fatalf("history: %d events, want 3 (import, amendment, clerical change)", len(events))
	}
	last := events[2]
	if last.Origin != document.OriginClerical || last.Clerical == nil || last.Clerical.BallotID != 2 || last.AmendmentID != 0 {
		t.Errorf("the clerical change in the history: %+v", last.Source)
	}
	if last.Change.Old == last.Change.New || !strings.Contains(last.Change.New, "Article III, Section 1") {
		t.Errorf("the clerical change's redline: %q → %q", last.Change.Old, last.Change.New)
	}
}

// stepSpec is one version of a chain a test builds.
type stepSpec struct {
	text          string
	origin        document.Origin
	ballot        int64 // the vote that adopted it
	authorisedBy  int64 // for a clerical change, the vote that authorised it
	contributions []Contribution
}

// buildChain numbers and keys each text against the one before, as
// publishing does, and gives the chain and its last text.
func buildChain(t *testing.T, specs []stepSpec) ([]Step, *document.Parsed) {
	t.Helper()
	var chain []Step
	var prev *document.Parsed
	for i, c := range specs {
		var old *document.Outline
		if prev != nil {
			old = &prev.Outline
		}
		p, err := document.Prepare([]byte(c.text), document.SchemeArticle, old)
		if err != nil {
			t.Fatal(err)
		}
		v := document.Version{ID: int64(10 + i), Number: i + 1, Origin: c.origin, BallotID: c.ballot, AuthorisedBy: c.authorisedBy}
		chain = append(chain, Step{Version: v, Text: p, Contributions: c.contributions})
		prev = p
	}
	return chain, prev
}
