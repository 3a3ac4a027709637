package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/charter-org/charter/member"
)

// TestRedirectsStayOnCharter: Chromium itself, sent on after logging in to
// a hostile "next" address (a tab, a line break, a backslash or a space
// where browsers drop or read them as slashes), stays on Charter.
func TestRedirectsStayOnCharter(t *testing.T) {
	s := newSite(t)
	s.account("maya@local1.example", "Maya", member.RoleMember)
	u := s.user(t, "maya", desktop, false)
	stayed := func(step string) {
		t.Helper()
		var at string
		u.run("location", chromedp.Location(&at))
		if !strings.HasPrefix(at, s.url+"/") {
			t.Errorf("%s: Chromium went to %s", step, at)
		}
	}
	u.open("/login?next=/%09/evil.example")
	u.fill(map[string]string{"#email": "maya@local1.example", "#password": password})
	u.click(`form[action="/login"] button[type="submit"]`, 200)
	stayed("after logging in")
	for _, next := range []string{"/%09/evil.example", "/%0D%0A/evil.example", "/%5Cevil.example", "%5C%5Cevil.example", "%20//evil.example", "%01//evil.example"} {
		u.open("/login?next=" + next) // logged in: sent on at once
		stayed("next=" + next)
	}
}
