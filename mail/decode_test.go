package mail

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"
)

// decoded gives a message's headers and every leaf part decoded, one
// after another: what a mail program would show, and the calendar.
func decoded(t testing.TB, data []byte) string {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a message: %v", err)
	}
	var out strings.Builder
	for k, v := range m.Header {
		out.WriteString(k + ": " + strings.Join(v, ", ") + "\n")
	}
	var walk func(contentType string, body io.Reader)
	walk = func(contentType string, body io.Reader) {
		media, params, err := mime.ParseMediaType(contentType)
		if err != nil {
			t.Fatalf("content type %q: %v", contentType, err)
		}
		if strings.HasPrefix(media, "multipart/") {
			r := multipart.NewReader(body, params["boundary"])
			for {
				p, err := r.NextRawPart()
				if err == io.EOF {
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if p.Header.Get("Content-Transfer-Encoding") == "quoted-printable" {
					walk(p.Header.Get("Content-Type"), quotedprintable.NewReader(p))
				} else {
					walk(p.Header.Get("Content-Type"), p)
				}
			}
		}
		b, err := io.ReadAll(body)
		if err != nil {
			t.Fatal(err)
		}
		out.WriteString("\n--- " + media + "\n" + string(b))
	}
	walk(m.Header.Get("Content-Type"), m.Body)
	return out.String()
}
