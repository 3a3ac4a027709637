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

// TestDraftIsPrivateToItsSponsor: a member's unsubmitted draft, with its
// rationale, is theirs alone. Every other account, whatever its role, gets
// 404 for its page and through the API (as for an amendment that does not
// exist: 403 would tell them it does), and does not find it listed,
// counted, or offered to merge. Submitted, it is every member's.
func TestDraftIsPrivateToItsSponsor(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		head, _ := s.current()
		sponsor := s.token(member.RoleMember)
		code, out := s.apiCall(http.MethodPost, "/api/v1/documents/constitution/amendments", sponsor, fmt.Sprintf(`{"base_version_id":%d,"title":"Secret plan","rationale":"Reasons of my own","proposed_markdown":%q}`,
			head.ID, strings.Replace(constitution, "in the city", "in the town", 1)))
		if code != http.StatusCreated || out["status"] != "draft" {
			t.Fatalf("draft: %d %v", code, out)
		}
		id := fmt.Sprint(out["id"])
		paths := []string{"/amendments/" + id, "/amendments/" + id + "/edit"}
		apiReads := []string{"/api/v1/amendments/" + id, "/api/v1/amendments/" + id + "/redline"}

		for _, role := range []member.Role{member.RoleCommittee, member.RoleOfficer, member.RoleAdmin, member.RoleObserver} {
			b := s.loggedIn(role)
			for _, p := range paths {
				if res := b.get(p); res.StatusCode != http.StatusNotFound || strings.Contains(res.Body, "Secret plan") {
					t.Errorf("%s GET %s: %d", role, p, res.StatusCode)
				}
			}
			for _, p := range []string{"/documents/constitution/amendments", "/documents/constitution/merge", "/documents/constitution", "/"} {
				if res := b.get(p); strings.Contains(res.Body, "Secret plan") || strings.Contains(res.Body, "/amendments/"+id+`"`) {
					t.Errorf("%s: %s shows the draft", role, p)
				}
			}
			if res := b.get("/documents/constitution"); res.find(".amendment-count").Length() != 0 {
				t.Errorf("%s: the document page counts the draft", role)
			}
			for _, action := range []string{"/cosponsors", "/status"} {
				if res := b.submit("/documents/constitution/amendments", "/amendments/"+id+action, url.Values{"status": {"declined"}, "reason": {"No."}}); res.StatusCode != http.StatusNotFound {
					t.Errorf("%s POST %s: %d", role, action, res.StatusCode)
				}
			}
			tok := s.token(role)
			for _, p := range apiReads {
				code, out := s.apiCall(http.MethodGet, p, tok, "")
				if code != http.StatusNotFound || errorCode(t, out) != "not_found" {
					t.Errorf("%s API GET %s: %d %v", role, p, code, out)
				}
			}
			for p, body := range map[string]string{"/cosponsors": "", "/status": `{"status":"declined","reason":"No."}`} {
				if code, out := s.apiCall(http.MethodPost, "/api/v1/amendments/"+id+p, tok, body); code != http.StatusNotFound {
					t.Errorf("%s API POST %s: %d %v", role, p, code, out)
				}
			}
			// Not found says the same as for an id no amendment has.
			_, none := s.apiCall(http.MethodGet, "/api/v1/amendments/999999", tok, "")
			_, hidden := s.apiCall(http.MethodGet, "/api/v1/amendments/"+id, tok, "")
			if strings.Replace(fmt.Sprint(none), "999999", id, 1) != fmt.Sprint(hidden) {
				t.Errorf("%s: %v is not %v", role, hidden, none)
			}
		}
		// Another member, as well: members' drafts are not each other's.
		other, err := db.CreateUser(t.Context(), 0, store.NewUser{Email: "other@example.org", Name: "Other", Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		if res := s.loggedInAs(other.Email).get("/amendments/" + id); res.StatusCode != http.StatusNotFound {
			t.Errorf("another member reads the draft: %d", res.StatusCode)
		}

		// Its sponsor reads it everywhere; once submitted, so does everyone.
		mine := s.loggedIn(member.RoleMember)
		if res := mine.get("/amendments/" + id); res.StatusCode != http.StatusOK || !strings.Contains(res.find(".rationale").Text(), "Reasons of my own") {
			t.Errorf("the sponsor's page: %d", res.StatusCode)
		}
		if !strings.Contains(mine.get("/documents/constitution/amendments").Body, "Secret plan") {
			t.Errorf("the sponsor's list leaves out their draft")
		}
		if code, _ := s.apiCall(http.MethodGet, "/api/v1/amendments/"+id, sponsor, ""); code != http.StatusOK {
			t.Errorf("the sponsor's API read: %d", code)
		}
		if code, out := s.apiCall(http.MethodPost, "/api/v1/amendments/"+id+"/status", sponsor, `{"status":"submitted"}`); code != http.StatusOK {
			t.Fatalf("submit: %d %v", code, out)
		}
		if res := s.loggedIn(member.RoleObserver).get("/amendments/" + id); res.StatusCode != http.StatusOK {
			t.Errorf("a submitted amendment: %d", res.StatusCode)
		}
	})
}
