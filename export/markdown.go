package export

import (
	"fmt"

	"github.com/charter-org/charter/redline"
)

// markdown is the version's text as stored, byte for byte: its SHA-256 is
// the version's. A translation's text says first, after its front matter,
// what it is.
func (v Version) markdown() File {
	src := v.Text.Source
	body := append([]byte(nil), src.Text...)
	if v.Translation != nil {
		body = append(append(append([]byte(nil), src.Text[:src.BodyOffset]...), "> "+v.meta()+"\n\n"...), src.Body()...)
	}
	return File{Name: name(v.Document.Slug, v.what(), Markdown), MediaType: "text/markdown; charset=utf-8", Body: body}
}

// markdown is the amendment's redline in CriticMarkup: the text as it
// would read, with {--struck--} and {++inserted++} words marked, which
// Markdown editors that know CriticMarkup show as changes.
func (a Amendment) markdown() File {
	return File{Name: name(a.Document.Slug, fmt.Sprintf("amendment-%d", a.Amendment.ID), Markdown), MediaType: "text/markdown; charset=utf-8",
		Body: []byte(redline.Critic(a.Comparison.Redline()))}
}
