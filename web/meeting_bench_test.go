package web_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
	"github.com/charter-org/charter/web"
)

// BenchmarkMeetingPage: the pages every attendee's phone and the hall's
// projector read again when the meeting changes (at most every three
// seconds each), for a meeting on a generated constitution at 1× and 4×
// the largest real bylaw: 200 members present, an amendment before the
// meeting, a floor amendment to it pending, a question after it.
func BenchmarkMeetingPage(b *testing.B) {
	for _, scale := range corpus.Scales[:2] {
		b.Run(scale.Name, func(b *testing.B) {
			ctx := context.Background()
			db := storetest.SQLite(b)
			now := time.Now().UTC().Truncate(time.Microsecond)
			db.UseClock(func() time.Time { return now.Add(-time.Hour) })
			text := corpus.Constitution(scale.Bytes, 1)
			_, v, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: text})
			if err != nil {
				b.Fatal(err)
			}
			if err := db.SetCosponsorsNeeded(ctx, 0, "c", 0); err != nil {
				b.Fatal(err)
			}
			rule, _ := ballot.ParseRule("2/3", "cast", "10%", 0)
			if err := db.SetVoteRule(ctx, member.User{}, "c", rule, "Article IX"); err != nil {
				b.Fatal(err)
			}
			officer, err := db.CreateUser(ctx, 0, store.NewUser{Email: "o@example.org", Name: "O", Roles: []member.Role{member.RoleOfficer}, GoodStanding: true})
			if err != nil {
				b.Fatal(err)
			}
			members := storetest.Roster(b, db, officer.ID, "Member", 200)
			// The amendment and the floor amendment each change a word of
			// the first clause that has one.
			word := []byte(" members ")
			i := bytes.Index(text, word)
			noticed := append(append(append([]byte{}, text[:i]...), " workers "...), text[i+len(word):]...)
			floor := append(append(append([]byte{}, text[:i]...), " all workers "...), text[i+len(word):]...)
			a, err := db.ProposeAmendment(ctx, members[0], store.NewAmendment{DocumentSlug: "c", BaseVersionID: v.ID, Title: "Workers", Proposed: noticed, Submit: true})
			if err != nil {
				b.Fatal(err)
			}
			tellers := storetest.NewTellers(b, db, "Teller", 2)
			m, err := db.ScheduleMeeting(ctx, officer, store.NewMeeting{DocumentSlug: "c", Title: "Convention", Mode: meeting.ModeHybrid, Place: "Hall",
				StartsAt: now, ChairID: members[0].ID, Tellers: storetest.TellerIDs(tellers), SharesNeeded: 2, MinBallots: 3,
				Items: []store.NewItem{{Kind: meeting.KindAmendment, AmendmentID: a.ID}, {Kind: meeting.KindQuestion, Question: "Strike?"}}})
			if err != nil {
				b.Fatal(err)
			}
			db.UseClock(func() time.Time { return now })
			for _, u := range members {
				if err := db.CheckIn(ctx, u, m.ID, u.ID); err != nil {
					b.Fatal(err)
				}
			}
			if err := db.CallToOrder(ctx, members[0], m.ID); err != nil {
				b.Fatal(err)
			}
			if err := db.TakeUp(ctx, members[0], m.ID, m.Items[0].ID); err != nil {
				b.Fatal(err)
			}
			if _, err := db.MoveFloorAmendment(ctx, members[1], m.ID, m.Items[0].ID, string(floor)); err != nil {
				b.Fatal(err)
			}
			session, err := db.CreateSession(ctx, members[2].ID)
			if err != nil {
				b.Fatal(err)
			}
			srv, err := web.New(ctx, db, web.Config{}, slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err != nil {
				b.Fatal(err)
			}
			h, err := srv.Handler()
			if err != nil {
				b.Fatal(err)
			}
			for _, page := range []string{"", "/projector"} {
				b.Run("page"+page, func(b *testing.B) {
					for b.Loop() {
						req := httptest.NewRequest(http.MethodGet, fmt.Sprintf("/meetings/%d%s", m.ID, page), nil)
						req.AddCookie(&http.Cookie{Name: "charter_session", Value: session})
						rec := httptest.NewRecorder()
						h.ServeHTTP(rec, req)
						if rec.Code != http.StatusOK {
							b.Fatalf("status %d", rec.Code)
						}
					}
				})
			}
		})
	}
}
