package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

const mergeBase = `# C

## Amendments

1. Adoption requires two-thirds of the votes cast at a meeting.
1. Notice is thirty days.
1. Results are posted.
`

// mergeFixture makes a member, a committee member and document "c" with
// mergeBase as version 1, whose amendments need no co-sponsors.
func mergeFixture(t *testing.T, db *store.DB) (sponsor, committee member.User, doc document.Document, v1 document.Version) {
	t.Helper()
	ctx := context.Background()
	sponsor, _ = db.CreateUser(ctx, 0, store.NewUser{Email: "s@example.org", Name: "S", Roles: []member.Role{member.RoleMember}, Password: "a long enough password", GoodStanding: true})
	committee, _ = db.CreateUser(ctx, 0, store.NewUser{Email: "c@example.org", Name: "C", Roles: []member.Role{member.RoleCommittee}, Password: "a long enough password", GoodStanding: true})
	doc, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(mergeBase)})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetCosponsorsNeeded(ctx, 0, "c", 0); err != nil {
		t.Fatal(err)
	}
	return sponsor, committee, doc, v1
}

func TestMerge(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sponsor, committee, doc, v1 := mergeFixture(t, db)
		propose := func(title, from, to string, submit bool) amendment.Amendment {
			t.Helper()
			a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: title, Proposed: []byte(strings.Replace(mergeBase, from, to, 1)), Submit: submit})
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
		a := propose("majority", "two-thirds", "a majority", true)
		b := propose("referendum", "at a meeting", "in a referendum", true)
		c := propose("three-quarters", "two-thirds", "three-quarters", true)
		d := propose("sixty days", "thirty days", "sixty days", false)
		e := propose("unanimity", "two-thirds", "all", false)
		if a.Status != amendment.StatusSeconded {
			t.Fatalf("with no co-sponsors needed, a submitted amendment is seconded: %s", a.Status)
		}

		if _, err := db.Merge(ctx, sponsor, "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{a.ID}}); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member merging: %v", err)
		}
		// (A draft that moved is refused with what changed since: see
		// TestPublishBuiltOnAnOlderVersionIsRefused.)
		if _, err := db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: v1.ID + 100, AmendmentIDs: []int64{a.ID}}); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("a draft that is no version of this document: %v", err)
		}
		if _, err := db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{d.ID}}); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("merging a draft, which is its sponsor's alone: %v", err)
		}
		res, err := db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{a.ID, c.ID}})
		if err != nil || len(res.Conflicts) != 1 || res.Conflicts[0].AmendmentID != c.ID || res.Version.ID != 0 {
			t.Fatalf("overlapping amendments: %+v %v", res, err)
		}
		if versions, _ := db.Versions(ctx, doc.ID); len(versions) != 1 {
			t.Fatalf("a conflicting merge published %d versions", len(versions)-1)
		}

		// Two amendments changing different words of the same clause merge.
		res, err = db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{a.ID, b.ID}})
		if err != nil || len(res.Conflicts) != 0 {
			t.Fatalf("merge: %+v %v", res.Conflicts, err)
		}
		if !strings.Contains(res.Text, "Adoption requires a majority of the votes cast in a referendum.") || res.Version.Origin != document.OriginMerge {
			t.Errorf("merged text:\n%s", res.Text)
		}
		for _, id := range []int64{a.ID, b.ID} {
			got, _ := db.Amendment(ctx, id)
			if got.Status != amendment.StatusMerged || got.MergedVersionID != res.Version.ID {
				t.Errorf("amendment %d after merge: %s into %d", id, got.Status, got.MergedVersionID)
			}
		}
		// Pending amendments: d is carried onto the new draft, e overlaps it.
		gotD, _ := db.Amendment(ctx, d.ID)
		if gotD.BaseVersionID != res.Version.ID || gotD.RebaseConflict != "" || !strings.Contains(gotD.Proposed, "a majority of the votes cast in a referendum") || !strings.Contains(gotD.Proposed, "sixty days") {
			t.Errorf("rebased amendment: base %d conflict %q\n%s", gotD.BaseVersionID, gotD.RebaseConflict, gotD.Proposed)
		}
		gotE, _ := db.Amendment(ctx, e.ID)
		if gotE.BaseVersionID != v1.ID || !strings.Contains(gotE.RebaseConflict, `"a majority"`) {
			t.Errorf("overlapping pending amendment: base %d conflict %q", gotE.BaseVersionID, gotE.RebaseConflict)
		}
		if _, err := db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{c.ID}}); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("a second merge against the old draft: %v", err)
		}
		if _, err := db.VerifyAudit(ctx); err != nil {
			t.Error(err)
		}
	})
}

