package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestSearchPage searches as members do, from the box in every page's
// header: results link to the numbered sections with the words marked,
// a comment's script is shown as text, a typo says what was searched for
// instead, another member's draft is never found, and the API gives the
// same results with the same addresses.
func TestSearchPage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		head, nodes := s.current()
		keys := keysByNumber(nodes)
		author := s.users[member.RoleMember]
		amount := keys["Article II, Section 1(a)"]
		if amount == "" {
			t.Fatalf("no clause on dues: %v", keys)
		}
		posted, err := db.PostComment(ctx, author, store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: amount,
			Stance: comment.Concern, Body: `Dues <script>alert("dues")</script> are too high.`})
		if err != nil {
			t.Fatal(err)
		}
		draft, err := db.ProposeAmendment(ctx, author, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Zanzibar dues",
			Proposed: []byte(strings.Replace(head.Markdown, "by the members", "by zanzibar", 1))})
		if err != nil {
			t.Fatal(err)
		}

		reader := s.loggedIn(member.RoleObserver)
		home := reader.get("/")
		if home.find(`header.site form.search[method="get"][action="/search"] input[type="search"][name="q"]`).Length() != 1 {
			t.Fatal("no search box in the header")
		}
		if got := s.browser().get("/search?q=dues"); got.StatusCode == http.StatusOK {
			t.Errorf("a visitor searched: %d", got.StatusCode)
		}

		page := reader.get("/search?q=dues")
		if page.StatusCode != http.StatusOK {
			t.Fatalf("status %d: %s", page.StatusCode, page.Body)
		}
		results := page.find("ol.results > li.result")
		if results.Length() != 3 {
			t.Fatalf("%d results, want the article, its clause and the comment:\n%s", results.Length(), page.find("main").Text())
		}
		hrefs := map[string]bool{}
		results.Each(func(i int, r *goquery.Selection) {
			href, _ := r.Find(".result-title a").Attr("href")
			hrefs[href] = true
			if !strings.EqualFold(r.Find(".snippet mark").First().Text(), "dues") {
				t.Errorf("result %d marks %q", i, r.Find(".snippet mark").Text())
			}
		})
		clause := "/documents/constitution/sections/" + amount
		for _, want := range []string{"/documents/constitution/sections/" + keys["Article II"], clause, fmt.Sprintf("%s#c%d", clause, posted.ID)} {
			if !hrefs[want] {
				t.Errorf("no result links to %s: %v", want, hrefs)
			}
		}
		first := results.First()
		if first.Find(".kind").Text() != "Text in force" || first.Find(".number").Text() == "" {
			t.Errorf("first result: %q %q", first.Find(".kind").Text(), first.Find(".number").Text())
		}
		if page.find("main script").Length() != 0 || !strings.Contains(page.find(".kind-comment .snippet").Text(), `alert("dues")`) {
			t.Errorf("the comment's script is not shown as text: %s", page.find(".kind-comment").Text())
		}

		typo := reader.get("/search?q=" + url.QueryEscape("duse"))
		if got := typo.find(".corrected bdi").Text(); got != "dues" || typo.find("ol.results > li").Length() != 3 {
			t.Errorf("duse: shown for %q, %d results", got, typo.find("ol.results > li").Length())
		}
		for _, q := range []string{"", `"NEAR(*`, "&|!:-", strings.Repeat("dues ", 2000)} {
			if got := reader.get("/search?q=" + url.QueryEscape(q)); got.StatusCode != http.StatusOK {
				t.Errorf("%.20q: status %d", q, got.StatusCode)
			}
		}
		if got := reader.get("/search"); got.find("main form.search-page").Length() != 1 || got.find("ol.results").Length() != 0 {
			t.Error("an empty search does not offer the form alone")
		}

		// Another member's draft is not found; its sponsor finds it.
		if got := reader.get("/search?q=zanzibar"); got.find("ol.results > li").Length() != 0 || got.find(".corrected").Length() != 0 {
			t.Errorf("an observer finds another's draft: %s", got.find("main").Text())
		}
		mine := s.loggedIn(member.RoleMember).get("/search?q=zanzibar")
		if href, _ := mine.find(".result-title a").Attr("href"); href != fmt.Sprintf("/amendments/%d", draft.ID) {
			t.Errorf("the sponsor finds %q", href)
		}

		// The API: the same results, the same addresses, the same privacy.
		status, body := s.apiCall(http.MethodGet, "/api/v1/search?q=dues", s.token(member.RoleObserver), "")
		if status != http.StatusOK || body["total"] != float64(3) {
			t.Fatalf("API: %d %v", status, body)
		}
		for i, r := range body["results"].([]any) {
			hit := r.(map[string]any)
			want, _ := results.Eq(i).Find(".result-title a").Attr("href")
			if hit["url"] != want {
				t.Errorf("API result %d leads to %v, the page's to %s", i, hit["url"], want)
			}
		}
		if status, body := s.apiCall(http.MethodGet, "/api/v1/search?q=zanzibar", s.token(member.RoleCommittee), ""); status != http.StatusOK || body["total"] != float64(0) {
			t.Errorf("API: the committee finds a member's draft: %v", body)
		}
		if status, body := s.apiCall(http.MethodGet, "/api/v1/search?q=zanzibar", s.token(member.RoleMember), ""); status != http.StatusOK || body["total"] != float64(1) {
			t.Errorf("API: the sponsor does not find their draft: %v", body)
		}
		if status, _ := s.apiCall(http.MethodGet, "/api/v1/search?q=dues", "", ""); status != http.StatusUnauthorized {
			t.Errorf("API without a token: %d", status)
		}
	})
}
