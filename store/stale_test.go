package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// withSection is text with one more article, written by writer k.
func withSection(text string, k int) string {
	return text + fmt.Sprintf("\n## Added by writer %d\n\n1. Writer %d's clause.\n", k, k)
}

// TestConcurrentPublishesOnOneVersionOneWins is the trial of issue 14: ten
// committee members publish at once, each their own new article written
// from version 1. Before every write named its base, all ten were
// published and each new version dropped the articles of the ones before
// it. Now exactly one is published; the nine others are refused with what
// changed since, carry their article into the new head, and try again, one
// winner a round, until every article is in the text.
func TestConcurrentPublishesOnOneVersionOneWins(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		_, _, doc, v1 := mergeFixture(t, db)
		const writers = 10
		pending := make([]int, writers)
		for k := range pending {
			pending[k] = k
		}
		head := v1
		for round := 1; len(pending) > 0; round++ {
			errs := make([]error, len(pending))
			vers := make([]document.Version, len(pending))
			var wg sync.WaitGroup
			for i, k := range pending {
				wg.Add(1)
				go func() {
					defer wg.Done()
					vers[i], errs[i] = db.PublishVersion(ctx, 0, store.NewVersion{Slug: "c", Base: head.ID, Markdown: []byte(withSection(head.Markdown, k)), Origin: document.OriginImport})
				}()
			}
			wg.Wait()
			var won []int
			var next []int
			for i, err := range errs {
				if err == nil {
					won = append(won, i)
					continue
				}
				next = append(next, pending[i])
				var stale *store.StaleError
				if !errors.As(err, &stale) || charter.ErrorCode(err) != charter.ECONFLICT {
					t.Fatalf("round %d, writer %d: %v, want a StaleError", round, pending[i], err)
				}
				if stale.Base.ID != head.ID || len(stale.Since) != 1 || stale.Since[0].Number != head.Number+1 {
					t.Errorf("round %d: refused from version %d with %d versions since, want %d and one", round, stale.Base.Number, len(stale.Since), head.Number)
				}
			}
			if len(won) != 1 {
				t.Fatalf("round %d: %d of %d publications succeeded, want exactly one", round, len(won), len(pending))
			}
			winner := vers[won[0]]
			// Each refusal names the winner's new article as what changed.
			for i, err := range errs {
				var stale *store.StaleError
				if errors.As(err, &stale) {
					changes := stale.Since[0].Changes
					if !stale.Since[0].Described || stale.Since[0].ID != winner.ID || len(changes) < 1 || changes[0].Form != amendment.FormAddSection ||
						!strings.HasPrefix(changes[0].Heading, fmt.Sprintf("Added by writer %d", pending[won[0]])) {
						t.Errorf("round %d, writer %d: what changed since: %+v", round, pending[i], stale.Since[0])
					}
				}
			}
			if round == 1 && len(next) != writers-1 {
				t.Errorf("round 1: %d refused, want %d", len(next), writers-1)
			}
			var err error
			if head, err = db.HeadVersion(ctx, doc.ID); err != nil || head.ID != winner.ID {
				t.Fatalf("head after round %d: %d, %v; the winner published %d", round, head.ID, err, winner.ID)
			}
			pending = next
		}
		// Nothing was dropped: one version per writer, and the head holds
		// every writer's article.
		versions, _ := db.Versions(ctx, doc.ID)
		if len(versions) != writers+1 {
			t.Errorf("%d versions, want %d", len(versions), writers+1)
		}
		for k := range writers {
			if !strings.Contains(head.Markdown, fmt.Sprintf("Writer %d's clause.", k)) {
				t.Errorf("writer %d's article is not in the head", k)
			}
		}
		if _, err := db.VerifyAudit(ctx); err != nil {
			t.Error(err)
		}
	})
}

