package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/wording"
)

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

// paragraph is one paragraph of a Word export: its style and its words,
// the section's number written before them as text. Numbers are written as
// text rather than as Word's list numbering so that they read exactly as
// Charter numbers them (0.1.5.c, Article IV), in Word, in LibreOffice and
// in a tracked change, which Word's own numbering would renumber.
type paragraph struct {
	heading int // 1..9 for a heading, 0 for a clause or paragraph
	depth   int // how deep a clause sits, for its indent
	code    bool
	text    string // one line: no '\n'
}

// Paragraphs are a text's paragraphs as a Word export writes them, one per
// heading, clause, paragraph and line of a table or code: what accepting
// or rejecting every change of an amendment's export gives back.
func Paragraphs(p *document.Parsed) []string {
	ps := paragraphs(p)
	out := make([]string, len(ps))
	for i, q := range ps {
		out[i] = q.text
	}
	return out
}

func paragraphs(p *document.Parsed) []paragraph {
	markers := make(map[string]string, len(p.Outline.Nodes))
	for _, n := range p.Outline.Nodes {
		markers[n.Key] = n.Marker
	}
	var out []paragraph
	for _, c := range wording.Read(p).Clauses() {
		q := paragraph{depth: c.Depth}
		prefix := ""
		switch c.Kind {
		case wording.KindHeading:
			q.heading = min(c.Depth+1, 9)
			prefix = c.Number
		case wording.KindItem:
			prefix = markers[c.Key]
		case wording.KindBlock:
			q.code = true
			for line := range strings.SplitSeq(strings.TrimRight(c.Words, "\n"), "\n") {
				q.text = oneLine(line)
				out = append(out, q)
			}
			continue
		}
		q.text = oneLine(c.Words)
		if prefix != "" {
			q.text = prefix + " " + q.text
		}
		out = append(out, q)
	}
	return out
}

// oneLine keeps a paragraph on one line: a hard line break inside a
// Markdown paragraph reads as a space.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func joinParagraphs(ps []paragraph) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// docx is the version as a Word document, numbered, with no changes.
func (v Version) docx() (File, error) {
	t, err := withTree(v.Text)
	if err != nil {
		return File{}, err
	}
	ps := paragraphs(t)
	if v.Translation != nil {
		ps = append([]paragraph{{text: v.meta()}}, ps...) // what it is, before the text
	}
	language := v.Document.Language
	if v.Translation != nil {
		language = v.Translation.Language
	}
	body, err := writeDocx(ps, ps, []redline.Op{{Kind: redline.Equal, Text: joinParagraphs(ps)}}, revision{}, v.Document.Title, language)
	if err != nil {
		return File{}, err
	}
	return File{Name: name(v.Document.Slug, v.what(), DOCX), MediaType: docxType, Body: body}, nil
}

// docx is the amendment as a Word document with tracked changes: the words
// it strikes and inserts are Word's own revisions by its sponsor on its
// date, so that accepting them all gives the proposed text and rejecting
// them all the text it amends.
func (a Amendment) docx() (File, error) {
	b, err := withTree(a.Comparison.Base)
	if err != nil {
		return File{}, err
	}
	p, err := withTree(a.Comparison.Proposed)
	if err != nil {
		return File{}, err
	}
	base, proposed := paragraphs(b), paragraphs(p)
	ops := redline.Diff(joinParagraphs(base), joinParagraphs(proposed))
	rev := revision{author: "Charter", date: a.Amendment.CreatedAt}
	if len(a.Sponsors) > 0 && a.Sponsors[0] != "" {
		rev.author = a.Sponsors[0]
	}
	if a.Amendment.SubmittedAt != nil {
		rev.date = *a.Amendment.SubmittedAt
	}
	body, err := writeDocx(base, proposed, ops, rev, a.Amendment.Title, a.Document.Language)
	if err != nil {
		return File{}, err
	}
	return File{Name: name(a.Document.Slug, fmt.Sprintf("amendment-%d", a.Amendment.ID), DOCX), MediaType: docxType, Body: body}, nil
}

// revision is who made the tracked changes, and when.
type revision struct {
	author string
	date   time.Time
}

// docxWriter writes word/document.xml's body from a redline over the
// joined paragraphs: each '\n' is a paragraph's mark, kept, inserted or
// struck like any word.
type docxWriter struct {
	b              bytes.Buffer
	base, proposed []paragraph
	inBase, inNew  int // the paragraphs being written, counted in each text
	rev            revision
	id             int
	open           bool // a <w:p> is open
	pAt            int  // where its properties go
}

