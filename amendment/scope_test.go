package amendment

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
)

var updateScope = flag.Bool("update", false, "rewrite the want parts of testdata/scope/*.txt with what CheckScope gives")

// scopeCase is one case of a file in testdata/scope: its parts by name, in
// the order the file gives them.
type scopeCase struct {
	name  string
	parts []scopePart
}

type scopePart struct{ head, body string }

func (c scopeCase) part(head string) (string, bool) {
	for _, p := range c.parts {
		if p.head == head {
			return p.body, true
		}
	}
	return "", false
}

// readScopeCases reads a case file: a header, then cases, each opened by
// "=== name" and made of parts opened by "--- before", "--- noticed",
// "--- proposed", "--- want", and optionally "--- revision" (no body) or
// "--- scheme" (a body of one line).
func readScopeCases(t *testing.T, file string) (header string, cases []scopeCase) {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	blocks := strings.Split(string(raw), "\n=== ")
	for _, block := range blocks[1:] {
		name, rest, _ := strings.Cut(block, "\n")
		c := scopeCase{name: name}
		for _, p := range strings.Split("\n"+rest, "\n--- ")[1:] {
			head, body, _ := strings.Cut(p, "\n")
			switch head {
			case "before", "noticed", "proposed", "want", "revision", "scheme":
			default:
				t.Fatalf("%s: %s: unknown part %q", file, name, head)
			}
			c.parts = append(c.parts, scopePart{head, strings.TrimRight(body, "\n")})
		}
		cases = append(cases, c)
	}
	return blocks[0], cases
}

