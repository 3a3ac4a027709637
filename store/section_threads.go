package store

import (
	"context"
	"sync/atomic"

	"gorm.io/gorm"

	"github.com/charter-org/charter/redline"
)

// SectionThreads is what a section's page shows of its comments, read at
// one moment: every comment placed on the section in the version, with its
// author's name, where it was written when on an earlier version, what
// first moved it off its words, its earlier texts when edited, and how
// many members reported it. It is the same for every reader; the page
// shows each reader what their roles allow of it.
type SectionThreads struct {
	// Read names this read among all this instance made, never twice:
	// what pages render from it may be kept under it.
	Read     uint64
	Comments []CommentView
	Authors  map[int64]string
	Origins  map[int64]CommentOrigin
	Changes  map[int64]CommentChange
	Edits    map[int64][]string
	Reports  map[int64]int
	// Within counts, by section and stance, the comments on the sections
	// within this one (its clauses), which the document's contents count
	// with it: those that open a thread and are neither set aside,
	// deleted nor hidden.
	Within []StanceCount
}

// SectionThreads reads a section's comments for its page in one read
// transaction, and keeps them in memory until a change to the document's
// comments is told. Shared: read it, never change it.
func (db *DB) SectionThreads(ctx context.Context, documentID, versionID int64, key string) (*SectionThreads, error) {
	return db.held.sections.get(sectionKey{versionID, key}, func() (*SectionThreads, int64, error) {
		var t *SectionThreads
		err := db.view(ctx, "section threads", func(tx *gorm.DB) error {
			views, err := sectionViews(tx, versionID, key)
			if err == nil {
				t, err = annotate(tx, documentID, versionID, views)
			}
			if err == nil {
				t.Within, err = countsWithin(tx, versionID, key)
			}
			return err
		})
		return t, documentID, err
	})
}

// CommentsAround reads for comments a page lists (the committee's queue, a
// comment just posted) what a section's page reads with its own: authors,
// origins, changes, earlier texts and reports, in one read-only
// transaction.
func (db *DB) CommentsAround(ctx context.Context, documentID, versionID int64, views []CommentView) (*SectionThreads, error) {
	var t *SectionThreads
	err := db.view(ctx, "comments around", func(tx *gorm.DB) (err error) {
		t, err = annotate(tx, documentID, versionID, views)
		return err
	})
	return t, err
}

func annotate(tx *gorm.DB, documentID, versionID int64, views []CommentView) (*SectionThreads, error) {
	t := &SectionThreads{Read: reads.Add(1), Comments: views}
	authors := make([]int64, 0, len(views))
	shown := make([]int64, len(views))
	var moved, edited []int64
	seen := map[int64]bool{}
	for i, v := range views {
		shown[i] = v.ID
		if !seen[v.AuthorID] {
			seen[v.AuthorID] = true
			authors = append(authors, v.AuthorID)
		}
		if v.Place.Fate != redline.Kept && v.Place.Fate != redline.Found {
			moved = append(moved, v.ID)
		}
		if v.EditedAt != nil {
			edited = append(edited, v.ID)
		}
	}
	var err error
	if t.Authors, err = userNames(tx, authors); err != nil {
		return t, err
	}
	if t.Origins, err = commentOriginsOn(tx, versionID, shown); err != nil {
		return t, err
	}
	if t.Changes, err = commentChanges(tx, documentID, moved); err != nil {
		return t, err
	}
	if t.Edits, err = commentEdits(tx, edited); err != nil {
		return t, err
	}
	t.Reports, err = reportCounts(tx, documentID)
	return t, err
}

var reads atomic.Uint64

type sectionKey struct {
	version int64
	key     string
}

// countsWithin counts by section and stance the comments on the sections
// within section key of a version: those after it in the outline that
// start inside its range. It reads the placements of those sections
// alone, by the index on the version and section.
func countsWithin(tx *gorm.DB, versionID int64, key string) ([]StanceCount, error) {
	var out []StanceCount
	inside := tx.Table("outline_nodes n").Select("n.key").
		Joins("JOIN outline_nodes s ON s.version_id = n.version_id AND s.key = ?", key).
		Where("n.version_id = ? AND n.ordinal > s.ordinal AND n.start_offset < s.end_offset", versionID)
	err := tx.Table("comment_placements p").Joins("JOIN comments c ON c.id = p.comment_id").
		Where("p.version_id = ? AND p.section_key IN (?) AND p.fate <> ?", versionID, inside, string(redline.Removed)).
		Where("c.parent_id IS NULL AND c.deleted_at IS NULL AND c.hidden_reason = ''").
		Select("p.section_key, c.stance, COUNT(*) AS n").Group("p.section_key, c.stance").Order("p.section_key, c.stance").
		Scan(&out).Error
	return out, err
}
