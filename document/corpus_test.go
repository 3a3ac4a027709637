package document_test

import (
	"flag"
	"fmt"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files from the current output")

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	file := "testdata/" + name
	if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the output; diff it against this, and run with -update if the change is right:\n%s", file, got)
	}
}

// TestCorpusOutlines numbers every real text of the corpus and checks what
// must hold of any outline.
func TestCorpusOutlines(t *testing.T) {
	texts := corpus.Texts(corpus.Load(t))
	for _, tx := range texts {
		p, err := document.Prepare(tx.Body, document.SchemeZeroBased, nil)
		if err != nil {
			t.Errorf("%s %s: %v", tx.File, tx.SHA[:7], err)
			continue
		}
		numbers, keys := map[string]bool{}, map[string]bool{}
		for i, n := range p.Outline.Nodes {
			where := fmt.Sprintf("%s %s §%s", tx.File, tx.SHA[:7], n.Number)
			if numbers[n.Number] {
				t.Errorf("%s: number used twice", where)
			}
			if keys[n.Key] {
				t.Errorf("%s: key used twice", where)
			}
			numbers[n.Number], keys[n.Key] = true, true
			if n.Heading == "" && n.Kind == document.KindHeading {
				t.Errorf("%s: empty heading", where)
			}
			if n.Parent >= i {
				t.Errorf("%s: parent %d after the node", where, n.Parent)
			}
			if n.Parent >= 0 {
				parent := p.Outline.Nodes[n.Parent]
				if n.Start < parent.Start || n.End > parent.End {
					t.Errorf("%s: range [%d,%d) outside its parent's [%d,%d)", where, n.Start, n.End, parent.Start, parent.End)
				}
				if !strings.HasPrefix(n.Number, parent.Number+".") {
					t.Errorf("%s: number does not extend its parent's %s", where, parent.Number)
				}
			}
			line := string(tx.Body[n.Start:min(n.End, n.Start+12)])
			if trimmed := strings.TrimLeft(line, " \t"); !strings.HasPrefix(trimmed, "#") && !regexp.MustCompile(`^\d+[.)]`).MatchString(trimmed) {
				t.Errorf("%s: range starts at %q, not a heading or list item", where, line)
			}
		}
	}
}

var linkAfter = regexp.MustCompile(`^[^\[\]\n]*\]\(([^)\s]+)\)`)

