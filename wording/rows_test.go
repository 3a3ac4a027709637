package wording_test

import (
	"strings"
	"testing"

	"github.com/charter-org/charter/wording"
)

const listText = `## Dues

1. First.
   1. First, (i).
2. Second.
3. Third.

## Meetings

Members meet.
`

// TestMoves moves and adds clauses as the form's buttons do, and writes
// the text they make.
func TestMoves(t *testing.T) {
	text := read(t, listText)
	rows := wording.Rows(text.Clauses())
	// Rows: 0 Dues, 1 First, 2 First (i), 3 Second, 4 Third, 5 Meetings, 6 Members meet.
	for i, want := range [][2]bool{{false, true}, {false, true}, {false, false}, {true, true}, {true, false}, {true, false}, {false, false}} {
		if up, down := text.CanMove(rows, i); up != want[0] || down != want[1] {
			t.Errorf("row %d: can move up %v, down %v; want %v, %v", i, up, down, want[0], want[1])
		}
	}
	rows, ok := text.Move(rows, 1, false) // First, with its sub-clause, below Second
	if !ok {
		t.Fatal("First could not move down")
	}
	rows = text.AddAfter(rows, 4) // a clause after Third
	rows[5].Words = "Fourth."
	got, err := text.Apply(rows)
	if err != nil {
		t.Fatal(err)
	}
	want := "## Dues\n\n1. Second.\n2. First.\n   1. First, (i).\n3. Third.\n4. Fourth.\n\n## Meetings\n\nMembers meet.\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if _, ok := text.Move(rows, 5, true); ok {
		t.Error("an added clause moved")
	}
	if _, ok := text.Move(wording.Rows(text.Clauses()), 6, true); ok {
		t.Error("a paragraph moved above its section's heading")
	}
}

// TestApplyRefusesBadRows: rows a form could not have sent.
func TestApplyRefusesBadRows(t *testing.T) {
	text := read(t, listText)
	for name, rows := range map[string][]wording.Row{
		"unknown clause":                   {{Clause: 99, Words: "x"}},
		"negative":                         {{Clause: -1, Words: "x"}},
		"twice":                            {{Clause: 1, Words: "a"}, {Clause: 1, Words: "b"}},
		"too long":                         {{Clause: 1, Words: strings.Repeat("word ", wording.MaxWords)}},
		"heading emptied":                  {{Clause: 0, Words: " "}},
		"clause with a sub-clause emptied": {{Clause: 1, Words: ""}},
	} {
		if _, err := text.Apply(rows); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// A paragraph put after its section's sub-section would fall into it.
	sub := read(t, "## Dues\n\nDues are paid.\n\n### Amount\n\nFive dollars.\n")
	if _, err := sub.Apply([]wording.Row{{Clause: 2, Words: "Amount"}, {Clause: 1, Words: "Dues are paid."}}); err == nil {
		t.Error("a paragraph moved below a sub-section: accepted")
	}
}
