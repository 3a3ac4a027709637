package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestDraftIsPrivateToItsSponsor: a draft amendment, with its title and
// rationale, is its sponsor's alone until submitted. For every other
// account, whatever its roles, the store answers as if it did not exist:
// not in the list, not found when read, seconded, moved, edited, amended,
// merged or named as taking in a comment, not counted, not in any queue.
// A draft withdrawn before submission stays private; a submitted one is
// every member's.
func TestDraftIsPrivateToItsSponsor(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sponsor := account(t, db, "sponsor", member.RoleMember)
		others := map[string]member.User{}
		for _, r := range member.Roles {
			others[string(r)] = account(t, db, string(r), r, member.RoleMember)
		}
		others["every role"] = account(t, db, "all", member.Roles...)
		doc, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetCosponsorsNeeded(ctx, 0, "c", 1); err != nil {
			t.Fatal(err)
		}
		propose := func(words string, submit bool) amendment.Amendment {
			a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "Dues of " + words,
				Rationale: "Why " + words, Proposed: []byte(strings.Replace(draft1, "two dollars", words, 1)), Submit: submit})
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
		draft := propose("three dollars", false)
		discarded := propose("four dollars", false)
		if _, err := db.SetAmendmentStatus(ctx, sponsor, discarded.ID, amendment.StatusWithdrawn, ""); err != nil {
			t.Fatal(err)
		}
		public := propose("five dollars", true)
		withdrawn := propose("six dollars", true)
		if _, err := db.SetAmendmentStatus(ctx, sponsor, withdrawn.ID, amendment.StatusWithdrawn, ""); err != nil {
			t.Fatal(err)
		}
		nodes, _ := db.Outline(ctx, v1.ID)
		posted, err := db.PostComment(ctx, sponsor, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: nodes[len(nodes)-1].Key, Stance: comment.Concern, Body: "Too low."})
		if err != nil {
			t.Fatal(err)
		}

		for who, u := range others {
			seen := map[int64]bool{}
			list, err := db.Amendments(ctx, u, doc.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range list {
				seen[a.ID] = true
			}
			if seen[draft.ID] || seen[discarded.ID] || !seen[public.ID] || !seen[withdrawn.ID] || len(list) != 2 {
				t.Errorf("%s lists %v", who, seen)
			}
			for _, private := range []int64{draft.ID, discarded.ID} {
				notFound := map[string]error{}
				_, notFound["read"] = db.AmendmentFor(ctx, u, private)
				_, notFound["second"] = db.Cosponsor(ctx, u, private)
				_, notFound["submit"] = db.SetAmendmentStatus(ctx, u, private, amendment.StatusSubmitted, "")
				_, notFound["decline"] = db.SetAmendmentStatus(ctx, u, private, amendment.StatusDeclined, "No.")
				_, notFound["edit"] = db.EditDraft(ctx, u, private, store.DraftEdit{Title: "Mine now", Proposed: []byte(strings.Replace(draft1, "two", "ten", 1))})
				_, notFound["resolve"] = db.ResolveRebase(ctx, u, private, []byte(draft2))
				_, notFound["amend"] = db.ProposeAmendment(ctx, u, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, ParentID: private, Title: "t",
					Proposed: []byte(strings.Replace(draft1, "two", "ten", 1))})
				_, notFound["merge"] = db.PreviewMerge(ctx, "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{private}})
				for what, err := range notFound {
					if charter.ErrorCode(err) != charter.ENOTFOUND {
						t.Errorf("%s may %s a private draft: %v", who, what, err)
					}
				}
			}
			if a, err := db.AmendmentFor(ctx, u, public.ID); err != nil || a.Rationale != "Why five dollars" {
				t.Errorf("%s reads a submitted amendment: %v", who, err)
			}
			if a, err := db.AmendmentFor(ctx, u, withdrawn.ID); err != nil || a.Status != amendment.StatusWithdrawn {
				t.Errorf("%s reads an amendment withdrawn once submitted: %v", who, err)
			}
		}
		if err := db.SetDisposition(ctx, others["committee"], posted.ID, comment.Incorporated, "", comment.Incorporation{AmendmentID: draft.ID}); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("a comment said incorporated in a private draft: %v", err)
		}
		for _, private := range []int64{draft.ID, discarded.ID} {
			if a, _ := db.Amendment(ctx, private); a.Title == "Mine now" || a.Status == amendment.StatusSubmitted || a.Status == amendment.StatusDeclined || len(a.Cosponsors) != 0 {
				t.Errorf("others changed a private draft: %+v", a)
			}
		}

		// The sponsor sees all four, and their drafts count nowhere.
		if list, _ := db.Amendments(ctx, sponsor, doc.ID); len(list) != 4 {
			t.Errorf("the sponsor lists %d amendments, want 4", len(list))
		}
		if a, err := db.AmendmentFor(ctx, sponsor, draft.ID); err != nil || a.Rationale != "Why three dollars" {
			t.Errorf("the sponsor reads their draft: %v", err)
		}
		pending, _ := db.PendingAmendments(ctx, doc.ID, v1.ID)
		if len(pending) != 1 || pending[0].ID != public.ID {
			t.Errorf("pending amendments counted: %+v", pending)
		}
		agenda, _ := db.Agenda(ctx, others["committee"], 10)
		if len(agenda.AwaitingSeconds) != 1 || agenda.AwaitingSeconds[0].ID != public.ID || len(agenda.Queues) != 1 || agenda.Queues[0].ToMerge != 0 {
			t.Errorf("the committee's agenda: %+v", agenda)
		}

		// Submitted, it is everyone's, and says since when.
		if a, err := db.SetAmendmentStatus(ctx, sponsor, draft.ID, amendment.StatusSubmitted, ""); err != nil || a.SubmittedAt == nil {
			t.Fatalf("submit: %+v %v", a, err)
		}
		for who, u := range others {
			if _, err := db.AmendmentFor(ctx, u, draft.ID); err != nil {
				t.Errorf("%s cannot read a submitted draft: %v", who, err)
			}
		}
		if _, err := db.AmendmentFor(ctx, others["member"], discarded.ID); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("a withdrawn draft came out: %v", err)
		}
	})
}