// TestPublishBuiltOnAnOlderVersionIsRefused: a publication written from
// the version before a merge would undo the merged amendment; it is refused
// with the merge it would have undone, and nothing is written.
func TestPublishBuiltOnAnOlderVersionIsRefused(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sponsor, committee, doc, v1 := mergeFixture(t, db)
		a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "majority", Proposed: []byte(strings.Replace(mergeBase, "two-thirds", "a majority", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		res, err := db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{a.ID}})
		if err != nil || res.Version.ID == 0 {
			t.Fatalf("merge: %v", err)
		}
		fromV1 := strings.Replace(mergeBase, "thirty days", "sixty days", 1)

		_, err = db.PublishVersion(ctx, committee.ID, store.NewVersion{Slug: "c", Base: v1.ID, Markdown: []byte(fromV1), Origin: document.OriginImport})
		var stale *store.StaleError
		if !errors.As(err, &stale) || charter.ErrorCode(err) != charter.ECONFLICT {
			t.Fatalf("publication from version 1 after a merge: %v", err)
		}
		if !strings.Contains(charter.ErrorMessage(err), "written from version 1, but version 2 has been published since") {
			t.Errorf("message: %s", charter.ErrorMessage(err))
		}
		since := stale.Since
		if stale.Base.ID != v1.ID || len(since) != 1 || since[0].ID != res.Version.ID || since[0].Origin != document.OriginMerge ||
			!slices.Equal(since[0].AmendmentIDs, []int64{a.ID}) || since[0].Author != committee.Name {
			t.Fatalf("what changed since: %+v", stale)
		}
		if ch := since[0].Changes; len(ch) != 1 || ch[0].Number != "Article I(a)" || !strings.Contains(ch[0].Description, `strike “two-thirds” and insert “a majority”`) {
			t.Errorf("the merge's changes: %+v", ch)
		}
		if versions, _ := db.Versions(ctx, doc.ID); len(versions) != 2 {
			t.Errorf("%d versions after the refusal, want 2", len(versions))
		}

		// The same change written from the head is published, and keeps the
		// merged words.
		fromHead := strings.Replace(res.Text, "thirty days", "sixty days", 1)
		v3, err := db.PublishVersion(ctx, committee.ID, store.NewVersion{Slug: "c", Base: res.Version.ID, Markdown: []byte(fromHead), Origin: document.OriginImport})
		if err != nil || !strings.Contains(v3.Markdown, "a majority") {
			t.Fatalf("publication from the head: %v", err)
		}

		// A merge reviewed against version 2 is refused the same way, with
		// the publication by whom.
		b, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v3.ID, Title: "posted", Proposed: []byte(strings.Replace(fromHead, "are posted", "are posted within a day", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		_, err = db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: res.Version.ID, AmendmentIDs: []int64{b.ID}})
		if !errors.As(err, &stale) || len(stale.Since) != 1 || stale.Since[0].ID != v3.ID || stale.Since[0].Origin != document.OriginImport || stale.Since[0].Author != committee.Name {
			t.Errorf("merge against version 2: %v %+v", err, stale)
		}

		// A write must name its base, and a version of this document.
		other, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "other", Title: "Other", Numbering: document.SchemeArticle, Markdown: []byte(mergeBase)})
		if err != nil {
			t.Fatal(err)
		}
		otherHead, _ := db.HeadVersion(ctx, other.ID)
		for name, base := range map[string]int64{"no base": 0, "another document's version": otherHead.ID} {
			_, err := db.PublishVersion(ctx, committee.ID, store.NewVersion{Slug: "c", Base: base, Markdown: []byte(fromHead + "\n## More\n\n1. More.\n"), Origin: document.OriginImport})
			if charter.ErrorCode(err) != charter.EINVALID {
				t.Errorf("%s: %v, want invalid", name, err)
			}
		}
		if versions, _ := db.Versions(ctx, doc.ID); len(versions) != 3 {
			t.Errorf("%d versions, want 3", len(versions))
		}

		// Far behind: every version since is listed, the sections changed
		// for the first ten.
		head := v3
		for k := range 11 {
			if head, err = db.PublishVersion(ctx, 0, store.NewVersion{Slug: "c", Base: head.ID, Markdown: []byte(withSection(head.Markdown, k)), Origin: document.OriginImport}); err != nil {
				t.Fatal(err)
			}
		}
		_, err = db.PublishVersion(ctx, 0, store.NewVersion{Slug: "c", Base: v3.ID, Markdown: []byte(fromHead + "\n## Late\n\n1. Late.\n"), Origin: document.OriginImport})
		if !errors.As(err, &stale) || len(stale.Since) != 11 || stale.Since[10].ID != head.ID || !stale.Since[9].Described || len(stale.Since[9].Changes) == 0 || stale.Since[10].Described {
			t.Errorf("eleven versions behind: %v", err)
		}
	})
}
