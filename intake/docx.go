// Package intake brings texts into Charter from where unions keep them: a
// Word file becomes Markdown with the same outline, and text pasted from a
// PDF is cleaned of its page furniture. What could not be kept is listed,
// never dropped in silence. Hostile files (zip bombs, DOCTYPEs, macros)
// are refused before anything is built from them.
package intake

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/charter-org/charter"
)

// Limits on a Word file, far above any constitution's (the largest real
// bylaws are ~70 KB of text, a few hundred KB as .docx) and far below what
// would hurt the server.
const (
	MaxDocxBytes        = 8 << 20  // the file as uploaded
	MaxUnpackedBytes    = 64 << 20 // every part read, uncompressed
	MaxEntries          = 2000     // parts in the zip
	maxDepth            = 256      // XML elements inside one another
	maxTableCells       = 10000    // cells of one table
	documentPart        = "word/document.xml"
	wordprocessingMLURI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
)

// Loss is something of the Word file that the Markdown does not keep.
type Loss string

const (
	LostImages     Loss = "images"
	LostComments   Loss = "comments"
	LostChanges    Loss = "tracked-changes" // the changes were accepted; who made them is not kept
	LostFields     Loss = "fields"          // their last shown result is kept as text
	LostNotes      Loss = "notes"           // footnotes and endnotes
	LostLinks      Loss = "links"           // the words are kept, not where they point
	LostHeaders    Loss = "headers"         // page headers and footers
	LostEmbedded   Loss = "embedded"        // objects, text boxes, equations
	LostFormatting Loss = "formatting"      // underline, colour, fonts, sizes
)

// Lost counts one kind of loss.
type Lost struct {
	Kind  Loss
	Count int
}

// Imported is a Word file read as Markdown.
type Imported struct {
	Markdown string
	Lost     []Lost // in the order first met
}

// Paragraph is one paragraph of a Word file as read: its text with every
// tracked change accepted, and with every one rejected.
type Paragraph struct {
	Accepted, Rejected string
	InsertedMark       bool // the paragraph's mark is a tracked insertion: accepted, it ends here
	DeletedMark        bool // a tracked deletion: accepted, it runs on into the next
	Heading            int
	Level              int // list level + 1, 0 when not in a list
}

// ReadDocx reads a Word file into Markdown. A file that is not a .docx, is
// too large unpacked, holds macros or declares a DOCTYPE is refused with a
// message saying so.
func ReadDocx(data []byte) (*Imported, error) {
	pkg, err := open(data)
	if err != nil {
		return nil, err
	}
	return pkg.markdown()
}

// ReadParagraphs reads a Word file's paragraphs with its tracked changes
// both accepted and rejected: for tests of Charter's own exports.
func ReadParagraphs(data []byte) ([]Paragraph, error) {
	pkg, err := open(data)
	if err != nil {
		return nil, err
	}
	out := make([]Paragraph, len(pkg.body))
	for i, p := range pkg.body {
		out[i] = Paragraph{Accepted: p.text(false, false), Rejected: p.text(true, false), InsertedMark: p.insMark, DeletedMark: p.delMark,
			Heading: p.heading, Level: p.level}
	}
	return out, nil
}

func errNotDocx() error {
	return charter.Errorf(charter.EINVALID, "This file is not a Word document (.docx) that Charter can read: it may be damaged, or of another kind. Save it again from Word as .docx.")
}

// pkg is an opened Word file.
type pkg struct {
	files     map[string]*zip.File
	unpacked  int64
	styles    map[string]styleInfo
	numbering map[string]map[int]listLevel // numId → level → format
	body      []*para
	lost      map[Loss]int
	lostOrder []Loss
	textBytes int
}

