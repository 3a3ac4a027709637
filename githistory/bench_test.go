package githistory

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/document"
)

// BenchmarkBundle50x1MB writes the bundle of a 1 MB constitution through
// 50 versions, each a merge changing a few words: the largest history a
// union is likely to download.
func BenchmarkBundle50x1MB(b *testing.B) {
	words := strings.Fields("the members officers union local dues ballot notice committee quorum majority two-thirds meeting elect vote " +
		"amendment article section clause delegates convention steward grievance treasurer secretary president term years days written " +
		"membres syndicat élection cotisations délégués réunion assemblée générale scrutin secret vote majorité préavis comité trésorier")
	rng := rand.New(rand.NewPCG(1, 2))
	var text strings.Builder
	for a := 1; text.Len() < 1<<20; a++ {
		fmt.Fprintf(&text, "## Article %d\n\n", a)
		for s := 1; s <= 5; s++ {
			// Words drawn at random, so the text compresses as prose does
			// (about 3:1), not as a repeated sentence.
			fmt.Fprintf(&text, "%d. Section %d of article %d:", s, s, a)
			for range 20 {
				fmt.Fprintf(&text, " %s", words[rng.IntN(len(words))])
			}
			text.WriteString(".\n")
		}
		text.WriteString("\n")
	}
	h := History{Document: document.Document{Slug: "constitution", Title: "Constitution"}}
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	body := text.String()
	for n := 1; n <= 50; n++ {
		body = strings.Replace(body, fmt.Sprintf("of article %d:", n*37), fmt.Sprintf("of article %d, as amended in version %d:", n*37, n), 1)
		v := document.Version{ID: int64(n), Number: n, Origin: document.OriginMerge, Kind: document.KindDraft, Markdown: body,
			SHA256: document.Hash([]byte(body)), CreatedAt: at.Add(time.Duration(n) * 24 * time.Hour)}
		h.Versions = append(h.Versions, Version{Version: v, By: Member{ID: 1, Name: "Committee"},
			Merged: []Amendment{{ID: int64(n), Title: "Amendment", Sponsor: Member{ID: 2, Name: "Sponsor"}}}})
	}
	b.SetBytes(int64(len(body) * 50))
	b.ReportAllocs()
	var size countWriter
	for b.Loop() {
		size = 0
		if err := h.WriteBundle(&size); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(size)/(1<<20), "MiB/bundle")
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }
