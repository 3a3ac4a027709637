package document

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/charter-org/charter"
)

// Limits on a document's source. goldmark is super-linear on some inputs
// (deeply nested lists, long emphasis runs), so size and nesting are bounded
// before the parser ever sees the text.
const (
	MaxSourceBytes = 1 << 20 // 1 MiB: the largest real bylaws we know are ~70 KB
	MaxNesting     = 24      // lists and block quotes inside one another
	maxIndent      = 4 * MaxNesting

	// goldmark's link parsing is quadratic in the brackets of one inline
	// block (measured: 32,768 "[a](" on one line, 2.7 s), and reference
	// definitions grow super-linearly too. The real bylaws in the corpus peak at
	// 795-byte lines and 4 brackets in one block.
	MaxLineBytes       = 16 << 10
	MaxBracketsPerPara = 100
	MaxReferenceDefs   = 1000
)

// Source is a document text checked and normalised for storage: valid UTF-8,
// LF line endings, no byte-order mark, its YAML front matter split off.
type Source struct {
	Text        []byte         // the whole normalised text, front matter included
	BodyOffset  int            // where the Markdown body starts in Text
	FrontMatter map[string]any // parsed YAML front matter; nil when absent
}

// Body is the Markdown after the front matter.
func (s Source) Body() []byte { return s.Text[s.BodyOffset:] }

// ReadSource checks raw bytes as a document text. Every rejection says what
// is wrong and where, so the person uploading can fix it.
func ReadSource(raw []byte) (Source, error) {
	text, err := ReadText(raw)
	if err != nil {
		return Source{}, err
	}
	if line := tooDeepLine(text); line > 0 {
		return Source{}, charter.Errorf(charter.EINVALID,
			"Line %d is nested too deeply (more than %d lists or quotes inside one another).", line, MaxNesting)
	}
	if err := checkInlineLimits(text); err != nil {
		return Source{}, err
	}
	src := Source{Text: text}
	fm, offset, err := splitFrontMatter(text)
	if err != nil {
		return Source{}, err
	}
	src.FrontMatter, src.BodyOffset = fm, offset
	return src, nil
}

// ReadText checks raw bytes as the text of a document, to be compared word
// by word rather than parsed: its size, encoding and line endings, without
// the limits that bound the Markdown parser, which such a reader never runs.
// It returns the normalised text.
func ReadText(raw []byte) ([]byte, error) {
	if len(raw) > MaxSourceBytes {
		return nil, charter.Errorf(charter.ETOOLARGE,
			"The document is %s; the limit is %s.", humanBytes(len(raw)), humanBytes(MaxSourceBytes))
	}
	text := bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	// CRLF and lone CR (old Mac files) both become LF, so that normalising
	// a stored text again changes nothing: a version's hash must be stable.
	if bytes.IndexByte(text, '\r') >= 0 { // each replacement copies the text
		text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
		text = bytes.ReplaceAll(text, []byte("\r"), []byte("\n"))
	}
	if i := firstControlByte(text); i >= 0 {
		return nil, charter.Errorf(charter.EINVALID,
			"The file looks binary, not Markdown text (line %d holds a control character).", lineOf(text, i))
	}
	if !utf8.Valid(text) {
		return nil, charter.Errorf(charter.EINVALID,
			"The file is not UTF-8 text (line %d has invalid bytes). Save it as UTF-8 Markdown and try again.", lineOf(text, firstInvalidUTF8(text)))
	}
	if i := firstC1Control(text); i >= 0 {
		r, _ := utf8.DecodeRune(text[i:])
		return nil, charter.Errorf(charter.EINVALID,
			"Line %d holds the control character %U, the mark of text converted from the wrong encoding (Windows quotes and dashes become such characters). Fix the text there and try again.", lineOf(text, i), r)
	}
	// The text is valid UTF-8 by now, so U+FFFD can only be spelled out;
	// searching for its bytes is many times faster than decoding runes.
	if i := bytes.Index(text, []byte(string(utf8.RuneError))); i >= 0 {
		return nil, charter.Errorf(charter.EINVALID,
			"Line %d holds the replacement character \uFFFD, the mark of text damaged by a wrong encoding conversion. Fix the text where it was damaged and try again.", lineOf(text, i))
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, charter.Errorf(charter.EINVALID, "The document is empty.")
	}
	return text, nil
}

// splitFrontMatter finds a YAML block fenced by "---" lines at the very start.
func splitFrontMatter(text []byte) (map[string]any, int, error) {
	if !bytes.HasPrefix(text, []byte("---\n")) {
		return nil, 0, nil
	}
	rest := text[4:]
	end := -1
	for i := 0; i < len(rest); {
		next := bytes.IndexByte(rest[i:], '\n')
		line := rest[i:]
		if next >= 0 {
			line = rest[i : i+next]
		}
		if string(line) == "---" || string(line) == "..." {
			end = i
			break
		}
		if next < 0 {
			break
		}
		i += next + 1
	}
	if end < 0 {
		return nil, 0, nil // an unclosed fence is a thematic break, not front matter
	}
	var fm map[string]any
	if err := yaml.Unmarshal(rest[:end], &fm); err != nil {
		return nil, 0, charter.Errorf(charter.EINVALID, "The front matter (the --- block at the top) is not valid YAML: %s", yamlReason(err))
	}
	offset := 4 + end + 3
	if offset < len(text) && text[offset] == '\n' {
		offset++
	}
	return fm, offset, nil
}

