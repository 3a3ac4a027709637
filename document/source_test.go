package document_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
)

func TestReadSourceRejects(t *testing.T) {
	cases := []struct {
		name, text, code, says string
	}{
		{"too large", strings.Repeat("a", document.MaxSourceBytes+1), charter.ETOOLARGE, "limit is 1.0 MB"},
		{"invalid utf-8 on line 3", "# A\n\n1. caf\xe9\n", charter.EINVALID, "line 3"},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00", charter.EINVALID, "binary"},
		{"replacement character", "# A\n\n1. caf\uFFFD\n", charter.EINVALID, "damaged"},
		{"NUL on line 2", "# A\nx\x00\n", charter.EINVALID, "line 2 holds a control character"},
		{"escape", "# A\n\n1. \x1b[31mred\n", charter.EINVALID, "line 3 holds a control character"},
		{"C1 control from a Windows quote", "# A\n\n1. \u0093quoted\u0094 «ok»\n", charter.EINVALID, "Line 3 holds the control character U+0093"},
		{"empty", " \n\n\t\n", charter.EINVALID, "empty"},
		{"nested quotes", strings.Repeat(">", 100) + " x\n", charter.EINVALID, "nested too deeply"},
		{"nested lists on one line", strings.Repeat("1. ", 1000) + "x\n", charter.EINVALID, "nested too deeply"},
		{"nested lists by indentation", nestedList(200), charter.EINVALID, "nested too deeply"},
		{"long line", "# A\n\n1. " + strings.Repeat("word ", document.MaxLineBytes/5+1) + "\n", charter.EINVALID, "longer than 16 KB"},
		{"brackets in one paragraph", "# A\n\n1. " + strings.Repeat("[a](\n", document.MaxBracketsPerPara+1), charter.EINVALID, "square brackets"},
		{"reference definitions", strings.Repeat("[a]: b\n\n", document.MaxReferenceDefs+1), charter.EINVALID, "reference definitions"},
		{"bad front matter", "---\ntitle: [unclosed\n---\n# A\n", charter.EINVALID, "front matter"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := document.ReadSource([]byte(tc.text))
			if charter.ErrorCode(err) != tc.code || !strings.Contains(charter.ErrorMessage(err), tc.says) {
				t.Errorf("got %v, want %s saying %q", err, tc.code, tc.says)
			}
		})
	}
}

func nestedList(depth int) string {
	var b strings.Builder
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat("   ", i) + "1. level\n")
	}
	return b.String()
}

// Nesting that the line scan lets through is still caught in the tree.
func TestNestingAtTheLimit(t *testing.T) {
	ok := nestedList(document.MaxNesting - 1)
	if _, err := document.Prepare([]byte("# A\n\n"+ok), document.SchemeDecimal, nil); err != nil {
		t.Errorf("%d levels refused: %v", document.MaxNesting-1, err)
	}
	tooDeep := nestedList(document.MaxNesting + 1) // one marker a line: only the tree shows the depth
	if _, err := document.Prepare([]byte("# A\n\n"+tooDeep), document.SchemeDecimal, nil); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("too deep accepted: %v", err)
	}
}

func TestReadSourceNormalises(t *testing.T) {
	src, err := document.ReadSource([]byte("\xef\xbb\xbf---\r\ntitle: Bylaws\r\nrevised: 2025-01-24\r\n---\r\n# A\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if string(src.Text) != "---\ntitle: Bylaws\nrevised: 2025-01-24\n---\n# A\n" {
		t.Errorf("text %q", src.Text)
	}
	if string(src.Body()) != "# A\n" || src.FrontMatter["title"] != "Bylaws" {
		t.Errorf("body %q, front matter %v", src.Body(), src.FrontMatter)
	}
	// A thematic break at the top is not front matter.
	src, err = document.ReadSource([]byte("---\n# A\n"))
	if err != nil || src.BodyOffset != 0 || src.FrontMatter != nil {
		t.Errorf("unclosed fence: %+v %v", src, err)
	}
}

// FuzzPrepare feeds arbitrary bytes through the whole pipeline a document
// takes: it must never panic, and what it accepts must have sane outlines.
func FuzzPrepare(f *testing.F) {
	f.Add([]byte("# A\n\n## B\n\n1. one\n   1. two\n"))
	f.Add([]byte("---\ntitle: x\n---\n# A\n1. \xe2\x82\xac\n"))
	f.Add([]byte("1. 1. 1. 1. x\n> > - 1. y\n"))
	f.Add([]byte("# T\n\n## P {.unnumbered}\n\n1. a\n\n## Q {#id .c}\n\n1) b\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, scheme := range document.Schemes {
			p, err := document.Prepare(raw, scheme, nil)
			if err != nil {
				if charter.ErrorCode(err) == charter.EINTERNAL {
					t.Fatalf("internal error: %v", err)
				}
				continue
			}
			if !utf8.Valid(p.Source.Text) {
				t.Fatal("accepted invalid UTF-8")
			}
			for _, n := range p.Outline.Nodes {
				if n.Start < 0 || n.End > len(p.Source.Text) || n.Start > n.End {
					t.Fatalf("%s: range [%d,%d) outside %d bytes", n.Number, n.Start, n.End, len(p.Source.Text))
				}
			}
			again, err := document.Prepare(p.Source.Text, scheme, &p.Outline)
			if err != nil {
				t.Fatalf("stored text refused on re-read: %v", err)
			}
			for i := range again.Outline.Nodes {
				if again.Outline.Nodes[i].Key != p.Outline.Nodes[i].Key {
					t.Fatalf("same text, different key for %s", p.Outline.Nodes[i].Number)
				}
			}
		}
	})
}
