package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// tokenIDs lists the ids of the access tokens an API listing names.
func tokenIDs(t *testing.T, body map[string]any) []string {
	t.Helper()
	var ids []string
	tokens, _ := body["tokens"].([]any)
	for _, x := range tokens {
		ids = append(ids, strconv.FormatFloat(x.(map[string]any)["id"].(float64), 'f', -1, 64))
	}
	return ids
}

// loggedOut reports whether a browser's session has ended.
func (b *browser) loggedOut() bool {
	res := b.get("/")
	return res.StatusCode == http.StatusSeeOther && strings.HasPrefix(res.Header.Get("Location"), "/login")
}

func cookie(b *browser, name string) string {
	for _, c := range b.c.Jar.Cookies(mustParse(b.site.srv.URL)) {
		if c.Name == name {
			return c.Value
		}
	}
	return ""
}

// TestMemberRevokesOwnSessionsAndTokens: a member sees their own sessions
// and tokens, no secret among them, and ends any of them, or all, at once;
// never another member's.
func TestMemberRevokesOwnSessionsAndTokens(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		phone, laptop := s.loggedIn(member.RoleMember), s.loggedIn(member.RoleMember)
		script := s.token(member.RoleMember)
		other := s.loggedIn(member.RoleCommittee)

		page := phone.get("/account")
		if page.StatusCode != http.StatusOK || page.find(".sessions tbody tr").Length() != 2 || page.find(".sessions tr.current").Length() != 1 || page.find(".tokens tbody tr").Length() != 1 {
			t.Fatalf("account page: %d, %d sessions", page.StatusCode, page.find(".sessions tbody tr").Length())
		}
		for _, secret := range []string{cookie(phone, "charter_session"), cookie(laptop, "charter_session"), script} {
			if strings.Contains(page.Body, secret) || strings.Contains(page.Body, member.SecretHash(secret)) {
				t.Errorf("the account page shows a secret or its hash")
			}
		}
		if !strings.Contains(page.find(".tokens td").First().Text(), "test") {
			t.Errorf("the token's name is not shown")
		}

		// Refused: without the form's token; another member's session.
		laptopEnd, _ := page.find(".sessions tbody tr:not(.current) form").Attr("action")
		if res := phone.post(laptopEnd, url.Values{}); res.StatusCode != http.StatusForbidden || laptop.loggedOut() {
			t.Errorf("ending a session without the form's token: %d", res.StatusCode)
		}
		othersEnd, _ := other.get("/account").find(".sessions tbody tr form").Attr("action")
		if res := phone.submit("/account", othersEnd, url.Values{}); res.StatusCode != http.StatusNotFound || other.loggedOut() {
			t.Errorf("ending another member's session through one's own account: %d", res.StatusCode)
		}

		if res := phone.submit("/account", laptopEnd, url.Values{}); res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/account" {
			t.Fatalf("end the laptop's session: %d", res.StatusCode)
		}
		if !laptop.loggedOut() || phone.loggedOut() {
			t.Errorf("after ending the laptop's session: laptop out %v, phone out %v", laptop.loggedOut(), phone.loggedOut())
		}
		if status, _ := s.apiCall("GET", "/api/v1/documents", script, ""); status != http.StatusOK {
			t.Fatalf("token before revoking: %d", status)
		}
		revoke, _ := phone.get("/account").find(".tokens form").Attr("action")
		if res := phone.submit("/account", revoke, url.Values{}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("revoke the token: %d", res.StatusCode)
		}
		if status, _ := s.apiCall("GET", "/api/v1/documents", script, ""); status != http.StatusUnauthorized {
			t.Errorf("revoked token: %d", status)
		}

		// Through the API: a token lists its account's credentials and
		// revokes itself.
		cli := s.token(member.RoleMember)
		status, body := s.apiCall("GET", "/api/v1/account/credentials", cli, "")
		sessions, _ := body["sessions"].([]any)
		if ids := tokenIDs(t, body); status != http.StatusOK || len(sessions) != 1 || len(ids) != 1 {
			t.Fatalf("credentials by API: %d %v", status, body)
		}
		if raw, _ := json.Marshal(body); strings.Contains(string(raw), cli) || strings.Contains(string(raw), member.SecretHash(cli)) {
			t.Errorf("the API shows a token's secret or hash")
		}
		status, body = s.apiCall("POST", "/api/v1/account/tokens/"+tokenIDs(t, body)[0]+"/revoke", cli, "")
		if revoked, _ := body["revoked"].(map[string]any); status != http.StatusOK || revoked["tokens"] != 1.0 {
			t.Errorf("revoke by API: %d %v", status, body)
		}
		if status, _ := s.apiCall("GET", "/api/v1/documents", cli, ""); status != http.StatusUnauthorized {
			t.Errorf("token revoked by API: %d", status)
		}

		// A member reaches no one else's list.
		otherID := strconv.FormatInt(s.users[member.RoleCommittee].ID, 10)
		mine := s.token(member.RoleMember)
		if res := phone.get("/admin/members/" + otherID); res.StatusCode != http.StatusForbidden {
			t.Errorf("a member on another's account page: %d", res.StatusCode)
		}
		if res := phone.submit("/account", "/admin/members/"+otherID+"/logout-everywhere", url.Values{}); res.StatusCode != http.StatusForbidden || other.loggedOut() {
			t.Errorf("a member logging another out everywhere: %d", res.StatusCode)
		}
		for _, call := range [][2]string{{http.MethodGet, "/api/v1/users/" + otherID + "/credentials"}, {http.MethodPost, "/api/v1/users/" + otherID + "/logout-everywhere"}} {
			if status, _ := s.apiCall(call[0], call[1], mine, ""); status != http.StatusForbidden {
				t.Errorf("a member's token on %s %s: %d", call[0], call[1], status)
			}
		}

		// Log out everywhere: every session, this one too, and every token.
		again := s.loggedIn(member.RoleMember)
		if res := phone.submit("/account", "/account/logout-everywhere", url.Values{}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("log out everywhere: %d", res.StatusCode)
		}
		if !phone.loggedOut() || !again.loggedOut() || other.loggedOut() {
			t.Errorf("after logging out everywhere: this %v, another browser %v, another member %v", phone.loggedOut(), again.loggedOut(), other.loggedOut())
		}
		if status, _ := s.apiCall("GET", "/api/v1/documents", mine, ""); status != http.StatusUnauthorized {
			t.Errorf("a token after logging out everywhere: %d", status)
		}
	})
}

