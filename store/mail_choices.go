package store

import (
	"context"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/message"
)

// MailChoices gives what a member chose to receive, kind by kind; a kind
// not listed is received as it comes (message.ChoiceEach).
func (db *DB) MailChoices(ctx context.Context, userID int64) (map[message.Kind]message.Choice, error) {
	var rows []mailChoiceRow
	err := db.read(ctx, "mail choices", func(tx *gorm.DB) error {
		return tx.Where("user_id = ?", userID).Find(&rows).Error
	})
	out := make(map[message.Kind]message.Choice, len(rows))
	for _, r := range rows {
		out[message.Kind(r.Kind)] = message.Choice(r.Choice)
	}
	return out, err
}

// SetMailChoices replaces a member's choices with choices: a kind left out
// is received as it comes. A required kind cannot be turned off (EINVALID).
// Messages already queued keep the choice they were queued under.
func (db *DB) SetMailChoices(ctx context.Context, userID int64, choices map[message.Kind]message.Choice) error {
	rows := make([]mailChoiceRow, 0, len(choices))
	for _, kind := range message.Kinds {
		choice, ok := choices[kind]
		if !ok || choice == message.ChoiceEach {
			continue
		}
		if _, err := message.ParseChoice(kind, string(choice)); err != nil {
			return err
		}
		rows = append(rows, mailChoiceRow{UserID: userID, Kind: string(kind), Choice: string(choice)})
	}
	for kind := range choices {
		if _, err := message.ParseKind(string(kind)); err != nil {
			return err
		}
	}
	return db.transact(ctx, "set mail choices", func(tx *gorm.DB) error {
		if err := accountExists(tx, userID); err != nil {
			return err
		}
		if err := tx.Where("user_id = ?", userID).Delete(&mailChoiceRow{}).Error; err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		return tx.Create(&rows).Error
	})
}

// Unsubscribe turns one kind off for a member, as their unsubscribe link
// asks: the other kinds keep their choices. A required kind is refused
// (EINVALID); an account since deleted is ENOTFOUND.
func (db *DB) Unsubscribe(ctx context.Context, userID int64, kind message.Kind) error {
	if _, err := message.ParseChoice(kind, string(message.ChoiceNone)); err != nil {
		return err
	}
	return db.transact(ctx, "unsubscribe", func(tx *gorm.DB) error {
		if err := accountExists(tx, userID); err != nil {
			return err
		}
		if err := tx.Where("user_id = ? AND kind = ?", userID, string(kind)).Delete(&mailChoiceRow{}).Error; err != nil {
			return err
		}
		return tx.Create(&mailChoiceRow{UserID: userID, Kind: string(kind), Choice: string(message.ChoiceNone)}).Error
	})
}

var noAccount = charter.Errorf(charter.ENOTFOUND, "There is no such account.")

func accountExists(tx *gorm.DB, userID int64) error {
	var n int64
	if err := tx.Model(&userRow{}).Where("id = ?", userID).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return noAccount
	}
	return nil
}
