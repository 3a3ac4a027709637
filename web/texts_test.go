package web_test

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store/storetest"
)

// TestSectionPageNumbersAsTheDocument: a section's page shows its clauses
// with the document's own numbers, (a), (i), (b), not a list's 1., 2.,
// and its heading once.
func TestSectionPageNumbersAsTheDocument(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	_, nodes := s.current()
	key := keysByNumber(nodes)
	page := s.loggedIn(member.RoleMember).get("/documents/constitution/sections/" + key["Article I, Section 1"])
	var markers []string
	page.find(".section-text .num").Each(func(_ int, n *goquery.Selection) { markers = append(markers, n.Text()) })
	if got := strings.Join(markers, " "); got != "(a) (i) (b)" {
		t.Errorf("markers in the section's text: %q\n%s", got, page.find(".section-text").Text())
	}
	if got := page.find(".section-text ol:not(.clauses)").Length(); got != 0 {
		t.Errorf("%d lists numbered by the browser", got)
	}
	if got := page.find(".section-text h1, .section-text h2, .section-text h3, .section-text h4").Length(); got != 0 || strings.Contains(page.find(".section-text").Text(), "Name") {
		t.Errorf("the heading is repeated in the text: %q", page.find(".section-text").Text())
	}
	if got := strings.Join(strings.Fields(page.find("main h1").Text()), " "); got != "Article I, Section 1 Name" {
		t.Errorf("h1: %q", got)
	}
	clause := s.loggedIn(member.RoleMember).get("/documents/constitution/sections/" + key["Article I, Section 1(a)"])
	markers = nil
	clause.find(".section-text .num").Each(func(_ int, n *goquery.Selection) { markers = append(markers, n.Text()) })
	if got := strings.Join(markers, " "); got != "(a) (i)" {
		t.Errorf("markers in the clause's text: %q", got)
	}
	if got := strings.Join(strings.Fields(clause.find("main h1").Text()), " "); got != "Article I, Section 1(a)" {
		t.Errorf("a clause's h1 repeats its words: %q", got)
	}
}
