package web_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestStaticFilesHashed: pages link the stylesheet and script by content
// hash; those addresses may be cached for a year, the plain ones briefly,
// and a hash from another release is served but always re-checked.
func TestStaticFilesHashed(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	page := s.loggedIn(member.RoleMember).get("/")
	hashed := regexp.MustCompile(`^/static/charter\.[0-9a-f]{8}\.(css|js)$`)
	css, _ := page.find(`link[rel="stylesheet"]`).Attr("href")
	js, _ := page.find(`script[src]`).Attr("src")
	for _, u := range []string{css, js} {
		if !hashed.MatchString(u) {
			t.Fatalf("page links %q, not a hashed static file", u)
		}
	}
	anon := s.browser()
	res := anon.get(css)
	if res.StatusCode != http.StatusOK || res.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
		t.Fatalf("hashed css: %d %q", res.StatusCode, res.Header.Get("Cache-Control"))
	}
	if res.Header.Get("Set-Cookie") != "" {
		t.Errorf("a shared static file sets a cookie: %q", res.Header.Get("Set-Cookie"))
	}
	if !strings.Contains(res.Body, `del::before { content: " [struck: "; }`) || !strings.Contains(res.Body, `:lang(fr) del::before { content: " [supprimé : "; }`) {
		t.Errorf("the stylesheet lacks the screen-reader words for struck text in English and French")
	}
	req, _ := http.NewRequest(http.MethodGet, s.srv.URL+css, nil)
	req.Header.Set("If-None-Match", res.Header.Get("ETag"))
	if again := anon.do(req); again.StatusCode != http.StatusNotModified {
		t.Errorf("a repeat request with the tag: %d, want 304", again.StatusCode)
	}
	if plain := anon.get("/static/charter.css"); plain.StatusCode != http.StatusOK || plain.Header.Get("Cache-Control") != "public, max-age=300" || plain.Body != res.Body {
		t.Errorf("plain name: %d %q", plain.StatusCode, plain.Header.Get("Cache-Control"))
	}
	if old := anon.get("/static/charter.00000000.css"); old.StatusCode != http.StatusOK || old.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("another release's hash: %d %q", old.StatusCode, old.Header.Get("Cache-Control"))
	}
	if missing := anon.get("/static/nothing.css"); missing.StatusCode != http.StatusNotFound {
		t.Errorf("missing file: %d", missing.StatusCode)
	}
}

// TestVersionPageNotModified: a version named by number answers a repeat
// visit with 304; a new comment on it, or another reader, gets a new page.
func TestVersionPageNotModified(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		reader := s.loggedIn(member.RoleMember)
		versions := reader.get("/documents/constitution/versions")
		href, ok := versions.find(`a[href*="/versions/"]`).First().Attr("href")
		if !ok {
			t.Fatalf("no version link on the versions page:\n%s", versions.Body)
		}
		first := reader.get(href)
		etag := first.Header.Get("ETag")
		if first.StatusCode != http.StatusOK || etag == "" || first.Header.Get("Cache-Control") != "private, no-cache" {
			t.Fatalf("version page: %d etag %q cache %q", first.StatusCode, etag, first.Header.Get("Cache-Control"))
		}
		conditional := func(b *browser) *response {
			req, _ := http.NewRequest(http.MethodGet, s.srv.URL+href, nil)
			req.Header.Set("If-None-Match", etag)
			return b.do(req)
		}
		if res := conditional(reader); res.StatusCode != http.StatusNotModified || res.Body != "" {
			t.Fatalf("repeat visit: %d, %d bytes", res.StatusCode, len(res.Body))
		}
		if res := conditional(s.loggedIn(member.RoleCommittee)); res.StatusCode != http.StatusOK {
			t.Errorf("another reader with the first one's tag: %d, want 200", res.StatusCode)
		}
		if current := reader.get("/documents/constitution"); current.Header.Get("ETag") != "" {
			t.Errorf("the current draft's page, which changes, carries a tag")
		}
	})
}
