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

func TestAmendmentLifecycle(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		users := map[string]member.User{}
		for _, u := range []struct {
			name string
			role member.Role
			good bool
		}{{"ana", member.RoleMember, true}, {"ben", member.RoleMember, true}, {"cam", member.RoleMember, false}, {"dee", member.RoleCommittee, true}} {
			created, err := db.CreateUser(ctx, 0, store.NewUser{Email: u.name + "@example.org", Name: u.name, Roles: []member.Role{u.role}, Password: "a long enough password", GoodStanding: u.good})
			if err != nil {
				t.Fatal(err)
			}
			users[u.name] = created
		}
		doc, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitution", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		other, otherV, _ := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "other", Title: "O", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		_ = other
		proposed := strings.Replace(draft1, "two dollars", "three dollars", 1)

		bad := []struct {
			name string
			who  member.User
			in   store.NewAmendment
			code string
		}{
			{"another document's version", users["ana"], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: otherV.ID, Title: "Dues", Proposed: []byte(proposed)}, charter.EINVALID},
			{"no change", users["ana"], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, Title: "Dues", Proposed: []byte(draft1)}, charter.EINVALID},
			{"no title", users["ana"], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, Proposed: []byte(proposed)}, charter.EINVALID},
			{"invalid utf-8", users["ana"], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, Title: "Dues", Proposed: []byte("# A\n\n1. \xff\n")}, charter.EINVALID},
			{"too large", users["ana"], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, Title: "Dues", Proposed: []byte(strings.Repeat("x", document.MaxSourceBytes+1))}, charter.ETOOLARGE},
			{"not in good standing", users["cam"], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, Title: "Dues", Proposed: []byte(proposed)}, charter.EFORBIDDEN},
		}
		for _, b := range bad {
			if _, err := db.ProposeAmendment(ctx, b.who, b.in); charter.ErrorCode(err) != b.code {
				t.Errorf("%s: %v, want %s", b.name, err, b.code)
			}
		}
		if list, _ := db.Amendments(ctx, users["ana"], doc.ID); len(list) != 0 {
			t.Fatalf("bad proposals stored %d amendments", len(list))
		}

		a, err := db.ProposeAmendment(ctx, users["ana"], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, Title: "Raise dues", Rationale: "Strike fund.", Proposed: []byte(proposed)})
		if err != nil || a.Status != amendment.StatusDraft || a.SponsorID != users["ana"].ID {
			t.Fatalf("propose: %+v %v", a, err)
		}
		// Another's draft is not there for them (amendment.VisibleTo).
		if _, err := db.Cosponsor(ctx, users["ben"], a.ID); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("seconding a draft: %v", err)
		}
		if _, err := db.SetAmendmentStatus(ctx, users["ben"], a.ID, amendment.StatusSubmitted, ""); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("submitting another's amendment: %v", err)
		}
		if a, err = db.SetAmendmentStatus(ctx, users["ana"], a.ID, amendment.StatusSubmitted, ""); err != nil || a.Status != amendment.StatusSubmitted {
			t.Fatalf("submit: %+v %v", a, err)
		}
		if _, err := db.Cosponsor(ctx, users["ana"], a.ID); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("sponsor seconding: %v", err)
		}
		if _, err := db.Cosponsor(ctx, users["cam"], a.ID); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("member not in good standing seconding: %v", err)
		}
		if a, err = db.Cosponsor(ctx, users["ben"], a.ID); err != nil || a.Status != amendment.StatusSeconded || len(a.Cosponsors) != 1 {
			t.Fatalf("second: %+v %v", a, err)
		}

		// A secondary amendment amends the primary's text; nothing amends it.
		secondary := strings.Replace(proposed, "three dollars", "four dollars", 1)
		s, err := db.ProposeAmendment(ctx, users["ben"], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, ParentID: a.ID, Title: "Four", Proposed: []byte(secondary), Submit: true})
		if err != nil || s.ParentID != a.ID {
			t.Fatalf("secondary: %+v %v", s, err)
		}
		if _, err := db.ProposeAmendment(ctx, users["ana"], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, ParentID: s.ID, Title: "Five", Proposed: []byte(strings.Replace(secondary, "four", "five", 1))}); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("third degree: %v", err)
		}

		if _, err := db.SetAmendmentStatus(ctx, users["dee"], a.ID, amendment.StatusDeclined, ""); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("declined without reason: %v", err)
		}
		if a, err = db.SetAmendmentStatus(ctx, users["dee"], a.ID, amendment.StatusDeclined, "Dues are set by referendum."); err != nil || a.Status != amendment.StatusDeclined {
			t.Fatalf("decline: %+v %v", a, err)
		}
		if _, err := db.SetAmendmentStatus(ctx, users["ana"], a.ID, amendment.StatusWithdrawn, ""); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("withdrawing a declined amendment: %v", err)
		}
		events, _ := db.AuditEvents(ctx, 0)
		if last := events[len(events)-1]; last.Action != "amendment.status" || !strings.Contains(last.Detail, "Dues are set by referendum.") {
			t.Errorf("committee decision not audited: %+v", last)
		}
	})
}
