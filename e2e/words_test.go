package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// TestAmendWithoutMarkdown: on a phone, with and without JavaScript, a
// member proposes a change to a section from its page without typing any
// Markdown: a clause's words changed, a clause added after another, and one
// struck, with the redline and the motion shown before submitting.
func TestAmendWithoutMarkdown(t *testing.T) {
	s := newSite(t)
	ctx := context.Background()
	if _, _, err := s.db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitution", Title: "Constitution of Local 1",
		Numbering: document.SchemeArticle, Markdown: []byte(constitution)}); err != nil {
		t.Fatal(err)
	}
	s.account("maya@local1.example", "Maya Member", member.RoleMember)
	general := s.key("Article II, Section 1")
	for _, javascript := range []bool{false, true} {
		maya := s.user(t, "maya", phone, javascript)
		maya.login("maya@local1.example", password)
		maya.open("/documents/constitution/sections/" + general)
		maya.click(`a[href*="amendments/new"][href*="section=`+general+`"]`, 200)
		if n := maya.count("textarea#text"); n != 0 {
			t.Fatal("the form asks for Markdown")
		}
		maya.checkFits()
		maya.replaceInClause("three months", "two months")
		// Add a clause after the last: the form comes back with an empty
		// box — with JavaScript in place, the new box focused.
		add := `ol.clauses li:last-child button[name="op"][value^="add:"]`
		if javascript {
			maya.run("mark the page", chromedp.Evaluate(`window.charterMarker = "same page"`, nil))
			maya.run("add a clause", chromedp.Click(add, chromedp.ByQuery, chromedp.NodeVisible))
			maya.poll("the new box appears, focused", `document.activeElement && document.activeElement.closest("li.added") !== null`)
			maya.samePage("/documents/constitution/amendments/new?base=" + strconv.FormatInt(s.headVersion().ID, 10) + "&section=" + general)
		} else {
			maya.click(add, 200)
		}
		if n := maya.count("ol.clauses li.added textarea"); n != 1 {
			t.Fatalf("added clauses: %d", n)
		}
		var kept string
		maya.run("read the changed clause", chromedp.Evaluate(`[...document.querySelectorAll("ol.clauses textarea")].map(t => t.value).join("|")`, &kept))
		if !strings.Contains(kept, "every two months") {
			t.Fatalf("the change before adding a clause was lost: %q", kept)
		}
		maya.fill(map[string]string{"ol.clauses li.added textarea": "A general meeting may be held online."})
		maya.click(`.row button[name="action"][value="preview"]`, 200)
		maya.expectText(".preview .redline ins", "two")
		maya.expectText(".preview .motions", "insert")
		maya.checkFits()
		title := "Meet every two months, online too"
		if javascript {
			title += " (with JavaScript)"
		}
		maya.fill(map[string]string{"#title": title})
		maya.click(`button[name="action"][value="submit"]`, 200)
		maya.expectText("main h1", title)
		maya.expectText("main", "A general meeting may be held online.")
	}
}
