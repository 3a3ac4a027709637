package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// fragment posts a form as charter.js does: the same fields, marked as
// wanting only the part of the page that changed.
func (b *browser) fragment(action string, form url.Values) *response {
	req, _ := http.NewRequest(http.MethodPost, b.site.srv.URL+action, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Charter-Fragment", "1")
	return b.do(req)
}

// head is the constitution's current version.
func (s *site) head() document.Version {
	s.t.Helper()
	doc, err := s.db.Document(context.Background(), "constitution")
	if err != nil {
		s.t.Fatal(err)
	}
	head, err := s.db.HeadVersion(context.Background(), doc.ID)
	if err != nil {
		s.t.Fatal(err)
	}
	return head
}

// sectionKey is the key of the section numbered number in the current text.
func (s *site) sectionKey(number string) string {
	s.t.Helper()
	nodes, _ := s.db.Outline(context.Background(), s.head().ID)
	for _, n := range nodes {
		if n.Number == number {
			return n.Key
		}
	}
	s.t.Fatalf("no section %s", number)
	return ""
}

func TestCommentFragment(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		head := s.head()
		stored := func() int {
			t.Helper()
			views, err := db.Comments(context.Background(), head.ID)
			if err != nil {
				t.Fatal(err)
			}
			return len(views)
		}
		link := "/documents/constitution/sections/" + s.sectionKey("Article I, Section 1(b)")
		reader := s.loggedIn(member.RoleMember)
		page := reader.get(link)
		if page.find("#comment-status[aria-live=polite]").Length() != 1 || page.find("#comment-form form[data-posted]").Length() != 1 {
			t.Fatal("the section page has no live region or message for a comment posted without reload")
		}
		form := func(token string, fields url.Values) url.Values {
			fields.Set("csrf_token", token)
			fields.Set("version_id", page.find(`input[name="version_id"]`).AttrOr("value", ""))
			return fields
		}
		token := page.find(`#comment-form input[name="csrf_token"]`).AttrOr("value", "")

		res := reader.fragment(link+"/comments", form(token, url.Values{"stance": {"question"}, "quote": {"in the city"},
			"body": {"Which city? <script>alert(1)</script> & more"}}))
		if res.StatusCode != http.StatusCreated || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
			t.Fatalf("fragment: %d %s %s", res.StatusCode, res.Header.Get("Content-Type"), res.Body)
		}
		if strings.Contains(strings.ToLower(res.Body), "<html") || strings.Contains(res.Body, "<main") || strings.Contains(res.Body, "<script") {
			t.Fatalf("fragment is more than the comment, or unescaped: %s", res.Body)
		}
		if !strings.Contains(res.Body, "&lt;script&gt;") || !strings.Contains(res.Body, "&amp; more") {
			t.Errorf("body not escaped as text: %s", res.Body)
		}
		article := res.find("article.comment")
		id := strings.TrimPrefix(article.AttrOr("id", ""), "c")
		if article.Length() != 1 || id == "" || !strings.Contains(article.Find(".member-text").Text(), "Which city?") ||
			article.Find(".quote").Text() != "in the city" || article.Find("strong").Text() != "The member" {
			t.Fatalf("the comment as the page shows it: %s", res.Body)
		}
		// The forms under it work as the page's: the token, and a way back to the section.
		if got := article.Find(`form[action$="/support"] input[name="next"]`).AttrOr("value", ""); got != link+"#c"+id {
			t.Errorf("support returns to %q", got)
		}
		if got := article.Find(`form.reply-form input[name="csrf_token"]`).AttrOr("value", ""); got != token {
			t.Errorf("reply form token %q", got)
		}
		if stored() != 1 {
			t.Fatal("the comment was not stored")
		}
		// The same comment on the page is the same HTML: one template.
		again := reader.get(link).find("#c" + id)
		if again.Length() != 1 || again.Find(".member-text").Text() != article.Find(".member-text").Text() {
			t.Errorf("the page shows the comment otherwise")
		}

		// Without the header, the form posts and redirects as ever.
		plain := reader.post(link+"/comments", form(token, url.Values{"stance": {"support"}, "body": {"Good clause."}}))
		if plain.StatusCode != http.StatusSeeOther || plain.Header.Get("Location") != link+"#comments" {
			t.Fatalf("plain post: %d %s", plain.StatusCode, plain.Header.Get("Location"))
		}
		// A reply asked for as a fragment gets the redirect: charter.js sends none.
		reply := reader.fragment(link+"/comments", form(token, url.Values{"parent_id": {id}, "body": {"Montreal."}}))
		if reply.StatusCode != http.StatusSeeOther {
			t.Errorf("reply as a fragment: %d", reply.StatusCode)
		}
		if stored() != 3 {
			t.Fatalf("%d comments stored, want 3", stored())
		}

		// A refused comment: the message alone, in a 4xx, and nothing stored.
		bad := reader.fragment(link+"/comments", form(token, url.Values{"stance": {"support"}, "quote": {"in the town"}, "body": {"x"}}))
		if bad.StatusCode != http.StatusBadRequest || !strings.HasPrefix(bad.Header.Get("Content-Type"), "text/plain") ||
			bad.Body != "The quoted passage is not in this section; copy it exactly as it reads." {
			t.Errorf("refused fragment: %d %s %q", bad.StatusCode, bad.Header.Get("Content-Type"), bad.Body)
		}
		// The fetch path is no way around the CSRF check.
		forged := reader.fragment(link+"/comments", form("forged", url.Values{"stance": {"support"}, "body": {"Forged."}}))
		if forged.StatusCode != http.StatusForbidden {
			t.Errorf("forged fragment: %d", forged.StatusCode)
		}
		noToken := url.Values{"stance": {"support"}, "body": {"No token."}, "version_id": {strconv.FormatInt(head.ID, 10)}}
		if res := reader.fragment(link+"/comments", noToken); res.StatusCode != http.StatusForbidden {
			t.Errorf("fragment without a token: %d", res.StatusCode)
		}
		if stored() != 3 {
			t.Fatalf("%d comments stored after refusals, want 3", stored())
		}
	})
}

