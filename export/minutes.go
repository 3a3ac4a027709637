package export

import (
	"fmt"

	"github.com/yuin/goldmark/ast"

	"github.com/charter-org/charter/document"
)

// Minutes are a meeting's minutes as meeting.Minutes writes them.
type Minutes struct {
	MeetingID int64
	Title     string
	Markdown  string
	// Footer names the minutes on each printed page, with their hash, so
	// that a copy handed round at the next meeting can be checked.
	Footer string
}

// Export writes the minutes as Markdown or PDF.
func (m Minutes) Export(f Format, o Options) (File, error) {
	what := fmt.Sprintf("meeting-%d", m.MeetingID)
	switch f {
	case Markdown:
		return File{Name: name(what, "minutes", Markdown), MediaType: "text/markdown; charset=utf-8", Body: []byte(m.Markdown)}, nil
	case PDF:
		p, err := document.Prepare([]byte(m.Markdown), document.SchemeDecimal, nil)
		if err != nil {
			return File{}, err
		}
		s := newSheet(o, m.Title)
		if err := s.printable(m.Title + m.Markdown); err != nil {
			return File{}, err
		}
		s.footer = m.Footer
		s.page()
		// Minutes are not a numbered text: their headings keep no
		// section numbers.
		w := textWriter{s: s, src: p.Source.Body(), numbered: map[ast.Node]document.Node{}}
		w.blocks(p.Root, 0)
		body, err := s.output()
		if err != nil {
			return File{}, err
		}
		return File{Name: name(what, "minutes", PDF), MediaType: "application/pdf", Body: body}, nil
	}
	return File{}, notOffered(f)
}
