package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
)

// versionPage is what a document's page derives from one version alone:
// its outline, table of contents and front matter. A version never
// changes, so it is worked out once, on the first view, and kept under the
// version's id and hash. Reading the outline's rows and checking the text
// again for its front matter took most of a view of the largest bylaw.
type versionPage struct {
	nodes []document.Node
	keys  []string
	toc   []document.Node
	meta  []metaField
	index map[string]int // a section's key → its position in nodes
}

func (s *Server) versionPage(ctx context.Context, ver document.Version) (*versionPage, error) {
	return s.versionPages.Get(strconv.FormatInt(ver.ID, 10)+"/"+ver.SHA256, func() (*versionPage, error) {
		nodes, err := s.db.Outline(ctx, ver.ID)
		if err != nil {
			return nil, err
		}
		text, err := s.versionText(ctx, ver)
		if err != nil {
			return nil, err
		}
		src, err := document.ReadSource(text)
		if err != nil { // a stored version was checked when it was stored
			return nil, charter.Internal(fmt.Errorf("version %d: %w", ver.ID, err))
		}
		p := &versionPage{nodes: nodes, keys: make([]string, len(nodes)), meta: metadata(src.FrontMatter), index: make(map[string]int, len(nodes))}
		for i, n := range nodes {
			p.keys[i], p.index[n.Key] = n.Key, i
			if n.Kind == document.KindHeading {
				p.toc = append(p.toc, n)
			}
		}
		return p, nil
	})
}

// versionText is a version's text, read when a cache misses: the current
// version comes without it (store.DocumentHead).
func (s *Server) versionText(ctx context.Context, ver document.Version) ([]byte, error) {
	if ver.Markdown != "" {
		return []byte(ver.Markdown), nil
	}
	text, err := s.db.VersionMarkdown(ctx, ver.ID)
	return []byte(text), err
}

// tableOfContents renders a version's table of contents with its comment
// and amendment counts, through a cache keyed by the version, the reader's
// language and the counts themselves: a new comment makes a new entry, and
// nothing is ever stale. Executing the template for a few hundred entries
// (each value escaped through reflection) was half of a view's time.
func (s *Server) tableOfContents(c *gin.Context, ver document.Version, vp *versionPage, counts map[string]sectionCount, amendments map[string]int) (template.HTML, error) {
	l := s.site.Localizer(c)
	// The key names what the contents show: each entry's counts, in order.
	key := make([]byte, 0, 64+16*len(vp.toc))
	key = fmt.Appendf(key, "%d\x00%s\x00%s", ver.ID, ver.SHA256, l.Tag())
	for i, n := range vp.toc {
		sc, a := counts[n.Key], amendments[n.Key]
		if sc.Total == 0 && a == 0 {
			continue
		}
		key = append(key, ' ')
		key = strconv.AppendInt(key, int64(i), 10)
		for _, st := range sc.ByStance {
			key = append(key, ',')
			key = append(key, st.Stance...)
			key = strconv.AppendInt(key, int64(st.N), 10)
		}
		key = append(key, '/')
		key = strconv.AppendInt(key, int64(a), 10)
	}
	h := sha256.Sum256(key)
	return s.tocs.Get(hex.EncodeToString(h[:]), func() (template.HTML, error) {
		var buf bytes.Buffer
		err := s.site.Templates().ExecutePart(&buf, "document", "toc", gin.H{"L": l, "TOC": vp.toc, "CommentCounts": counts, "AmendmentCounts": amendments})
		return template.HTML(buf.String()), err
	})
}
