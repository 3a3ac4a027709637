package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
)

type documentRow struct {
	ID               int64
	Slug             string
	Title            string
	Numbering        string
	CosponsorsNeeded int `gorm:"default:1"`
	Language         string
	CreatedAt        time.Time
}

func (documentRow) TableName() string { return "documents" }

func (r documentRow) domain() document.Document {
	return document.Document{ID: r.ID, Slug: r.Slug, Title: r.Title, Numbering: document.Scheme(r.Numbering), CosponsorsNeeded: r.CosponsorsNeeded, Language: r.Language, CreatedAt: r.CreatedAt}
}

// NewDocument is what creating a document takes.
type NewDocument struct {
	Slug      string
	Title     string
	Numbering document.Scheme
	Markdown  []byte
	Language  string // the language of its text; "" for document.DefaultLanguage
}

// CreateDocument creates a document with its first version.
func (db *DB) CreateDocument(ctx context.Context, actorID int64, in NewDocument) (document.Document, document.Version, error) {
	if err := document.ValidateSlug(in.Slug); err != nil {
		return document.Document{}, document.Version{}, err
	}
	title, err := document.ValidateTitle(in.Title)
	if err != nil {
		return document.Document{}, document.Version{}, err
	}
	if _, err := document.ParseScheme(string(in.Numbering)); err != nil {
		return document.Document{}, document.Version{}, err
	}
	lang, err := document.ValidateLanguage(in.Language)
	if err != nil {
		return document.Document{}, document.Version{}, err
	}
	parsed, err := document.Prepare(in.Markdown, in.Numbering, nil)
	if err != nil {
		return document.Document{}, document.Version{}, err
	}
	var doc documentRow
	var ver document.Version
	err = db.transact(ctx, "create document", func(tx *gorm.DB) error {
		doc = documentRow{Slug: in.Slug, Title: title, Numbering: string(in.Numbering), CosponsorsNeeded: 1, Language: lang, CreatedAt: db.now()}
		if err := tx.Create(&doc).Error; err != nil {
			if isDuplicate(err) {
				return charter.Errorf(charter.ECONFLICT, "A document with the short name %q exists already; import a new version of it instead.", in.Slug)
			}
			return err
		}
		var err error
		ver, err = db.insertVersion(tx, doc.ID, nil, parsed, document.OriginImport, actorID)
		if err != nil {
			return err
		}
		if err := indexVersions(tx, doc.ID); err != nil {
			return err
		}
		return db.record(tx, actorID, "document.create", "document:"+doc.Slug,
			fmt.Sprintf("created %q (%s numbering, in %s) with version 1, sha256 %s", title, in.Numbering, lang, ver.SHA256))
	})
	if err != nil {
		return document.Document{}, document.Version{}, err
	}
	return doc.domain(), ver, nil
}

// NewVersion is what publishing a version takes.
type NewVersion struct {
	Slug     string
	Base     int64 // the id of the version the text was written from, which must still be the head
	Markdown []byte
	Origin   document.Origin
}

// PublishVersion adds a new draft version to a document, when the version
// its text was written from is still the head; otherwise it is refused
// with a StaleError saying what was published since. Sections that persist
// from the current version keep their keys.
func (db *DB) PublishVersion(ctx context.Context, actorID int64, in NewVersion) (document.Version, error) {
	var ver document.Version
	err := db.transact(ctx, "publish version", func(tx *gorm.DB) error {
		doc, head, parsed, err := nextText(tx, in.Slug, in.Base, in.Markdown)
		if err != nil {
			return err
		}
		if ver, err = db.publish(tx, doc, head, parsed, in.Origin, actorID); err != nil {
			return err
		}
		return indexVersions(tx, doc.ID)
	})
	return ver, db.explain(ctx, err)
}

// nextText reads, inside a write transaction, what a text published as
// the next version of a document stands on: the document, locked; its
// head, which must be the version base names (checkBase); and the text
// checked and parsed, which must differ from the head's.
func nextText(tx *gorm.DB, slug string, base int64, text []byte) (documentRow, versionRow, *document.Parsed, error) {
	doc, err := lockDocument(tx, slug)
	if err != nil {
		return doc, versionRow{}, nil, err
	}
	head, err := headVersion(tx, doc.ID)
	if err != nil {
		return doc, head, nil, err
	}
	if err := checkBase(tx, doc, base, head, stalePublish); err != nil {
		return doc, head, nil, err
	}
	parsed, err := document.Prepare(text, document.Scheme(doc.Numbering), nil)
	if err != nil {
		return doc, head, nil, err
	}
	if head.SHA256 == document.Hash(parsed.Source.Text) {
		return doc, head, nil, charter.Errorf(charter.ECONFLICT, "This text is identical to version %d; there is nothing new to publish.", head.Number)
	}
	return doc, head, parsed, nil
}

// publish adds a parsed text as the version after head, inside the caller's
// transaction: sections keep their keys, comments are placed in it, and the
// publication is audited.
func (db *DB) publish(tx *gorm.DB, doc documentRow, head versionRow, parsed *document.Parsed, origin document.Origin, actorID int64) (document.Version, error) {
	prev, err := restoreVersion(tx, head, document.Scheme(doc.Numbering))
	if err != nil {
		return document.Version{}, err
	}
	document.AssignKeys(&parsed.Outline, &prev.Outline, document.Hash(parsed.Source.Text))
	ver, err := db.insertVersion(tx, doc.ID, &head, parsed, origin, actorID)
	if err != nil {
		return ver, err
	}
	next := versionRow{ID: ver.ID, Markdown: ver.Markdown}
	if err := reanchorComments(tx, head, next, parsed.Outline.Nodes); err != nil {
		return ver, err
	}
	// Comments move to the new version, and what is pending is what is
	// pending against it.
	for _, topic := range []Topic{TopicComments, TopicAmendments} {
		if err := db.announce(tx, topic, doc.ID); err != nil {
			return ver, err
		}
	}
	return ver, db.record(tx, actorID, "version.publish", "document:"+doc.Slug,
		fmt.Sprintf("published version %d (%s), sha256 %s", ver.Number, origin, ver.SHA256))
}

