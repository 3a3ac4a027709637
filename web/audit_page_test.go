package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store/storetest"
)

// TestAuditLogInWords: the audit log names each action in the reader's
// words, its code kept in a tooltip, and gives each cell its column's name
// for the phone's layout.
func TestAuditLogInWords(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	observer := s.loggedIn(member.RoleObserver)
	page := observer.get("/audit")
	if page.StatusCode != http.StatusOK {
		t.Fatalf("audit: %d", page.StatusCode)
	}
	actions := page.find("table.audit td[data-label='Action'] span")
	if actions.Length() == 0 {
		t.Fatal("no actions")
	}
	if got := page.find(`table.audit span[title="document.create"]`).Text(); got != "Document imported" {
		t.Errorf("the import's action: %q", got)
	}
	if strings.Contains(actions.Text(), ".") {
		t.Errorf("an action shown as its code: %q", actions.Text())
	}
	if res := observer.submit("/", "/language", url.Values{"lang": {"fr"}, "next": {"/"}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("set language: %d", res.StatusCode)
	}
	if got := observer.get("/audit").find(`table.audit span[title="document.create"]`).Text(); got != "Document importé" {
		t.Errorf("in French: %q", got)
	}
}
