package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Cache lifetimes of the static files. A hashed name changes with the
// content, so the browser may keep it for a year without asking again; the
// plain name stays for links from outside pages and is soon re-checked.
const (
	immutableCache = "public, max-age=31536000, immutable"
	plainCache     = "public, max-age=300"
)

// asset is one static file, held in memory from start-up.
type asset struct {
	name   string // charter.css
	hashed string // charter.3f9a1c2b.css
	body   []byte
	etag   string
}

// assetTable holds the static files by plain and by hashed name.
type assetTable struct {
	byName   map[string]*asset
	byHashed map[string]*asset
	// build identifies the embedded templates, catalogs and static files
	// together, so that a page's validator changes with each release.
	build string
}

// hashedName matches a name with a content hash before its extension.
var hashedName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(.+)\.[0-9a-f]{8}(\.[A-Za-z0-9]+)$`) })

// loadAssets reads the static files of fsys and hashes them; extra holds
// bytes appended to a file at start-up (rules generated from the catalogs).
func loadAssets(fsys fs.FS, extra map[string][]byte) (*assetTable, error) {
	t := &assetTable{byName: map[string]*asset{}, byHashed: map[string]*asset{}}
	build := sha256.New()
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		name, ok := strings.CutPrefix(p, "static/")
		if ok {
			body = append(body, extra[name]...)
			sum := sha256.Sum256(body)
			ext := path.Ext(name)
			a := &asset{name: name, body: body, etag: `"` + hex.EncodeToString(sum[:16]) + `"`,
				hashed: strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext}
			t.byName[a.name], t.byHashed[a.hashed] = a, a
		}
		fmt.Fprintf(build, "%s\x00%d\x00", p, len(body))
		build.Write(body)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("static files: %w", err)
	}
	t.build = hex.EncodeToString(build.Sum(nil))
	return t, nil
}

// url is the address a page links a static file by; a name that is not
// there fails the page at once rather than leaving it unstyled.
func (t *assetTable) url(name string) (string, error) {
	a, ok := t.byName[name]
	if !ok {
		return "", fmt.Errorf("no static file %q", name)
	}
	return "/static/" + a.hashed, nil
}

// serveAsset answers /static/NAME and /static/NAME.HASH.EXT. It runs
// without the session middleware: a response every visitor may share must
// not set a cookie, nor cost a database query.
func (t *assetTable) serveAsset(c *gin.Context) {
	name := strings.TrimPrefix(c.Param("file"), "/")
	cache := plainCache
	a, ok := t.byHashed[name]
	if ok {
		cache = immutableCache
	} else if a, ok = t.byName[name]; !ok {
		// A hash from another release (a page from before a deploy, or
		// another instance mid-deploy): the current file, but re-checked
		// on every use so the wrong bytes never stick.
		if m := hashedName().FindStringSubmatch(name); m != nil {
			a, ok = t.byName[m[1]+m[2]]
			cache = "no-cache"
		}
	}
	if !ok {
		c.String(http.StatusNotFound, "not found\n")
		return
	}
	h := c.Writer.Header()
	h.Set("Cache-Control", cache)
	h.Set("ETag", a.etag)
	// ServeContent sets the type from the extension and answers
	// If-None-Match and ranges.
	http.ServeContent(c.Writer, c.Request, a.name, time.Time{}, bytes.NewReader(a.body))
}

// redlineMarkerCSS words the hidden start and end markers of struck and
// inserted text in each language of the catalogs, for screen readers,
// which read generated content but not <del> and <ins> themselves. The
// words live in the catalogs like every other string; CSS cannot look them
// up, so the rules are written once here and appended to charter.css.
func (cat *catalog) redlineMarkerCSS() []byte {
	rule := func(l *i18n.Localizer, scope string) string {
		word := func(id string) string {
			s, err := l.Localize(&i18n.LocalizeConfig{MessageID: id})
			if err != nil {
				s = id // the catalog test reports it
			}
			return cssString(" " + s + " ")
		}
		return fmt.Sprintf("  %sdel::before { content: %s; }\n  %sdel::after { content: %s; }\n  %sins::before { content: %s; }\n  %sins::after { content: %s; }\n",
			scope, word("RedlineDeletionStart"), scope, word("RedlineDeletionEnd"),
			scope, word("RedlineInsertionStart"), scope, word("RedlineInsertionEnd"))
	}
	tags := make([]string, 0, len(cat.langs))
	for _, tag := range cat.langs {
		tags = append(tags, tag.String())
	}
	// Sorted, so that every instance of a release serves the same bytes
	// under the same hash.
	sort.Strings(tags)
	var b strings.Builder
	b.WriteString("\n/* Generated at start-up from locales/*.json (web/assets.go). */\n@media not print {\n")
	b.WriteString(rule(i18n.NewLocalizer(cat.bundle, "en"), ""))
	for _, tag := range tags {
		if tag != "en" && cssIdent().MatchString(tag) {
			b.WriteString(rule(i18n.NewLocalizer(cat.bundle, tag), ":lang("+tag+") "))
		}
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

var cssIdent = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*$`) })

// cssString quotes s as a CSS string.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\%x ", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
