package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter/audit"
)

type auditRow struct {
	ID        int64
	CreatedAt time.Time
	ActorID   *int64
	Action    string
	Subject   string
	Detail    string
	PrevHash  string
	Hash      string
}

func (auditRow) TableName() string { return "audit_events" }

var errAuditRace = errors.New("audit chain: another event was appended first")

// record appends an event to the audit chain inside the caller's transaction.
func (db *DB) record(tx *gorm.DB, actorID int64, action, subject, detail string) error {
	var last auditRow
	if err := tx.Order("id DESC").Limit(1).Find(&last).Error; err != nil {
		return fmt.Errorf("audit: read head: %w", err)
	}
	e := audit.Event{At: db.now(), ActorID: actorID, Action: action, Subject: subject, Detail: detail, PrevHash: last.Hash}
	e.Hash = audit.Seal(e)
	row := auditRow{CreatedAt: e.At, Action: action, Subject: subject, Detail: detail, PrevHash: e.PrevHash, Hash: e.Hash}
	if actorID != 0 {
		row.ActorID = &actorID
	}
	if err := tx.Create(&row).Error; err != nil {
		if isDuplicate(err) {
			return errAuditRace
		}
		return fmt.Errorf("audit: append: %w", err)
	}
	return nil
}

// AuditEvents lists the audit chain in order, newest last; limit 0 means all.
func (db *DB) AuditEvents(ctx context.Context, limit int) ([]audit.Event, error) {
	var rows []auditRow
	err := db.read(ctx, "list audit events", func(tx *gorm.DB) error {
		q := tx.Order("id")
		if limit > 0 {
			q = tx.Order("id DESC").Limit(limit)
		}
		return q.Find(&rows).Error
	})
	if err != nil {
		return nil, err
	}
	out := make([]audit.Event, len(rows))
	for i, r := range rows {
		e := audit.Event{ID: r.ID, At: r.CreatedAt, Action: r.Action, Subject: r.Subject, Detail: r.Detail, PrevHash: r.PrevHash, Hash: r.Hash}
		if r.ActorID != nil {
			e.ActorID = *r.ActorID
		}
		out[i] = e
	}
	if limit > 0 {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return out, nil
}

// VerifyAudit checks the whole chain.
func (db *DB) VerifyAudit(ctx context.Context) (int, error) {
	events, err := db.AuditEvents(ctx, 0)
	if err != nil {
		return 0, err
	}
	return len(events), audit.Verify(events)
}
