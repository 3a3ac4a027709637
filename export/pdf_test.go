package export_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/export"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/render"
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
	p, err := document.Prepare([]byte(text), scheme, nil)
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

// amendmentOf sets proposed against base as an amendment.
func amendmentOf(t testing.TB, base, proposed string, scheme document.Scheme) export.Amendment {
	t.Helper()
	v := version(t, base, scheme)
	cmp, err := amendment.Compare(v.Text, []byte(proposed))
	if err != nil {
		t.Fatal(err)
	}
	return export.Amendment{Amendment: amendment.Amendment{ID: 7, Title: "Tidy the bylaws", Rationale: "Because the words were wrong.", Status: amendment.StatusSeconded},
		Document: v.Document, Comparison: cmp, Sponsors: []string{"Ada Sponsor", "Bea Second"}}
}

// TestAmendmentPDF: an amendment of the corpus as PDF names its sponsors,
// status and rationale, gives each change as a motion, and its redline
// with struck words bracketed and inserted words kept, a legend saying
// how, and numbered lines.
func TestAmendmentPDF(t *testing.T) {
	var c corpus.Case
	for _, k := range corpus.Load(t) {
		if k.Base != "" && k.Proposed != "" && len(k.Base) > len(c.Base) && len(k.Base) < 40000 {
			c = k
		}
	}
	a := amendmentOf(t, c.Base, c.Proposed, document.SchemeZeroBased)
	if len(a.Comparison.Changes) == 0 {
		t.Fatalf("case %s changes nothing", c.ID)
	}
	f, err := a.Export(export.PDF, export.Options{Paper: export.Letter})
	if err != nil {
		t.Fatal(err)
	}
	if f.Name != "bylaws-amendment-7.pdf" || pageSize(t, f.Body) != "612 x 792" {
		t.Errorf("%s on %s pts, want Letter", f.Name, pageSize(t, f.Body))
	}
	got := pdfText(t, f.Body, false)
	want := []string{"Amendment #7: Tidy the bylaws", "Ada Sponsor, Bea Second", "seconded", "How changes are marked", "Because the words were wrong."}
	for i, ch := range a.Comparison.Changes {
		want = append(want, fmt.Sprintf("%d. Section %s", i+1, render.SectionLabel(ch)))
	}
	want = append(want, "Redline")
	if missing := inOrder(got, want); missing != "" {
		t.Errorf("%q is missing or out of order:\n%s", missing, got)
	}
	redlined := got[strings.LastIndex(got, "Redline"):]
	for _, ch := range a.Comparison.Changes {
		for _, op := range ch.Ops {
			w := strings.Fields(op.Text)
			if op.Kind == redline.Delete && len(w) > 0 {
				w[0], w[len(w)-1] = "["+w[0], w[len(w)-1]+"]"
				if len(w) == 1 {
					w[0] = "[" + strings.TrimSpace(op.Text) + "]"
				}
			}
			if missing := inOrder(redlined, w); missing != "" {
				t.Errorf("%s %q: %q is missing from the redline", op.Kind, op.Text, missing)
			}
		}
	}
	if n := lineNumbers(pdfText(t, f.Body, true)); len(n) < 5 || n[0] != 1 || n[len(n)-1] != len(n) {
		t.Errorf("line numbers %v", n)
	}
}

// TestPDFFrenchAndSpanish: accents, ñ, ¿ and « » come out of pdftotext as
// they went in, in the fallback font, on A4; without any TrueType font the
// built-in one prints French but refuses what it cannot print, naming the
// setting, rather than print garbage.
func TestPDFFrenchAndSpanish(t *testing.T) {
	text := "# Statuts du syndicat\n\n## Article premier — Objet\n\n1. Le syndicat défend les intérêts « matériels et moraux » des salariés.\n2. ¿Quién decide? La asamblea, con el año y la señal.\n"
	f, err := version(t, text, document.SchemeArticle).Export(export.PDF, export.Options{Paper: export.A4})
	if err != nil {
		t.Fatal(err)
	}
	if got := pageSize(t, f.Body); got != "595.276 x 841.89" && got != "595.28 x 841.89" {
		t.Errorf("page size %s, want A4", got)
	}
	got := pdfText(t, f.Body, false)
	for _, w := range []string{"Statuts du syndicat", "défend les intérêts « matériels et moraux » des salariés.", "¿Quién decide? La asamblea, con el año y la señal."} {
		if !strings.Contains(got, w) {
			t.Errorf("%q is not in the PDF's text:\n%s", w, got)
		}
	}

	defer func(f string) { export.FallbackFont = f }(export.FallbackFont)
	export.FallbackFont = "/nonexistent.ttf"
	export.ForgetFonts()
	defer export.ForgetFonts()
	f, err = version(t, text, document.SchemeArticle).Export(export.PDF, export.Options{})
	if err != nil {
		t.Fatalf("the built-in font refused French: %v", err)
	}
	if got := pdfText(t, f.Body, false); !strings.Contains(got, "« matériels et moraux »") || !strings.Contains(got, "señal") {
		t.Errorf("the built-in font lost accents:\n%s", got)
	}
	_, err = version(t, "# Союз\n\n## Устав\n\n1. Текст.\n", document.SchemeArticle).Export(export.PDF, export.Options{})
	if charter.ErrorCode(err) != charter.EINVALID || !strings.Contains(charter.ErrorMessage(err), "-letter-font") {
		t.Errorf("Cyrillic in the built-in font: %v, want a refusal naming -letter-font", err)
	}
}
