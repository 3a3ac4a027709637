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
func Tokenize(text string) []string { return tokenizeInto(nil, text) }

// tokenizeInto is Tokenize into buf's memory where it is large enough.
func tokenizeInto(buf []string, text string) []string {
	// About one token in three bytes in English prose (words and the spaces
	// between them): growing the slice from nothing copied it twenty times
	// on 1 MB.
	if need := len(text)/2 + 16; cap(buf) < need {
		buf = make([]string, 0, need)
	}
	out := buf[:0]
	for i := 0; i < len(text); {
		r, size := decodeRune(text[i:])
		j := i + size
		switch {
		case r == utf8.RuneError && size <= 1:
			// invalid byte: a token by itself
		case isWordRune(r):
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf && isWordRune(rune(c)) {
					j++ // most of a text: decoded without a call
					continue
				}
				r2, s2 := decodeRune(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if isJoiner(r2) {
					if j+s2 < len(text) {
						if r3, s3 := decodeRune(text[j+s2:]); isWordRune(r3) {
							j += s2 + s3
							continue
						}
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

// decodeRune decodes the first character of a text that is not empty.
// It, isWordRune and isSpace take ASCII first: a constitution is mostly
// ASCII, and decoding and classifying through the general path was most of
// the time spent tokenizing.
func decodeRune(text string) (rune, int) {
	if c := text[0]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text)
}

// asciiWordBits has bit c set for the ASCII letters and digits c.
var asciiWordBits = [2]uint64{0x03ff << '0', (0x03ffffff << ('A' - 64)) | (0x03ffffff << ('a' - 64))}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWordBits[r>>6]>>(r&63)&1 != 0
	}
	return isWordRuneBeyondASCII(r)
}

func isWordRuneBeyondASCII(r rune) bool {
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
