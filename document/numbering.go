package document

import (
	"strconv"
	"strings"

	"github.com/charter-org/charter"
)

// Scheme is how a document numbers its sections.
type Scheme string

const (
	// SchemeArticle: Article I, Section 1, clause (a), sub-clause (i).
	SchemeArticle Scheme = "article"
	// SchemeDecimal: 1, 1.1, 1.1.1.
	SchemeDecimal Scheme = "decimal"
	// SchemeZeroBased: chapters and sections counted from 0 by heading,
	// clauses from 1 by list item, sub-clauses by letter: "0.1.5.c".
	SchemeZeroBased Scheme = "zero-based"
)

// Schemes lists the schemes in the order a form offers them.
var Schemes = []Scheme{SchemeArticle, SchemeDecimal, SchemeZeroBased}

// ParseScheme validates a scheme name.
func ParseScheme(s string) (Scheme, error) {
	for _, sc := range Schemes {
		if string(sc) == s {
			return sc, nil
		}
	}
	return "", charter.Errorf(charter.EINVALID, "Unknown numbering %q: use article, decimal or zero-based.", s)
}

// level is one step of a node's path: whether it is a heading or a list
// clause, its depth among its own kind, and its 0-based place among siblings.
type level struct {
	heading bool
	depth   int // headings: 0 = article/chapter; clauses: 0 = first list level
	index   int // 0-based among siblings of the same kind
}

// numberOf gives a node's full number ("Article IV, Section 2(a)", "4.2.1",
// "3.1.5.c") and its marker, the short label printed before its text
// ("Section 2", "(a)", "c.").
func (s Scheme) numberOf(path []level) (number, marker string) {
	switch s {
	case SchemeArticle:
		return articleNumber(path)
	case SchemeZeroBased:
		parts := make([]string, len(path))
		for i, l := range path {
			parts[i] = zeroBasedPart(l)
		}
		last := parts[len(parts)-1]
		if !path[len(path)-1].heading {
			return strings.Join(parts, "."), last + "."
		}
		return strings.Join(parts, "."), strings.Join(parts, ".")
	default:
		parts := make([]string, len(path))
		for i, l := range path {
			parts[i] = strconv.Itoa(l.index + 1)
		}
		n := strings.Join(parts, ".")
		return n, n
	}
}

func zeroBasedPart(l level) string {
	if l.heading {
		return strconv.Itoa(l.index)
	}
	switch l.depth % 3 {
	case 0:
		return strconv.Itoa(l.index + 1)
	case 1:
		return letters(l.index, false)
	}
	return strings.ToLower(roman(l.index + 1))
}

func articleNumber(path []level) (number, marker string) {
	var parts, section []string
	var clauses strings.Builder
	for _, l := range path {
		switch {
		case l.heading && l.depth == 0:
			marker = "Article " + roman(l.index+1)
			parts = append(parts, marker)
		case l.heading: // sections, and deeper headings as Section 2.1
			section = append(section, strconv.Itoa(l.index+1))
			marker = "Section " + strings.Join(section, ".")
		default:
			marker = "(" + clauseLabel(l.depth, l.index) + ")"
			clauses.WriteString(marker)
		}
	}
	if len(section) > 0 {
		parts = append(parts, "Section "+strings.Join(section, "."))
	}
	return strings.Join(parts, ", ") + clauses.String(), marker
}

// clauseLabel cycles a, i, A, 1 through the list levels of the article scheme.
func clauseLabel(depth, index int) string {
	switch depth % 4 {
	case 0:
		return letters(index, false)
	case 1:
		return strings.ToLower(roman(index + 1))
	case 2:
		return letters(index, true)
	}
	return strconv.Itoa(index + 1)
}

// letters gives a, b, … z, aa, bb, … as legal drafting does past z.
func letters(index int, upper bool) string {
	base := byte('a')
	if upper {
		base = 'A'
	}
	return strings.Repeat(string(base+byte(index%26)), index/26+1)
}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	symbols := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	return b.String()
}
