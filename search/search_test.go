package search

import (
	"reflect"
	"strings"
	"testing"
)

func TestWordsAndQueries(t *testing.T) {
	if got := Words(`Règlement: two-thirds "NEAR(" *members* & dues|fees!`); !reflect.DeepEqual(got,
		[]string{"reglement", "two", "thirds", "near", "members", "dues", "fees"}) {
		t.Errorf("Words = %q", got)
	}
	if got := QueryWords(strings.Repeat("dues ", 100) + strings.Repeat("x", 41) + " a b c d e f g h i j k"); len(got) != MaxQueryWords || got[0] != "dues" || got[1] != "a" {
		t.Errorf("QueryWords = %q", got)
	}
	if got := QueryWords("\xff\x00\"*:-&|!()"); len(got) != 0 {
		t.Errorf("QueryWords of no words = %q", got)
	}
	if v := Vocabulary("The 2025 dues of 12a members, to be paid"); !reflect.DeepEqual(v, map[string]bool{"the": true, "dues": true, "12a": true, "members": true, "paid": true}) {
		t.Errorf("Vocabulary = %v", v)
	}
}

func TestDistanceAndNearest(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"qourum", "quorum", 2, 1}, {"impeachement", "impeachment", 2, 1}, {"dues", "dues", 1, 0},
		{"kitten", "sitting", 3, 3}, {"kitten", "sitting", 2, 3}, {"a", "abcdef", 2, 3}, {"é", "e", 1, 1},
	} {
		if got := Distance(c.a, c.b, c.limit); got != c.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", c.a, c.b, c.limit, got, c.want)
		}
	}
	terms := []Term{{"quorum", 3}, {"quarum", 9}, {"forum", 50}, {"dues", 9}, {"due", 8}}
	for word, want := range map[string]string{"qourum": "quorum", "quorom": "quorum", "duse": "dues", "dus": "", "zzzzzz": "", "quorum": "quarum"} {
		if got, ok := Nearest(word, terms); got != want || ok != (want != "") {
			t.Errorf("Nearest(%q) = %q %v, want %q", word, got, ok, want)
		}
	}
}

func TestFragmentsAndPlain(t *testing.T) {
	got := Fragments("the " + MarkOpen + "dues" + MarkClose + "  are\nset " + MarkOpen + "<b>" + MarkClose + MarkClose + " x")
	want := []Fragment{{"the ", false}, {"dues", true}, {" are set ", false}, {"<b>", true}, {" x", false}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Fragments = %+v", got)
	}
	if got := Plain("## Dues {#dues .x}\n\n1. Dues are **set** by [the members](bylaw-1.md) <script>x</script>.\n"); got != "Dues Dues are set by the members x ." {
		t.Errorf("Plain = %q", got)
	}
	if got := Clean("a" + MarkOpen + "b" + MarkClose); got != "ab" {
		t.Errorf("Clean = %q", got)
	}
}
