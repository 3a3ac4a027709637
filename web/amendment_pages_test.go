package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

func TestAmendmentPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		// A second member in good standing to co-sponsor.
		if _, err := db.CreateUser(ctx, 0, store.NewUser{Email: "second@example.org", Name: "Second", Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true}); err != nil {
			t.Fatal(err)
		}
		head, nodes := s.current()
		var office string
		for _, n := range nodes {
			if n.Number == "Article I, Section 1(b)" {
				office = n.Key
			}
		}
		sponsor := s.loggedIn(member.RoleMember)
		form := sponsor.get("/documents/constitution/amendments/new?mode=markdown&section=" + office)
		if got := form.find("textarea#text").Text(); got != "1. Its office is in the city." {
			t.Fatalf("section text in the form: %q", got)
		}
		fields := url.Values{
			"base_version_id": {form.find(`input[name="base_version_id"]`).AttrOr("value", "")},
			"section":         {office},
			"text":            {"1. Its office is in the city, or online."},
			"title":           {`Online <script>alert("t")</script>`},
			"rationale":       {"Members work shifts.\n<img src=x onerror=alert(1)>"},
		}
		fields.Set("action", "preview")
		preview := sponsor.submit("/documents/constitution/amendments/new", "/documents/constitution/amendments", fields)
		if preview.StatusCode != http.StatusOK || preview.find(".preview .redline ins").Text() != ", or online" {
			t.Fatalf("preview: %d %q", preview.StatusCode, preview.find(".preview").Text())
		}
		if n, _ := db.Amendments(ctx, s.users[member.RoleMember], head.DocumentID); len(n) != 0 {
			t.Fatal("a preview stored an amendment")
		}
		fields.Set("action", "submit")
		res := sponsor.submit("/documents/constitution/amendments/new", "/documents/constitution/amendments", fields)
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("submit: %d %s", res.StatusCode, res.find(".error").Text())
		}
		path := res.Header.Get("Location")
		if got := sponsor.get("/documents/constitution").find(".toc .amendment-count").First().Text(); got != "1 amendment pending" {
			t.Errorf("contents: amendments pending %q", got)
		}
		page := sponsor.get(path)
		if page.find("main script, main img").Length() != 0 || !strings.Contains(page.find("h1").Text(), `<script>alert("t")</script>`) {
			t.Errorf("member text not escaped:\n%s", page.find("main").Text())
		}
		if got := page.find(".motion-table tbody tr").Length(); got != 1 {
			t.Errorf("motion table rows: %d", got)
		}
		if got := page.find(".redline ins").Text(); got != ", or online" {
			t.Errorf("inline redline marks %q", got)
		}
		if page.find(`form[action$="/cosponsors"]`).Length() != 0 {
			t.Error("the sponsor is offered to second their own amendment")
		}

		second := s.browser()
		second.submit("/login", "/login", url.Values{"email": {"second@example.org"}, "password": {password}})
		if res := second.submit(path, path+"/cosponsors", url.Values{}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("co-sponsor: %d", res.StatusCode)
		}
		if got := second.get(path).find(".status").Text(); got != "seconded" {
			t.Errorf("status after the needed co-sponsor: %q", got)
		}
		if res := second.submit(path, path+"/cosponsors", url.Values{}); res.StatusCode != http.StatusConflict {
			t.Errorf("seconding twice: %d", res.StatusCode)
		}

		committee := s.loggedIn(member.RoleCommittee)
		if res := committee.submit(path, path+"/status", url.Values{"status": {"declined"}, "reason": {"Out of order."}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("decline: %d", res.StatusCode)
		}
		if res := sponsor.submit(path, path+"/status", url.Values{"status": {"withdrawn"}}); res.StatusCode != http.StatusConflict {
			t.Errorf("withdrawing a declined amendment: %d", res.StatusCode)
		}
		// In French, the motion and the table speak French too.
		sponsor.submit(path, "/language", url.Values{"lang": {"fr"}, "next": {path}})
		fr := sponsor.get(path)
		if got := fr.find(".motion-table td[data-label]").Last().Text(); !strings.HasPrefix(got, "À Article I, Section 1(b), insérer") {
			t.Errorf("French motion: %q", got)
		}
		if got := fr.find(".motion-table thead th").Eq(1).Text(); got != "Texte actuel" {
			t.Errorf("French label: %q", got)
		}
		sponsor.submit(path, "/language", url.Values{"lang": {"en"}, "next": {path}})
		list := sponsor.get("/documents/constitution/amendments")
		if got := list.find("li.amendment").Length(); got != 1 || !strings.Contains(list.find("li.amendment").Text(), "declined") {
			t.Errorf("list: %d %q", got, list.find("li.amendment").Text())
		}
	})
}

