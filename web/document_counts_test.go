package web_test

import (
	"context"
	"testing"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestDocumentCountsFollowComments reads the contents' counts after each
// change to the comments: the page keeps them under the comments' stamp,
// and a kept count must never outlive a post, a deletion or a hiding.
func TestDocumentCountsFollowComments(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		head, nodes := s.current()
		var article, clause string
		for _, n := range nodes {
			switch n.Number {
			case "Article I":
				article = n.Key
			case "Article I, Section 1(b)":
				clause = n.Key
			}
		}
		reader := s.loggedIn(member.RoleMember)
		counts := func() string {
			entry := reader.get("/documents/constitution").find(`.toc a[href="#` + article + `"]`).Parent()
			return entry.Find(".badge").Text() + " " + entry.Find(".stance-counts").Text()
		}
		if got := counts(); got != " " {
			t.Errorf("no comments yet: %q", got)
		}
		post := func(stance comment.Stance) comment.Comment {
			c, err := db.PostComment(ctx, s.users[member.RoleMember], store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: clause, Stance: stance, Body: "A thought."})
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		first := post(comment.Support)
		if got := counts(); got != "1 1 support" {
			t.Errorf("after a comment: %q", got)
		}
		second := post(comment.Concern)
		if _, err := db.PostComment(ctx, s.users[member.RoleMember], store.NewComment{DocumentSlug: "constitution", ParentID: first.ID, Body: "A reply is not counted."}); err != nil {
			t.Fatal(err)
		}
		if got := counts(); got != "2 1 support · 1 concern" {
			t.Errorf("after a second comment and a reply: %q", got)
		}
		if err := db.HideComment(ctx, s.users[member.RoleCommittee], second.ID, comment.Rules[0], "Off topic."); err != nil {
			t.Fatal(err)
		}
		if got := counts(); got != "1 1 support" {
			t.Errorf("after hiding one: %q", got)
		}
		if err := db.DeleteComment(ctx, s.users[member.RoleMember], first.ID); err != nil {
			t.Fatal(err)
		}
		if got := counts(); got != " " {
			t.Errorf("after deleting the other: %q", got)
		}
	})
}
