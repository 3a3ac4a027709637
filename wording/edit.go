package wording

import (
	"strconv"
	"strings"

	"github.com/charter-org/charter"
)

// Row is one clause of a member's change, in the order they want: a
// clause of the text, or one they add after a clause.
type Row struct {
	Clause int    // the clause's Index; for an added clause, the clause it follows
	Added  bool   // a clause the member adds
	Words  string // the words they want; a clause left without words is struck
	Struck bool
}

// MaxWords bounds one clause's words.
const MaxWords = 20000

// Rows are the rows of clauses as they stand: what a member's form starts
// with.
func Rows(cs []Clause) []Row {
	rows := make([]Row, len(cs))
	for i, c := range cs {
		rows[i] = Row{Clause: c.Index, Words: c.Words}
	}
	return rows
}

// CanSwap says whether two clauses may trade places: siblings of the same
// kind (two list items, two headings of one level, two paragraphs or
// blocks). A paragraph moved past a heading would fall into its section.
func (t *Text) CanSwap(a, b int) bool {
	if a < 0 || b < 0 || a >= len(t.clauses) || b >= len(t.clauses) || a == b {
		return false
	}
	ca, cb := t.clauses[a], t.clauses[b]
	if ca.Parent != cb.Parent {
		return false
	}
	switch {
	case ca.Kind == KindHeading || cb.Kind == KindHeading:
		return ca.Kind == cb.Kind && ca.headingLevel == cb.headingLevel
	case ca.Kind == KindItem || cb.Kind == KindItem:
		return ca.Kind == cb.Kind
	}
	return true
}

// Apply writes the text as the rows make it. Clauses without a row keep
// their words and place.
func (t *Text) Apply(rows []Row) (string, error) {
	a := applier{t: t, row: map[int]*Row{}, added: map[int][]*Row{}, order: map[int][]int{}}
	for i := range rows {
		r := &rows[i]
		if r.Clause < 0 || r.Clause >= len(t.clauses) {
			return "", charter.Errorf(charter.EINVALID, "The form names a clause this text does not have; open it again.")
		}
		if len(r.Words) > MaxWords {
			return "", charter.Errorf(charter.EINVALID, "A clause can hold at most %d characters.", MaxWords)
		}
		r.Words = strings.Join(strings.Fields(r.Words), " ")
		if r.Added {
			a.added[r.Clause] = append(a.added[r.Clause], r)
			continue
		}
		if a.row[r.Clause] != nil {
			return "", charter.Errorf(charter.EINVALID, "The form names a clause twice; open it again.")
		}
		a.row[r.Clause] = r
		parent := t.clauses[r.Clause].Parent
		a.order[parent] = append(a.order[parent], r.Clause)
	}
	if err := a.checkOrder(); err != nil {
		return "", err
	}
	if err := a.checkEmptied(); err != nil {
		return "", err
	}
	var out strings.Builder
	a.children(&out, -1, t.top, 0, t.end)
	return out.String(), nil
}

type applier struct {
	t     *Text
	row   map[int]*Row   // the rows of the text's clauses
	added map[int][]*Row // the clauses added, by the clause they follow
	order map[int][]int  // each parent's clauses with a row, in the rows' order
}

// checkOrder refuses a paragraph or list item put after a heading among
// its siblings: it would become part of that heading's section.
func (a *applier) checkOrder() error {
	for _, kids := range a.order {
		seenHeading := false
		for _, k := range kids {
			if a.t.clauses[k].Kind == KindHeading {
				seenHeading = true
			} else if seenHeading {
				return charter.Errorf(charter.EINVALID, "A clause cannot move below a section that follows it; move it within its own section.")
			}
		}
	}
	return nil
}

// checkEmptied refuses a clause left without words that holds others: a
// heading or a clause with sub-clauses emptied by a slip of the thumb
// would strike everything under it; that takes Strike.
func (a *applier) checkEmptied() error {
	for i, r := range a.row {
		c := a.t.clauses[i]
		if !r.Struck && r.Words == "" && c.Editable() && len(c.children) > 0 {
			if c.Number != "" {
				return charter.Errorf(charter.EINVALID, "%s holds other clauses: to strike it with them, tick Strike this clause; to keep it, give it words.", c.Number)
			}
			return charter.Errorf(charter.EINVALID, "A clause that holds others was left without words: to strike it with them, tick Strike this clause; to keep it, give it words.")
		}
	}
	return nil
}

// clause writes clause i as the rows make it.
func (a *applier) clause(out *strings.Builder, i int) {
	c := a.t.clauses[i]
	r := a.row[i]
	if r != nil && (r.Struck || (r.Words == "" && c.Editable())) {
		return
	}
	kidsAt := c.end
	if len(c.children) > 0 {
		kidsAt = a.t.clauses[c.children[0]].start
	}
	head := a.t.src[c.start:kidsAt]
	if r != nil && c.Editable() && r.Words != normalize(c.Words) {
		head = a.t.src[c.start:c.region.start] + c.region.rewrite(a.t.src, r.Words) + a.t.src[c.region.end:kidsAt]
	}
	if len(c.children) == 0 {
		out.WriteString(head)
		return
	}
	var kids strings.Builder
	a.children(&kids, i, c.children, kidsAt, c.end)
	if strings.TrimSpace(kids.String()) == "" {
		// Everything it held was struck: nor the space before it.
		out.WriteString(strings.TrimRight(head, " \t\n"))
		return
	}
	out.WriteString(head)
	out.WriteString(kids.String())
}

