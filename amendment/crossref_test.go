package amendment

import (
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
)

func TestCrossReferences(t *testing.T) {
	base := `# C

## Membership

### Dues

1. Dues are set under Article II, Section 1.

## Amendments

### Adoption

1. Two-thirds of the votes cast.

### Notice

1. Thirty days, see [adoption](#KEY).
`
	old, err := document.Prepare([]byte(base), document.SchemeArticle, nil)
	if err != nil {
		t.Fatal(err)
	}
	adoption, _ := old.Outline.Lookup("Article II, Section 1")
	base = strings.Replace(base, "#KEY", "#"+adoption.Key, 1)
	old, _ = document.Prepare([]byte(base), document.SchemeArticle, &old.Outline) // same sections, same keys

	// A new article before Amendments renumbers it; nothing cites Article
	// II, Section 1 by key except the link, which survives a renumbering.
	renumbered := strings.Replace(base, "## Amendments", "## Meetings\n\n### Quorum\n\n1. Fifty members.\n\n## Amendments", 1)
	cmp, err := Compare(old, []byte(renumbered))
	if err != nil {
		t.Fatal(err)
	}
	got := CrossReferences(cmp)
	if len(got) != 1 || got[0].In != "Article I, Section 1(a)" || got[0].Quote != "Article II, Section 1" ||
		got[0].Message != "cites Article II, Section 1, which this amendment renumbers as Article III, Section 1." {
		t.Errorf("renumbering: %+v", got)
	}

	// Repealing the Adoption section breaks both the citation and the link.
	repealed := strings.Replace(base, "### Adoption\n\n1. Two-thirds of the votes cast.\n\n", "", 1)
	cmp, err = Compare(old, []byte(repealed))
	if err != nil {
		t.Fatal(err)
	}
	got = CrossReferences(cmp)
	if len(got) != 2 || !strings.Contains(got[0].Message, "repeals") || !strings.HasPrefix(got[1].Message, "links to Article II, Section 1") {
		t.Errorf("repeal: %+v", got)
	}
}
