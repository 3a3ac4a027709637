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
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
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
