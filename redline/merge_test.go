package redline_test

import (
	"strings"
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
// conflicts and gives the edit; when one side edits the first half and the
// other the second, a merge that reports no conflict holds both edits.
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
		// One side edits the words before a mark, the other those after it.
		tokens := redline.Tokenize(base)
		head, tail := strings.Join(tokens[:len(tokens)/2], ""), strings.Join(tokens[len(tokens)/2:], "")
		const mark = " ¶ "
		ours, theirs := mutate(head, s1)+mark+tail, head+mark+mutate(tail, s2)
		if got, c := redline.Merge3(head+mark+tail, ours, theirs); len(c) == 0 && got != mutate(head, s1)+mark+mutate(tail, s2) {
			t.Fatalf("both halves edited: got %q from ours %q and theirs %q", got, ours, theirs)
		}
	})
}

// TestMergeSections: sections moved or deleted on one side. Where the other
// side edited elsewhere, both changes stand. Where it edited the deleted
// words, or the words the alignment sees as moved, the merge reports a
// conflict rather than dropping the edit or reviving the section.
func TestMergeSections(t *testing.T) {
	base := "## Section 1. Name\n\nThe union is Local 7.\n\n## Section 2. Dues\n\nDues are set by the membership.\n\n## Section 3. Meetings\n\nMeetings are held monthly.\n"
	moved := "## Section 1. Name\n\nThe union is Local 7.\n\n## Section 3. Meetings\n\nMeetings are held monthly.\n\n## Section 2. Dues\n\nDues are set by the membership.\n"
	deleted := "## Section 1. Name\n\nThe union is Local 7.\n\n## Section 3. Meetings\n\nMeetings are held monthly.\n"
	cases := []struct {
		name, ours, theirs, want string
	}{
		{"draft moves a section, amendment edits another",
			moved, strings.Replace(base, "Local 7", "Local 7 of the Warehouse Workers", 1),
			strings.Replace(moved, "Local 7", "Local 7 of the Warehouse Workers", 1)},
		{"draft deletes a section, amendment edits another",
			deleted, strings.Replace(base, "monthly", "every second week", 1),
			strings.Replace(deleted, "monthly", "every second week", 1)},
		{"draft moves the section the amendment edits (the other section moved, word for word)",
			moved, strings.Replace(base, "the membership", "a vote of the membership", 1),
			strings.Replace(moved, "the membership", "a vote of the membership", 1)},
		{"draft moves the section the amendment edits, as a move",
			moved, strings.Replace(base, "monthly", "every second week", 1), ""},
		{"draft deletes the section the amendment edits", deleted, strings.Replace(base, "the membership", "a vote of the membership", 1), ""},
		{"amendment deletes the section the draft edits", strings.Replace(base, "the membership", "the executive board", 1), deleted, ""},
	}
	for _, tc := range cases {
		got, conflicts := redline.Merge3(base, tc.ours, tc.theirs)
		if tc.want == "" {
			if len(conflicts) == 0 {
				t.Errorf("%s: merged without conflict into %q", tc.name, got)
			}
			continue
		}
		if len(conflicts) != 0 || got != tc.want {
			t.Errorf("%s: %d conflicts, got\n%s\nwant\n%s", tc.name, len(conflicts), got, tc.want)
		}
	}
}