func TestAmendmentPageWarnsOfBrokenCitations(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	text := "# Rules\n\n## Meetings\n\n1. Dues are as in Article II.\n\n## Dues\n\n1. Two dollars.\n"
	if _, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "rules", Title: "Rules", Numbering: "article", Markdown: []byte(text)}); err != nil {
		t.Fatal(err)
	}
	doc, _ := db.Document(ctx, "rules")
	head, _ := db.HeadVersion(ctx, doc.ID)
	sponsor := s.loggedIn(member.RoleMember)
	proposed := strings.Replace(text, "## Dues", "## Officers\n\n1. A president.\n\n## Dues", 1)
	fields := url.Values{"base_version_id": {strconv.FormatInt(head.ID, 10)}, "text": {proposed}, "title": {"Officers"}, "action": {"preview"}}
	preview := sponsor.submit("/documents/rules/amendments/new", "/documents/rules/amendments", fields)
	if got := preview.find(".preview .warnings li").Text(); !strings.Contains(got, "renumbers as Article III") {
		t.Errorf("preview warnings: %q", got)
	}
	fields.Set("action", "submit")
	res := sponsor.submit("/documents/rules/amendments/new", "/documents/rules/amendments", fields)
	page := sponsor.get(res.Header.Get("Location"))
	if got := page.find("section.warnings li").Text(); !strings.Contains(got, "In Article I(a), “Article II”") {
		t.Errorf("amendment page warnings: %q", got)
	}
}

func TestCosponsorRule(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	if res := s.loggedIn(member.RoleMember).submit("/documents/constitution/amendments", "/documents/constitution/rule", url.Values{"cosponsors": {"2"}}); res.StatusCode != http.StatusForbidden {
		t.Errorf("member setting the rule: %d", res.StatusCode)
	}
	committee := s.loggedIn(member.RoleCommittee)
	if res := committee.submit("/documents/constitution/amendments", "/documents/constitution/rule", url.Values{"cosponsors": {"-3"}}); res.StatusCode != http.StatusBadRequest {
		t.Errorf("negative rule: %d", res.StatusCode)
	}
	if res := committee.submit("/documents/constitution/amendments", "/documents/constitution/rule", url.Values{"cosponsors": {"2"}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("set rule: %d", res.StatusCode)
	}
	head, _ := s.current()
	a, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "x", Proposed: []byte(strings.Replace(constitution, "city", "town", 1)), Submit: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, email := range []string{"c1@example.org", "c2@example.org"} {
		u, _ := db.CreateUser(ctx, 0, store.NewUser{Email: email, Name: email, Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true})
		if a, err = db.Cosponsor(ctx, u, a.ID); err != nil {
			t.Fatal(err)
		}
		want := "submitted"
		if i == 1 {
			want = "seconded"
		}
		if string(a.Status) != want {
			t.Errorf("after %d co-sponsors: %s, want %s", i+1, a.Status, want)
		}
	}
}

func TestDraftAmendsSeveralSections(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	head, nodes := s.current()
	key := keysByNumber(nodes)
	sponsor := s.loggedIn(member.RoleMember)
	res := sponsor.submit("/documents/constitution/amendments/new", "/documents/constitution/amendments", url.Values{
		"base_version_id": {strconv.FormatInt(head.ID, 10)}, "section": {key["Article I, Section 1(b)"]},
		"text": {"1. Its office is in the town."}, "title": {"Two changes"}, "action": {"draft"},
	})
	path := res.Header.Get("Location")
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("draft: %d", res.StatusCode)
	}
	// Edit the draft: the second section is picked from the draft's own text.
	form := sponsor.get(path + "/edit?mode=markdown&section=" + key["Article II, Section 1(a)"])
	if got := form.find("textarea#text").Text(); !strings.HasPrefix(got, "1. Dues are") {
		t.Fatalf("second section in the draft editor: %q (%d)", got, form.StatusCode)
	}
	res = sponsor.submit(path+"/edit", path+"/edit", url.Values{
		"section": {key["Article II, Section 1(a)"]}, "text": {"1. Dues are set by the members in a referendum."},
		"title": {"Two changes"}, "action": {"submit"},
	})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("edit and submit: %d %s", res.StatusCode, res.find(".error").Text())
	}
	page := sponsor.get(path)
	if rows := page.find(".motion-table tbody tr").Length(); rows != 2 {
		t.Errorf("%d motions, want 2", rows)
	}
	if got := sponsor.get(path + "/edit"); got.StatusCode != http.StatusConflict {
		t.Errorf("editing a submitted amendment: %d", got.StatusCode)
	}
	other := s.loggedIn(member.RoleCommittee)
	if got := other.get(path + "/edit"); got.StatusCode != http.StatusForbidden {
		t.Errorf("someone else editing: %d", got.StatusCode)
	}
}

