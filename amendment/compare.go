package amendment

import (
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
)

// Comparison is a proposed text set against the text it would replace.
type Comparison struct {
	Base, Proposed *document.Parsed
	Changes        []Change
}

// Compare keys the proposed text against base and lists its changes.
func Compare(base *document.Parsed, proposed []byte) (*Comparison, error) {
	p, err := document.Prepare(proposed, base.Outline.Scheme, &base.Outline)
	if err != nil {
		return nil, err
	}
	return &Comparison{Base: base, Proposed: p, Changes: Changes(base, p)}, nil
}

// Redline is the word-level redline of the whole texts, front matter
// included: for plain text and CriticMarkup.
func (c *Comparison) Redline() []redline.Op {
	return redline.Diff(string(c.Base.Source.Text), string(c.Proposed.Source.Text))
}

// Parts lists the proposed text's parts in order, with the base's
// repealed parts where they stood, each with its change if it has one.
func (c *Comparison) Parts() []Part { return Parts(c.Base, c.Proposed) }
