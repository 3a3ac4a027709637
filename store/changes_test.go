package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// waitFor reads a follower until it is told of want, or fails after a
// while.
func waitFor(t testing.TB, changes <-chan store.Change, want store.Change, within time.Duration) time.Duration {
	t.Helper()
	began := time.Now()
	deadline := time.After(within)
	for {
		select {
		case c := <-changes:
			if c.Topic == want.Topic && c.Subject == want.Subject {
				return time.Since(began)
			}
		case <-deadline:
			t.Fatalf("not told of %s %d within %s", want.Topic, want.Subject, within)
		}
	}
}

// TestEveryInstanceIsToldOfEveryChange: a change committed through one
// instance is told to that instance before the call returns, and to
// another instance on the same database soon after (on PostgreSQL woken by
// NOTIFY, on SQLite by its poll); a change rolled back is told to no one.
func TestEveryInstanceIsToldOfEveryChange(t *testing.T) {
	eachAddress(t, func(t *testing.T, address string) {
		ctx := context.Background()
		a, b := reopen(t, address), reopen(t, address)
		fromA, stopA := a.Follow()
		defer stopA()
		fromB, stopB := b.Follow()
		defer stopB()
		if err := a.AnnounceForTest(ctx, store.TopicComments, 7, true); err == nil {
			t.Fatal("the failing transaction succeeded")
		}
		if err := a.AnnounceForTest(ctx, store.TopicComments, 8, false); err != nil {
			t.Fatal(err)
		}
		select {
		case c := <-fromA:
			if c.Topic != store.TopicComments || c.Subject != 8 {
				t.Errorf("instance A was told first of %+v, not the committed change", c)
			}
		default:
			t.Fatal("instance A was not told of its own change before the call returned")
		}
		waitFor(t, fromB, store.Change{Topic: store.TopicComments, Subject: 8}, 3*time.Second)
		select {
		case c := <-fromB:
			t.Errorf("instance B was told of %+v too", c)
		case <-time.After(300 * time.Millisecond):
		}
	})
}

// BenchmarkChangeSeenByAnotherInstance: how long after one instance's
// change commits another instance on the same database is told of it. It
// reports the median and the slowest of b.N changes.
func BenchmarkChangeSeenByAnotherInstance(b *testing.B) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		b.Run(dialect, func(b *testing.B) {
			var address string
			if dialect == "sqlite" {
				address = "sqlite:" + b.TempDir() + "/charter.db"
			} else {
				var err error
				if address, err = storetest.NewPostgresDatabase(b); err != nil {
					b.Fatal(err)
				}
			}
			ctx := context.Background()
			a, other := reopen(b, address), reopen(b, address)
			seen, stop := other.Follow()
			defer stop()
			lags := make([]time.Duration, 0, b.N)
			for i := range b.N {
				if err := a.AnnounceForTest(ctx, store.TopicDocument, int64(i+1), false); err != nil {
					b.Fatal(err)
				}
				lags = append(lags, waitFor(b, seen, store.Change{Topic: store.TopicDocument, Subject: int64(i + 1)}, 5*time.Second))
			}
			slices.Sort(lags)
			b.ReportMetric(float64(lags[len(lags)/2].Microseconds())/1000, "median-ms")
			b.ReportMetric(float64(lags[len(lags)-1].Microseconds())/1000, "max-ms")
		})
	}
}

