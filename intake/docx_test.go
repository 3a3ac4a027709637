package intake_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/intake"
	"github.com/charter-org/charter/internal/corpus"
)

// pandocDocx makes a Word file of a Markdown text with pandoc, a tool that
// is not Charter (its "smart" quotes off: they would change words), or
// skips.
func pandocDocx(t testing.TB, md []byte) []byte {
	t.Helper()
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not installed: apt-get install pandoc, as .ci/run does")
	}
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.md"), filepath.Join(dir, "out.docx")
	if err := os.WriteFile(in, md, 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := exec.Command("pandoc", "-f", "markdown-smart", in, "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("pandoc: %v\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func outline(t testing.TB, md []byte) []string {
	t.Helper()
	p, err := document.Prepare(md, document.SchemeZeroBased, nil)
	if err != nil {
		t.Fatalf("%v\n%s", err, md)
	}
	out := make([]string, len(p.Outline.Nodes))
	for i, n := range p.Outline.Nodes {
		out[i] = n.Number + " " + strings.Join(strings.Fields(n.Heading), " ")
	}
	return out
}

// TestDocxFromPandocKeepsTheOutline: the real bylaws of the corpus, made
// into Word files by pandoc, come back from Charter's import with the same
// outline: every section's number and heading (a clause's opening words).
func TestDocxFromPandocKeepsTheOutline(t *testing.T) {
	texts := corpus.Texts(corpus.Load(t))
	seen := map[string]bool{}
	n := 0
	for _, tx := range texts {
		if seen[tx.File] { // one text of each bylaw: they differ by little
			continue
		}
		seen[tx.File] = true
		n++
		t.Run(tx.File, func(t *testing.T) {
			want := outline(t, tx.Body)
			imported, err := intake.ReadDocx(pandocDocx(t, tx.Body))
			if err != nil {
				t.Fatal(err)
			}
			got := outline(t, []byte(imported.Markdown))
			for i := range max(len(got), len(want)) {
				g, w := at(got, i), at(want, i)
				if g != w {
					t.Fatalf("section %d of %d (want %d):\n got %s\nwant %s", i, len(got), len(want), g, w)
				}
			}
		})
	}
	if n == 0 {
		t.Fatal("no text in the corpus")
	}
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return fmt.Sprintf("(none: %d sections)", len(s))
}