func TestResolveRebase(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	sponsor, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "s@example.org", Name: "S", Roles: []member.Role{member.RoleMember}, Password: "a long enough password", GoodStanding: true})
	other, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "o@example.org", Name: "O", Roles: []member.Role{member.RoleMember}, Password: "a long enough password", GoodStanding: true})
	committee, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "c@example.org", Name: "C", Roles: []member.Role{member.RoleCommittee}, Password: "a long enough password", GoodStanding: true})
	_, v1, _ := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(mergeBase)})
	_ = db.SetCosponsorsNeeded(ctx, 0, "c", 0)
	a, _ := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "a", Proposed: []byte(strings.Replace(mergeBase, "two-thirds", "a majority", 1)), Submit: true})
	_ = db.SetCosponsorsNeeded(ctx, 0, "c", 1)
	e, _ := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "e", Proposed: []byte(strings.Replace(mergeBase, "two-thirds", "all", 1)), Submit: true})
	if e, _ = db.Cosponsor(ctx, other, e.ID); e.Status != amendment.StatusSeconded {
		t.Fatalf("seconded: %s", e.Status)
	}
	res, err := db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{a.ID}})
	if err != nil || len(res.Conflicts) != 0 {
		t.Fatal(res.Conflicts, err)
	}
	e, _ = db.Amendment(ctx, e.ID)
	if e.RebaseConflict == "" {
		t.Fatal("no rebase conflict recorded")
	}
	marked, err := db.RebaseText(ctx, e.ID)
	if err != nil || !strings.Contains(marked, "<<<<<<< v2\n1. Adoption requires a majority") || !strings.Contains(marked, "=======\n1. Adoption requires all of the votes") {
		t.Fatalf("text to resolve from: %v\n%s", err, marked)
	}
	if _, err := db.ResolveRebase(ctx, sponsor, e.ID, []byte(marked)); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("resolving with the markers left in: %v", err)
	}
	resolved := strings.Replace(res.Text, "a majority", "all", 1)
	if _, err := db.ResolveRebase(ctx, other, e.ID, []byte(resolved)); charter.ErrorCode(err) != charter.EFORBIDDEN {
		t.Errorf("someone else resolving: %v", err)
	}
	if _, err := db.ResolveRebase(ctx, sponsor, e.ID, []byte(res.Text)); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("resolving to the draft itself: %v", err)
	}
	e, err = db.ResolveRebase(ctx, sponsor, e.ID, []byte(resolved))
	if err != nil || e.BaseVersionID != res.Version.ID || e.RebaseConflict != "" || e.Status != amendment.StatusSubmitted || len(e.Cosponsors) != 0 {
		t.Fatalf("resolved: %+v %v", e, err)
	}
	if _, err := db.ResolveRebase(ctx, sponsor, e.ID, []byte(resolved)); charter.ErrorCode(err) != charter.ECONFLICT {
		t.Errorf("resolving twice: %v", err)
	}
}

