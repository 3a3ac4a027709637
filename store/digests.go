package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/charter-org/charter/message"
)

// waitingDigest selects the outbox rows held for a digest and not yet
// folded into one.
const waitingDigest = "digest AND folded_into IS NULL AND sent_at IS NULL AND failed_at IS NULL"

// errDigestRace: a row this gathering read was folded by another at the
// same moment, which the member's lock should make impossible. The whole
// gathering is rolled back rather than send anything twice.
var errDigestRace = errors.New("gather digests: a row was folded by another gathering")

// GatherDigests writes the digests that are due at now and returns how
// many. A member who chose a daily digest (message.ChoiceDigest) has
// their messages of that kind queued as digest rows, which are never sent
// themselves; once the oldest of a member's waiting rows is
// message.DigestWindow old, they are folded (folded_into) into one new
// message of kind message.KindDigest listing each one's kind and facts,
// due at once. The day is counted from that first message rather than at
// a set hour: Charter knows no member's time zone, and no instance needs
// a schedule, so a member gets at most one digest a day and nothing waits
// longer than a day.
//
// Senders call it every minute or so, from any number of instances at
// once. It is one transaction; each member's account row is locked for it
// (on PostgreSQL FOR NO KEY UPDATE SKIP LOCKED, which new outbox rows'
// foreign key checks do not wait for), so two instances never gather the
// same member, and one that finds a member taken passes on; a row folded
// meanwhile would roll the whole gathering back (errDigestRace) rather
// than be folded twice.
func (db *DB) GatherDigests(ctx context.Context, now time.Time) (int, error) {
	gathered := 0
	err := db.transact(ctx, "gather digests", func(tx *gorm.DB) error {
		gathered = 0
		cutoff := now.Add(-message.DigestWindow)
		var due []int64
		if err := tx.Model(&outboxRow{}).Where(waitingDigest).Group("user_id").
			Having("MIN(created_at) <= ?", cutoff).Order("user_id").Pluck("user_id", &due).Error; err != nil {
			return err
		}
		if len(due) == 0 {
			return nil
		}
		var members []userRow
		if err := tx.Clauses(clause.Locking{Strength: "NO KEY UPDATE", Options: "SKIP LOCKED"}).
			Select("id").Where("id IN ?", due).Order("id").Find(&members).Error; err != nil {
			return err
		}
		for _, m := range members {
			done, err := db.gatherDigest(tx, m.ID, cutoff, now)
			if err != nil {
				return err
			}
			if done {
				gathered++
			}
		}
		if gathered == 0 {
			return nil
		}
		return db.announce(tx, TopicMail, 0)
	})
	return gathered, err
}

// gatherDigest folds one member's waiting rows into a digest, unless
// another gathering folded them between the first look and the lock.
func (db *DB) gatherDigest(tx *gorm.DB, userID int64, cutoff, now time.Time) (bool, error) {
	var rows []outboxRow
	if err := tx.Where("user_id = ? AND "+waitingDigest, userID).Order("created_at, id").Find(&rows).Error; err != nil {
		return false, err
	}
	if len(rows) == 0 || rows[0].CreatedAt.After(cutoff) {
		return false, nil
	}
	ids := make([]int64, len(rows))
	contentIDs := make([]int64, len(rows))
	for i, r := range rows {
		ids[i], contentIDs[i] = r.ID, r.ContentID
	}
	var contents []mailContentRow
	if err := tx.Where("id IN ?", contentIDs).Find(&contents).Error; err != nil {
		return false, err
	}
	byID := make(map[int64]mailContentRow, len(contents))
	for _, c := range contents {
		byID[c.ID] = c
	}
	var d message.Digest
	for _, r := range rows {
		c := byID[r.ContentID]
		d.Items = append(d.Items, message.DigestItem{Kind: message.Kind(c.Kind), At: c.CreatedAt, Facts: json.RawMessage(c.Facts)})
	}
	facts, err := message.Facts(d)
	if err != nil {
		return false, err
	}
	content := mailContentRow{Kind: string(message.KindDigest), Facts: facts, CreatedAt: now}
	if err := tx.Create(&content).Error; err != nil {
		return false, err
	}
	key, err := messageKey()
	if err != nil {
		return false, err
	}
	// The newest row has the member's address, language and name as they
	// were last queued.
	last := rows[len(rows)-1]
	digest := outboxRow{ContentID: content.ID, UserID: &userID, Address: last.Address, Language: last.Language, Personal: last.Personal,
		MessageKey: key, CreatedAt: now, DueAt: now}
	if err := tx.Create(&digest).Error; err != nil {
		return false, err
	}
	res := tx.Model(&outboxRow{}).Where("id IN ? AND folded_into IS NULL", ids).Update("folded_into", digest.ID)
	if res.Error != nil {
		return false, res.Error
	}
	if res.RowsAffected != int64(len(ids)) {
		return false, fmt.Errorf("member %d: %w", userID, errDigestRace)
	}
	return true, nil
}
