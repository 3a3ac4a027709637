package web_test

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/ballot"
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
