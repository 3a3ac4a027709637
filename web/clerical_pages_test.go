package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestClericalChange: after a ballot adopted an amendment that left a
// citation pointing at the wrong article, the committee previews a
// clerical change (one with a word changed is refused, naming the
// section), publishes the right one, and the history and the section's
// provenance show it as a clerical change authorised by the ballot, the
// clause keeping the amendment and vote that gave its wording.
func TestClericalChange(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		adopted := storetest.Adopt(t, db, "rules", storetest.CitingRules, storetest.CitingRulesAmended())
		head := adopted.Adopted
		ballotID := strconv.FormatInt(adopted.Ballot.ID, 10)

		reader := s.loggedIn(member.RoleMember)
		if res := reader.get("/documents/rules/clerical"); res.StatusCode != http.StatusForbidden {
			t.Errorf("a member on the clerical form: %d", res.StatusCode)
		}
		if res := reader.get("/documents/rules/versions"); res.find(`a[href="/documents/rules/clerical"]`).Length() != 0 {
			t.Error("the history offers a member the clerical change")
		}

		committee := s.loggedIn(member.RoleCommittee)
		if res := committee.get("/documents/rules/versions"); res.find(`a[href="/documents/rules/clerical"]`).Length() != 1 {
			t.Error("the history does not offer the committee the clerical change")
		}
		form := committee.get("/documents/rules/clerical")
		if form.StatusCode != http.StatusOK {
			t.Fatalf("clerical form: %d", form.StatusCode)
		}
		if got := form.find("textarea#markdown").Text(); got != head.Markdown {
			t.Errorf("the form's text is not the current version's:\n%s", got)
		}
		if got := form.find(`select#ballot option[selected]`).AttrOr("value", ""); got != ballotID || form.find("select#ballot option").Length() != 1 {
			t.Errorf("the ballots offered: %q selected of %d", got, form.find("select#ballot option").Length())
		}
		if got := form.find(`form.clerical input[name="base"]`).AttrOr("value", ""); got != strconv.FormatInt(head.ID, 10) {
			t.Errorf("the form's base: %q, want %d", got, head.ID)
		}

		fixed := strings.Replace(head.Markdown, "Article II, Section 1", "Article III, Section 1", 1)
		fields := func(text, action string) url.Values {
			return url.Values{"base": {strconv.FormatInt(head.ID, 10)}, "ballot": {ballotID}, "reason": {"The new Article II moved Notices to Article III."},
				"markdown": {text}, "action": {action}}
		}
		// A word changed besides: the preview shows it and refuses it.
		res := committee.submit("/documents/rules/clerical", "/documents/rules/clerical", fields(strings.Replace(fixed, "thirty", "sixty", 1), "preview"))
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "Words changed in Article III, Section 1(a)") ||
			res.find(".clerical-ok").Length() != 0 || !strings.Contains(res.find(".preview .redline del").Text(), "thirty") {
			t.Errorf("a word changed, previewed: %d %q", res.StatusCode, res.find(".error").Text())
		}
		if got := res.find("textarea#markdown").Text(); !strings.Contains(got, "sixty") {
			t.Error("the refused text is not given back to edit")
		}
		res = committee.submit("/documents/rules/clerical", "/documents/rules/clerical", fields(strings.Replace(fixed, "thirty", "sixty", 1), "publish"))
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "“thirty” became “sixty”") {
			t.Errorf("a word changed, published: %d %q", res.StatusCode, res.find(".error").Text())
		}
		// The right one: previewed, then published.
		res = committee.submit("/documents/rules/clerical", "/documents/rules/clerical", fields(fixed, "preview"))
		if res.StatusCode != http.StatusOK || res.find(".clerical-ok").Length() != 1 || res.find(".error").Length() != 0 ||
			res.find(".preview .redline del").Text() != "II" || res.find(".preview .redline ins").Text() != "III" {
			t.Errorf("the clerical change previewed: %d %q", res.StatusCode, res.find(".preview").Text())
		}
		res = committee.submit("/documents/rules/clerical", "/documents/rules/clerical", fields(fixed, "publish"))
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/documents/rules/versions" {
			t.Fatalf("the clerical change published: %d %q", res.StatusCode, res.find(".error").Text())
		}

		hist := reader.get("/documents/rules/versions")
		first := hist.find("table.versions tbody tr").First()
		if got := first.Find(".clerical").Text(); got != "Clerical change: renumbering and references, authorised by ballot #"+ballotID ||
			!strings.Contains(first.Text(), "moved Notices to Article III") {
			t.Errorf("the history's newest version: %q", first.Text())
		}

		doc, _ := db.Document(context.Background(), "rules")
		nodes, _ := db.Outline(context.Background(), mustHead(t, db, doc.ID))
		key := keysByNumber(nodes)["Article I, Section 1(a)"]
		page := reader.get("/documents/rules/sections/" + key + "/history")
		prov := page.find(".provenance")
		if prov.Find(fmt.Sprintf(`a[href="/amendments/%d"]`, adopted.Amendment.ID)).Length() != 1 || prov.Find(`a[href="/ballots/`+ballotID+`"]`).Length() != 1 ||
			!strings.Contains(prov.Find(".clerical").Text(), "clerical change in version 3, authorised by ballot #"+ballotID) {
			t.Errorf("the clause's provenance: %q", prov.Text())
		}
		events := page.find("ol.history > li")
		if events.Length() != 3 {
			t.Fatalf("the clause's history lists %d changes, want 3", events.Length())
		}
		last := events.Last()
		if got := last.Find(".meta .clerical").Text(); got != "Clerical change: renumbering and references, authorised by ballot #"+ballotID ||
			last.Find(`a[href^="/amendments/"]`).Length() != 0 || last.Find("del").Text() != "II" || last.Find("ins").Text() != "III" {
			t.Errorf("the clerical change in the clause's history: %q", last.Text())
		}
		if got := events.Eq(1).Find(fmt.Sprintf(`a[href="/amendments/%d"]`, adopted.Amendment.ID)).Length(); got != 1 {
			t.Error("the amendment's change in the clause's history does not name it")
		}
	})
}

