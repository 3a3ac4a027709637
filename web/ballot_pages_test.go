package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestBallotPages walks a ballot through its pages: two tellers make their
// keys, the officer gives notice and opens it, three members vote and get
// trackers, the officer closes it, the tellers give their keys to count
// it, the officer certifies the result, and the adopted text names the
// vote.
func TestBallotPages(t *testing.T) {
	db := storetest.SQLite(t)
	clock := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	db.UseClock(func() time.Time { return clock })
	s := newSite(t, db)
	ctx := context.Background()
	for _, email := range []string{"m1@example.org", "m2@example.org"} {
		if _, err := db.CreateUser(ctx, 0, store.NewUser{Email: email, Name: email, Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true}); err != nil {
			t.Fatal(err)
		}
	}
	second, err := db.CreateUser(ctx, 0, store.NewUser{Email: "t2@example.org", Name: "Second teller", Roles: []member.Role{member.RoleTeller}, Password: password, GoodStanding: true})
	if err != nil {
		t.Fatal(err)
	}
	tellers := []*browser{s.loggedIn(member.RoleTeller), s.loggedInAs("t2@example.org")}
	var tellerKeys []string
	for i, tb := range tellers {
		res := tb.submit("/teller-key", "/teller-key", url.Values{})
		key := res.find(".teller-key code").Text()
		if res.StatusCode != http.StatusCreated || len(key) != 64 || res.Header.Get("Cache-Control") != "no-store" ||
			!strings.HasPrefix(res.find(`a[download]`).AttrOr("href", ""), "data:text/plain") {
			t.Fatalf("teller %d makes a key: %d %q", i, res.StatusCode, key)
		}
		tellerKeys = append(tellerKeys, key)
		if strings.Contains(tb.get("/teller-key").Body, key) {
			t.Error("the teller key page shows the key again")
		}
	}
	if got := s.loggedIn(member.RoleMember).get("/teller-key").StatusCode; got != http.StatusForbidden {
		t.Errorf("a member on the teller key page: %d", got)
	}
	head, _ := s.current()
	_ = db.SetCosponsorsNeeded(ctx, 0, "constitution", 0)
	a, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Town", Rationale: "Closer to **home**. <script>alert(1)</script>",
		Proposed: []byte(strings.Replace(constitution, "in the city", "in the town", 1)), Submit: true})
	if err != nil {
		t.Fatal(err)
	}

	officer := s.loggedIn(member.RoleOfficer)
	if got := s.loggedIn(member.RoleMember).get("/ballots/new").StatusCode; got != http.StatusForbidden {
		t.Errorf("a member on the notice form: %d", got)
	}
	stamp := func(t time.Time) string { return t.Format("2006-01-02T15:04") }
	form := url.Values{"title": {"Spring referendum"}, "document": {"constitution"}, "min_ballots": {"3"},
		"opens_at": {stamp(clock.Add(time.Hour))}, "closes_at": {stamp(clock.Add(2 * time.Hour))},
		"teller": {strconv.FormatInt(s.users[member.RoleTeller].ID, 10), strconv.FormatInt(second.ID, 10)}, "shares_needed": {"2"},
		"q1_kind": {"amendment"}, "q1_amendment": {strconv.FormatInt(a.ID, 10)},
		"q1_threshold": {"majority"}, "q1_base": {"cast"}, "q1_quorum": {"none"}, "q1_notice_days": {"30"},
		"q2_kind": {"referendum"}, "q2_question": {"Should the union hold officer elections every year?"},
		"q2_threshold": {"2/3"}, "q2_base": {"cast"}, "q2_quorum": {"50%"}, "q2_notice_days": {"0"}}
	res := officer.submit("/ballots/new", "/ballots", form)
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "30 days") {
		t.Fatalf("notice shorter than the rule: %d %q", res.StatusCode, res.find(".error").Text())
	}
	// The form comes back as the officer wrote it.
	if res.find("#title").AttrOr("value", "") != "Spring referendum" || res.find(`#document option[selected]`).AttrOr("value", "") != "constitution" ||
		res.find(`#q1_kind option[selected]`).AttrOr("value", "") != "amendment" || res.find("#q2_question").Text() != form.Get("q2_question") ||
		res.find("#q2_quorum").AttrOr("value", "") != "50%" || res.find(`input[name="teller"][checked]`).Length() != 2 {
		t.Error("the notice form lost what the officer wrote")
	}
	form.Set("q1_notice_days", "0")
	res = officer.submit("/ballots/new", "/ballots", form)
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "departs from the document's rule (a threshold of more than half instead of at least two-thirds)") {
		t.Fatalf("a departure from the document's rule without a reason: %d %q", res.StatusCode, res.find(".error").Text())
	}
	reason := "The members asked for a simple majority at the general meeting of 2 November."
	form.Set("q1_departure", reason)
	res = officer.submit("/ballots/new", "/ballots", form)
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("notice: %d %s", res.StatusCode, res.find(".error").Text())
	}
	path := res.Header.Get("Location")

	voters := []*browser{s.loggedIn(member.RoleMember), s.loggedInAs("m1@example.org"), s.loggedInAs("m2@example.org")}
	if got := voters[0].get("/").find(".open-ballots a").AttrOr("href", ""); got != path {
		t.Errorf("the home page links the noticed ballot: %q, want %q", got, path)
	}
	page := voters[0].get(path)
	if page.find(".rationale strong").Text() != "home" || page.find(".rationale script").Length() != 0 {
		t.Errorf("the rationale as noticed: %q", page.find(".rationale").Text())
	}
	if got := page.find("section.question .departure").First().Text(); !strings.Contains(got, "departs from the rule of Constitution") ||
		!strings.Contains(got, "a threshold of more than half instead of at least two-thirds") || !strings.Contains(got, reason) || page.find(".departure").Length() != 1 {
		t.Errorf("the departure as voters read it: %q", got)
	}
	fingerprints := page.find("ul.tellers code")
	for i, tb := range tellers {
		own, found := tb.get("/teller-key").find("main").Text(), false
		fingerprints.Each(func(_ int, fp *goquery.Selection) {
			found = found || len(fp.Text()) == 19 && strings.Contains(own, fp.Text())
		})
		if !found || fingerprints.Length() != 2 {
			t.Errorf("the ballot names the keys %q; teller %d's page says %q", fingerprints.Text(), i, own)
		}
	}
	// A short heading, the question's words, and on the paper the choices
	// before the rest of what was noticed (the motions, the rationale).
	if got := page.find("section.question h2").Last().Text(); got != "Question 2" {
		t.Errorf("question heading: %q", got)
	}
	if got := page.find("section.question .question-words").Last().Text(); got != "Should the union hold officer elections every year?" {
		t.Errorf("question's words: %q", got)
	}
	if page.find("form.ballot-paper").Length() != 0 || page.find(".hash code").Length() != 2 || !strings.Contains(page.find(".redline").Text(), "town") {
		t.Errorf("a noticed ballot: form %d, hashes %d", page.find("form.ballot-paper").Length(), page.find(".hash code").Length())
	}
	clock = clock.Add(time.Hour)
	if res := officer.submit(path, path+"/open", url.Values{}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("open: %d", res.StatusCode)
	}
	var trackers []string
	for i, v := range voters {
		page := v.get(path)
		// The form sends each choice as a letter: a request's size, which
		// TLS does not hide, must not tell the choice.
		sizes := map[int]bool{}
		page.find(`form.ballot-paper input[type="radio"]`).Each(func(_ int, in *goquery.Selection) { sizes[len(in.AttrOr("value", ""))] = true })
		if len(sizes) != 1 {
			t.Errorf("the choices' values differ in length: %v", sizes)
		}
		vote := url.Values{"choice-0": {"y"}, "choice-1": {[]string{"y", "y", "n"}[i]}}
		page.find(`form.ballot-paper input[type="hidden"][name^="sha256-"]`).Each(func(_ int, in *goquery.Selection) {
			vote.Set(in.AttrOr("name", ""), in.AttrOr("value", ""))
		})
		if i == 0 {
			at := map[string]int{}
			page.find("section.question").First().Children().Each(func(i int, el *goquery.Selection) {
				for _, sel := range []string{"fieldset", "ul.motions"} {
					if el.Is(sel) {
						at[sel] = i + 1
					}
				}
			})
			if at["fieldset"] == 0 || at["fieldset"] > at["ul.motions"] {
				t.Errorf("the choices come at %d, the motions at %d", at["fieldset"], at["ul.motions"])
			}
		}
		res := v.submit(path, path+"/votes", vote)
		tracker := res.find(".tracker strong").Text()
		if res.StatusCode != http.StatusCreated || len(tracker) != 15 || res.Header.Get("Cache-Control") != "no-store" {
			t.Fatalf("vote %d: %d %q", i, res.StatusCode, tracker)
		}
		trackers = append(trackers, tracker)
		if res := v.submit(path, path+"/votes", vote); res.StatusCode != http.StatusConflict || res.find(`main a[href="`+path+`"]`).Length() != 1 {
			t.Errorf("voting twice: %d, or no way back to the ballot", res.StatusCode)
		}
	}
	if got := officer.get(path).find(".meta").Text(); !strings.Contains(got, "3 ballots returned") {
		t.Errorf("the officer sees the turnout: %q", got)
	}
	if got := voters[0].get(path); strings.Contains(got.find(".meta").Text(), "ballots returned") || got.find(".result").Length() != 0 || !strings.Contains(got.Body, "You have voted") {
		t.Error("a member sees the turnout or a result while the ballot is open, or is not told they voted")
	}
	clock = clock.Add(time.Hour)
	if res := officer.submit(path, path+"/close", url.Values{}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("close: %d", res.StatusCode)
	}
	page = voters[1].get(path)
	if page.find(".result").Length() != 0 || !strings.Contains(page.Body, "sealed until enough tellers") || page.find("form.give-share").Length() != 0 {
		t.Errorf("before the count: %d results shown, or a member is offered to count", page.find(".result").Length())
	}
	if res := tellers[0].submit(path, path+"/shares", url.Values{"teller_key": {tellerKeys[1]}}); res.StatusCode != http.StatusBadRequest {
		t.Errorf("a teller giving another's key: %d", res.StatusCode)
	}
	for i, tb := range tellers {
		page := tb.get(path)
		if page.find("form.give-share").Length() != 1 {
			t.Fatalf("teller %d is not offered to give their key", i)
		}
		if res := tb.submit(path, path+"/shares", url.Values{"teller_key": {strings.ToLower(tellerKeys[i])}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("teller %d gives their key: %d %s", i, res.StatusCode, res.find("main").Text())
		}
	}
	page = voters[1].get(path)
	if got := page.find(".result").Text(); !strings.Contains(got, "3 yes of 3 votes cast = 100.0 %, more than half required: adopted") ||
		!strings.Contains(got, "2 yes of 3 votes cast = 66.7 %, at least two-thirds required: adopted") {
		t.Errorf("results: %q", got)
	}
	for _, tr := range trackers {
		if !strings.Contains(page.find("table.papers").Text(), tr) {
			t.Errorf("tracker %s is not published", tr)
		}
	}
	if res := officer.submit(path, path+"/certify", url.Values{"effective": {"2027-01-01"}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("certify: %d", res.StatusCode)
	}
	if got := officer.get(path).find(".meta").First().Text(); !strings.Contains(got, "3 ballots returned") || strings.Contains(got, "so far") {
		t.Errorf("a certified ballot's turnout: %q", got)
	}
	adopted, _ := db.HeadVersion(ctx, head.DocumentID)
	if adopted.BallotID == 0 || !strings.Contains(adopted.Markdown, "in the town") || adopted.Effective != "2027-01-01" {
		t.Errorf("adopted text: ballot %d, effective %q", adopted.BallotID, adopted.Effective)
	}
	// The date it takes effect, given at certification, is on the ballot,
	// the document, its history and in the API.
	reader := voters[2]
	if got := reader.get(path).find(".meta .effective").Text(); got != "in force from 2027-01-01" {
		t.Errorf("the ballot's effective date: %q", got)
	}
	docHead := reader.get("/documents/constitution").find(".doc-head .meta")
	if got := docHead.Find(".effective").Text(); got != "in force from 2027-01-01" || docHead.Find(`a[href="`+path+`"]`).Length() != 1 {
		t.Errorf("the document's head: %q", docHead.Text())
	}
	history := reader.get("/documents/constitution/versions").find("table.versions tbody tr").First()
	if got := history.Find(".effective").Text(); got != "in force from 2027-01-01" || history.Find(`a[href="`+path+`"]`).Length() != 1 {
		t.Errorf("the history's newest version: %q", history.Text())
	}
	if body := reader.get("/api/v1" + path).Body; !strings.Contains(body, `"effective":"2027-01-01"`) || !strings.Contains(body, `"certified_at":`) {
		t.Errorf("the ballot in the API: %s", body)
	}
	if body := reader.get("/api/v1/documents/constitution").Body; !strings.Contains(body, `"effective":"2027-01-01"`) {
		t.Errorf("the document in the API: %s", body)
	}
}

// TestNoticeFormChooses: the notice form offers, from lists, only the
// amendments and versions that can be noticed and says its rules before it
// is sent; an amendment posted anyway is refused with the reason. The roll
// is changed by finding the member by name.
func TestNoticeFormChooses(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		head, _ := s.current()
		if err := db.SetCosponsorsNeeded(ctx, 0, "constitution", 0); err != nil {
			t.Fatal(err)
		}
		sponsor := s.users[member.RoleMember]
		propose := func(title, town string) int64 {
			a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: title,
				Proposed: []byte(strings.Replace(constitution, "in the city", "in "+town, 1)), Submit: true})
			if err != nil {
				t.Fatal(err)
			}
			return a.ID
		}
		seconded, withdrawn := propose("Seconded <i>one</i>", "the town"), propose("Withdrawn one", "the village")
		if _, err := db.SetAmendmentStatus(ctx, sponsor, withdrawn, amendment.StatusWithdrawn, ""); err != nil {
			t.Fatal(err)
		}
		draft, err := db.PublishVersion(ctx, 0, store.NewVersion{Slug: "constitution", Base: head.ID, Markdown: []byte(strings.Replace(constitution, "Local 1.", "Local One.", 1)), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		officer := s.loggedIn(member.RoleOfficer)
		form := officer.get("/ballots/new")
		offered := func(sel string) []string {
			var values []string
			form.find(sel + " option").Each(func(_ int, o *goquery.Selection) {
				if v := o.AttrOr("value", ""); v != "" {
					values = append(values, v+" "+o.Text())
				}
			})
			return values
		}
		if got := offered("#q1_amendment"); len(got) != 1 || got[0] != fmt.Sprintf("%d #%d Seconded <i>one</i>", seconded, seconded) {
			t.Errorf("amendments offered: %q", got)
		}
		if got := offered("#q1_version"); len(got) != 1 || !strings.HasPrefix(got[0], fmt.Sprintf("%d Version 2 (draft)", draft.ID)) {
			t.Errorf("versions offered: %q", got)
		}
		if form.find("#q1_amendment optgroup").AttrOr("label", "") != "Constitution" || form.find(`input[inputmode="numeric"]`).Length() != 0 {
			t.Error("the amendments are not grouped by document, or an id is still typed in")
		}
		if hint := form.find("#min-ballots-hint").Text(); !strings.Contains(hint, "At least 3") || form.find("#min_ballots").AttrOr("aria-describedby", "") != "min-ballots-hint" {
			t.Errorf("the minimum of ballots explained: %q", hint)
		}
		if !strings.Contains(form.find("#q1_amendment-hint").Text(), "a merged amendment is put to the vote as the version") {
			t.Errorf("which amendments may be noticed: %q", form.find("#q1_amendment-hint").Text())
		}

		tellers := storetest.NewTellers(t, db, "Teller", 2)
		now := db.Now()
		post := url.Values{"title": {"Vote"}, "document": {"constitution"}, "min_ballots": {"3"},
			"opens_at": {now.Add(time.Hour).UTC().Format("2006-01-02T15:04")}, "closes_at": {now.Add(2 * time.Hour).UTC().Format("2006-01-02T15:04")},
			"teller": {strconv.FormatInt(tellers[0].ID, 10), strconv.FormatInt(tellers[1].ID, 10)}, "shares_needed": {"2"},
			"q1_kind": {"amendment"}, "q1_amendment": {strconv.FormatInt(withdrawn, 10)}, "q1_threshold": {"2/3"}, "q1_base": {"cast"}, "q1_quorum": {"none"}, "q1_notice_days": {"0"}}
		res := officer.submit("/ballots/new", "/ballots", post)
		if msg := res.find(".error").Text(); res.StatusCode != http.StatusConflict || !strings.Contains(msg, "was withdrawn by its sponsor") {
			t.Errorf("a withdrawn amendment: %d %q", res.StatusCode, msg)
		}
		post.Set("min_ballots", "2")
		post.Set("q1_amendment", strconv.FormatInt(seconded, 10))
		if res := officer.submit("/ballots/new", "/ballots", post); res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "at least 3 ballots") {
			t.Errorf("a minimum of 2 ballots: %d %q", res.StatusCode, res.find(".error").Text())
		}
		post.Set("min_ballots", "3")
		res = officer.submit("/ballots/new", "/ballots", post)
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("notice: %d %s", res.StatusCode, res.find(".error").Text())
		}
		path := res.Header.Get("Location")

		// The roll: a member who joined after the notice, found by name.
		late, err := db.CreateUser(ctx, 0, store.NewUser{Email: "late@example.org", Name: "Latecomer Lee", MemberNumber: "M-77", Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		if officer.get(path).find(`form[action="`+path+`/roll"]`).Length() != 0 {
			t.Error("roll forms before any search")
		}
		found := officer.get(path + "?member=latecomer").find("ul.roll-found li")
		if found.Length() != 1 || !strings.Contains(found.Text(), "Latecomer Lee") || !strings.Contains(found.Text(), "not on the roll") {
			t.Fatalf("the search: %q", found.Text())
		}
		if found.Find(`input[name="member"]`).AttrOr("value", "") != strconv.FormatInt(late.ID, 10) || found.Find(`input[name="change"]`).AttrOr("value", "") != "add" {
			t.Error("the found member's form does not add them")
		}
		if res := officer.submit(path, path+"/roll", url.Values{"member": {strconv.FormatInt(late.ID, 10)}, "change": {"add"}, "reason": {"Joined on the 2nd."}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("add to the roll: %d", res.StatusCode)
		}
		if got := officer.get(path + "?member=M-77").find("ul.roll-found li"); !strings.Contains(got.Text(), "on the roll") || got.Find(`input[name="change"]`).AttrOr("value", "") != "remove" {
			t.Errorf("after adding: %q", got.Text())
		}
		if got := s.loggedIn(member.RoleMember).get(path + "?member=lee"); got.find("ul.roll-found").Length() != 0 {
			t.Error("a member sees the roll search")
		}
	})
}