func writeScopeCases(t *testing.T, file, header string, cases []scopeCase) {
	t.Helper()
	var b strings.Builder
	b.WriteString(header)
	for _, c := range cases {
		fmt.Fprintf(&b, "\n=== %s\n", c.name)
		for _, p := range c.parts {
			fmt.Fprintf(&b, "--- %s\n", p.head)
			if p.body != "" {
				b.WriteString(p.body + "\n")
			}
		}
	}
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// formatScope writes a Scope as a case file's want part: the verdict, then
// a finding a line.
func formatScope(s Scope) string {
	lines := []string{string(s.Verdict)}
	for _, f := range s.Findings {
		lines = append(lines, fmt.Sprintf("%s | %s | %s", f.Verdict, f.Number, f.Reason))
	}
	return strings.Join(lines, "\n")
}

func parse(t *testing.T, text string, scheme document.Scheme) *document.Parsed {
	t.Helper()
	p, err := document.Prepare([]byte(text+"\n"), scheme, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestScopeCases runs the cases of testdata/scope. A case without a
// before or a noticed text takes the previous case's.
func TestScopeCases(t *testing.T) {
	files, err := filepath.Glob("testdata/scope/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	for _, file := range files {
		header, cases := readScopeCases(t, file)
		var before, noticed string
		for i, c := range cases {
			if text, ok := c.part("before"); ok {
				before = text
			}
			if text, ok := c.part("noticed"); ok {
				noticed = text
			}
			t.Run(strings.TrimSuffix(filepath.Base(file), ".txt")+"/"+c.name, func(t *testing.T) {
				scheme := document.SchemeArticle
				if s, ok := c.part("scheme"); ok {
					scheme = document.Scheme(s)
				}
				proposed, ok := c.part("proposed")
				if !ok || before == "" || noticed == "" {
					t.Fatal("a case needs a proposed text, and a before and a noticed text of its own or of the case above")
				}
				_, revision := c.part("revision")
				got := formatScope(CheckScope(parse(t, before, scheme), parse(t, noticed, scheme), parse(t, proposed, scheme), revision))
				want, _ := c.part("want")
				if got == want {
					return
				}
				if !*updateScope {
					t.Errorf("got:\n%s\nwant:\n%s", got, want)
					return
				}
				for k := range c.parts {
					if c.parts[k].head == "want" {
						cases[i].parts[k].body = got
						return
					}
				}
				cases[i].parts = append(cases[i].parts, scopePart{"want", got})
			})
		}
		if *updateScope {
			writeScopeCases(t, file, header, cases)
		}
	}
}

// TestScopeKeysItsOwn: CheckScope keys the texts itself, whatever keys
// they came with, and leaves them as they were.
func TestScopeKeysItsOwn(t *testing.T) {
	before := parse(t, "# C\n\n## Dues\n\n1. Dues are $2 a month.\n\n## Officers\n\n1. Officers serve two years.", document.SchemeArticle)
	noticedText := "# C\n\n## Dues\n\n1. Dues are $5 a month.\n1. Retired members pay half.\n\n## Officers\n\n1. Officers serve two years."
	proposedText := "# C\n\n## Dues\n\n1. Dues are $4 a month.\n1. Retired members pay less.\n\n## Officers\n\n1. Officers serve three years."
	want := "beyond\n" +
		"in | Article I(a) | $4 lies within the $2 to $5 the notice gave.\n" +
		"chair | Article I(b) | The notice did not insert “less” here; the chair must judge whether it covered these words.\n" +
		"beyond | Article II(a) | The notice did not change “two”."
	keyedNoticed, err := document.Prepare([]byte(noticedText), document.SchemeArticle, &before.Outline)
	if err != nil {
		t.Fatal(err)
	}
	keyedProposed, err := document.Prepare([]byte(proposedText), document.SchemeArticle, &keyedNoticed.Outline)
	if err != nil {
		t.Fatal(err)
	}
	for _, texts := range []struct {
		name              string
		noticed, proposed *document.Parsed
	}{
		{"parsed alone", parse(t, noticedText, document.SchemeArticle), parse(t, proposedText, document.SchemeArticle)},
		{"keyed as a secondary amendment", keyedNoticed, keyedProposed},
	} {
		keys := func() string {
			var all []string
			for _, p := range []*document.Parsed{before, texts.noticed, texts.proposed} {
				for _, n := range p.Outline.Nodes {
					all = append(all, n.Key)
				}
			}
			return strings.Join(all, " ")
		}
		had := keys()
		if got := formatScope(CheckScope(before, texts.noticed, texts.proposed, false)); got != want {
			t.Errorf("%s: got:\n%s\nwant:\n%s", texts.name, got, want)
		}
		if keys() != had {
			t.Errorf("%s: CheckScope changed the keys of the texts it was given", texts.name)
		}
	}
}

// TestCorpusScope: for every real amendment, taken as the notice, the
// noticed text and the text as it stands are within the notice, and a
// proposal that also changes a section the amendment left alone is not.
func TestCorpusScope(t *testing.T) {
	cases := 0
	for _, c := range corpusAmendments(t) {
		before, noticed := c.Old, c.New
		for _, p := range []struct {
			name string
			text *document.Parsed
		}{{"the noticed text", noticed}, {"the text as it stands", before}} {
			s := CheckScope(before, noticed, p.text, false)
			if s.Verdict != ScopeIn {
				t.Errorf("%s: %s is %s:\n%s", c.ID, p.name, s.Verdict, formatScope(s))
			}
		}
		untouched, ok := untouchedSection(before, noticed)
		if !ok {
			continue
		}
		floor := parse(t, strings.TrimSuffix(withWordsAdded(string(noticed.Source.Text), untouched), "\n"), document.SchemeZeroBased)
		s := CheckScope(before, noticed, floor, false)
		found := false
		for _, f := range s.Findings {
			found = found || f.Verdict == ScopeBeyond && f.Number == untouched.Number
		}
		if s.Verdict != ScopeBeyond || !found {
			t.Errorf("%s: words added to §%s, which the amendment left alone, are not found beyond the notice:\n%s", c.ID, untouched.Number, formatScope(s))
		}
		cases++
	}
	if cases < 20 {
		t.Errorf("only %d cases with a section the amendment left alone", cases)
	}
	t.Logf("%d amendments: the noticed text and the current text in scope, a change elsewhere beyond", cases)
}

// untouchedSection is the first section of noticed whose own text the
// notice left as it stands, as a node of noticed with its number in before.
func untouchedSection(before, noticed *document.Parsed) (document.Node, bool) {
	was := map[string]unit{}
	for _, u := range units(before) {
		was[u.key] = u
	}
	for i, n := range noticed.Outline.Nodes {
		if u, ok := was[n.Key]; ok && u.text == ownText(noticed, i) && strings.TrimSpace(u.text) != "" {
			n.Number = u.number
			return n, true
		}
	}
	return document.Node{}, false
}

// withWordsAdded adds words at the end of the first line of section n of
// text.
func withWordsAdded(text string, n document.Node) string {
	end := n.Start + strings.IndexByte(text[n.Start:]+"\n", '\n')
	return text[:end] + " Amended on the floor." + text[end:]
}
