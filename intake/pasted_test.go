package intake_test

import (
	"os"
	"strings"
	"testing"

	"github.com/charter-org/charter/intake"
)

// TestCleanPasted runs the cases of testdata/pasted.txt.
func TestCleanPasted(t *testing.T) {
	raw, err := os.ReadFile("testdata/pasted.txt")
	if err != nil {
		t.Fatal(err)
	}
	cases := strings.Split(string(raw), "\n### ")[1:]
	if len(cases) < 10 {
		t.Fatalf("%d cases", len(cases))
	}
	for _, c := range cases {
		name, rest, _ := strings.Cut(c, "\n")
		in, want, ok := strings.Cut(rest, "---\n")
		if !ok {
			t.Fatalf("%s: no ---", name)
		}
		in = strings.ReplaceAll(in, "<FF>\n", "\f")
		want = strings.TrimRight(want, "\n")
		if want != "" {
			want += "\n"
		}
		t.Run(name, func(t *testing.T) {
			if got := intake.CleanPasted(in); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
			if got := intake.CleanPasted(strings.ReplaceAll(in, "\n", "\r\n")); got != want {
				t.Errorf("with Windows line ends, got:\n%s", got)
			}
		})
	}
}
