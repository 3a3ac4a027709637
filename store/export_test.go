package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

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
		rows, err := dumpTable(g, t)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", t, err)
		}
		out[t] = rows
	}
	return out, nil
}

// dumpTable reads every row of a table, each column as the driver gives
// it: the blobs of SQLite's full-text index (search_fts_data) too, which
// gorm's Scan into maps cannot hold.
func dumpTable(g *gorm.DB, table string) ([]map[string]any, error) {
	rows, err := g.Raw("SELECT * FROM " + table).Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []map[string]any
	for rows.Next() {
		values := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range values {
			ptrs[i] = &values[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		row := make(map[string]any, len(cols))
		for i, c := range cols {
			row[c] = values[i]
		}
		out = append(out, row)
	}
	return out, rows.Err()
}

// DeleteFromForTest runs a raw DELETE on one of a ballot's tables, as a
// careless script with database access would.
func (db *DB) DeleteFromForTest(ctx context.Context, table string, ballotID int64) error {
	column := "ballot_id"
	if table == "ballots" {
		column = "id"
	}
	return db.gorm.WithContext(ctx).Exec("DELETE FROM "+table+" WHERE "+column+" = ?", ballotID).Error
}

// TruncateForTest empties a table with PostgreSQL's TRUNCATE.
func (db *DB) TruncateForTest(ctx context.Context, table string) error {
	return db.gorm.WithContext(ctx).Exec("TRUNCATE " + table + " CASCADE").Error
}

// ExpireRetentionForTest moves a ballot's retain_until into the past.
func (db *DB) ExpireRetentionForTest(ctx context.Context, ballotID int64) error {
	return db.gorm.WithContext(ctx).Exec("UPDATE ballots SET retain_until = ? WHERE id = ?", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), ballotID).Error
}

// BallotTables names the tables that hold a ballot's records, children first.
var BallotTables = []string{"ballot_tellers", "ballot_roll_changes", "ballot_papers", "ballot_roll", "ballot_questions", "ballots"}

// QueryForTest runs a raw query, as someone with read access to the
// database would.
func (db *DB) QueryForTest(ctx context.Context, query string, args ...any) ([]map[string]any, error) {
	var rows []map[string]any
	err := db.gorm.WithContext(ctx).Raw(query, args...).Scan(&rows).Error
	return rows, err
}

// CheckpointForTest copies SQLite's WAL into the database file and empties
// it, so that the WAL holds only what is written next.
func (db *DB) CheckpointForTest(ctx context.Context) error {
	return db.gorm.WithContext(ctx).Exec("PRAGMA wal_checkpoint(TRUNCATE)").Error
}

// CountTimingForTest shortens how often a count's holder beats and how
// soon its silence loses the count, until the test ends.
func CountTimingForTest(t interface{ Cleanup(func()) }, heartbeat, stale time.Duration) {
	oldBeat, oldStale := countTiming.heartbeat.Load(), countTiming.stale.Load()
	countTiming.heartbeat.Store(int64(heartbeat))
	countTiming.stale.Store(int64(stale))
	t.Cleanup(func() {
		countTiming.heartbeat.Store(oldBeat)
		countTiming.stale.Store(oldStale)
	})
}

// HoldTableForTest locks a table in its own transaction, as another
// session (a vacuum, a slow disk) would, until release is closed.
func (db *DB) HoldTableForTest(ctx context.Context, table string, release <-chan struct{}) error {
	return db.gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("LOCK TABLE " + table + " IN EXCLUSIVE MODE").Error; err != nil {
			return err
		}
		<-release
		return nil
	})
}

// AnnounceForTest runs a transaction that announces one change, and fails
// it after announcing when fail is set.
func (db *DB) AnnounceForTest(ctx context.Context, topic Topic, subject int64, fail bool) error {
	return db.transact(ctx, "announce for test", func(tx *gorm.DB) error {
		if err := db.announce(tx, topic, subject); err != nil {
			return err
		}
		if fail {
			return errors.New("failed after announcing")
		}
		return nil
	})
}

