package store

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/redline"
)

// Bulk seeding for load tests and drills, which need a union of thousands
// of members and tens of thousands of comments in seconds. PostComment and
// CreateToken take one transaction each (one fsync on SQLite, and a read of
// the version's text and outline per comment): 50,000 comments that way
// take minutes. These do the same checks in one transaction for all.

// insertBatch is how many rows one INSERT carries. The SQLite driver
// matches each placeholder to its value by a scan of all the values, so a
// statement's cost grows with the square of its values: 500 comments in one
// INSERT (8,000 values) spent 60 % of a seed binding them.
const insertBatch = 50

// SeedTokens issues one API access token to each account named, in one
// transaction with one audit event for the batch, and returns the tokens
// in the same order; only their hashes are kept.
func (db *DB) SeedTokens(ctx context.Context, actorID int64, userIDs []int64, name string) ([]string, error) {
	if name == "" || len(name) > 100 {
		return nil, fmt.Errorf("seed tokens: name them in 1 to 100 characters")
	}
	secrets := make([]string, len(userIDs))
	rows := make([]apiTokenRow, len(userIDs))
	now := db.now()
	for i, id := range userIDs {
		s, err := member.NewSecret(member.PrefixToken)
		if err != nil {
			return nil, err
		}
		secrets[i] = s
		rows[i] = apiTokenRow{UserID: id, TokenHash: member.SecretHash(s), Name: name, CreatedAt: now}
	}
	err := db.transact(ctx, "seed tokens", func(tx *gorm.DB) error {
		var known int64
		if err := tx.Model(&userRow{}).Where("id IN ?", userIDs).Count(&known).Error; err != nil {
			return err
		}
		if int(known) != len(userIDs) {
			return fmt.Errorf("seed tokens: %d of the %d accounts named do not exist (or are named twice)", len(userIDs)-int(known), len(userIDs))
		}
		if err := tx.CreateInBatches(rows, insertBatch).Error; err != nil {
			return err
		}
		return db.record(tx, actorID, "token.create", "users", fmt.Sprintf("access token %q issued to %d accounts at once", name, len(userIDs)))
	})
	if err != nil {
		return nil, err
	}
	return secrets, nil
}

// SeedComment is one comment of a batch: its author and what PostComment
// would take. A reply's ParentID is the 1-based position of an earlier
// comment of the same batch, negated: -1 replies to the batch's first.
type SeedComment struct {
	Author member.User
	NewComment
}

// SeedComments posts a batch of comments on the current version of one
// document in one transaction, each checked as PostComment checks it
// (author in good standing, section, passage, stance, body). It returns
// the new comments' ids in order. All or nothing.
func (db *DB) SeedComments(ctx context.Context, slug string, batch []SeedComment) ([]int64, error) {
	ids := make([]int64, len(batch))
	err := db.transact(ctx, "seed comments", func(tx *gorm.DB) error {
		doc, head, nodes, err := currentOutline(tx, slug)
		if err != nil {
			return err
		}
		if err := db.announce(tx, TopicComments, doc.ID); err != nil {
			return err
		}
		now := db.now()
		rows := make([]commentRow, len(batch))
		places := make([]placementRow, len(batch))
		sections := make([]string, len(batch))
		for i, in := range batch {
			c := comment.Comment{DocumentID: doc.ID, VersionID: head.ID, SectionKey: in.SectionKey, Stance: in.Stance, Body: in.Body}
			if in.ParentID != 0 {
				p := int(-in.ParentID - 1)
				if in.ParentID > 0 || p >= i {
					return fmt.Errorf("seed comments: comment %d of the batch replies to %d, which is not an earlier comment of the batch", i+1, in.ParentID)
				}
				c.ParentID, c.SectionKey = int64(p+1), sections[p] // a placeholder id, set below
			}
			start, end, err := passageOf(head, nodes, in.NewComment)
			if err != nil {
				return err
			}
			author := in.Author
			if c, err = comment.New(&author, nodes, head.Markdown, c, start, end); err != nil {
				return fmt.Errorf("comment %d of the batch: %w", i+1, err)
			}
			sections[i] = c.SectionKey
			rows[i] = commentRow{DocumentID: doc.ID, VersionID: head.ID, AuthorID: author.ID, Stance: string(c.Stance), Body: c.Body, CreatedAt: now}
			places[i] = placementOf(0, comment.Placement{VersionID: head.ID, SectionKey: c.SectionKey, Anchor: c.Anchor, Fate: redline.Kept})
		}
		// Comments go in by chunks, in order; a reply names a comment of an
		// earlier chunk, whose id is known by then.
		const chunk = 500
		for lo := 0; lo < len(rows); lo += chunk {
			hi := min(lo+chunk, len(rows))
			for i := lo; i < hi; i++ {
				if batch[i].ParentID == 0 {
					continue
				}
				p := int(-batch[i].ParentID - 1)
				if p >= lo {
					return fmt.Errorf("seed comments: comment %d of the batch replies to one fewer than %d comments before it", i+1, i-lo+1)
				}
				rows[i].ParentID = &ids[p]
			}
			if err := tx.CreateInBatches(rows[lo:hi], insertBatch).Error; err != nil {
				return err
			}
			for i := lo; i < hi; i++ {
				ids[i] = rows[i].ID
				places[i].CommentID = rows[i].ID
			}
		}
		if err := tx.CreateInBatches(places, insertBatch).Error; err != nil {
			return err
		}
		config, err := documentConfig(tx, head.DocumentID)
		if err != nil {
			return err
		}
		return indexComments(tx, rows, config)
	})
	if err != nil {
		return nil, err
	}
	return ids, nil
}

// currentOutline reads a document, its current version and that version's
// outline: what a comment is checked against.
func currentOutline(tx *gorm.DB, slug string) (documentRow, versionRow, []document.Node, error) {
	doc, err := documentBySlug(tx, slug)
	if err != nil {
		return doc, versionRow{}, nil, err
	}
	head, err := headVersion(tx, doc.ID)
	if err != nil {
		return doc, head, nil, err
	}
	nodes, err := outlineOf(tx, head.ID)
	return doc, head, nodes, err
}
