// Package lettertest reads letters back as a reader of the paper would:
// the text of each page of a PDF, by poppler's pdftotext.
package lettertest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// DejaVu is where Debian's fonts-dejavu-core puts DejaVu Sans.
const DejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

// Pages gives the text of each page of pdf. The test skips, saying so,
// when poppler-utils is not installed.
func Pages(t testing.TB, pdf []byte) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (Debian: apt-get install poppler-utils); the PDF is not read back")
	}
	path := filepath.Join(t.TempDir(), "letters.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	return pages[:len(pages)-1] // each page ends with a form feed
}
