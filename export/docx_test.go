package export_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/export"
	"github.com/charter-org/charter/intake"
	"github.com/charter-org/charter/internal/corpus"
)

// corpusAmendments are the corpus's real amendments as exports: those whose
// base and proposed texts both exist, every step-th one.
func corpusAmendments(t testing.TB, step int) []export.Amendment {
	var out []export.Amendment
	for i, c := range corpus.Load(t) {
		if c.Base == "" || c.Proposed == "" || c.Base == c.Proposed || i%step != 0 {
			continue
		}
		out = append(out, corpusAmendment(t, c.ID, []byte(c.Base), []byte(c.Proposed)))
	}
	return out
}

// corpusAmendment sets a corpus case's proposed text against its base.
func corpusAmendment(t testing.TB, id string, base, proposed []byte) export.Amendment {
	t.Helper()
	b, err := document.Prepare(base, document.SchemeZeroBased, nil)
	if err != nil {
		t.Fatal(err)
	}
	cmp, err := amendment.Compare(b, proposed)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.ParseInt(strings.TrimLeft(id, "#"), 10, 64)
	return export.Amendment{
		Amendment:  amendment.Amendment{ID: n, Title: "Case " + id, CreatedAt: time.Date(2025, 9, 25, 14, 30, 0, 0, time.UTC)},
		Document:   document.Document{Slug: "bylaw", Title: "Bylaw", Language: "en"},
		Comparison: cmp, Sponsors: []string{"Amélie Nguyễn", "Sam Roe"},
	}
}

// libreOffice reads each file in LibreOffice headless (testdata/tracked.py)
// and gives, for each, how many tracked changes it found; the texts are
// written beside each file. It skips when LibreOffice or its Python bridge
// is absent.
func libreOffice(t *testing.T, files []string) map[string]int {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui, as .ci/run does")
	}
	python := ""
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(p, "-c", "import uno").Run() == nil {
			python = p
			break
		}
	}
	if python == "" {
		t.Skip("no python3 with LibreOffice's uno module (Debian's python3-uno)")
	}
	script, _ := filepath.Abs("testdata/tracked.py")
	cmd := exec.Command(python, append([]string{script, soffice, t.TempDir()}, files...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("LibreOffice: %v\n%s", err, stderr.String())
	}
	counts := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 {
			counts[f[0]], _ = strconv.Atoi(f[1])
		}
	}
	return counts
}

func words(s string) []string { return strings.Fields(s) }

// firstDifference says where two lists of words part, with a few words of
// context, for a readable failure.
func firstDifference(got, want []string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-5)
	return fmt.Sprintf("word %d of %d (want %d): got %q, want %q", i, len(got), len(want),
		strings.Join(got[from:min(len(got), i+5)], " "), strings.Join(want[from:min(len(want), i+5)], " "))
}

func readText(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return words(strings.TrimPrefix(string(b), "\ufeff"))
}

// TestDocxTrackedChangesInLibreOffice: real amendments of the corpus as
// Word files, opened in LibreOffice itself: it finds tracked changes in
// each; accepting them all gives the proposed text and rejecting them all
// the base, word for word; with them shown, it reads every word of both.
func TestDocxTrackedChangesInLibreOffice(t *testing.T) {
	dir := t.TempDir()
	amendments := corpusAmendments(t, 3)
	var files []string
	for i, a := range amendments {
		f, err := a.Export(export.DOCX, export.Options{})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, fmt.Sprintf("a%d.docx", i))
		if err := os.WriteFile(path, f.Body, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	counts := libreOffice(t, files)
	for i, a := range amendments {
		path := files[i]
		if counts[path] == 0 {
			t.Errorf("%s: LibreOffice finds no tracked change", a.Amendment.Title)
		}
		base := words(strings.Join(export.Paragraphs(a.Comparison.Base), "\n"))
		proposed := words(strings.Join(export.Paragraphs(a.Comparison.Proposed), "\n"))
		if got := readText(t, path+".accept.txt"); !slices.Equal(got, proposed) {
			t.Errorf("%s: accepting all: %s", a.Amendment.Title, firstDifference(got, proposed))
		}
		if got := readText(t, path+".reject.txt"); !slices.Equal(got, base) {
			t.Errorf("%s: rejecting all: %s", a.Amendment.Title, firstDifference(got, base))
		}
	}
	t.Logf("%d amendments read in LibreOffice", len(amendments))
}

// TestDocxTrackedChangesReadBack: every real amendment of the corpus as a
// Word file, read by Charter's own Word reader: its paragraphs with every
// change accepted are the proposed text's, byte for byte, and with every
// change rejected the base's; the changes are the sponsor's, dated.
func TestDocxTrackedChangesReadBack(t *testing.T) {
	for _, a := range corpusAmendments(t, 1) {
		f, err := a.Export(export.DOCX, export.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ps, err := intake.ReadParagraphs(f.Body)
		if err != nil {
			t.Fatal(err)
		}
		var accepted, rejected strings.Builder
		for _, p := range ps {
			accepted.WriteString(p.Accepted)
			rejected.WriteString(p.Rejected)
			if !p.DeletedMark {
				accepted.WriteByte('\n')
			}
			if !p.InsertedMark {
				rejected.WriteByte('\n')
			}
		}
		join := func(p *document.Parsed) string { return strings.Join(export.Paragraphs(p), "\n") + "\n" }
		if got, want := accepted.String(), join(a.Comparison.Proposed); got != want {
			t.Errorf("%s: accepted: %s", a.Amendment.Title, firstDifference(strings.Split(got, "\n"), strings.Split(want, "\n")))
		}
		if got, want := rejected.String(), join(a.Comparison.Base); got != want {
			t.Errorf("%s: rejected: %s", a.Amendment.Title, firstDifference(strings.Split(got, "\n"), strings.Split(want, "\n")))
		}
		if !bytes.Contains(f.Body, []byte("docProps/core.xml")) {
			t.Errorf("%s: no document properties", a.Amendment.Title)
		}
	}
}

// TestDocxVersion: a version is a Word file with no change, its headings
// in Word's heading styles at their depth, its sections numbered as text.
func TestDocxVersion(t *testing.T) {
	text := []byte("# Article One\n\n## Members\n\n1. Every worker may join.\n   1. Dues are *two* dollars.\n")
	p, err := document.Prepare(text, document.SchemeArticle, nil)
	if err != nil {
		t.Fatal(err)
	}
	f, err := export.Version{Document: document.Document{Slug: "c", Title: "C"}, Version: document.Version{Number: 3}, Text: p}.Export(export.DOCX, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Name != "c-v3.docx" || !strings.Contains(f.MediaType, "wordprocessingml") {
		t.Errorf("%s %s", f.Name, f.MediaType)
	}
	ps, err := intake.ReadParagraphs(f.Body)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range ps {
		if q.Accepted != q.Rejected || q.InsertedMark || q.DeletedMark {
			t.Errorf("a change in a version: %+v", q)
		}
		got = append(got, fmt.Sprintf("%d %s", q.Heading, q.Accepted))
	}
	// The lone top heading is the title, not numbered.
	want := []string{"1 Article One", "2 Article I Members", "0 (a) Every worker may join.", "0 (i) Dues are two dollars."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
