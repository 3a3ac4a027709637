package store

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"github.com/charter-org/charter/message"
)

// QueuedMail is an outbox row with its content's kind and facts, as a test
// reads them.
type QueuedMail struct {
	ID, UserID, ContentID int64
	Kind                  message.Kind
	Facts                 string
	Digest                bool
	FoldedInto            int64
}

// QueuedForTest reads every outbox row, oldest first.
func (db *DB) QueuedForTest(ctx context.Context) ([]QueuedMail, error) {
	var out []QueuedMail
	err := db.gorm.WithContext(ctx).Table("outbox").
		Select("outbox.id, outbox.user_id, outbox.content_id, mail_contents.kind, mail_contents.facts, outbox.digest, COALESCE(outbox.folded_into, 0) AS folded_into").
		Joins("JOIN mail_contents ON mail_contents.id = outbox.content_id").Order("outbox.id").Scan(&out).Error
	return out, err
}

// ReportThenFailForTest queues the committee's message of a reported
// comment, as ReportComment does, and then fails the transaction: it
// always returns an error.
func (db *DB) ReportThenFailForTest(ctx context.Context, commentID, reporterID int64) error {
	failed := errors.New("failed after queueing")
	return db.transact(ctx, "report then fail", func(tx *gorm.DB) error {
		var row commentRow
		if err := tx.Where("id = ?", commentID).Take(&row).Error; err != nil {
			return err
		}
		if err := db.queueReported(tx, row, "reason", reporterID); err != nil {
			return err
		}
		return failed
	})
}
