package store

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"gorm.io/gorm"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/redline"
)

// StanceCount is how many comments of one stance stand on one section.
type StanceCount struct {
	SectionKey string
	Stance     comment.Stance
	N          int
}

// CommentCounts counts, by section and stance, the comments a version of a
// document shows beside its sections: those that open a thread and are
// neither set aside by a change of the text, deleted nor hidden. The
// database counts them; the page adds each section's to the sections
// holding it. Loading every comment to count them took the page from
// milliseconds to seconds on a version with tens of thousands.
func (db *DB) CommentCounts(ctx context.Context, documentID, versionID int64) ([]StanceCount, error) {
	var out []StanceCount
	err := db.read(ctx, "count comments", func(tx *gorm.DB) error {
		return threadsIn(tx, documentID, versionID).Where("p.fate <> ?", string(redline.Removed)).
			Select("p.section_key, c.stance, COUNT(*) AS n").
			Group("p.section_key, c.stance").Order("p.section_key, c.stance").Scan(&out).Error
	})
	return out, err
}

// threadsIn selects the comments of a document that start a thread and are
// neither deleted nor hidden, as "c", each with its place in one of the
// document's versions, as "p".
//
// It walks the document's comments in order and finds each one's place in
// the version by its key: the other way round, by section, it jumped about
// the comments table, and at 50,000 comments SQLite's cache could not hold
// what it jumped between (16 times the comments cost 32 times as much;
// walked in order, 2.7 times less at 50,000, and a page of the committee's
// queue in comment order stops after its hundred). The unary plus keeps
// SQLite from starting at the placements' index on versions; PostgreSQL
// ignores it.
func threadsIn(tx *gorm.DB, documentID, versionID int64) *gorm.DB {
	return tx.Table("comments c").Joins("JOIN comment_placements p ON p.comment_id = c.id").
		Where("c.document_id = ? AND +p.version_id = ? AND c.parent_id IS NULL AND c.deleted_at IS NULL AND c.hidden_reason = ''", documentID, versionID)
}

// SectionComments lists the comments on one section of a version and the
// replies to them, as Comments does for the whole version: a section's
// page needs no others.
func (db *DB) SectionComments(ctx context.Context, versionID int64, key string) ([]CommentView, error) {
	var out []CommentView
	err := db.read(ctx, "list section comments", func(tx *gorm.DB) error {
		var err error
		out, err = sectionViews(tx, versionID, key)
		return err
	})
	return out, err
}

// CommentsStamp names the state of a document's comments as far as what
// pages count of them: it changes when a comment is posted, deleted or
// hidden (comments are never undeleted or unhidden, and where one stands
// in a version is fixed when the version or the comment is made). A cache
// of counts kept under a version and its stamp is never stale, and costs
// one cheap query per page instead of counting tens of thousands of rows.
//
// It reads the newest comment's id, how many comments stand among the last
// stampWindow ids (on PostgreSQL a comment may commit after one with a
// higher id; it still changes this count), and how many comments were
// withdrawn, through the partial index of migration 11.
func (db *DB) CommentsStamp(ctx context.Context, documentID int64) (string, error) {
	return db.held.stamps.get(documentID, func() (string, int64, error) {
		var s struct{ Newest, Recent, Withdrawn int64 }
		err := db.read(ctx, "comments stamp", func(tx *gorm.DB) error {
			return tx.Raw(`SELECT t.newest,
				(SELECT COUNT(*) FROM comments WHERE document_id = ? AND id > t.newest - ?) AS recent,
				(SELECT COUNT(*) FROM comments WHERE document_id = ? AND (deleted_at IS NOT NULL OR hidden_reason <> '')) AS withdrawn
				FROM (SELECT COALESCE(MAX(id), 0) AS newest FROM comments WHERE document_id = ?) t`,
				documentID, stampWindow, documentID, documentID).Scan(&s).Error
		})
		return fmt.Sprintf("%d.%d.%d", s.Newest, s.Recent, s.Withdrawn), documentID, err
	})
}

// stampWindow is how many ids back CommentsStamp counts comments: far more
// than can be in flight at once.
const stampWindow = 256

// PendingAmendment names a pending primary amendment to a version by its
// id and the hash of its text.
type PendingAmendment struct {
	ID          int64
	ProposedSHA string
}

// PendingAmendments lists the pending primary amendments (submitted or
// seconded) to one version of a document, in order of id, from an index
// that holds every column asked for (migration 12): the table's rows hold
// each amendment's full text before these columns. The database joins
// them into one value: SQLite's driver spent about 8 µs on each row it
// returned, and 500 rows were half of every view of their document's page.
func (db *DB) PendingAmendments(ctx context.Context, documentID, versionID int64) ([]PendingAmendment, error) {
	return db.held.pending.get([2]int64{documentID, versionID}, func() ([]PendingAmendment, int64, error) {
		list, err := db.readPendingAmendments(ctx, documentID, versionID)
		return list, documentID, err
	})
}

func (db *DB) readPendingAmendments(ctx context.Context, documentID, versionID int64) ([]PendingAmendment, error) {
	var joined *string
	err := db.read(ctx, "pending amendments", func(tx *gorm.DB) error {
		return tx.Table("amendments").Select(db.joinValues("CAST(id AS TEXT) || ' ' || proposed_sha256")).
			Where("document_id = ? AND base_version_id = ? AND status IN ? AND parent_id IS NULL", documentID, versionID,
				[]string{string(amendment.StatusSubmitted), string(amendment.StatusSeconded)}).
			Scan(&joined).Error
	})
	if err != nil || joined == nil {
		return nil, err
	}
	var out []PendingAmendment
	for _, item := range strings.Split(*joined, ",") {
		id, sha, _ := strings.Cut(item, " ")
		n, err := strconv.ParseInt(id, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("pending amendments: %q: %w", item, err)
		}
		out = append(out, PendingAmendment{ID: n, ProposedSHA: sha})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// joinValues is the aggregate that joins a text expression's values with
// commas, in each engine's words; NULL when there are none.
func (db *DB) joinValues(expr string) string {
	if db.Dialect == Postgres {
		return "string_agg(" + expr + ", ',')"
	}
	return "group_concat(" + expr + ", ',')"
}
