package store

import "context"

// TamperAuditForTest edits an audit event behind the chain's back, as an
// attacker with database access would.
func (db *DB) TamperAuditForTest(ctx context.Context, id int64, detail string) error {
	return db.gorm.WithContext(ctx).Model(&auditRow{}).Where("id = ?", id).Update("detail", detail).Error
}
