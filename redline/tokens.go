package redline

import (
	"unicode"
	"unicode/utf8"
)

// Tokenize splits text into the units a redline strikes and inserts: words
// (letters, digits and marks, joined by an inner apostrophe, hyphen, period
// or comma, so that "two-thirds", "don't", "1,000" and "3.5" stay whole),
// runs of white space, and single other characters. The tokens spell the
// text exactly; a byte that is not valid UTF-8 is a token of its own.
func Tokenize(text string) []string {
	// About one token in three bytes in English prose (words and the spaces
	// between them): growing the slice from nothing copied it twenty times
	// on 1 MB.
	out := make([]string, 0, len(text)/2+16)
	for i := 0; i < len(text); {
		r, size := decodeRune(text[i:])
		j := i + size
		switch {
		case r == utf8.RuneError && size <= 1:
			// invalid byte: a token by itself
		case isWordRune(r):
			for j < len(text) {
				r2, s2 := decodeRune(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if isJoiner(r2) {
					if r3, s3 := decodeRune(text[j+s2:]); j+s2 < len(text) && isWordRune(r3) {
						j += s2 + s3
						continue
					}
				}
				break
			}
		case isSpace(r):
			for j < len(text) {
				r2, s2 := decodeRune(text[j:])
				if !isSpace(r2) {
					break
				}
				j += s2
			}
		}
		out = append(out, text[i:j])
		i = j
	}
	return out
}

// decodeRune decodes the first character of text, ASCII without a call:
// a constitution is mostly ASCII, and decoding it through the general
// path was most of the time spent tokenizing.
func decodeRune(text string) (rune, int) {
	if text != "" && text[0] < utf8.RuneSelf {
		return rune(text[0]), 1
	}
	return utf8.DecodeRuneInString(text)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', ',':
		return true
	}
	return false
}
