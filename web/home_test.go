package web_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestHomePage: each reader's home page says what needs them (a vote, a
// ballot to close, comments to answer), lists amendments awaiting
// co-sponsors and the latest comments, and escapes what members wrote.
func TestHomePage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		if err := db.SetCosponsorsNeeded(ctx, 0, "constitution", 1); err != nil {
			t.Fatal(err)
		}
		author := s.users[member.RoleMember]
		doc, err := db.Document(ctx, "constitution")
		if err != nil {
			t.Fatal(err)
		}
		head, err := db.HeadVersion(ctx, doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		nodes, err := db.Outline(ctx, head.ID)
		if err != nil {
			t.Fatal(err)
		}
		text, err := db.VersionText(ctx, doc.ID, head.ID)
		if err != nil {
			t.Fatal(err)
		}
		a, err := db.ProposeAmendment(ctx, author, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Name the city <b>",
			Proposed: []byte(strings.Replace(string(text.Source.Text), "in the city", "in the capital", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		body := "I **strongly** oppose [this](https://example.org) `clause`:\n\n1. first <script>alert(\"home\")</script> " + strings.Repeat("long words ", 40)
		c, err := db.PostComment(ctx, author, store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: nodes[len(nodes)-1].Key, Stance: comment.Oppose, Body: body})
		if err != nil {
			t.Fatal(err)
		}
		poll := storetest.OpenPoll(t, db, 2)

		page := s.loggedIn(member.RoleMember).get("/")
		if page.StatusCode != http.StatusOK {
			t.Fatalf("home: %d", page.StatusCode)
		}
		if got := page.find(".tasks a").Text(); got != `Vote on “Poll” before `+poll.Ballot.ClosesAt.UTC().Format("2006-01-02 15:04 UTC") {
			t.Errorf("member's tasks: %q", got)
		}
		if got := page.find(".awaiting-seconds a").AttrOr("href", ""); got != "/amendments/"+strconv.FormatInt(a.ID, 10) || page.find(".awaiting-seconds a").Text() != "Name the city <b>" {
			t.Errorf("awaiting seconds: %q %q", got, page.find(".awaiting-seconds").Text())
		}
		link := page.find(".recent-comments a")
		if href := link.AttrOr("href", ""); href != "/documents/constitution/sections/"+nodes[len(nodes)-1].Key+"#c"+strconv.FormatInt(c.ID, 10) {
			t.Errorf("recent comment links %q", href)
		}
		// The words of the comment, not its Markdown.
		if got := link.Text(); !strings.HasPrefix(got, `I strongly oppose this clause: first alert("home") long words`) || !strings.HasSuffix(got, "…") || len([]rune(got)) > 161 {
			t.Errorf("recent comment excerpt: %q", got)
		}
		if strings.Contains(page.Body, "<script>alert") {
			t.Error("a member's comment reached the page unescaped")
		}

		// Under a document's title, what it is now rather than its numbering scheme.
		if got := page.find("ul.documents li .meta").Text(); got != "Version 1 (draft), published "+head.CreatedAt.UTC().Format("2006-01-02 15:04 UTC") {
			t.Errorf("the home page says of the constitution: %q", got)
		}

		committee := s.loggedIn(member.RoleCommittee).get("/")
		if got := committee.find(".tasks a[href='/documents/constitution/comments']").Text(); got != "1 comment to answer on Constitution" {
			t.Errorf("committee's tasks: %q", committee.find(".tasks").Text())
		}
		if n := committee.find(".tasks a[href^='/ballots/']").Length(); n != 0 {
			t.Errorf("the committee, not on the officer's duty, is told to act on %d ballots", n)
		}

		db.UseClock(func() time.Time { return poll.Ballot.ClosesAt.Add(time.Minute) })
		officer := s.loggedIn(member.RoleOfficer).get("/")
		if got := officer.find(".tasks a[href='/ballots/" + strconv.FormatInt(poll.Ballot.ID, 10) + "']").Text(); got != "Close the ballot “Poll”: its closing time has passed" {
			t.Errorf("officer's tasks: %q", officer.find(".tasks").Text())
		}
		if got := s.loggedIn(member.RoleMember).get("/").find(".tasks").Text(); strings.Contains(got, "Vote") {
			t.Errorf("after the close a member is still asked to vote: %q", got)
		}
	})
}
