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

// hostile are texts no page can show as written: PostgreSQL refused the
// first two with a 500, SQLite stored them raw.
var hostile = map[string]string{
	"NUL":           "before\x00after",
	"invalid UTF-8": "caf\xe9 au lait",
	"escape":        "red \x1b[31m alert",
	"C1 control":    "next\u0085line",
}

// account makes an account in good standing, name@example.org.
func account(t *testing.T, db *store.DB, name string, roles ...member.Role) member.User {
	t.Helper()
	u, err := db.CreateUser(context.Background(), 0, store.NewUser{Email: name + "@example.org", Name: name, Roles: roles,
		Password: "a long enough password", GoodStanding: true})
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestMemberTextIsRefusedBeforeStorage: every way a member's words reach
// the database refuses NUL, bytes that are not UTF-8 and control
// characters as invalid input, on SQLite and PostgreSQL alike, and writes
// nothing.
func TestMemberTextIsRefusedBeforeStorage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		ana, dee := account(t, db, "ana", member.RoleMember), account(t, db, "dee", member.RoleMember, member.RoleCommittee)
		doc, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		nodes, _ := db.Outline(ctx, v1.ID)
		key := nodes[len(nodes)-1].Key
		posted, err := db.PostComment(ctx, ana, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: key, Stance: comment.Support, Body: "Fine."})
		if err != nil {
			t.Fatal(err)
		}
		proposed := []byte(strings.Replace(draft1, "two dollars", "three dollars", 1))
		draft, err := db.ProposeAmendment(ctx, ana, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "Raise dues", Proposed: proposed})
		if err != nil {
			t.Fatal(err)
		}
		submitted, err := db.ProposeAmendment(ctx, ana, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "Raise dues more", Proposed: []byte(strings.Replace(draft1, "two dollars", "four dollars", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		users, _ := db.Users(ctx)
		events, _ := db.AuditEvents(ctx, 1000)

		for name, bad := range hostile {
			entries := map[string]func() error{
				"comment": func() error {
					_, err := db.PostComment(ctx, ana, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: key, Stance: comment.Support, Body: bad})
					return err
				},
				"reply": func() error {
					_, err := db.PostComment(ctx, ana, store.NewComment{DocumentSlug: "c", ParentID: posted.ID, Body: bad})
					return err
				},
				"pasted quote": func() error {
					_, err := db.PostComment(ctx, ana, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: key, Quote: bad, Stance: comment.Support, Body: "x"})
					return err
				},
				"comment edit":  func() error { return db.EditComment(ctx, ana, posted.ID, bad) },
				"report reason": func() error { return db.ReportComment(ctx, ana, posted.ID, bad) },
				"hide reason":   func() error { return db.HideComment(ctx, dee, posted.ID, comment.RuleSpam, bad) },
				"disposition": func() error {
					return db.SetDisposition(ctx, dee, posted.ID, comment.Declined, bad, comment.Incorporation{})
				},
				"standing reason": func() error { return db.SetStanding(ctx, 0, ana.ID, false, bad) },
				"amendment title": func() error {
					_, err := db.ProposeAmendment(ctx, ana, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: bad, Proposed: proposed})
					return err
				},
				"amendment rationale": func() error {
					_, err := db.ProposeAmendment(ctx, ana, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "t", Rationale: bad, Proposed: proposed})
					return err
				},
				"draft title": func() error {
					_, err := db.EditDraft(ctx, ana, draft.ID, store.DraftEdit{Title: bad, Proposed: proposed})
					return err
				},
				"decline reason": func() error {
					_, err := db.SetAmendmentStatus(ctx, dee, submitted.ID, amendment.StatusDeclined, bad)
					return err
				},
				"document title": func() error {
					_, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "b", Title: bad, Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
					return err
				},
				"document text": func() error {
					_, err := db.PublishVersion(ctx, 0, store.NewVersion{Slug: "c", Base: v1.ID, Markdown: []byte(strings.Replace(draft2, "town", bad, 1)), Origin: document.OriginImport})
					return err
				},
				"member name": func() error {
					_, err := db.CreateUser(ctx, 0, store.NewUser{Email: "x@example.org", Name: bad, Roles: []member.Role{member.RoleMember}})
					return err
				},
				"member id": func() error {
					_, err := db.CreateUser(ctx, 0, store.NewUser{Email: "x@example.org", Name: "X", MemberNumber: bad, Roles: []member.Role{member.RoleMember}})
					return err
				},
			}
			for entry, try := range entries {
				if err := try(); charter.ErrorCode(err) != charter.EINVALID {
					t.Errorf("%s with %s: %v, want invalid", entry, name, err)
				}
			}
		}

		if views, _ := db.Comments(ctx, v1.ID); len(views) != 1 || views[0].Body != "Fine." || views[0].EditedAt != nil || views[0].Hidden != "" || views[0].Disposition != "" {
			t.Errorf("refused writes changed the comments: %+v", views)
		}
		if list, _ := db.Amendments(ctx, ana, doc.ID); len(list) != 2 {
			t.Errorf("%d amendments after refused proposals, want 2", len(list))
		}
		if a, _ := db.Amendment(ctx, draft.ID); a.Title != "Raise dues" {
			t.Errorf("draft's title is %q", a.Title)
		}
		if a, _ := db.Amendment(ctx, submitted.ID); a.Status != amendment.StatusSubmitted {
			t.Errorf("declined with a refused reason: %s", a.Status)
		}
		if after, _ := db.Users(ctx); len(after) != len(users) || !after[0].GoodStanding {
			t.Errorf("refused writes changed the accounts")
		}
		if docs, _ := db.Documents(ctx); len(docs) != 1 {
			t.Errorf("%d documents after a refused title", len(docs))
		}
		if versions, _ := db.Versions(ctx, doc.ID); len(versions) != 1 {
			t.Errorf("%d versions after a refused text", len(versions))
		}
		if after, _ := db.AuditEvents(ctx, 1000); len(after) != len(events) {
			t.Errorf("refused writes left %d audit events", len(after)-len(events))
		}

		// What a browser sends is kept as written, its lines ending in "\n".
		if err := db.EditComment(ctx, ana, posted.ID, "Fine,\r\nreally.\r\n"); err != nil {
			t.Fatal(err)
		}
		if v, _ := db.Comment(ctx, posted.ID); v.Body != "Fine,\nreally." {
			t.Errorf("edited body stored as %q", v.Body)
		}
	})
}