func open(data []byte) (*pkg, error) {
	if len(data) > MaxDocxBytes {
		return nil, charter.Errorf(charter.ETOOLARGE, "The Word file is %d KB; the limit is %d KB.", len(data)>>10, MaxDocxBytes>>10)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errNotDocx()
	}
	if len(z.File) > MaxEntries {
		return nil, charter.Errorf(charter.EINVALID, "This Word file holds %d parts; a document has at most %d. It was refused.", len(z.File), MaxEntries)
	}
	p := &pkg{files: map[string]*zip.File{}, lost: map[Loss]int{}}
	var declared uint64
	for _, f := range z.File {
		name := strings.ToLower(f.Name)
		if path.Base(name) == "vbaproject.bin" || strings.HasSuffix(name, ".bin") && strings.Contains(name, "vba") {
			return nil, errMacros()
		}
		declared += f.UncompressedSize64
		p.files[f.Name] = f
	}
	// The sizes a zip declares can lie; they are only a first check, and
	// every read below is bounded by what is left of the budget.
	if declared > MaxUnpackedBytes {
		return nil, errUnpacked()
	}
	types, err := p.read("[Content_Types].xml")
	if err != nil {
		return nil, err
	}
	if bytes.Contains(bytes.ToLower(types), []byte("macroenabled")) || bytes.Contains(bytes.ToLower(types), []byte("vbaproject")) {
		return nil, errMacros()
	}
	if p.files[documentPart] == nil {
		return nil, errNotDocx()
	}
	if err := p.readStyles(); err != nil {
		return nil, err
	}
	if err := p.readNumbering(); err != nil {
		return nil, err
	}
	for name := range p.files {
		if strings.HasPrefix(name, "word/header") || strings.HasPrefix(name, "word/footer") {
			p.lose(LostHeaders)
			break
		}
	}
	if err := p.readBody(); err != nil {
		return nil, err
	}
	return p, nil
}

func errMacros() error {
	return charter.Errorf(charter.EINVALID, "This Word file holds macros (a .docm file): Charter does not take files with macros. Save it from Word as a plain Word document (.docx) and upload that.")
}

func errUnpacked() error {
	return charter.Errorf(charter.ETOOLARGE, "This Word file unpacks to more than %d MB, far more than any constitution: it was refused.", MaxUnpackedBytes>>20)
}

func (p *pkg) lose(l Loss) {
	if p.lost[l] == 0 {
		p.lostOrder = append(p.lostOrder, l)
	}
	p.lost[l]++
}

// read reads a part whole, within what is left of the unpacked budget.
func (p *pkg) read(name string) ([]byte, error) {
	f := p.files[name]
	if f == nil {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, errNotDocx()
	}
	defer rc.Close()
	left := MaxUnpackedBytes - p.unpacked
	b, err := io.ReadAll(io.LimitReader(rc, left+1))
	p.unpacked += int64(len(b))
	if int64(len(b)) > left {
		return nil, errUnpacked()
	}
	if err != nil {
		return nil, errNotDocx()
	}
	return b, nil
}

// decoder reads a part's XML, refusing a DOCTYPE: Go's decoder fetches no
// entity, but a Word file never has one, so one is a sign of mischief.
type decoder struct {
	d     *xml.Decoder
	depth int
}

