// Package compare keeps, for the pages and the API alike, the comparison
// of each amendment with the text it amends: keyed by the texts compared,
// so never stale, and built once however many readers ask at the same
// time.
package compare

import (
	"context"
	"fmt"
	"strconv"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/render"
)

// Store is what comparisons read. Besides the codes listed, every method
// may fail with EUNAVAILABLE, EFULL or EINTERNAL when the database does.
type Store interface {
	// AmendmentFor reads an amendment as viewer may see it: ENOTFOUND when
	// there is none, or when it is another member's private draft
	// (amendment.VisibleTo).
	AmendmentFor(ctx context.Context, viewer member.User, id int64) (amendment.Amendment, error)
	// Amendment reads an amendment whoever asks: ENOTFOUND.
	Amendment(ctx context.Context, id int64) (amendment.Amendment, error)
	// AmendmentBase is the text an amendment changes: for a secondary, its
	// primary's text keyed against their base version. ENOTFOUND;
	// EINVALID for a stored text that no longer parses.
	AmendmentBase(ctx context.Context, a amendment.Amendment) (*document.Parsed, error)
	// VersionText reads a version's text with its stored outline: EINVALID
	// for a stored text that no longer parses.
	VersionText(ctx context.Context, documentID, versionID int64) (*document.Parsed, error)
	// MeetingItemTexts reads the texts of a meeting's items, which a
	// meeting is read without: ENOTFOUND.
	MeetingItemTexts(ctx context.Context, items ...*meeting.Item) error
}

// Cache holds the comparisons and the versions they compare against.
type Cache struct {
	db Store
	// Comparisons of an amendment's text with its base: a comparison of a
	// 68 KB bylaw holds 0.56 MB: 64 of them, 36 MB.
	comparisons *render.Bounded[*amendment.Comparison]
	// Versions as amendments' bases, without their syntax trees.
	bases *render.Shared[*document.Parsed]
	// Floor amendments checked against their item's notice, by the
	// notice's hash and the amendment's: every attendee's page shows
	// them, and a meeting's pages reload at every check-in, without the
	// texts, which are read on a miss only.
	scopes *render.Shared[amendment.Scope]
}

// New makes an empty cache over db.
func New(db Store) *Cache {
	return &Cache{db: db, comparisons: render.NewBounded[*amendment.Comparison](64), bases: render.NewShared[*document.Parsed](8),
		scopes: render.NewShared[amendment.Scope](64)}
}

// Caches gives, by name, how often each of the cache's parts answered from
// memory (hits) and built its value (misses).
func (c *Cache) Caches() map[string]func() (hits, misses uint64) {
	return map[string]func() (uint64, uint64){"comparisons": c.comparisons.Counts, "comparison_bases": c.bases.Counts, "floor_scopes": c.scopes.Counts}
}

// Scope checks a floor amendment against the notice of the item it amends
// (meeting.FloorScope), once for each text.
func (c *Cache) Scope(ctx context.Context, item, floor *meeting.Item, scheme document.Scheme) (amendment.Scope, error) {
	return c.scopes.Get(item.SnapshotSHA256+"/"+string(scheme)+"/"+floor.TextSHA256, func() (amendment.Scope, error) {
		// Read apart from the caller's items: other readers wait for the
		// check, which is kept even if this reader leaves.
		notice, proposed := *item, *floor
		if err := c.db.MeetingItemTexts(context.WithoutCancel(ctx), &notice, &proposed); err != nil {
			return amendment.Scope{}, err
		}
		return meeting.FloorScope(&notice, scheme, proposed.Text)
	})
}

// Amendment loads an amendment, as viewer may see it, and sets it against
// the text it amends.
func (c *Cache) Amendment(ctx context.Context, viewer member.User, id int64) (amendment.Amendment, *amendment.Comparison, error) {
	a, err := c.db.AmendmentFor(ctx, viewer, id)
	if err != nil {
		return a, nil, err
	}
	key, err := c.Key(ctx, a)
	if err != nil {
		return a, nil, err
	}
	cmp, err := c.Compare(ctx, a, key)
	return a, cmp, err
}

// Key names what an amendment's comparison compares: its base version, or
// for a secondary amendment its primary's text, which a rebase may change;
// and the amendment's own text, which an edit or a rebase changes.
// Versions never change.
func (c *Cache) Key(ctx context.Context, a amendment.Amendment) (string, error) {
	if a.ParentID == 0 {
		return fmt.Sprintf("%d/%s", a.BaseVersionID, a.ProposedSHA), nil
	}
	parent, err := c.db.Amendment(ctx, a.ParentID)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%d/%s/%s", a.BaseVersionID, parent.ProposedSHA, a.ProposedSHA), nil
}

// Compare sets an amendment against the text it amends, through the
// cache, under its Key.
func (c *Cache) Compare(ctx context.Context, a amendment.Amendment, key string) (*amendment.Comparison, error) {
	return c.comparisons.Get(key, func() (*amendment.Comparison, error) {
		base, err := c.base(ctx, a)
		if err != nil {
			return nil, err
		}
		cmp, err := amendment.Compare(base, []byte(a.Proposed))
		if err != nil {
			return nil, charter.Internal(err) // a stored amendment always parses
		}
		// Kept for later views, which never render the texts whole.
		cmp.Proposed.DropTree()
		return cmp, nil
	})
}

// base is the text an amendment changes, without its syntax tree, which
// comparisons never read. A primary amendment's is its base version:
// restored once and shared, read only, by the comparisons of every
// amendment to it. Restoring it for each of 500 amendments was half of the
// first view of their document's page.
func (c *Cache) base(ctx context.Context, a amendment.Amendment) (*document.Parsed, error) {
	if a.ParentID != 0 {
		base, err := c.db.AmendmentBase(ctx, a)
		if err == nil {
			base.DropTree()
		}
		return base, err
	}
	return c.bases.Get(strconv.FormatInt(a.BaseVersionID, 10), func() (*document.Parsed, error) {
		// Others may be waiting for it: it is read even if this reader leaves.
		base, err := c.db.VersionText(context.WithoutCancel(ctx), a.DocumentID, a.BaseVersionID)
		if err == nil {
			base.DropTree()
		}
		return base, err
	})
}
