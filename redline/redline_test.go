package redline_test

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/redline"
)

func TestTokenize(t *testing.T) {
	got := redline.Tokenize("Two-thirds (2/3) of members' votes, cast by 1,000.5 members—don't\n\n\xff")
	want := []string{"Two-thirds", " ", "(", "2", "/", "3", ")", " ", "of", " ", "members", "'", " ", "votes", ",", " ", "cast", " ", "by", " ", "1,000.5", " ", "members", "—", "don't", "\n\n", "\xff"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens\n%q\nwant\n%q", got, want)
	}
}

func TestDiffReadsAsAMotion(t *testing.T) {
	cases := []struct {
		old, new string
		want     []redline.Op
	}{
		{
			"Adoption requires two-thirds of the votes cast.",
			"Adoption requires a majority of the votes cast.",
			[]redline.Op{{redline.Equal, "Adoption requires "}, {redline.Delete, "two-thirds"}, {redline.Insert, "a majority"}, {redline.Equal, " of the votes cast."}},
		},
		{
			"Dues are two dollars a month.",
			"Dues are five dollars a month, payable quarterly.",
			[]redline.Op{{redline.Equal, "Dues are "}, {redline.Delete, "two"}, {redline.Insert, "five"}, {redline.Equal, " dollars a month"}, {redline.Insert, ", payable quarterly"}, {redline.Equal, "."}},
		},
		{
			"The Local shall meet monthly in the hall.",
			"The Local shall meet in the hall.",
			[]redline.Op{{redline.Equal, "The Local shall meet "}, {redline.Delete, "monthly "}, {redline.Equal, "in the hall."}},
		},
		{"", "New text.", []redline.Op{{redline.Insert, "New text."}}},
		{"Old text.", "", []redline.Op{{redline.Delete, "Old text."}}},
		{"Same.", "Same.", []redline.Op{{redline.Equal, "Same."}}},
	}
	for _, tc := range cases {
		if got := redline.Diff(tc.old, tc.new); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Diff(%q, %q) =\n%v\nwant\n%v", tc.old, tc.new, got, tc.want)
		}
	}
}

// checkExact: the redline spells both texts and applies old → new.
func checkExact(t *testing.T, name, old, new string, ops []redline.Op) {
	t.Helper()
	if got := redline.Old(ops); got != old {
		t.Fatalf("%s: kept and struck runs do not spell the old text", name)
	}
	if got := redline.New(ops); got != new {
		t.Fatalf("%s: kept and inserted runs do not spell the new text", name)
	}
	applied, err := redline.Apply(old, ops)
	if err != nil || applied != new {
		t.Fatalf("%s: applying the redline does not give the new text: %v", name, err)
	}
	for i, op := range ops {
		if op.Text == "" {
			t.Fatalf("%s: empty op %d", name, i)
		}
		if i > 0 && ops[i-1].Kind == op.Kind {
			t.Fatalf("%s: ops %d and %d have the same kind", name, i-1, i)
		}
	}
}

// TestCorpusRedlines: every real amendment of the corpus, base → proposed,
// redlines exactly and the same way twice.
func TestCorpusRedlines(t *testing.T) {
	n := 0
	for _, c := range corpus.Load(t) {
		if c.Base == "" || c.Proposed == "" {
			continue
		}
		ops := redline.Diff(c.Base, c.Proposed)
		checkExact(t, c.ID, c.Base, c.Proposed, ops)
		if again := redline.Diff(c.Base, c.Proposed); !reflect.DeepEqual(ops, again) {
			t.Errorf("%s: two runs gave two redlines", c.ID)
		}
		if _, err := redline.Apply(c.Proposed, ops); err == nil && c.Base != c.Proposed {
			t.Errorf("%s: the redline applied to the wrong text", c.ID)
		}
		n++
	}
	if n < 20 {
		t.Errorf("only %d corpus pairs", n)
	}
}

func TestInvalidUTF8AndMultibyte(t *testing.T) {
	old := "Les membres \xff\xfe en règle — 会员 votent."
	new := "Les membres en règle — 会员 et \xc3 observateurs votent."
	checkExact(t, "bytes", old, new, redline.Diff(old, new))
}

func FuzzDiff(f *testing.F) {
	f.Add("Adoption requires two-thirds of the votes cast.", "Adoption requires a majority of the votes cast.", uint(3))
	f.Add("café \xff 会员", "cafe\xc3 会", uint(1))
	f.Add("", "x", uint(0))
	f.Fuzz(func(t *testing.T, old, new string, seed uint) {
		checkExact(t, "fuzz", old, new, redline.Diff(old, new))
		// Also an edit of old itself: the common case of an amendment.
		edited := mutate(old, seed)
		checkExact(t, "fuzz-edit", old, edited, redline.Diff(old, edited))
		if !utf8.ValidString(old) {
			return
		}
		for _, op := range redline.Diff(old, edited) {
			if utf8.ValidString(edited) && !utf8.ValidString(op.Text) {
				t.Fatalf("a valid text was cut inside a character: %q", op.Text)
			}
		}
	})
}

// mutate makes a deterministic small edit: drop, duplicate or reverse a span.
func mutate(s string, seed uint) string {
	if len(s) == 0 {
		return "inserted"
	}
	i := int(seed % uint(len(s)))
	j := i + int(seed/7%8)
	if j > len(s) {
		j = len(s)
	}
	switch seed % 3 {
	case 0:
		return s[:i] + s[j:]
	case 1:
		return s[:j] + s[i:j] + s[j:]
	}
	return s[:i] + strings.ToUpper(s[i:j]) + s[j:]
}
