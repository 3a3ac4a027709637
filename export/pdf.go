package export

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/text/encoding/charmap"

	"github.com/charter-org/charter"
)

// The PDF's page, in millimetres: a wide left margin holds the line
// numbers, as motion books print them, so that a delegate can say "line
// 42" and everyone finds it.
const (
	pdfMarginLeft   = 25.0
	pdfMarginRight  = 18.0
	pdfMarginTop    = 18.0
	pdfMarginBottom = 20.0
	pdfNumberRight  = 20.0 // where the line numbers end, right-aligned
	pdfFontSize     = 10.0
	pdfLineHeight   = 5.0
	pdfIndent       = 6.0 // per level of a nested clause
)

// FallbackFont and FallbackBoldFont are the fonts a PDF is set in when no
// font is configured: Debian's fonts-dejavu-core, which holds the
// characters of every European language. A variable so that a test can
// take it away.
var (
	FallbackFont     = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
	FallbackBoldFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
)

// fallbackFonts are read once: every export of a server shares them.
var fallbackFonts = sync.OnceValues(readFallbackFonts)

func readFallbackFonts() ([]byte, []byte) {
	regular, err := os.ReadFile(FallbackFont)
	if err != nil {
		return nil, nil
	}
	bold, err := os.ReadFile(FallbackBoldFont)
	if err != nil {
		bold = regular
	}
	return regular, bold
}

// style is how a run of words is set.
type style uint8

const (
	plain    style = iota
	bold           // headings, labels
	struck         // a struck word: [bracketed] with a line through it
	inserted       // an inserted word: bold and underlined
	small          // notes: the legend, the table of contents' dots
)

// run is words set in one style.
type run struct {
	text  string
	style style
}

// sheet lays out text as numbered lines on pages of fpdf.
type sheet struct {
	pdf    *fpdf.Fpdf
	family string
	encode func(string) string
	// unicode: the font is a TrueType font of one's own; otherwise the
	// PDF's built-in Helvetica, which holds only Windows-1252.
	unicode bool
	width   float64 // of the text column
	bottom  float64 // the lowest a line may reach
	line    int     // the last line number printed
	footer  string
	numbers bool // whether lines are numbered now
}

// newSheet starts a PDF on paper p in the configured font, else DejaVu,
// else Helvetica.
func newSheet(o Options, title string) *sheet {
	size := "A4"
	if o.Paper == Letter {
		size = "Letter"
	}
	pdf := fpdf.New("P", "mm", size, "")
	// A fixed date makes the same text the same bytes, and says nothing of
	// when a member downloaded it.
	pdf.SetCreationDate(time.Unix(0, 0).UTC())
	pdf.SetModificationDate(time.Unix(0, 0).UTC())
	pdf.SetCatalogSort(true)
	pdf.SetTitle(title, true)
	pdf.SetCreator("Charter", true)
	s := &sheet{pdf: pdf, family: "Helvetica", encode: pdf.UnicodeTranslatorFromDescriptor("cp1252")}
	regular, boldFace := o.Font, o.Font
	if regular == nil {
		regular, boldFace = fallbackFonts()
	}
	if regular != nil {
		s.family, s.unicode, s.encode = "charter", true, func(s string) string { return s }
		pdf.AddUTF8FontFromBytes(s.family, "", regular)
		pdf.AddUTF8FontFromBytes(s.family, "B", boldFace)
	}
	pdf.SetMargins(pdfMarginLeft, pdfMarginTop, pdfMarginRight)
	pdf.SetAutoPageBreak(false, pdfMarginBottom)
	w, h := pdf.GetPageSize()
	s.width, s.bottom = w-pdfMarginLeft-pdfMarginRight, h-pdfMarginBottom
	pdf.SetFooterFunc(func() {
		pdf.SetY(-12)
		pdf.SetFont(s.family, "", 7)
		pdf.SetX(pdfMarginLeft)
		pdf.CellFormat(s.width-20, 4, s.encode(s.footer), "", 0, "L", false, 0, "")
		pdf.CellFormat(20, 4, s.encode(fmt.Sprintf("%d", pdf.PageNo())), "", 0, "R", false, 0, "")
	})
	return s
}

// printable refuses text the font cannot print, rather than printing
// question marks or garbage in a constitution.
func (s *sheet) printable(text string) error {
	for _, r := range text {
		if r == '\n' || r == '\t' {
			continue
		}
		if unicode.IsControl(r) {
			return charter.Errorf(charter.EINVALID, "The text holds an invisible character (%U) that cannot be printed.", r)
		}
		if _, ok := charmap.Windows1252.EncodeRune(r); !ok && !s.unicode {
			return charter.Errorf(charter.EINVALID, "The text holds %q, which the built-in PDF font cannot print: start Charter with -letter-font naming a TrueType font that has it (such as DejaVuSans.ttf from Debian's fonts-dejavu-core).", string(r))
		}
	}
	return nil
}

func (s *sheet) setStyle(st style, size float64) {
	switch st {
	case bold, inserted:
		s.pdf.SetFont(s.family, "B", size)
	case small:
		s.pdf.SetFont(s.family, "", size-1.5)
	default:
		s.pdf.SetFont(s.family, "", size)
	}
}

// page starts a new page.
func (s *sheet) page() {
	s.pdf.AddPage()
	s.pdf.SetY(pdfMarginTop)
}

