package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestAgenda: the home page's lists across documents: amendments short of
// co-sponsors (newest first, with the reader's own seconds), visible
// comments only, and the committee's counts per document.
func TestAgenda(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		user := func(name string, role member.Role) member.User {
			u, err := db.CreateUser(ctx, 0, store.NewUser{Email: name + "@example.org", Name: name, Roles: []member.Role{role}, Password: "a long enough password", GoodStanding: true})
			if err != nil {
				t.Fatal(err)
			}
			return u
		}
		ana, ben, cy, dee := user("ana", member.RoleMember), user("ben", member.RoleMember), user("cy", member.RoleMember), user("dee", member.RoleCommittee)
		_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitution", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetCosponsorsNeeded(ctx, 0, "constitution", 2); err != nil {
			t.Fatal(err)
		}
		propose := func(title string, submit bool) int64 {
			a, err := db.ProposeAmendment(ctx, ana, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, Title: title,
				Proposed: []byte(strings.Replace(draft1, "two dollars", title, 1)), Submit: submit})
			if err != nil {
				t.Fatal(err)
			}
			return a.ID
		}
		first, second := propose("three dollars", true), propose("four dollars", true)
		propose("five dollars", false) // a draft: nobody is asked to second it
		if _, err := db.Cosponsor(ctx, ben, first); err != nil {
			t.Fatal(err)
		}
		nodes, err := db.Outline(ctx, v1.ID)
		if err != nil || len(nodes) == 0 {
			t.Fatalf("outline: %v", err)
		}
		post := func(u member.User, body string, parent int64) int64 {
			c, err := db.PostComment(ctx, u, store.NewComment{DocumentSlug: "constitution", VersionID: v1.ID, SectionKey: nodes[0].Key, Stance: comment.Support, Body: body, ParentID: parent})
			if err != nil {
				t.Fatal(err)
			}
			return c.ID
		}
		opening := post(ana, "Raise them.", 0)
		post(ben, "Agreed.", opening)
		reported := post(cy, "Reported but visible.", 0)
		hidden := post(cy, "Hidden by the committee.", 0)
		if err := db.ReportComment(ctx, ana, reported, "off topic"); err != nil {
			t.Fatal(err)
		}
		if err := db.HideComment(ctx, dee, hidden, comment.Rules[0], "abuse"); err != nil {
			t.Fatal(err)
		}

		a, err := db.Agenda(ctx, ben, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.AwaitingSeconds) != 2 || a.AwaitingSeconds[0].ID != second || a.AwaitingSeconds[1].ID != first {
			t.Fatalf("awaiting seconds: %+v", a.AwaitingSeconds)
		}
		if got := a.AwaitingSeconds[1]; got.Cosponsors != 1 || got.Needed != 2 || !got.SecondedByMe || got.SponsorName != "ana" || got.DocumentSlug != "constitution" {
			t.Errorf("first amendment: %+v", got)
		}
		if a.AwaitingSeconds[0].SecondedByMe {
			t.Errorf("ben did not second the second amendment")
		}
		var bodies []string
		for _, c := range a.RecentComments {
			bodies = append(bodies, c.Body)
			if c.SectionKey != nodes[0].Key || c.DocumentSlug != "constitution" {
				t.Errorf("comment %d placed at %q in %q", c.ID, c.SectionKey, c.DocumentSlug)
			}
		}
		if got := strings.Join(bodies, "|"); got != "Reported but visible.|Agreed.|Raise them." {
			t.Errorf("recent comments: %q", got)
		}
		if a.Queues != nil {
			t.Errorf("a member sees the committee's queues: %+v", a.Queues)
		}
		if short, _ := db.Agenda(ctx, ben, 1); len(short.AwaitingSeconds) != 1 || len(short.RecentComments) != 1 {
			t.Errorf("limit 1 gave %d amendments and %d comments", len(short.AwaitingSeconds), len(short.RecentComments))
		}

		if _, err := db.Cosponsor(ctx, cy, first); err != nil {
			t.Fatal(err)
		}
		c, err := db.Agenda(ctx, dee, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(c.AwaitingSeconds) != 1 || c.AwaitingSeconds[0].ID != second {
			t.Errorf("a seconded amendment still awaits seconds: %+v", c.AwaitingSeconds)
		}
		want := store.DocumentQueue{Slug: "constitution", Title: "C", Unanswered: 2, Reported: 1, ToMerge: 1}
		if len(c.Queues) != 1 || c.Queues[0] != want {
			t.Errorf("committee's queues: %+v, want %+v", c.Queues, want)
		}
	})
}
