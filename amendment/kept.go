package amendment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
)

// A merged or adopted amendment's words must stay as the members decided
// until a later amendment, merge or ballot changes them: a plain
// publication built on an older version would otherwise undo the decision
// without a trace. Watch follows an amendment's changes from version to
// version, as `charter check` needs.
//
// Precisely:
//   - the words an amendment puts in are those its redline against its base
//     inserts, and the words it strikes are those of each run of its
//     redline that strikes words and inserts none (list markers, white
//     space and punctuation alone are not words; a strike-and-insert is
//     watched through the words it inserts);
//   - both are found in the version that took the amendment in by aligning
//     its proposed text with that version: what the committee did not take
//     is not watched;
//   - each later version's redline against its parent carries them
//     forward; a merge or a ballot that changes them ends their watch,
//     since an amendment did;
//   - a plain publication (origin import) undoes the amendment when it
//     strikes words the amendment put in, unless the same version or a
//     later one inserts them again (a passage moved, or the loss repaired);
//     or when it inserts again, where they stood, words the amendment
//     struck, unless a later version strikes them again.
//
// Front matter is left out: Watch is given bodies.

// Taken is an amendment that a version took in: its base's body and its
// proposed body.
type Taken struct {
	AmendmentID    int64
	Base, Proposed string
}

// Undo is how a publication undid an amendment.
type Undo int8

const (
	StruckItsWords  Undo = iota // struck words the amendment put in
	PutBackItStruck             // put back words the amendment struck
)

// Loss is an amendment undone by a publication, and not set right by any
// version since.
type Loss struct {
	AmendmentID int64
	TakenIn     int              // the number of the version that took the amendment in
	By          document.Version // the publication that undid it
	Undo        Undo
	Passages    []string // the words struck or put back, white space folded
}

// Watch follows amendments' changes through a document's versions, oldest
// first; see Step.
type Watch struct {
	started bool
	live    []watched
	losses  []pendingLoss
}

type watched struct {
	amendmentID int64
	takenIn     int
	spans       []span // the words it put in, in the current version's body
	gaps        []gap  // where it struck words, in the current version's body
}

// gap is where an amendment struck words, and the words.
type gap struct {
	at      int
	words   string
	pattern *regexp.Regexp
}

type pendingLoss struct {
	Loss
	passages []passage
}

// passage is a loss's words, until a version sets them right.
type passage struct {
	words   string
	pattern *regexp.Regexp // StruckItsWords: right again once a version inserts them
	at      span           // PutBackItStruck: right again once a version strikes them, in the current body
	settled bool
}

type span struct{ start, end int }

// Step moves the watch from the previous version's body (prev; ignored for
// the first version) to v's, body, and starts watching the amendments v
// took in.
func (w *Watch) Step(prev string, v document.Version, body string, taken []Taken) {
	if w.started && (len(w.live) > 0 || len(w.losses) > 0) {
		ops := redline.Diff(prev, body)
		w.settle(ops, body)
		w.carry(prev, v, body, ops)
	}
	w.started = true
	for _, t := range taken {
		ops := redline.Diff(t.Base, t.Proposed)
		onto := redline.Diff(t.Proposed, body)
		a := watched{amendmentID: t.AmendmentID, takenIn: v.Number}
		a.spans, _ = carry(insertedIn(ops), onto)
		for _, g := range struckIn(ops, t.Base, t.Proposed) {
			// Words the committee kept where the amendment struck them are
			// not the amendment's doing.
			at, ins, _ := locate(g.at, onto)
			if _, kept := find(g.pattern, body, ins); !kept {
				g.at = at
				a.gaps = append(a.gaps, g)
			}
		}
		if len(a.spans) > 0 || len(a.gaps) > 0 {
			w.live = append(w.live, a)
		}
	}
}

// settle carries the losses found so far through one version's redline: a
// version that inserts struck words again, or strikes again words put
// back, sets them right.
func (w *Watch) settle(ops []redline.Op, body string) {
	inserted := insertedIn(ops)
	for i := range w.losses {
		for k := range w.losses[i].passages {
			p := &w.losses[i].passages[k]
			switch {
			case p.settled:
			case w.losses[i].Undo == StruckItsWords:
				_, p.settled = find(p.pattern, body, inserted...)
			default:
				kept, struck := carry([]span{p.at}, ops)
				if p.settled = len(struck) > 0 || len(kept) == 0; !p.settled {
					p.at = span{kept[0].start, kept[len(kept)-1].end}
				}
			}
		}
	}
}

