package web_test

import (
	"context"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestSectionPageNumbersAsTheDocument: a section's page shows its clauses
// with the document's own numbers, (a), (i), (b), not a list's 1., 2.,
// and its heading once.
func TestSectionPageNumbersAsTheDocument(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	_, nodes := s.current()
	key := keysByNumber(nodes)
	page := s.loggedIn(member.RoleMember).get("/documents/constitution/sections/" + key["Article I, Section 1"])
	var markers []string
	page.find(".section-text .num").Each(func(_ int, n *goquery.Selection) { markers = append(markers, n.Text()) })
	if got := strings.Join(markers, " "); got != "(a) (i) (b)" {
		t.Errorf("markers in the section's text: %q\n%s", got, page.find(".section-text").Text())
	}
	if got := page.find(".section-text ol:not(.clauses)").Length(); got != 0 {
		t.Errorf("%d lists numbered by the browser", got)
	}
	if got := page.find(".section-text h1, .section-text h2, .section-text h3, .section-text h4").Length(); got != 0 || strings.Contains(page.find(".section-text").Text(), "Name") {
		t.Errorf("the heading is repeated in the text: %q", page.find(".section-text").Text())
	}
	if got := strings.Join(strings.Fields(page.find("main h1").Text()), " "); got != "Article I, Section 1 Name" {
		t.Errorf("h1: %q", got)
	}
	clause := s.loggedIn(member.RoleMember).get("/documents/constitution/sections/" + key["Article I, Section 1(a)"])
	markers = nil
	clause.find(".section-text .num").Each(func(_ int, n *goquery.Selection) { markers = append(markers, n.Text()) })
	if got := strings.Join(markers, " "); got != "(a) (i)" {
		t.Errorf("markers in the clause's text: %q", got)
	}
	if got := strings.Join(strings.Fields(clause.find("main h1").Text()), " "); got != "Article I, Section 1(a)" {
		t.Errorf("a clause's h1 repeats its words: %q", got)
	}
}

// TestPreambleAmendmentGoesToBallot: an amendment that changes only the
// unnumbered preamble has a change, a motion and a redline, and can be
// put to a ballot.
func TestPreambleAmendmentGoesToBallot(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		head, _ := s.current()
		_ = db.SetCosponsorsNeeded(ctx, 0, "constitution", 0)
		a, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "All of us",
			Proposed: []byte(strings.Replace(constitution, ", unite.", ", all of us, unite.", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		page := s.loggedIn(member.RoleMember).get("/amendments/" + strconv.FormatInt(a.ID, 10))
		rows := page.find(".motion-table tbody tr")
		if rows.Length() != 1 || !strings.Contains(rows.Text(), "In the unnumbered text \u201cPreamble\u201d, insert \u201call of us,\u201d") {
			t.Errorf("motions: %d %q", rows.Length(), rows.Text())
		}
		if got := strings.TrimSpace(page.find(".redline ins").Text()); got != "all of us," {
			t.Errorf("redline marks %q", got)
		}
		clock := time.Now()
		tellers := storetest.NewTellers(t, db, "Teller", 2)
		b, err := db.NoticeBallot(ctx, s.users[member.RoleOfficer], store.NewBallot{DocumentSlug: "constitution", Title: "Preamble", MinBallots: 3,
			OpensAt: clock.AddDate(0, 0, 31), ClosesAt: clock.AddDate(0, 0, 32),
			Questions: []store.NewQuestion{{Kind: ballot.KindAmendment, AmendmentID: a.ID}},
			Tellers:   storetest.TellerIDs(tellers), SharesNeeded: 2})
		if err != nil {
			t.Fatalf("notice of a ballot on the preamble: %v", err)
		}
		if len(b.Questions) != 1 {
			t.Fatalf("questions: %d", len(b.Questions))
		}
		var snap ballot.Snapshot
		if err := json.Unmarshal([]byte(b.Questions[0].Snapshot), &snap); err != nil || len(snap.Motions) != 1 || !strings.HasPrefix(snap.Motions[0], "In the unnumbered text") {
			t.Errorf("snapshot motions: %q %v", snap.Motions, err)
		}
	})
}

// TestChangesShownInPlace: the amendment, its preview and the comparison
// of two versions show each changed section with its number and a section
// either side, and fold the rest under a line that names it.
func TestChangesShownInPlace(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	ctx := context.Background()
	head, nodes := s.current()
	key := keysByNumber(nodes)
	amended := strings.Replace(constitution, "in the city", "in the town", 1)
	a, err := s.db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Town", Proposed: []byte(amended)})
	if err != nil {
		t.Fatal(err)
	}
	v2, err := s.db.PublishVersion(ctx, 0, store.NewVersion{Slug: "constitution", Base: head.ID, Markdown: []byte(amended), Origin: document.OriginImport})
	if err != nil {
		t.Fatal(err)
	}
	member := s.loggedIn(member.RoleMember)
	fields := url.Values{"base_version_id": {strconv.FormatInt(head.ID, 10)}, "section": {key["Article I, Section 1(b)"]},
		"text": {"1. Its office is in the town."}, "title": {"Town"}, "action": {"preview"}}
	pages := map[string]*response{
		"amendment": member.get("/amendments/" + strconv.FormatInt(a.ID, 10)),
		"compare":   member.get("/documents/constitution/compare?from=" + strconv.FormatInt(head.ID, 10) + "&to=" + strconv.FormatInt(v2.ID, 10)),
		"preview":   member.submit("/documents/constitution/amendments/new?section="+key["Article I, Section 1(b)"], "/documents/constitution/amendments", fields),
	}
	for name, page := range pages {
		redline := page.find(".redline")
		var shown []string
		redline.Find(".excerpts > .part .num").Each(func(_ int, n *goquery.Selection) { shown = append(shown, n.Text()) })
		if got := strings.Join(shown, " | "); got != "Article I, Section 1(a)(i) | Article I, Section 1(b) | Article II" {
			t.Errorf("%s: sections shown %q", name, got)
		}
		if got := redline.Find(".part.changed .num").Text(); got != "Article I, Section 1(b)" {
			t.Errorf("%s: the changed section's number %q", name, got)
		}
		if got := redline.Find(".part.changed del").Text() + "/" + redline.Find(".part.changed ins").Text(); got != "city/town" {
			t.Errorf("%s: the changed words %q", name, got)
		}
		// The unchanged rest is folded into links to where it is read: the
		// version amended (for a comparison, the later one), at its first
		// section; the page does not carry its text.
		folds := redline.Find("p.fold a")
		var summaries []string
		folds.Each(func(_ int, n *goquery.Selection) { summaries = append(summaries, n.Text()) })
		if got := strings.Join(summaries, " | "); got != "4 unchanged sections: Article I to Article I, Section 1(a) | 2 unchanged sections: Article II, Section 1 to Article II, Section 1(a)" {
			t.Errorf("%s: folds %q", name, got)
		}
		at := head.ID
		if name == "compare" {
			at = v2.ID
		}
		href := folds.First().AttrOr("href", "")
		version, fragment, _ := strings.Cut(href, "#")
		if version != "/documents/constitution/versions/"+strconv.FormatInt(at, 10) || fragment != key["Article I"] {
			t.Errorf("%s: the first fold leads to %q", name, href)
		}
		if strings.Contains(redline.Text(), "We, the workers") || redline.Find("script").Length() != 0 {
			t.Errorf("%s: the page carries the unchanged text", name)
		}
		if text := member.get(version).find("main").Text(); !strings.Contains(text, "We, the workers") {
			t.Errorf("%s: the unchanged text is not where the fold leads", name)
		}
	}
}

// TestSectionHistorySaysWhatChanged: a section's history shows the
// wording it was imported with, numbered, then each change to it or to a
// clause within it, as before and after; its current wording comes from
// the last of them.
func TestSectionHistorySaysWhatChanged(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	ctx := context.Background()
	head, nodes := s.current()
	key := keysByNumber(nodes)
	_ = s.db.SetCosponsorsNeeded(ctx, 0, "constitution", 0)
	a, err := s.db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Town",
		Proposed: []byte(strings.Replace(constitution, "in the city", "in the town", 1)), Submit: true})
	if err != nil {
		t.Fatal(err)
	}
	if res, err := s.db.Merge(ctx, s.users[member.RoleCommittee], "constitution", store.MergeRequest{ExpectedHead: head.ID, AmendmentIDs: []int64{a.ID}}); err != nil || len(res.Conflicts) != 0 {
		t.Fatal(res.Conflicts, err)
	}
	page := s.loggedIn(member.RoleMember).get("/documents/constitution/sections/" + key["Article I, Section 1"] + "/history")
	events := page.find("ol.history > li")
	if events.Length() != 2 {
		t.Fatalf("%d events: %q", events.Length(), events.Text())
	}
	first := events.Eq(0)
	var markers []string
	first.Find(".wording .num").Each(func(_ int, n *goquery.Selection) { markers = append(markers, n.Text()) })
	if got := strings.Join(markers, " "); got != "(a) (i) (b)" || !strings.Contains(first.Text(), "Its office is in the city.") {
		t.Errorf("the wording imported: markers %q\n%s", got, first.Text())
	}
	if strings.Contains(first.Text(), "(new)") || first.Find(".side-by-side").Length() != 0 {
		t.Errorf("the first version reads as a change: %q", first.Text())
	}
	second := events.Eq(1)
	if got := second.Find(".change h3").Text(); got != "Article I, Section 1(b)" {
		t.Errorf("the clause changed: %q", got)
	}
	if got := second.Find(".current h4").Text() + "/" + second.Find(".proposed h4").Text(); got != "Before/After" {
		t.Errorf("labels of a change made: %q", got)
	}
	if got := page.find(".provenance").Text(); !strings.Contains(got, "version 2") {
		t.Errorf("current wording: %q", got)
	}
}

