package store

import (
	"context"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
)

// QuestionSnapshot reads the sealed snapshot of one question of a ballot.
func (db *DB) QuestionSnapshot(ctx context.Context, ballotID, questionID int64) (string, error) {
	var row questionRow
	err := db.read(ctx, "question snapshot", func(tx *gorm.DB) error {
		err := tx.Select("id", "snapshot").Where("id = ? AND ballot_id = ?", questionID, ballotID).Take(&row).Error
		if isNotFound(err) {
			return charter.Errorf(charter.ENOTFOUND, "There is no ballot %d.", ballotID)
		}
		return err
	})
	return row.Snapshot, err
}

// BallotTurnout reads a ballot's status and how many members have voted,
// for a live page: a count over the roll, never who.
func (db *DB) BallotTurnout(ctx context.Context, id int64) (ballot.Status, int, error) {
	var b ballot.Ballot
	err := db.read(ctx, "ballot turnout", func(tx *gorm.DB) error {
		var row ballotRow
		if err := tx.Select("id", "status").Where("id = ?", id).Take(&row).Error; err != nil {
			if isNotFound(err) {
				return charter.Errorf(charter.ENOTFOUND, "There is no ballot %d.", id)
			}
			return err
		}
		b = ballot.Ballot{ID: id, Status: ballot.Status(row.Status)}
		return countTurnout(tx, &b)
	})
	return b.Status, b.Turnout, err
}