// carry moves every watched amendment through one version's redline, and
// records as a loss what a publication undid.
func (w *Watch) carry(prev string, v document.Version, body string, ops []redline.Op) {
	inserted := insertedIn(ops)
	live := w.live[:0]
	for _, a := range w.live {
		kept, struck := carry(a.spans, ops)
		a.spans = kept
		struckWords := pendingLoss{Loss: Loss{AmendmentID: a.amendmentID, TakenIn: a.takenIn, By: v, Undo: StruckItsWords}}
		for _, s := range struck {
			words := wordsOf(prev, s)
			if len(words) == 0 || v.Origin != document.OriginImport {
				continue
			}
			p := passage{words: strings.Join(words, " "), pattern: phrase(words)}
			if _, moved := find(p.pattern, body, inserted...); !moved {
				struckWords.passages = append(struckWords.passages, p)
			}
		}
		putBack := pendingLoss{Loss: Loss{AmendmentID: a.amendmentID, TakenIn: a.takenIn, By: v, Undo: PutBackItStruck}}
		gaps := a.gaps[:0]
		for _, g := range a.gaps {
			at, ins, _ := locate(g.at, ops)
			if where, ok := find(g.pattern, body, ins); ok {
				if v.Origin == document.OriginImport {
					putBack.passages = append(putBack.passages, passage{words: g.words, at: where})
				}
				continue
			}
			g.at = at
			gaps = append(gaps, g)
		}
		a.gaps = gaps
		for _, l := range []pendingLoss{struckWords, putBack} {
			if len(l.passages) > 0 {
				w.losses = append(w.losses, l)
			}
		}
		if len(a.spans) > 0 || len(a.gaps) > 0 {
			live = append(live, a)
		}
	}
	w.live = live
}

// Losses lists, in the order they happened, the amendments undone and not
// set right since.
func (w *Watch) Losses() []Loss {
	var out []Loss
	for _, l := range w.losses {
		loss := l.Loss
		for _, p := range l.passages {
			if !p.settled {
				loss.Passages = append(loss.Passages, p.words)
			}
		}
		if len(loss.Passages) > 0 {
			out = append(out, loss)
		}
	}
	return out
}

// struckIn lists where a redline from old to new strikes words and
// inserts none, in new, with the words.
func struckIn(ops []redline.Op, old, new string) []gap {
	var out []gap
	for _, r := range changedRuns(ops) {
		words := wordsOf(old, r.old)
		if len(words) > 0 && len(wordsOf(new, r.new)) == 0 {
			out = append(out, gap{at: r.new.start, words: strings.Join(words, " "), pattern: phrase(words)})
		}
	}
	return out
}

// locate maps a place in a redline's old text to its new text. Where the
// place is in a changed run, or only white space away from one (a line
// struck with the blank line after it may come back with the blank line
// before it), it says so and gives the run's inserted part.
func locate(at int, ops []redline.Op) (newAt int, inserted span, changed bool) {
	runs := changedRuns(ops)
	for _, r := range runs {
		from := r.old.start - (len(r.before) - len(strings.TrimRightFunc(r.before, unicode.IsSpace)))
		to := r.old.end + len(r.after) - len(strings.TrimLeftFunc(r.after, unicode.IsSpace))
		if at >= from && at <= to {
			return r.new.start, r.new, true
		}
	}
	for i := len(runs) - 1; i >= 0; i-- {
		if runs[i].old.end <= at {
			return at - runs[i].old.end + runs[i].new.end, span{}, false
		}
	}
	return at, span{}, false
}

// changedRun is a run of struck and inserted text between two kept ones,
// where it stands in the old and the new text, and the kept text on either
// side ("" at an end).
type changedRun struct {
	old, new      span
	before, after string
}

