package store

import (
	"context"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
)

// BallotRules reads a ballot and its questions' rules and hashes, without
// the snapshots' texts or the turnout. A snapshot never changes (its hash
// seals it), so a page keeps it once read (QuestionSnapshot); the turnout
// is counted over the whole roll, for those who are shown it (Turnout).
func (db *DB) BallotRules(ctx context.Context, id int64) (ballot.Ballot, error) {
	var b ballot.Ballot
	err := db.read(ctx, "ballot rules", func(tx *gorm.DB) (err error) {
		b, err = ballotByID(tx, id)
		return err
	})
	return b, err
}

// Turnout counts the members of a ballot's roll who have voted.
func (db *DB) Turnout(ctx context.Context, id int64) (int, error) {
	b := ballot.Ballot{ID: id}
	err := db.read(ctx, "turnout", func(tx *gorm.DB) error { return countTurnout(tx, &b) })
	return b.Turnout, err
}

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
