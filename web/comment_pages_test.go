package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

func TestCommentPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		_, nodes := s.current()
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
		toc := reader.get("/documents/constitution").find(`.toc a[href="#` + article + `"]`).Parent()
		if got := toc.Find(".badge").Text(); got != "2" {
			t.Errorf("contents count for Article I: %q", got)
		}
		if got := toc.Find(".stance-counts").Text(); got != "1 support · 1 question" {
			t.Errorf("contents counts by stance: %q", got)
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

func TestCommentEditDeleteAndModeration(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	if _, err := db.CreateUser(ctx, 0, store.NewUser{Email: "other@example.org", Name: "Other", Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true}); err != nil {
		t.Fatal(err)
	}
	head, nodes := s.current()
	key := nodes[1].Key
	author := s.users[member.RoleMember]
	c, err := db.PostComment(ctx, author, store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: key, Stance: "concern", Body: "First thoughts."})
	if err != nil {
		t.Fatal(err)
	}
	id := strconv.FormatInt(c.ID, 10)
	page := "/documents/constitution/sections/" + key
	authorB := s.loggedIn(member.RoleMember)
	other := s.browser()
	other.submit("/login", "/login", url.Values{"email": {"other@example.org"}, "password": {password}})
	committee, observer := s.loggedIn(member.RoleCommittee), s.loggedIn(member.RoleObserver)

	if res := other.submit(page, "/comments/"+id+"/edit", url.Values{"body": {"hijacked"}}); res.StatusCode != http.StatusForbidden {
		t.Errorf("editing another's comment: %d", res.StatusCode)
	}
	if res := authorB.submit(page, "/comments/"+id+"/edit", url.Values{"body": {"Second thoughts."}, "next": {page}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("edit: %d", res.StatusCode)
	}
	if got := committee.get(page).find("details.edits li").Text(); got != "First thoughts." {
		t.Errorf("committee sees earlier text %q", got)
	}
	if n := other.get(page).find("details.edits").Length(); n != 0 {
		t.Error("another member sees the edit history")
	}
	if res := other.submit(page, "/comments/"+id+"/report", url.Values{"reason": {"Off topic"}, "next": {page}}); res.StatusCode != http.StatusSeeOther {
		t.Errorf("report: %d", res.StatusCode)
	}
	if res := other.submit(page, "/comments/"+id+"/report", url.Values{"reason": {"Again"}}); res.StatusCode != http.StatusConflict {
		t.Errorf("second report: %d", res.StatusCode)
	}
	if res := other.submit(page, "/comments/"+id+"/hide", url.Values{"rule": {"spam"}, "reason": {"x"}}); res.StatusCode != http.StatusForbidden {
		t.Errorf("member hiding: %d", res.StatusCode)
	}
	if res := committee.submit(page, "/comments/"+id+"/hide", url.Values{"rule": {"criticism"}, "reason": {"x"}}); res.StatusCode != http.StatusBadRequest {
		t.Errorf("hiding under no written rule: %d", res.StatusCode)
	}
	if res := committee.submit(page, "/comments/"+id+"/hide", url.Values{"rule": {"spam"}, "reason": {"Posted five times."}, "next": {page}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("hide: %d", res.StatusCode)
	}
	if body := other.get(page).find("#c" + id).Text(); strings.Contains(body, "Second thoughts.") {
		t.Error("a hidden comment is shown to other members")
	}
	for name, b := range map[string]*browser{"author": authorB, "observer": observer} {
		got := b.get(page).find("#c" + id)
		if !strings.Contains(got.Text(), "Second thoughts.") || !strings.Contains(got.Find(".moderation").Text(), "spam: Posted five times.") {
			t.Errorf("%s does not see the hidden comment and why: %q", name, got.Text())
		}
	}
	events, _ := db.AuditEvents(ctx, 0)
	if last := events[len(events)-1]; last.Action != "comment.hide" {
		t.Errorf("hiding not audited: %+v", last)
	}
	if res := authorB.submit(page, "/comments/"+id+"/delete", url.Values{"next": {page}}); res.StatusCode != http.StatusSeeOther {
		t.Errorf("delete: %d", res.StatusCode)
	}
	if res := authorB.submit(page, "/comments/"+id+"/edit", url.Values{"body": {"Back"}}); res.StatusCode != http.StatusConflict {
		t.Errorf("editing a deleted comment: %d", res.StatusCode)
	}
	if res := other.submit(page, "/documents/constitution/sections/"+key+"/comments", url.Values{"parent_id": {id}, "body": {"reply"}, "version_id": {strconv.FormatInt(head.ID, 10)}}); res.StatusCode != http.StatusConflict {
		t.Errorf("reply to a deleted comment: %d", res.StatusCode)
	}
}

func TestOrphanedCommentsAreListed(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	head, nodes := s.current()
	key := keysByNumber(nodes)
	u := s.users[member.RoleMember]
	if _, err := db.PostComment(ctx, u, store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: key["Article I, Section 1(b)"], Quote: "in the city", Stance: "question", Body: "Which city?"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.PostComment(ctx, u, store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: key["Article I, Section 1(a)"], Stance: "support", Body: "Good name."}); err != nil {
		t.Fatal(err)
	}
	next := strings.Replace(constitution, "1. Its office is in the city.\n", "", 1)
	if _, err := db.PublishVersion(ctx, 0, store.NewVersion{Slug: "constitution", Base: head.ID, Markdown: []byte(next), Origin: document.OriginImport}); err != nil {
		t.Fatal(err)
	}
	committee := s.loggedIn(member.RoleCommittee)
	queue := committee.get("/documents/constitution/comments")
	orphans := queue.find("#orphans").Parent().Find("li")
	if orphans.Length() != 1 || !strings.Contains(orphans.Text(), "written on version 1, Article I, Section 1(b)") || !strings.Contains(orphans.Text(), "the passage was removed in version 2") {
		t.Errorf("orphans: %d %q", orphans.Length(), orphans.Text())
	}
	if got := queue.find("ol.queue > li").Length(); got != 1 {
		t.Errorf("open comments still placed: %d", got)
	}
	page := committee.get("/documents/constitution/sections/" + key["Article I, Section 1(a)"])
	if got := page.find("article.comment header").Text(); !strings.Contains(got, "written on version 1, Article I, Section 1(a)") {
		t.Errorf("origin line: %q", got)
	}
}

func TestCommentSaysWhichAmendmentChangedIt(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	head, nodes := s.current()
	var office string
	for _, n := range nodes {
		if n.Number == "Article I, Section 1(b)" {
			office = n.Key
		}
	}
	u := s.users[member.RoleMember]
	if _, err := db.PostComment(ctx, u, store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: office, Quote: "Its office is in the city", Stance: "support", Body: "Keep it central."}); err != nil {
		t.Fatal(err)
	}
	_ = db.SetCosponsorsNeeded(ctx, 0, "constitution", 0)
	a, err := db.ProposeAmendment(ctx, u, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "town", Proposed: []byte(strings.Replace(constitution, "in the city", "in the town", 1)), Submit: true})
	if err != nil {
		t.Fatal(err)
	}
	if res, err := db.Merge(ctx, s.users[member.RoleCommittee], "constitution", store.MergeRequest{ExpectedHead: head.ID, AmendmentIDs: []int64{a.ID}}); err != nil || len(res.Conflicts) != 0 {
		t.Fatal(res.Conflicts, err)
	}
	page := s.loggedIn(member.RoleMember).get("/documents/constitution/sections/" + office)
	header := page.find("article.comment header")
	if !strings.Contains(header.Text(), "in version 2 the passage was changed by amendment") || header.Find(`a[href="/amendments/`+strconv.FormatInt(a.ID, 10)+`"]`).Length() != 1 {
		t.Errorf("comment header: %q", header.Text())
	}
}

