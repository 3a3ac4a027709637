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

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

const meetingBylaws = `# Bylaws

## Dues

1. Monthly dues are $2 for every member.
1. Dues are paid to the treasurer.
`

// TestMeetingPages runs a hybrid meeting through its pages: the officer's
// notice, members checking in on their phones and at the door, the chair's
// steps, floor amendments within and beyond the notice, a secret vote on
// phones and paper counted together, a standing vote, and the projector.
func TestMeetingPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		clock := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
		db.UseClock(func() time.Time { return clock })
		s := newSite(t, db)
		if _, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "bylaws", Title: "Bylaws", Numbering: document.SchemeArticle, Markdown: []byte(meetingBylaws)}); err != nil {
			t.Fatal(err)
		}
		if err := db.SetCosponsorsNeeded(ctx, 0, "bylaws", 0); err != nil {
			t.Fatal(err)
		}
		rule, err := ballot.ParseRule("majority", "cast", "50%", 7)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetVoteRule(ctx, member.User{}, "bylaws", rule, "Article IX"); err != nil {
			t.Fatal(err)
		}
		// Seven members in good standing: the site's own and six more, the
		// last of whom chairs.
		members := []*browser{s.loggedIn(member.RoleMember)}
		ids := []int64{s.users[member.RoleMember].ID}
		for i := 1; i <= 6; i++ {
			email := fmt.Sprintf("m%d@example.org", i)
			u, err := db.CreateUser(ctx, 0, store.NewUser{Email: email, Name: fmt.Sprintf("Member %d", i), MemberNumber: fmt.Sprintf("N-%d", i),
				Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true})
			if err != nil {
				t.Fatal(err)
			}
			members, ids = append(members, s.loggedInAs(email)), append(ids, u.ID)
		}
		chair := members[6]
		second, err := db.CreateUser(ctx, 0, store.NewUser{Email: "t2@example.org", Name: "Second teller", Roles: []member.Role{member.RoleTeller}, Password: password, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, u := range []member.User{s.users[member.RoleTeller], second} {
			key, err := db.CreateTellerKey(ctx, u)
			if err != nil {
				t.Fatal(err)
			}
			keys = append(keys, key)
		}
		tellers := []*browser{s.loggedIn(member.RoleTeller), s.loggedInAs("t2@example.org")}
		doc, _ := db.Document(ctx, "bylaws")
		head, _ := db.HeadVersion(ctx, doc.ID)
		dues, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "bylaws", BaseVersionID: head.ID, Title: "Five dollars",
			Proposed: []byte(strings.Replace(meetingBylaws, "$2", "$5", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}

		// Notice: the officer's alone; a refusal gives the form back as typed.
		officer := s.loggedIn(member.RoleOfficer)
		if got := members[0].get("/meetings/new").StatusCode; got != http.StatusForbidden {
			t.Errorf("a member on the notice form: %d", got)
		}
		if members[0].get("/meetings").find(`a[href="/meetings/new"]`).Length() != 0 || officer.get("/meetings").find(`a[href="/meetings/new"]`).Length() != 1 {
			t.Error("the notice link: the officer's only")
		}
		stamp := func(t time.Time) string { return t.Format("2006-01-02T15:04") }
		starts := clock.AddDate(0, 0, 8)
		aid := strconv.FormatInt(dues.ID, 10)
		form := url.Values{"title": {"Annual <b>meeting</b>"}, "document": {"bylaws"}, "mode": {"hybrid"}, "place": {"Union hall"},
			"starts_at": {stamp(clock.AddDate(0, 0, 3))}, "chair": {strconv.FormatInt(ids[6], 10)},
			"teller": {strconv.FormatInt(s.users[member.RoleTeller].ID, 10), strconv.FormatInt(second.ID, 10)}, "shares_needed": {"2"}, "min_ballots": {"3"},
			"amendment": {aid}, "order_a" + aid: {"1"}, "question1": {"Shall the union hold a picnic?"}, "order_q1": {"2"}}
		res := officer.submit("/meetings/new", "/meetings/new", form)
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "7 days") ||
			res.find("#title").AttrOr("value", "") != form.Get("title") || res.find(`input[name="amendment"][checked]`).Length() != 1 ||
			res.find("#question1").Text() != form.Get("question1") || res.find(`#chair option[selected]`).AttrOr("value", "") != form.Get("chair") {
			t.Fatalf("a meeting on three days' notice: %d %q", res.StatusCode, res.find(".error").Text())
		}
		form.Set("starts_at", stamp(starts))
		res = officer.submit("/meetings/new", "/meetings/new", form)
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("notice: %d %s", res.StatusCode, res.find(".error").Text())
		}
		path := res.Header.Get("Location")
		m, err := db.Meetings(ctx)
		if err != nil || len(m) != 1 || path != fmt.Sprintf("/meetings/%d", m[0].ID) {
			t.Fatalf("noticed: %v %v %s", m, err, path)
		}
		mt, _ := db.Meeting(ctx, m[0].ID)
		primary, question := mt.Items[0], mt.Items[1]
		if primary.Kind != meeting.KindAmendment || question.Question != "Shall the union hold a picnic?" {
			t.Fatalf("the agenda in the officer's order: %+v", mt.Items)
		}
		page := members[0].get(path)
		if page.find("h1 b").Length() != 0 || !strings.Contains(page.find("h1").Text(), "<b>meeting</b>") || page.find("h1 bdi").Length() != 1 {
			t.Errorf("the title escaped and isolated: %q", page.find("h1").Text())
		}
		if page.find(`form[action="`+path+`/check-in"]`).Length() != 0 {
			t.Error("a Check in button a week before")
		}

		// Check-in: on the phone from an hour before, and at the door.
		clock = starts.Add(-30 * time.Minute)
		home := members[3].get("/")
		if home.find(`a[href="`+path+`"]`).FilterFunction(func(_ int, a *goquery.Selection) bool { return strings.Contains(a.Text(), "Check in to") }).Length() != 1 {
			t.Errorf("no task to check in on the home page: %q", home.find("main").Text())
		}
		lines := members[0].events(t, path+"/events")
		expectLine(t, lines, "retry: 5000")
		if res := members[0].submit(path, path+"/check-in", url.Values{}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("checking in: %d", res.StatusCode)
		}
		expectLine(t, lines, "data: meeting")
		if res := members[0].post(path+"/check-in", url.Values{"csrf_token": {members[0].csrf(path)}}); res.StatusCode != http.StatusConflict || !strings.Contains(res.find(".error").Text(), "checked in already") {
			t.Errorf("checking in twice: %d %q", res.StatusCode, res.find(".error").Text())
		}
		if members[0].get(path).find(".checked-in").Length() != 1 {
			t.Error("the page does not say the member is in")
		}
		for _, b := range members[1:3] {
			if res := b.submit(path, path+"/check-in", url.Values{}); res.StatusCode != http.StatusSeeOther {
				t.Fatalf("checking in: %d", res.StatusCode)
			}
		}
		door := path + "/door"
		if got := members[0].get(door).StatusCode; got != http.StatusForbidden {
			t.Errorf("a member at the door: %d", got)
		}
		user := func(i int) url.Values { return url.Values{"user": {strconv.FormatInt(ids[i], 10)}} }
		if res := members[1].post(door+"/check-in", url.Values{"csrf_token": {members[1].csrf(path)}, "user": {strconv.FormatInt(ids[3], 10)}}); res.StatusCode != http.StatusForbidden {
			t.Errorf("a member checking another in: %d", res.StatusCode)
		}
		found := tellers[0].get(door + "?q=member+3")
		if found.StatusCode != http.StatusOK || found.find(`.door-found form[action="`+door+`/check-in"]`).Length() != 1 {
			t.Fatalf("the door finds member 3: %d %q", found.StatusCode, found.find(".door-found").Text())
		}
		for _, i := range []int{3, 4, 6} {
			if res := tellers[0].submit(door, door+"/check-in", user(i)); res.StatusCode != http.StatusSeeOther {
				t.Fatalf("checking member %d in at the door: %d %s", i, res.StatusCode, res.find(".error").Text())
			}
		}
		if res := tellers[1].submit(door, door+"/check-in", user(3)); res.StatusCode != http.StatusConflict || res.find(".error").Length() != 1 {
			t.Errorf("a second check-in at the door: %d", res.StatusCode)
		}
		if got := tellers[0].get(door + "?q=N-3").find(".door-found .status").Text(); got != "Checked in" {
			t.Errorf("member 3 by number: %q", got)
		}
		if got := members[5].get(path).find(".quorum-line").Text(); !strings.Contains(got, "6 present of 7 members in good standing — quorum 50.0 %: met") {
			t.Errorf("quorum line: %q", got)
		}

		// The chair's steps.
		chairPage := path + "/chair"
		if got := members[0].get(chairPage).StatusCode; got != http.StatusForbidden {
			t.Errorf("a member on the chair's screen: %d", got)
		}
		item := func(id int64) url.Values { return url.Values{"item": {strconv.FormatInt(id, 10)}} }
		for _, step := range []struct {
			action string
			form   url.Values
		}{{"/chair/call-to-order", url.Values{}}, {"/chair/take-up", item(primary.ID)}} {
			if res := chair.submit(chairPage, path+step.action, step.form); res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != chairPage {
				t.Fatalf("%s: %d %s", step.action, res.StatusCode, res.find(".error").Text())
			}
		}
		page = members[0].get(path)
		if !strings.Contains(page.find(".current-item .motions").Text(), "strike “2” and insert “5”") || page.find(".current-item .redline, .current-item ins").Length() == 0 {
			t.Errorf("the item before the meeting: %q", page.find(".current-item").Text())
		}

		// Floor amendments, to a section's words: a phone is offered the
		// clause the amendment changes, not every clause of the bylaws.
		if forms := members[0].get(path).find(".floor-clause form"); forms.Length() != 1 || !strings.HasPrefix(forms.Find("textarea").Text(), "Monthly dues") {
			t.Errorf("the clauses offered for a floor amendment: %d, %q", forms.Length(), forms.Find("textarea").Text())
		}
		floor := func(b *browser, itemID int64, words string) *response {
			action := fmt.Sprintf("%s/items/%d/floor-amendments", path, itemID)
			return b.submit(path, action, url.Values{"clause": {floorClause(t, b.get(path), "Monthly dues")}, "words": {words}})
		}
		before, _ := db.Meeting(ctx, mt.ID)
		if res := floor(members[1], 999999, "Monthly dues are $4 for every member."); res.StatusCode != http.StatusNotFound {
			t.Errorf("a floor amendment to an item not on the agenda: %d", res.StatusCode)
		}
		if res := floor(members[5], primary.ID, "Monthly dues are $4 for every member."); res.StatusCode != http.StatusForbidden {
			t.Errorf("a floor amendment by a member not present: %d", res.StatusCode)
		}
		if after, _ := db.Meeting(ctx, mt.ID); len(after.Items) != len(before.Items) {
			t.Fatalf("refused floor amendments stored: %d items", len(after.Items))
		}
		res = floor(members[1], primary.ID, "Monthly dues are $6 for every member.")
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("the $6 floor amendment: %d %s", res.StatusCode, res.find(".error").Text())
		}
		moved := members[1].get(res.Header.Get("Location"))
		if got := moved.find(".moved .scope").Text(); !strings.Contains(got, "Beyond the notice") || moved.find(".moved .findings li").Length() == 0 {
			t.Errorf("the $6 amendment's scope: %q", got)
		}
		mt, _ = db.Meeting(ctx, mt.ID)
		beyond := mt.Items[len(mt.Items)-1]
		if res := chair.submit(chairPage, path+"/chair/ruling", url.Values{"item": {strconv.FormatInt(beyond.ID, 10)}, "ruling": {"out_of_order"}, "reason": {" "}}); res.StatusCode != http.StatusBadRequest {
			t.Errorf("a ruling without a reason: %d", res.StatusCode)
		}
		if res := chair.submit(chairPage, path+"/chair/ruling", url.Values{"item": {strconv.FormatInt(beyond.ID, 10)}, "ruling": {"out_of_order"}, "reason": {"The notice gave $2 to $5."}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("ruling: %d", res.StatusCode)
		}
		res = floor(members[2], primary.ID, "Monthly dues are $4 for every member.")
		if res.StatusCode != http.StatusSeeOther || !strings.Contains(members[2].get(res.Header.Get("Location")).find(".moved .scope").Text(), "Within the notice") {
			t.Fatalf("the $4 floor amendment: %d", res.StatusCode)
		}
		mt, _ = db.Meeting(ctx, mt.ID)
		within := mt.Items[len(mt.Items)-1]
		runVote(t, chair, tellers[0], path, within.ID, "hands", url.Values{"yes": {"5"}, "no": {"1"}})
		if got := members[0].get(path).find(".current-item .motions").Text(); !strings.Contains(got, "insert “4”") {
			t.Errorf("the item as amended: %q", got)
		}
		// The $6 floor amendment still reads as moved, against $5.
		if got := members[0].get(path).find(fmt.Sprintf("#item-%d .motions", beyond.ID)).Text(); !strings.Contains(got, "strike “5” and insert “6”") {
			t.Errorf("the floor amendment ruled out, after another was adopted: %q", got)
		}

		// The amendment by secret ballot, on phones and on paper.
		if res := chair.submit(chairPage, path+"/chair/open-vote", url.Values{"item": {strconv.FormatInt(primary.ID, 10)}, "method": {"secret"}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("opening the secret vote: %d %s", res.StatusCode, res.find(".error").Text())
		}
		vote := members[0].get(path).find(".vote-now a").AttrOr("href", "")
		if got := officer.get("/").find(".tasks").Text(); strings.Contains(got, "Close") {
			t.Errorf("the officer is asked to close a meeting's vote: %q", got)
		}
		if !strings.HasPrefix(vote, "/ballots/") {
			t.Fatalf("no link to vote on the phone: %q", vote)
		}
		for _, b := range members[:3] {
			paper := b.get(vote)
			form := url.Values{"choice-0": {"y"}, "sha256-0": {paper.find(`input[name="sha256-0"]`).AttrOr("value", "")}}
			if res := b.submit(vote, vote+"/votes", form); res.StatusCode != http.StatusCreated {
				t.Fatalf("voting online: %d", res.StatusCode)
			}
		}
		papers := tellers[1].get(door)
		if papers.find(`form[action="`+door+`/paper"]`).Length() != 6 {
			t.Errorf("a paper button for each of the 6 present: %d", papers.find(`form[action="`+door+`/paper"]`).Length())
		}
		if res := tellers[1].submit(door, door+"/paper", user(0)); res.StatusCode != http.StatusConflict {
			t.Errorf("a paper for one who voted online: %d", res.StatusCode)
		}
		for _, i := range []int{3, 4, 6} {
			if res := tellers[1].submit(door, door+"/paper", user(i)); res.StatusCode != http.StatusSeeOther {
				t.Fatalf("a paper for member %d: %d %s", i, res.StatusCode, res.find(".error").Text())
			}
		}
		if res := chair.submit(chairPage, path+"/chair/close-vote", url.Values{}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("closing: %d", res.StatusCode)
		}
		count := tellers[0].get(door)
		if !strings.Contains(count.find(".count-form").Text(), "3 paper ballots handed out") || count.find(`.count-form a[href="`+vote+`"]`).Length() != 1 {
			t.Errorf("the count form: %q", count.find(".count-form").Text())
		}
		if res := tellers[0].submit(door, path+"/count", url.Values{"yes": {"3"}, "no": {"1"}}); res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "more than the 3 papers handed out") {
			t.Errorf("more papers than handed out: %d %q", res.StatusCode, res.find(".error").Text())
		}
		if res := tellers[0].submit(door, path+"/count", url.Values{"yes": {"2"}, "no": {"1"}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("the count: %d %s", res.StatusCode, res.find(".error").Text())
		}
		for i, tb := range tellers {
			if res := tb.submit(vote, vote+"/shares", url.Values{"teller_key": {keys[i]}}); res.StatusCode != http.StatusSeeOther {
				t.Fatalf("teller %d's share: %d", i, res.StatusCode)
			}
		}
		if res := chair.submit(chairPage, path+"/chair/declare", url.Values{}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("declaring: %d %s", res.StatusCode, res.find(".error").Text())
		}
		got := members[0].get(path).find(fmt.Sprintf("#item-%d .result", primary.ID)).Text()
		if !strings.Contains(got, "adopted") || !strings.Contains(got, "online 3 yes, 0 no, 0 abstentions + paper 2 yes, 1 no, 0 abstentions = 5 yes, 1 no, 0 abstentions") {
			t.Errorf("the combined result: %q", got)
		}

		// The question on a standing vote; the projector follows it.
		runVote(t, chair, tellers[1], path, question.ID, "standing", url.Values{"yes": {"2"}, "no": {"3"}, "abstain": {"1"}})
		projector := members[5].get(path + "/projector")
		if projector.find("header.site, nav, form").Length() != 0 || projector.find("body.projector").Length() != 1 || projector.find("[data-live]").Length() != 1 {
			t.Errorf("the projector has navigation or forms")
		}
		if got := projector.find(".quorum-line").Text(); !strings.Contains(got, "quorum 50.0 %: met") {
			t.Errorf("projector quorum: %q", got)
		}
		if got := projector.find(".shown-item").Text(); !strings.Contains(got, "Shall the union hold a picnic?") || !strings.Contains(got, "not adopted") ||
			!strings.Contains(got, "counted by the tellers on a standing vote: 2 yes, 3 no, 1 abstentions") {
			t.Errorf("projector item: %q", got)
		}
		if res := chair.submit(chairPage, path+"/chair/adjourn", url.Values{}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("adjourning: %d", res.StatusCode)
		}
		if got := members[0].get("/meetings").find("h2 + ul.meetings a").Length(); got != 1 {
			t.Errorf("the adjourned meeting listed: %d", got)
		}

		// The minutes: a draft to download, which the next notice may put
		// to the members.
		page = members[0].get(path)
		if got := page.find("section.minutes").Text(); !strings.Contains(got, "Draft: the members approve them at a later meeting.") ||
			page.find(`section.minutes a[href$="minutes?format=pdf"]`).Length() != 1 {
			t.Errorf("the minutes section: %q", got)
		}
		pdf := members[0].get(path + "/minutes?format=pdf")
		if pdf.StatusCode != http.StatusOK || pdf.Header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(pdf.Body, "%PDF-") {
			t.Errorf("the minutes' PDF: %d %q", pdf.StatusCode, pdf.Header.Get("Content-Type"))
		}
		md := members[0].get(path + "/minutes?format=md")
		if !strings.Contains(md.Body, "Ruled out of order by the chair") || !strings.Contains(md.Body, "counted by the tellers on a standing vote: 2 yes, 3 no, 1 abstentions") {
			t.Errorf("the minutes:\n%s", md.Body)
		}
		if officer.get("/meetings/new").find(`input[name="minutes"]`).Length() != 1 {
			t.Error("the notice form does not offer the minutes for approval")
		}
	})
}