func (p *pkg) decoder(name string) (*decoder, error) {
	b, err := p.read(name)
	if err != nil || b == nil {
		return nil, err
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	return &decoder{d: d}, nil
}

var errEnd = errors.New("end")

func (d *decoder) next() (xml.Token, error) {
	t, err := d.d.Token()
	if err == io.EOF {
		return nil, errEnd
	}
	if err != nil {
		return nil, errNotDocx()
	}
	switch t := t.(type) {
	case xml.Directive:
		if bytes.HasPrefix(bytes.TrimSpace(bytes.ToUpper(t)), []byte("DOCTYPE")) || bytes.HasPrefix(bytes.TrimSpace(bytes.ToUpper(t)), []byte("ENTITY")) {
			return nil, charter.Errorf(charter.EINVALID, "This Word file declares a DOCTYPE, which no Word document does: it was refused.")
		}
	case xml.StartElement:
		d.depth++
		if d.depth > maxDepth {
			return nil, charter.Errorf(charter.EINVALID, "This Word file's XML is nested more than %d deep: it was refused.", maxDepth)
		}
	case xml.EndElement:
		d.depth--
	}
	return t, nil
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// on reads a toggle like <w:b/> or <w:b w:val="false"/>.
func on(e xml.StartElement) bool {
	switch attr(e, "val") {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

type styleInfo struct {
	heading int // 1..9, or 0
	title   bool
	basedOn string
	numID   string
	ilvl    int
}

// readStyles learns which styles are headings: by Word's built-in names
// ("heading 1"), or by an outline level.
func (p *pkg) readStyles() error {
	d, err := p.decoder("word/styles.xml")
	if err != nil || d == nil {
		return err
	}
	p.styles = map[string]styleInfo{}
	var id string
	var s styleInfo
	for {
		t, err := d.next()
		if err == errEnd {
			break
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				id, s = attr(t, "styleId"), styleInfo{}
			case "name":
				n := strings.ToLower(attr(t, "val"))
				if lvl, ok := strings.CutPrefix(n, "heading "); ok {
					if k, err := strconv.Atoi(lvl); err == nil && k >= 1 && k <= 9 {
						s.heading = k
					}
				}
				s.title = n == "title"
			case "outlineLvl":
				if k, err := strconv.Atoi(attr(t, "val")); err == nil && k >= 0 && k < 9 && s.heading == 0 {
					s.heading = k + 1
				}
			case "basedOn":
				s.basedOn = attr(t, "val")
			case "numId":
				s.numID = attr(t, "val")
			case "ilvl":
				s.ilvl, _ = strconv.Atoi(attr(t, "val"))
			}
		case xml.EndElement:
			if t.Name.Local == "style" && id != "" {
				p.styles[id] = s
			}
		}
	}
	return nil
}

// style is a style with what it inherits.
func (p *pkg) style(id string) styleInfo {
	s := p.styles[id]
	for i, at := 0, s; i < 10 && at.basedOn != ""; i++ {
		at = p.styles[at.basedOn]
		if s.heading == 0 {
			s.heading = at.heading
		}
		if s.numID == "" {
			s.numID, s.ilvl = at.numID, at.ilvl
		}
	}
	return s
}

type listLevel struct {
	ordered bool
	start   int
}

// readNumbering learns which lists are numbered and which bulleted.
func (p *pkg) readNumbering() error {
	d, err := p.decoder("word/numbering.xml")
	if err != nil || d == nil {
		return err
	}
	abstract := map[string]map[int]listLevel{}
	p.numbering = map[string]map[int]listLevel{}
	var absID, numID string
	lvl := -1
	for {
		t, err := d.next()
		if err == errEnd {
			break
		}
		if err != nil {
			return err
		}
		e, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		switch e.Name.Local {
		case "abstractNum":
			absID, numID = attr(e, "abstractNumId"), ""
			abstract[absID] = map[int]listLevel{}
		case "lvl":
			lvl, _ = strconv.Atoi(attr(e, "ilvl"))
			if absID != "" && numID == "" {
				abstract[absID][lvl] = listLevel{ordered: true, start: 1}
			}
		case "start":
			if absID != "" && numID == "" && lvl >= 0 {
				l := abstract[absID][lvl]
				l.start, _ = strconv.Atoi(attr(e, "val"))
				abstract[absID][lvl] = l
			}
		case "numFmt":
			if absID != "" && numID == "" && lvl >= 0 {
				l := abstract[absID][lvl]
				l.ordered = attr(e, "val") != "bullet" && attr(e, "val") != "none"
				abstract[absID][lvl] = l
			}
		case "num":
			numID = attr(e, "numId")
		case "abstractNumId":
			if numID != "" {
				p.numbering[numID] = abstract[attr(e, "val")]
			}
		}
	}
	return nil
}
