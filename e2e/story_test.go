package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
)

const constitution = `---
title: Constitution of Local 1
---
# Name and Purpose

## Name

1. The name of this union is Local 1.

## Purpose

1. The union exists to win better wages and conditions for its members.

# Meetings

## General Meetings

1. General meetings are held every three months.

## Notice

1. Notice of a general meeting is posted thirty days before it.
`

const roster = "name,email,member id,standing\n" +
	"Maya Member,maya@local1.example,M-1,good\n" +
	"Noor Member,noor@local1.example,M-2,good\n" +
	"Sam Member,sam@local1.example,M-3,good\n"

// TestStory is the whole story, each person in their own browser: the
// members on phones, with JavaScript and then without it.
func TestStory(t *testing.T) {
	for _, js := range []bool{true, false} {
		t.Run(map[bool]string{true: "javascript", false: "no-javascript"}[js], func(t *testing.T) {
			story(t, js)
		})
	}
}

func story(t *testing.T, memberJS bool) {
	s := newSite(t)
	s.account("ada@local1.example", "Ada Admin", member.RoleAdmin)
	s.account("colm@local1.example", "Colm Committee", member.RoleCommittee)
	s.account("olu@local1.example", "Olu Officer", member.RoleOfficer)
	tellerAccounts := []member.User{
		s.account("tomas@local1.example", "Tomás Teller", member.RoleTeller),
		s.account("thandi@local1.example", "Thandi Teller", member.RoleTeller),
	}

	// 1. The admin imports the constitution and the roster.
	admin := s.user(t, "admin", desktop, true)
	admin.login("ada@local1.example", password)
	admin.open("/import")
	admin.fill(map[string]string{"#slug": "constitution", "#title": "Constitution of Local 1", "#markdown": constitution})
	admin.run("choose numbering", chromedp.SetValue("#numbering", string(document.SchemeArticle), chromedp.ByQuery))
	admin.click(`form[action="/import"] button[type="submit"]`, 200)
	admin.expectText("main", "General meetings are held every three months.")
	rosterFile := filepath.Join(t.TempDir(), "roster.csv")
	if err := os.WriteFile(rosterFile, []byte(roster), 0o644); err != nil {
		t.Fatal(err)
	}
	admin.open("/admin/members")
	admin.run("choose the roster", chromedp.SetUploadFiles("#roster", []string{rosterFile}, chromedp.ByQuery))
	admin.click(`form[action="/admin/roster"] button[type="submit"]`, 200)
	links := map[string]string{}
	for _, email := range []string{"maya@local1.example", "noor@local1.example", "sam@local1.example"} {
		links[email] = admin.invitation(email)
	}

	// Each member accepts the invitation in a phone's browser.
	members := map[string]*user{}
	for _, name := range []string{"maya", "noor", "sam"} {
		m := s.user(t, name, phone, memberJS)
		m.open(strings.TrimPrefix(links[name+"@local1.example"], s.url))
		m.fill(map[string]string{"#password": password, "#confirm": password})
		m.click(`main form button[type="submit"]`, 200)
		members[name] = m
	}
	maya, noor, sam := members["maya"], members["noor"], members["sam"]
	general := s.key("Article II, Section 1(a)")
	notice := s.key("Article II, Section 2(a)")

	// 2. Maya comments on a passage and proposes an amendment.
	if memberJS {
		maya.open("/documents/constitution")
		maya.selectText(general, "every three months")
		maya.click("a.quote-link", 200)
	} else {
		maya.open("/documents/constitution")
		if maya.count("a.quote-link") != 0 {
			t.Fatal("charter.js ran in a browser with JavaScript disabled")
		}
		maya.open("/documents/constitution/sections/" + general)
		maya.fill(map[string]string{"#quote": "every three months"})
	}
	maya.fill(map[string]string{"#body": "Three months is too long between meetings."})
	maya.run("choose oppose", chromedp.Click(`input[name="stance"][value="oppose"]`, chromedp.ByQuery))
	maya.submitComment()
	maya.expectText("#comments", "Three months is too long between meetings.")
	maya.expectText("#comments", "every three months")

	first := maya.propose(general, "three months", "two months", "Meet every two months", "Members asked for more meetings.")
	// 3. Noor co-sponsors it and proposes a secondary amendment to it.
	noor.open(first)
	noor.click(`form[action$="/cosponsors"] button`, 200)
	noor.expectText(".meta .status", "seconded")
	noor.click(`a[href*="amendments/new?parent="]`, 200)
	noor.replaceInClause("two months", "six weeks")
	noor.fill(map[string]string{"#title": "Six weeks, not two months", "#rationale": "Shifts rotate every six weeks."})
	noor.click(`button[name="action"][value="submit"]`, 200)
	noor.expectText("main", "Six weeks, not two months")
	// Sam proposes an amendment elsewhere, which the merge will rebase.
	third := sam.propose(notice, "thirty days", "twenty-one days", "Three weeks' notice", "Thirty days is more than the law asks.")

	// 4. The committee answers the comment, merges the first amendment and
	// sees the third one rebased onto the new draft.
	committee := s.user(t, "committee", desktop, true)
	committee.login("colm@local1.example", password)
	committee.open("/documents/constitution/sections/" + general)
	committee.run("answer", chromedp.SetValue(`select[name="disposition"]`, "incorporated", chromedp.ByQuery))
	id := strings.TrimPrefix(first, "/amendments/")
	committee.fill(map[string]string{`form[action$="/disposition"] input[name="reason"]`: "Taken up in amendment #" + id + ".",
		`form[action$="/disposition"] input[name="amendment_id"]`: id})
	committee.click(`form[action$="/disposition"] button`, 200)
	committee.expectText("#comments", "Taken up in amendment #"+id+".")
	committee.open("/documents/constitution/merge")
	committee.run("choose the amendment", chromedp.Click(`input[name="amendment"][value="`+id+`"]`, chromedp.ByQuery))
	committee.click(`button[name="action"][value="publish"]`, 200)
	committee.open(third)
	committee.expectText("main", "twenty-one days")
	draft := s.headVersion()
	if draft.Number != 2 {
		t.Fatalf("after the merge the head is version %d", draft.Number)
	}
	if a := s.amendment(third); a.BaseVersionID != draft.ID {
		t.Errorf("amendment %s was not rebased onto version 2 (base %d)", third, a.BaseVersionID)
	}

	// 5. Two tellers make their keys on their phones; the officer gives
	// notice of a ballot on the draft, sealed to a key they hold, and opens
	// it.
	var tellers []*user
	var tellerKeys []string
	for i, a := range tellerAccounts {
		tu := s.user(t, "teller"+strconv.Itoa(i), phone, memberJS)
		tu.login(a.Email, password)
		tu.open("/teller-key")
		tu.click(`form[action="/teller-key"] button[type="submit"]`, 201)
		tellers, tellerKeys = append(tellers, tu), append(tellerKeys, tu.text(".teller-key code"))
		tu.checkFits()
	}
	officer := s.user(t, "officer", desktop, true)
	officer.login("olu@local1.example", password)
	officer.open("/ballots/new")
	now := time.Now().UTC()
	officer.fill(map[string]string{
		"#title":       "Adopt draft 2",
		"#opens_at":    now.Add(10 * time.Minute).Format("2006-01-02T15:04"),
		"#closes_at":   now.Add(48 * time.Hour).Format("2006-01-02T15:04"),
		"#min_ballots": "3",
		"#q1_version":  fmt.Sprint(draft.ID),
	})
	officer.run("choose the question", chromedp.SetValue("#document", "constitution", chromedp.ByQuery), chromedp.SetValue("#q1_kind", "version", chromedp.ByQuery))
	for _, a := range tellerAccounts {
		officer.run("name a teller", chromedp.Click(`input[name="teller"][value="`+strconv.FormatInt(a.ID, 10)+`"]`, chromedp.ByQuery))
	}
	officer.click(`form[action="/ballots"] button[type="submit"]`, 200)
	officer.expectText("main", "Adopt draft 2")
	var ballotURL string
	officer.run("where", chromedp.Location(&ballotURL))
	ballotPath := strings.TrimPrefix(ballotURL, s.url)
	s.advance(20 * time.Minute)
	officer.open(ballotPath)
	officer.click(`form[action$="/open"] button`, 200)

	// 6. Three members vote on their phones.
	trackers := map[string]string{}
	for i, m := range []*user{maya, noor, sam} {
		m.open("/")
		m.click(`a[href="`+ballotPath+`"]`, 200)
		choice := []string{"y", "y", "n"}[i]
		m.run("choose", chromedp.Click(`input[name="choice-0"][value="`+choice+`"]`, chromedp.ByQuery))
		m.click(`form.ballot-paper button[type="submit"]`, 201)
		trackers[m.name] = m.text(".tracker strong")
		m.checkFits()
	}
	officer.open(ballotPath)
	officer.expectText("main", "3 ballots returned")

	// 7. The officer closes the ballot; the papers stay sealed until the
	// two tellers give their keys on their phones; then results and
	// trackers appear, and the adopted text shows the new wording with its
	// provenance.
	s.advance(49 * time.Hour)
	officer.open(ballotPath)
	officer.click(`form[action$="/close"] button`, 200)
	officer.expectText("main", "sealed until enough tellers")
	for i, tu := range tellers {
		tu.open("/")
		tu.click(`a[href="`+ballotPath+`"]`, 200)
		tu.fill(map[string]string{"#teller_key": tellerKeys[i]})
		tu.click(`form.give-share button[type="submit"]`, 200)
		tu.checkFits()
	}
	officer.open(ballotPath)
	officer.expectText(".result", "2 yes of 3 votes cast = 66.7 %")
	for _, tracker := range trackers {
		officer.expectText("main", tracker)
	}
	officer.click(`form[action$="/certify"] button`, 200)
	maya.open("/documents/constitution")
	maya.expectText("main", "General meetings are held every two months.")
	maya.open("/documents/constitution/sections/" + general + "/history")
	maya.expectText(".provenance", "amendment #1")
	maya.expectText(".provenance", "adopted by ballot #1")
	maya.checkFits()
	if memberJS {
		versions, err := s.db.Versions(context.Background(), draft.DocumentID)
		if err != nil || len(versions) < 2 {
			t.Fatalf("versions: %v %v", versions, err)
		}
		tour([]stop{
			{"home", maya, "/"},
			{"document", maya, "/documents/constitution"},
			{"section", maya, "/documents/constitution/sections/" + general},
			{"amendment", maya, third},
			{"amend-in-words", maya, "/documents/constitution/amendments/new?section=" + general},
			{"search", maya, "/search?q=meetings"},
			{"compare", maya, fmt.Sprintf("/documents/constitution/compare?from=%d&to=%d", versions[0].ID, versions[1].ID)},
			{"comment-queue", committee, "/documents/constitution/comments"},
			{"merge", committee, "/documents/constitution/merge"},
			{"ballot-results", maya, ballotPath},
			{"members", admin, "/admin/members"},
			{"outbox", admin, "/admin/outbox"},
			{"notice-report", officer, ballotPath + "/notice-report"},
			{"account", maya, "/account"},
			{"audit", officer, "/audit"},
			{"teller-key", tellers[0], "/teller-key"},
		})
		checkPrint(t, committee, third)
	}
	// Nothing the story did, merges and a ballot included, is a problem
	// to charter check: every merged or adopted amendment stands.
	if in, err := s.db.CheckIntegrity(context.Background()); err != nil || len(in.Problems) > 0 || in.Followed == 0 {
		t.Errorf("charter check after the story: %v %q, %d amendments followed", err, in.Problems, in.Followed)
	}
	for _, u := range append([]*user{admin, maya, noor, sam, committee, officer}, tellers...) {
		if u.dialog.Load() {
			t.Errorf("a JavaScript dialog opened in %s's browser", u.name)
		}
	}
}

