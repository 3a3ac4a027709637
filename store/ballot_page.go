package store

import (
	"context"

	"gorm.io/gorm"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
)

// BallotPage is what a ballot's page may show, read at one moment: the
// ballot with its questions' rules and hashes (the snapshots' texts are
// read apart, once, by their hash) and its turnout; its document's
// numbering; the reader's line on the roll; the tellers and the count;
// the roll's changes; and, once it may be shown, the result. The page
// shows each reader what their roles allow of it.
type BallotPage struct {
	Ballot        ballot.Ballot
	Numbering     document.Scheme // "" for a ballot on no document
	OnRoll, Voted bool
	Count         CountProgress
	RollChanges   []RollChange
	Results       *Results // nil until it may be shown
}

// BallotPage reads a ballot's page for u in one read-only transaction.
func (db *DB) BallotPage(ctx context.Context, u member.User, id int64) (BallotPage, error) {
	var p BallotPage
	err := db.view(ctx, "ballot page", func(tx *gorm.DB) error {
		b, err := ballotByID(tx, id)
		if err == nil {
			err = countTurnout(tx, &b)
		}
		if err != nil {
			return err
		}
		p.Ballot = b
		if b.DocumentID != 0 {
			var doc documentRow
			if err := tx.Select("id", "numbering").Where("id = ?", b.DocumentID).Take(&doc).Error; err != nil {
				return err
			}
			p.Numbering = document.Scheme(doc.Numbering)
		}
		var line rollRow
		if err := tx.Where("ballot_id = ? AND user_id = ?", id, u.ID).Limit(1).Find(&line).Error; err != nil {
			return err
		}
		p.OnRoll, p.Voted = line.UserID != 0, line.Voted
		if p.Count, err = countProgress(tx, id); err != nil {
			return err
		}
		if p.RollChanges, err = rollChanges(tx, id); err != nil {
			return err
		}
		if b.CanShowResults() == nil {
			res, err := tally(tx, b)
			if err != nil {
				return err
			}
			p.Results = &res
		}
		return nil
	})
	return p, err
}
