package store

import "context"

// ExecForTest runs a raw statement, as someone editing the database by
// hand would.
func (db *DB) ExecForTest(ctx context.Context, sql string, args ...any) error {
	return db.gorm.WithContext(ctx).Exec(sql, args...).Error
}