func TestMergePage(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	head, _ := s.current()
	_ = db.SetCosponsorsNeeded(ctx, 0, "constitution", 0)
	propose := func(from, to string) string {
		a, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: to, Proposed: []byte(strings.Replace(constitution, from, to, 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		return strconv.FormatInt(a.ID, 10)
	}
	town, towns, office := propose("in the city", "in the town"), propose("in the city", "in the towns"), propose("Its office", "Its main office")
	committee := s.loggedIn(member.RoleCommittee)
	if got := s.loggedIn(member.RoleMember).get("/documents/constitution/merge").StatusCode; got != http.StatusForbidden {
		t.Errorf("member on the merge page: %d", got)
	}
	page := committee.get("/documents/constitution/merge")
	if got := page.find(`input[name="amendment"]`).Length(); got != 3 {
		t.Fatalf("%d amendments offered", got)
	}
	form := url.Values{"head": {strconv.FormatInt(head.ID, 10)}, "amendment": {town, towns}, "order-" + town: {"1"}, "order-" + towns: {"2"}, "action": {"preview"}}
	res := committee.submit("/documents/constitution/merge", "/documents/constitution/merge", form)
	if res.StatusCode != http.StatusConflict || res.find(".conflict .three-way").Length() != 1 {
		t.Errorf("conflict preview: %d", res.StatusCode)
	}
	// The committee may edit the merged text, where the conflict stands
	// between marker lines; it cannot publish them.
	marked := res.find("#merged-text").Text()
	if !strings.Contains(marked, "<<<<<<< v1\n") || !strings.Contains(marked, "in the towns") {
		t.Fatalf("merged text to edit:\n%s", marked)
	}
	form.Set("action", "publish-text")
	form.Set("text", marked)
	res = committee.submit("/documents/constitution/merge", "/documents/constitution/merge", form)
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "conflict marker") {
		t.Errorf("publishing the markers: %d %q", res.StatusCode, res.find(".error").Text())
	}
	// Or settle the conflict by side.
	form.Set("action", "preview")
	form.Set("side-"+towns+"-0", "amendment")
	res = committee.submit("/documents/constitution/merge", "/documents/constitution/merge", form)
	if res.StatusCode != http.StatusOK || !strings.Contains(res.find(".preview .redline ins").Text(), "towns") ||
		res.find(`input[name="side-`+towns+`-0"][value="amendment"][checked]`).Length() != 1 {
		t.Errorf("settled by side: %d %q", res.StatusCode, res.find(".preview").Text())
	}
	form = url.Values{"head": {strconv.FormatInt(head.ID, 10)}, "amendment": {town, office}, "order-" + town: {"2"}, "order-" + office: {"1"}, "action": {"preview"}}
	res = committee.submit("/documents/constitution/merge", "/documents/constitution/merge", form)
	if res.StatusCode != http.StatusOK || res.find(".preview .redline ins").Length() < 2 {
		t.Errorf("preview: %d %q", res.StatusCode, res.find(".preview").Text())
	}
	form.Set("action", "publish")
	res = committee.submit("/documents/constitution/merge", "/documents/constitution/merge", form)
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("publish: %d %s", res.StatusCode, res.find(".error").Text())
	}
	if body := committee.get(res.Header.Get("Location")).find(".body").Text(); !strings.Contains(body, "Its main office is in the town.") {
		t.Errorf("published draft: %q", body)
	}
	// A second committee member working from the old draft is told it moved.
	res = committee.submit("/documents/constitution/merge", "/documents/constitution/merge", url.Values{"head": {strconv.FormatInt(head.ID, 10)}, "amendment": {towns}, "action": {"publish"}})
	if res.StatusCode != http.StatusConflict || !strings.Contains(res.find(".error").Text(), "draft moved") {
		t.Errorf("stale merge: %d %q", res.StatusCode, res.find(".error").Text())
	}
	// with the merge published since, its amendments and what it changed.
	since := res.find("section.since li")
	if since.Find(`a[href="/amendments/`+town+`"]`).Length() != 1 || since.Find(`a[href="/amendments/`+office+`"]`).Length() != 1 ||
		!strings.Contains(since.Text(), "merged amendments") || !strings.Contains(since.Text(), "“town”") {
		t.Errorf("stale merge: what changed since: %q", since.Text())
	}
}

