package charter_test

import (
	"strings"
	"testing"

	"github.com/charter-org/charter"
)

// TestMemberTextIsUTF8WithoutControlCharacters: what a member writes is
// stored only as UTF-8 with no control character but tab and newline;
// anything else is refused as invalid, saying where.
func TestMemberTextIsUTF8WithoutControlCharacters(t *testing.T) {
	what := charter.Sprintf("The title")
	refused := map[string]string{
		"nul\x00here":                      "U+0000) at character 4",
		"caf\xe9":                          "not valid UTF-8 text (at character 4)",
		"ok \xc3":                          "not valid UTF-8 text (at character 4)",
		"\xed\xa0\x80":                     "not valid UTF-8 text (at character 1)", // a surrogate, encoded
		"bell\a":                           "U+0007",
		"esc\x1b[31m":                      "U+001B",
		"del\x7f":                          "U+007F",
		"c1 \u0085 nel":                    "U+0085",
		"c1 \u009b csi":                    "U+009B",
		"vt\v":                             "U+000B",
		"ff\f":                             "U+000C",
		"damaged \uFFFD":                   "replacement character",
		"élan \x00":                        "at character 6",
		strings.Repeat("a", 5000) + "\x00": "at character 5001",
	}
	for in, want := range refused {
		_, err := charter.CleanText(what, in)
		if charter.ErrorCode(err) != charter.EINVALID || !strings.Contains(charter.ErrorMessage(err), want) ||
			!strings.HasPrefix(charter.ErrorMessage(err), "The title ") {
			t.Errorf("%q: %v, want invalid saying %q", charter.Clip(in, 20), err, want)
		}
	}
	kept := map[string]string{
		"plain":                     "plain",
		"tab\tand\nnewline":         "tab\tand\nnewline",
		"crlf\r\nlines\rold mac":    "crlf\nlines\nold mac",
		"Ça va — ünïcödé 日本語 🙂":     "Ça va — ünïcödé 日本語 🙂",
		"bidi \u202eoverride\u202c": "bidi \u202eoverride\u202c", // shown isolated, not refused: Arabic and Hebrew need them
		"":                          "",
	}
	for in, want := range kept {
		if got, err := charter.CleanText(what, in); err != nil || got != want {
			t.Errorf("%q: %q, %v; want %q", in, got, err, want)
		}
	}
	if got, err := charter.CleanLine(what, "  Dues\tand\r\n  fees  "); err != nil || got != "Dues and fees" {
		t.Errorf("line: %q, %v", got, err)
	}
	if _, err := charter.CleanLine(what, "Dues\x00"); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("line with NUL: %v", err)
	}
}