// room starts a new page unless lines more lines fit on this one.
func (s *sheet) room(lines int, height float64) {
	if s.pdf.PageNo() == 0 || s.pdf.GetY()+float64(lines)*height > s.bottom {
		s.page()
	}
}

// space leaves a gap, which is not a line and is not numbered.
func (s *sheet) space(mm float64) {
	if s.pdf.GetY()+mm <= s.bottom {
		s.pdf.SetY(s.pdf.GetY() + mm)
	}
}

// paragraph sets runs as wrapped lines, indented by indent millimetres,
// each line numbered in the margin. size is the font size; keep asks for
// that many lines of the next paragraph on the same page (for a heading).
func (s *sheet) paragraph(runs []run, indent, size float64, keep int) {
	height := pdfLineHeight * size / pdfFontSize
	lines := s.wrap(runs, s.width-indent, size)
	for i, l := range lines {
		need := 1
		if i == 0 {
			need = min(len(lines), 2) + keep
		}
		s.room(need, height)
		y := s.pdf.GetY()
		if s.numbers {
			s.line++
			s.pdf.SetFont(s.family, "", 7)
			s.pdf.SetXY(pdfNumberRight-12, y)
			s.pdf.CellFormat(12, height, fmt.Sprintf("%d", s.line), "", 0, "R", false, 0, "")
		}
		s.pdf.SetXY(pdfMarginLeft+indent, y)
		for _, r := range l {
			s.setStyle(r.style, size)
			x := s.pdf.GetX()
			w := s.pdf.GetStringWidth(s.encode(r.text))
			s.pdf.CellFormat(w, height, s.encode(r.text), "", 0, "L", false, 0, "")
			s.mark(r, x, y, w, height)
		}
		s.pdf.SetXY(pdfMarginLeft, y+height)
	}
}

// mark draws what sets a changed word apart without colour: a line
// through a struck word, a line under an inserted one.
func (s *sheet) mark(r run, x, y, w, height float64) {
	text := strings.TrimRight(r.text, " ")
	if text == "" || (r.style != struck && r.style != inserted) {
		return
	}
	w -= s.pdf.GetStringWidth(s.encode(r.text[len(text):]))
	s.pdf.SetLineWidth(0.25)
	if r.style == struck {
		s.pdf.Line(x, y+height*0.55, x+w, y+height*0.55)
	} else {
		s.pdf.Line(x, y+height*0.8, x+w, y+height*0.8)
	}
}

// wrap breaks runs into lines of at most width, between words; a word
// longer than a line is cut where it must be.
func (s *sheet) wrap(runs []run, width, size float64) [][]run {
	var lines [][]run
	var cur []run
	used := 0.0
	add := func(word string, st style) {
		if n := len(cur); n > 0 && cur[n-1].style == st {
			cur[n-1].text += word
		} else {
			cur = append(cur, run{word, st})
		}
	}
	flush := func() {
		if len(cur) > 0 {
			lines = append(lines, cur)
		}
		cur, used = nil, 0
	}
	// Runs meet where the text has no space between them ("members" and
	// an inserted ","): a space is set only where the text has one, and
	// between a struck and an inserted word, which would otherwise read as
	// one.
	spaced := false
	var last style
	for _, r := range runs {
		ws := words(r.text)
		if len(ws) == 0 {
			spaced = spaced || r.text != ""
			continue
		}
		if len(cur) > 0 && (unicode.IsSpace(rune(r.text[0])) || last != r.style && last != plain && r.style != plain) {
			spaced = true
		}
		s.setStyle(r.style, size)
		space := s.pdf.GetStringWidth(" ")
		for i, word := range ws {
			w := s.pdf.GetStringWidth(s.encode(word))
			if (i > 0 || spaced) && used > 0 {
				if used+space+w > width {
					flush()
				} else {
					// The space belongs to the word before it, so that it is
					// never underlined or struck at a word's start.
					cur[len(cur)-1].text += " "
					used += space
				}
			}
			for w > width && len([]rune(word)) > 1 {
				head := cut(s, word, width)
				add(head, r.style)
				flush()
				word = word[len(head):]
				w = s.pdf.GetStringWidth(s.encode(word))
			}
			add(word, r.style)
			used += w
		}
		spaced = unicode.IsSpace(rune(r.text[len(r.text)-1]))
		last = r.style
	}
	flush()
	return lines
}

// words splits text at white space into what a line may end after: lines
// are joined as Markdown joins them. A word ending in a hyphen or dash
// keeps the next word with it, as a line ending in "-" reads to pdftotext
// (and to copy and paste) as a word broken in two, whose hyphen it drops.
func words(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		if n := len(out); n > 0 && strings.HasSuffix(out[n-1], "-") || n > 0 && strings.HasSuffix(out[n-1], "–") {
			out[n-1] += " " + w
			continue
		}
		out = append(out, w)
	}
	return out
}

// cut is the longest head of word that fits width.
func cut(s *sheet, word string, width float64) string {
	rs := []rune(word)
	n := len(rs) - 1
	for n > 1 && s.pdf.GetStringWidth(s.encode(string(rs[:n]))) > width {
		n--
	}
	return string(rs[:n])
}

// output writes the PDF.
func (s *sheet) output() ([]byte, error) {
	var b bytes.Buffer
	if err := s.pdf.Output(&b); err != nil {
		return nil, fmt.Errorf("export: pdf: %w", err)
	}
	return b.Bytes(), nil
}
