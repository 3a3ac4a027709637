package document_test

import (
	"testing"

	"github.com/charter-org/charter/document"
)

func TestLanguage(t *testing.T) {
	for _, c := range []struct{ in, tag, dir string }{
		{"", "en", "ltr"}, {"fr", "fr", "ltr"}, {" EN-gb ", "en-GB", "ltr"}, {"ar", "ar", "rtl"}, {"he", "he", "rtl"},
		{"fa-IR", "fa-IR", "rtl"}, {"ur", "ur", "rtl"}, {"sw", "sw", "ltr"}, {"zh-Hant", "zh-Hant", "ltr"},
	} {
		tag, err := document.ValidateLanguage(c.in)
		if err != nil || tag != c.tag || document.Direction(tag) != c.dir {
			t.Errorf("%q: %q %s (%v), want %q %s", c.in, tag, document.Direction(tag), err, c.tag, c.dir)
		}
	}
	for _, bad := range []string{"not a language", "e", "<script>", "en-" + string(make([]byte, 40))} {
		if tag, err := document.ValidateLanguage(bad); err == nil {
			t.Errorf("%q accepted as %q", bad, tag)
		}
	}
}