func (u *user) login(email, pass string) {
	u.t.Helper()
	u.open("/login")
	u.fill(map[string]string{"#email": email, "#password": pass})
	u.click(`form[action="/login"] button[type="submit"]`, 200)
}

// invitation reads a member's invitation link from the roster's result.
func (u *user) invitation(email string) string {
	u.t.Helper()
	var link string
	u.run("invitation of "+email, chromedp.Text(fmt.Sprintf(`//tr[td[2][normalize-space()=%q]]/td[3]//code`, email), &link, chromedp.BySearch))
	return strings.TrimSpace(link)
}

// selectText selects words inside a section, as a reader does with a
// finger or a mouse.
func (u *user) selectText(sectionID, words string) {
	u.t.Helper()
	js := fmt.Sprintf(`(function(){
		var el = document.getElementById(%q);
		var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		var n;
		while ((n = walker.nextNode())) {
			var i = n.data.indexOf(%q);
			if (i >= 0) {
				var r = document.createRange();
				r.setStart(n, i); r.setEnd(n, i + %d);
				var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
				return true;
			}
		}
		return false;
	})()`, sectionID, words, len(words))
	var found bool
	u.run("select "+words, chromedp.Evaluate(js, &found), chromedp.WaitVisible("a.quote-link", chromedp.ByQuery))
	if !found {
		u.failed("select "+words, fmt.Errorf("not in section %s", sectionID))
	}
}