// TestMemoryForgetsWhatAnotherInstanceChanged: what one instance answers
// from memory — a session's account and roles, a document's head, its
// comments' stamp — follows a change made through another instance on
// the same database, at once: a revoked session is refused by the next
// request, wherever it lands.
func TestMemoryForgetsWhatAnotherInstanceChanged(t *testing.T) {
	eachAddress(t, func(t *testing.T, address string) {
		ctx := context.Background()
		a, b := reopen(t, address), reopen(t, address)
		u, err := a.CreateUser(ctx, 0, store.NewUser{Email: "m@example.org", Name: "M", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		secret, err := a.CreateSession(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := a.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(mergeBase)}); err != nil {
			t.Fatal(err)
		}
		_, v1, err := a.DocumentHead(ctx, "c")
		if err != nil {
			t.Fatal(err)
		}
		stamp, _ := a.CommentsStamp(ctx, v1.DocumentID)
		if got, err := a.SessionUser(ctx, secret); err != nil || got.Has(member.RoleCommittee) {
			t.Fatalf("the session as first read: %+v %v", got, err)
		}

		if err := b.SetRoles(ctx, 0, u.ID, []member.Role{member.RoleMember, member.RoleCommittee}); err != nil {
			t.Fatal(err)
		}
		v2, err := b.PublishVersion(ctx, 0, store.NewVersion{Slug: "c", Base: v1.ID, Markdown: []byte(mergeBase + "\n# Later\n\n## More\n\n1. More text.\n"), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		eventually := func(what string, ok func() bool) {
			t.Helper()
			// PostgreSQL's NOTIFY and SQLite's log tell within moments; the
			// test allows a second.
			for deadline := time.Now().Add(time.Second); !ok(); time.Sleep(time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("instance A still answers the old %s", what)
				}
			}
		}
		eventually("roles", func() bool {
			got, err := a.SessionUser(ctx, secret)
			return err == nil && got.Has(member.RoleCommittee)
		})
		eventually("head", func() bool { _, head, err := a.DocumentHead(ctx, "c"); return err == nil && head.ID == v2.ID })
		stamp, _ = a.CommentsStamp(ctx, v1.DocumentID)
		nodes, err := a.Outline(ctx, v2.ID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.PostComment(ctx, u, store.NewComment{DocumentSlug: "c", VersionID: v2.ID, SectionKey: nodes[0].Key, Stance: comment.Support, Body: "Yes."}); err != nil {
			t.Fatal(err)
		}
		eventually("comments' stamp", func() bool { s, err := a.CommentsStamp(ctx, v1.DocumentID); return err == nil && s != stamp })

		if _, err := b.RevokeAll(ctx, 0, u.ID); err != nil {
			t.Fatal(err)
		}
		eventually("session", func() bool {
			_, err := a.SessionUser(ctx, secret)
			return charter.ErrorCode(err) == charter.EUNAUTHORIZED
		})
	})
}

// TestSectionThreadsAreReadOnceAndForgottenOnAChange: a section's page
// reads its comments, their authors, earlier texts and reports in one
// transaction, keeps them, and reads them again once any instance changes
// the document's comments.
func TestSectionThreadsAreReadOnceAndForgottenOnAChange(t *testing.T) {
	eachAddress(t, func(t *testing.T, address string) {
		ctx := context.Background()
		a, b := reopen(t, address), reopen(t, address)
		ana, _ := a.CreateUser(ctx, 0, store.NewUser{Email: "ana@example.org", Name: "Ana", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
		bo, _ := a.CreateUser(ctx, 0, store.NewUser{Email: "bo@example.org", Name: "Bo", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
		_, v, err := a.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(mergeBase)})
		if err != nil {
			t.Fatal(err)
		}
		nodes, _ := a.Outline(ctx, v.ID)
		key := nodes[1].Key
		first, err := a.PostComment(ctx, ana, store.NewComment{DocumentSlug: "c", VersionID: v.ID, SectionKey: key, Stance: comment.Oppose, Body: "No."})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.PostComment(ctx, bo, store.NewComment{DocumentSlug: "c", VersionID: v.ID, SectionKey: key, Stance: comment.Question, Body: "Why?", ParentID: first.ID}); err != nil {
			t.Fatal(err)
		}
		if err := a.EditComment(ctx, ana, first.ID, "No, never."); err != nil {
			t.Fatal(err)
		}
		if err := a.ReportComment(ctx, bo, first.ID, "rude"); err != nil {
			t.Fatal(err)
		}
		threads, err := a.SectionThreads(ctx, v.DocumentID, v.ID, key)
		if err != nil {
			t.Fatal(err)
		}
		if len(threads.Comments) != 2 || threads.Authors[ana.ID] != "Ana" || threads.Authors[bo.ID] != "Bo" ||
			len(threads.Edits[first.ID]) != 1 || threads.Edits[first.ID][0] != "No." || threads.Reports[first.ID] != 1 {
			t.Fatalf("the section's threads: %+v", threads)
		}
		if again, _ := a.SectionThreads(ctx, v.DocumentID, v.ID, key); again != threads {
			t.Error("a second view read the section again")
		}
		if _, err := b.PostComment(ctx, bo, store.NewComment{DocumentSlug: "c", VersionID: v.ID, SectionKey: key, Stance: comment.Support, Body: "Yes."}); err != nil {
			t.Fatal(err)
		}
		for deadline := time.Now().Add(time.Second); ; time.Sleep(time.Millisecond) {
			now, err := a.SectionThreads(ctx, v.DocumentID, v.ID, key)
			if err != nil {
				t.Fatal(err)
			}
			if len(now.Comments) == 3 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("the section still shows two comments after another instance posted a third")
			}
		}
	})
}
