package web_test

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// events opens a page's event stream in b's session and returns the lines
// it sends, until the test ends.
func (b *browser) events(t *testing.T, path string) <-chan string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, b.site.srv.URL+path, nil)
	res, err := b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("%s: %d %s", path, res.StatusCode, res.Header.Get("Content-Type"))
	}
	lines := make(chan string, 64)
	go func() {
		defer res.Body.Close()
		defer close(lines)
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return lines
}

// expectLine waits for a line of the stream.
func expectLine(t *testing.T, lines <-chan string, want string) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("the stream ended before %q", want)
			}
			if l == want {
				return
			}
		case <-deadline:
			t.Fatalf("no %q within 5 s", want)
		}
	}
}

// TestLivePagesAreToldOfChanges: a document's stream says when someone
// comments on it (or did between the page's rendering and the stream's
// opening), and ends when the reader's sessions are revoked; no one
// without a live session opens one.
func TestLivePagesAreToldOfChanges(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	reader := s.loggedIn(member.RoleMember)
	lines := reader.events(t, "/documents/constitution/events")
	expectLine(t, lines, "retry: 5000")
	head, nodes := s.current()
	poster, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "poster@example.org", Name: "Poster", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
	if _, err := db.PostComment(ctx, poster, store.NewComment{DocumentSlug: "constitution", VersionID: head.ID, SectionKey: nodes[1].Key, Stance: "support", Body: "Yes."}); err != nil {
		t.Fatal(err)
	}
	expectLine(t, lines, "event: change")
	expectLine(t, lines, "data: comments")
	// A page rendered before that comment, whose stream opens after it, is
	// told at once.
	late := s.loggedIn(member.RoleObserver).events(t, "/documents/constitution/events?since=0")
	expectLine(t, late, "data: since")
	if _, err := db.RevokeAll(ctx, 0, s.users[member.RoleMember].ID); err != nil {
		t.Fatal(err)
	}
	expectLine(t, lines, "event: end")
	if res := reader.get("/documents/constitution/events"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("a revoked session opens a stream: %d", res.StatusCode)
	}
	if res := s.browser().get("/documents/constitution/events"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("a visitor opens a stream: %d", res.StatusCode)
	}
}

// TestMeetingStreamIsPaced: while a hall fills, the check-ins that come
// within a few seconds of a change told are told together, once, at the
// interval's end; a page is not read again for each.
func TestMeetingStreamIsPaced(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		tellers := storetest.NewTellers(t, db, "Teller", 2)
		var members []member.User
		for i := range 6 {
			u, err := db.CreateUser(ctx, 0, store.NewUser{Email: fmt.Sprintf("hall%d@example.org", i), Name: fmt.Sprintf("Hall %d", i), Roles: []member.Role{member.RoleMember}, GoodStanding: true})
			if err != nil {
				t.Fatal(err)
			}
			members = append(members, u)
		}
		m, err := db.ScheduleMeeting(ctx, s.users[member.RoleOfficer], store.NewMeeting{Title: "Hall", Mode: meeting.ModeHybrid, Place: "Hall",
			StartsAt: db.Now().Add(30 * time.Minute), ChairID: members[0].ID, Tellers: storetest.TellerIDs(tellers), SharesNeeded: 2, MinBallots: 3,
			Items: []store.NewItem{{Kind: meeting.KindQuestion, Question: "Strike?"}}})
		if err != nil {
			t.Fatal(err)
		}
		lines := s.loggedIn(member.RoleMember).events(t, fmt.Sprintf("/meetings/%d/events", m.ID))
		expectLine(t, lines, "retry: 5000")
		for _, u := range members {
			if err := db.CheckIn(ctx, u, m.ID, u.ID); err != nil {
				t.Fatal(err)
			}
		}
		told := 0
		for end := time.After(6 * time.Second); end != nil; {
			select {
			case l := <-lines:
				if l == "data: meeting" {
					told++
				}
			case <-end:
				end = nil
			}
		}
		if told != 2 {
			t.Errorf("six check-ins told %d times, not twice (the first, then the rest together)", told)
		}
	})
}