// TestCommentQueuePages: a long queue is read a page of 100 at a time,
// oldest first, with links to the pages around it; a page past the end
// shows the last; the log lists only answered comments.
func TestCommentQueuePages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		head, nodes := s.current()
		batch := make([]store.SeedComment, 250)
		for i := range batch {
			batch[i] = store.SeedComment{Author: s.users[member.RoleMember], NewComment: store.NewComment{VersionID: head.ID,
				SectionKey: nodes[i%len(nodes)].Key, Stance: comment.Support, Body: fmt.Sprintf("Comment number %03d.", i+1)}}
		}
		ids, err := db.SeedComments(ctx, "constitution", batch)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetDisposition(ctx, s.users[member.RoleCommittee], ids[0], comment.Answered, "Noted.", comment.Incorporation{}); err != nil {
			t.Fatal(err)
		}
		committee := s.loggedIn(member.RoleCommittee)
		check := func(path string, items int, first, last, showing string, prev, next bool) {
			t.Helper()
			page := committee.get(path)
			got := page.find("ol.queue > li")
			if got.Length() != items || !strings.Contains(got.First().Text(), first) || !strings.Contains(got.Last().Text(), last) {
				t.Errorf("%s: %d items from %q to %q; want %d from %q to %q", path, got.Length(), got.First().Find(".member-text").Text(),
					got.Last().Find(".member-text").Text(), items, first, last)
			}
			if text := page.find("main p.meta").First().Text(); text != showing {
				t.Errorf("%s: %q, want %q", path, text, showing)
			}
			if (page.find(`a[rel="prev"]`).Length() == 1) != prev || (page.find(`a[rel="next"]`).Length() == 1) != next {
				t.Errorf("%s: previous %v, next %v; want %v, %v", path, page.find(`a[rel="prev"]`).Length(), page.find(`a[rel="next"]`).Length(), prev, next)
			}
		}
		check("/documents/constitution/comments", 100, "number 002", "number 101", "1–100 of 249", false, true)
		check("/documents/constitution/comments?page=2", 100, "number 102", "number 201", "101–200 of 249", true, true)
		check("/documents/constitution/comments?page=3", 49, "number 202", "number 250", "201–249 of 249", true, false)
		check("/documents/constitution/comments?page=99", 49, "number 202", "number 250", "201–249 of 249", true, false)
		check("/documents/constitution/comments?page=9223372036854775807", 49, "number 202", "number 250", "201–249 of 249", true, false)
		check("/documents/constitution/comments?page=-3", 100, "number 002", "number 101", "1–100 of 249", false, true)
		check("/documents/constitution/comments?answered=1", 1, "number 001", "number 001", "1–1 of 1", false, false)
	})
}

