package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
)

type versionRow struct {
	ID         int64
	DocumentID int64
	Number     int
	ParentID   *int64
	SHA256     string `gorm:"column:sha256"`
	Kind       string
	Origin     string
	AuthorID   *int64
	Markdown   string
	CreatedAt  time.Time
	BallotID   *int64
	Effective  string `gorm:"->"` // read from the ballot that adopted it (withEffective)
	// AuthorisedBy is, for a clerical change, the ballot that authorised it.
	AuthorisedBy *int64
	Reason       string
}

func (versionRow) TableName() string { return "versions" }

func (r versionRow) domain() document.Version {
	v := document.Version{
		ID: r.ID, DocumentID: r.DocumentID, Number: r.Number, SHA256: r.SHA256,
		Kind: document.VersionKind(r.Kind), Origin: document.Origin(r.Origin), Markdown: r.Markdown, CreatedAt: r.CreatedAt,
	}
	if r.ParentID != nil {
		v.ParentID = *r.ParentID
	}
	if r.AuthorID != nil {
		v.AuthorID = *r.AuthorID
	}
	if r.BallotID != nil {
		v.BallotID = *r.BallotID
	}
	v.Effective = r.Effective
	if r.AuthorisedBy != nil {
		v.AuthorisedBy = *r.AuthorisedBy
	}
	v.Reason = r.Reason
	return v
}

type outlineNodeRow struct {
	VersionID   int64 `gorm:"primaryKey;autoIncrement:false"`
	Ordinal     int   `gorm:"primaryKey;autoIncrement:false"`
	Key         string
	Number      string
	Marker      string
	Heading     string
	Kind        string
	Depth       int
	Parent      int
	StartOffset int
	EndOffset   int
}

func (outlineNodeRow) TableName() string { return "outline_nodes" }

// versionColumns leaves out the text, which lists of versions do not need.
var versionColumns = []string{"id", "document_id", "number", "parent_id", "sha256", "kind", "origin", "author_id", "created_at", "ballot_id", "authorised_by", "reason", effectiveColumn}

// effectiveColumn reads, beside a version, the date the ballot that
// adopted it gave for its taking effect: kept with the ballot, as the
// officer certified it, and shown with the version.
const effectiveColumn = "(SELECT b.effective FROM ballots b WHERE b.id = versions.ballot_id) AS effective"

// Versions lists a document's versions, newest first, without their texts.
func (db *DB) Versions(ctx context.Context, documentID int64) ([]document.Version, error) {
	var rows []versionRow
	if err := db.read(ctx, "list versions", func(tx *gorm.DB) error {
		return tx.Select(versionColumns).Where("document_id = ?", documentID).Order("number DESC").Find(&rows).Error
	}); err != nil {
		return nil, err
	}
	out := make([]document.Version, len(rows))
	for i, r := range rows {
		out[i] = r.domain()
	}
	return out, nil
}

// Version returns one version of a document, with its text. A version of
// another document is not found, whatever its id.
func (db *DB) Version(ctx context.Context, documentID, versionID int64) (document.Version, error) {
	var row versionRow
	err := db.read(ctx, "get version", func(tx *gorm.DB) error {
		err := tx.Select("*, "+effectiveColumn).Where("document_id = ? AND id = ?", documentID, versionID).Take(&row).Error
		if isNotFound(err) {
			return charter.Errorf(charter.ENOTFOUND, "This document has no version %d.", versionID)
		}
		return err
	})
	return row.domain(), err
}

// HeadVersion returns a document's newest version, with its text.
func (db *DB) HeadVersion(ctx context.Context, documentID int64) (document.Version, error) {
	var row versionRow
	err := db.read(ctx, "get head version", func(tx *gorm.DB) error {
		var err error
		row, err = headVersion(tx, documentID)
		return err
	})
	return row.domain(), err
}

// versionHeader is every column of a version but its text, all held by
// the index of migration 15 (22).
const versionHeader = "id, document_id, number, parent_id, sha256, kind, origin, author_id, created_at, ballot_id, authorised_by"

// versionHeaderEffective is versionHeader with the date an adopted version
// takes effect.
const versionHeaderEffective = versionHeader + ", " + effectiveColumn

