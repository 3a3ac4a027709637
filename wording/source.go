package wording

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// blockStart is where block n starts in body: the parser's recorded
// position, else the first text it covers.
func blockStart(n ast.Node, body []byte) int {
	if p := n.Pos(); p >= 0 && p <= len(body) {
		return p
	}
	first := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && first < 0 && c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			first = c.Lines().At(0).Start
		}
		return ast.WalkContinue, nil
	})
	return max(first, 0)
}

// blockEnd is where block n ends in body: before the next block in
// document order, less the blank lines between them. A fence's closing
// line and a list item's sub-items fall inside it.
func blockEnd(n ast.Node, body []byte) int {
	for p := n; p != nil; p = p.Parent() {
		if next := p.NextSibling(); next != nil {
			return trimEnd(string(body), lineStart(body, blockStart(next, body)))
		}
	}
	return trimEnd(string(body), len(body))
}

func lineStart(src []byte, i int) int {
	i = min(i, len(src))
	return bytes.LastIndexByte(src[:i], '\n') + 1
}

// trimEnd moves end back over the blank lines and spaces before it.
func trimEnd(src string, end int) int {
	for end > 0 && (src[end-1] == '\n' || src[end-1] == ' ' || src[end-1] == '\t') {
		end--
	}
	return end
}