// submitComment posts the comment form: with JavaScript the comment is
// added in place and the page stays, so the test waits for it to appear;
// without, the form posts and the redirect lands on the section page.
func (u *user) submitComment() {
	u.t.Helper()
	if !u.js {
		u.click(`#comment-form button[type="submit"]`, 200)
		return
	}
	var before int
	u.run("count comments", chromedp.Evaluate(`document.querySelectorAll("#comments .comment").length`, &before))
	u.run("post in place", chromedp.Click(`#comment-form button[type="submit"]`, chromedp.ByQuery, chromedp.NodeVisible),
		chromedp.Poll(fmt.Sprintf(`document.querySelectorAll("#comments .comment").length > %d`, before), nil, chromedp.WithPollingTimeout(10*time.Second)))
}

// propose writes an amendment to one clause and submits it; it returns the
// amendment's page.
func (u *user) propose(key, old, new, title, rationale string) string {
	u.t.Helper()
	// As a member would: from the clause's page, in plain words.
	u.open("/documents/constitution/sections/" + key)
	u.click(`a[href*="amendments/new"][href*="section=`+key+`"]`, 200)
	u.replaceInClause(old, new)
	u.fill(map[string]string{"#title": title, "#rationale": rationale})
	u.click(`button[name="action"][value="submit"]`, 200)
	u.expectText("main", title)
	var where string
	u.run("where", chromedp.Location(&where))
	return strings.TrimPrefix(where, u.s.url)
}

