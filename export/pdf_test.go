package export_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/export"
	"github.com/charter-org/charter/internal/corpus"
)

// tool finds a program the test runs, or skips saying which package has it.
func tool(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed (Debian's poppler-utils has it)", name)
	}
	return path
}

// pdfText is the PDF's text as pdftotext reads it; layout keeps each
// printed line's number beside its words.
func pdfText(t testing.TB, body []byte, layout bool) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, body, 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"-enc", "UTF-8"}
	if layout {
		args = append(args, "-layout")
	}
	out, err := exec.Command(tool(t, "pdftotext"), append(args, path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// pageSize is the first page's size in points, as pdfinfo reads it.
func pageSize(t testing.TB, body []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, body, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool(t, "pdfinfo"), path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	m := regexp.MustCompile(`Page size:\s+([\d.]+ x [\d.]+) pts`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("pdfinfo gave no page size:\n%s", out)
	}
	return m[1]
}

// version makes a version of text, as the store restores one.
func version(t testing.TB, text string, scheme document.Scheme) export.Version {
	t.Helper()
	src, err := document.ReadSource([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	p, err := document.Parse(src, scheme)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(text))
	return export.Version{Document: document.Document{Slug: "bylaws", Title: "Bylaws", Numbering: scheme},
		Version: document.Version{Number: 3, SHA256: hex.EncodeToString(sum[:])}, Text: p}
}

// inOrder reports the first of want's words not found, in order, in got;
// "" when all are.
func inOrder(got string, want []string) string {
	rest := got
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			return w
		}
		rest = rest[i+len(w):]
	}
	return ""
}

// lineNumbers are the numbers that begin the lines of pdftotext -layout.
func lineNumbers(text string) []int {
	var out []int
	for _, m := range regexp.MustCompile(`(?m)^\s*(\d+)\s{2,}\S`).FindAllStringSubmatch(text, -1) {
		n, _ := strconv.Atoi(m[1])
		out = append(out, n)
	}
	return out
}

// TestVersionPDF: a corpus bylaw as PDF gives, through pdftotext, every
// word of its text in order, its numbers as the outline gives them, lines
// numbered from 1 one by one, and the version and its hash in the footer.
func TestVersionPDF(t *testing.T) {
	var text string
	for _, c := range corpus.Texts(corpus.Load(t)) {
		if len(c.Body) > len(text) {
			text = string(c.Body)
		}
	}
	v := version(t, text, document.SchemeZeroBased)
	f, err := v.Export(export.PDF, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.MediaType != "application/pdf" || f.Name != "bylaws-v3.pdf" {
		t.Errorf("file %q %q", f.Name, f.MediaType)
	}
	got := pdfText(t, f.Body, false)
	words := strings.Fields(document.PlainText(v.Text.Root, v.Text.Source.Body()))
	if len(words) < 500 {
		t.Fatalf("only %d words in the corpus text", len(words))
	}
	if missing := inOrder(got, words); missing != "" {
		t.Errorf("%q is missing or out of order in the PDF's text", missing)
	}
	var markers []string
	for _, n := range v.Text.Outline.Nodes {
		markers = append(markers, n.Marker+" ")
	}
	if missing := inOrder(got, markers); missing != "" {
		t.Errorf("the section marker %q is missing or out of order", missing)
	}
	if !strings.Contains(got, "Version 3") || !strings.Contains(got, v.Version.SHA256) {
		t.Errorf("the footer names no version or hash")
	}
	numbers := lineNumbers(pdfText(t, f.Body, true))
	if len(numbers) < 100 || numbers[0] != 1 {
		t.Fatalf("line numbers %v…", numbers[:min(len(numbers), 10)])
	}
	for i, n := range numbers {
		if n != i+1 {
			t.Fatalf("line %d is numbered %d", i+1, n)
		}
	}
}
