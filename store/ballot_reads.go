package store

import (
	"context"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
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