func (db *DB) insertVersion(tx *gorm.DB, docID int64, parent *versionRow, p *document.Parsed, origin document.Origin, authorID int64) (document.Version, error) {
	row := versionRow{
		DocumentID: docID, Number: 1, SHA256: document.Hash(p.Source.Text),
		Kind: string(document.KindDraft), Origin: string(origin), Markdown: string(p.Source.Text), CreatedAt: db.now(),
	}
	if parent != nil {
		row.ParentID, row.Number = &parent.ID, parent.Number+1
	}
	if authorID != 0 {
		row.AuthorID = &authorID
	}
	if err := tx.Create(&row).Error; err != nil {
		if isDuplicate(err) {
			return document.Version{}, charter.Errorf(charter.ECONFLICT, "Another version was published at the same moment; reload and try again.")
		}
		return document.Version{}, fmt.Errorf("insert version: %w", err)
	}
	nodes := make([]outlineNodeRow, len(p.Outline.Nodes))
	for i, n := range p.Outline.Nodes {
		nodes[i] = outlineNodeRow{
			VersionID: row.ID, Ordinal: i, Key: n.Key, Number: n.Number, Marker: n.Marker, Heading: n.Heading,
			Kind: string(n.Kind), Depth: n.Depth, Parent: n.Parent, StartOffset: n.Start, EndOffset: n.End,
		}
	}
	if err := tx.CreateInBatches(nodes, 500).Error; err != nil {
		return document.Version{}, fmt.Errorf("insert outline: %w", err)
	}
	return row.domain(), db.announce(tx, TopicDocument, docID)
}

// Documents lists every document by title.
func (db *DB) Documents(ctx context.Context) ([]document.Document, error) {
	var rows []documentRow
	if err := db.read(ctx, "list documents", func(tx *gorm.DB) error {
		return tx.Order("title, id").Find(&rows).Error
	}); err != nil {
		return nil, err
	}
	out := make([]document.Document, len(rows))
	for i, r := range rows {
		out[i] = r.domain()
	}
	return out, nil
}

// Document finds a document by its short name.
func (db *DB) Document(ctx context.Context, slug string) (document.Document, error) {
	var row documentRow
	err := db.read(ctx, "get document", func(tx *gorm.DB) error {
		var err error
		row, err = documentBySlug(tx, slug)
		return err
	})
	return row.domain(), err
}

// DocumentByID finds a document by its id.
func (db *DB) DocumentByID(ctx context.Context, id int64) (document.Document, error) {
	var row documentRow
	err := db.read(ctx, "get document by id", func(tx *gorm.DB) error {
		err := tx.Where("id = ?", id).Take(&row).Error
		if isNotFound(err) {
			return charter.Errorf(charter.ENOTFOUND, "There is no such document.")
		}
		return err
	})
	return row.domain(), err
}

func documentBySlug(tx *gorm.DB, slug string) (documentRow, error) {
	var row documentRow
	missing := charter.Errorf(charter.ENOTFOUND, "There is no document %q.", charter.Clip(slug, 80))
	// A name no document can have is not looked for: an address holding
	// NUL or bytes that are not UTF-8 made PostgreSQL fail the query.
	if document.ValidateSlug(slug) != nil {
		return row, missing
	}
	err := tx.Where("slug = ?", slug).Take(&row).Error
	if isNotFound(err) {
		return row, missing
	}
	return row, err
}

// lockDocument reads a document for a use case that publishes its next
// version. On PostgreSQL it locks the row until the transaction ends, so
// such writers take turns and each sees the version the one before it
// published; SQLite's writers take turns already (_txlock=immediate).
func lockDocument(tx *gorm.DB, slug string) (documentRow, error) {
	return documentBySlug(tx.Clauses(clause.Locking{Strength: clause.LockingStrengthUpdate}), slug)
}

// CountDocuments tells whether the database holds any document yet.
func (db *DB) CountDocuments(ctx context.Context) (int64, error) {
	var n int64
	err := db.read(ctx, "count documents", func(tx *gorm.DB) error {
		return tx.Model(&documentRow{}).Count(&n).Error
	})
	return n, err
}

// MaxCosponsors bounds the co-sponsors a rule may ask for.
const MaxCosponsors = 10000

// SetCosponsorsNeeded records how many co-sponsors the document's amendment
// article asks for before an amendment goes forward.
func (db *DB) SetCosponsorsNeeded(ctx context.Context, actorID int64, slug string, n int) error {
	if n < 0 || n > MaxCosponsors {
		return charter.Errorf(charter.EINVALID, "The number of co-sponsors must be between 0 and %d.", MaxCosponsors)
	}
	return db.transact(ctx, "set cosponsors needed", func(tx *gorm.DB) error {
		doc, err := documentBySlug(tx, slug)
		if err != nil {
			return err
		}
		if err := tx.Model(&documentRow{}).Where("id = ?", doc.ID).Update("cosponsors_needed", n).Error; err != nil {
			return err
		}
		if err := db.announce(tx, TopicDocument, doc.ID); err != nil {
			return err
		}
		return db.record(tx, actorID, "document.rule", "document:"+slug,
			fmt.Sprintf("co-sponsors needed for an amendment: %d → %d", doc.CosponsorsNeeded, n))
	})
}
