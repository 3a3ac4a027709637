package web_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestPetitionAPI: create, sign, withdraw and read petitions; bad input
// gets a clear 4xx; a member's answer never names a signer.
func TestPetitionAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		rule, _ := petition.ParseRule("3", 10)
		if err := db.SetPetitionRule(ctx, member.User{}, "constitution", rule); err != nil {
			t.Fatal(err)
		}
		var zoe, lapsed member.User
		var err error
		if zoe, err = db.CreateUser(ctx, 0, store.NewUser{Email: "zoe@example.org", Name: "Zoe Organiser", Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true}); err != nil {
			t.Fatal(err)
		}
		if lapsed, err = db.CreateUser(ctx, 0, store.NewUser{Email: "lee@example.org", Name: "Lee", Roles: []member.Role{member.RoleMember}, Password: password}); err != nil {
			t.Fatal(err)
		}
		token := func(u member.User) string {
			tok, err := db.CreateToken(ctx, 0, u.ID, "test")
			if err != nil {
				t.Fatal(err)
			}
			return tok
		}
		ana, zoeToken, leeToken := s.token(member.RoleMember), token(zoe), token(lapsed)
		status, body := s.apiCall("POST", "/api/v1/petitions", ana, `{"document":"constitution","kind":"recall","question":"x"}`)
		if status != http.StatusBadRequest || errorCode(t, body) != "invalid" {
			t.Errorf("a bad kind: %d %v", status, body)
		}
		status, body = s.apiCall("POST", "/api/v1/petitions", ana, `{"document":"constitution","kind":"meeting","question":"The contract offer"}`)
		if status != http.StatusCreated || body["signatures"] != 1.0 || body["needed"] != 3.0 || body["status"] != "open" || body["signers"] != nil {
			t.Fatalf("created: %d %v", status, body)
		}
		path := fmt.Sprintf("/api/v1/petitions/%v", body["id"])
		if status, body = s.apiCall("POST", path+"/sign", leeToken, ""); status != http.StatusForbidden {
			t.Errorf("signing not in good standing: %d %v", status, body)
		}
		if status, body = s.apiCall("POST", path+"/sign", zoeToken, ""); status != http.StatusOK || body["signatures"] != 2.0 || body["signed_by_you"] != true {
			t.Errorf("signed: %d %v", status, body)
		}
		if status, body = s.apiCall("POST", path+"/sign", zoeToken, ""); status != http.StatusConflict {
			t.Errorf("signing twice: %d %v", status, body)
		}
		if status, body = s.apiCall("POST", path+"/withdraw", zoeToken, ""); status != http.StatusOK || body["signatures"] != 1.0 {
			t.Errorf("withdrawn: %d %v", status, body)
		}
		s.apiCall("POST", path+"/sign", zoeToken, "")
		if status, body = s.apiCall("POST", path+"/sign", s.token(member.RoleCommittee), ""); status != http.StatusForbidden {
			t.Errorf("a committee member who is no member signing: %d", status)
		}
		third, err := db.CreateUser(ctx, 0, store.NewUser{Email: "sam@example.org", Name: "Sam", Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		if status, body = s.apiCall("POST", path+"/sign", token(third), ""); status != http.StatusOK || body["status"] != "reached" || body["deadline"] == nil {
			t.Errorf("reached: %d %v", status, body)
		}
		if status, body = s.apiCall("POST", path+"/withdraw", zoeToken, ""); status != http.StatusConflict {
			t.Errorf("withdrawing after the threshold: %d %v", status, body)
		}
		for _, tok := range []string{ana, zoeToken, s.token(member.RoleAdmin)} {
			_, raw := s.apiCall("GET", path, tok, "")
			if raw["signers"] != nil || strings.Contains(fmt.Sprint(raw), "Zoe") || strings.Contains(fmt.Sprint(raw), "Sam") {
				t.Errorf("names in a member's answer: %v", raw)
			}
		}
		if status, body = s.apiCall("GET", path, "", ""); status != http.StatusUnauthorized || strings.Contains(fmt.Sprint(body), "Zoe") {
			t.Errorf("the public: %d %v", status, body)
		}
		_, body = s.apiCall("GET", path, s.token(member.RoleObserver), "")
		if names, _ := body["signers"].([]any); len(names) != 3 {
			t.Errorf("the observer reads %v", body["signers"])
		}
		if status, _ = s.apiCall("GET", "/api/v1/petitions/99", ana, ""); status != http.StatusNotFound {
			t.Errorf("no such petition: %d", status)
		}
	})
}
