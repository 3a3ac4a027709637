package export

import (
	"fmt"
	"strings"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/render"
)

// legend says how changed words are marked, in black and white, for a
// copy printed or photocopied without colour.
const legend = "How changes are marked: [struck words] are bracketed with a line through them; inserted words are bold and underlined."

// pdf is the amendment as a motion printed for delegates: its title,
// sponsors, status and rationale, each change as a motion, and the
// redline of the changed parts, every line numbered from 1.
func (a Amendment) pdf(o Options) (File, error) {
	s := newSheet(o, a.Amendment.Title)
	if err := a.write(s, o.labels(), fmt.Sprintf("Amendment #%d to %s", a.Amendment.ID, a.Document.Title)); err != nil {
		return File{}, err
	}
	body, err := s.output()
	if err != nil {
		return File{}, err
	}
	return File{Name: name(a.Document.Slug, fmt.Sprintf("amendment-%d", a.Amendment.ID), PDF), MediaType: "application/pdf", Body: body}, nil
}

// write sets the amendment from a new page on, its lines numbered from 1
// (in a motion book too, so that "amendment 7, line 12" is the same line
// in the book and in the amendment's own PDF); footer names its pages.
func (a Amendment) write(s *sheet, l render.Labels, footer string) error {
	changes := a.Comparison.Changes
	all := []string{a.Amendment.Title, a.Amendment.Rationale, a.Document.Title, strings.Join(a.Sponsors, " ")}
	for _, c := range changes {
		all = append(all, l.MotionText(c), c.Old, c.New, render.SectionLabel(c))
	}
	if err := s.printable(strings.Join(all, "\n")); err != nil {
		return err
	}
	s.page()
	s.footer, s.line, s.numbers = footer, 0, false
	s.paragraph([]run{{fmt.Sprintf("Amendment #%d: %s", a.Amendment.ID, a.Amendment.Title), bold}}, 0, 15, 1)
	s.space(2)
	s.paragraph([]run{{"To: ", bold}, {a.Document.Title, plain}}, 0, pdfFontSize, 0)
	s.paragraph([]run{{"Sponsors: ", bold}, {strings.Join(a.Sponsors, ", "), plain}}, 0, pdfFontSize, 0)
	s.paragraph([]run{{"Status: ", bold}, {string(a.Amendment.Status), plain}}, 0, pdfFontSize, 0)
	s.space(2)
	s.paragraph([]run{{legend, small}}, 0, pdfFontSize, 0)
	s.paragraph([]run{{"Example: ", small}, {"[struck]", struck}, {" ", plain}, {"inserted", inserted}}, 0, pdfFontSize, 0)
	s.space(3)
	s.numbers = true
	if r := strings.TrimSpace(a.Amendment.Rationale); r != "" {
		s.heading("Rationale")
		for _, p := range strings.Split(strings.ReplaceAll(r, "\r\n", "\n"), "\n\n") {
			s.paragraph([]run{{p, plain}}, 0, pdfFontSize, 0)
			s.space(1.5)
		}
	}
	s.heading(l.Motion + "s")
	if len(changes) == 0 {
		s.paragraph([]run{{"No change.", plain}}, 0, pdfFontSize, 0)
	}
	for i, c := range changes {
		s.paragraph([]run{{fmt.Sprintf("%d. %s %s: ", i+1, l.Section, render.SectionLabel(c)), bold}, {l.MotionText(c), plain}}, 0, pdfFontSize, 0)
		s.space(1.5)
	}
	s.heading("Redline")
	for _, c := range changes {
		s.paragraph([]run{{render.SectionLabel(c), bold}}, 0, pdfFontSize, 1)
		s.paragraph(redlineRuns(c.Ops), pdfIndent, pdfFontSize, 0)
		s.space(2)
	}
	return nil
}

// heading sets a heading of an amendment's parts.
func (s *sheet) heading(text string) {
	s.space(2)
	s.paragraph([]run{{text, bold}}, 0, 12, 1)
	s.space(1)
}

