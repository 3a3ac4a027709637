package message

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/web/i18n"
)

var (
	meetingStart = time.Date(2026, 12, 5, 17, 30, 0, 0, time.UTC)
	duesHash     = strings.Repeat("5e", 32)
)

func meetingNotice(mode meeting.Mode) MeetingNotice {
	return MeetingNotice{MeetingID: 3, Title: "Annual meeting", Mode: mode, Place: "Union hall <b>upstairs</b>\nRoom 2",
		StartsAt: meetingStart, NoticeAt: meetingStart.AddDate(0, 0, -31), DocumentTitle: "Bylaws", Quorum: ballot.Quorum{PerMille: 500},
		Items: []MeetingItem{
			{Question: "Adopt amendment 4, Five dollars?", Threshold: ballot.TwoThirds, Base: ballot.BaseCast, SHA256: duesHash,
				Motions: []string{"In Dues, Section 1, strike \"$2\" and insert \"$5\"", "In Dues, Section 2, add <i>yearly</i>"}},
			{Question: "Shall the union hold a picnic?", Threshold: ballot.Majority, Base: ballot.BaseCast},
		}}
}

// TestMeetingNotice: the notice says when, where and how the meeting is
// held, its quorum, each item in order with its rule and, for an
// amendment, its motions and the SHA-256 of its frozen text; it tells the
// member how to take part in the meeting's mode (the door, the meeting's
// page, or both); what officers and sponsors wrote stays words in HTML;
// it carries the start as a calendar entry and cannot be turned off.
func TestMeetingNotice(t *testing.T) {
	r := render(t, KindMeetingNotice, meetingNotice(meeting.ModeHybrid))
	want := []string{
		"gives notice of a membership meeting: Annual meeting.",
		"It starts 2026-12-05 17:30 UTC and is held in person and online.",
		"> Union hall <b>upstairs</b>\n> Room 2",
		"The amendments on its agenda change Bylaws.",
		"Quorum: 50.0 % of the roll.",
		"Item 1. Adopt amendment 4, Five dollars?\n\nIt is adopted by at least two-thirds of the votes cast.\n",
		"> In Dues, Section 1, strike \"$2\" and insert \"$5\"\n> In Dues, Section 2, add <i>yearly</i>",
		"which binds what the meeting may adopt:\n" + duesHash + "\n",
		"Item 2. Shall the union hold a picnic?\n\nIt is adopted by more than half of the votes cast.\n",
		"check you in at the door, or log in and check in on the meeting's page, from an hour before the start:\nhttps://charter.example.org/meetings/3\n",
		"every member in good standing receives it",
	}
	for _, w := range want {
		if !strings.Contains(r.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, r.Text)
		}
	}
	if strings.Count(r.Text, duesHash) != 1 {
		t.Errorf("the question without a snapshot was given a hash:\n%s", r.Text)
	}
	if r.Subject != "Notice of meeting: Annual meeting" {
		t.Errorf("subject %q", r.Subject)
	}
	if strings.Contains(r.HTML, "<b>upstairs") || strings.Contains(r.HTML, "<i>yearly") || !strings.Contains(r.HTML, "&lt;b&gt;upstairs") {
		t.Errorf("place or motion not escaped in HTML:\n%s", r.HTML)
	}
	if !KindMeetingNotice.Required() || strings.Contains(r.Text, "unsubscribe") {
		t.Error("a member could turn a meeting's notice off")
	}
	if _, err := ParseChoice(KindMeetingNotice, "none"); err == nil {
		t.Error("a meeting's notice was turned off")
	}

	facts, _ := json.Marshal(meetingNotice(meeting.ModeHybrid))
	m, err := Compose(KindMeetingNotice, facts, Recipient{Name: "Ana"}, Site{URL: "https://charter.example.org"})
	if err != nil {
		t.Fatal(err)
	}
	if ev := m.Event; ev == nil || ev.UID != "meeting-3" || !ev.Start.Equal(meetingStart) || !ev.End.IsZero() ||
		ev.URL != "https://charter.example.org/meetings/3" || ev.Filename() != "meeting.ics" {
		t.Errorf("calendar entry %+v", m.Event)
	}

	for mode, how := range map[meeting.Mode]struct{ says, not string }{
		meeting.ModeInPerson: {"the tellers check you in at the door", "log in and check in"},
		meeting.ModeOnline:   {"log in and check in on the meeting's page, from an hour before the start:\nhttps://charter.example.org/meetings/3\n", "at the door"},
	} {
		r := render(t, KindMeetingNotice, meetingNotice(mode))
		if !strings.Contains(r.Text, how.says) || strings.Contains(r.Text, how.not) || !strings.Contains(r.Text, "https://charter.example.org/meetings/3") {
			t.Errorf("%s: says %q, not %q, and links the meeting's page?\n%s", mode, how.says, how.not, r.Text)
		}
	}
	questions := meetingNotice(meeting.ModeOnline)
	questions.DocumentTitle, questions.Place = "", ""
	if r := render(t, KindMeetingNotice, questions); strings.Contains(r.Text, "amendments on its agenda change") || strings.Contains(r.Text, "how to join") {
		t.Errorf("a meeting on questions, online, without a place:\n%s", r.Text)
	}
}

// TestMeetingNoticeTranslated: the notice in French and in Spanish through
// the real catalogs translates every sentence the English one has, in
// every mode.
func TestMeetingNoticeTranslated(t *testing.T) {
	cat, err := i18n.Load(os.DirFS("../web"))
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range meeting.Modes {
		facts, _ := json.Marshal(meetingNotice(mode))
		m, err := Compose(KindMeetingNotice, facts, Recipient{Name: "Ana"}, Site{URL: "https://charter.example.org"})
		if err != nil {
			t.Fatal(err)
		}
		in := map[string]Rendered{}
		for _, lang := range []string{"en", "fr", "es"} {
			if in[lang], err = m.Render(cat.Localizer(lang).ErrorFormat, lang); err != nil {
				t.Fatal(err)
			}
		}
		for _, lang := range []string{"fr", "es"} {
			for _, line := range leftInEnglish(in["en"], in[lang], duesHash) {
				t.Errorf("%s, %s: left in English: %q", mode, lang, line)
			}
		}
		if mode == meeting.ModeHybrid {
			for lang, want := range map[string]string{
				"fr": "Elle commence le 2026-12-05 17:30 UTC et se tient en présentiel et en ligne.",
				"es": "Comienza el 2026-12-05 17:30 UTC y es presencial y en línea.",
			} {
				if !strings.Contains(in[lang].Text, want) {
					t.Errorf("%s lacks %q:\n%s", lang, want, in[lang].Text)
				}
			}
			if in["es"].Subject != "Convocatoria de asamblea: Annual meeting" {
				t.Errorf("Spanish subject %q", in["es"].Subject)
			}
		}
	}
}
