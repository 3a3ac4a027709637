package page

import (
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/web/view"
	"github.com/charter-org/charter/wording"
)

// The amendment form in plain words: the clauses of the section amended,
// each in a text box, with buttons to strike one, add one after it, or
// move it among its siblings. Without JavaScript each button is a submit
// that comes back with the form as changed; the text proposed is written
// by package wording, never typed as Markdown.

// maxFormClauses is how many clauses the whole text may have to be shown
// in one form; past it the member chooses a section first.
const maxFormClauses = 120

// wantsWords says whether the form is in plain words, the default; the
// committee's advanced mode is Markdown.
func wantsWords(mode string) bool { return mode != "markdown" }

// readWords reads the text the form amends into clauses, once for every
// post of every form on that text (a live preview posts as the member
// types): a wording.Text is never changed once read.
func (h *Amendments) readWords(p *view.Proposal) (*wording.Text, error) {
	p.Words, p.SourceHash = true, document.Hash([]byte(p.Source))
	return h.wordings.Get(p.SourceHash+"/"+string(p.Doc.Numbering), func() (*wording.Text, error) {
		return readWording(p.Source, p.Doc.Numbering)
	})
}

// readWording reads a stored text into its clauses.
func readWording(text string, scheme document.Scheme) (*wording.Text, error) {
	src, err := document.ReadSource([]byte(text))
	if err != nil {
		return nil, charter.Internal(err) // a stored text always reads
	}
	parsed, err := document.Parse(src, scheme)
	if err != nil {
		return nil, charter.Internal(err)
	}
	return wording.Read(parsed), nil
}

// scope is the clauses the form shows: the section's, or all of them.
func scope(text *wording.Text, p *view.Proposal) []wording.Clause {
	if n, ok := document.FindSection(p.Sections, p.SectionKey); ok {
		return text.Within(n.Start, n.End)
	}
	return text.Clauses()
}

// startWords fills a new form in plain words.
func (h *Amendments) startWords(p *view.Proposal) error {
	text, err := h.readWords(p)
	if err != nil {
		return err
	}
	clauses := scope(text, p)
	if p.SectionKey == "" && p.ParentID == 0 && len(clauses) > maxFormClauses {
		p.ChooseSection = true
		return nil
	}
	showRows(p, text, wording.Rows(clauses))
	return nil
}

// postedWords reads the rows the member sent, applies the button they
// pressed, and returns the whole text the rows make.
func (h *Amendments) postedWords(c *gin.Context, p *view.Proposal) (string, error) {
	text, err := h.readWords(p)
	if err != nil {
		return "", err
	}
	if c.PostForm("source") != p.SourceHash {
		return "", charter.Errorf(charter.ECONFLICT, "The text you were changing has changed since you opened the form; open it again.")
	}
	rows, err := formRows(c, len(text.Clauses()))
	if err != nil {
		return "", err
	}
	rows = applyButton(text, rows, c.PostForm("op"))
	showRows(p, text, rows)
	full, err := text.Apply(rows)
	if err != nil {
		return "", err
	}
	return full, nil
}

// formRows reads the form's rows: "row" names each clause ("3", or "3+"
// for one added after clause 3), "words" holds their words in the same
// order, and "strike" names those struck.
func formRows(c *gin.Context, clauses int) ([]wording.Row, error) {
	ids, words := c.PostFormArray("row"), c.PostFormArray("words")
	if len(ids) != len(words) || len(ids) > 4*clauses+100 {
		return nil, charter.Errorf(charter.EINVALID, "The form names a clause this text does not have; open it again.")
	}
	struck := map[string]bool{}
	for _, id := range c.PostFormArray("strike") {
		struck[id] = true
	}
	rows := make([]wording.Row, len(ids))
	for i, id := range ids {
		n, err := strconv.Atoi(strings.TrimSuffix(id, "+"))
		if err != nil || n < 0 || n >= clauses {
			return nil, charter.Errorf(charter.EINVALID, "The form names a clause this text does not have; open it again.")
		}
		rows[i] = wording.Row{Clause: n, Added: strings.HasSuffix(id, "+"), Words: words[i], Struck: struck[id] && !strings.HasSuffix(id, "+")}
	}
	return rows, nil
}

// applyButton applies the form's button: "add:I", "up:I", "down:I", on
// the I-th row.
func applyButton(text *wording.Text, rows []wording.Row, op string) []wording.Row {
	name, at, _ := strings.Cut(op, ":")
	i, err := strconv.Atoi(at)
	if err != nil || i < 0 || i >= len(rows) {
		return rows
	}
	switch name {
	case "add":
		return text.AddAfter(rows, i)
	case "up", "down":
		moved, _ := text.Move(rows, i, name == "up")
		return moved
	}
	return rows
}

// showRows puts the rows into the form, with what each can do.
func showRows(p *view.Proposal, text *wording.Text, rows []wording.Row) {
	clauses := text.Clauses()
	p.Clauses = make([]view.ClauseRow, len(rows))
	top := -1 // the depth of the section's own clause, shown flush
	for _, r := range rows {
		if d := clauses[r.Clause].Depth; top < 0 || d < top {
			top = d
		}
	}
	for i, r := range rows {
		c := clauses[r.Clause]
		row := view.ClauseRow{ID: strconv.Itoa(r.Clause), Kind: string(c.Kind), Number: c.Number, Depth: min(c.Depth-top, 6),
			Words: r.Words, Struck: r.Struck, Editable: c.Editable()}
		if r.Added {
			row.ID, row.Added, row.Kind, row.Number, row.Editable = row.ID+"+", true, string(addedKind(c.Kind)), "", true
		}
		row.CanUp, row.CanDown = text.CanMove(rows, i)
		p.Clauses[i] = row
	}
}

// addedKind is what a clause added after one of kind k is.
func addedKind(k wording.Kind) wording.Kind {
	if k == wording.KindBlock {
		return wording.KindParagraph
	}
	return k
}