// TestVersionStateNotFrontMatter: a version adopted by ballot says so,
// whatever its front matter's "status" says, and the front matter's keys
// read as words.
func TestVersionStateNotFrontMatter(t *testing.T) {
	db := storetest.SQLite(t)
	clock := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	db.UseClock(func() time.Time { return clock })
	s := newSite(t, db)
	ctx := context.Background()
	head, _ := s.current()
	_ = db.SetCosponsorsNeeded(ctx, 0, "constitution", 0)
	text := strings.Replace(strings.Replace(constitution, "in the city", "in the town", 1), "status: draft", "status: Draft for member review\ndrafted_by: Drafting Committee", 1)
	a, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Town", Proposed: []byte(text), Submit: true})
	if err != nil {
		t.Fatal(err)
	}
	voters := []member.User{s.users[member.RoleMember]}
	for _, email := range []string{"m1@example.org", "m2@example.org"} {
		u, err := db.CreateUser(ctx, 0, store.NewUser{Email: email, Name: email, Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		voters = append(voters, u)
	}
	tellers := storetest.NewTellers(t, db, "Teller", 2)
	officer := s.users[member.RoleOfficer]
	b, err := db.NoticeBallot(ctx, officer, store.NewBallot{DocumentSlug: "constitution", Title: "Town", MinBallots: 3,
		OpensAt: clock.AddDate(0, 0, 31), ClosesAt: clock.AddDate(0, 0, 32),
		Questions: []store.NewQuestion{{Kind: ballot.KindAmendment, AmendmentID: a.ID}},
		Tellers:   storetest.TellerIDs(tellers), SharesNeeded: 2})
	if err != nil {
		t.Fatal(err)
	}
	storetest.Poll{Ballot: b, Officer: officer, Voters: voters, Tellers: tellers}.Decide(t, db, "")
	page := s.loggedIn(member.RoleMember).get("/documents/constitution")
	meta := page.find(".front-matter")
	fields := map[string]string{}
	meta.Find("div").Each(func(_ int, d *goquery.Selection) {
		fields[strings.TrimSpace(d.Find("dt").Text())] = strings.Join(strings.Fields(d.Find("dd").Text()), " ")
	})
	if got := fields["Status"]; got != "Adopted by ballot #"+strconv.FormatInt(b.ID, 10) || meta.Find(`a[href="/ballots/`+strconv.FormatInt(b.ID, 10)+`"]`).Length() != 1 {
		t.Errorf("status: %q (fields %q)", got, fields)
	}
	if strings.Contains(meta.Text(), "Draft for member review") || strings.Contains(meta.Text(), "drafted_by") {
		t.Errorf("front matter as written: %q", meta.Text())
	}
	if got := fields["Drafted by"]; got != "Drafting Committee" {
		t.Errorf("drafted by: %q (fields %q)", got, fields)
	}
	draft := s.loggedIn(member.RoleMember).get("/documents/constitution/versions/" + strconv.FormatInt(head.ID, 10))
	if got := strings.TrimSpace(draft.find(".front-matter dt").First().Text()) + ": " + strings.TrimSpace(draft.find(".front-matter dd").First().Text()); got != "Status: Draft, not adopted" {
		t.Errorf("a draft's status: %q", got)
	}
}

// TestCommentStaysWhereItWasWritten: a comment on a section quoting words
// of one of its clauses stays on the section when an amendment changes
// those words; it shows the words as quoted, what they now read and why;
// the contents count what the section's page lists, and the section's page
// names the comments on its clauses.
func TestCommentStaysWhereItWasWritten(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		head, nodes := s.current()
		key := keysByNumber(nodes)
		u := s.users[member.RoleMember]
		if _, err := db.PostComment(ctx, u, store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: key["Article I, Section 1"], Quote: "Its office is in the city", Stance: "concern", Body: "Which city?"}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.PostComment(ctx, u, store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: key["Article I, Section 1(a)"], Stance: "support", Body: "Good name."}); err != nil {
			t.Fatal(err)
		}
		_ = db.SetCosponsorsNeeded(ctx, 0, "constitution", 0)
		a, err := db.ProposeAmendment(ctx, u, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Town",
			Proposed: []byte(strings.Replace(constitution, "in the city", "in the town", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		if res, err := db.Merge(ctx, s.users[member.RoleCommittee], "constitution", store.MergeRequest{ExpectedHead: head.ID, AmendmentIDs: []int64{a.ID}}); err != nil || len(res.Conflicts) != 0 {
			t.Fatal(res.Conflicts, err)
		}
		b := s.loggedIn(member.RoleMember)
		page := b.get("/documents/constitution/sections/" + key["Article I, Section 1"])
		comments := page.find("article.comment")
		if comments.Length() != 1 || page.find(".no-comments").Length() != 0 {
			t.Fatalf("the section lists %d comments: %q", comments.Length(), page.find("#comments").Text())
		}
		if got := comments.Find("blockquote.quote").Text(); got != "Its office is in the city" {
			t.Errorf("the words quoted: %q", got)
		}
		if got := strings.Join(strings.Fields(comments.Find(".quote-now").Text()), " "); !strings.Contains(got, "Its office is in the town") {
			t.Errorf("what the words now read: %q", got)
		}
		header := strings.Join(strings.Fields(comments.Find("header").Text()), " ")
		if !strings.Contains(header, "in version 2 the passage was changed by amendment #"+strconv.FormatInt(a.ID, 10)) {
			t.Errorf("why: %q", header)
		}
		within := page.find(".comments-within")
		if within.Find(`a[href="/documents/constitution/sections/`+key["Article I, Section 1(a)"]+`"]`).Length() != 1 || !strings.Contains(within.Text(), "1 support") {
			t.Errorf("comments on the clauses: %q", within.Text())
		}
		clause := b.get("/documents/constitution/sections/" + key["Article I, Section 1(b)"])
		if got := clause.find("article.comment").Length(); got != 0 {
			t.Errorf("the comment moved to the clause: %d", got)
		}
		toc := b.get("/documents/constitution").find(`.toc a[href="#` + key["Article I, Section 1"] + `"]`).Parent()
		if got := strings.Join(strings.Fields(toc.Find(".stance-counts").Text()), " "); got != "1 support · 1 concern" {
			t.Errorf("contents: %q", got)
		}
	})
}
