package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

const mergeBase = `# C

## Amendments

1. Adoption requires two-thirds of the votes cast at a meeting.
1. Notice is thirty days.
1. Results are posted.
`

func TestMerge(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sponsor, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "s@example.org", Name: "S", Roles: []member.Role{member.RoleMember}, Password: "a long enough password", GoodStanding: true})
		committee, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "c@example.org", Name: "C", Roles: []member.Role{member.RoleCommittee}, Password: "a long enough password", GoodStanding: true})
		doc, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(mergeBase)})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetCosponsorsNeeded(ctx, 0, "c", 0); err != nil {
			t.Fatal(err)
		}
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

		if _, err := db.Merge(ctx, sponsor, "c", v1.ID, []int64{a.ID}); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member merging: %v", err)
		}
		if _, err := db.Merge(ctx, committee, "c", v1.ID+100, []int64{a.ID}); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("a stale draft: %v", err)
		}
		if _, err := db.Merge(ctx, committee, "c", v1.ID, []int64{d.ID}); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("merging an amendment that is not seconded: %v", err)
		}
		res, err := db.Merge(ctx, committee, "c", v1.ID, []int64{a.ID, c.ID})
		if err != nil || len(res.Conflicts) != 1 || res.Conflicts[0].AmendmentID != c.ID || res.Version.ID != 0 {
			t.Fatalf("overlapping amendments: %+v %v", res, err)
		}
		if versions, _ := db.Versions(ctx, doc.ID); len(versions) != 1 {
			t.Fatalf("a conflicting merge published %d versions", len(versions)-1)
		}

		// Two amendments changing different words of the same clause merge.
		res, err = db.Merge(ctx, committee, "c", v1.ID, []int64{a.ID, b.ID})
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
		if _, err := db.Merge(ctx, committee, "c", v1.ID, []int64{c.ID}); charter.ErrorCode(err) != charter.ECONFLICT {
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
	res, err := db.Merge(ctx, committee, "c", v1.ID, []int64{a.ID})
	if err != nil || len(res.Conflicts) != 0 {
		t.Fatal(res.Conflicts, err)
	}
	e, _ = db.Amendment(ctx, e.ID)
	if e.RebaseConflict == "" {
		t.Fatal("no rebase conflict recorded")
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