// TestSharedSectionContentCarriesEachReadersToken: readers who see a
// section alike share one rendering of it, and each page still carries the
// reader's own form token, never another's or the marker.
func TestSharedSectionContentCarriesEachReadersToken(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	head, nodes := s.current()
	key := nodes[1].Key
	poster, err := db.CreateUser(ctx, 0, store.NewUser{Email: "poster@example.org", Name: "Poster", Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true})
	if err != nil {
		t.Fatal(err)
	}
	posted, err := db.PostComment(ctx, poster, store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: key, Stance: "support", Body: "Agreed."})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateUser(ctx, 0, store.NewUser{Email: "second@example.org", Name: "Second", Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true}); err != nil {
		t.Fatal(err)
	}
	page := "/documents/constitution/sections/" + key
	tokens := map[string]bool{}
	for _, b := range []*browser{s.loggedIn(member.RoleMember), s.loggedInAs("second@example.org")} {
		res := b.get(page)
		seen := map[string]bool{}
		res.find(`input[name="csrf_token"]`).Each(func(_ int, in *goquery.Selection) { seen[in.AttrOr("value", "")] = true })
		if len(seen) != 1 || strings.Contains(res.Body, "charter:csrf-token") {
			t.Fatalf("one page carries tokens %v", seen)
		}
		for tok := range seen {
			tokens[tok] = true
		}
		if res.find("article.comment").Length() != 1 || res.find(`form[action$="/support"]`).Length() != 1 {
			t.Errorf("the section as a member sees it: %d comments", res.find("article.comment").Length())
		}
		if r := b.submit(page, "/comments/"+strconv.FormatInt(posted.ID, 10)+"/support", url.Values{"next": {page}}); r.StatusCode != http.StatusSeeOther {
			t.Errorf("supporting with the page's token: %d", r.StatusCode)
		}
	}
	if len(tokens) != 2 {
		t.Errorf("two readers' pages carry %d distinct tokens", len(tokens))
	}
}

// TestAnswerFromTheQueue: the committee answers each comment from its queue
// of comments to answer, and comes back to the queue; a member sees the
// queue without the forms.
func TestAnswerFromTheQueue(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		head, nodes := s.current()
		for _, body := range []string{"Is the city named?", "Which city?"} {
			if _, err := db.PostComment(context.Background(), s.users[member.RoleMember], store.NewComment{DocumentSlug: "constitution", VersionID: head.ID,
				SectionKey: nodes[len(nodes)-1].Key, Stance: comment.Question, Body: body}); err != nil {
				t.Fatal(err)
			}
		}
		const queue = "/documents/constitution/comments"
		if n := s.loggedIn(member.RoleMember).get(queue).find("form.answer-form").Length(); n != 0 {
			t.Errorf("a member is offered %d answer forms", n)
		}
		committee := s.loggedIn(member.RoleCommittee)
		page := committee.get(queue)
		forms := page.find("ol.queue > li form.answer-form")
		if forms.Length() != 2 {
			t.Fatalf("%d answer forms in the queue of 2", forms.Length())
		}
		form := forms.First()
		fields := url.Values{}
		form.Find("input[type=hidden]").Each(func(_ int, in *goquery.Selection) { fields.Set(in.AttrOr("name", ""), in.AttrOr("value", "")) })
		fields.Set("disposition", form.Find("select[name=disposition] option").First().AttrOr("value", ""))
		fields.Set("reason", "It is Montreal.")
		res := committee.post(form.AttrOr("action", ""), fields)
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != queue {
			t.Fatalf("answer from the queue: %d, back to %q", res.StatusCode, res.Header.Get("Location"))
		}
		if got := committee.get(queue).find("ol.queue > li").Length(); got != 1 {
			t.Errorf("%d comments left to answer", got)
		}
		if got := committee.get(queue + "?answered=1"); got.find("form.answer-form").Length() != 0 || !strings.Contains(got.find(".disposition").Text(), "It is Montreal.") {
			t.Errorf("the log: %q, %d forms", got.find(".disposition").Text(), got.find("form.answer-form").Length())
		}
	})
}
