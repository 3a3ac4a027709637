package e2e

import (
	"context"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// TestSearchLandsOnTheSection: on a phone, without JavaScript, a member
// searches from the header with a typo and a plural, reads the matching
// words, and lands on the numbered section that holds them.
func TestSearchLandsOnTheSection(t *testing.T) {
	s := newSite(t)
	if _, _, err := s.db.CreateDocument(context.Background(), 0, store.NewDocument{Slug: "constitution", Title: "Constitution of Local 1",
		Numbering: document.SchemeArticle, Markdown: []byte(constitution)}); err != nil {
		t.Fatal(err)
	}
	s.account("maya@local1.example", "Maya Member", member.RoleMember)
	maya := s.user(t, "maya", phone, false)
	maya.login("maya@local1.example", password)
	maya.open("/")
	maya.fill(map[string]string{"#search-q": "genral meeting"})
	maya.click(`form.search button[type="submit"]`, 200)
	maya.checkFits()
	maya.expectText(".corrected", "general")
	maya.expectText(".results .result-title", "Article II, Section 1")
	maya.expectText(".results .snippet", "General Meetings")
	if n := maya.count(".results .result:first-child mark"); n < 2 {
		t.Errorf("%d words marked in the first result, want both", n)
	}
	maya.click(`.results .result-title a`, 200)
	maya.expectText("main h1", "Article II, Section 1")
	maya.expectText("main", "General meetings are held every three months.")
}