// replaceIn edits a text field's words.
func (u *user) replaceIn(selector, old, new string) {
	u.t.Helper()
	var value string
	u.run("read "+selector, chromedp.Value(selector, &value, chromedp.ByQuery))
	if !strings.Contains(value, old) {
		u.failed("edit "+selector, fmt.Errorf("%q not in %q", old, value))
	}
	u.fill(map[string]string{selector: strings.Replace(value, old, new, 1)})
}

// replaceInClause edits the words of the clause holding old in the
// amendment form in plain words.
func (u *user) replaceInClause(old, new string) {
	u.t.Helper()
	var id string
	u.run("find the clause", chromedp.Evaluate(fmt.Sprintf(`([...document.querySelectorAll("ol.clauses textarea")].find(t => t.value.includes(%q)) || {}).id || ""`, old), &id))
	if id == "" {
		u.failed("find the clause", fmt.Errorf("no clause holds %q", old))
	}
	u.replaceIn("#"+id, old, new)
}

// checkFits fails when the page is wider than the viewport: on a phone
// nothing may scroll sideways.
func (u *user) checkFits() {
	u.t.Helper()
	var widths []int
	u.run("measure", chromedp.Evaluate(`[document.documentElement.scrollWidth, window.innerWidth]`, &widths))
	if len(widths) == 2 && widths[0] > widths[1] {
		u.failed("fit", fmt.Errorf("the page is %d px wide in a %d px viewport", widths[0], widths[1]))
	}
}

func (s *site) key(number string) string {
	s.t.Helper()
	ctx := context.Background()
	v := s.headVersion()
	nodes, err := s.db.Outline(ctx, v.ID)
	if err != nil {
		s.t.Fatal(err)
	}
	for _, n := range nodes {
		if n.Number == number {
			return n.Key
		}
	}
	s.t.Fatalf("no %s in version %d", number, v.Number)
	return ""
}

func (s *site) amendment(path string) amendment.Amendment {
	s.t.Helper()
	id, err := strconv.ParseInt(strings.TrimPrefix(path, "/amendments/"), 10, 64)
	if err != nil {
		s.t.Fatal(err)
	}
	a, err := s.db.Amendment(context.Background(), id)
	if err != nil {
		s.t.Fatal(err)
	}
	return a
}

func (s *site) headVersion() document.Version {
	s.t.Helper()
	ctx := context.Background()
	doc, err := s.db.Document(ctx, "constitution")
	if err != nil {
		s.t.Fatal(err)
	}
	v, err := s.db.HeadVersion(ctx, doc.ID)
	if err != nil {
		s.t.Fatal(err)
	}
	return v
}

// checkPrint prints the constitution and an amendment's redline on A4 and
// Letter, as a steward would for the break-room wall.
func checkPrint(t *testing.T, u *user, amendmentPath string) {
	doc, pages := u.printPage("/documents/constitution")
	if doc.Header != "none" || doc.Forms != 0 {
		t.Errorf("printed document shows the site's header (%q) or %d forms", doc.Header, doc.Forms)
	}
	if len(doc.Breaks) != 2 || doc.Breaks[0] == "page" || doc.Breaks[1] != "page" {
		t.Errorf("page breaks before the articles: %q, want the second on a new page", doc.Breaks)
	}
	for paper, n := range pages {
		if n < 2 {
			t.Errorf("the two-article constitution printed on %d %s pages", n, paper)
		}
	}
	redline, pages := u.printPage(amendmentPath)
	if redline.Del != "rgb(0, 0, 0) line-through" || redline.Ins != "rgb(0, 0, 0) underline double" {
		t.Errorf("printed redline: del %q, ins %q: struck and inserted words must differ in black and white", redline.Del, redline.Ins)
	}
	if redline.TableHead != "table-header-group" {
		t.Errorf("printed motion table head: %q", redline.TableHead)
	}
	for paper, n := range pages {
		if n < 1 {
			t.Errorf("the amendment printed on %d %s pages", n, paper)
		}
	}
}