func yamlReason(err error) string {
	msg := err.Error()
	msg = string(bytes.TrimPrefix([]byte(msg), []byte("yaml: ")))
	if len(msg) > 200 {
		msg = msg[:200]
	}
	return msg
}

// tooDeepLine returns the 1-based number of the first line whose leading
// container markers (block quotes, list items) or indentation go deeper than
// MaxNesting, and 0 if none does. It is a cheap over-approximation run before
// parsing; the parsed tree is checked exactly afterwards.
func tooDeepLine(text []byte) int {
	deep := 0
	eachLine(text, func(n int, line []byte) bool {
		if containerDepth(line) > MaxNesting {
			deep = n
			return false
		}
		return true
	})
	return deep
}

// eachLine calls fn with each 1-based line number and line, without its
// newline, until fn returns false.
func eachLine(text []byte, fn func(n int, line []byte) bool) {
	for start, n := 0, 1; start < len(text); n++ {
		end := bytes.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if !fn(n, text[start:end]) {
			return
		}
		start = end + 1
	}
}

// checkInlineLimits bounds what one paragraph or list item may hold before
// goldmark parses it. A block starts at a blank line, a heading, a quote or
// a list marker; lines that continue it count with it.
func checkInlineLimits(text []byte) error {
	brackets, blockLine, refs := 0, 1, 0
	var err error
	eachLine(text, func(n int, line []byte) bool {
		if len(line) > MaxLineBytes {
			err = charter.Errorf(charter.EINVALID, "Line %d is longer than %d KB; break it into paragraphs.", n, MaxLineBytes>>10)
			return false
		}
		trimmed := bytes.TrimLeft(line, " \t")
		if len(trimmed) == 0 || startsBlock(trimmed) {
			brackets, blockLine = 0, n
		}
		if bytes.HasPrefix(trimmed, []byte("[")) && bytes.Contains(trimmed, []byte("]:")) {
			if refs++; refs > MaxReferenceDefs {
				err = charter.Errorf(charter.EINVALID, "The document has more than %d link reference definitions (line %d).", MaxReferenceDefs, n)
				return false
			}
		}
		if brackets += bytes.Count(line, []byte("[")); brackets > MaxBracketsPerPara {
			err = charter.Errorf(charter.EINVALID,
				"The paragraph starting at line %d has more than %d square brackets; split it.", blockLine, MaxBracketsPerPara)
			return false
		}
		return true
	})
	return err
}

func startsBlock(line []byte) bool {
	switch line[0] {
	case '#', '>', '-', '*', '+':
		return true
	}
	return containerDepth(line) > 0
}

func containerDepth(line []byte) int {
	depth, col := 0, 0
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ':
			col++
			i++
		case c == '\t':
			col += 4
			i++
		case c == '>':
			depth++
			i++
		case c == '-' || c == '*' || c == '+':
			if i+1 < len(line) && line[i+1] != ' ' && line[i+1] != '\t' {
				return depth
			}
			depth++
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 10 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j >= len(line) || (line[j] != '.' && line[j] != ')') || (j+1 < len(line) && line[j+1] != ' ' && line[j+1] != '\t') {
				return depth
			}
			depth++
			i = j + 1
		default:
			return depth
		}
		if col > maxIndent {
			return MaxNesting + 1
		}
	}
	return depth
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// firstControlByte finds a C0 control character other than tab, newline,
// form feed and carriage return: text editors never write them, binary files
// are full of them.
func firstControlByte(b []byte) int {
	// Eight bytes at a time: byte by byte, checking was a third of reading
	// a 1 MB text. A cheap test lets through the words without a byte
	// below 0x20 or 0x7f; the others, mostly those with a newline, get an
	// exact mask rather than a loop that mispredicts on every line.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		del := w ^ 0x7f*ones
		if ((w-0x20*ones)|(del-ones))&^w&highs == 0 {
			continue
		}
		below20 := ^((w&^highs + (0x80-0x20)*ones) | w) & highs
		allowed := zeroBytes(w^'\t'*ones) | zeroBytes(w^'\n'*ones) | zeroBytes(w^'\r'*ones) | zeroBytes(w^'\f'*ones)
		if control := below20&^allowed | zeroBytes(del); control != 0 {
			return i + bits.TrailingZeros64(control)/8
		}
	}
	if j := firstControlByteSlow(b[i:]); j >= 0 {
		return i + j
	}
	return -1
}

// zeroBytes has the high bit set in each byte of w that is zero, and no
// other bit.
func zeroBytes(w uint64) uint64 {
	const highs = 0x8080808080808080
	return ^((w&^highs + ^uint64(highs)) | w) & highs
}

func firstControlByteSlow(b []byte) int {
	for i, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			return i
		}
	}
	return -1
}

// firstC1Control finds a C1 control character, U+0080 to U+009F, in valid
// UTF-8: the byte 0xC2 (never a continuation byte) followed by 0x80 to 0x9F.
func firstC1Control(b []byte) int {
	for i := 0; i < len(b); i++ {
		j := bytes.IndexByte(b[i:], 0xc2)
		if j < 0 {
			return -1
		}
		if i += j; i+1 < len(b) && b[i+1] < 0xa0 {
			return i
		}
	}
	return -1
}

func lineOf(b []byte, offset int) int {
	if offset < 0 {
		offset = 0
	}
	return bytes.Count(b[:offset], []byte("\n")) + 1
}

func humanBytes(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
