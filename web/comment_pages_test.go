package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

func TestCommentPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		doc, _ := db.Document(ctx, "constitution")
		head, _ := db.HeadVersion(ctx, doc.ID)
		nodes, _ := db.Outline(ctx, head.ID)
		var office, article string
		for _, n := range nodes {
			switch n.Number {
			case "Article I, Section 1(b)":
				office = n.Key
			case "Article I":
				article = n.Key
			}
		}
		reader := s.loggedIn(member.RoleMember)
		docPage := reader.get("/documents/constitution")
		link := docPage.find("#"+office+" a.num").AttrOr("href", "")
		if link != "/documents/constitution/sections/"+office {
			t.Fatalf("section number links to %q", link)
		}
		section := reader.get(link)
		if section.StatusCode != http.StatusOK || !strings.Contains(section.find(".section-text").Text(), "Its office is in the city.") {
			t.Fatalf("section page: %d", section.StatusCode)
		}
		post := func(b *browser, form url.Values) *response {
			form.Set("version_id", section.find(`input[name="version_id"]`).AttrOr("value", ""))
			return b.submit(link, link+"/comments", form)
		}
		if res := post(reader, url.Values{"stance": {"question"}, "quote": {"in the city"}, "body": {"Which city? <script>alert(1)</script>"}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("comment: %d %s", res.StatusCode, res.find(".error").Text())
		}
		if res := post(reader, url.Values{"stance": {"support"}, "body": {"Good clause."}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("second comment: %d", res.StatusCode)
		}
		if res := post(reader, url.Values{"stance": {"support"}, "quote": {"in the town"}, "body": {"x"}}); res.StatusCode != http.StatusBadRequest {
			t.Errorf("quote not in the section: %d", res.StatusCode)
		}
		page := reader.get(link)
		comments := page.find("article.comment")
		if comments.Length() != 2 || page.find("main script").Length() != 0 {
			t.Fatalf("%d comments shown, script: %d", comments.Length(), page.find("main script").Length())
		}
		if got := page.find("article.comment .quote").Text(); got != "in the city" {
			t.Errorf("quote shown: %q", got)
		}
		if got := page.find(".counts").Text(); !strings.Contains(got, "question: 1") || !strings.Contains(got, "support: 1") {
			t.Errorf("counts: %q", got)
		}
		// The older comment gets a +1 and a reply; sorted by support it comes first.
		older := comments.Last().AttrOr("id", "")[1:]
		if res := reader.submit(link, "/comments/"+older+"/support", url.Values{"next": {link}}); res.StatusCode != http.StatusSeeOther {
			t.Errorf("+1: %d", res.StatusCode)
		}
		if res := post(reader, url.Values{"parent_id": {older}, "body": {"Montreal, I think."}}); res.StatusCode != http.StatusSeeOther {
			t.Errorf("reply: %d", res.StatusCode)
		}
		sorted := reader.get(link + "?sort=supported")
		if first := sorted.find("article.comment").First(); first.AttrOr("id", "") != "c"+older || first.Find(".reply").Length() != 1 {
			t.Errorf("most supported first, with its reply: %q", first.AttrOr("id", ""))
		}
		if got := reader.get("/documents/constitution").find(`.toc a[href="#` + article + `"]`).Parent().Find(".badge").Text(); got != "2" {
			t.Errorf("contents count for Article I: %q", got)
		}
		// The committee answers; the queue empties and the log records it.
		committee := s.loggedIn(member.RoleCommittee)
		if res := reader.submit(link, "/comments/"+older+"/disposition", url.Values{"disposition": {"answered"}, "reason": {"x"}}); res.StatusCode != http.StatusForbidden {
			t.Errorf("member answering: %d", res.StatusCode)
		}
		if got := committee.get("/documents/constitution/comments").find("ol.queue > li").Length(); got != 2 {
			t.Errorf("queue: %d", got)
		}
		if res := committee.submit(link, "/comments/"+older+"/disposition", url.Values{"disposition": {"answered"}, "reason": {"The head office is in Montreal."}, "next": {link}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("answer: %d", res.StatusCode)
		}
		if got := committee.get("/documents/constitution/comments").find("ol.queue > li").Length(); got != 1 {
			t.Errorf("queue after answering: %d", got)
		}
		log := reader.get("/documents/constitution/comments?answered=1")
		if got := log.find("ol.queue .disposition").Text(); !strings.Contains(got, "The head office is in Montreal.") {
			t.Errorf("disposition log: %q", got)
		}
	})
}
