package page

import (
	"context"
	"fmt"
	"html/template"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// versions is what several pages derive from a version alone, kept by the
// version's id and hash (a version never changes), and the current version
// of the document a page is about: the document's page, the section
// pages, the committee's queue and the merge form share it.
type versions struct {
	db    versionStore
	pages *render.Bounded[*versionPage]
}

// versionStore is what versions reads. Besides the codes listed, every
// method may fail with EUNAVAILABLE, EFULL or EINTERNAL when the database
// does.
type versionStore interface {
	// DocumentHead reads a document by its short name and its current
	// version, without the version's text: ENOTFOUND.
	DocumentHead(ctx context.Context, slug string) (document.Document, document.Version, error)
	// Outline reads a version's stored sections, in order.
	Outline(ctx context.Context, versionID int64) ([]document.Node, error)
	// VersionMarkdown reads a version's text.
	VersionMarkdown(ctx context.Context, versionID int64) (string, error)
}

func newVersions(db versionStore) *versions {
	return &versions{db: db, pages: render.NewBounded[*versionPage](256)}
}

// versionPage is what a document's page derives from one version alone:
// its outline, table of contents and front matter. A version never
// changes, so it is worked out once, on the first view, and kept under the
// version's id and hash. Reading the outline's rows and checking the text
// again for its front matter took most of a view of the largest bylaw.
type versionPage struct {
	nodes []document.Node
	keys  []string
	toc   []document.Node
	meta  []view.MetaField
	index map[string]int // a section's key → its position in nodes
}

func (v *versions) page(ctx context.Context, ver document.Version) (*versionPage, error) {
	return v.pages.Get(strconv.FormatInt(ver.ID, 10)+"/"+ver.SHA256, func() (*versionPage, error) {
		nodes, err := v.db.Outline(ctx, ver.ID)
		if err != nil {
			return nil, err
		}
		text, err := v.text(ctx, ver)
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

// text is a version's text, read when a cache misses: the current
// version comes without it (store.DocumentHead).
func (v *versions) text(ctx context.Context, ver document.Version) ([]byte, error) {
	if ver.Markdown != "" {
		return []byte(ver.Markdown), nil
	}
	text, err := v.db.VersionMarkdown(ctx, ver.ID)
	return []byte(text), err
}

// current loads the document named in the path, its current version
// without its text, and that version's outline from the cache of version
// pages (shared: read it, never change it). Reading the outline's rows
// was a quarter of a section page's time under load.
func (v *versions) current(c *gin.Context) (document.Document, document.Version, []document.Node, error) {
	ctx := c.Request.Context()
	doc, head, err := v.db.DocumentHead(ctx, c.Param("slug"))
	if err != nil {
		return doc, head, nil, err
	}
	vp, err := v.page(ctx, head)
	if err != nil {
		return doc, head, nil, err
	}
	return doc, head, vp.nodes, nil
}

// versionTexts reads a version's text with its stored outline: EINVALID
// when versionID is not a version of the document.
type versionTexts interface {
	VersionText(ctx context.Context, documentID, versionID int64) (*document.Parsed, error)
}

// previewRedline compares text with a version of a document, as a form's
// preview shows what a new version would change: the motions and the
// inline redline.
func previewRedline(c *gin.Context, s *site.Site, db versionTexts, documentID, versionID int64, text string) (*amendment.Comparison, template.HTML, error) {
	base, err := db.VersionText(c.Request.Context(), documentID, versionID)
	if err != nil {
		return nil, "", err
	}
	cmp, err := amendment.Compare(base, []byte(text))
	if err != nil {
		return nil, "", err
	}
	_, html, err := render.Redline(cmp, "html", RedlineLabels(s.Localizer(c)))
	if err != nil {
		return nil, "", charter.Internal(err)
	}
	return cmp, template.HTML(html), nil // rendered by render.Redline
}
