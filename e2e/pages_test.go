package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// longTitle is a union's document title as a trial user's was: long
// enough that a page naming it twice fills a phone's screen.
const longTitle = "Constitution of Warehouse and Logistics Workers United, Local 1"

// TestPagesOnAPhone: what a new member met at 360 px. The passage button
// shows only with words selected; a comment posted in place updates the
// section's stance counts; a refused quote's message is in view; a
// ballot's choices are on the first screen; the audit log keeps its words
// whole.
func TestPagesOnAPhone(t *testing.T) {
	s := newSite(t)
	ctx := context.Background()
	doc, head, err := s.db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitution", Title: longTitle,
		Numbering: document.SchemeArticle, Markdown: []byte(constitution)})
	if err != nil {
		t.Fatal(err)
	}
	maya := s.account("maya@local1.example", "Maya Member", member.RoleMember)
	phoneUser := s.user(t, "maya", phone, true)
	phoneUser.login("maya@local1.example", password)

	// The document page: no passage button until words are selected.
	phoneUser.open("/documents/constitution")
	if phoneUser.visible("a.quote-link") {
		t.Error("“Comment on this passage” shows with nothing selected")
	}
	general := s.key("Article II, Section 1(a)")
	phoneUser.selectText(general, "every three months")
	phoneUser.run("clear the selection", chromedp.Evaluate(`window.getSelection().removeAllRanges()`, nil))
	phoneUser.poll("the button goes", `document.querySelector("a.quote-link").getBoundingClientRect().height === 0`)

	// A comment posted in place counts in the section's stances, even when
	// the page's live stream never arrives (a proxy that holds it back).
	phoneUser.run("hold back the live stream", network.Enable(), network.SetBlockedURLs([]string{"*/events*"}))
	section := "/documents/constitution/sections/" + general
	phoneUser.open(section)
	before := phoneUser.text("p.counts .stance-oppose")
	phoneUser.run("choose oppose", chromedp.Click(`input[name="stance"][value="oppose"]`, chromedp.ByQuery))
	phoneUser.fill(map[string]string{"#body": "Three months is too long between meetings."})
	phoneUser.submitComment()
	phoneUser.poll("the oppose count goes up", `document.querySelector("p.counts .stance-oppose").textContent.trim() === "oppose: 1"`)
	if before != "oppose: 0" {
		t.Errorf("before posting: %q", before)
	}

	// A refused quote: its message on the screen, not below it.
	// The button at the top of the screen, as after scrolling down to it:
	// the message above it is out of view unless the page brings it in.
	phoneUser.fill(map[string]string{"#quote": "every single month", "#body": "Words worth keeping."})
	phoneUser.run("post a refused comment", chromedp.Evaluate(`(function () {
		var button = document.querySelector('#comment-form button[type="submit"]');
		button.scrollIntoView({ block: "start" });
		button.form.requestSubmit(button);
	})()`, nil))
	phoneUser.poll("the error shows", `!document.getElementById("comment-error").hidden`)
	phoneUser.poll("the error is in view", `(function () {
		var r = document.getElementById("comment-error").getBoundingClientRect();
		return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
	})()`)

	// A ballot on an amendment, open: the choices on the first screen.
	officer := s.account("olu@local1.example", "Olu Officer", member.RoleOfficer)
	var tellers []int64
	for _, email := range []string{"t1@local1.example", "t2@local1.example"} {
		tu := s.account(email, "Teller "+email[:2], member.RoleTeller)
		if _, err := s.db.CreateTellerKey(ctx, tu); err != nil {
			t.Fatal(err)
		}
		tellers = append(tellers, tu.ID)
	}
	for _, email := range []string{"noor@local1.example", "sam@local1.example"} {
		s.account(email, "Member "+email[:4], member.RoleMember)
	}
	if err := s.db.SetCosponsorsNeeded(ctx, 0, "constitution", 0); err != nil {
		t.Fatal(err)
	}
	a, err := s.db.ProposeAmendment(ctx, maya, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Monthly general meetings",
		Rationale: strings.Repeat("Members cannot hold the executive to account if they meet only four times a year. ", 4),
		Proposed:  []byte(strings.Replace(constitution, "every three months", "every month", 1)), Submit: true})
	if err != nil {
		t.Fatal(err)
	}
	now := s.db.Now()
	b, err := s.db.NoticeBallot(ctx, officer, store.NewBallot{DocumentSlug: doc.Slug, Title: "Amendment to the " + longTitle,
		OpensAt: now.Add(time.Minute), ClosesAt: now.Add(time.Hour), MinBallots: ballot.MinMinBallots,
		Questions: []store.NewQuestion{{Kind: ballot.KindAmendment, AmendmentID: a.ID}}, Tellers: tellers, SharesNeeded: 2})
	if err != nil {
		t.Fatal(err)
	}
	s.advance(2 * time.Minute)
	if err := s.db.OpenBallot(ctx, officer, b.ID); err != nil {
		t.Fatal(err)
	}
	phoneUser.open("/ballots/" + strconv.FormatInt(b.ID, 10))
	if heading := phoneUser.text("section.question h2"); strings.Count(heading, longTitle) > 0 || len(heading) > 40 {
		t.Errorf("the question's heading: %q", heading)
	}
	phoneUser.poll("the choices are on the first screen", `(function () {
		var r = document.querySelector("form.ballot-paper fieldset").getBoundingClientRect();
		return window.scrollY === 0 && r.height > 0 && r.bottom <= window.innerHeight;
	})()`)

	// The audit log at 360 px: words whole, actions in words.
	s.account("oksana@local1.example", "Oksana Observer", member.RoleObserver)
	watcher := s.user(t, "oksana", phone, true)
	watcher.login("oksana@local1.example", password)
	watcher.open("/audit")
	watcher.checkFits()
	var narrowest float64
	watcher.run("measure the cells", chromedp.Evaluate(`Math.min.apply(null, [...document.querySelectorAll("table.audit td")].map(td => td.getBoundingClientRect().width))`, &narrowest))
	if narrowest < 200 {
		t.Errorf("an audit cell %.0f px wide at 360 px: words break letter by letter", narrowest)
	}
	watcher.expectText("table.audit", "Notice of a ballot given")
}

// visible says whether an element matching selector takes up room on the
// page.
func (u *user) visible(selector string) bool {
	u.t.Helper()
	var shown bool
	u.run("is "+selector+" shown", chromedp.Evaluate(`(function () {
		var el = document.querySelector(`+"`"+selector+"`"+`);
		return !!el && el.getBoundingClientRect().height > 0;
	})()`, &shown))
	return shown
}