// TestClericalChangeAPI: the versions API publishes a clerical change with
// "clerical", refuses one that changes a word, and the provenance names
// it.
func TestClericalChangeAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		adopted := storetest.Adopt(t, db, "rules", storetest.CitingRules, storetest.CitingRulesAmended())
		head := adopted.Adopted
		fixed := strings.Replace(head.Markdown, "Article II, Section 1", "Article III, Section 1", 1)
		body := func(text string) string {
			return fmt.Sprintf(`{"base_version_id":%d,"markdown":%q,"clerical":{"ballot_id":%d,"reason":"Article III moved."}}`, head.ID, text, adopted.Ballot.ID)
		}
		if status, out := s.apiCall("POST", "/api/v1/documents/rules/versions", s.token(member.RoleMember), body(fixed)); status != http.StatusForbidden {
			t.Errorf("a member publishing a clerical change: %d %v", status, out)
		}
		committee := s.token(member.RoleCommittee)
		status, out := s.apiCall("POST", "/api/v1/documents/rules/versions", committee, body(strings.Replace(fixed, "Fifty", "Forty", 1)))
		if status != http.StatusBadRequest || errorCode(t, out) != "invalid" || !strings.Contains(fmt.Sprint(out), "“Fifty” became “Forty”") {
			t.Errorf("a word changed: %d %v", status, out)
		}
		status, out = s.apiCall("POST", "/api/v1/documents/rules/versions", committee, body(fixed))
		if status != http.StatusCreated || out["origin"] != "clerical" || out["kind"] != "adopted" || out["authorised_by_ballot_id"] != float64(adopted.Ballot.ID) || out["reason"] != "Article III moved." {
			t.Fatalf("the clerical change: %d %v", status, out)
		}
		status, prov := s.apiCall("GET", fmt.Sprintf("/api/v1/documents/rules/versions/%v/provenance", out["id"]), committee, "")
		if status != http.StatusOK {
			t.Fatalf("provenance: %d %v", status, prov)
		}
		var first map[string]any
		for _, sec := range prov["sections"].([]any) {
			if sec := sec.(map[string]any); sec["number"] == "Article I, Section 1(a)" {
				first = sec
			}
		}
		cl, _ := first["clerical"].(map[string]any)
		if first["amendment_id"] != float64(adopted.Amendment.ID) || first["ballot_id"] != float64(adopted.Ballot.ID) || cl["authorised_by_ballot_id"] != float64(adopted.Ballot.ID) {
			t.Errorf("the clause's provenance: %v", first)
		}
	})
}

// mustHead is the id of a document's current version.
func mustHead(t *testing.T, db *store.DB, documentID int64) int64 {
	t.Helper()
	head, err := db.HeadVersion(context.Background(), documentID)
	if err != nil {
		t.Fatal(err)
	}
	return head.ID
}