// redlineRuns marks struck and inserted words: struck ones bracketed, so
// that the text extracted from the PDF still tells them apart.
func redlineRuns(ops []redline.Op) []run {
	var out []run
	for _, op := range ops {
		switch op.Kind {
		case redline.Equal:
			out = append(out, run{op.Text, plain})
		case redline.Delete:
			lead := op.Text[:len(op.Text)-len(strings.TrimLeft(op.Text, " \n\t"))]
			trail := op.Text[len(strings.TrimRight(op.Text, " \n\t")):]
			if words := strings.TrimSpace(op.Text); words != "" {
				out = append(out, run{lead, plain}, run{"[" + words + "]", struck}, run{trail, plain})
			}
		case redline.Insert:
			out = append(out, run{op.Text, inserted})
		}
	}
	return out
}

// MotionBook is every pending amendment of a version of a document, for a
// meeting.
type MotionBook struct {
	Document   document.Document
	Version    document.Version
	Amendments []Amendment // in the order they are taken: by id
}

// PDF writes the motion book: a table of contents with page numbers, then
// each amendment from a new page.
func (b MotionBook) PDF(o Options) (File, error) {
	// The contents come first but their page numbers are known only once
	// the amendments are laid out: lay out twice, the second time with the
	// pages the first found. The contents take the same lines both times.
	pages := make([]int, len(b.Amendments))
	var s *sheet
	for range 2 {
		var err error
		if s, err = b.write(o, pages); err != nil {
			return File{}, err
		}
	}
	body, err := s.output()
	if err != nil {
		return File{}, err
	}
	return File{Name: name(b.Document.Slug, fmt.Sprintf("v%d-motion-book", b.Version.Number), PDF), MediaType: "application/pdf", Body: body}, nil
}

// write lays the book out with pages as the contents' page numbers, and
// notes in pages where each amendment begins.
func (b MotionBook) write(o Options, pages []int) (*sheet, error) {
	title := fmt.Sprintf("Motion book: %s", b.Document.Title)
	s := newSheet(o, title)
	if err := s.printable(title); err != nil {
		return nil, err
	}
	s.page()
	s.footer = fmt.Sprintf("%s · Version %d", title, b.Version.Number)
	s.paragraph([]run{{title, bold}}, 0, 16, 1)
	s.paragraph([]run{{fmt.Sprintf("Pending amendments to version %d (SHA-256 %s)", b.Version.Number, b.Version.SHA256), small}}, 0, pdfFontSize, 0)
	s.space(3)
	s.heading("Contents")
	if len(b.Amendments) == 0 {
		s.paragraph([]run{{"No amendment is pending.", plain}}, 0, pdfFontSize, 0)
	}
	for i, a := range b.Amendments {
		if err := s.printable(a.Amendment.Title); err != nil {
			return nil, err
		}
		s.contentsLine(fmt.Sprintf("Amendment #%d: %s", a.Amendment.ID, a.Amendment.Title), pages[i])
	}
	s.paragraph([]run{{legend, small}}, 0, pdfFontSize, 0)
	for i, a := range b.Amendments {
		footer := fmt.Sprintf("%s · Version %d · Amendment #%d", title, b.Version.Number, a.Amendment.ID)
		pages[i] = s.pdf.PageNo() + 1 // write begins a page
		if err := a.write(s, o.labels(), footer); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// contentsLine is one entry of the contents, its page number at the right.
func (s *sheet) contentsLine(text string, page int) {
	const pageColumn = 15.0
	lines := s.wrap([]run{{text, plain}}, s.width-pageColumn, pdfFontSize)
	for i, l := range lines {
		s.room(1, pdfLineHeight)
		y := s.pdf.GetY()
		s.pdf.SetXY(pdfMarginLeft, y)
		s.setStyle(plain, pdfFontSize)
		s.pdf.CellFormat(s.width-pageColumn, pdfLineHeight, s.encode(l[0].text), "", 0, "L", false, 0, "")
		if i == len(lines)-1 {
			s.pdf.CellFormat(pageColumn, pdfLineHeight, fmt.Sprintf("%d", page), "", 0, "R", false, 0, "")
		}
		s.pdf.SetXY(pdfMarginLeft, y+pdfLineHeight)
	}
}
