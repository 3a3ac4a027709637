package page

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Show renders the current version of a document, or the past
// version named in the path, numbered, with its table of contents.
func (h *Documents) Show(c *gin.Context) error {
	ctx := c.Request.Context()
	doc, head, err := h.db.DocumentHead(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	ver := head
	if idParam := c.Param("id"); idParam != "" {
		id, err := strconv.ParseInt(idParam, 10, 64)
		if err != nil {
			return charter.Errorf(charter.ENOTFOUND, "There is no version %q.", idParam)
		}
		if ver, err = h.db.Version(ctx, doc.ID, id); err != nil {
			return err
		}
	}
	vp, err := h.versions.page(ctx, ver)
	if err != nil {
		return err
	}
	nodes := vp.nodes
	sectionLink := "" // sections are discussed on the current version only
	if ver.ID == head.ID {
		sectionLink = "/documents/" + doc.Slug + "/sections/"
	}
	// A version never changes: its stored hash and id name its text and
	// keys, which hashing the text on every view (a tenth of a view) did.
	bodyKey := fmt.Sprintf("%d/%s/%s/%s", ver.ID, ver.SHA256, doc.Numbering, sectionLink)
	body, err := h.bodies.Get(bodyKey, func() (render.Rendered, error) {
		text, err := h.versions.text(ctx, ver)
		if err != nil {
			return render.Rendered{}, err
		}
		return render.Document(text, doc.Numbering, vp.keys, sectionLink)
	})
	if err != nil {
		if appErr := (*charter.Error)(nil); !errors.As(err, &appErr) { // the text did not render
			err = charter.Internal(fmt.Errorf("render %s version %d: %w", doc.Slug, ver.ID, err))
		}
		return err
	}
	counts, err := h.commentCounts(c, doc.ID, ver.ID, vp)
	if err != nil {
		return err
	}
	amendmentCounts := map[string]int{}
	if ver.ID == head.ID {
		if amendmentCounts, err = h.amendmentCounts(c, doc, head, nodes); err != nil {
			return err
		}
	}
	// A version named by number never changes; what else its page shows
	// (the comment and amendment counts, the current version) goes into
	// the validator with it, so a repeat visit costs a 304 and no page.
	if c.Param("id") != "" {
		etag := h.site.PageETag(c, doc.Slug, doc.Title, doc.Numbering, ver.ID, ver.SHA256, head.ID, head.Number, counts, amendmentCounts)
		if site.NotModified(c, etag) {
			return nil
		}
	}
	toc, tocKey, err := h.tableOfContents(c, doc, ver, vp, counts, amendmentCounts)
	if err != nil {
		return charter.Internal(fmt.Errorf("table of contents of %s version %d: %w", doc.Slug, ver.ID, err))
	}
	// The page's content is the same for every reader: what names the
	// contents, the version and the current one names it.
	key := fmt.Sprintf("%s\x00%q\x00%s\x00%d\x00%s\x00%d\x00%d", tocKey, doc.Title, doc.Slug, ver.ID, ver.SHA256, head.ID, head.Number)
	h.site.RenderContent(c, "document", key, &view.Document{TOCHTML: toc,
		Doc: doc, Version: ver, Head: head, Body: body.HTML, OwnTitle: body.Title != "",
		Meta: vp.meta, Sections: len(nodes),
	})
	return nil
}

// metaValue shows a front matter value as its author wrote it: YAML reads
// "date: 2026-11-01" as a timestamp, which prints with a clock and zone.
func metaValue(v any) string {
	if t, ok := v.(time.Time); ok {
		if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
			return t.Format("2006-01-02")
		}
		return t.Format(time.RFC3339)
	}
	return fmt.Sprint(v)
}

// metadata lists front matter fields in a stable order for display, each
// named in words ("drafted_by" reads "Drafted by"; the names the
// catalogues know are given in the reader's language). A "status" written
// in the text is left out: the page says the version's own state, which a
// vote changes and the text does not.
func metadata(fm map[string]any) []view.MetaField {
	out := make([]view.MetaField, 0, len(fm))
	for k, v := range fm {
		if strings.EqualFold(k, "status") {
			continue
		}
		f := view.MetaField{Name: metaName(k), Value: metaValue(v)}
		if slices.Contains(knownMeta, strings.ToLower(k)) {
			f.Known = strings.ToLower(k)
		}
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// knownMeta are the front matter fields the catalogues name (Meta_title…).
var knownMeta = []string{"title", "date", "drafted_by", "author", "effective"}

// metaName writes a front matter key in words: "drafted_by" → "Drafted by".
func metaName(key string) string {
	words := strings.Fields(strings.NewReplacer("_", " ", "-", " ").Replace(key))
	if len(words) == 0 {
		return key
	}
	name := strings.Join(words, " ")
	r, size := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(r)) + name[size:]
}

// sectionCount is a section's count by stance, in the order of
// comment.Stances, the stances no one took left out.
func sectionCount(m map[comment.Stance]int) view.SectionCount {
	var sc view.SectionCount
	for _, st := range comment.Stances {
		if m[st] > 0 {
			sc.Total += m[st]
			sc.ByStance = append(sc.ByStance, view.StanceCount{Stance: st, N: m[st]})
		}
	}
	return sc
}

// commentCounts counts the visible comments on each section and the
// sections within it, for the table of contents. The database counts by
// section and stance, and each count is added to the section's ancestors;
// the result is kept under the version and the stamp of the document's
// comments, which any new, deleted or hidden comment changes.
func (h *Documents) commentCounts(c *gin.Context, documentID, versionID int64, vp *versionPage) (map[string]view.SectionCount, error) {
	ctx := c.Request.Context()
	stamp, err := h.db.CommentsStamp(ctx, documentID)
	if err != nil {
		return nil, err
	}
	return h.counts.Get(strconv.FormatInt(versionID, 10)+"/"+stamp, func() (map[string]view.SectionCount, error) {
		// Others may be waiting for this count: it goes on if this
		// reader leaves.
		rows, err := h.db.CommentCounts(context.WithoutCancel(ctx), documentID, versionID)
		if err != nil {
			return nil, err
		}
		nodes := vp.nodes
		byStance := map[string]map[comment.Stance]int{}
		for _, r := range rows {
			for i, ok := vp.index[r.SectionKey]; ok && i >= 0; i = nodes[i].Parent {
				if byStance[nodes[i].Key] == nil {
					byStance[nodes[i].Key] = map[comment.Stance]int{}
				}
				byStance[nodes[i].Key][r.Stance] += r.N
			}
		}
		counts := map[string]view.SectionCount{}
		for key, m := range byStance {
			counts[key] = sectionCount(m)
		}
		return counts, nil
	})
}
