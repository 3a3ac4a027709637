package document

import (
	"bytes"
	"testing"
)

// Every byte value at every place in and around an eight-byte word is found
// by the word-wise scan exactly where a byte-by-byte one finds it.
func TestFirstControlByteWordWise(t *testing.T) {
	for c := range 256 {
		for at := range 20 {
			text := bytes.Repeat([]byte("é a\n\t\r\f"), 4)[:20]
			text[at] = byte(c)
			if got, want := firstControlByte(text), firstControlByteSlow(text); got != want {
				t.Fatalf("byte %#x at %d: found at %d, not %d", c, at, got, want)
			}
		}
	}
}
