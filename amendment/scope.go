package amendment

import (
	"math/big"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
)

// An amendment adopted after previous notice may not go beyond what was
// noticed (RONR; DESIGN rule 3): notice of raising dues from $2 to $5
// allows any amount from 2 to 5, not 6, and a change to words the notice
// did not touch needs notice of its own. CheckScope says, for each place a
// floor amendment changes, whether it is within the notice and why, so that
// the chair can rule on it with the reason in view.

// ScopeVerdict is how a floor amendment stands against the notice.
type ScopeVerdict string

const (
	ScopeIn     ScopeVerdict = "in"     // within the notice
	ScopeChair  ScopeVerdict = "chair"  // the notice changed these words, but into other words: the chair must judge
	ScopeBeyond ScopeVerdict = "beyond" // outside what was noticed
)

// worse orders the verdicts: beyond over chair over in.
func (v ScopeVerdict) worse(than ScopeVerdict) bool { return v.rank() > than.rank() }

func (v ScopeVerdict) rank() int {
	switch v {
	case ScopeBeyond:
		return 2
	case ScopeChair:
		return 1
	}
	return 0
}

// ScopeFinding is the verdict on one place a floor amendment changes.
type ScopeFinding struct {
	Verdict ScopeVerdict
	Number  string       // the section as numbered in the current text, or its new number for an added one
	Reason  charter.Text // why, quoting the words: "$6 is beyond the $2 to $5 the notice gave."
}

// Scope is how a floor amendment as a whole stands against the notice.
type Scope struct {
	Verdict  ScopeVerdict   // the worst finding's; ScopeIn when nothing changed
	Findings []ScopeFinding // one per changed region of the proposal, in document order
}

// CheckScope compares a floor amendment's text (proposed) with the notice
// of the pending item: the text as it stands (before) and as the noticed
// amendment would make it (noticed). revision: the notice was of a complete
// revision, which opens the whole text (DESIGN rule 4), so that everything
// is in scope.
//
// The three texts need only be parsed with the same scheme: their sections
// are keyed here, noticed against before and proposed against both, so
// that a section the notice added is found in the proposal too, and so is
// a section the notice repealed and the proposal keeps.
func CheckScope(before, noticed, proposed *document.Parsed, revision bool) Scope {
	noticed = keyedAgainst(noticed, &before.Outline)
	proposed = keyedAgainst(proposed, bothOutlines(before, noticed))
	noticedUnits := map[string]*unit{}
	for _, u := range units(noticed) {
		noticedUnits[u.key] = &u
	}
	scope := Scope{Verdict: ScopeIn}
	walk(before, proposed, func(was, is *unit) {
		u := is
		if was != nil {
			u = was
		}
		for _, f := range checkUnit(was, noticedUnits[u.key], is, u.number, revision) {
			scope.Findings = append(scope.Findings, f)
			if f.Verdict.worse(scope.Verdict) {
				scope.Verdict = f.Verdict
			}
		}
	})
	return scope
}

// keyedAgainst is p with its outline keyed against prev, as document.Prepare
// keys a text; p itself is left as it was.
func keyedAgainst(p *document.Parsed, prev *document.Outline) *document.Parsed {
	q := *p
	q.Outline.Nodes = slices.Clone(p.Outline.Nodes)
	document.AssignKeys(&q.Outline, prev, document.Hash(p.Source.Text))
	return &q
}

// bothOutlines is the outline of noticed with the sections it repealed
// from before where they stood: what a proposal's sections may be, whether
// it follows the notice or keeps the text as it stands. Keying looks only
// at the nodes' order, kinds, depths, words and keys.
func bothOutlines(before, noticed *document.Parsed) *document.Outline {
	was, is := before.Outline.Nodes, noticed.Outline.Nodes
	both := &document.Outline{Scheme: noticed.Outline.Scheme, Title: noticed.Outline.Title, Nodes: make([]document.Node, 0, len(was)+len(is))}
	pairByKey(len(was), len(is), func(i int) string { return was[i].Key }, func(j int) string { return is[j].Key }, func(i, j int) {
		if j >= 0 {
			both.Nodes = append(both.Nodes, is[j])
		} else {
			both.Nodes = append(both.Nodes, was[i])
		}
	})
	return both
}

