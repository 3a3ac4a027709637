package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// TestEnhance: with JavaScript, a comment posts without leaving the page,
// and an amendment's redline follows its text without pressing Preview.
func TestEnhance(t *testing.T) {
	s := newSite(t)
	if _, _, err := s.db.CreateDocument(context.Background(), 0, store.NewDocument{Slug: "constitution", Title: "Constitution of Local 1",
		Numbering: document.SchemeArticle, Markdown: []byte(constitution)}); err != nil {
		t.Fatal(err)
	}
	s.account("maya@local1.example", "Maya Member", member.RoleMember)
	maya := s.user(t, "maya", phone, true)
	maya.login("maya@local1.example", password)
	general := s.key("Article II, Section 1(a)")

	// The comment: a marker set on the page before posting survives, so no
	// page was loaded.
	section := "/documents/constitution/sections/" + general
	maya.open(section)
	maya.run("mark the page", chromedp.Evaluate(`window.charterMarker = "same page"`, nil))
	maya.fill(map[string]string{"#body": "Meet monthly <b>please</b>."})
	maya.run("post the comment", chromedp.Click(`#comment-form button[type="submit"]`, chromedp.ByQuery, chromedp.NodeVisible))
	maya.poll("the comment appears", `[...document.querySelectorAll("#comments article.comment .member-text")].some(e => e.textContent.includes("Meet monthly"))`)
	maya.samePage(section)
	if n := maya.count("#comments article.comment"); n != 1 {
		t.Errorf("%d comments shown, want 1", n)
	}
	if n := maya.count("#comments article.comment b"); n != 0 {
		t.Error("the comment's HTML was not escaped")
	}
	maya.poll("the live region says so", `document.getElementById("comment-status").textContent === "Your comment is posted."`)
	var state struct {
		Body    string
		Focused bool
	}
	maya.run("read the form", chromedp.Evaluate(`({
		Body: document.getElementById("body").value,
		Focused: document.activeElement === document.querySelector("#comments article.comment"),
	})`, &state))
	if state.Body != "" || !state.Focused {
		t.Errorf("after posting: textarea %q, focus on the comment %v", state.Body, state.Focused)
	}
	if views, err := s.db.Comments(context.Background(), s.headVersion().ID); err != nil || len(views) != 1 {
		t.Fatalf("stored comments: %d %v", len(views), err)
	}

	// A refused comment: the message beside the form, the words kept.
	maya.fill(map[string]string{"#quote": "every month", "#body": "Words worth keeping."})
	maya.run("post a refused comment", chromedp.Click(`#comment-form button[type="submit"]`, chromedp.ByQuery, chromedp.NodeVisible))
	maya.poll("the error shows", `!document.getElementById("comment-error").hidden`)
	maya.expectText("#comment-error", "The quoted passage is not in this section")
	maya.samePage(section)
	var kept string
	maya.run("read the comment", chromedp.Value("#body", &kept, chromedp.ByQuery))
	if kept != "Words worth keeping." {
		t.Errorf("the member's words after a refusal: %q", kept)
	}

	// The amendment: typing in the text, without pressing Preview, shows
	// the redline in its live region.
	form := "/documents/constitution/amendments/new?section=" + general
	maya.open(form)
	if maya.attr("#live-preview", "aria-live") != "polite" || maya.count(".preview") != 0 {
		t.Fatal("the form has no empty polite live region for the preview")
	}
	maya.run("mark the page", chromedp.Evaluate(`window.charterMarker = "same page"`, nil))
	var found bool
	// The form is in plain words: the clause's own box.
	var clause string
	maya.run("select a word", chromedp.Evaluate(`(function () {
		var t = [...document.querySelectorAll("ol.clauses textarea")].find(t => t.value.includes("three months"));
		if (!t) return "";
		var i = t.value.indexOf("three months");
		t.focus();
		t.setSelectionRange(i, i + "three".length);
		return t.id;
	})()`, &clause))
	found = clause != ""
	if !found {
		t.Fatal(`"three months" is not in the form`)
	}
	maya.run("type a word", chromedp.SendKeys("#"+clause, "two", chromedp.ByQuery))
	maya.poll("the redline shows", `(document.querySelector("#live-preview .preview .redline ins") || {}).textContent === "two"`)
	maya.expectText("#live-preview .preview .redline del", "three")
	maya.samePage(form)

	// Further typing replaces the block in place; the form still submits.
	maya.run("type more", chromedp.SendKeys("#"+clause, " or", chromedp.ByQuery))
	maya.poll("the redline follows", `[...document.querySelectorAll("#live-preview .preview .redline ins")].some(e => e.textContent.includes("two or"))`)
	if n := maya.count(".preview"); n != 1 {
		t.Errorf("%d preview blocks, want 1", n)
	}
	maya.fill(map[string]string{"#title": "Meet more often"})
	maya.click(`button[name="action"][value="submit"]`, 200)
	maya.expectText("main", "Meet more often")
	if maya.dialog.Load() {
		t.Error("a JavaScript dialog opened")
	}
}

// poll waits, up to thirty seconds, for a JavaScript expression to hold.
func (u *user) poll(step, expression string) {
	u.t.Helper()
	// Generous: the ballot's turnout is polled every 5 s, and the suite
	// shares the machine with LibreOffice and the race detector. Not
	// through run, whose 20 s would cut the 30 (CI once failed at 20).
	ctx, cancel := context.WithTimeout(u.ctx, 35*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Poll(expression, nil, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		u.failed(step, err)
	}
}

// samePage fails when the browser left path or loaded a page since the
// marker was set.
func (u *user) samePage(path string) {
	u.t.Helper()
	var where, marker string
	u.run("check the page", chromedp.Location(&where), chromedp.Evaluate(`window.charterMarker || ""`, &marker))
	if where != u.s.url+path || marker != "same page" {
		u.t.Errorf("at %s, marker %q: the page was left or reloaded", where, marker)
	}
}