// RedoSearchMigrationForTest takes the search index away, as the database
// stood before migration 24, and runs that migration again: it must index
// what is stored already.
func (db *DB) RedoSearchMigrationForTest(ctx context.Context) error {
	undo := []string{"DROP TABLE search_fts", "DROP TABLE search_entries", "DROP TABLE search_words"}
	if db.Dialect == Postgres {
		undo = []string{"DROP TABLE search_entries", "DROP TABLE search_words",
			"DROP TEXT SEARCH CONFIGURATION charter_english", "DROP TEXT SEARCH CONFIGURATION charter_french",
			"DROP TEXT SEARCH DICTIONARY charter_english_stem", "DROP TEXT SEARCH DICTIONARY charter_french_stem",
			"DROP TEXT SEARCH CONFIGURATION charter_spanish", "DROP TEXT SEARCH DICTIONARY charter_spanish_stem"}
	}
	g := db.gorm.WithContext(ctx)
	for _, stmt := range append(undo, "DELETE FROM schema_migrations WHERE version = 24") {
		if err := g.Exec(stmt).Error; err != nil {
			return fmt.Errorf("%s: %w", stmt, err)
		}
	}
	// Statements PostgreSQL prepared on documents before the column went
	// would no longer match it: the connections that hold them are closed.
	db.closeIdleForTest()
	if err := db.applyMigration(g, 24); err != nil { // the later ones stay
		return err
	}
	// but migration 30's column, on the table dropped, must come back.
	return g.Exec("ALTER TABLE search_entries ADD COLUMN language TEXT NOT NULL DEFAULT ''").Error
}

// closeIdleForTest closes the idle connections, and the statements they
// prepared against what a test took away.
func (db *DB) closeIdleForTest() {
	if sqlDB, err := db.gorm.DB(); err == nil {
		stats := sqlDB.Stats()
		sqlDB.SetMaxIdleConns(0)
		sqlDB.SetMaxIdleConns(stats.MaxOpenConnections)
	}
}

// SettleForTest has PostgreSQL vacuum and analyze every table, as its
// autovacuum does some time after a bulk load: benchmarks measure the
// database as it then stands. Nothing on SQLite.
func (db *DB) SettleForTest(ctx context.Context) error {
	if db.Dialect != Postgres {
		return nil
	}
	return db.gorm.WithContext(ctx).Exec("VACUUM ANALYZE").Error
}

// OpenAtVersionForTest opens the database at address migrated no further
// than version v, as an older Charter left it.
func OpenAtVersionForTest(ctx context.Context, address string, v int) (*DB, error) {
	all := migrations
	migrations = migrations[:v]
	defer func() { migrations = all }()
	return Open(ctx, address)
}

// RedoSpanishSearchMigrationForTest puts the index of Spanish documents
// back as it stood before migration 29 (the simple configuration, and on
// PostgreSQL no Spanish configuration at all), and runs 29 again.
func (db *DB) RedoSpanishSearchMigrationForTest(ctx context.Context) error {
	undo := []string{"UPDATE search_entries SET config = 'simple' WHERE config = 'charter_spanish'"}
	if db.Dialect == Postgres {
		undo = append(undo,
			"UPDATE search_entries SET tsv = setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B') WHERE config = 'simple'",
			"DROP TEXT SEARCH CONFIGURATION charter_spanish", "DROP TEXT SEARCH DICTIONARY charter_spanish_stem")
	}
	g := db.gorm.WithContext(ctx)
	for _, stmt := range append(undo, "DELETE FROM schema_migrations WHERE version = 29") {
		if err := g.Exec(stmt).Error; err != nil {
			return fmt.Errorf("%s: %w", stmt, err)
		}
	}
	// Statements prepared with the configuration dropped name it by its
	// old oid.
	db.closeIdleForTest()
	return db.applyMigration(g, 29)
}

// SearchConfigsForTest are the configurations the index of a document's
// rows was made with.
func (db *DB) SearchConfigsForTest(ctx context.Context, documentID int64) ([]string, error) {
	var configs []string
	err := db.gorm.WithContext(ctx).Table("search_entries").Distinct("config").Where("document_id = ?", documentID).Order("config").Pluck("config", &configs).Error
	return configs, err
}