// checkUnit gives the findings on one part of the text: was as it stands,
// noticedAs as the notice would make it, is as the floor amendment would; each
// nil where the part does not exist.
func checkUnit(was, noticedAs, is *unit, number string, revision bool) []ScopeFinding {
	text := func(u *unit) string {
		if u == nil {
			return ""
		}
		return u.text
	}
	current, noticed, proposed := text(was), text(noticedAs), text(is)
	if was != nil && is != nil && (current == proposed || sameWords(current, proposed)) {
		return nil
	}
	finding := func(v ScopeVerdict, reason charter.Text) []ScopeFinding {
		return []ScopeFinding{{Verdict: v, Number: number, Reason: reason}}
	}
	switch {
	case revision:
		noticed = proposed // a revision notices whatever the proposal says
	case was == nil && noticedAs == nil:
		return finding(ScopeBeyond, charter.Sprintf("The notice added no such section: %s", quote(proposed, 80)))
	case is == nil && noticedAs != nil:
		return finding(ScopeBeyond, charter.Sprintf("The notice did not repeal this section."))
	case is == nil:
		return finding(ScopeIn, charter.Sprintf("The notice repealed this section too."))
	}
	proposal, notice := redlineOf(current, proposed), redlineOf(current, noticed)
	stands := changedText{text: current, terms: terms(current)}
	var out []ScopeFinding
	for _, r := range regions(current, proposal.words, notice.words) {
		v, reason := judge(stands, r, proposal, notice, revision)
		out = append(out, ScopeFinding{Verdict: v, Number: number, Reason: reason})
	}
	return out
}

// changedText is a text set against the current one: the runs of their
// redline, those of the runs that change words (a run that changes white
// space or emphasis alone changes nothing), and the text's terms.
type changedText struct {
	text  string
	runs  []changedRun
	words []changedRun
	terms []term
}

func redlineOf(current, text string) changedText {
	c := changedText{text: text, runs: changedRuns(redline.Diff(current, text)), terms: terms(text)}
	for _, r := range c.runs {
		if !sameWords(current[r.old.start:r.old.end], text[r.new.start:r.new.end]) {
			c.words = append(c.words, r)
		}
	}
	return c
}

// region is a stretch of the current text that the proposal changes, with
// the notice's changes that overlap it or meet it.
type region struct {
	span
	notice bool // the notice changes words in it
}

