package amendment

import (
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
)

const withPreamble = `---
status: draft
---
# Constitution of Local 1

## Preamble {.unnumbered}

We, the workers, unite.

## Name

1. The union is Local 1.

## Schedule {.unnumbered}

A list of offices.
`

// TestUnnumberedTextIsASection: text before the first numbered heading,
// and under unnumbered headings, is compared like any section: an
// amendment that changes only the preamble has a change and a motion.
func TestUnnumberedTextIsASection(t *testing.T) {
	for _, tc := range []struct {
		name, amended string
		key           string
		form          Form
		motion        string
	}{
		{"preamble", strings.Replace(withPreamble, "We, the workers, unite.", "We, the workers of every shift, unite.", 1),
			PreambleKey, FormInsert, "In the unnumbered text \u201cPreamble\u201d, insert \u201cof every shift\u201d after \u201cWe, the workers\u201d."},
		{"title", strings.Replace(withPreamble, "# Constitution of Local 1", "# Constitution of Local 7", 1),
			PreambleKey, FormStrikeInsert, "In the unnumbered text \u201cPreamble\u201d, strike \u201c1\u201d and insert \u201c7\u201d."},
		{"schedule", strings.Replace(withPreamble, "A list of offices.", "A list of the offices.", 1),
			"", FormInsert, "In the unnumbered text \u201cSchedule\u201d, insert \u201cthe\u201d after \u201cA list of\u201d."},
		{"repealed preamble", strings.Replace(withPreamble, "## Preamble {.unnumbered}\n\nWe, the workers, unite.\n\n", "", 1),
			PreambleKey, FormStrikeInsert, "In the unnumbered text \u201cPreamble\u201d, strike \u201c## Preamble {.unnumbered} We, the workers, unite.\u201d."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			old, new := prepare(t, withPreamble, tc.amended, document.SchemeArticle)
			got := Changes(old, new)
			if len(got) != 1 {
				t.Fatalf("%d changes: %+v", len(got), got)
			}
			c := got[0]
			if !c.Unnumbered || tc.key != "" && c.Key != tc.key || c.Number == "" {
				t.Errorf("change: key %q number %q unnumbered %t", c.Key, c.Number, c.Unnumbered)
			}
			if tc.name != "repealed preamble" && (c.Form != tc.form || c.Description != tc.motion) {
				t.Errorf("%s %q\nwant %s %q", c.Form, c.Description, tc.form, tc.motion)
			}
		})
	}
	// Front matter is not the text: a change to it alone changes nothing.
	old, new := prepare(t, withPreamble, strings.Replace(withPreamble, "status: draft", "status: adopted", 1), document.SchemeArticle)
	if got := Changes(old, new); len(got) != 0 {
		t.Errorf("front matter alone: %+v", got)
	}
}
