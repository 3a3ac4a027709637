// Package letter lays out letters to members as a PDF to print and post:
// a page (or more) per member, the address where a window envelope shows
// it, the date, and the words. It knows nothing of HTTP or storage.
package letter

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/bidi"

	"github.com/charter-org/charter"
)

// Letter is one member's letter.
type Letter struct {
	// Address is what the envelope's window shows: the member's name,
	// then their postal address, a line each.
	Address []string
	Date    string
	// Title is the letter's subject, set above its words.
	Title string
	// Paragraphs are the words, each a paragraph whose own lines ("\n")
	// are kept.
	Paragraphs []string
	// Footer names the letter on each of its pages, so that a letter of
	// several pages is put in one envelope whole.
	Footer string
}

// Options are how the letters are printed.
type Options struct {
	// Font is a TrueType font (a .ttf file's bytes) holding every
	// character the letters use; nil prints with the PDF's built-in
	// Helvetica, which holds only the Western European characters of
	// Windows-1252.
	Font []byte
	// Created is the PDF's creation date (a fixed one makes the same
	// letters the same bytes).
	Created time.Time
}

// The page, in millimetres: A4, with the address placed for a DL or C5/6
// window envelope as DIN 5008 form B places it (window 20 mm from the
// left and 45 mm from the top, 85 × 45 mm, the address in its lower
// part), the date beside it, and fold marks for a letter folded in
// three.
const (
	pageWidth   = 210.0
	marginLeft  = 25.0
	marginRight = 20.0
	marginTop   = 20.0
	marginBelow = 20.0
	addressTop  = 63.0
	addressW    = 80.0
	dateLeft    = 125.0
	bodyTop     = 103.0
	lineHeight  = 5.0
	fontSize    = 10.5
)

// Write lays out the letters, each beginning on a new page, as one PDF.
// It refuses, naming the letter and the character, a text the font
// cannot print or that is written right to left (not laid out yet), rather
// than printing it wrong.
func Write(letters []Letter, opt Options) ([]byte, error) {
	for _, l := range letters {
		if err := printable(l, opt.Font != nil); err != nil {
			return nil, err
		}
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(opt.Created)
	pdf.SetCatalogSort(true)
	family, encode := "Helvetica", pdf.UnicodeTranslatorFromDescriptor("cp1252")
	if opt.Font != nil {
		family, encode = "letter", func(s string) string { return s }
		pdf.AddUTF8FontFromBytes(family, "", opt.Font)
		pdf.AddUTF8FontFromBytes(family, "B", opt.Font)
	}
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(true, marginBelow)
	var footer string
	var first int // the page the current letter began on
	pdf.SetFooterFunc(func() {
		pdf.SetY(-12)
		pdf.SetFont(family, "", 8)
		pdf.CellFormat(0, 4, encode(fmt.Sprintf("%s · %d", footer, pdf.PageNo()-first+1)), "", 0, "R", false, 0, "")
	})
	width := pageWidth - marginLeft - marginRight
	for _, l := range letters {
		// AddPage writes the footer of the page before: this letter's
		// footer is set after it.
		pdf.AddPage()
		footer, first = l.Footer, pdf.PageNo()
		foldMarks(pdf)
		pdf.SetFont(family, "", fontSize)
		pdf.SetXY(dateLeft, addressTop)
		pdf.CellFormat(pageWidth-marginRight-dateLeft, lineHeight, encode(l.Date), "", 0, "R", false, 0, "")
		pdf.SetXY(marginLeft, addressTop)
		pdf.MultiCell(addressW, lineHeight, encode(strings.Join(l.Address, "\n")), "", "L", false)
		pdf.SetXY(marginLeft, bodyTop)
		pdf.SetFont(family, "B", fontSize+1)
		pdf.MultiCell(width, lineHeight+1, encode(l.Title), "", "L", false)
		pdf.Ln(3)
		pdf.SetFont(family, "", fontSize)
		for _, p := range l.Paragraphs {
			pdf.MultiCell(width, lineHeight, encode(p), "", "L", false)
			pdf.Ln(2)
		}
	}
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		return nil, fmt.Errorf("letter: %w", err)
	}
	return out.Bytes(), nil
}

// foldMarks marks the left edge where a letter folds in three for a DL
// envelope (DIN 5008 form B: 105 and 210 mm), and the punch mark (148.5).
func foldMarks(pdf *fpdf.Fpdf) {
	pdf.SetLineWidth(0.2)
	for _, y := range []float64{105, 148.5, 210} {
		pdf.Line(4, y, 8, y)
	}
}

// printable refuses a letter holding what the PDF would print wrong: a
// character outside Windows-1252 without a font of one's own, a control
// character, or right-to-left text, which is printed unshaped.
func printable(l Letter, ownFont bool) error {
	who := l.Footer
	if len(l.Address) > 0 {
		who = l.Address[0]
	}
	texts := append(append([]string{l.Date, l.Title, l.Footer}, l.Address...), l.Paragraphs...)
	for _, s := range texts {
		for _, r := range s {
			if r == '\n' {
				continue
			}
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
				return charter.Errorf(charter.EINVALID, "The letter to %s holds an invisible character (%U) that cannot be printed.", who, r)
			}
			if p, _ := bidi.LookupRune(r); p.Class() == bidi.R || p.Class() == bidi.AL {
				return charter.Errorf(charter.EINVALID, "The letter to %s holds right-to-left text (%q), which letters cannot lay out yet.", who, string(r))
			}
			if _, ok := charmap.Windows1252.EncodeRune(r); !ok && !ownFont {
				return charter.Errorf(charter.EINVALID, "The letter to %s holds %q, which the built-in PDF font cannot print: start Charter with -letter-font naming a TrueType font that has it (such as DejaVuSans.ttf from Debian's fonts-dejavu-core).", who, string(r))
			}
		}
	}
	return nil
}

// CheckFont tells whether font is a TrueType font letters can be printed
// in, so that a server started with a wrong file says so at once rather
// than at an officer's first download.
func CheckFont(font []byte) error {
	_, err := Write([]Letter{{Address: []string{"Charter"}, Paragraphs: []string{"Charter"}}}, Options{Font: font})
	return err
}
