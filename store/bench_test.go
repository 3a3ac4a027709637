package store_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// BenchmarkMergeRebase500 publishes a draft merging one real amendment into
// the largest corpus document while 500 other amendments are pending; the
// merge rebases them all, in the same transaction. Setting them up is not
// timed.
func BenchmarkMergeRebase500(b *testing.B) {
	var c corpus.Case
	for _, x := range corpus.Load(b) {
		if x.Proposed != "" && len(x.Base) > len(c.Base) {
			c = x
		}
	}
	ctx := context.Background()
	const pending = 500
	for b.Loop() {
		b.StopTimer()
		db := storetest.SQLite(b)
		sponsor, err := db.CreateUser(ctx, 0, store.NewUser{Email: "s@example.org", Name: "S", Roles: []member.Role{member.RoleMember}, Password: "a long enough password", GoodStanding: true})
		if err != nil {
			b.Fatal(err)
		}
		committee, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "c@example.org", Name: "C", Roles: []member.Role{member.RoleCommittee}, Password: "a long enough password", GoodStanding: true})
		_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "bylaws", Title: "Bylaws", Numbering: document.SchemeZeroBased, Markdown: []byte(c.Base)})
		if err != nil {
			b.Fatal(err)
		}
		_ = db.SetCosponsorsNeeded(ctx, 0, "bylaws", 0)
		propose := func(title, text string) amendment.Amendment {
			a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "bylaws", BaseVersionID: v1.ID, Title: title, Proposed: []byte(text), Submit: true})
			if err != nil {
				b.Fatal(err)
			}
			return a
		}
		merged := propose("real", c.Proposed)
		for i := 1; i <= pending; i++ {
			propose(fmt.Sprintf("pending %d", i), insertWordAt(c.Base, i, pending))
		}
		b.StartTimer()
		res, err := db.Merge(ctx, committee, "bylaws", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{merged.ID}})
		if err != nil || len(res.Conflicts) > 0 {
			b.Fatal(res.Conflicts, err)
		}
		b.StopTimer()
		list, _ := db.Amendments(ctx, sponsor, v1.DocumentID)
		carried := 0
		for _, a := range list {
			if a.BaseVersionID == res.Version.ID {
				carried++
			}
		}
		b.ReportMetric(float64(carried), "carried")
		b.ReportMetric(float64(pending-carried), "conflicts")
		b.StartTimer()
	}
	b.ReportMetric(float64(len(c.Base)), "bytes")
}

// insertWordAt inserts one word after the i-th of n evenly spaced places
// in text, at a word boundary.
func insertWordAt(text string, i, n int) string {
	at := i * len(text) / (n + 1)
	for at < len(text) && text[at] != ' ' {
		at++
	}
	return text[:at] + fmt.Sprintf(" amended%d", i) + text[at:]
}

// BenchmarkCastBallot records one ballot per operation, each by a different
// voter in its own durable transaction (on SQLite: WAL, synchronous FULL),
// as the vote endpoint does: one by one, and from 32 voters at once. The
// roll and its blank papers are made before the timer starts.
func BenchmarkCastBallot(b *testing.B) {
	dbs := map[string]func(testing.TB) *store.DB{"sqlite": storetest.SQLite}
	if os.Getenv(storetest.PostgresEnv) != "" {
		dbs["postgres"] = storetest.Postgres
	}
	for name, open := range dbs {
		for _, clients := range []int{1, 32} {
			b.Run(fmt.Sprintf("%s/clients=%d", name, clients), func(b *testing.B) {
				db := open(b)
				poll := storetest.OpenPoll(b, db, b.N)
				hashes := []string{poll.Ballot.Questions[0].SHA256}
				var next atomic.Int64
				cast := func() {
					i := next.Add(1) - 1
					choice := []ballot.Choice{[]ballot.Choice{ballot.Yes, ballot.No, ballot.Abstain}[i%3]}
					if _, err := db.CastBallot(context.Background(), poll.Voters[i], poll.Ballot.ID, choice, hashes); err != nil {
						b.Error(err)
					}
				}
				b.ResetTimer()
				if clients == 1 {
					for range b.N {
						cast()
					}
					return
				}
				b.SetParallelism((clients + runtime.GOMAXPROCS(0) - 1) / runtime.GOMAXPROCS(0))
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						cast()
					}
				})
			})
		}
	}
}
