package wording_test

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/wording"
)

var update = flag.Bool("update", false, "rewrite testdata/cases.txt with what the code gives")

// testCase is one case of testdata/cases.txt.
type testCase struct {
	name, text, clauses, rows, want string
	hasClauses                      bool
}

func readCases(t *testing.T) ([]testCase, string) {
	t.Helper()
	raw, err := os.ReadFile("testdata/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(string(raw), "\n=== ")
	var cases []testCase
	for _, part := range parts[1:] {
		c := testCase{}
		name, rest, _ := strings.Cut(part, "\n")
		c.name = name
		sections := strings.Split("\n"+rest, "\n--- ")
		c.text = strings.TrimPrefix(sections[0], "\n") + "\n"
		for _, s := range sections[1:] {
			head, body, _ := strings.Cut(s, "\n")
			body = strings.TrimRight(body, "\n")
			switch head {
			case "clauses":
				c.clauses, c.hasClauses = body, true
			case "rows":
				c.rows = body
			case "want":
				c.want = body
			default:
				t.Fatalf("%s: unknown part %q", name, head)
			}
		}
		cases = append(cases, c)
	}
	return cases, parts[0]
}

func parseRows(t *testing.T, spec string) []wording.Row {
	t.Helper()
	var rows []wording.Row
	for _, line := range strings.Split(spec, "\n") {
		if line == "" {
			continue
		}
		head, words, _ := strings.Cut(line, ":")
		r := wording.Row{Words: strings.TrimPrefix(words, " ")}
		switch {
		case strings.HasSuffix(head, "+"):
			r.Added, head = true, strings.TrimSuffix(head, "+")
		case strings.HasSuffix(head, "-"):
			r.Struck, head = true, strings.TrimSuffix(head, "-")
		}
		n, err := strconv.Atoi(head)
		if err != nil {
			t.Fatalf("row %q: %v", line, err)
		}
		r.Clause = n
		rows = append(rows, r)
	}
	return rows
}

func read(t *testing.T, text string) *wording.Text {
	t.Helper()
	src, err := document.ReadSource([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	p, err := document.Parse(src, document.SchemeArticle)
	if err != nil {
		t.Fatal(err)
	}
	return wording.Read(p)
}

func describe(cs []wording.Clause) string {
	var lines []string
	for _, c := range cs {
		lines = append(lines, fmt.Sprintf("%d %d %s %s | %s", c.Index, c.Parent, c.Kind, c.Number, c.Words))
	}
	return strings.Join(lines, "\n")
}

func TestCases(t *testing.T) {
	cases, header := readCases(t)
	var rewritten strings.Builder
	rewritten.WriteString(header)
	for i := range cases {
		c := &cases[i]
		t.Run(c.name, func(t *testing.T) {
			text := read(t, c.text)
			if got := describe(text.Clauses()); c.hasClauses && got != c.clauses {
				if *update {
					c.clauses = got
				} else {
					t.Errorf("clauses:\n%s\nwant:\n%s", got, c.clauses)
				}
			}
			got, err := text.Apply(parseRows(t, c.rows))
			if err != nil {
				t.Fatal(err)
			}
			got = strings.TrimRight(got, "\n")
			if got != c.want {
				if *update {
					c.want = got
				} else {
					t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
				}
			}
		})
		fmt.Fprintf(&rewritten, "\n=== %s\n%s", c.name, c.text)
		if c.hasClauses {
			fmt.Fprintf(&rewritten, "--- clauses\n%s\n", c.clauses)
		}
		fmt.Fprintf(&rewritten, "--- rows\n%s\n--- want\n%s\n", c.rows, c.want)
	}
	if *update {
		if err := os.WriteFile("testdata/cases.txt", []byte(rewritten.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// BenchmarkRead reads the largest bylaw of the corpus into clauses, as the
// plain-words form does on every post.
func BenchmarkRead(b *testing.B) {
	_, base, _, err := corpus.LargestAmendment()
	if err != nil {
		b.Skip(err)
	}
	src, err := document.ReadSource(base)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		p, err := document.Parse(src, document.SchemeArticle)
		if err != nil {
			b.Fatal(err)
		}
		wording.Read(p)
	}
}
