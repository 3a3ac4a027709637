package wording

import (
	"github.com/yuin/goldmark/ast"

	"github.com/charter-org/charter/document"
)

// blockEnd is where block n ends in body: before the next block in
// document order, less the blank lines between them. A fence's closing
// line and a list item's sub-items fall inside it.
func blockEnd(n ast.Node, body []byte) int {
	for p := n; p != nil; p = p.Parent() {
		if next := p.NextSibling(); next != nil {
			return trimEnd(body, document.BlockStart(next, body))
		}
	}
	return trimEnd(body, len(body))
}

// trimEnd moves end back over the blank lines and spaces before it.
func trimEnd[T string | []byte](src T, end int) int {
	for end > 0 && (src[end-1] == '\n' || src[end-1] == ' ' || src[end-1] == '\t') {
		end--
	}
	return end
}
