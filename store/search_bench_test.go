package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/search"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// BenchmarkSearch searches the union of the load run (scripts/union): the
// largest corpus bylaw with 50,000 comments by 1,000 members, each comment
// a dozen words of the bylaw's own vocabulary, and 20 pending amendments.
// Each operation is one search by a member for a page of results: a word
// every few comments hold, a word few hold, two words, a typo that must be
// corrected, and a word nothing holds. Building the union is not timed;
// PostgreSQL is vacuumed and analyzed after it, as autovacuum would.
func BenchmarkSearch(b *testing.B) {
	var base string
	for _, c := range corpus.Load(b) {
		if len(c.Base) > len(base) {
			base = c.Base
		}
	}
	dbs := map[string]func(testing.TB) *store.DB{"sqlite": storetest.SQLite}
	if os.Getenv(storetest.PostgresEnv) != "" {
		dbs["postgres"] = storetest.Postgres
	}
	const comments = 50_000
	for _, name := range []string{"sqlite", "postgres"} {
		open := dbs[name]
		if open == nil {
			continue
		}
		db := open(b)
		reader := searchUnion(b, db, base, comments)
		if err := db.SettleForTest(context.Background()); err != nil {
			b.Fatal(err)
		}
		for _, q := range []string{"quorum", "referendum", "council quorum", "qourum", "xylophone"} {
			b.Run(fmt.Sprintf("%s/%s", name, strings.ReplaceAll(q, " ", "+")), func(b *testing.B) {
				var res search.Results
				for b.Loop() {
					var err error
					if res, err = db.Search(context.Background(), reader, q, 1); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(res.Total), "found")
			})
		}
	}
}

// searchUnion builds the union BenchmarkSearch reads and returns a member.
func searchUnion(b *testing.B, db *store.DB, text string, n int) member.User {
	b.Helper()
	ctx := context.Background()
	_, v, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "bylaws", Title: "Bylaws", Numbering: document.SchemeZeroBased, Markdown: []byte(text)})
	if err != nil {
		b.Fatal(err)
	}
	authors := make([]member.User, 1000)
	for i := range authors {
		if authors[i], err = db.CreateUser(ctx, 0, store.NewUser{Email: fmt.Sprintf("m%d@union.invalid", i), Name: fmt.Sprintf("Member %d", i),
			Roles: []member.Role{member.RoleMember}, GoodStanding: true}); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 20 {
		if _, err := db.ProposeAmendment(ctx, authors[i], store.NewAmendment{DocumentSlug: "bylaws", BaseVersionID: v.ID,
			Title: fmt.Sprintf("Amendment %d", i), Rationale: "So that the members decide.", Proposed: []byte(insertWordAt(text, i+1, 21)), Submit: true}); err != nil {
			b.Fatal(err)
		}
	}
	nodes, err := db.Outline(ctx, v.ID)
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields(search.Normalized(search.Plain(text)))
	rng := rand.New(rand.NewPCG(1, 2))
	for lo := 0; lo < n; lo += 5000 {
		batch := make([]store.SeedComment, 0, 5000)
		for i := lo; i < min(lo+5000, n); i++ {
			body := make([]string, 12)
			for k := range body {
				body[k] = words[rng.IntN(len(words))]
			}
			batch = append(batch, store.SeedComment{Author: authors[i%len(authors)], NewComment: store.NewComment{
				SectionKey: nodes[(i*7919)%len(nodes)].Key, Stance: comment.Stances[i%len(comment.Stances)], Body: strings.Join(body, " ") + "."}})
		}
		if _, err := db.SeedComments(ctx, "bylaws", batch); err != nil {
			b.Fatal(err)
		}
	}
	return authors[0]
}
