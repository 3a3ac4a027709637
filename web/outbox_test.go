package web_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestOutboxShowsWhatWouldBeSent: with no mail server, an admin reads the
// outbox: a roster's invitations and a ballot's notices waiting, each
// message as its member would read it, in their language, its words
// escaped; a member cannot see it.
func TestOutboxShowsWhatWouldBeSent(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		poll := storetest.OpenPoll(t, db, 3)
		// One voter reads French.
		if err := db.SetLanguage(ctx, poll.Voters[0].ID, "fr"); err != nil {
			t.Fatal(err)
		}
		admin := s.loggedIn(member.RoleAdmin)
		page := admin.get("/admin/outbox")
		if page.StatusCode != http.StatusOK {
			t.Fatalf("outbox: %d", page.StatusCode)
		}
		// Invitations to the 3 new members, a notice to each on the roll
		// (with the site's own member).
		want := 3 + len(poll.Voters)
		if got := page.find(".outbox-counts").Text(); !strings.Contains(got, fmt.Sprintf("%d waiting", want)) {
			t.Errorf("counts: %q", got)
		}
		if !strings.Contains(page.find("[role=status]").Text(), "No mail server is configured") {
			t.Errorf("the page does not say nothing is sent")
		}
		rows := page.find("table.outbox tbody tr")
		if rows.Length() != want {
			t.Fatalf("%d messages listed, want %d", rows.Length(), want)
		}
		var notices []string
		page.find("table.outbox tbody tr").Each(func(_ int, tr *goquery.Selection) {
			if strings.Contains(tr.Text(), "Notice of a ballot") {
				href, _ := tr.Find("a").Attr("href")
				notices = append(notices, href)
			}
		})
		if len(notices) != len(poll.Voters) {
			t.Fatalf("%d notices listed", len(notices))
		}
		var french int
		for _, href := range notices {
			msg := admin.get(href)
			text := msg.find("pre.mail-text").Text()
			if !strings.Contains(text, poll.Ballot.Questions[0].SHA256) {
				t.Errorf("%s lacks the SHA-256:\n%s", href, text)
			}
			if strings.Contains(msg.find("h1").Text(), "Avis de scrutin") {
				french++
				if !strings.Contains(text, "Bonjour "+poll.Voters[0].Name) {
					t.Errorf("the French notice:\n%s", text)
				}
			}
		}
		if french != 1 {
			t.Errorf("%d notices in French, want 1", french)
		}
		if res := s.loggedIn(member.RoleMember).get("/admin/outbox"); res.StatusCode != http.StatusForbidden {
			t.Errorf("a member reads the outbox: %d", res.StatusCode)
		}
		if res := admin.get("/admin/outbox/999999"); res.StatusCode != http.StatusNotFound {
			t.Errorf("a missing message: %d", res.StatusCode)
		}
	})
}

// TestOutboxShowsMeetingNotice: a meeting's notice waits in the outbox
// under its kind's name, for the members only, with the way to the
// meeting's page, the question as the officer wrote it, and the start
// attached as meeting.ics.
func TestOutboxShowsMeetingNotice(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		tellers := storetest.NewTellers(t, db, "Teller", 3)
		m, err := db.ScheduleMeeting(ctx, s.users[member.RoleOfficer], store.NewMeeting{Title: "Special meeting", Mode: meeting.ModeOnline,
			StartsAt: db.Now().AddDate(0, 0, 7), ChairID: s.users[member.RoleMember].ID, Tellers: storetest.TellerIDs(tellers), SharesNeeded: 2,
			MinBallots: ballot.MinMinBallots, Items: []store.NewItem{{Kind: meeting.KindQuestion, Question: "Shall the union <b>strike</b>?"}}})
		if err != nil {
			t.Fatal(err)
		}
		admin := s.loggedIn(member.RoleAdmin)
		var notices []string
		admin.get("/admin/outbox").find("table.outbox tbody tr").Each(func(_ int, tr *goquery.Selection) {
			if strings.Contains(tr.Text(), "Notice of a meeting") {
				href, _ := tr.Find("a").Attr("href")
				notices = append(notices, href)
			}
		})
		if len(notices) != 1 { // the site's one member: the other roles are not members
			t.Fatalf("%d meeting notices listed, want 1", len(notices))
		}
		msg := admin.get(notices[0])
		text := msg.find("pre.mail-text").Text()
		if msg.find("h1").Text() != "Notice of meeting: Special meeting" || !strings.Contains(msg.find("pre.mail-headers").Text(), "Attachment: meeting.ics") ||
			!strings.Contains(text, fmt.Sprintf("/meetings/%d\n", m.ID)) || !strings.Contains(text, "Item 1. Shall the union <b>strike</b>?") {
			t.Errorf("the meeting's notice:\n%s\n%s", msg.find("pre.mail-headers").Text(), text)
		}
	})
}
