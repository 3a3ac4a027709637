package document_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
)

type outlineCase struct {
	name   string
	scheme document.Scheme
	input  string
	want   string
}

func readOutlineCases(t *testing.T, path string) []outlineCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []outlineCase
	var cur *outlineCase
	var section *strings.Builder
	var input, want strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "### case: "):
			cur = &outlineCase{name: strings.TrimPrefix(line, "### case: ")}
			input.Reset()
			want.Reset()
			section = nil
		case strings.HasPrefix(line, "### scheme: "):
			cur.scheme = document.Scheme(strings.TrimPrefix(line, "### scheme: "))
			section = &input
		case line == "### want":
			section = &want
		case line == "### end":
			cur.input, cur.want = input.String(), want.String()
			cases = append(cases, *cur)
			cur, section = nil, nil
		case section != nil:
			section.WriteString(line + "\n")
		}
	}
	if len(cases) == 0 {
		t.Fatalf("no cases in %s", path)
	}
	return cases
}

func formatOutline(o document.Outline) string {
	var b strings.Builder
	for _, n := range o.Nodes {
		fmt.Fprintf(&b, "%s%s | %s | %s\n", strings.Repeat("  ", n.Depth), n.Number, n.Marker, n.Heading)
	}
	return b.String()
}

func TestOutlineCases(t *testing.T) {
	for _, tc := range readOutlineCases(t, "testdata/outlines.txt") {
		t.Run(tc.name, func(t *testing.T) {
			p, err := document.Prepare([]byte(tc.input), tc.scheme, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := formatOutline(p.Outline); got != tc.want {
				t.Errorf("outline:\n%s\nwant:\n%s", got, tc.want)
			}
			// Every node's range starts at its own line and lies in the text.
			text := p.Source.Text
			for _, n := range p.Outline.Nodes {
				if n.Start < 0 || n.End > len(text) || n.Start >= n.End {
					t.Errorf("%s: range [%d,%d) outside text of %d bytes", n.Number, n.Start, n.End, len(text))
					continue
				}
				if n.Start > 0 && text[n.Start-1] != '\n' {
					t.Errorf("%s: range does not start a line", n.Number)
				}
			}
		})
	}
}

func TestTitleAndPreambleAreNotNumbered(t *testing.T) {
	p, err := document.Prepare([]byte("# Constitution\n\n## Preamble {.unnumbered}\n\n1. unite\n\n## Name\n\n1. Local 1\n"), document.SchemeArticle, nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.Outline.Title != "Constitution" {
		t.Errorf("title %q", p.Outline.Title)
	}
	if len(p.Outline.Nodes) != 2 || p.Outline.Nodes[0].Number != "Article I" {
		t.Errorf("nodes %s", formatOutline(p.Outline))
	}
}
