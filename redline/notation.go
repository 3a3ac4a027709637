package redline

import (
	"fmt"
	"strings"
)

// The plain-text notations of a redline: no HTML, nothing to render. The
// HTML views (inline, side by side, the motion table) are render's.

// notation is how a plain-text redline marks its runs; substitute, when
// set, writes a strike-and-insert as one mark, since it moves as one.
type notation struct{ strike, insert, substitute string }

var (
	criticMarkup = notation{"{--%s--}", "{++%s++}", "{~~%s~>%s~~}"}
	wordDiff     = notation{"[-%s-]", "{+%s+}", ""}
)

func (n notation) write(ops []Op) string {
	var b strings.Builder
	size := 0
	for _, op := range ops {
		size += len(op.Text) + 8 // the text and its marks
	}
	b.Grow(size)
	for k := 0; k < len(ops); k++ {
		op := ops[k]
		switch op.Kind {
		case Equal:
			b.WriteString(op.Text)
		case Delete:
			if n.substitute != "" && k+1 < len(ops) && ops[k+1].Kind == Insert {
				fmt.Fprintf(&b, n.substitute, op.Text, ops[k+1].Text)
				k++
				continue
			}
			fmt.Fprintf(&b, n.strike, op.Text)
		case Insert:
			fmt.Fprintf(&b, n.insert, op.Text)
		}
	}
	return b.String()
}

// Critic writes a redline in CriticMarkup, as a ballot's snapshot keeps
// it: {--struck--}, {++inserted++}, and {~~struck~>inserted~~} for a
// strike-and-insert.
func Critic(ops []Op) string { return criticMarkup.write(ops) }

// PlainText writes a redline for email and print as [-struck-]{+inserted+},
// the notation of git's word diff.
func PlainText(ops []Op) string { return wordDiff.write(ops) }
