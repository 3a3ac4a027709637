package intake

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// run is a stretch of a paragraph's text with one formatting.
type run struct {
	text         string
	bold, italic bool
	ins, del     bool // inside a tracked insertion or deletion
}

// para is one paragraph of the body, or one table.
type para struct {
	runs             []run
	style            string
	heading          int
	numID            string
	ilvl             int
	hasNum           bool
	level            int // list level + 1; 0 when not in a list
	ordered          bool
	title, subtitle  bool
	insMark, delMark bool
	table            [][]string // rows of cells, for a table
}

// text spells the paragraph with its tracked changes accepted, or
// rejected; formatted adds Markdown's emphasis and escapes.
func (p *para) text(reject, formatted bool) string {
	var b strings.Builder
	if !formatted {
		for _, r := range p.runs {
			if r.ins && reject || r.del && !reject {
				continue
			}
			b.WriteString(r.text)
		}
		return b.String()
	}
	// Runs of one formatting are joined first, so "**two words**" is one
	// emphasis, not two.
	var merged []run
	for _, r := range p.runs {
		if r.del {
			continue
		}
		if n := len(merged); n > 0 && merged[n-1].bold == r.bold && merged[n-1].italic == r.italic {
			merged[n-1].text += r.text
			continue
		}
		merged = append(merged, run{text: r.text, bold: r.bold, italic: r.italic})
	}
	for _, r := range merged {
		core := strings.TrimSpace(r.text)
		if core == "" || !r.bold && !r.italic {
			b.WriteString(escape(r.text))
			continue
		}
		mark := map[[2]bool]string{{true, false}: "**", {false, true}: "*", {true, true}: "***"}[[2]bool{r.bold, r.italic}]
		lead := r.text[:len(r.text)-len(strings.TrimLeft(r.text, " \t"))]
		trail := r.text[len(strings.TrimRight(r.text, " \t")):]
		b.WriteString(lead + mark + escape(core) + mark + trail)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// escape keeps Word's characters from reading as Markdown, escaping only
// what could: a bracket is only a link before "(" "[" or ":", a tilde only
// strikes doubled, so that the words read back as Word had them.
func escape(s string) string {
	var b strings.Builder
	for i, r := range s {
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch r {
		case '\\', '*', '`', '<':
			b.WriteByte('\\')
		case '_': // inside a word it emphasises nothing
			if i == 0 || !alnum(s[i-1]) || !alnum(next) {
				b.WriteByte('\\')
			}
		case ']':
			if next == '(' || next == '[' || next == ':' {
				b.WriteByte('\\')
			}
		case '~':
			if next == '~' {
				b.WriteByte('\\')
			}
		case '&':
			if next == '#' || 'a' <= next|0x20 && next|0x20 <= 'z' {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// bodyReader walks word/document.xml.
type bodyReader struct {
	p          *pkg
	d          *decoder
	cur        *para
	inPPr      bool
	inRPr      bool // a run's properties
	inMarkRPr  bool // the paragraph mark's properties
	bold, ital bool
	ins, del   int
	inText     bool // inside w:t or w:delText
	table      *para
	tblDepth   int
	row        []string
	cell       strings.Builder
	inCell     bool
}

func (p *pkg) readBody() error {
	d, err := p.decoder(documentPart)
	if err != nil {
		return err
	}
	r := &bodyReader{p: p, d: d}
	for {
		t, err := d.next()
		if err == errEnd {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if err := r.start(t); err != nil {
				return err
			}
		case xml.EndElement:
			r.end(t)
		case xml.CharData:
			if r.inText && r.cur != nil {
				r.cur.runs = append(r.cur.runs, run{text: string(t), bold: r.bold, italic: r.ital, ins: r.ins > 0, del: r.del > 0})
			}
		}
	}
}

// skip passes over an element and everything in it.
func (r *bodyReader) skip() error {
	r.d.depth--
	if err := r.d.d.Skip(); err != nil {
		return errNotDocx()
	}
	return nil
}

func (r *bodyReader) start(e xml.StartElement) error {
	switch e.Name.Local {
	case "p":
		r.cur = &para{}
	case "pPr":
		r.inPPr = true
	case "pPrChange", "rPrChange", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "instrText":
		return r.skip()
	case "pStyle":
		if r.inPPr && r.cur != nil {
			r.cur.style = attr(e, "val")
		}
	case "numId":
		if r.inPPr && r.cur != nil {
			r.cur.numID, r.cur.hasNum = attr(e, "val"), true
		}
	case "ilvl":
		if r.inPPr && r.cur != nil {
			r.cur.ilvl, _ = strconv.Atoi(attr(e, "val"))
		}
	case "outlineLvl":
		if k, err := strconv.Atoi(attr(e, "val")); err == nil && r.inPPr && r.cur != nil && k >= 0 && k < 9 {
			r.cur.heading = k + 1
		}
	case "rPr":
		if r.inPPr {
			r.inMarkRPr = true
		} else {
			r.inRPr = true
		}
	case "r":
		r.bold, r.ital = false, false
	case "b", "bCs":
		if r.inRPr {
			r.bold = on(e)
		}
	case "i", "iCs":
		if r.inRPr {
			r.ital = on(e)
		}
	case "u", "color", "highlight", "strike", "dstrike", "smallCaps", "caps", "vertAlign":
		if r.inRPr && on(e) {
			r.p.lose(LostFormatting)
		}
	case "ins", "moveTo":
		if r.inMarkRPr && r.cur != nil {
			r.cur.insMark = true
		} else {
			r.ins++
		}
		r.p.lose(LostChanges)
	case "del", "moveFrom":
		if r.inMarkRPr && r.cur != nil {
			r.cur.delMark = true
		} else {
			r.del++
		}
		r.p.lose(LostChanges)
	case "t", "delText":
		r.inText = true
	case "tab", "br", "cr", "noBreakHyphen":
		if r.cur != nil && !r.inRPr && !r.inPPr {
			s := " "
			if e.Name.Local == "noBreakHyphen" {
				s = "-"
			}
			r.cur.runs = append(r.cur.runs, run{text: s, bold: r.bold, italic: r.ital, ins: r.ins > 0, del: r.del > 0})
		}
	case "drawing", "pict":
		r.p.lose(LostImages)
		return r.skip()
	case "object", "oMath", "oMathPara", "txbxContent", "AlternateContent":
		r.p.lose(LostEmbedded)
		return r.skip()
	case "commentReference":
		r.p.lose(LostComments)
	case "footnoteReference", "endnoteReference":
		r.p.lose(LostNotes)
	case "hyperlink":
		r.p.lose(LostLinks)
	case "fldSimple":
		r.p.lose(LostFields)
	case "fldChar":
		if attr(e, "fldCharType") == "begin" {
			r.p.lose(LostFields)
		}
	case "tbl":
		r.tblDepth++
		if r.tblDepth == 1 {
			r.table = &para{}
		}
	case "tr":
		if r.tblDepth == 1 {
			r.row = nil
		}
	case "tc":
		if r.tblDepth == 1 {
			r.cell.Reset()
			r.inCell = true
		}
	}
	return nil
}

func (r *bodyReader) end(e xml.EndElement) {
	switch e.Name.Local {
	case "pPr":
		r.inPPr = false
	case "rPr":
		r.inRPr, r.inMarkRPr = false, false
	case "t", "delText":
		r.inText = false
	case "ins", "moveTo":
		r.ins = max(0, r.ins-1)
	case "del", "moveFrom":
		r.del = max(0, r.del-1)
	case "p":
		if r.cur == nil {
			return
		}
		if r.inCell {
			// A cell's paragraphs are one line of the table.
			if text := r.cur.text(false, true); text != "" {
				if r.cell.Len() > 0 {
					r.cell.WriteByte(' ')
				}
				r.cell.WriteString(text)
			}
		} else {
			r.finish(r.cur)
			r.p.body = append(r.p.body, r.cur)
		}
		r.cur = nil
	case "tc":
		if r.tblDepth == 1 && len(r.row) < maxTableCells {
			r.row = append(r.row, r.cell.String())
			r.inCell = false
		}
	case "tr":
		if r.tblDepth == 1 && r.table != nil {
			r.table.table = append(r.table.table, r.row)
		}
	case "tbl":
		r.tblDepth--
		if r.tblDepth == 0 && r.table != nil {
			r.p.body = append(r.p.body, r.table)
			r.table = nil
		}
	}
}

// finish works out what a paragraph is from its style and numbering.
func (r *bodyReader) finish(p *para) {
	s := r.p.style(p.style)
	if p.heading == 0 {
		p.heading = s.heading
	}
	name := strings.ToLower(p.style)
	p.title = s.title || name == "title"
	p.subtitle = name == "subtitle"
	numID, ilvl := p.numID, p.ilvl
	if !p.hasNum {
		numID, ilvl = s.numID, s.ilvl
	}
	if numID != "" && numID != "0" && p.heading == 0 {
		p.level = min(ilvl, 8) + 1
		lvl, known := r.p.numbering[numID][ilvl]
		p.ordered = !known || lvl.ordered
	}
}

func alnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z' || c >= 0x80
}