// children writes a parent's clauses between from and to in the text: in
// the rows' order, without those struck, with those added, and with the
// spacing between them as it was.
func (a *applier) children(out *strings.Builder, parent int, kids []int, from, to int) {
	src := a.t.src
	if len(kids) == 0 {
		out.WriteString(src[from:to])
		return
	}
	first, last := a.t.clauses[kids[0]], a.t.clauses[kids[len(kids)-1]]
	var gaps []string
	for j := 1; j < len(kids); j++ {
		gaps = append(gaps, src[a.t.clauses[kids[j-1]].end:a.t.clauses[kids[j]].start])
	}
	out.WriteString(src[from:first.start])
	n := 0
	seq := a.sequence(parent, kids)
	// Lists are renumbered only where the member moved, added or struck.
	items := listNumbering{off: !a.reshaped(seq, kids), starts: a.listStarts(kids)}
	for _, part := range seq {
		var piece strings.Builder
		if part.added != nil {
			piece.WriteString(a.addedClause(part.after, part.added.Words))
		} else {
			a.clause(&piece, part.clause)
		}
		if piece.Len() == 0 {
			continue
		}
		if n > 0 {
			out.WriteString(gapAt(gaps, n-1, part, a.t))
		}
		text := piece.String()
		kind := a.t.clauses[part.after].Kind
		if part.added == nil {
			kind = a.t.clauses[part.clause].Kind
		}
		out.WriteString(items.renumber(text, kind))
		n++
	}
	out.WriteString(src[last.end:to])
}

// reshaped says whether seq differs from kids by more than words.
func (a *applier) reshaped(seq []part, kids []int) bool {
	if len(seq) != len(kids) {
		return true
	}
	for j, p := range seq {
		if r := a.row[p.clause]; p.clause != kids[j] || (r != nil && (r.Struck || r.Words == "")) {
			return true
		}
	}
	return false
}

// part is one place in a parent's sequence: a clause of the text, or one
// added after a clause.
type part struct {
	clause int
	added  *Row
	after  int
}

// sequence is a parent's clauses in the order they are written: those with
// rows in the rows' order, in the places the rows' clauses held, the
// others where they were, and each added clause after the one it follows.
func (a *applier) sequence(parent int, kids []int) []part {
	ordered := a.order[parent]
	next := 0
	var seq []part
	for _, k := range kids {
		c := k
		if a.row[k] != nil && next < len(ordered) {
			c = ordered[next]
			next++
		}
		seq = append(seq, part{clause: c})
		for _, r := range a.added[c] {
			seq = append(seq, part{added: r, after: c})
		}
	}
	return seq
}

// addedClause is the Markdown of a clause added after clause after: the
// same marker or heading level, and its words escaped.
func (a *applier) addedClause(after int, words string) string {
	if words == "" {
		return ""
	}
	c := a.t.clauses[after]
	prefix := a.t.src[c.start:c.wordsAt]
	if c.Kind == KindBlock || c.Kind == KindParagraph {
		prefix = prefix[:len(prefix)-len(strings.TrimLeft(prefix, " \t"))]
	}
	return prefix + escape(words, true, false)
}

// gapAt is the spacing before the n-th clause written: the text's own
// spacing at that place, or, past its clauses, the last of it.
func gapAt(gaps []string, n int, p part, t *Text) string {
	switch {
	case n < len(gaps):
		return gaps[n]
	case len(gaps) > 0:
		return gaps[len(gaps)-1]
	}
	if k := t.clauses[p.after]; p.added != nil && k.Kind == KindItem {
		return "\n"
	}
	return "\n\n"
}

// listNumbering renumbers a run of ordered list items written in a new
// order: "1.", "2.", "3." stay in sequence whichever moved.
type listNumbering struct {
	off    bool
	starts []listStart // each list's numbering, as the text had it
	lists  int         // the lists begun
	next   int
	step   int
}

// listStart is how a list numbers its items: from first, by step (0 when
// every item has the same number, as "1." "1." "1.").
type listStart struct{ first, step int }

// listStarts are the numberings of the lists among kids.
func (a *applier) listStarts(kids []int) []listStart {
	var starts []listStart
	inList, prev := false, 0
	for _, k := range kids {
		c := a.t.clauses[k]
		if c.Kind != KindItem {
			inList = false
			continue
		}
		n, _ := marker(a.t.src[c.start:c.wordsAt])
		if !inList {
			starts = append(starts, listStart{first: n, step: 1}) // one item: counted on
			inList = true
		} else if last := &starts[len(starts)-1]; n == prev && n == last.first {
			last.step = 0 // so far, every item has one number
		} else {
			last.step = 1
		}
		prev = n
	}
	return starts
}

// marker reads an ordered list item's number: its value, and where its
// digits are in text; at 0 for a bullet.
func marker(text string) (n int, at [2]int) {
	indent := len(text) - len(strings.TrimLeft(text, " \t"))
	digits := indent
	for digits < len(text) && digits-indent < 9 && text[digits] >= '0' && text[digits] <= '9' {
		digits++
	}
	if digits == indent || digits >= len(text) || (text[digits] != '.' && text[digits] != ')') {
		return 0, [2]int{}
	}
	n, _ = strconv.Atoi(text[indent:digits])
	return n, [2]int{indent, digits}
}

func (l *listNumbering) renumber(text string, kind Kind) string {
	if l.off || kind != KindItem {
		l.next = 0
		return text
	}
	n, at := marker(text)
	if at[1] == 0 {
		l.next = 0
		return text // a bullet
	}
	if l.next == 0 {
		l.next, l.step = n, 1
		if l.lists < len(l.starts) {
			l.next, l.step = l.starts[l.lists].first, l.starts[l.lists].step
		}
		l.lists++
	}
	text = text[:at[0]] + strconv.Itoa(l.next) + text[at[1]:]
	l.next += l.step
	return text
}

func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }
