package store

import (
	"context"

	"github.com/charter-org/charter/document"
)

// ExecForTest runs a raw statement, as someone editing the database by
// hand would.
func (db *DB) ExecForTest(ctx context.Context, sql string, args ...any) error {
	return db.gorm.WithContext(ctx).Exec(sql, args...).Error
}

// PublishUncheckedForTest publishes a text over whatever the head is, as
// every publication did before writes named their base: how a stale write
// got in.
func (db *DB) PublishUncheckedForTest(ctx context.Context, actorID int64, slug string, markdown []byte) (document.Version, error) {
	doc, head, err := db.DocumentHead(ctx, slug)
	if err != nil {
		return head, err
	}
	return db.PublishVersion(ctx, actorID, NewVersion{Slug: doc.Slug, Base: head.ID, Markdown: markdown, Origin: document.OriginImport})
}