// TestCorpusCitations resolves every "section 0.1.5.c" and "Bylaw 1 Section
// 1.2.4" in the corpus against the outline of the text it names, in force
// at the citing text's date. The citations that do not resolve are listed
// in testdata/corpus-unresolved-citations.golden; each was checked by hand
// against the text and is stale in the source itself (it names a clause
// that had been renumbered or removed), or names a document outside the
// corpus.
func TestCorpusCitations(t *testing.T) {
	texts := corpus.Texts(corpus.Load(t))
	outlines := map[string]*document.Outline{}
	byFile := map[string][]corpus.Text{}
	for _, tx := range texts {
		p, err := document.Prepare(tx.Body, document.SchemeZeroBased, nil)
		if err != nil {
			t.Fatal(err)
		}
		outlines[tx.SHA] = &p.Outline
		byFile[tx.File] = append(byFile[tx.File], tx)
	}
	// inForce lists the versions of file from the newest day no later than
	// date: several amendments landing on one day each leave a text.
	inForce := func(file, date string) []corpus.Text {
		versions := byFile[file]
		if len(versions) == 0 {
			return nil
		}
		day := versions[0].Date
		for _, v := range versions {
			if v.Date <= date {
				day = v.Date
			}
		}
		var out []corpus.Text
		for _, v := range versions {
			if v.Date == day {
				out = append(out, v)
			}
		}
		return out
	}
	resolved := 0
	var unresolved []string
	for _, tx := range texts {
		body := string(tx.Body)
		for _, c := range document.FindCitations(body, document.SchemeZeroBased) {
			target := tx.File
			if m := linkAfter.FindStringSubmatch(body[c.End:]); m != nil && strings.LastIndex(body[:c.Start], "[") > strings.LastIndex(body[:c.Start], "\n") {
				switch link := m[1]; {
				case strings.HasPrefix(link, "http"):
					target = "external: " + link
				case strings.HasSuffix(strings.SplitN(link, "#", 2)[0], ".md"):
					target = path.Clean(path.Join(path.Dir(tx.File), strings.SplitN(link, "#", 2)[0]))
				}
			}
			if c.Document != "" {
				target = "bylaw-" + strings.Fields(c.Document)[1] + ".md"
			}
			quote := strings.Join(strings.Fields(body[c.Start:c.End]), " ")
			cited := inForce(target, tx.Date)
			if target == tx.File {
				cited = []corpus.Text{tx} // a text cites its own sections as it reads
			}
			if cited == nil {
				unresolved = append(unresolved, fmt.Sprintf("%s: %q names %s, not in the corpus", tx.File, quote, target))
				continue
			}
			found := false
			for _, v := range cited {
				if _, ok := outlines[v.SHA].Lookup(c.Number); ok {
					found = true
				}
			}
			if found {
				resolved++
				continue
			}
			unresolved = append(unresolved, fmt.Sprintf("%s: %q: %s has no section %s", tx.File, quote, target, c.Number))
		}
	}
	sort.Strings(unresolved)
	unresolved = compact(unresolved)
	if resolved < 900 {
		t.Errorf("only %d citations resolved", resolved)
	}
	checkGolden(t, "corpus-unresolved-citations.golden", strings.Join(unresolved, "\n")+"\n")
	t.Logf("%d citations resolved, %d distinct unresolved", resolved, len(unresolved))
}

func compact(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// TestCorpusKeysPersist carries keys from each case's base to its merged
// text, as publishing a new version does. A section whose own words and
// depth appear exactly once in both texts must keep its key, whatever
// happened to its number.
func TestCorpusKeysPersist(t *testing.T) {
	renumbered, kept, total := 0, 0, 0
	for _, c := range corpus.Load(t) {
		if c.Base == "" || c.Merged == "" {
			continue
		}
		base, err := document.Prepare([]byte(c.Base), document.SchemeZeroBased, nil)
		if err != nil {
			t.Fatal(err)
		}
		merged, err := document.Prepare([]byte(c.Merged), document.SchemeZeroBased, &base.Outline)
		if err != nil {
			t.Fatal(err)
		}
		unique := func(o document.Outline) map[string]document.Node {
			count := map[string]int{}
			for _, n := range o.Nodes {
				count[fingerprint(n)]++
			}
			out := map[string]document.Node{}
			for _, n := range o.Nodes {
				if count[fingerprint(n)] == 1 {
					out[fingerprint(n)] = n
				}
			}
			return out
		}
		before, after := unique(base.Outline), unique(merged.Outline)
		for fp, n := range after {
			old, ok := before[fp]
			if !ok {
				continue
			}
			total++
			if old.Key != n.Key {
				t.Errorf("%s: §%s → §%s %q lost its key", c.ID, old.Number, n.Number, n.Heading)
				continue
			}
			kept++
			if old.Number != n.Number {
				renumbered++
			}
		}
		keys := map[string]bool{}
		for _, n := range merged.Outline.Nodes {
			if keys[n.Key] {
				t.Errorf("%s: key %s used twice", c.ID, n.Key)
			}
			keys[n.Key] = true
		}
	}
	if renumbered == 0 {
		t.Errorf("no renumbered section in the corpus kept its key: the test proves nothing")
	}
	t.Logf("%d of %d unchanged sections kept their keys; %d of them were renumbered", kept, total, renumbered)
}

func fingerprint(n document.Node) string {
	return fmt.Sprintf("%s/%d/%s", n.Kind, n.Depth, strings.Join(strings.Fields(n.Text), " "))
}
