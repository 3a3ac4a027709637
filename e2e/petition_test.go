package e2e

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestPetitionForcesABallot: on their phones, members start a petition
// for a referendum and sign it until it reaches the document's threshold;
// the officers' deadline is shown; the officer gives notice from it in one
// step; a petition whose deadline passes is shown missed, in red, on its
// page and on the home page. Every page fits 360 px.
func TestPetitionForcesABallot(t *testing.T) {
	s := newSite(t)
	ctx := context.Background()
	if _, _, err := s.db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitution", Title: "Constitution of Local 1",
		Numbering: document.SchemeArticle, Markdown: []byte(constitution)}); err != nil {
		t.Fatal(err)
	}
	committee := s.account("cleo@local1.example", "Cleo Committee", member.RoleMember, member.RoleCommittee)
	rule, err := petition.ParseRule("3", 14)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.SetPetitionRule(ctx, committee, "constitution", rule); err != nil {
		t.Fatal(err)
	}
	var members []member.User
	for _, name := range []string{"Maya", "Noor", "Sam"} {
		members = append(members, s.account(strings.ToLower(name)+"@local1.example", name+" Member", member.RoleMember))
	}
	olu := s.account("olu@local1.example", "Olu Officer", member.RoleOfficer)
	storetest.NewTellers(t, s.db, "Petition teller", 2)

	maya := s.user(t, "maya", phone, true)
	maya.login(members[0].Email, password)
	maya.open("/petitions")
	maya.fill(map[string]string{"#question": "Should the union hold officer elections this year?"})
	maya.click(`form.petition-start button[type="submit"]`, 200)
	maya.expectText(".petition-count", "1 of the 3 signatures needed")
	maya.checkFits()
	var where string
	maya.run("where", chromedp.Location(&where))
	path := strings.TrimPrefix(where, s.url)

	for i, m := range members[1:] {
		u := s.user(t, strings.ToLower(m.Name), phone, i == 0)
		u.login(m.Email, password)
		u.open(path)
		u.click(`form[action$="/sign"] button[type="submit"]`, 200)
		u.checkFits()
	}
	maya.open(path)
	maya.expectText(".petition-count", "3 of the 3 signatures needed")
	maya.expectText(".petition-clock", "The officers must give notice by")
	if maya.count(`form[action$="/withdraw"]`) != 0 {
		t.Error("a signature can be withdrawn after the threshold")
	}

	officer := s.user(t, "officer", phone, true)
	officer.login(olu.Email, password)
	officer.open(path)
	now := s.db.Now()
	officer.fill(map[string]string{
		"#opens_at":    now.Add(time.Hour).Format("2006-01-02T15:04"),
		"#closes_at":   now.Add(72 * time.Hour).Format("2006-01-02T15:04"),
		"#min_ballots": "3",
	})
	officer.click(`form[action$="/notice"] button[type="submit"]`, 200)
	officer.expectText("main", "Should the union hold officer elections this year?")
	officer.checkFits()
	if n := officer.count(`a[href^="/ballots/"]`); n == 0 {
		t.Error("the petition does not lead to the ballot noticed from it")
	}

	// A second petition reaches its threshold and the officers let the
	// deadline pass.
	late, err := s.db.StartPetition(ctx, members[0], store.NewPetition{DocumentSlug: "constitution", Kind: petition.KindReferendum, Question: "Should dues be cut?"})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range members[1:] {
		if _, err := s.db.SignPetition(ctx, m, late.ID); err != nil {
			t.Fatal(err)
		}
	}
	s.advance(15 * 24 * time.Hour)
	maya.login(members[0].Email, password) // two weeks on, her session has ended
	maya.open("/petitions/" + strconv.FormatInt(late.ID, 10))
	maya.expectText(".deadline-missed", "Deadline missed")
	var colour string
	maya.run("read the colour", chromedp.Evaluate(`getComputedStyle(document.querySelector(".deadline-missed")).color`, &colour))
	if !isRed(colour) {
		t.Errorf("the missed deadline is not shown in red: %s", colour)
	}
	maya.checkFits()
	maya.open("/")
	maya.expectText(".petitions-awaiting .deadline-missed", "Deadline missed")
	maya.checkFits()
}

// isRed says whether a computed colour ("rgb(185, 28, 28)") is mostly red.
func isRed(colour string) bool {
	var r, g, b int
	if _, err := fmt.Sscanf(colour, "rgb(%d, %d, %d)", &r, &g, &b); err != nil {
		return false
	}
	return r > 120 && r > 2*g && r > 2*b
}
