package e2e

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestLivePages: with JavaScript, a section's page shows a comment another
// member posts, and an officer's ballot page its turnout as members vote,
// without a reload.
func TestLivePages(t *testing.T) {
	s := newSite(t)
	ctx := context.Background()
	if _, _, err := s.db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitution", Title: "Constitution of Local 1",
		Numbering: document.SchemeArticle, Markdown: []byte(constitution)}); err != nil {
		t.Fatal(err)
	}
	maya := s.account("maya@local1.example", "Maya Member", member.RoleMember)
	noor := s.account("noor@local1.example", "Noor Member", member.RoleMember)
	olu := s.account("olu@local1.example", "Olu Officer", member.RoleOfficer)
	reader := s.user(t, "maya", phone, true)
	reader.login(maya.Email, password)
	general := s.key("Article II, Section 1(a)")
	section := "/documents/constitution/sections/" + general
	reader.open(section)
	reader.run("mark the page", chromedp.Evaluate(`window.charterMarker = "same page"`, nil))
	head := s.headVersion()
	if _, err := s.db.PostComment(ctx, noor, store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: general, Stance: "question", Body: "Why every three months?"}); err != nil {
		t.Fatal(err)
	}
	reader.poll("another member's comment appears", `[...document.querySelectorAll("#comments article.comment")].some(e => e.textContent.includes("Why every three months?"))`)
	reader.samePage(section)

	// A ballot open now, its officer watching its page.
	tellers := storetest.NewTellers(t, s.db, "Live teller", 2)
	rule, _ := ballot.ParseRule("majority", "cast", "none", 0)
	now := s.db.Now()
	b, err := s.db.NoticeBallot(ctx, olu, store.NewBallot{Title: "Live", MinBallots: 3, OpensAt: now.Add(time.Minute), ClosesAt: now.Add(time.Hour),
		Questions: []store.NewQuestion{{Kind: ballot.KindReferendum, Question: "Meet monthly?", Rule: &rule}},
		Tellers:   storetest.TellerIDs(tellers), SharesNeeded: 2})
	if err != nil {
		t.Fatal(err)
	}
	s.advance(2 * time.Minute)
	if err := s.db.OpenBallot(ctx, olu, b.ID); err != nil {
		t.Fatal(err)
	}
	officer := s.user(t, "officer", desktop, true)
	officer.login(olu.Email, password)
	path := "/ballots/" + strconv.FormatInt(b.ID, 10)
	officer.open(path)
	officer.run("mark the page", chromedp.Evaluate(`window.charterMarker = "same page"`, nil))
	for _, v := range []member.User{maya, noor} {
		if _, err := s.db.CastBallot(ctx, v, b.ID, []ballot.Choice{ballot.Yes}, []string{b.Questions[0].SHA256}); err != nil {
			t.Fatal(err)
		}
	}
	officer.poll("the turnout follows the votes", `document.querySelector("main .meta").textContent.includes("2 ballots returned")`)
	officer.samePage(path)
}

// TestLivePagesLeftBehind: a chair goes back and forth between live pages
// more often than a browser keeps connections to one server (six); each
// page left must end its stream, or the next page never loads.
func TestLivePagesLeftBehind(t *testing.T) {
	s := newSite(t)
	if _, _, err := s.db.CreateDocument(context.Background(), 0, store.NewDocument{Slug: "constitution", Title: "Constitution of Local 1",
		Numbering: document.SchemeArticle, Markdown: []byte(constitution)}); err != nil {
		t.Fatal(err)
	}
	maya := s.account("maya@local1.example", "Maya Member", member.RoleMember)
	reader := s.user(t, "maya", desktop, true)
	reader.login(maya.Email, password)
	section := "/documents/constitution/sections/" + s.key("Article II, Section 1(a)")
	for range 4 {
		reader.open("/documents/constitution")
		reader.click(`a[href="`+section+`"]`, 200)
	}
	reader.open("/documents/constitution")
	reader.expectText("h1", "Constitution of Local 1")
}
