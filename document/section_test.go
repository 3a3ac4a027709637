package document_test

import (
	"testing"

	"github.com/charter-org/charter/document"
)

// TestSplice: a section edited alone and put back gives the whole text as
// it would read, every other section untouched and keyed as before.
func TestSplice(t *testing.T) {
	const whole = "# Constitution\n\n## Name\n\n1. The union is Local 1.\n1. Its office is in the city.\n\n## Dues\n\n1. Dues are set by the members.\n"
	base, err := document.Prepare([]byte(whole), document.SchemeArticle, nil)
	if err != nil {
		t.Fatal(err)
	}
	var office document.Node
	for _, n := range base.Outline.Nodes {
		if n.Heading == "Its office is in the city." {
			office = n
		}
	}
	found, ok := document.FindSection(base.Outline.Nodes, office.Key)
	if !ok || found.Number != office.Number {
		t.Fatalf("FindSection(%q): %+v %v", office.Key, found, ok)
	}
	if _, ok := document.FindSection(base.Outline.Nodes, ""); ok {
		t.Error("a section found for no key")
	}
	if _, ok := document.FindSection(base.Outline.Nodes, "no-such-key"); ok {
		t.Error("a section found for a key no section has")
	}
	if got := found.TextOf(whole); got != "1. Its office is in the city." {
		t.Errorf("TextOf: %q", got)
	}
	spliced := document.Splice(whole, found, "1. Its office is in the capital.")
	if want := "# Constitution\n\n## Name\n\n1. The union is Local 1.\n1. Its office is in the capital.\n\n## Dues\n\n1. Dues are set by the members.\n"; spliced != want {
		t.Errorf("Splice:\n%s\nwant\n%s", spliced, want)
	}
	after, err := document.Prepare([]byte(spliced), document.SchemeArticle, &base.Outline)
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Outline.Nodes) != len(base.Outline.Nodes) {
		t.Fatalf("%d sections after, %d before", len(after.Outline.Nodes), len(base.Outline.Nodes))
	}
	for i, n := range after.Outline.Nodes {
		if n.Key != base.Outline.Nodes[i].Key {
			t.Errorf("section %s: key %s, was %s", n.Number, n.Key, base.Outline.Nodes[i].Key)
		}
	}
}
