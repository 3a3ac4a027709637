package letter_test

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/letter"
	"github.com/charter-org/charter/letter/lettertest"
)

func TestLettersReadBack(t *testing.T) {
	long := make([]string, 30)
	for i := range long {
		long[i] = "Paragraph " + strconv.Itoa(i) + " of a long notice, which must flow onto a second page of its own letter."
	}
	letters := []letter.Letter{
		{Address: []string{"Renée Côté", "12 rue de l'Église", "75011 Paris"}, Date: "2026-03-01", Title: "Notice of ballot: dues",
			Paragraphs: []string{"Dear Renée Côté,", "Voting opens … and costs 5 €."}, Footer: "Renée Côté"},
		{Address: []string{"Sam Long", "1 Main St", "Springfield"}, Date: "2026-03-01", Title: "Notice", Paragraphs: long, Footer: "Sam Long"},
	}
	pdf, err := letter.Write(letters, letter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages := lettertest.Pages(t, pdf)
	if len(pages) != 3 {
		t.Fatalf("%d pages, want 3 (one letter of one page, one of two)", len(pages))
	}
	for _, want := range []string{"Renée Côté", "12 rue de l'Église", "75011 Paris", "5 €", "2026-03-01", "Renée Côté · 1"} {
		if !strings.Contains(pages[0], want) {
			t.Errorf("page 1 lacks %q:\n%s", want, pages[0])
		}
	}
	if !strings.Contains(pages[1], "Sam Long") || !strings.Contains(pages[2], "Paragraph 29") || !strings.Contains(pages[2], "Sam Long · 2") {
		t.Errorf("the long letter is not on pages 2 and 3 with its footer:\n%s\n---\n%s", pages[1], pages[2])
	}
}

func TestOutsideWindows1252(t *testing.T) {
	l := []letter.Letter{{Address: []string{"Łucja Wąs", "ul. Długa 5", "Łódź"}, Date: "2026-03-01", Title: "Notice", Paragraphs: []string{"Dear Łucja Wąs,"}, Footer: "Łucja Wąs"}}
	_, err := letter.Write(l, letter.Options{})
	if charter.ErrorCode(err) != charter.EINVALID || !strings.Contains(charter.ErrorMessage(err), "-letter-font") {
		t.Fatalf("without a font: %v, want a refusal naming -letter-font", err)
	}
	font, err := os.ReadFile(lettertest.DejaVu)
	if err != nil {
		t.Skipf("%s: %v (Debian: apt-get install fonts-dejavu-core)", lettertest.DejaVu, err)
	}
	pdf, err := letter.Write(l, letter.Options{Font: font})
	if err != nil {
		t.Fatal(err)
	}
	if pages := lettertest.Pages(t, pdf); len(pages) != 1 || !strings.Contains(pages[0], "ul. Długa 5") || !strings.Contains(pages[0], "Łódź") {
		t.Fatalf("with DejaVu Sans: %q", pages)
	}
}

func TestUnprintableRefused(t *testing.T) {
	font, _ := os.ReadFile(lettertest.DejaVu)
	for name, text := range map[string]string{"bidi override": "a\u202eb", "arabic": "مرحبا", "NUL": "a\x00b"} {
		_, err := letter.Write([]letter.Letter{{Address: []string{"A"}, Paragraphs: []string{text}}}, letter.Options{Font: font})
		if charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("%s: %v, want refused", name, err)
		}
	}
}
