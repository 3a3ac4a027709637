package store

import "context"

// TamperAuditForTest edits an audit event behind the chain's back, as an
// attacker with database access would.
func (db *DB) TamperAuditForTest(ctx context.Context, id int64, detail string) error {
	return db.gorm.WithContext(ctx).Model(&auditRow{}).Where("id = ?", id).Update("detail", detail).Error
}

// DumpForTest reads every row of every table, as someone holding a copy of
// the database would: each table's rows in the order the engine stores
// them.
func (db *DB) DumpForTest(ctx context.Context) (map[string][]map[string]any, error) {
	g := db.gorm.WithContext(ctx)
	tables, err := g.Migrator().GetTables()
	if err != nil {
		return nil, err
	}
	out := map[string][]map[string]any{}
	for _, t := range tables {
		var rows []map[string]any
		if err := g.Raw("SELECT * FROM " + t).Scan(&rows).Error; err != nil {
			return nil, err
		}
		out[t] = rows
	}
	return out, nil
}
