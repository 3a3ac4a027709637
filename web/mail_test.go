package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestAccountMessages: the account page lists every kind with the
// member's choice, required kinds without a control; the form saves the
// choices, with its token only; the API reads and writes the same.
func TestAccountMessages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		b := s.loggedIn(member.RoleCommittee)
		page := b.get("/account")
		if page.find("#messages form[action='/account/messages'] input[name=csrf_token]").Length() != 1 {
			t.Fatalf("no messages form on the account page: %d", page.StatusCode)
		}
		for _, k := range message.Kinds {
			kind := page.find(`#messages [data-kind="` + string(k) + `"]`)
			radios := kind.Find("input[type=radio]")
			switch {
			case k.Required():
				if kind.Length() != 1 || radios.Length() != 0 {
					t.Errorf("%s: required, shown %d times with %d controls", k, kind.Length(), radios.Length())
				}
			case k == message.KindCommittee:
				if radios.Length() != 3 || kind.Find(`input[value=digest]`).Length() != 1 {
					t.Errorf("%s: %d choices, want each, digest and none", k, radios.Length())
				}
			default:
				if radios.Length() != 2 || kind.Find(`input[value=digest]`).Length() != 0 || kind.Find(`input[value=each][checked]`).Length() != 1 {
					t.Errorf("%s: %d choices, want each (checked) and none", k, radios.Length())
				}
			}
		}
		// An admin reading another member's page sees no choices of theirs.
		if other := s.loggedIn(member.RoleAdmin).get("/admin/members/" + strconv.FormatInt(s.users[member.RoleCommittee].ID, 10)); other.find("#messages").Length() != 0 {
			t.Error("another member's account page shows their messages")
		}

		choose := url.Values{"committee": {"digest"}, "ballot.reminder": {"none"}, "comment.answer": {"each"}, "ballot.notice": {"none"}}
		if res := b.post("/account/messages", choose); res.StatusCode != http.StatusForbidden {
			t.Errorf("saved without the form's token: %d", res.StatusCode)
		}
		if res := b.submit("/account", "/account/messages", choose); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("save: %d %s", res.StatusCode, res.Body)
		}
		got, err := db.MailChoices(ctx, s.users[member.RoleCommittee].ID)
		if err != nil || got[message.KindCommittee] != message.ChoiceDigest || got[message.KindBallotReminder] != message.ChoiceNone ||
			got[message.KindBallotNotice] != message.ChoiceEach || len(got) != 2 {
			t.Errorf("saved %v, %v (a required kind's field is not read)", got, err)
		}
		page = b.get("/account")
		if page.find(`[data-kind="committee"] input[value=digest][checked]`).Length() != 1 || page.find(`[data-kind="ballot.reminder"] input[value=none][checked]`).Length() != 1 {
			t.Error("the page does not show the saved choices")
		}
		if res := b.submit("/account", "/account/messages", url.Values{"comment.answer": {"digest"}}); res.StatusCode != http.StatusBadRequest {
			t.Errorf("a digest of answers: %d", res.StatusCode)
		}

		token := s.token(member.RoleMember)
		status, body := s.apiCall(http.MethodPut, "/api/v1/account/messages", token, `{"choices": {"amendment.sponsor": "none"}}`)
		if status != http.StatusOK || body["choices"].(map[string]any)["amendment.sponsor"] != "none" || body["choices"].(map[string]any)["committee"] != "each" {
			t.Errorf("API put: %d %v", status, body)
		}
		required := 0
		for _, k := range message.Kinds {
			if !k.Required() {
				continue
			}
			required++
			if status, _ := s.apiCall(http.MethodPut, "/api/v1/account/messages", token, `{"choices": {"`+string(k)+`": "none"}}`); status != http.StatusBadRequest {
				t.Errorf("API: the required %s turned off: %d", k, status)
			}
		}
		if status, body := s.apiCall(http.MethodGet, "/api/v1/account/messages", token, ""); status != http.StatusOK || len(body["required"].([]any)) != required {
			t.Errorf("API get: %d %v", status, body)
		}
	})
}

