package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// vocabulary is the words of a union constitution, so that a generated text
// repeats words as a real one does (which is what makes diffs and quote
// matching work hard).
var vocabulary = strings.Fields(`the the the of of of and and to to a a in in
member members union local shall may vote votes voting meeting meetings officer officers
executive board dues notice ballot ballots secret two-thirds majority quorum election
elections committee article section clause amendment amendments right rights good
standing written days thirty sixty president secretary treasurer steward stewards
shop floor grievance arbitration contract bargaining employer wages hours safety
general special called held least each every no not by with without within after
before than more less record records audit funds expense report reports year month
officers' members' local's delegate delegates convention trustee trustees removed
charges trial appeal term terms office vacancy vacancies filled appointed elected`)

var titles = strings.Split("Membership,Officers,Meetings,Dues,Elections,Ballots,Stewards,Committees,"+
	"Finances,Discipline,Amendments,Bargaining,Grievances,Trustees,Delegates,Records,Vacancies,Appeals", ",")

// Constitution generates a constitution of about size bytes in the article
// scheme: a title, articles as level-2 headings, sections as level-3
// headings, numbered clauses and lettered sub-clauses. The same size and
// seed give the same text; a larger size at the same seed extends it.
func Constitution(size int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, 0x636f6e73))
	var b strings.Builder
	b.Grow(size + 1024)
	b.WriteString("---\ntitle: Generated Constitution\nstatus: Draft for member review\n---\n\n# Constitution of the Generated Workers Union\n")
	sentence := func(min, spread int) {
		n := min + rng.IntN(spread)
		for w := range n {
			word := vocabulary[rng.IntN(len(vocabulary))]
			if w == 0 {
				word = strings.ToUpper(word[:1]) + word[1:]
			}
			b.WriteString(word)
			if w < n-1 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(".")
	}
	for article := 1; b.Len() < size; article++ {
		fmt.Fprintf(&b, "\n## %s\n", titles[(article-1)%len(titles)])
		for section := 1; section <= 2+rng.IntN(5) && b.Len() < size; section++ {
			fmt.Fprintf(&b, "\n### %s\n\n", titles[(article*7+section)%len(titles)])
			for clause := 1; clause <= 1+rng.IntN(6) && b.Len() < size; clause++ {
				b.WriteString("1. ")
				sentence(10, 30)
				b.WriteByte('\n')
				if rng.IntN(4) == 0 {
					for sub := 0; sub < 2+rng.IntN(3); sub++ {
						b.WriteString("   1. ")
						sentence(6, 16)
						b.WriteByte('\n')
					}
				}
			}
		}
	}
	return []byte(b.String())
}

// Edit replaces n words spread evenly through text with other words of the
// vocabulary, as n "strike … and insert …" amendments would.
func Edit(text []byte, n int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, 0x65646974))
	out := make([]byte, 0, len(text)+16*n)
	prev := 0
	for i := 1; i <= n; i++ {
		at := max(1, i*len(text)/(n+1))
		if at < prev {
			continue
		}
		// the next word that starts after a space and is all letters
		for at < len(text) && !(text[at-1] == ' ' && text[at] >= 'a' && text[at] <= 'z') {
			at++
		}
		end := at
		for end < len(text) && text[end] >= 'a' && text[end] <= 'z' {
			end++
		}
		if at >= len(text) {
			break
		}
		out = append(out, text[prev:at]...)
		word := vocabulary[rng.IntN(len(vocabulary))]
		if word == string(text[at:end]) {
			word = "amended"
		}
		out = append(out, word...)
		prev = end
	}
	return append(out, text[prev:]...)
}
