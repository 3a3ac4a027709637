package store

import (
	"context"

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
	Comments []CommentView
	Authors  map[int64]string
	Origins  map[int64]CommentOrigin
	Changes  map[int64]CommentChange
	Edits    map[int64][]string
	Reports  map[int64]int
}

// SectionThreads reads a section's comments for its page in one read
// transaction, and keeps them in memory until a change to the document's
// comments is told. Shared: read it, never change it.
func (db *DB) SectionThreads(ctx context.Context, documentID, versionID int64, key string) (*SectionThreads, error) {
	return db.held.sections.get(sectionKey{versionID, key}, func() (*SectionThreads, int64, error) {
		var t SectionThreads
		err := db.view(ctx, "section threads", func(tx *gorm.DB) error {
			var err error
			if t.Comments, err = sectionViews(tx, versionID, key); err != nil {
				return err
			}
			authors := make([]int64, 0, len(t.Comments))
			shown := make([]int64, len(t.Comments))
			var moved, edited []int64
			seen := map[int64]bool{}
			for i, v := range t.Comments {
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
			if t.Authors, err = userNames(tx, authors); err != nil {
				return err
			}
			if t.Origins, err = commentOriginsOn(tx, versionID, shown); err != nil {
				return err
			}
			if t.Changes, err = commentChanges(tx, documentID, moved); err != nil {
				return err
			}
			if t.Edits, err = commentEdits(tx, edited); err != nil {
				return err
			}
			t.Reports, err = reportCounts(tx, documentID)
			return err
		})
		return &t, documentID, err
	})
}

type sectionKey struct {
	version int64
	key     string
}