func TestSettle(t *testing.T) {
	base := "1. Adoption requires two-thirds of the votes cast at a meeting.\n1. Notice is thirty days.\n"
	ours := "1. Adoption requires a majority of the votes cast at a meeting.\n1. Notice is ten days.\n"
	theirs := "1. Adoption requires three-quarters of the votes cast in a referendum.\n1. Notice is sixty days.\n"
	merged, conflicts := redline.Merge3(base, ours, theirs)
	if len(conflicts) != 2 {
		t.Fatalf("%d conflicts, want 2: %+v", len(conflicts), conflicts)
	}
	labels := redline.MarkerLabels{Ours: "v2", Base: "v1", Theirs: "#7"}
	cases := []struct {
		name  string
		sides []redline.Side
		want  string
	}{
		{"draft kept", []redline.Side{redline.KeepOurs, redline.KeepOurs},
			"1. Adoption requires a majority of the votes cast in a referendum.\n1. Notice is ten days.\n"},
		{"amendment taken", []redline.Side{redline.TakeTheirs, redline.TakeTheirs},
			"1. Adoption requires three-quarters of the votes cast in a referendum.\n1. Notice is sixty days.\n"},
		{"one of each", []redline.Side{redline.TakeTheirs, redline.KeepOurs},
			"1. Adoption requires three-quarters of the votes cast in a referendum.\n1. Notice is ten days.\n"},
		{"second left open", []redline.Side{redline.TakeTheirs},
			"1. Adoption requires three-quarters of the votes cast in a referendum.\n" +
				"<<<<<<< v2\n1. Notice is ten days.\n||||||| v1\n1. Notice is thirty days.\n=======\n1. Notice is sixty days.\n>>>>>>> #7\n"},
		{"both open", nil,
			"<<<<<<< v2\n1. Adoption requires a majority of the votes cast in a referendum.\n" +
				"||||||| v1\n1. Adoption requires two-thirds of the votes cast in a referendum.\n" +
				"=======\n1. Adoption requires three-quarters of the votes cast in a referendum.\n>>>>>>> #7\n" +
				"<<<<<<< v2\n1. Notice is ten days.\n||||||| v1\n1. Notice is thirty days.\n=======\n1. Notice is sixty days.\n>>>>>>> #7\n"},
	}
	for _, tc := range cases {
		got := redline.Settle(merged, conflicts, tc.sides, labels)
		if got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
		open := len(tc.sides) < len(conflicts)
		if line := redline.MarkerLine(got); (line != 0) != open {
			t.Errorf("%s: marker line %d, conflicts left open: %v", tc.name, line, open)
		}
	}
}

// TestSettleOneLine: a settled conflict sharing a line with an open one is
// written, settled, into all three of the open one's versions; the other
// words of the line are as merged ("by", which both sides wrote, stands in
// the original's version too).
func TestSettleOneLine(t *testing.T) {
	merged, conflicts := redline.Merge3("Dues are five dollars a month, paid in cash.\n",
		"Dues are ten dollars a month, paid by check.\n", "Dues are six dollars a month, paid by card.\n")
	if len(conflicts) != 2 {
		t.Fatalf("%d conflicts, want 2: %+v", len(conflicts), conflicts)
	}
	got := redline.Settle(merged, conflicts, []redline.Side{redline.TakeTheirs}, redline.MarkerLabels{Ours: "v2", Base: "v1", Theirs: "#7"})
	want := "<<<<<<< v2\nDues are six dollars a month, paid by check.\n||||||| v1\nDues are six dollars a month, paid by cash.\n" +
		"=======\nDues are six dollars a month, paid by card.\n>>>>>>> #7\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestSideNames: forms and the API name the sides "draft" and
// "amendment", and nothing else.
func TestSideNames(t *testing.T) {
	for _, side := range []redline.Side{redline.KeepOurs, redline.TakeTheirs} {
		if got, ok := redline.ParseSide(side.Name()); !ok || got != side {
			t.Errorf("side %d: named %q, read back as %d %v", side, side.Name(), got, ok)
		}
	}
	if redline.KeepOurs.Name() != "draft" || redline.TakeTheirs.Name() != "amendment" || redline.Unsettled.Name() != "" {
		t.Errorf("names: %q %q %q", redline.KeepOurs.Name(), redline.TakeTheirs.Name(), redline.Unsettled.Name())
	}
	if _, ok := redline.ParseSide("ours"); ok {
		t.Error("a side named ours")
	}
}
