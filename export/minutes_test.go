package export_test

import (
	"strings"
	"testing"

	"github.com/charter-org/charter/export"
)

// TestMinutesPDF: the minutes print as written, with no section numbers
// on their headings, and every page names them and their hash.
func TestMinutesPDF(t *testing.T) {
	m := export.Minutes{MeetingID: 7, Title: "Minutes: Annual meeting", Footer: "Minutes of meeting 7 · SHA-256 0123abcd",
		Markdown: "# Minutes: Annual meeting\n\n## Attendance and quorum\n\n41 members present of 80 in good standing; quorum 50.0 %: met.\n\n" +
			"## Business\n\n### Item 1. Adopt amendment #3?\n\n- In Article II, Section 1, strike \"$2\" and insert \"$5\".\n\n" +
			"Vote by secret ballot, online and on paper (ballot #9): adopted.\n\n- online 12 yes, 3 no, 0 abstentions + paper 20 yes, 4 no, 1 abstentions = 32 yes, 7 no, 1 abstentions\n"}
	f, err := m.Export(export.PDF, export.Options{Paper: export.A4})
	if err != nil {
		t.Fatal(err)
	}
	if f.Name != "meeting-7-minutes.pdf" || f.MediaType != "application/pdf" {
		t.Errorf("file %q %q", f.Name, f.MediaType)
	}
	text := strings.Join(strings.Fields(pdfText(t, f.Body, false)), " ")
	for _, want := range []string{
		"Attendance and quorum", "41 members present of 80 in good standing; quorum 50.0 %: met.",
		"Item 1. Adopt amendment #3?", "• In Article II, Section 1, strike \"$2\" and insert \"$5\".",
		"= 32 yes, 7 no, 1 abstentions", "Minutes of meeting 7 · SHA-256 0123abcd",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "1 Attendance") || strings.Contains(text, "Article I Attendance") {
		t.Errorf("a heading of the minutes is numbered:\n%s", text)
	}
	md, err := m.Export(export.Markdown, export.Options{})
	if err != nil || string(md.Body) != m.Markdown || md.Name != "meeting-7-minutes.md" {
		t.Errorf("Markdown: %q, %v", md.Name, err)
	}
}
