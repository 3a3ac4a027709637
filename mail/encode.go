// Package mail delivers the outbox: it composes each message in its
// reader's language, encodes it as an email (plain text and simple HTML,
// with a calendar event for a ballot's voting window), and hands it to an
// SMTP server, marking it sent only once the server has accepted it.
package mail

import (
	"bytes"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"time"

	"github.com/charter-org/charter/message"
)

// Header is what an email says of itself besides its content.
type Header struct {
	From      mail.Address
	To        mail.Address
	MessageID string    // "<key@host>": the same on every try of one message
	Date      time.Time // when the message was queued: the same on every try
	Language  string
	// Unsubscribe is the one-click link that turns the message's kind off
	// (RFC 8058); "" for a required notice.
	Unsubscribe string
}

// Encode writes a message as RFC 5322 bytes: a multipart/alternative of
// text and HTML, inside a multipart/mixed beside the calendar event when
// there is one. Equal inputs give equal bytes, boundaries included, so
// that a message sent again is the same message.
func Encode(h Header, r message.Rendered, event *message.Event) ([]byte, error) {
	var buf bytes.Buffer
	header := func(name, value string) {
		fmt.Fprintf(&buf, "%s: %s\r\n", name, oneLine(value))
	}
	header("From", h.From.String())
	header("To", h.To.String())
	header("Subject", mime.QEncoding.Encode("utf-8", r.Subject))
	header("Date", h.Date.UTC().Format(time.RFC1123Z))
	header("Message-ID", h.MessageID)
	header("MIME-Version", "1.0")
	header("Auto-Submitted", "auto-generated")
	if h.Language != "" {
		header("Content-Language", h.Language)
	}
	if h.Unsubscribe != "" {
		header("List-Unsubscribe", "<"+h.Unsubscribe+">")
		header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
	}
	boundary := boundaryOf(h.MessageID)
	alternative := func(w *multipart.Writer) error {
		if err := writePart(w, "text/plain; charset=utf-8", nil, r.Text); err != nil {
			return err
		}
		return writePart(w, "text/html; charset=utf-8", nil, r.HTML)
	}
	if event == nil {
		w := multipart.NewWriter(&buf)
		if err := w.SetBoundary(boundary + "a"); err != nil {
			return nil, err
		}
		header("Content-Type", "multipart/alternative; boundary="+w.Boundary())
		buf.WriteString("\r\n")
		if err := alternative(w); err != nil {
			return nil, err
		}
		if err := w.Close(); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	mixed := multipart.NewWriter(&buf)
	if err := mixed.SetBoundary(boundary + "m"); err != nil {
		return nil, err
	}
	header("Content-Type", "multipart/mixed; boundary="+mixed.Boundary())
	buf.WriteString("\r\n")
	var inner bytes.Buffer
	alt := multipart.NewWriter(&inner)
	if err := alt.SetBoundary(boundary + "a"); err != nil {
		return nil, err
	}
	if err := alternative(alt); err != nil {
		return nil, err
	}
	if err := alt.Close(); err != nil {
		return nil, err
	}
	part, err := mixed.CreatePart(textproto.MIMEHeader{"Content-Type": {"multipart/alternative; boundary=" + alt.Boundary()}})
	if err != nil {
		return nil, err
	}
	if _, err := part.Write(inner.Bytes()); err != nil {
		return nil, err
	}
	ics := Calendar(*event, h.MessageID, h.Date)
	if err := writePart(mixed, `text/calendar; charset=utf-8; method=PUBLISH`, textproto.MIMEHeader{
		"Content-Disposition": {`attachment; filename="` + event.Filename() + `"`},
	}, ics); err != nil {
		return nil, err
	}
	if err := mixed.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writePart writes one leaf part, quoted-printable: lines stay short and
// any character goes through every mail server unchanged.
func writePart(w *multipart.Writer, contentType string, extra textproto.MIMEHeader, body string) error {
	h := textproto.MIMEHeader{"Content-Type": {contentType}, "Content-Transfer-Encoding": {"quoted-printable"}}
	for k, v := range extra {
		h[k] = v
	}
	part, err := w.CreatePart(h)
	if err != nil {
		return err
	}
	qp := quotedprintable.NewWriter(part)
	if _, err := qp.Write([]byte(strings.ReplaceAll(body, "\n", "\r\n"))); err != nil {
		return err
	}
	return qp.Close()
}

// boundaryOf derives the MIME boundaries from the Message-ID, so that a
// message encoded again is byte for byte the same.
func boundaryOf(messageID string) string {
	key := strings.Trim(messageID, "<>")
	if at := strings.IndexByte(key, '@'); at >= 0 {
		key = key[:at]
	}
	return "charter-" + key
}

// oneLine keeps a header on its line whatever a value holds: a line break
// in a header would start another header.
func oneLine(s string) string {
	return strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
}
