package redline_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/redline"
)

func anchorOf(text, quote string) redline.Anchor {
	i := strings.Index(text, quote)
	return redline.NewAnchor(text, i, i+len(quote))
}

func TestReanchor(t *testing.T) {
	old := "1. Dues are two dollars a month.\n1. Adoption requires two-thirds of the votes cast.\n1. Meetings are monthly.\n"
	cases := []struct {
		name, new, quote string
		fate             redline.Fate
		lands            string
	}{
		{"text inserted before", "1. New clause.\n" + old, "two-thirds of the votes cast", redline.Kept, "two-thirds of the votes cast"},
		{"one word of the passage changed", strings.Replace(old, "two-thirds of the votes", "most of the votes", 1), "two-thirds of the votes cast", redline.Changed, "most of the votes cast"},
		{"the passage struck", strings.Replace(old, "1. Adoption requires two-thirds of the votes cast.\n", "", 1), "two-thirds of the votes cast", redline.Removed, ""},
		{"rewritten beyond recognition", strings.Replace(old, "requires two-thirds of the votes cast", "is decided by the executive board alone", 1), "two-thirds of the votes cast", redline.Removed, ""},
		{"a repeated phrase stays on its own occurrence", strings.Replace(old, "1. Meetings are monthly.", "1. Meetings are monthly.\n1. Dues are two dollars a month.", 1), "Dues are two dollars", redline.Kept, "Dues are two dollars"},
	}
	for _, tc := range cases {
		a := anchorOf(old, tc.quote)
		fate, got := redline.NewMapping(old, tc.new).Reanchor(a)
		if fate != tc.fate || got.Quote != tc.lands {
			t.Errorf("%s: %s %q, want %s %q", tc.name, fate, got.Quote, tc.fate, tc.lands)
		}
		if fate == redline.Kept && tc.name == "a repeated phrase stays on its own occurrence" && got.Offset != a.Offset {
			t.Errorf("moved to another occurrence: %d → %d", a.Offset, got.Offset)
		}
	}
	if fate, _ := redline.NewMapping(old, old).Reanchor(redline.Anchor{Quote: "not there", Offset: 3}); fate != redline.Removed {
		t.Errorf("an anchor of another text: %s", fate)
	}
}

var clauseStart = regexp.MustCompile(`(?m)^\s*1\. (\S+(?: \S+){4})`)

// corpusAnchors are passages a member might quote: the first five words of
// every clause of the text.
func corpusAnchors(text string) []redline.Anchor {
	var out []redline.Anchor
	for _, m := range clauseStart.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, redline.NewAnchor(text, m[2], m[3]))
	}
	return out
}

// TestCorpusReanchoring comments on passages of each real base text,
// publishes the text as actually merged, and checks that every comment
// lands on the same words, or is marked changed where most of its words
// survive an edit, or is orphaned where its words were struck.
func TestCorpusReanchoring(t *testing.T) {
	count := map[redline.Fate]int{}
	for _, c := range corpus.Load(t) {
		if c.Base == "" || c.Merged == "" {
			continue
		}
		m := redline.NewMapping(c.Base, c.Merged)
		ops := redline.Diff(c.Base, c.Merged)
		for _, a := range corpusAnchors(c.Base) {
			fate, got := m.Reanchor(a)
			count[fate]++
			where := fmt.Sprintf("%s %q", c.ID, a.Quote)
			switch fate {
			case redline.Kept, redline.Found:
				if c.Merged[got.Offset:got.Offset+len(got.Quote)] != a.Quote || got.Quote != a.Quote {
					t.Errorf("%s: landed on other words %q", where, got.Quote)
				}
			case redline.Changed:
				if !touched(ops, a.Offset, a.Offset+len(a.Quote)) {
					t.Errorf("%s: marked changed, but the diff left it alone", where)
				}
			case redline.Removed:
				if !touched(ops, a.Offset, a.Offset+len(a.Quote)) {
					t.Errorf("%s: orphaned, but the diff left it alone", where)
				}
				if strings.Count(c.Merged, a.Quote) == 1 && strings.Contains(c.Base[max(0, a.Offset-200):min(len(c.Base), a.Offset+200)], a.Quote) && !struck(ops, a.Offset, a.Offset+len(a.Quote)) {
					t.Logf("%s: orphaned though its words stand once elsewhere in the merged text (moved, not struck)", where)
				}
			}
		}
	}
	t.Logf("fates: %v", count)
	if count[redline.Kept] < 1000 || count[redline.Removed] == 0 {
		t.Errorf("the corpus exercised too little: %v", count)
	}
}

// touched: some byte of old[start:end] lies outside the diff's kept runs,
// or something was inserted inside it.
func touched(ops []redline.Op, start, end int) bool {
	off := 0
	for _, op := range ops {
		if op.Kind == redline.Insert {
			if start < off && off < end {
				return true
			}
			continue
		}
		opEnd := off + len(op.Text)
		if op.Kind == redline.Delete && off < end && opEnd > start {
			return true
		}
		off = opEnd
	}
	return false
}

// struck: most of old[start:end] lies in struck runs.
func struck(ops []redline.Op, start, end int) bool {
	off, gone := 0, 0
	for _, op := range ops {
		if op.Kind == redline.Insert {
			continue
		}
		opEnd := off + len(op.Text)
		if op.Kind == redline.Delete {
			gone += max(0, min(end, opEnd)-max(start, off))
		}
		off = opEnd
	}
	return 2*gone >= end-start
}

// TestAnchorContextWholeCharacters: the context either side of a quote
// never ends inside a character, whatever the 32-byte cut falls on.
func TestAnchorContextWholeCharacters(t *testing.T) {
	text := strings.Repeat("é", 40) + " cotisation " + strings.Repeat("ç", 40)
	for shift := 0; shift < 4; shift++ {
		s := strings.Repeat("a", shift) + text
		start := strings.Index(s, "cotisation")
		a := redline.NewAnchor(s, start, start+len("cotisation"))
		if !utf8.ValidString(a.Before) || !utf8.ValidString(a.After) || len(a.Before) < redline.ContextLen-1 || len(a.After) < redline.ContextLen-1 {
			t.Errorf("shift %d: before %q after %q", shift, a.Before, a.After)
		}
	}
}