// regions joins the runs that change the current text (old), the
// proposal's and the notice's, into the regions they change together, and
// lists those the proposal changes. Runs join where they overlap, or where
// one inserts words at the other's edge with nothing but white space
// between: striking the word next to a word the notice struck is not
// something the notice touched, but inserting words where it inserted is.
func regions(old string, proposal, notice []changedRun) []region {
	type run struct {
		span
		notice bool
	}
	var runs []run
	for _, r := range proposal {
		runs = append(runs, run{r.old, false})
	}
	for _, r := range notice {
		runs = append(runs, run{r.old, true})
	}
	slices.SortStableFunc(runs, func(a, b run) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	type joined struct {
		region
		proposal, endsInserting bool
	}
	var all []joined
	for _, r := range runs {
		inserting := r.start == r.end
		if n := len(all); n > 0 {
			c := &all[n-1]
			overlaps := r.start < c.end
			meets := r.start >= c.end && (inserting || c.endsInserting) && !hasWords(old[c.end:r.start])
			if overlaps || meets {
				switch {
				case r.end > c.end:
					c.end, c.endsInserting = r.end, inserting
				case r.end == c.end:
					c.endsInserting = c.endsInserting || inserting
				}
				c.notice = c.notice || r.notice
				c.proposal = c.proposal || !r.notice
				continue
			}
		}
		all = append(all, joined{region: region{r.span, r.notice}, proposal: !r.notice, endsInserting: inserting})
	}
	var out []region
	for _, c := range all {
		if c.proposal {
			out = append(out, c.region)
		}
	}
	return out
}

// judge gives the verdict on one region the proposal changes.
func judge(current changedText, r region, proposal, notice changedText, revision bool) (ScopeVerdict, charter.Text) {
	was, wasTerms := current.in(r.span)
	is, isTerms := proposal.in(r.span)
	switch {
	case revision:
		return ScopeIn, charter.Sprintf("The notice was of a complete revision, which opens the whole text.")
	case !r.notice && len(wasTerms) > 0:
		return ScopeBeyond, charter.Sprintf("The notice did not change %s.", quote(was, 80))
	case !r.notice:
		return ScopeBeyond, charter.Sprintf("The notice changed nothing where this inserts %s.", quote(is, 80))
	}
	would, wouldTerms := notice.in(r.span)
	switch {
	case sameWords(is, would) && len(isTerms) > 0:
		return ScopeIn, charter.Sprintf("Reads as the notice would have it: %s", quote(is, 80))
	case sameWords(is, would):
		return ScopeIn, charter.Sprintf("Strikes %s, as the notice would.", quote(was, 80))
	}
	if v, reason, ok := judgeAmounts(wasTerms, wouldTerms, isTerms); ok {
		return v, reason
	}
	if struck := struckWhereKept(was, is, would); struck != "" {
		return ScopeBeyond, charter.Sprintf("The notice did not change %s.", quote(struck, 80))
	}
	extra := insertedBeyond(was, is, would)
	switch {
	case extra != "":
		return ScopeChair, charter.Sprintf("The notice did not insert %s here; the chair must judge whether it covered these words.", quote(extra, 80))
	case len(isTerms) == 0:
		return ScopeIn, charter.Sprintf("Strikes %s, as the notice would.", quote(was, 80))
	case len(wasTerms) == 0:
		return ScopeIn, charter.Sprintf("Inserts part of what the notice inserted: %s", quote(is, 80))
	}
	return ScopeIn, charter.Sprintf("Makes part of the change the notice gave: %s would read %s", quote(was, 60), quote(is, 60))
}

// in is what a stretch of the current text reads as in c, widened to whole
// terms ("2" of "$2" is read as "$2"), and its terms. Every run that changes
// words in the stretch lies within it, with what it inserts at either edge.
func (c changedText) in(s span) (string, []term) {
	start, end := newOffset(c.runs, s.start, false), newOffset(c.runs, s.end, true)
	from := sort.Search(len(c.terms), func(i int) bool { return c.terms[i].end > start })
	to := from
	for to < len(c.terms) && c.terms[to].start < end {
		to++
	}
	within := c.terms[from:to]
	if len(within) > 0 {
		start, end = min(start, within[0].start), max(end, within[len(within)-1].end)
	}
	return c.text[start:end], within
}

// newOffset maps a place in the current text to new: within a run, to the
// run's start in new (end: to its end); at the edge of a run that inserts
// there, to before its words (end: after them). Runs are in order, each
// ending before the next starts.
func newOffset(runs []changedRun, at int, end bool) int {
	k := sort.Search(len(runs), func(i int) bool { return runs[i].old.end >= at })
	oldEnd, newEnd := 0, 0
	if k > 0 {
		oldEnd, newEnd = runs[k-1].old.end, runs[k-1].new.end
	}
	for _, r := range runs[k:] {
		switch {
		case r.old.end == at && (r.old.start < at || end):
			oldEnd, newEnd = r.old.end, r.new.end // the run lies before at
		case r.old.start < at && !end:
			return r.new.start
		case r.old.start < at:
			return r.new.end
		default:
			return newEnd + at - oldEnd
		}
	}
	return newEnd + at - oldEnd
}

// sameWords tells whether two wordings differ in white space and emphasis
// alone.
func sameWords(a, b string) bool {
	return slices.EqualFunc(significant(a), significant(b), func(x, y token) bool { return x.text == y.text })
}

func hasWords(s string) bool { return len(significant(s)) > 0 }

// struckWhereKept quotes the words of was (a region of the current text)
// that the proposal (is) strikes and the notice (would) keeps: words the
// notice did not change; "" when there are none.
func struckWhereKept(was, is, would string) string {
	noticed := changedRuns(redline.Diff(was, would))
	var out []string
	at, k := 0, 0 // k: the first of the notice's runs that does not end before the word
	for _, op := range redline.Diff(was, is) {
		if op.Kind == redline.Insert {
			continue
		}
		if op.Kind == redline.Delete {
			out = append(out, pieces(op.Text, func(w token) bool {
				for k < len(noticed) && noticed[k].old.end <= at+w.start {
					k++
				}
				return k == len(noticed) || noticed[k].old.start >= at+w.end
			})...)
		}
		at += len(op.Text)
	}
	return strings.Join(out, " … ")
}

// insertedBeyond quotes the words the proposal (is) inserts in was (a
// region of the current text) that the notice (would) does not insert
// there, each word the notice inserts counting once; "" when there are
// none.
func insertedBeyond(was, is, would string) string {
	noticed := map[string]int{}
	for _, op := range redline.Diff(was, would) {
		if op.Kind == redline.Insert {
			for _, w := range significant(op.Text) {
				noticed[w.text]++
			}
		}
	}
	var out []string
	for _, op := range redline.Diff(was, is) {
		if op.Kind == redline.Insert {
			out = append(out, pieces(op.Text, func(w token) bool {
				if noticed[w.text] > 0 {
					noticed[w.text]--
					return false
				}
				return true
			})...)
		}
	}
	return strings.Join(out, " … ")
}

// pieces lists the stretches of text made of words for which beyond holds,
// in order; a word for which it does not ends a stretch.
func pieces(text string, beyond func(token) bool) []string {
	var out []string
	from, to := -1, -1
	for _, w := range significant(text) {
		if beyond(w) {
			if from < 0 {
				from = w.start
			}
			to = w.end
			continue
		}
		if from >= 0 {
			out, from = append(out, text[from:to]), -1
		}
	}
	if from >= 0 {
		out = append(out, text[from:to])
	}
	return out
}

// judgeAmounts judges a region where the notice changes amounts alone
// ("$2" to "$5"), and the proposal too: each amount must lie between the
// current one and the noticed one. ok is false for any other region.
func judgeAmounts(current, noticed, proposed []term) (v ScopeVerdict, reason charter.Text, ok bool) {
	if len(current) != len(noticed) || len(current) != len(proposed) {
		return "", charter.Text{}, false
	}
	within := -1
	changedByNotice := false
	for k := range current {
		a, b, c := current[k], noticed[k], proposed[k]
		if a.text == b.text && b.text == c.text {
			continue
		}
		if a.value == nil || b.value == nil || c.value == nil || a.unit != b.unit || b.unit != c.unit {
			return "", charter.Text{}, false
		}
		changedByNotice = changedByNotice || a.text != b.text
		low, high := a.value, b.value
		if low.Cmp(high) > 0 {
			low, high = high, low
		}
		if c.value.Cmp(low) < 0 || c.value.Cmp(high) > 0 {
			return ScopeBeyond, charter.Sprintf("%s is beyond the %s to %s the notice gave.", c.text, a.text, b.text), true
		}
		if within < 0 && c.text != a.text && c.text != b.text {
			within = k
		}
	}
	if !changedByNotice || within < 0 {
		return "", charter.Text{}, false
	}
	a, b, c := current[within], noticed[within], proposed[within]
	return ScopeIn, charter.Sprintf("%s lies within the %s to %s the notice gave.", c.text, a.text, b.text), true
}

// token is a token of a text that says something, and where it stands.
type token struct {
	text       string
	start, end int
}

// term is a word of a wording as the scope check compares it; an amount
// ("$2.50", "5%", "two") is one term with its value.
type term struct {
	token
	unit  string   // the currency sign or "%" that goes with an amount
	value *big.Rat // nil for a term that is not an amount
}

// significant lists a text's tokens that say something: not white space,
// nor the marks of Markdown emphasis and code.
func significant(s string) []token {
	var out []token
	at := 0
	for _, tok := range redline.Tokenize(s) {
		at += len(tok)
		if strings.TrimSpace(tok) == "" || strings.Trim(tok, "*_~`") == "" {
			continue
		}
		out = append(out, token{tok, at - len(tok), at})
	}
	return out
}

// terms reads a text as terms. Only clear amounts count as amounts: a
// number that cites a section, or that is part of a date or a time, is
// compared as a word, and the chair judges a change to it.
func terms(s string) []term {
	tokens := significant(s)
	var out []term
	for i := 0; i < len(tokens); i++ {
		tok := tokens[i]
		var next token
		if i+1 < len(tokens) && tokens[i+1].start == tok.end {
			next = tokens[i+1] // a sign written against the number: "$2", "5%"
		}
		joined := token{tok.text + next.text, tok.start, next.end}
		switch {
		case isUnit(tok.text) && tok.text != "%" && amount(next.text) != nil:
			out = append(out, term{joined, tok.text, amount(next.text)})
			i++
		case amount(tok.text) != nil && isUnit(next.text):
			out = append(out, term{joined, next.text, amount(tok.text)})
			i++
		default:
			out = append(out, term{tok, "", amount(tok.text)})
		}
	}
	for k := range out {
		if out[k].value != nil && notAnAmount(out, k) {
			out[k].value = nil
		}
	}
	return out
}

func isUnit(tok string) bool {
	switch tok {
	case "$", "€", "£", "¥", "%":
		return true
	}
	return false
}

// numeral reads "5", "2.50" and "1,000"; "2,50" is left alone, a decimal
// comma or a list of two numbers.
var numeral = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$`) })

var numberWords = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// amount is the value of a numeral or a number word ("two",
// "twenty-five"); nil for any other token, "two-thirds" among them.
func amount(tok string) *big.Rat {
	if tok == "" {
		return nil
	}
	if c := tok[0]; c >= '0' && c <= '9' && numeral().MatchString(tok) {
		v, ok := new(big.Rat).SetString(strings.ReplaceAll(tok, ",", ""))
		if ok {
			return v
		}
	}
	word := strings.ToLower(tok)
	if n, ok := numberWords[word]; ok {
		return big.NewRat(n, 1)
	}
	tens, units, ok := strings.Cut(word, "-")
	t, isTens := numberWords[tens]
	u, isUnits := numberWords[units]
	if ok && isTens && isUnits && t >= 20 && t%10 == 0 && u >= 1 && u <= 9 {
		return big.NewRat(t+u, 1)
	}
	return nil
}

// notAnAmount tells whether the number terms[k] cites a part of a
// document ("Section 2"), is part of a date ("May 5", "2025", "5/1") or a
// time ("5:30").
func notAnAmount(terms []term, k int) bool {
	t := terms[k]
	if t.unit != "" {
		return false // "$5 may be waived": a sum of money, whatever follows
	}
	if len(t.text) == 4 && t.value.IsInt() && t.value.Cmp(big.NewRat(1800, 1)) >= 0 && t.value.Cmp(big.NewRat(2200, 1)) <= 0 {
		return true // a year
	}
	var prev, next string
	if k > 0 {
		prev = terms[k-1].text
	}
	if k+1 < len(terms) {
		next = terms[k+1].text
	}
	return citesPart[strings.ToLower(prev)] || months[prev] || months[next] || prev == "/" || next == "/" || prev == ":" || next == ":"
}

var citesPart = setOf("section", "sections", "article", "articles", "clause", "clauses", "chapter", "chapters",
	"bylaw", "bylaws", "policy", "paragraph", "paragraphs", "subsection", "item", "schedule", "appendix", "part",
	"page", "rule", "number", "§", "#",
	"artículo", "sección", "capítulo", "párrafo", "inciso", "chapitre", "alinéa", "paragraphe")

// months are matched as written: "May 5" is a date, "two may serve" is not.
var months = setOf("January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
	"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