// TestUnsubscribe: an unsubscribe link's page asks and changes nothing; its
// POST, with no session and no form token, turns that kind off for that
// account only; a forged or cut token is a 404 that changes nothing.
func TestUnsubscribe(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		who := s.users[member.RoleMember]
		key, err := db.Secret(ctx, "unsubscribe")
		if err != nil {
			t.Fatal(err)
		}
		token := message.UnsubscribeToken(key, who.ID, message.KindBallotReminder)
		path := "/mail/unsubscribe/" + token
		visitor := s.browser()
		choices := func() map[message.Kind]message.Choice {
			got, err := db.MailChoices(ctx, who.ID)
			if err != nil {
				t.Fatal(err)
			}
			return got
		}

		page := visitor.get(path)
		if page.StatusCode != http.StatusOK || page.find(`form[action="`+path+`"] button`).Length() != 1 || !strings.Contains(page.find("main").Text(), "Reminders before a ballot closes") {
			t.Fatalf("unsubscribe page: %d %s", page.StatusCode, page.Body)
		}
		if len(choices()) != 0 {
			t.Fatal("following the link changed a choice")
		}

		for name, bad := range map[string]string{
			"forged":         message.UnsubscribeToken([]byte("another key"), who.ID, message.KindBallotReminder),
			"another member": strings.Replace(token, strconv.FormatInt(who.ID, 10)+".", strconv.FormatInt(s.users[member.RoleAdmin].ID, 10)+".", 1),
			"cut short":      token[:len(token)-3],
			"required kind":  message.UnsubscribeToken(key, who.ID, message.KindBallotNotice),
			"meeting notice": message.UnsubscribeToken(key, who.ID, message.KindMeetingNotice),
		} {
			if res := visitor.get("/mail/unsubscribe/" + url.PathEscape(bad)); res.StatusCode != http.StatusNotFound || res.find("form[action^='/mail/unsubscribe']").Length() != 0 {
				t.Errorf("%s token, GET: %d", name, res.StatusCode)
			}
			if res := visitor.post("/mail/unsubscribe/"+url.PathEscape(bad), url.Values{"List-Unsubscribe": {"One-Click"}}); res.StatusCode != http.StatusNotFound {
				t.Errorf("%s token, POST: %d", name, res.StatusCode)
			}
		}
		if got := choices(); len(got) != 0 {
			t.Fatalf("bad tokens changed choices: %v", got)
		}

		// As a mail provider posts it (RFC 8058): no cookie, no form token,
		// from another origin.
		req, _ := http.NewRequest(http.MethodPost, s.srv.URL+path, strings.NewReader("List-Unsubscribe=One-Click"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		res := visitor.do(req)
		if res.StatusCode != http.StatusOK || res.find(".unsubscribed").Length() != 1 {
			t.Fatalf("one-click unsubscribe: %d %s", res.StatusCode, res.Body)
		}
		if got := choices(); len(got) != 1 || got[message.KindBallotReminder] != message.ChoiceNone {
			t.Errorf("after unsubscribing: %v", got)
		}
		if got, _ := db.MailChoices(ctx, s.users[member.RoleAdmin].ID); len(got) != 0 {
			t.Errorf("another member's choices changed: %v", got)
		}

		// Every other form still needs its token, from a session.
		member := s.loggedIn(member.RoleMember)
		if res := member.post("/account/logout-everywhere", url.Values{}); res.StatusCode != http.StatusForbidden {
			t.Errorf("a form without its token: %d", res.StatusCode)
		}
		if res := member.post("/mail/unsubscribe/"+token+"/x", url.Values{}); res.StatusCode != http.StatusForbidden {
			t.Errorf("a path under the unsubscribe link without a token: %d", res.StatusCode)
		}
	})
}