func TestSponsorResolvesRebase(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	head, _ := s.current()
	_ = db.SetCosponsorsNeeded(ctx, 0, "constitution", 0)
	mk := func(to string) int64 {
		a, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: to, Proposed: []byte(strings.Replace(constitution, "in the city", to, 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		return a.ID
	}
	first, second := mk("in the town"), mk("in the towns")
	res, err := db.Merge(ctx, s.users[member.RoleCommittee], "constitution", store.MergeRequest{ExpectedHead: head.ID, AmendmentIDs: []int64{first}})
	if err != nil || len(res.Conflicts) != 0 {
		t.Fatal(res.Conflicts, err)
	}
	path := "/amendments/" + strconv.FormatInt(second, 10)
	sponsor := s.loggedIn(member.RoleMember)
	page := sponsor.get(path)
	if got := page.find("#resolve-text").Text(); !strings.Contains(got, "<<<<<<< v2\n") || !strings.Contains(got, "in the town.") || !strings.Contains(got, "in the towns.") {
		t.Fatalf("the sponsor is not offered the draft with the overlap marked: %q", got)
	}
	if s.loggedIn(member.RoleCommittee).get(path).find("#resolve-text").Length() != 0 {
		t.Error("someone else is offered the resolution")
	}
	if res := sponsor.submit(path, path+"/resolve", url.Values{"text": {strings.Replace(res.Text, "in the town", "in the towns", 1)}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("resolve: %d", res.StatusCode)
	}
	if got := sponsor.get(path).find(".redline del").Text() + "|" + sponsor.get(path).find(".redline ins").Text(); got != "town|towns" {
		t.Errorf("resolved amendment now amends the new draft: %q", got)
	}
}

func TestVoteRuleForm(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	rule := url.Values{"threshold": {"3:1"}, "base": {"eligible"}, "quorum": {"20%"}, "notice_days": {"30"}, "online_clause": {"Article IX, Section 3"}}
	if res := s.loggedIn(member.RoleMember).submit("/documents/constitution/amendments", "/documents/constitution/vote-rule", rule); res.StatusCode != http.StatusForbidden {
		t.Errorf("member setting the vote rule: %d", res.StatusCode)
	}
	committee := s.loggedIn(member.RoleCommittee)
	if page := committee.get("/documents/constitution/amendments"); page.find(`form[action="/documents/constitution/vote-rule"] input[name="threshold"]`).AttrOr("value", "") != "2/3" {
		t.Errorf("the form does not show the default rule, two-thirds")
	}
	bad := url.Values{"threshold": {"7/5"}, "base": {"cast"}, "quorum": {"none"}, "notice_days": {"30"}}
	if res := committee.submit("/documents/constitution/amendments", "/documents/constitution/vote-rule", bad); res.StatusCode != http.StatusBadRequest {
		t.Errorf("a threshold over one: %d", res.StatusCode)
	}
	if res := committee.submit("/documents/constitution/amendments", "/documents/constitution/vote-rule", rule); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("set the vote rule: %d", res.StatusCode)
	}
	got, clause, err := db.VoteRule(ctx, "constitution")
	if err != nil || got.Threshold != ballot.ThreeQuart || got.Base != ballot.BaseEligible || got.Quorum != (ballot.Quorum{PerMille: 200}) || got.NoticeDays != 30 || clause != "Article IX, Section 3" {
		t.Errorf("rule stored: %+v %q %v", got, clause, err)
	}
	page := s.loggedIn(member.RoleMember).get("/documents/constitution/amendments")
	if text := page.find("main").Text(); !strings.Contains(text, "of the entire membership; quorum 20.0 %; 30 days' notice") || !strings.Contains(text, "authorised by Article IX, Section 3") {
		t.Errorf("the rule as members read it: %q", text)
	}
}

// TestRevisionRuleAndRevisions: the committee gives a complete revision its
// own rule beside the amendment article's; members read it; a member
// proposes a revision of the whole text, which is named so.
func TestRevisionRuleAndRevisions(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		committee := s.loggedIn(member.RoleCommittee)
		rule := url.Values{"threshold": {"2/3"}, "base": {"cast"}, "quorum": {"20%"}, "notice_days": {"30"},
			"revision_threshold": {"2/3"}, "revision_base": {"cast"}, "revision_quorum": {"20%"}, "revision_notice_days": {"60"}}
		if res := committee.submit("/documents/constitution/amendments", "/documents/constitution/vote-rule", rule); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("set the rules: %d", res.StatusCode)
		}
		if got, err := db.RevisionRule(ctx, "constitution"); err != nil || got == nil || got.NoticeDays != 60 {
			t.Fatalf("revision rule stored: %+v %v", got, err)
		}
		page := s.loggedIn(member.RoleMember).get("/documents/constitution/amendments")
		if text := page.find(".revision-rule").Text(); !strings.Contains(text, "60 days' notice") {
			t.Errorf("the revision rule as members read it: %q", text)
		}
		// Cleared: a revision is voted as an amendment is.
		rule.Set("revision_threshold", "")
		if res := committee.submit("/documents/constitution/amendments", "/documents/constitution/vote-rule", rule); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("clear the revision rule: %d", res.StatusCode)
		}
		if got, err := db.RevisionRule(ctx, "constitution"); err != nil || got != nil {
			t.Errorf("revision rule after clearing: %+v %v", got, err)
		}

		sponsor := s.loggedIn(member.RoleMember)
		form := sponsor.get("/documents/constitution/amendments/new?mode=markdown")
		if form.find(`input[name="revision"]`).Length() != 1 {
			t.Fatal("the whole-text form does not offer a complete revision")
		}
		section := s.sectionKey("Article I, Section 1")
		if sponsor.get("/documents/constitution/amendments/new?section="+section).find(`input[name="revision"]`).Length() != 0 {
			t.Error("a section's form offers a complete revision")
		}
		head, _ := s.current()
		fields := url.Values{"base_version_id": {strconv.FormatInt(head.ID, 10)}, "mode": {"markdown"}, "revision": {"1"},
			"text":  {strings.Replace(constitution, "Its office is in the city.", "Its office is wherever its members are.", 1)},
			"title": {"A new constitution"}, "action": {"submit"}}
		res := sponsor.submit("/documents/constitution/amendments/new?mode=markdown", "/documents/constitution/amendments", fields)
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("submit a revision: %d %s", res.StatusCode, res.find(".error").Text())
		}
		if got := sponsor.get(res.Header.Get("Location")).find(".kind.revision").Text(); got != "Complete revision" {
			t.Errorf("the revision's page names it %q", got)
		}
		if got := sponsor.get("/documents/constitution/amendments").find("main").Text(); !strings.Contains(got, "Complete revision · ") {
			t.Errorf("the list does not name the revision: %q", got)
		}
	})
}

// TestRevisionOpensAllOfTheText: a complete revision's page shows the whole
// text as amended, nothing folded; an amendment's folds what it leaves.
func TestRevisionOpensAllOfTheText(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	head, _ := s.current()
	sponsor := s.loggedIn(member.RoleMember)
	for _, revision := range []bool{true, false} {
		a, err := db.ProposeAmendment(context.Background(), s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID,
			Title: "Town", Proposed: []byte(strings.Replace(constitution, "Dues are", "Fees are", 1)), Submit: true, Revision: revision})
		if err != nil {
			t.Fatal(err)
		}
		page := sponsor.get("/amendments/" + strconv.FormatInt(a.ID, 10))
		if folds := page.find(".excerpts .fold").Length(); (folds == 0) != revision {
			t.Errorf("revision %v: %d folds", revision, folds)
		}
	}
}
