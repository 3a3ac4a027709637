package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestMeetingAPI runs a meeting through /api/v1/meetings: notice, check-in
// by members and at the door, a floor amendment beyond the notice ruled
// out of order, a vote on a show of hands, the result and the minutes.
// Bad input gets a clear 4xx and stores nothing.
func TestMeetingAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		clock := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
		db.UseClock(func() time.Time { return clock })
		s := newSite(t, db)
		if err := db.SetCosponsorsNeeded(ctx, 0, "constitution", 0); err != nil {
			t.Fatal(err)
		}
		rule, _ := ballot.ParseRule("majority", "cast", "3", 7)
		if err := db.SetVoteRule(ctx, member.User{}, "constitution", rule, "Article IX"); err != nil {
			t.Fatal(err)
		}
		var members []member.User
		var tokens []string
		for i := range 5 {
			u, err := db.CreateUser(ctx, 0, store.NewUser{Email: fmt.Sprintf("m%d@example.org", i), Name: fmt.Sprintf("Member %d", i), Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true})
			if err != nil {
				t.Fatal(err)
			}
			tok, err := db.CreateToken(ctx, 0, u.ID, "test")
			if err != nil {
				t.Fatal(err)
			}
			members, tokens = append(members, u), append(tokens, tok)
		}
		tellers := storetest.NewTellers(t, db, "Teller", 2)
		tellerToken, err := db.CreateToken(ctx, 0, tellers[0].ID, "test")
		if err != nil {
			t.Fatal(err)
		}
		head, _ := s.current()
		a, err := db.ProposeAmendment(ctx, members[0], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Capital",
			Proposed: []byte(strings.Replace(constitution, "in the city", "in the capital port city", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		officer, chair := s.token(member.RoleOfficer), tokens[4]
		notice := func(days int, mode string) string {
			return fmt.Sprintf(`{"document":"constitution","title":"Special meeting","mode":%q,"place":"Hall 2","starts_at":%q,"chair_id":%d,
				"tellers":[%d,%d],"shares_needed":2,"min_ballots":3,"items":[{"kind":"amendment","amendment_id":%d},{"kind":"question","question":"Hold a picnic?"}]}`,
				mode, clock.AddDate(0, 0, days).Format(time.RFC3339), members[4].ID, tellers[0].ID, tellers[1].ID, a.ID)
		}
		for _, c := range []struct {
			token, body string
			status      int
		}{
			{officer, notice(8, "party"), http.StatusBadRequest},
			{officer, notice(3, "hybrid"), http.StatusBadRequest}, // the rule's seven days
			{tokens[0], notice(8, "hybrid"), http.StatusForbidden},
		} {
			if status, body := s.apiCall("POST", "/api/v1/meetings", c.token, c.body); status != c.status {
				t.Errorf("notice %s: %d %v", c.body[:60], status, body)
			}
		}
		if _, body := s.apiCall("GET", "/api/v1/meetings", tokens[0], ""); len(body["meetings"].([]any)) != 0 {
			t.Fatalf("a refused notice stored a meeting: %v", body)
		}
		status, m := s.apiCall("POST", "/api/v1/meetings", officer, notice(8, "hybrid"))
		if status != http.StatusCreated || m["quorum"] != "3" || len(m["items"].([]any)) != 2 || m["status"] != "scheduled" {
			t.Fatalf("noticed: %d %v", status, m)
		}
		path := fmt.Sprintf("/api/v1/meetings/%v", m["id"])
		items := m["items"].([]any)
		primary, question := items[0].(map[string]any)["id"], items[1].(map[string]any)["id"]
		clock = clock.AddDate(0, 0, 8)

		present := func() float64 {
			_, got := s.apiCall("GET", path, tokens[0], "")
			return got["present"].(float64)
		}
		for _, tok := range tokens[:3] {
			if status, body := s.apiCall("POST", path+"/check-in", tok, ""); status != http.StatusOK || body["checked_in"] != true {
				t.Fatalf("check-in: %d %v", status, body)
			}
		}
		for _, c := range []struct {
			what, token, body string
			status            int
		}{
			{"checking in twice", tokens[0], "", http.StatusConflict},
			{"a member checking in another", tokens[0], fmt.Sprintf(`{"user_id":%d}`, members[3].ID), http.StatusForbidden},
			{"malformed JSON", tokens[3], `{"user_id":`, http.StatusBadRequest},
		} {
			if status, body := s.apiCall("POST", path+"/check-in", c.token, c.body); status != c.status || present() != 3 {
				t.Errorf("%s: %d %v, %v present", c.what, status, body, present())
			}
		}
		if status, _ := s.apiCall("POST", path+"/check-in", tellerToken, fmt.Sprintf(`{"user_id":%d}`, members[3].ID)); status != http.StatusOK || present() != 4 {
			t.Errorf("the door: %d", status)
		}
		if status, _ := s.apiCall("GET", path+"/attendance", tokens[1], ""); status != http.StatusForbidden {
			t.Errorf("a member reading who is present: %d", status)
		}
		if _, list := s.apiCall("GET", path+"/attendance", tellerToken, ""); len(list["attendance"].([]any)) != 4 {
			t.Errorf("the tellers' list: %v", list)
		}

		if status, _ := s.apiCall("POST", path+"/call-to-order", tokens[0], ""); status != http.StatusForbidden {
			t.Errorf("a member calling the meeting to order: %d", status)
		}
		s.apiCall("POST", path+"/call-to-order", chair, "")
		if status, body := s.apiCall("POST", path+"/take-up", chair, fmt.Sprintf(`{"item":%v}`, primary)); status != http.StatusOK || body["current_item"] != primary {
			t.Fatalf("taken up: %d %v", status, body)
		}
		beyond := fmt.Sprintf(`{"text":%q}`, strings.Replace(strings.Replace(constitution, "in the city", "in the capital port city", 1), "Local 1.", "Local 9.", 1))
		for _, c := range []struct {
			what, token, item, body string
			status                  int
		}{
			{"a member not present", tokens[4], fmt.Sprint(primary), beyond, http.StatusForbidden},
			{"an item not on the agenda", tokens[1], "999999", beyond, http.StatusNotFound},
			{"an item not before the meeting", tokens[1], fmt.Sprint(question), beyond, http.StatusConflict},
			{"a text that is not one", tokens[1], fmt.Sprint(primary), `{"text":42}`, http.StatusBadRequest},
		} {
			status, body := s.apiCall("POST", path+"/items/"+c.item+"/floor-amendments", c.token, c.body)
			if _, now := s.apiCall("GET", path, tokens[0], ""); status != c.status || len(now["items"].([]any)) != 2 {
				t.Errorf("a floor amendment by %s: %d %v", c.what, status, body)
			}
		}
		status, body := s.apiCall("POST", path+"/items/"+fmt.Sprint(primary)+"/floor-amendments", tokens[1], beyond)
		if status != http.StatusCreated || len(body["items"].([]any)) != 3 {
			t.Fatalf("moved: %d %v", status, body)
		}
		floor := body["items"].([]any)[2].(map[string]any)
		scope := floor["scope"].(map[string]any)
		if scope["verdict"] != "beyond" || !strings.Contains(fmt.Sprint(scope["findings"]), "The notice did not change “1”.") || floor["mover"] != "Member 1" {
			t.Errorf("the floor amendment: %v", floor)
		}
		if status, _ := s.apiCall("POST", path+"/items/"+fmt.Sprint(floor["id"])+"/ruling", chair, `{"in_order":false,"reason":""}`); status != http.StatusBadRequest {
			t.Errorf("a ruling without a reason: %d", status)
		}
		if status, _ := s.apiCall("POST", path+"/items/"+fmt.Sprint(floor["id"])+"/ruling", chair, `{"in_order":false,"reason":"The notice did not touch the name."}`); status != http.StatusOK {
			t.Errorf("ruled: %d", status)
		}

		// A show of hands on the amendment.
		if status, _ := s.apiCall("POST", path+"/votes", chair, fmt.Sprintf(`{"item":%v,"method":"acclamation"}`, primary)); status != http.StatusBadRequest {
			t.Errorf("an unknown method: %d", status)
		}
		s.apiCall("POST", path+"/votes", chair, fmt.Sprintf(`{"item":%v,"method":"hands"}`, primary))
		s.apiCall("POST", path+"/close-vote", chair, "")
		if status, _ := s.apiCall("POST", path+"/count", tellerToken, `{"yes":4,"no":1}`); status != http.StatusBadRequest {
			t.Errorf("five hands among four present: %d", status)
		}
		if status, _ := s.apiCall("POST", path+"/count", tokens[0], `{"yes":3}`); status != http.StatusForbidden {
			t.Errorf("a member entering the count: %d", status)
		}
		if status, _ := s.apiCall("POST", path+"/count", tellerToken, `{"yes":3,"no":1}`); status != http.StatusOK {
			t.Errorf("counted: %d", status)
		}
		status, body = s.apiCall("POST", path+"/declare", chair, "")
		if item := body["items"].([]any)[0].(map[string]any); status != http.StatusOK || item["adopted"] != true || item["status"] != "decided" || item["ballot_id"] == nil {
			t.Errorf("declared: %d %v", status, body)
		}
		if _, results := s.apiCall("GET", fmt.Sprintf("/api/v1/ballots/%v/results", body["items"].([]any)[0].(map[string]any)["ballot_id"]), tokens[2], ""); !strings.Contains(fmt.Sprint(results), "counted by the tellers on a show of hands: 3 yes, 1 no, 0 abstentions") {
			t.Errorf("the result's arithmetic: %v", results)
		}
		// The question by secret ballot: a member not checked in cannot
		// vote, on the phone or through the API.
		s.apiCall("POST", path+"/take-up", chair, fmt.Sprintf(`{"item":%v}`, question))
		status, body = s.apiCall("POST", path+"/votes", chair, fmt.Sprintf(`{"item":%v,"method":"secret"}`, question))
		ballotID := body["items"].([]any)[1].(map[string]any)["ballot_id"]
		if status != http.StatusOK || ballotID == nil {
			t.Fatalf("the secret vote: %d %v", status, body)
		}
		_, paper := s.apiCall("GET", fmt.Sprintf("/api/v1/ballots/%v", ballotID), tokens[4], "")
		sha := paper["questions"].([]any)[0].(map[string]any)["snapshot_sha256"]
		vote := fmt.Sprintf(`{"choices":["yes"],"snapshot_sha256":[%q]}`, sha)
		if status, body := s.apiCall("POST", fmt.Sprintf("/api/v1/ballots/%v/votes", ballotID), tokens[4], vote); status != http.StatusForbidden {
			t.Errorf("voting when not checked in: %d %v", status, body)
		}
		if status, body := s.apiCall("POST", fmt.Sprintf("/api/v1/ballots/%v/votes", ballotID), tokens[0], vote); status != http.StatusCreated && status != http.StatusOK {
			t.Errorf("voting checked in: %d %v", status, body)
		}
		s.apiCall("POST", path+"/close-vote", chair, "")
		if status, _ := s.apiCall("POST", path+"/declare", chair, ""); status != http.StatusConflict {
			t.Errorf("declaring one online paper: %d", status)
		}
		if status, _ := s.apiCall("POST", path+"/void-vote", chair, ""); status != http.StatusOK {
			t.Errorf("setting the vote aside: %d", status)
		}
		s.apiCall("POST", path+"/adjourn", chair, "")

		req, _ := http.NewRequest("GET", s.srv.URL+path+"/minutes?format=md", nil)
		req.Header.Set("Authorization", "Bearer "+tokens[2])
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		minutes, _ := io.ReadAll(res.Body)
		_ = res.Body.Close()
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Disposition") != `attachment; filename="meeting-1-minutes.md"` {
			t.Errorf("minutes: %d %q", res.StatusCode, res.Header.Get("Content-Disposition"))
		}
		for _, want := range []string{"# Minutes: Special meeting", "4 members present of", "Ruled out of order by the chair: The notice did not touch the name.", "Not decided at this meeting."} {
			if !strings.Contains(string(minutes), want) {
				t.Errorf("the minutes lack %q:\n%s", want, minutes)
			}
		}
	})
}
