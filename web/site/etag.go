package site

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"
)

// release names the code that renders pages: a page's validator must
// change when a new release renders the same data differently. A clean VCS
// build or a tagged module names itself; any other build gets a name of its
// own at start-up, which costs only a full reload after each restart. It is
// read on first use: no command but serve renders a page.
var release = sync.OnceValue(func() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		var rev, modified string
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value
			}
		}
		if rev != "" && modified == "false" {
			return rev
		}
		if v := info.Main.Version; v != "" && v != "(devel)" {
			return v
		}
	}
	return rand.Text()
})

// PageETag is a strong validator for a page whose content is fixed by
// parts: the release, the reader's language, who they are and the session
// (the page's forms carry its CSRF token), the address (the language form
// returns to it), and what the handler passes. Two readers never share a
// tag, and neither does one reader before and after logging in again.
func (s *Site) PageETag(c *gin.Context, parts ...any) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%q\x00", release(), s.build, s.Localizer(c).Tag(), c.Request.URL.RequestURI())
	if u := User(c); u != nil {
		roles := slices.Clone(u.Roles)
		slices.Sort(roles)
		fmt.Fprintf(h, "user\x00%d\x00%q\x00%q\x00", u.ID, u.Name, roles)
	}
	fmt.Fprintf(h, "%s\x00", CSRFToken(c))
	for _, p := range parts {
		fmt.Fprintf(h, "%#v\x00", p) // fmt prints maps in key order
	}
	return `"` + hex.EncodeToString(h.Sum(nil)[:20]) + `"`
}

// NotModified gives a page its validator and reports whether the browser's
// copy is still good, having answered 304 if so. "private": the page is one
// member's; "no-cache": the browser asks each time, so a hidden comment or
// a new version shows at once, and a copy never outlives its session.
func NotModified(c *gin.Context, etag string) bool {
	h := c.Writer.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", "private, no-cache")
	if !etagListed(c.GetHeader("If-None-Match"), etag) {
		return false
	}
	c.Status(http.StatusNotModified)
	c.Writer.WriteHeaderNow()
	return true
}

// etagListed compares an If-None-Match list with etag the weak way, as
// that header asks (a W/ prefix is ignored).
func etagListed(header, etag string) bool {
	for t := range strings.SplitSeq(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}