// runVote takes item up, votes on it by method, has teller enter count
// and the chair declare the result.
func runVote(t *testing.T, chair, teller *browser, path string, itemID int64, method string, count url.Values) {
	t.Helper()
	chairPage, item := path+"/chair", strconv.FormatInt(itemID, 10)
	for _, step := range []struct {
		action string
		form   url.Values
	}{{"/chair/take-up", url.Values{"item": {item}}}, {"/chair/open-vote", url.Values{"item": {item}, "method": {method}}}, {"/chair/close-vote", url.Values{}}} {
		if res := chair.submit(chairPage, path+step.action, step.form); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("%s: %d %s", step.action, res.StatusCode, res.find(".error").Text())
		}
	}
	if res := teller.submit(path+"/door", path+"/count", count); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("count: %d %s", res.StatusCode, res.find(".error").Text())
	}
	if res := chair.submit(chairPage, path+"/chair/declare", url.Values{}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("declare: %d %s", res.StatusCode, res.find(".error").Text())
	}
}

// floorClause finds the clause whose words start with prefix on the
// floor amendment form.
func floorClause(t *testing.T, page *response, prefix string) string {
	t.Helper()
	clause := ""
	page.find(".floor-clause form").Each(func(_ int, f *goquery.Selection) {
		if strings.HasPrefix(f.Find("textarea").Text(), prefix) {
			clause = f.Find(`input[name="clause"]`).AttrOr("value", "")
		}
	})
	if clause == "" {
		return "0" // no form: the store says why
	}
	return clause
}