func changedRuns(ops []redline.Op) []changedRun {
	var out []changedRun
	o, n := 0, 0
	for i := 0; i < len(ops); {
		if ops[i].Kind == redline.Equal {
			o, n = o+len(ops[i].Text), n+len(ops[i].Text)
			i++
			continue
		}
		r := changedRun{old: span{o, o}, new: span{n, n}}
		if i > 0 {
			r.before = ops[i-1].Text
		}
		for ; i < len(ops) && ops[i].Kind != redline.Equal; i++ {
			if ops[i].Kind == redline.Delete {
				o += len(ops[i].Text)
			} else {
				n += len(ops[i].Text)
			}
		}
		r.old.end, r.new.end = o, n
		if i < len(ops) {
			r.after = ops[i].Text
		}
		out = append(out, r)
	}
	return out
}

// insertedIn gives the runs a redline inserts, in its new text.
func insertedIn(ops []redline.Op) []span {
	var out []span
	at := 0
	for _, op := range ops {
		switch op.Kind {
		case redline.Insert:
			out = append(out, span{at, at + len(op.Text)})
			at += len(op.Text)
		case redline.Equal:
			at += len(op.Text)
		}
	}
	return out
}

// carry maps spans of a redline's old text through it: the parts it keeps,
// in the new text, and the parts it strikes, in the old. spans are in order
// and do not overlap.
func carry(spans []span, ops []redline.Op) (kept, struck []span) {
	add := func(list []span, s span) []span {
		if n := len(list); n > 0 && list[n-1].end == s.start {
			list[n-1].end = s.end
			return list
		}
		return append(list, s)
	}
	old, new, i := 0, 0, 0
	for _, op := range ops {
		n := len(op.Text)
		if op.Kind == redline.Insert {
			new += n
			continue
		}
		lo, hi := old, old+n
		for i < len(spans) && spans[i].end <= lo {
			i++
		}
		for j := i; j < len(spans) && spans[j].start < hi; j++ {
			s, e := max(spans[j].start, lo), min(spans[j].end, hi)
			if s >= e {
				continue
			}
			if op.Kind == redline.Equal {
				kept = add(kept, span{s - lo + new, e - lo + new})
			} else {
				struck = add(struck, span{s, e})
			}
		}
		old = hi
		if op.Kind == redline.Equal {
			new += n
		}
	}
	return kept, struck
}

// wordsOf lists the tokens of text[s] that hold a letter or a digit,
// leaving out an ordered list's marker ("3." opening a line), which
// renumbering changes without changing a word.
func wordsOf(text string, s span) []string {
	var out []string
	at := s.start
	for _, tok := range redline.Tokenize(text[s.start:s.end]) {
		start := at
		at += len(tok)
		if !strings.ContainsFunc(tok, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		if isListMarker(text, start, at) {
			continue
		}
		out = append(out, tok)
	}
	return out
}

func isListMarker(text string, start, end int) bool {
	if end >= len(text) || (text[end] != '.' && text[end] != ')') {
		return false
	}
	for _, c := range []byte(text[start:end]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	line := strings.LastIndexByte(text[:start], '\n') + 1
	return strings.TrimLeft(text[line:start], " \t") == ""
}

// phrase matches words as they read in a text, whatever white space,
// punctuation or list markers stand between them.
func phrase(words []string) *regexp.Regexp {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = regexp.QuoteMeta(w)
	}
	return regexp.MustCompile(strings.Join(parts, `(?:[^\pL\pN]|\pN+[.)])*`))
}

// find finds p in text, as whole words, where it overlaps one of the
// runs a version inserted: words that stayed put elsewhere do not count.
func find(p *regexp.Regexp, text string, inserted ...span) (span, bool) {
	for _, m := range p.FindAllStringIndex(text, -1) {
		if isWordRune(text[:m[0]], true) || isWordRune(text[m[1]:], false) {
			continue // "a" in "area"
		}
		for _, s := range inserted {
			if s.start < m[1] && m[0] < s.end {
				return span{m[0], m[1]}, true
			}
		}
	}
	return span{}, false
}

// isWordRune tells whether the last (or first) character of s is a letter
// or a digit.
func isWordRune(s string, last bool) bool {
	var r rune
	if last {
		r, _ = utf8.DecodeLastRuneInString(s)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
