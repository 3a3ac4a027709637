package web_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/letter/lettertest"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// byPostRoster has three members without email, one of them with a name
// a spreadsheet would take for a formula and one with markup in their
// name and address, and one member with email only.
const byPostRoster = "name,email,member id,standing,address,phone\n" +
	"Ana Post,,A1,good,\"3 Dock Road\nPort Town\",+44 20 7946 0000\n" +
	"Ben Mail,ben@example.org,B2,good,,\n" +
	"Zoë <b>Bold</b>,,Z9,good,\"<script>alert(1)</script> 5 Rue\nVille\",\n" +
	"=SUM(A1),,S1,good,\"1 Cell Lane\nSheetham\",\n"

func TestNoticeByPostPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		admin := s.loggedIn(member.RoleAdmin)
		res := admin.upload("/admin/members", "/admin/roster", nil, "roster", "roster.csv", []byte(byPostRoster))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("roster: %d %s", res.StatusCode, res.find(".error").Text())
		}
		if n := res.find(".links tbody tr").Length(); n != 1 {
			t.Errorf("%d invitation links, want Ben's alone", n)
		}
		users, _ := db.Users(ctx)
		byName := map[string]member.User{}
		for _, u := range users {
			byName[u.Name] = u
		}
		ana := byName["Ana Post"]
		li := res.find(fmt.Sprintf("#member-%d", ana.ID))
		if li.Find(".by-post").Length() != 1 || li.Find(".has-address").Length() != 1 || li.Find(".has-phone").Length() != 1 ||
			li.Find(`form[action$="/invitation"]`).Length() != 0 {
			t.Errorf("Ana on the members page: %s", li.Text())
		}
		if res.find(".member b, .member script").Length() != 0 {
			t.Error("markup in a member's name reached the page as markup")
		}
		if strings.Contains(res.Body, "3 Dock Road") {
			t.Error("the members page shows an address; it says only that there is one")
		}

		tellers := storetest.NewTellers(t, db, "Teller", 2)
		rule, _ := ballot.ParseRule("majority", "cast", "none", 0)
		officer := s.users[member.RoleOfficer]
		b, err := db.NoticeBallot(ctx, officer, store.NewBallot{Title: "Dues referendum", MinBallots: 3,
			OpensAt: db.Now().Add(24 * 60 * 60e9), ClosesAt: db.Now().Add(48 * 60 * 60e9),
			Questions: []store.NewQuestion{{Kind: ballot.KindReferendum, Question: "Should dues rise to 5 €?", Rule: &rule}},
			Tellers:   storetest.TellerIDs(tellers), SharesNeeded: 2})
		if err != nil {
			t.Fatal(err)
		}
		report := fmt.Sprintf("/ballots/%d/notice-report", b.ID)
		lettersPath := fmt.Sprintf("/ballots/%d/letters", b.ID)

		// A member reads neither the report nor the letters; the ballot
		// page does not link to the report.
		m := s.loggedIn(member.RoleMember)
		if got := m.get(report).StatusCode; got != http.StatusForbidden {
			t.Errorf("a member on the notice report: %d", got)
		}
		if got := m.post(lettersPath, url.Values{"csrf_token": {m.csrf("/")}, "format": {"pdf"}}).StatusCode; got != http.StatusForbidden {
			t.Errorf("a member downloads letters: %d", got)
		}
		if m.get(fmt.Sprintf("/ballots/%d", b.ID)).find(".notice-report-link").Length() != 0 {
			t.Error("the ballot page links a member to the notice report")
		}

		// An observer reads names and how each was reached, not addresses,
		// and downloads nothing.
		obs := s.loggedIn(member.RoleObserver)
		if obs.get(fmt.Sprintf("/ballots/%d", b.ID)).find(".notice-report-link a").AttrOr("href", "") != report {
			t.Error("the ballot page does not link an observer to the notice report")
		}
		page := obs.get(report)
		if page.StatusCode != http.StatusOK || page.find(".notice-report tbody tr").Length() != b.RollSize {
			t.Fatalf("observer's report: %d, %d lines for a roll of %d", page.StatusCode, page.find(".notice-report tbody tr").Length(), b.RollSize)
		}
		if page.find(`.letters-form, button[name="format"]`).Length() != 0 || strings.Contains(page.Body, "Dock Road") || strings.Contains(page.Body, "Cell Lane") {
			t.Error("the observer's report offers downloads or shows addresses")
		}
		if got := page.find(fmt.Sprintf("#member-%d .no-email", ana.ID)).Length(); got != 1 {
			t.Error("Ana's line does not say she is reached by post")
		}
		if got := obs.post(lettersPath, url.Values{"csrf_token": {obs.csrf(report)}, "format": {"pdf"}}).StatusCode; got != http.StatusForbidden {
			t.Errorf("an observer downloads letters: %d", got)
		}

		// The officer downloads the letters due: one page per member
		// without email, each with their name, address and the notice's
		// SHA-256.
		off := s.loggedIn(member.RoleOfficer)
		pdf := off.submit(report, lettersPath, url.Values{"scope": {"due"}, "format": {"pdf"}})
		if pdf.StatusCode != http.StatusOK || pdf.Header.Get("Content-Type") != "application/pdf" || pdf.Header.Get("Cache-Control") != "no-store" {
			t.Fatalf("letters: %d %s %s", pdf.StatusCode, pdf.Header.Get("Content-Type"), pdf.find(".error").Text())
		}
		pages := lettertest.Pages(t, []byte(pdf.Body))
		want := map[string][]string{ // by page, names in the roll's order
			"=SUM(A1)":        {"1 Cell Lane", "Sheetham"},
			"Ana Post":        {"3 Dock Road", "Port Town"},
			"Zoë <b>Bold</b>": {"<script>alert(1)</script> 5 Rue", "Ville"},
		}
		if len(pages) != len(want) {
			t.Fatalf("%d pages, want %d", len(pages), len(want))
		}
		for i, name := range []string{"=SUM(A1)", "Ana Post", "Zoë <b>Bold</b>"} {
			for _, s := range append([]string{name, "Dear " + name, "Dues referendum", b.Questions[0].SHA256, "5 €"}, want[name]...) {
				if !strings.Contains(pages[i], s) {
					t.Errorf("page %d lacks %q:\n%s", i+1, s, pages[i])
				}
			}
		}

		// The report shows each letter, by whom; the counts add up.
		page = off.get(report)
		if got := page.find(fmt.Sprintf("#member-%d .letter", ana.ID)).Text(); !strings.Contains(got, officer.Name) {
			t.Errorf("Ana's letter: %q", got)
		}
		if got := page.find(".count-letter").Text(); !strings.HasPrefix(strings.TrimSpace(got), "3") {
			t.Errorf("letters counted: %q", got)
		}
		if again := off.submit(report, lettersPath, url.Values{"scope": {"due"}, "format": {"pdf"}}); again.StatusCode != http.StatusBadRequest ||
			!strings.Contains(again.find(".error").Text(), "needs a letter") {
			t.Errorf("letters due a second time: %d %q", again.StatusCode, again.find(".error").Text())
		}

		// The mailing house's list, again for the same members; no cell
		// reads as a formula.
		list := off.submit(report, lettersPath, url.Values{"scope": {"again"}, "format": {"csv"}})
		if list.StatusCode != http.StatusOK || !strings.HasPrefix(list.Header.Get("Content-Type"), "text/csv") {
			t.Fatalf("mailing list: %d %s", list.StatusCode, list.Header.Get("Content-Type"))
		}
		rows, err := csv.NewReader(strings.NewReader(list.Body)).ReadAll()
		if err != nil || len(rows) != 4 || rows[0][0] != "name" || rows[1][0] != "'=SUM(A1)" || rows[2][1] != "3 Dock Road" || rows[2][2] != "Port Town" || rows[2][9] != "A1" {
			t.Fatalf("mailing list: %q %v", rows, err)
		}
		events, _ := db.AuditEvents(ctx, 0)
		if last := events[len(events)-1]; last.Action != "ballot.letters" || !strings.Contains(last.Detail, "3 letters prepared as csv") {
			t.Errorf("the list's download was not audited: %+v", last)
		}

		// A letter the built-in font cannot print is refused, naming the
		// setting that prints it, and not recorded as prepared.
		entries, err := member.ParseRoster(strings.NewReader("name,email,member id,standing,address\nŁucja Wąs,,L1,good,ul. Długa 5\n"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ImportRoster(ctx, 0, entries); err != nil {
			t.Fatal(err)
		}
		lucja, _ := db.Users(ctx)
		for _, u := range lucja {
			if u.MemberNumber == "L1" {
				if err := db.ChangeRoll(ctx, officer, b.ID, u.ID, true, "joined late"); err != nil {
					t.Fatal(err)
				}
			}
		}
		refused := off.submit(report, lettersPath, url.Values{"scope": {"due"}, "format": {"pdf"}})
		if refused.StatusCode != http.StatusBadRequest || !strings.Contains(refused.find(".error").Text(), "-letter-font") {
			t.Errorf("a letter in Polish without a font: %d %q", refused.StatusCode, refused.find(".error").Text())
		}
		if got := off.get(report).find(".count-nothing").Text(); !strings.HasPrefix(strings.TrimSpace(got), "1") {
			t.Errorf("after a refused download, not reached: %q", got)
		}
	})
}

// A roster's addresses are checked like every text a member writes; a
// bad one is refused whole, naming its line.
func TestRosterAddressesRefused(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	admin := s.loggedIn(member.RoleAdmin)
	for name, row := range map[string]string{
		"bidi":    "Eve,,E1,good,\"1 Main St\u202e\nTown\"",
		"huge":    "Eve,,E1,good,\"" + strings.Repeat("x", 100000) + "\"",
		"neither": "Eve,,E1,good,",
		"NUL":     "Eve,,E1,good,\"1 Main\x00 St\"",
	} {
		csv := "name,email,member id,standing,address\nAl,al@example.org,A1,good,\n" + row + "\n"
		res := admin.upload("/admin/members", "/admin/roster", nil, "roster", "roster.csv", []byte(csv))
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "line 3") {
			t.Errorf("%s: %d %q", name, res.StatusCode, res.find(".error").Text())
		}
	}
	if _, err := s.db.UserByEmail(context.Background(), "al@example.org"); err == nil {
		t.Error("part of a refused roster was imported")
	}
}
