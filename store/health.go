package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter/ballot"
)

// ErrSchema is Ready's answer when the database's schema is not the one
// this binary migrates to: a newer Charter moved it on (an upgrade under
// way), or it was restored from an older backup while this one ran.
var ErrSchema = errors.New("the database's schema is not this Charter's")

// Ready says whether this instance can serve requests: the database
// answers, and its schema version is the newest this binary knows. A load
// balancer's readiness check calls it; the error says why not, for the
// log.
func (db *DB) Ready(ctx context.Context) error {
	var version int
	err := db.gorm.WithContext(ctx).Table("schema_migrations").Select("COALESCE(MAX(version), 0)").Scan(&version).Error
	if err != nil {
		return fmt.Errorf("read the schema version: %w", err)
	}
	if version != len(migrations) {
		return fmt.Errorf("%w: version %d, this Charter's %d", ErrSchema, version, len(migrations))
	}
	return nil
}

// Stats are the connection pool's: connections in use and idle, and how
// often and how long requests waited for one.
func (db *DB) Stats() sql.DBStats {
	sqlDB, err := db.gorm.DB()
	if err != nil {
		return sql.DBStats{}
	}
	return sqlDB.Stats()
}

// Memos gives, by name, how often each memo of the store answered from
// memory (hits) and how often it read the database (misses).
func (db *DB) Memos() map[string]func() (hits, misses uint64) {
	h := db.held
	return map[string]func() (uint64, uint64){
		"credentials":        h.credentials.counts,
		"document_heads":     h.heads.counts,
		"comment_stamps":     h.stamps.counts,
		"pending_amendments": h.pending.counts,
		"section_threads":    h.sections.counts,
	}
}

// Readings are what a metrics scrape reads of the database: counts only,
// never who.
type Readings struct {
	// MailWaiting are the outbox's messages not yet sent, failed or folded
	// into a digest; MailFailed those that failed for good.
	MailWaiting, MailFailed int64
	// Ballots are the open ballots with their rolls and votes cast so far.
	Ballots []BallotTurnout
	// ChangesBehind counts the changes in the table past the last this
	// instance read: what it has not yet been told of.
	ChangesBehind int64
	// ChangesRead is when this instance last read the changes table.
	ChangesRead time.Time
}

// BallotTurnout is an open ballot's count of votes: its id, which members
// see in its address, the size of its roll and how many on it have voted.
type BallotTurnout struct {
	ID          int64
	Roll, Votes int64
}

// Readings reads the counts for a scrape in one read-only transaction:
// the waiting messages through the outbox's index of due messages; the
// failed ones by a count over the outbox; each open ballot's turnout from
// its roll; the newest change by its key.
func (db *DB) Readings(ctx context.Context) (Readings, error) {
	var r Readings
	var newest int64
	err := db.view(ctx, "readings", func(tx *gorm.DB) error {
		if err := tx.Model(&outboxRow{}).Where("sent_at IS NULL AND failed_at IS NULL AND folded_into IS NULL").Count(&r.MailWaiting).Error; err != nil {
			return err
		}
		if err := tx.Model(&outboxRow{}).Where("failed_at IS NOT NULL").Count(&r.MailFailed).Error; err != nil {
			return err
		}
		if err := tx.Table("ballots").Select("ballots.id, ballots.roll_size AS roll, COUNT(ballot_roll.user_id) AS votes").
			Joins("LEFT JOIN ballot_roll ON ballot_roll.ballot_id = ballots.id AND ballot_roll.voted = ?", true).
			Where("ballots.status = ?", string(ballot.StatusOpen)).Group("ballots.id, ballots.roll_size").Order("ballots.id").
			Scan(&r.Ballots).Error; err != nil {
			return err
		}
		return tx.Model(&changeRow{}).Select("COALESCE(MAX(id), 0)").Scan(&newest).Error
	})
	f := db.feed
	f.mu.Lock()
	// What this instance wrote it was told at commit, before any read.
	r.ChangesBehind, r.ChangesRead = max(0, newest-max(f.last, f.toldSeq)), f.readAt
	f.mu.Unlock()
	return r, err
}
