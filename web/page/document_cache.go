package page

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/web/view"
)

// tableOfContents renders a version's table of contents with its comment
// and amendment counts, through a cache keyed by the version, the reader's
// language and the counts themselves: a new comment makes a new entry, and
// nothing is ever stale. Executing the template for a few hundred entries
// (each value escaped through reflection) was half of a view's time.
func (h *Documents) tableOfContents(c *gin.Context, doc document.Document, ver document.Version, vp *versionPage, counts map[string]view.SectionCount, amendments map[string]int) (toc template.HTML, named string, err error) {
	l := h.site.Localizer(c)
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
	sum := sha256.Sum256(key)
	named = hex.EncodeToString(sum[:])
	toc, err = h.tocs.Get(named, func() (template.HTML, error) {
		var buf bytes.Buffer
		err := h.site.Templates().ExecutePart(&buf, "document", "toc", view.TOC{L: l, TOC: vp.toc, CommentCounts: counts, AmendmentCounts: amendments,
			TextLang: view.TextLang(doc.Language, l.Tag())})
		return template.HTML(buf.String()), err
	})
	return toc, named, err
}
