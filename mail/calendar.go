package mail

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charter-org/charter/message"
)

// Calendar writes an event as an iCalendar object (RFC 5545) that
// calendar programs add with one click. Its UID names the event, not the
// message: a ballot's voting window is one event whichever message
// brought it. stamp is when the message was made.
func Calendar(ev message.Event, messageID string, stamp time.Time) string {
	host := "charter"
	if at := strings.LastIndexByte(messageID, '@'); at >= 0 {
		host = strings.TrimSuffix(messageID[at+1:], ">")
	}
	const utc = "20060102T150405Z"
	lines := []string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//Charter//Notice//EN",
		"METHOD:PUBLISH",
		"BEGIN:VEVENT",
		"UID:" + icsText(ev.UID+"@"+host),
		"DTSTAMP:" + stamp.UTC().Format(utc),
		"DTSTART:" + ev.Start.UTC().Format(utc),
	}
	// An event without an end (a meeting's) is its start alone (RFC 5545,
	// 3.6.1), rather than an end Charter would have to invent.
	if !ev.End.IsZero() {
		lines = append(lines, "DTEND:"+ev.End.UTC().Format(utc))
	}
	lines = append(lines,
		"SUMMARY:"+icsText(ev.Summary),
		"URL:"+ev.URL,
		"DESCRIPTION:"+icsText(ev.URL),
		"END:VEVENT",
		"END:VCALENDAR",
	)
	var b strings.Builder
	for _, line := range lines {
		fold(&b, line)
	}
	return strings.ReplaceAll(b.String(), "\r\n", "\n") // writePart puts the CRLFs back
}

// icsText escapes a TEXT value: backslash, semicolon, comma and line
// breaks have meanings of their own there.
func icsText(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`).Replace(s)
}

// fold writes a content line, folded every 75 octets and never inside a
// character.
func fold(b *strings.Builder, line string) {
	limit := 75
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		b.WriteString(line[:cut] + "\r\n ")
		line = line[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(line + "\r\n")
}
