package comment_test

import (
	"strings"
	"testing"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/redline"
)

// BenchmarkReanchor places every comment of a version in the next one, as
// publishing does: one mapping between the texts, then each comment, half
// of them on a quoted passage and half on a whole section. On the largest
// real amendment of the corpus with 10,000 comments, and on generated
// constitutions of 1×, 4× and 16× 62.5 KB with 19, 75 and 300 words
// changed and 3,125, 12,500 and 50,000 comments.
func BenchmarkReanchor(b *testing.B) {
	type input struct {
		name     string
		old, new []byte
		scheme   document.Scheme
		comments int
	}
	var c corpus.Case
	for _, x := range corpus.Load(b) {
		if x.Proposed != "" && len(x.Base) > len(c.Base) {
			c = x
		}
	}
	inputs := []input{{"corpus-largest-" + c.ID, []byte(c.Base), []byte(c.Merged), document.SchemeZeroBased, 10_000}}
	for _, s := range corpus.Scales {
		text := corpus.Constitution(s.Bytes, 1)
		inputs = append(inputs, input{s.Name, text, corpus.Edit(text, s.Edits, 2), document.SchemeArticle, s.Comments})
	}
	for _, in := range inputs {
		prev, err := document.Prepare(in.old, in.scheme, nil)
		if err != nil {
			b.Fatal(err)
		}
		next, err := document.Prepare(in.new, in.scheme, &prev.Outline)
		if err != nil {
			b.Fatal(err)
		}
		old, new := string(prev.Source.Text), string(next.Source.Text)
		places := make([]comment.Placement, in.comments)
		for i := range places {
			n := prev.Outline.Nodes[(i*7919)%len(prev.Outline.Nodes)]
			places[i] = comment.Placement{VersionID: 1, SectionKey: n.Key, Fate: redline.Kept}
			if i%2 == 0 {
				// a few words from the middle of the section's text
				at := n.Start + (n.End-n.Start)/2
				at += max(0, strings.IndexByte(old[at:n.End], ' ')) + 1
				end := min(n.End, at+24)
				if at < end {
					a := redline.NewAnchor(old, at, end)
					places[i].Anchor = &a
				}
			}
		}
		b.Run(in.name, func(b *testing.B) {
			b.ReportMetric(float64(in.comments), "comments")
			for b.Loop() {
				pl := comment.NewPlacer(redline.NewMapping(old, new), next.Outline.Nodes, 2)
				for _, p := range places {
					pl.Place(p)
				}
			}
		})
	}
}