// DocumentHead finds a document by its slug and its current version
// without the version's text, which the document page asks for on every
// view; its caches make the text unneeded on most views (VersionMarkdown
// reads it when they miss). Reading the text cost more than all the page's
// other queries. (One query joining the two cost more than these two:
// SQLite's driver parses and plans every query anew.)
func (db *DB) DocumentHead(ctx context.Context, slug string) (document.Document, document.Version, error) {
	h, err := db.held.heads.get(slug, func() (documentHead, int64, error) {
		var doc documentRow
		var head versionRow
		err := db.read(ctx, "get document head", func(tx *gorm.DB) error {
			var err error
			if doc, err = documentBySlug(tx, slug); err != nil {
				return err
			}
			err = tx.Select(versionHeaderEffective).Where("document_id = ?", doc.ID).Order("number DESC").Limit(1).Take(&head).Error
			if isNotFound(err) {
				return charter.Errorf(charter.ENOTFOUND, "This document has no version yet.")
			}
			return err
		})
		return documentHead{doc.domain(), head.domain()}, doc.ID, err
	})
	return h.doc, h.head, err
}

// HeadVersions gives every document's current version, without its text,
// by document id: the import form names, for whichever document the
// committee publishes to, the version it was opened on.
func (db *DB) HeadVersions(ctx context.Context) (map[int64]document.Version, error) {
	var out map[int64]document.Version
	err := db.read(ctx, "head versions", func(tx *gorm.DB) error {
		var err error
		out, err = headVersions(tx)
		return err
	})
	return out, err
}

// headVersions reads every document's current version without its text.
func headVersions(tx *gorm.DB) (map[int64]document.Version, error) {
	var rows []versionRow
	if err := tx.Select(versionHeaderEffective).Where("number = (SELECT MAX(v.number) FROM versions v WHERE v.document_id = versions.document_id)").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make(map[int64]document.Version, len(rows))
	for _, r := range rows {
		out[r.DocumentID] = r.domain()
	}
	return out, nil
}

// VersionMarkdown reads a version's text.
func (db *DB) VersionMarkdown(ctx context.Context, versionID int64) (string, error) {
	var text string
	err := db.read(ctx, "get version text", func(tx *gorm.DB) error {
		return tx.Model(&versionRow{}).Select("markdown").Where("id = ?", versionID).Scan(&text).Error
	})
	return text, err
}

func headVersion(tx *gorm.DB, documentID int64) (versionRow, error) {
	var row versionRow
	err := tx.Select("*, "+effectiveColumn).Where("document_id = ?", documentID).Order("number DESC").Limit(1).Take(&row).Error
	if isNotFound(err) {
		return row, charter.Errorf(charter.ENOTFOUND, "This document has no version yet.")
	}
	return row, err
}

// Outline returns a version's stored outline in document order.
func (db *DB) Outline(ctx context.Context, versionID int64) ([]document.Node, error) {
	var nodes []document.Node
	err := db.read(ctx, "get outline", func(tx *gorm.DB) error {
		var err error
		nodes, err = outlineOf(tx, versionID)
		return err
	})
	return nodes, err
}

func outlineOf(tx *gorm.DB, versionID int64) ([]document.Node, error) {
	var rows []outlineNodeRow
	if err := tx.Where("version_id = ?", versionID).Order("ordinal").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]document.Node, len(rows))
	for i, r := range rows {
		out[i] = document.Node{
			Key: r.Key, Number: r.Number, Marker: r.Marker, Heading: r.Heading, Kind: document.Kind(r.Kind),
			Depth: r.Depth, Parent: r.Parent, Start: r.StartOffset, End: r.EndOffset,
		}
	}
	return out, nil
}

// restoreVersion re-parses a stored version with its stored keys, for
// key matching and comparisons.
func restoreVersion(tx *gorm.DB, v versionRow, scheme document.Scheme) (*document.Parsed, error) {
	nodes, err := outlineOf(tx, v.ID)
	if err != nil {
		return nil, err
	}
	keys := make([]string, len(nodes))
	for i, n := range nodes {
		keys[i] = n.Key
	}
	p, err := document.Restore([]byte(v.Markdown), scheme, keys)
	if err != nil {
		return nil, fmt.Errorf("version %d: %w", v.ID, err)
	}
	return p, nil
}
