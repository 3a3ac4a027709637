package charter

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CleanText is the one check every text a member writes passes before it is
// stored: comments, replies, titles, rationales, names, reasons, whether
// typed in a form, sent in JSON or read from a roster. It normalises line
// endings ("\r\n" and a lone "\r" become "\n": browsers send a textarea's
// lines as "\r\n") and refuses what no page can show as written: bytes that
// are not UTF-8 (PostgreSQL refuses them, SQLite would keep them raw and
// serve them inside a UTF-8 page), control characters other than tab and
// newline (NUL above all, which PostgreSQL refuses too), and the
// replacement character U+FFFD, the mark of text damaged on its way (JSON's
// decoder writes it for an escaped half of a surrogate pair). what names
// the field for the message, as "The title".
func CleanText(what Text, s string) (string, error) {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	at := 0 // characters read so far, for the message
	for i := 0; i < len(s); at++ {
		b := s[i]
		if b >= 0x20 && b < 0x7f || b == '\n' || b == '\t' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return "", Errorf(EINVALID, "%s is not valid UTF-8 text (at character %d); save or paste it again as UTF-8.", what, at+1)
		case r == utf8.RuneError:
			return "", Errorf(EINVALID, "%s holds the replacement character \uFFFD at character %d, the mark of text damaged by a wrong encoding conversion; fix the text there.", what, at+1)
		case unicode.IsControl(r):
			return "", Errorf(EINVALID, "%s holds a control character (%U) at character %d; remove it.", what, r, at+1)
		}
		i += size
	}
	return s, nil
}

// CleanLine is CleanText for a text of one line, such as a name or a title:
// any run of spaces, tabs and newlines becomes one space, and the ends are
// trimmed.
func CleanLine(what Text, s string) (string, error) {
	s, err := CleanText(what, s)
	if err != nil {
		return "", err
	}
	return strings.Join(strings.Fields(s), " "), nil
}
