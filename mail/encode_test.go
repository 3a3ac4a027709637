package mail

import (
	"bytes"
	"mime"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/message"
)

// TestEncodeIsTheSameMessageEveryTime: a message encoded again, as when
// it is sent again after a crash, is byte for byte the one sent before;
// no value a member wrote can start a header of its own; a subject in any
// script is encoded for the header.
func TestEncodeIsTheSameMessageEveryTime(t *testing.T) {
	queued := time.Date(2026, 12, 3, 9, 30, 0, 0, time.UTC)
	h := Header{From: mail.Address{Name: "Local 12", Address: "charter@local12.example.org"},
		To:        mail.Address{Name: "Rosa \"R\" Parks\r\nBcc: victim@example.org", Address: "rosa@example.org"},
		MessageID: "<0123abcd@local12.example.org>", Date: queued, Language: "fr", Unsubscribe: "https://charter.example.org/mail/unsubscribe/1.x.y"}
	r := message.Rendered{Subject: "Avis de scrutin : cotisations\r\nBcc: victim@example.org", Text: "Bonjour,\nligne deux\n", HTML: "<p>Bonjour</p>"}
	ev := &message.Event{UID: "ballot-7", Summary: "Vote; on dues, again", Start: queued.Add(24 * time.Hour), End: queued.Add(48 * time.Hour), URL: "https://charter.example.org/ballots/7"}
	a, err := Encode(h, r, ev)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Encode(h, r, ev)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two encodings of one message differ")
	}
	m, err := mail.ReadMessage(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if m.Header.Get("Bcc") != "" {
		t.Errorf("a value started a header of its own:\n%s", a)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if err != nil || !strings.HasPrefix(subject, "Avis de scrutin : cotisations") {
		t.Errorf("subject %q: %v", subject, err)
	}
	if got := m.Header.Get("Date"); got != queued.Format(time.RFC1123Z) {
		t.Errorf("Date %q is not when the message was queued", got)
	}
	if m.Header.Get("List-Unsubscribe-Post") != "List-Unsubscribe=One-Click" || m.Header.Get("Content-Language") != "fr" {
		t.Errorf("headers: %v", m.Header)
	}
	body := decoded(t, a)
	for _, want := range []string{"Bonjour,\r\nligne deux", "<p>Bonjour</p>", "SUMMARY:Vote\\; on dues\\, again", "DTSTART:20261204T093000Z", "UID:ballot-7@local12.example.org"} {
		if !strings.Contains(body, want) {
			t.Errorf("the message lacks %q:\n%s", want, body)
		}
	}
}

// TestCalendarLinesFoldInsideNoCharacter: a long summary in a script of
// several bytes a character is folded at 75 octets, never inside one.
func TestCalendarLinesFoldInsideNoCharacter(t *testing.T) {
	ics := Calendar(message.Event{UID: "ballot-1", Summary: strings.Repeat("Ратификация устава ", 10), Start: time.Unix(0, 0), End: time.Unix(3600, 0)}, "<k@x.org>", time.Unix(0, 0))
	var unfolded strings.Builder
	for i, line := range strings.Split(strings.TrimSuffix(ics, "\n"), "\n") {
		if len(line) > 75 {
			t.Errorf("line %d is %d octets", i, len(line))
		}
		if !strings.HasPrefix(line, " ") && i > 0 {
			unfolded.WriteString("\n")
		}
		unfolded.WriteString(strings.TrimPrefix(line, " "))
	}
	if !strings.Contains(unfolded.String(), "SUMMARY:"+strings.Repeat("Ратификация устава ", 10)) {
		t.Errorf("the summary does not unfold whole:\n%s", ics)
	}
}

// TestMeetingCalendarHasNoInventedEnd: a meeting's notice carries its
// start alone, attached as meeting.ics; a ballot's window keeps its end.
func TestMeetingCalendarHasNoInventedEnd(t *testing.T) {
	start := time.Date(2026, 12, 5, 17, 30, 0, 0, time.UTC)
	h := Header{From: mail.Address{Address: "charter@local12.example.org"}, To: mail.Address{Address: "rosa@example.org"},
		MessageID: "<m1@local12.example.org>", Date: start.AddDate(0, 0, -31), Language: "en"}
	b, err := Encode(h, message.Rendered{Subject: "Notice of meeting", Text: "Dear Rosa,\n", HTML: "<p>Dear Rosa,</p>"},
		&message.Event{UID: "meeting-3", Summary: "Annual meeting", Start: start, URL: "https://charter.example.org/meetings/3"})
	if err != nil {
		t.Fatal(err)
	}
	body := decoded(t, b)
	if !strings.Contains(body, "DTSTART:20261205T173000Z") || strings.Contains(body, "DTEND") || !bytes.Contains(b, []byte(`filename="meeting.ics"`)) {
		t.Errorf("the meeting's calendar entry:\n%s", body)
	}
	ballot := Calendar(message.Event{UID: "ballot-7", Start: start, End: start.Add(time.Hour)}, "<k@x.org>", start)
	if !strings.Contains(ballot, "DTEND:20261205T183000Z") {
		t.Errorf("a ballot's window lost its end:\n%s", ballot)
	}
}