func writeDocx(base, proposed []paragraph, ops []redline.Op, rev revision, title, lang string) ([]byte, error) {
	w := &docxWriter{base: base, proposed: proposed, rev: rev}
	w.b.WriteString(xml.Header)
	w.b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, op := range ops {
		text := op.Text
		for text != "" {
			line, rest, found := strings.Cut(text, "\n")
			if line != "" {
				w.run(op.Kind, line)
			}
			if !found {
				break
			}
			w.mark(op.Kind)
			text = rest
		}
	}
	if w.open { // a text always ends with a mark; this is only for safety
		w.b.WriteString(`</w:p>`)
	}
	w.b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`)
	return zipDocx(w.b.Bytes(), title, lang)
}

func (w *docxWriter) attrs() string {
	w.id++
	return fmt.Sprintf(` w:id="%d" w:author="%s" w:date="%s"`, w.id, escapeXML(w.rev.author), w.rev.date.UTC().Format("2006-01-02T15:04:05Z"))
}

// begin opens a paragraph. Its properties are written at its mark, where
// it is known which text's paragraph it is, at pAt.
func (w *docxWriter) begin() {
	if !w.open {
		w.b.WriteString(`<w:p>`)
		w.pAt = w.b.Len()
		w.open = true
	}
}

func (w *docxWriter) run(k redline.Kind, text string) {
	w.begin()
	tag := "w:t"
	switch k {
	case redline.Insert:
		w.b.WriteString(`<w:ins` + w.attrs() + `>`)
	case redline.Delete:
		w.b.WriteString(`<w:del` + w.attrs() + `>`)
		tag = "w:delText"
	}
	w.b.WriteString(`<w:r><` + tag + ` xml:space="preserve">`)
	w.b.WriteString(escapeXML(text))
	w.b.WriteString(`</` + tag + `></w:r>`)
	switch k {
	case redline.Insert:
		w.b.WriteString(`</w:ins>`)
	case redline.Delete:
		w.b.WriteString(`</w:del>`)
	}
}

// mark ends a paragraph: a mark kept in both texts takes the proposed
// paragraph's properties and records the base's when they differ; an
// inserted mark is the proposed paragraph's, a struck one the base's.
func (w *docxWriter) mark(k redline.Kind) {
	w.begin()
	var props string
	switch k {
	case redline.Equal:
		p, b := w.at(w.proposed, w.inNew), w.at(w.base, w.inBase)
		props = pPr(p, "", b != p, b, w)
		w.inNew++
		w.inBase++
	case redline.Insert:
		props = pPr(w.at(w.proposed, w.inNew), `<w:ins`+w.attrs()+`/>`, false, paragraph{}, w)
		w.inNew++
	case redline.Delete:
		props = pPr(w.at(w.base, w.inBase), `<w:del`+w.attrs()+`/>`, false, paragraph{}, w)
		w.inBase++
	}
	runs := append([]byte(props), w.b.Bytes()[w.pAt:]...)
	w.b.Truncate(w.pAt)
	w.b.Write(runs)
	w.b.WriteString(`</w:p>`)
	w.open = false
}

func (w *docxWriter) at(ps []paragraph, i int) paragraph {
	if i < len(ps) {
		q := ps[i]
		q.text = ""
		return q
	}
	return paragraph{}
}

// pPr writes a paragraph's properties; markRev marks its mark inserted or
// struck; changed records was as its properties before the change.
func pPr(p paragraph, markRev string, changed bool, was paragraph, w *docxWriter) string {
	var b strings.Builder
	b.WriteString(`<w:pPr>`)
	b.WriteString(paragraphStyle(p))
	if markRev != "" {
		b.WriteString(`<w:rPr>` + markRev + `</w:rPr>`)
	}
	if changed {
		b.WriteString(`<w:pPrChange` + w.attrs() + `><w:pPr>` + paragraphStyle(was) + `</w:pPr></w:pPrChange>`)
	}
	b.WriteString(`</w:pPr>`)
	return b.String()
}

// paragraphStyle is a paragraph's properties in WordprocessingML: its heading
// style, or its indent as a clause.
func paragraphStyle(p paragraph) string {
	switch {
	case p.heading > 0:
		return fmt.Sprintf(`<w:pStyle w:val="Heading%d"/>`, p.heading)
	case p.code:
		return `<w:pStyle w:val="Code"/>`
	case p.depth > 0:
		// A clause hangs its number in the margin of its own indent.
		return fmt.Sprintf(`<w:ind w:left="%d" w:hanging="425"/>`, 425*min(p.depth, 8))
	}
	return ""
}

func escapeXML(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// zipDocx packs document.xml with the parts Word and LibreOffice need to
// open it: content types, relationships, styles and properties.
func zipDocx(document []byte, title, lang string) ([]byte, error) {
	if lang == "" {
		lang = "en"
	}
	var out bytes.Buffer
	z := zip.NewWriter(&out)
	parts := []struct {
		name string
		body []byte
	}{
		{"[Content_Types].xml", []byte(contentTypes)},
		{"_rels/.rels", []byte(packageRels)},
		{"word/_rels/document.xml.rels", []byte(documentRels)},
		{"word/document.xml", document},
		{"word/styles.xml", []byte(styles(lang))},
		{"docProps/core.xml", []byte(fmt.Sprintf(coreProps, escapeXML(title)))},
	}
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate})
		if err != nil {
			return nil, err
		}
		if _, err := io.Copy(f, bytes.NewReader(p.body)); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

const contentTypes = xml.Header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`

const packageRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`

const documentRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`

const coreProps = xml.Header + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Charter</dc:creator></cp:coreProperties>`

// styles names the headings as Word's built-in ones, so that Word's
// navigation pane and LibreOffice's navigator show the outline.
func styles(lang string) string {
	var b strings.Builder
	b.WriteString(xml.Header + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`)
	fmt.Fprintf(&b, `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/><w:sz w:val="22"/><w:lang w:val="%s"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>`, escapeXML(lang))
	b.WriteString(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`)
	for i := 1; i <= 9; i++ {
		size := max(22, 36-4*(i-1))
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="%d"/></w:pPr><w:rPr><w:b/><w:sz w:val="%d"/></w:rPr></w:style>`, i, i, i-1, size)
	}
	b.WriteString(`<w:style w:type="paragraph" w:styleId="Code"><w:name w:val="Code"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Mono" w:hAnsi="Liberation Mono"/></w:rPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}
