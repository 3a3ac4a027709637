package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestHostileTextIsA400 sends NUL bytes, bytes that are not UTF-8 and
// control characters through every form and API call that takes members'
// words: each answer is 400 with a message saying what is wrong (and, for
// a roster, on which line), on SQLite and on PostgreSQL, which answered
// 500 to the first two.
func TestHostileTextIsA400(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		head, nodes := s.current()
		key := keysByNumber(nodes)["Article I, Section 1(b)"]
		link := "/documents/constitution/sections/" + key
		reader, committee, admin := s.loggedIn(member.RoleMember), s.loggedIn(member.RoleCommittee), s.loggedIn(member.RoleAdmin)
		token := s.token(member.RoleMember)
		version := fmt.Sprint(head.ID)
		res := reader.submit(link, link+"/comments", url.Values{"version_id": {version}, "stance": {"support"}, "body": {"A fair clause."}})
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("comment: %d", res.StatusCode)
		}
		id := reader.get(link).find("article.comment").First().AttrOr("id", "c")[1:]

		for name, bad := range map[string]string{"NUL": "a\x00b", "Latin-1": "caf\xe9", "escape": "\x1b[2J"} {
			forms := map[string]*response{
				"comment": reader.submit(link, link+"/comments", url.Values{"version_id": {version}, "stance": {"support"}, "body": {bad}}),
				"reply":   reader.submit(link, link+"/comments", url.Values{"parent_id": {id}, "body": {bad}}),
				"edit":    reader.submit(link, "/comments/"+id+"/edit", url.Values{"body": {bad}, "next": {link}}),
				"report":  reader.submit(link, "/comments/"+id+"/report", url.Values{"reason": {bad}, "next": {link}}),
				"answer":  committee.submit(link, "/comments/"+id+"/disposition", url.Values{"disposition": {"declined"}, "reason": {bad}, "next": {link}}),
				"import title": committee.submit("/import", "/import", url.Values{"slug": {"bylaws"}, "title": {"By" + bad}, "numbering": {"decimal"},
					"markdown": {"# Meetings\n\n1. Monthly.\n"}}),
				"roster": admin.upload("/admin/members", "/admin/roster", nil, "roster", "roster.csv",
					[]byte("name,email,member id,standing\nAna,ana@example.org,1,good\nBen"+bad+",ben@example.org,2,good\n")),
			}
			for form, res := range forms {
				if msg := strings.TrimSpace(res.find(".error").Text()); res.StatusCode != http.StatusBadRequest || msg == "" {
					t.Errorf("%s form with %s: %d %q, want 400 with a message", form, name, res.StatusCode, msg)
				}
			}
			if msg := forms["roster"].find(".error").Text(); !strings.Contains(msg, "Roster line 3: The name") {
				t.Errorf("roster with %s: %q does not name line 3", name, msg)
			}
		}
		// JSON carries NUL as \u0000, and the half of a surrogate pair
		// that its decoder turns into U+FFFD.
		for name, bad := range map[string]string{"NUL": `a\u0000b`, "half a surrogate pair": `a\ud800b`, "escape": `\u001b[2J`} {
			calls := map[string][2]string{
				"comment": {"/api/v1/documents/constitution/comments",
					fmt.Sprintf(`{"version_id":%d,"section_key":%q,"stance":"support","body":"%s"}`, head.ID, key, bad)},
				"amendment title": {"/api/v1/documents/constitution/amendments",
					fmt.Sprintf(`{"base_version_id":%d,"title":"%s","proposed_markdown":%q}`, head.ID, bad, strings.Replace(constitution, "city", "town", 1))},
				"amendment rationale": {"/api/v1/documents/constitution/amendments",
					fmt.Sprintf(`{"base_version_id":%d,"title":"t","rationale":"%s","proposed_markdown":%q}`, head.ID, bad, strings.Replace(constitution, "city", "town", 1))},
				"disposition": {"/api/v1/comments/" + id + "/disposition", fmt.Sprintf(`{"disposition":"answered","reason":"%s"}`, bad)},
			}
			for call, c := range calls {
				tok := token
				if call == "disposition" {
					tok = s.token(member.RoleCommittee)
				}
				if code, out := s.apiCall(http.MethodPost, c[0], tok, c[1]); code != http.StatusBadRequest || errorCode(t, out) != "invalid" {
					t.Errorf("API %s with %s: %d %v", call, name, code, out)
				}
			}
		}
		if views, _ := db.Comments(t.Context(), head.ID); len(views) != 1 || views[0].Body != "A fair clause." {
			t.Errorf("refused posts changed the comments: %+v", views)
		}
	})
}