// TestMergeSettled: the committee settles a conflict by taking a side, or
// by editing the merged text, where the conflict is written between marker
// lines; a text that still holds markers is refused and nothing changes.
func TestMergeSettled(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sponsor, committee, doc, v1 := mergeFixture(t, db)
		var ids []int64
		for _, to := range []string{"a majority", "three-quarters"} {
			a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: to, Proposed: []byte(strings.Replace(mergeBase, "two-thirds", to, 1)), Submit: true})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, a.ID)
		}
		req := store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: ids}
		preview, err := db.PreviewMerge(ctx, "c", req)
		if err != nil || len(preview.Conflicts) != 1 {
			t.Fatalf("preview: %+v %v", preview.Conflicts, err)
		}
		ref := preview.Conflicts[0].ConflictRef
		wantMarked := "<<<<<<< v1\n1. Adoption requires a majority of the votes cast at a meeting.\n||||||| v1\n1. Adoption requires two-thirds of the votes cast at a meeting.\n=======\n1. Adoption requires three-quarters of the votes cast at a meeting.\n>>>>>>> #"
		if ref != (store.ConflictRef{AmendmentID: ids[1], Index: 0}) || !strings.Contains(preview.Text, wantMarked) {
			t.Fatalf("conflict %+v in\n%s", ref, preview.Text)
		}

		marked := req
		marked.Text = preview.Text
		if _, err := db.Merge(ctx, committee, "c", marked); charter.ErrorCode(err) != charter.EINVALID || !strings.Contains(charter.ErrorMessage(err), "Line 5") {
			t.Errorf("publishing the text with its markers: %v", err)
		}
		if versions, _ := db.Versions(ctx, doc.ID); len(versions) != 1 {
			t.Fatalf("a refused merge published %d versions", len(versions)-1)
		}

		edited := req
		edited.Text = strings.Replace(mergeBase, "two-thirds", "three-fifths", 1)
		if res, err := db.PreviewMerge(ctx, "c", edited); err != nil || res.Text != edited.Text || len(res.Conflicts) != 0 {
			t.Errorf("previewing the committee's edit: %+v %v", res, err)
		}
		settled := req
		settled.Sides = map[store.ConflictRef]redline.Side{ref: redline.TakeTheirs}
		res, err := db.Merge(ctx, committee, "c", settled)
		if err != nil || len(res.Conflicts) != 0 || !strings.Contains(res.Text, "requires three-quarters of") || strings.Contains(res.Text, "majority") {
			t.Fatalf("taking the amendment's side: %+v %v", res, err)
		}

		// The next merge is settled by the committee's own words.
		third, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "unanimity", Proposed: []byte(strings.Replace(mergeBase, "two-thirds", "all", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		edited = store.MergeRequest{ExpectedHead: res.Version.ID, AmendmentIDs: []int64{third.ID}, Text: strings.Replace(res.Text, "three-quarters", "nine-tenths", 1)}
		res, err = db.Merge(ctx, committee, "c", edited)
		if err != nil || res.Version.ID == 0 || res.Text != edited.Text {
			t.Fatalf("the committee's edit: %+v %v", res, err)
		}
		if got, _ := db.Amendment(ctx, third.ID); got.Status != amendment.StatusMerged {
			t.Errorf("amendment merged by the committee's edit: %s", got.Status)
		}
		events, err := db.AuditEvents(ctx, 10)
		if err != nil || !strings.Contains(events[len(events)-1].Detail, "as edited by the committee") || !strings.Contains(events[len(events)-3].Detail, "1 conflict settled by side") {
			t.Errorf("audit: %+v %v", events, err)
		}
	})
}

// TestConcurrentMerges: two committee members publish merges against the
// same draft at once: one wins, the other is told the draft moved, and the
// loser's amendment is left as it was.
func TestConcurrentMerges(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sponsor, committee, doc, v1 := mergeFixture(t, db)
		var ids []int64
		for _, to := range []string{"a majority", "three-quarters"} {
			a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: to, Proposed: []byte(strings.Replace(mergeBase, "two-thirds", to, 1)), Submit: true})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, a.ID)
		}
		errs := make(chan error, len(ids))
		for _, id := range ids {
			go func() {
				_, err := db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{id}})
				errs <- err
			}()
		}
		won, moved := 0, 0
		for range ids {
			switch err := <-errs; {
			case err == nil:
				won++
			case charter.ErrorCode(err) == charter.ECONFLICT && strings.Contains(charter.ErrorMessage(err), "draft moved"):
				moved++
			default:
				t.Errorf("merge: %v", err)
			}
		}
		if won != 1 || moved != 1 {
			t.Fatalf("%d merges published, %d told the draft moved", won, moved)
		}
		versions, _ := db.Versions(ctx, doc.ID)
		if len(versions) != 2 {
			t.Fatalf("%d versions, want 2", len(versions))
		}
		merged := 0
		for _, id := range ids {
			a, _ := db.Amendment(ctx, id)
			if a.Status == amendment.StatusMerged {
				merged++
			} else if a.RebaseConflict == "" {
				t.Errorf("the loser's amendment overlaps the winner's and should be marked: %+v", a)
			}
		}
		if merged != 1 {
			t.Errorf("%d amendments merged", merged)
		}
	})
}
