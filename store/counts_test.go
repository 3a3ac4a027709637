package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestCommentsStamp: the stamp moves with every change to what a page
// counts, and with nothing else.
func TestCommentsStamp(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		u, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "m@example.org", Name: "M", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
		supporter, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "s@example.org", Name: "S", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
		committee, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "c@example.org", Name: "C", Roles: []member.Role{member.RoleCommittee}, GoodStanding: true})
		doc, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		other, _, _ := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "o", Title: "O", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		nodes, _ := db.Outline(ctx, v1.ID)
		stamp := func() string {
			s, err := db.CommentsStamp(ctx, doc.ID)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		seen := map[string]string{}
		moved := func(step string, want bool) {
			t.Helper()
			s := stamp()
			prev := seen["last"]
			if (s != prev) != want {
				t.Errorf("%s: stamp %q after %q", step, s, prev)
			}
			if first, ok := seen[s]; ok && s != prev {
				t.Errorf("%s: stamp %q came back from %s", step, s, first)
			}
			seen[s], seen["last"] = step, s
		}
		moved("empty", true)
		post := func(slug string, v int64) comment.Comment {
			c, err := db.PostComment(ctx, u, store.NewComment{DocumentSlug: slug, VersionID: v, SectionKey: nodes[1].Key, Stance: comment.Support, Body: "Yes."})
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		a := post("c", v1.ID)
		moved("a comment", true)
		b := post("c", v1.ID)
		moved("another", true)
		ov, _ := db.HeadVersion(ctx, other.ID)
		post("o", ov.ID)
		moved("a comment on another document", false)
		if err := db.SupportComment(ctx, supporter, a.ID); err != nil {
			t.Fatal(err)
		}
		if err := db.SetDisposition(ctx, committee, a.ID, comment.Answered, "Noted.", comment.Incorporation{}); err != nil {
			t.Fatal(err)
		}
		if err := db.EditComment(ctx, u, a.ID, "Yes, surely."); err != nil {
			t.Fatal(err)
		}
		moved("a support, an answer and an edit", false)
		if err := db.HideComment(ctx, committee, a.ID, comment.Rules[0], "Off topic."); err != nil {
			t.Fatal(err)
		}
		moved("hiding", true)
		if err := db.DeleteComment(ctx, u, b.ID); err != nil {
			t.Fatal(err)
		}
		moved("deleting", true)
	})
}

// TestPendingAmendments: the index-only list holds the primary amendments
// that Amendment.Pending says are pending, on the version asked for.
func TestPendingAmendments(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		u, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "m@example.org", Name: "M", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
		doc, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		propose := func(word string, submit bool, parent int64) int64 {
			a, err := db.ProposeAmendment(ctx, u, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, ParentID: parent, Title: word,
				Proposed: []byte(strings.Replace(draft1, "two dollars", word+" dollars", 1)), Submit: submit})
			if err != nil {
				t.Fatal(err)
			}
			return a.ID
		}
		submitted := propose("three", true, 0)
		propose("four", false, 0) // a draft
		propose("five", true, submitted)
		withdrawn := propose("six", true, 0)
		if _, err := db.SetAmendmentStatus(ctx, u, withdrawn, amendment.StatusWithdrawn, ""); err != nil {
			t.Fatal(err)
		}
		another := propose("seven", true, 0)
		all, _ := db.Amendments(ctx, u, doc.ID)
		want := map[int64]string{}
		for _, a := range all {
			if a.Pending() && !a.Secondary() && a.BaseVersionID == v1.ID {
				want[a.ID] = a.ProposedSHA
			}
		}
		list, err := db.PendingAmendments(ctx, doc.ID, v1.ID)
		if err != nil {
			t.Fatal(err)
		}
		got := map[int64]string{}
		for _, p := range list {
			got[p.ID] = p.ProposedSHA
		}
		if len(got) != 2 || fmt.Sprint(got) != fmt.Sprint(want) || list[0].ID != submitted || list[1].ID != another {
			t.Errorf("pending: %v, want %v (amendments %d and %d, in that order)", list, want, submitted, another)
		}
		other, ov, _ := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "o", Title: "O", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if none, err := db.PendingAmendments(ctx, other.ID, ov.ID); err != nil || len(none) != 0 {
			t.Errorf("a document without amendments: %v, %v", none, err)
		}
	})
}

// TestDocumentHead: the document and its newest version, without the text,
// which VersionMarkdown reads; a missing document is named as missing.
func TestDocumentHead(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		u, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "a@example.org", Name: "A", Roles: []member.Role{member.RoleAdmin}, GoodStanding: true})
		doc, v1, err := db.CreateDocument(ctx, u.ID, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		v2, err := db.PublishVersion(ctx, u.ID, store.NewVersion{Slug: "c", Base: v1.ID, Markdown: []byte(draft2), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		full, err := db.HeadVersion(ctx, doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		gotDoc, head, err := db.DocumentHead(ctx, "c")
		if err != nil {
			t.Fatal(err)
		}
		// Times compared as instants: drivers differ in the zone they give.
		if !gotDoc.CreatedAt.Equal(doc.CreatedAt) || !head.CreatedAt.Equal(full.CreatedAt) {
			t.Errorf("times: document %v, want %v; head %v, want %v", gotDoc.CreatedAt, doc.CreatedAt, head.CreatedAt, full.CreatedAt)
		}
		gotDoc.CreatedAt, head.CreatedAt = doc.CreatedAt, full.CreatedAt
		if gotDoc != doc {
			t.Errorf("document %+v, want %+v", gotDoc, doc)
		}
		want := full
		want.Markdown = ""
		if head != want || head.ID != v2.ID || head.ID == v1.ID {
			t.Errorf("head %+v, want version 2 without its text: %+v", head, want)
		}
		text, err := db.VersionMarkdown(ctx, head.ID)
		if err != nil || text != full.Markdown || !strings.Contains(text, "Dues") {
			t.Errorf("VersionMarkdown = %.40q, %v; want the stored text", text, err)
		}
		if _, _, err := db.DocumentHead(ctx, "nope"); err == nil || !strings.Contains(err.Error(), "no document") {
			t.Errorf("a missing document: %v", err)
		}
	})
}
