package document_test

import (
	"testing"

	"github.com/charter-org/charter/document"
)

// TestPlainTextReadsEscapes: escapes and character references read as the
// characters the page shows, code spans as written. The minutes of a
// meeting titled "Annual <b>meeting</b>" printed "\<b\>" in their PDF.
func TestPlainTextReadsEscapes(t *testing.T) {
	for _, c := range []struct{ markdown, want string }{
		{`Annual \<b\>meeting\</b\>`, "Annual <b>meeting</b>"},
		{`Dues of \*$2\* &amp; fees &#36;1 &eacute;`, "Dues of *$2* & fees $1 é"},
		{"The `\\*` stays, *emphasis* goes", "The \\* stays, emphasis goes"},
	} {
		p, err := document.Prepare([]byte("# Minutes\n\n1. "+c.markdown), document.SchemeDecimal, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := document.PlainText(p.Root, p.Source.Body()); got != "Minutes "+c.want {
			t.Errorf("%q: got %q, want %q", c.markdown, got, c.want)
		}
	}
}
