package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestPetitionPages: a member starts a petition, another signs it and it
// reaches its threshold; the count is public, the names only the
// officer's and the observer's; the deadline shows in red once missed,
// on the petition and the home page.
func TestPetitionPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		clock := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
		db.UseClock(func() time.Time { return clock })
		s := newSite(t, db)
		rule, _ := petition.ParseRule("2", 10)
		if err := db.SetPetitionRule(ctx, member.User{}, "constitution", rule); err != nil {
			t.Fatal(err)
		}
		if _, err := db.CreateUser(ctx, 0, store.NewUser{Email: "zoe@example.org", Name: "Zoe Organiser", Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true}); err != nil {
			t.Fatal(err)
		}
		ana := s.loggedIn(member.RoleMember)
		zoe := s.loggedInAs("zoe@example.org")
		res := ana.submit("/petitions", "/petitions", url.Values{"document": {"constitution"}, "kind": {"referendum"}, "question": {" "}})
		if res.StatusCode != http.StatusBadRequest || res.find(".error").Length() != 1 {
			t.Fatalf("an empty question: %d %s", res.StatusCode, res.find(".error").Text())
		}
		res = ana.submit("/petitions", "/petitions", url.Values{"document": {"constitution"}, "kind": {"referendum"}, "question": {"Shall we elect our officers?"}})
		path := "/petitions/1"
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != path {
			t.Fatalf("started: %d %s", res.StatusCode, res.Header.Get("Location"))
		}
		res = ana.get(path)
		if !strings.Contains(res.find("h1").Text(), "Shall we elect our officers?") {
			t.Errorf("title %q", res.find("h1").Text())
		}
		if got := res.find(".petition-count").Text(); !strings.Contains(got, "1 of the 2") {
			t.Errorf("count %q", got)
		}
		if res.find(`form[action="/petitions/1/withdraw"]`).Length() != 1 || res.find(".petition-signers").Length() != 0 {
			t.Error("the starter: a Withdraw button, no names")
		}
		if res = zoe.submit(path, path+"/sign", url.Values{}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("signing: %d", res.StatusCode)
		}
		res = zoe.get(path)
		if res.StatusCode != http.StatusOK || res.find(".petition-clock").Length() != 1 || res.find(".deadline-missed").Length() != 0 {
			t.Fatalf("reached: %d %s", res.StatusCode, res.find(".petition-clock").Text())
		}
		if res.find(`form[action="/petitions/1/withdraw"]`).Length() != 0 {
			t.Error("a Withdraw button after the threshold")
		}
		res = zoe.post(path+"/withdraw", url.Values{"csrf_token": {zoe.csrf("/petitions")}})
		if res.StatusCode != http.StatusConflict {
			t.Errorf("withdrawing after the threshold: %d", res.StatusCode)
		}
		res = zoe.post(path+"/sign", url.Values{"csrf_token": {zoe.csrf("/petitions")}})
		if res.StatusCode != http.StatusConflict {
			t.Errorf("signing twice: %d", res.StatusCode)
		}
		for _, who := range []*browser{ana, s.loggedIn(member.RoleAdmin), s.loggedIn(member.RoleCommittee)} {
			for _, p := range []string{path, "/petitions", "/"} {
				if body := who.get(p).Body; strings.Contains(body, "Zoe Organiser") {
					t.Errorf("a signer's name on %s for a reader who may not see it", p)
				}
			}
		}
		for _, role := range []member.Role{member.RoleOfficer, member.RoleObserver} {
			if got := s.loggedIn(role).get(path).find(".petition-signers li").Length(); got != 2 {
				t.Errorf("%s sees %d names, want 2", role, got)
			}
		}
		officer := s.loggedIn(member.RoleOfficer)
		if officer.get(path).find(`form[action="/petitions/1/notice"]`).Length() != 1 {
			t.Error("no notice form for the officer")
		}
		if ana.get(path).find(`form[action="/petitions/1/notice"]`).Length() != 0 {
			t.Error("a notice form for a member")
		}
		clock = clock.AddDate(0, 0, 11)
		if ana.get(path).find(".petition-clock.deadline-missed").Length() != 1 {
			t.Error("a missed deadline not in red on the petition")
		}
		if ana.get("/").find(".deadline-missed").Length() != 1 {
			t.Error("a missed deadline not on the home page")
		}
		res = officer.submit(path, path+"/notice", url.Values{"meeting": {"Hall B"}})
		if res.StatusCode != http.StatusBadRequest {
			t.Errorf("a meeting's notice for a referendum: %d", res.StatusCode)
		}
	})
}

// TestPetitionRuleForm: the committee sets the petition rule beside the
// vote rule, and the amendments page shows it; a bad one is refused whole.
func TestPetitionRuleForm(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	committee := s.loggedIn(member.RoleCommittee)
	page := "/documents/constitution/amendments"
	if got := committee.get(page).find(`input[name="petition_threshold"]`).AttrOr("value", ""); got != "10.0 %" && got != "10%" && got != petition.DefaultRule.Threshold.String() {
		t.Errorf("default threshold %q", got)
	}
	form := url.Values{"threshold": {"majority"}, "base": {"cast"}, "quorum": {"none"}, "notice_days": {"30"}, "petition_threshold": {"abc"}, "petition_days": {"14"}}
	if res := committee.submit(page, "/documents/constitution/vote-rule", form); res.StatusCode != http.StatusBadRequest {
		t.Errorf("a bad petition threshold: %d", res.StatusCode)
	}
	form.Set("petition_threshold", "25")
	if res := committee.submit(page, "/documents/constitution/vote-rule", form); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("setting the rule: %d", res.StatusCode)
	}
	rule, err := db.PetitionRule(context.Background(), "constitution")
	if err != nil || rule.Threshold.Count != 25 || rule.DaysToAct != 14 {
		t.Errorf("rule %+v %v", rule, err)
	}
	if got := s.loggedIn(member.RoleMember).get(page).find(".petition-rule").Text(); !strings.Contains(got, "25 members") || !strings.Contains(got, "14 days") {
		t.Errorf("shown %q", got)
	}
}
