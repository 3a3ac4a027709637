package redline_test

import (
	"testing"

	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/redline"
)

func TestMerge3(t *testing.T) {
	base := "1. Adoption requires two-thirds of the votes cast at a meeting.\n1. Notice is thirty days.\n"
	cases := []struct {
		name, ours, theirs, want string
		conflicts                int
	}{
		{"different words of one clause",
			"1. Adoption requires a majority of the votes cast at a meeting.\n1. Notice is thirty days.\n",
			"1. Adoption requires two-thirds of the votes cast in a referendum.\n1. Notice is thirty days.\n",
			"1. Adoption requires a majority of the votes cast in a referendum.\n1. Notice is thirty days.\n", 0},
		{"different clauses",
			"1. Adoption requires a majority of the votes cast at a meeting.\n1. Notice is thirty days.\n",
			"1. Adoption requires two-thirds of the votes cast at a meeting.\n1. Notice is sixty days.\n",
			"1. Adoption requires a majority of the votes cast at a meeting.\n1. Notice is sixty days.\n", 0},
		{"the same change on both sides",
			"1. Adoption requires a majority of the votes cast at a meeting.\n1. Notice is thirty days.\n",
			"1. Adoption requires a majority of the votes cast at a meeting.\n1. Notice is thirty days.\n",
			"1. Adoption requires a majority of the votes cast at a meeting.\n1. Notice is thirty days.\n", 0},
		{"the same words changed differently",
			"1. Adoption requires a majority of the votes cast at a meeting.\n1. Notice is thirty days.\n",
			"1. Adoption requires three-quarters of the votes cast at a meeting.\n1. Notice is thirty days.\n",
			"", 1},
		{"one side deletes a clause the other edits",
			"1. Notice is thirty days.\n",
			"1. Adoption requires a majority of the votes cast at a meeting.\n1. Notice is thirty days.\n",
			"", 1},
		{"both insert at the same place",
			base + "1. Online voting is allowed.\n",
			base + "1. Ballots are secret.\n",
			"", 1},
	}
	for _, tc := range cases {
		got, conflicts := redline.Merge3(base, tc.ours, tc.theirs)
		if len(conflicts) != tc.conflicts {
			t.Errorf("%s: %d conflicts, want %d: %+v", tc.name, len(conflicts), tc.conflicts, conflicts)
			continue
		}
		if tc.conflicts == 0 && got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestCorpusRebase: for every real amendment written while others were
// adopted, carrying base → proposed onto the text as it then stood gives
// the text as actually merged, byte for byte.
func TestCorpusRebase(t *testing.T) {
	n := 0
	for _, c := range corpus.Load(t) {
		if !c.Concurrent {
			continue
		}
		got, conflicts := redline.Merge3(c.Base, c.Mainline, c.Proposed)
		if len(conflicts) > 0 {
			t.Errorf("%s: %d conflicts: %+v", c.ID, len(conflicts), conflicts[0])
			continue
		}
		if got != c.Merged {
			t.Errorf("%s: rebased text differs from the merged text", c.ID)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no concurrent case in the corpus")
	}
	t.Logf("%d concurrent cases rebased exactly", n)
}

// FuzzMerge3: merging a text with itself and with an edit of it never
// conflicts and gives the edit; both sides' disjoint edits are both kept.
func FuzzMerge3(f *testing.F) {
	f.Add("Adoption requires two-thirds of the votes cast.", uint(3), uint(40))
	f.Fuzz(func(t *testing.T, base string, s1, s2 uint) {
		edited := mutate(base, s1)
		if got, c := redline.Merge3(base, base, edited); len(c) != 0 || got != edited {
			t.Fatalf("theirs only: %q, %d conflicts", got, len(c))
		}
		if got, c := redline.Merge3(base, edited, base); len(c) != 0 || got != edited {
			t.Fatalf("ours only: %q, %d conflicts", got, len(c))
		}
		if got, c := redline.Merge3(base, edited, edited); len(c) != 0 || got != edited {
			t.Fatalf("both the same: %q, %d conflicts", got, len(c))
		}
	})
}
