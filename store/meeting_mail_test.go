package store_test

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
	"github.com/charter-org/charter/web/i18n"
)

// TestMeetingNoticeQueued: scheduling a meeting queues its notice, in the
// same transaction, once to each member in good standing who has an
// address, and to nobody else (a member out of good standing, the officer
// and tellers who are not members, a member without email, whom a letter
// must reach); each reads it in their language, the document's when they
// chose none, naming the agenda's SHA-256s; a refused notice queues
// nothing.
func TestMeetingNoticeQueued(t *testing.T) {
	cat, err := i18n.Load(os.DirFS("../web"))
	if err != nil {
		t.Fatal(err)
	}
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newUnscheduledMeeting(t, db, "es")
		post := importPostRoster(t, db) // Ana Post has no email
		lapsed, french := f.members[3], f.members[1]
		if err := db.SetStanding(ctx, 0, lapsed.ID, false, "Dues unpaid since March."); err != nil {
			t.Fatal(err)
		}
		if err := db.SetLanguage(ctx, french.ID, "fr"); err != nil {
			t.Fatal(err)
		}
		notices := func() []store.QueuedMail {
			t.Helper()
			rows, err := db.QueuedForTest(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return slices.DeleteFunc(rows, func(r store.QueuedMail) bool { return r.Kind != message.KindMeetingNotice })
		}

		noChair := f.newMeeting(31)
		noChair.ChairID = post["Ana Post"].ID + 1000
		for what, refused := range map[string]struct {
			by   int
			in   store.NewMeeting
			code string
		}{
			"ten days' notice": {in: f.newMeeting(10), code: charter.EINVALID},
			"no such chair":    {in: noChair, code: charter.EINVALID},
			"by a member":      {by: 1, in: f.newMeeting(31), code: charter.EFORBIDDEN},
		} {
			officer := f.officer
			if refused.by != 0 {
				officer = f.members[refused.by]
			}
			if _, err := db.ScheduleMeeting(ctx, officer, refused.in); charter.ErrorCode(err) != refused.code {
				t.Errorf("%s: %v, want %s", what, err, refused.code)
			}
		}
		if rows := notices(); len(rows) != 0 {
			t.Fatalf("refused notices queued %d messages", len(rows))
		}

		f.schedule(t)
		var want []int64
		for _, m := range f.members {
			if m.ID != lapsed.ID {
				want = append(want, m.ID)
			}
		}
		want = append(want, post["Ben Mail"].ID, post["Cleo Both"].ID)
		slices.Sort(want)
		rows := notices()
		var got []int64
		for _, r := range rows {
			got = append(got, r.UserID)
			if r.ContentID != rows[0].ContentID || r.Digest {
				t.Errorf("row %d: content %d, digest %v", r.ID, r.ContentID, r.Digest)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Fatalf("notice queued to %v, want %v", got, want)
		}
		var facts message.MeetingNotice
		if err := json.Unmarshal([]byte(rows[0].Facts), &facts); err != nil {
			t.Fatal(err)
		}
		amendment, question := f.meeting.Items[0], f.meeting.Items[1]
		if facts.MeetingID != f.meeting.ID || facts.DocumentTitle != "Bylaws" || len(facts.Items) != 2 || !facts.StartsAt.Equal(f.meeting.StartsAt) ||
			facts.Items[0].SHA256 != amendment.SnapshotSHA256 || len(facts.Items[0].Motions) == 0 || facts.Items[1].SHA256 != "" ||
			facts.Items[1].Question != question.Question || facts.Quorum != f.meeting.Quorum {
			t.Errorf("facts %+v, meeting %+v", facts, f.meeting)
		}

		claimed, err := db.ClaimMail(ctx, "test", 1000, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		read := 0
		for _, o := range claimed {
			if o.ContentID != rows[0].ContentID {
				continue
			}
			read++
			lang, subject := "es", "Convocatoria de asamblea: Annual meeting"
			if o.UserID == french.ID {
				lang, subject = "fr", "Convocation à l'assemblée : Annual meeting"
			}
			content, err := db.MailContent(ctx, o.ContentID)
			if err != nil {
				t.Fatal(err)
			}
			m, err := message.Compose(content.Kind, content.Facts, o.Recipient, message.Site{URL: "https://charter.example.org"})
			if err != nil {
				t.Fatal(err)
			}
			r, err := m.Render(cat.Localizer(o.Language).ErrorFormat, o.Language)
			if err != nil {
				t.Fatal(err)
			}
			if o.Language != lang || r.Subject != subject || !strings.Contains(r.Text, amendment.SnapshotSHA256) || !strings.Contains(r.Text, "/meetings/") {
				t.Errorf("member %d reads %s, %q:\n%s", o.UserID, o.Language, r.Subject, r.Text)
			}
		}
		if read != len(want) {
			t.Errorf("%d notices claimed, want %d", read, len(want))
		}
	})
}
