package ballot_test

import (
	"fmt"
	"testing"

	"github.com/charter-org/charter/ballot"
)

// BenchmarkTally counts a closed ballot's papers as the results do: each
// paper's choices decoded and added, then the rule applied with its
// arithmetic, for 10,000 papers (the load run's union), 100,000 and a
// million (a national union), three questions each.
func BenchmarkTally(b *testing.B) {
	rule, err := ballot.ParseRule("2/3", "cast", "20%", 30)
	if err != nil {
		b.Fatal(err)
	}
	kinds := []ballot.Choice{ballot.Yes, ballot.Yes, ballot.No, ballot.Abstain}
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		papers := make([]string, n)
		for i := range papers {
			papers[i] = ballot.EncodeChoices([]ballot.Choice{kinds[i%4], kinds[(i/4)%4], kinds[(i/16)%4]})
		}
		b.Run(fmt.Sprintf("papers=%d", n), func(b *testing.B) {
			for b.Loop() {
				counts := make([]ballot.Count, 3)
				for _, p := range papers {
					for q, ch := range ballot.DecodeChoices(p) {
						counts[q].Add(ch)
					}
				}
				for _, c := range counts {
					ballot.Decide(rule, c, n*5/4)
				}
			}
		})
	}
}

// BenchmarkSealPaper seals one paper to a ballot's key, as every vote
// does inside its transaction.
func BenchmarkSealPaper(b *testing.B) {
	public, _, err := ballot.NewKeyPair()
	if err != nil {
		b.Fatal(err)
	}
	tracker := ballot.NewTracker()
	for b.Loop() {
		if _, err := ballot.SealPaper(public, tracker, []ballot.Choice{ballot.Yes}); err != nil {
			b.Fatal(err)
		}
	}
}