// TestCommentVersionAndPassageAreChecked: a comment names the version it
// was written on and, through the API, its passage by offsets. An id that
// is no version of the document is invalid (400), not "a newer version was
// published" (409), which only a real earlier version means; a passage
// that ends before it starts is invalid, not a comment on the whole section.
func TestCommentVersionAndPassageAreChecked(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		old, nodes := s.current()
		key := keysByNumber(nodes)["Article I, Section 1(b)"]
		link := "/documents/constitution/sections/" + key
		reader, token := s.loggedIn(member.RoleMember), s.token(member.RoleMember)
		committee := s.loggedIn(member.RoleCommittee)
		if res := committee.submit("/import", "/import", url.Values{"slug": {"other"}, "title": {"Other"}, "numbering": {"decimal"}, "markdown": {"# A\n\n1. x\n"}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("second document: %d", res.StatusCode)
		}
		res := committee.upload("/import", "/import", map[string]string{"slug": "constitution"}, "file", "c.md", []byte(strings.Replace(constitution, "Local 1.", "Local 1 of the workers.", 1)))
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("new version: %d", res.StatusCode)
		}
		head, _ := s.current()
		otherDoc, _ := db.Document(t.Context(), "other")
		other, _ := db.HeadVersion(t.Context(), otherDoc.ID)
		post := func(version, extra string) (int, map[string]any) {
			return s.apiCall(http.MethodPost, "/api/v1/documents/constitution/comments", token,
				fmt.Sprintf(`{"version_id":%s,"section_key":%q,"stance":"support","body":"x"%s}`, version, key, extra))
		}
		for _, v := range []string{"999999", "0", "-3", fmt.Sprint(other.ID)} {
			if code, out := post(v, ""); code != http.StatusBadRequest || errorCode(t, out) != "invalid" {
				t.Errorf("API version %s: %d %v", v, code, out)
			}
		}
		if code, out := post(fmt.Sprint(old.ID), ""); code != http.StatusConflict {
			t.Errorf("API on the replaced version: %d %v", code, out)
		}
		for _, v := range []string{"garbage", "999999", "1e3"} {
			res := reader.submit(link, link+"/comments", url.Values{"version_id": {v}, "stance": {"support"}, "body": {"x"}})
			if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "is not a version of this document") {
				t.Errorf("form version %q: %d %q", v, res.StatusCode, res.find(".error").Text())
			}
		}
		if res := reader.submit(link, link+"/comments", url.Values{"version_id": {fmt.Sprint(old.ID)}, "stance": {"support"}, "body": {"x"}}); res.StatusCode != http.StatusConflict {
			t.Errorf("form on the replaced version: %d", res.StatusCode)
		}
		for _, r := range [][2]int{{60, 40}, {-1, 10}, {40, 40}} {
			if code, out := post(fmt.Sprint(head.ID), fmt.Sprintf(`,"quote_start":%d,"quote_end":%d`, r[0], r[1])); code != http.StatusBadRequest || errorCode(t, out) != "invalid" {
				t.Errorf("API passage %v: %d %v", r, code, out)
			}
		}
		if views, _ := db.Comments(t.Context(), head.ID); len(views) != 0 {
			t.Errorf("%d comments stored by refused posts", len(views))
		}
	})
}

// TestHostileAddressesAreNotFound: a name in an address that holds NUL or
// bytes that are not UTF-8 names nothing, on either database (PostgreSQL
// failed the query, a 500, for a document's short name).
func TestHostileAddressesAreNotFound(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		_, nodes := s.current()
		key := keysByNumber(nodes)["Article I"]
		b := s.loggedIn(member.RoleCommittee)
		token := s.token(member.RoleCommittee)
		for _, bad := range []string{"a%00b", "caf%E9"} {
			for _, p := range []string{"/documents/" + bad, "/documents/" + bad + "/amendments", "/documents/" + bad + "/versions", "/documents/" + bad + "/comments",
				"/documents/" + bad + "/merge", "/documents/constitution/sections/" + bad, "/documents/constitution/sections/" + bad + "/history",
				"/documents/" + bad + "/sections/" + key, "/invitations/" + bad,
				"/documents/" + bad + "/translations/es", "/documents/constitution/translations/es/sections/" + bad} {
				if res := b.get(p); res.StatusCode != http.StatusNotFound {
					t.Errorf("GET %s: %d", p, res.StatusCode)
				}
			}
			// A language that is no language is refused as such.
			for _, p := range []string{"/documents/constitution/translations/" + bad, "/documents/constitution/translations/" + bad + "/queue"} {
				if res := b.get(p); res.StatusCode != http.StatusBadRequest {
					t.Errorf("GET %s: %d", p, res.StatusCode)
				}
			}
			for _, p := range []string{"/api/v1/documents/" + bad, "/api/v1/documents/" + bad + "/comments"} {
				if code, out := s.apiCall(http.MethodGet, p, token, ""); code != http.StatusNotFound {
					t.Errorf("API GET %s: %d %v", p, code, out)
				}
			}
		}
	})
}