func TestPreviewFragment(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx, docID := context.Background(), s.head().DocumentID
		office := s.sectionKey("Article I, Section 1(b)")
		sponsor := s.loggedIn(member.RoleMember)
		formPage := "/documents/constitution/amendments/new?section=" + office
		page := sponsor.get(formPage)
		if page.find("#live-preview[aria-live=polite]").Length() != 1 || page.find("#live-preview .preview").Length() != 0 {
			t.Fatal("the form has no empty live region for the preview")
		}
		fields := url.Values{
			"csrf_token":      {page.find(`input[name="csrf_token"]`).AttrOr("value", "")},
			"base_version_id": {page.find(`input[name="base_version_id"]`).AttrOr("value", "")},
			"section":         {office},
			"text":            {"1. Its office is in the town, or online."},
			"title":           {"Town"},
			"action":          {"preview"},
		}
		res := sponsor.fragment("/documents/constitution/amendments", fields)
		if res.StatusCode != http.StatusOK || strings.Contains(strings.ToLower(res.Body), "<html") || strings.Contains(res.Body, "<form") {
			t.Fatalf("preview fragment: %d %s", res.StatusCode, res.Body)
		}
		if got := res.find(".preview .redline ins").Text(); got != "town, or online" {
			t.Errorf("inserted: %q in %s", got, res.Body)
		}
		if got := res.find(".preview .redline del").Text(); got != "city" {
			t.Errorf("struck: %q", got)
		}
		// The full page's preview is the same block.
		full := sponsor.post("/documents/constitution/amendments", fields)
		if got := full.find("#live-preview .preview .redline ins").Text(); full.StatusCode != http.StatusOK || got != "town, or online" {
			t.Errorf("full page preview: %d %q", full.StatusCode, got)
		}
		if list, _ := db.Amendments(ctx, s.users[member.RoleMember], docID); len(list) != 0 {
			t.Fatal("a preview stored an amendment")
		}

		// A text that is not a document: the message alone, in a 4xx.
		whole := url.Values{"csrf_token": fields["csrf_token"], "base_version_id": fields["base_version_id"], "text": {"just words"}, "action": {"preview"}}
		bad := sponsor.fragment("/documents/constitution/amendments", whole)
		if bad.StatusCode != http.StatusBadRequest || !strings.HasPrefix(bad.Header.Get("Content-Type"), "text/plain") || !strings.Contains(bad.Body, "No numbered sections") {
			t.Errorf("refused preview: %d %s %q", bad.StatusCode, bad.Header.Get("Content-Type"), bad.Body)
		}

		// The body limit bounds what the live preview sends, as any form. (A
		// url-encoded form over it is refused as expired, not as too large:
		// auth.go's parseForm drops the size error for non-multipart bodies.)
		whole.Set("text", strings.Repeat("1. Words.\n", 500000))
		if res := sponsor.fragment("/documents/constitution/amendments", whole); res.StatusCode < 400 || res.StatusCode >= 500 {
			t.Errorf("preview over the body limit: %d", res.StatusCode)
		}

		// Editing a draft previews the same way, and changes nothing stored.
		fields.Set("action", "draft")
		saved := sponsor.post("/documents/constitution/amendments", fields)
		if saved.StatusCode != http.StatusSeeOther {
			t.Fatalf("save draft: %d", saved.StatusCode)
		}
		edit := saved.Header.Get("Location") + "/edit"
		fields.Set("action", "preview")
		fields.Set("text", "1. Its office is in the village.")
		res = sponsor.fragment(edit, fields)
		if got := res.find(".preview .redline ins").Text(); res.StatusCode != http.StatusOK || got != "village" {
			t.Errorf("draft preview: %d %q %s", res.StatusCode, got, res.Body)
		}
		list, _ := db.Amendments(ctx, s.users[member.RoleMember], docID)
		if len(list) != 1 {
			t.Fatalf("%d amendments stored, want the draft", len(list))
		}
		if draft, err := db.Amendment(ctx, list[0].ID); err != nil || !strings.Contains(draft.Proposed, "in the town, or online.") {
			t.Errorf("a preview changed the draft: %q %v", draft.Proposed, err)
		}
		fields.Set("csrf_token", "forged")
		if res := sponsor.fragment(edit, fields); res.StatusCode != http.StatusForbidden {
			t.Errorf("forged preview: %d", res.StatusCode)
		}
	})
}
