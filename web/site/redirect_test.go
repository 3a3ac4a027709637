package site

import (
	"net/url"
	"strings"
	"testing"
)

// TestRedirectsStayOnCharter: a "next" address from a link or a form leads
// to a page of this site, as a browser would read it, or to the home page.
func TestRedirectsStayOnCharter(t *testing.T) {
	// As a handler reads them: the query or form already decoded once.
	hostile := []string{
		"/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "\t//evil.example",
		"/\\evil.example", "\\/evil.example", "\\\\evil.example", "/\t\\evil.example",
		" //evil.example", "\x00//evil.example", "\x1f/\\evil.example", "\x0b//evil.example",
		"//evil.example", "///evil.example", "https://evil.example", "http:/evil.example",
		"javascript:alert(1)", "evil.example", "", "@evil.example", "/\x7f/x", "/a\x00b",
	}
	// As they come in a link: percent-encoded, once or twice.
	for _, query := range []string{
		"next=/%09/evil.example", "next=%2F%09%2Fevil.example", "next=%2F%5Cevil.example",
		"next=%5C%5Cevil.example", "next=%2F%2Fevil.example", "next=%20%2F%2Fevil.example",
		"next=%00%2F%2Fevil.example", "next=/%0d%0a/evil.example", "next=%252F%252Fevil.example",
		"next=%2F%25%30%39%2Fevil.example", "next=https%3A%2F%2Fevil.example",
	} {
		q, err := url.ParseQuery(query)
		if err != nil {
			t.Fatal(err)
		}
		hostile = append(hostile, q.Get("next"))
	}
	for _, in := range hostile {
		got := SafeNext(in)
		if strings.ContainsAny(got, "\t\r\n\\") || strings.ContainsFunc(got, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			t.Errorf("SafeNext(%q) = %q keeps what browsers strip or refuse", in, got)
		}
		if !sameOrigin(got) {
			t.Errorf("SafeNext(%q) = %q, which a browser reads as another site", in, got)
		}
	}
	// Percent-encoded text stays encoded: a browser never decodes it into
	// the address's authority.
	for in, want := range map[string]string{
		"/documents/constitution":       "/documents/constitution",
		"/documents/c?x=1#art-2":        "/documents/c?x=1#art-2",
		"/%2F/evil.example":             "/%2F/evil.example",
		"/%09/evil.example":             "/%09/evil.example",
		"/%5Cevil.example":              "/%5Cevil.example",
		"/documents/c\t/sections/a":     "/documents/c/sections/a",
		" \t/documents/c":               "/documents/c",
		"/search?q=a//b":                "/search?q=a//b",
		"/\t/evil.example":              "/",
		"/documents/c?next=//evil.test": "/documents/c?next=//evil.test",
	} {
		if got := SafeNext(in); got != want {
			t.Errorf("SafeNext(%q) = %q, want %q", in, got, want)
		}
	}
}

// sameOrigin reads a Location value as a browser would resolve it against
// a page of this site, after the browser's own clean-up.
func sameOrigin(loc string) bool {
	base, _ := url.Parse("https://charter.example/login")
	u, err := url.Parse(loc)
	if err != nil {
		return false
	}
	r := base.ResolveReference(u)
	return r.Scheme == "https" && r.Host == "charter.example" && !strings.HasPrefix(loc, "//")
}