// TestAdminRevokesAnyMember: an admin ends any member's sessions and
// tokens from the member's page or the API, at once, with each revocation
// in the audit log under the admin's name.
func TestAdminRevokesAnyMember(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		target := s.users[member.RoleMember]
		id := strconv.FormatInt(target.ID, 10)
		browser := s.loggedIn(member.RoleMember)
		script := s.token(member.RoleMember)
		admin := s.loggedIn(member.RoleAdmin)
		adminToken := s.token(member.RoleAdmin)

		if link := admin.get("/admin/members").find(`a[href="/admin/members/` + id + `"]`); link.Length() != 1 {
			t.Errorf("the roster does not link to the member's sessions")
		}
		page := admin.get("/admin/members/" + id)
		if page.StatusCode != http.StatusOK || page.find(".sessions tbody tr").Length() != 1 || page.find(".sessions tr.current").Length() != 0 || page.find(".tokens tbody tr").Length() != 1 {
			t.Fatalf("the member's page for an admin: %d %q", page.StatusCode, page.find("main").Text())
		}
		end, _ := page.find(".sessions tbody form").Attr("action")
		if res := admin.submit("/admin/members/"+id, end, url.Values{}); res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/admin/members/"+id {
			t.Fatalf("admin ends a session: %d %s", res.StatusCode, res.Header.Get("Location"))
		}
		if !browser.loggedOut() || admin.loggedOut() {
			t.Errorf("after the admin ended it: member out %v, admin out %v", browser.loggedOut(), admin.loggedOut())
		}

		status, body := s.apiCall("GET", "/api/v1/users/"+id+"/credentials", adminToken, "")
		ids := tokenIDs(t, body)
		if status != http.StatusOK || len(ids) != 1 {
			t.Fatalf("admin lists by API: %d %v", status, body)
		}
		if status, body := s.apiCall("POST", "/api/v1/users/"+id+"/tokens/"+ids[0]+"/revoke", adminToken, ""); status != http.StatusOK {
			t.Fatalf("admin revokes by API: %d %v", status, body)
		}
		if status, _ := s.apiCall("GET", "/api/v1/documents", script, ""); status != http.StatusUnauthorized {
			t.Errorf("the member's token after the admin revoked it: %d", status)
		}
		browser = s.loggedIn(member.RoleMember)
		if res := admin.submit("/admin/members/"+id, "/admin/members/"+id+"/logout-everywhere", url.Values{}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("admin logs the member out everywhere: %d", res.StatusCode)
		}
		if !browser.loggedOut() {
			t.Errorf("the member is still logged in")
		}

		events, _ := db.AuditEvents(context.Background(), 3)
		var actions []string
		for _, e := range events {
			actions = append(actions, e.Action)
			if e.ActorID != s.users[member.RoleAdmin].ID || e.Subject != "user:"+id {
				t.Errorf("%s audited as by %d on %s", e.Action, e.ActorID, e.Subject)
			}
		}
		if got := strings.Join(actions, " "); got != "session.revoke token.revoke user.logout_everywhere" {
			t.Errorf("audited: %s", got)
		}
	})
}
