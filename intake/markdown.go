package intake

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
)

// markdown writes the body as Markdown: headings at their levels, Word's
// numbered lists as nested ordered lists (Charter numbers them by the
// document's scheme, so a lettered sub-list comes out lettered again),
// bold and italic, tables as pipe tables, the title in front matter.
func (p *pkg) markdown() (*Imported, error) {
	var b strings.Builder
	var front []string
	var cols []int   // where each open list level's text starts
	var counts []int // items written at each open level
	inList := false
	for _, q := range p.body {
		if q.table != nil {
			inList, cols, counts = false, nil, nil
			writeTable(&b, q.table)
			continue
		}
		text := q.text(false, true)
		if text == "" {
			continue
		}
		switch {
		case (q.title || q.subtitle) && len(front) < 2 && b.Len() == 0:
			key := "title"
			if q.subtitle {
				key = "subtitle"
			}
			plain, _ := json.Marshal(strings.Join(strings.Fields(q.text(false, false)), " "))
			front = append(front, key+": "+string(plain))
		case q.heading > 0:
			inList, cols, counts = false, nil, nil
			blank(&b)
			b.WriteString(strings.Repeat("#", min(q.heading, 6)) + " " + text + "\n")
		case q.level > 0:
			if !inList {
				blank(&b)
				inList = true
			}
			// A level skipped in Word (a sub-sub-item under an item) hangs
			// under the deepest one open.
			lvl := min(q.level, len(cols)+1)
			cols, counts = cols[:lvl-1], counts[:min(lvl, len(counts))]
			if len(counts) < lvl {
				counts = append(counts, 0)
			}
			counts[lvl-1]++
			indent := 0
			if lvl > 1 {
				indent = cols[lvl-2]
			}
			marker := "-"
			if q.ordered {
				marker = strconv.Itoa(counts[lvl-1]) + "."
			}
			b.WriteString(strings.Repeat(" ", indent) + marker + " " + text + "\n")
			cols = append(cols, indent+len(marker)+1)
		default:
			inList, cols, counts = false, nil, nil
			blank(&b)
			b.WriteString(lineStart(text) + "\n")
		}
		if b.Len() > document.MaxSourceBytes {
			return nil, charter.Errorf(charter.ETOOLARGE, "The Word file's text is more than %d KB as Markdown, the limit of a document.", document.MaxSourceBytes>>10)
		}
	}
	md := b.String()
	if len(front) > 0 {
		md = "---\n" + strings.Join(front, "\n") + "\n---\n\n" + md
	}
	out := &Imported{Markdown: md}
	for _, l := range p.lostOrder {
		out.Lost = append(out.Lost, Lost{Kind: l, Count: p.lost[l]})
	}
	return out, nil
}

// blank separates a block from the one before it.
func blank(b *strings.Builder) {
	if s := b.String(); s != "" && !strings.HasSuffix(s, "\n\n") {
		b.WriteString("\n")
	}
}

// lineStart keeps a paragraph's first characters from opening a list or
// a quote ("1. ", "- ", "+ ", "=" under a line).
func lineStart(text string) string {
	i := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	if i > 0 && i < len(text) && (text[i] == '.' || text[i] == ')') {
		return text[:i] + `\` + text[i:]
	}
	if strings.HasPrefix(text, "- ") || strings.HasPrefix(text, "+ ") || strings.HasPrefix(text, "=") || text == "-" ||
		strings.HasPrefix(text, "#") || strings.HasPrefix(text, ">") {
		return `\` + text
	}
	return text
}

func writeTable(b *strings.Builder, rows [][]string) {
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	if n == 0 {
		return
	}
	blank(b)
	for i, r := range rows {
		b.WriteString("|")
		for c := range n {
			cell := ""
			if c < len(r) {
				cell = r[c]
			}
			b.WriteString(" " + cell + " |")
		}
		b.WriteString("\n")
		if i == 0 {
			b.WriteString(strings.Repeat("| --- ", n) + "|\n")
		}
	}
}
