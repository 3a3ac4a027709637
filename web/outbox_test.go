package web_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

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
