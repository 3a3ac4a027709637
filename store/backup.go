package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// ErrNewerSchema is Open's refusal of a database migrated by a newer
// Charter: this one would not know what the later migrations changed.
var ErrNewerSchema = errors.New("the database's schema is newer than this Charter")

// SchemaVersion is the schema this Charter brings a database to.
func SchemaVersion() int { return len(migrations) }

// BackupSQLite writes a consistent copy of the SQLite file at address into
// path, which must be missing or empty. VACUUM INTO reads one snapshot, so
// the copy holds every transaction committed before it began and nothing
// after, while the server goes on writing. The file is opened read-only
// and not migrated: a backup taken with a newer Charter before an upgrade
// is of the database as it was.
func BackupSQLite(ctx context.Context, address, path string) error {
	g, dialect, err := openRaw(address)
	if err != nil {
		return err
	}
	defer closeRaw(g)
	if dialect != SQLite {
		return fmt.Errorf("backup: VACUUM INTO is SQLite's, not %s's", dialect)
	}
	if err := g.WithContext(ctx).Exec("VACUUM INTO ?", path).Error; err != nil {
		return fmt.Errorf("backup: VACUUM INTO %s: %w", path, err)
	}
	return nil
}

// TryLock takes the session-level PostgreSQL advisory lock key on a
// connection of its own and keeps it until release, or until the process
// dies. held is false when another session has it. On SQLite, which one
// process serves, it is always held.
func (db *DB) TryLock(ctx context.Context, key int64) (release func(), held bool, err error) {
	if db.Dialect != Postgres {
		return func() {}, true, nil
	}
	sqlDB, err := db.gorm.DB()
	if err != nil {
		return nil, false, err
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return nil, false, err
	}
	if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", key).Scan(&held); err != nil || !held {
		_ = conn.Close()
		return nil, false, err
	}
	return func() {
		_, _ = conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", key)
		_ = conn.Close()
	}, true, nil
}

// Summary is what a database or a backup holds, read without migrating it.
type Summary struct {
	SchemaVersion int   // the highest migration applied; 0 for an empty database
	Tables        int   // tables, schema_migrations and SQLite's full-text index's included
	Users         int64 // accounts
	Documents     int64
	Ballots       int64
	// PostgreSQL only: the server's version (150020 for 15.20), and the
	// sessions connected to the database besides the caller's (a running
	// Charter keeps at least one, listening for changes).
	ServerVersion int
	Sessions      int
}

// Empty tells whether the database holds nothing a restore would lose.
func (s Summary) Empty() bool { return s.Users == 0 && s.Documents == 0 && s.Ballots == 0 }

// ownApplication names the sessions the backup and restore code opens, so
// that Inspect does not count them among the others.
const ownApplication = "charter-backup"

// openRaw connects to address without migrating anything: a SQLite file
// read-only (it must exist), a PostgreSQL database as ownApplication.
func openRaw(address string) (*gorm.DB, Dialect, error) {
	var dialector gorm.Dialector
	dialect := SQLite
	if strings.HasPrefix(address, "postgres://") || strings.HasPrefix(address, "postgresql://") {
		u, err := url.Parse(address)
		if err != nil {
			return nil, Postgres, fmt.Errorf("the database address: %w", err)
		}
		q := u.Query()
		q.Set("application_name", ownApplication)
		u.RawQuery = q.Encode()
		dialector, dialect = postgres.Open(u.String()), Postgres
	} else {
		dialector = sqlite.Open("file:" + strings.TrimPrefix(address, "sqlite:") + "?mode=ro&_pragma=busy_timeout(10000)")
	}
	g, err := gorm.Open(dialector, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return nil, dialect, fmt.Errorf("open %s database: %w", dialect, err)
	}
	return g, dialect, nil
}

func closeRaw(g *gorm.DB) {
	if sqlDB, err := g.DB(); err == nil {
		_ = sqlDB.Close()
	}
}

// Inspect reads what the database at address holds without changing it: a
// SQLite file is opened read-only, and neither engine is migrated.
func Inspect(ctx context.Context, address string) (Summary, error) {
	g, dialect, err := openRaw(address)
	if err != nil {
		return Summary{}, err
	}
	defer closeRaw(g)
	g = g.WithContext(ctx)
	var s Summary
	tables, err := g.Migrator().GetTables()
	if err != nil {
		return s, fmt.Errorf("inspect the %s database: %w", dialect, err)
	}
	s.Tables = len(tables)
	has := map[string]bool{}
	for _, t := range tables {
		has[t] = true
	}
	if has["schema_migrations"] {
		if err := g.Raw("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").Scan(&s.SchemaVersion).Error; err != nil {
			return s, fmt.Errorf("inspect the %s database: %w", dialect, err)
		}
	}
	for table, n := range map[string]*int64{"users": &s.Users, "documents": &s.Documents, "ballots": &s.Ballots} {
		if !has[table] {
			continue
		}
		if err := g.Raw("SELECT COUNT(*) FROM " + table).Scan(n).Error; err != nil {
			return s, fmt.Errorf("inspect the %s database: count %s: %w", dialect, table, err)
		}
	}
	if dialect == Postgres {
		err := g.Raw(`SELECT current_setting('server_version_num')::int AS server_version,
			(SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
				AND backend_type = 'client backend' AND application_name <> ?) AS sessions`, ownApplication).
			Row().Scan(&s.ServerVersion, &s.Sessions)
		if err != nil {
			return s, fmt.Errorf("inspect the PostgreSQL database: %w", err)
		}
	}
	return s, nil
}

// CheckSQLiteFile runs integrity_check and foreign_key_check on a SQLite
// file opened read-only, as on a backup before it is kept.
func CheckSQLiteFile(ctx context.Context, path string) error {
	g, _, err := openRaw("sqlite:" + path)
	if err != nil {
		return err
	}
	defer closeRaw(g)
	var problems []string
	if err := checkSQLiteFile(g.WithContext(ctx), func(format string, args ...any) {
		problems = append(problems, fmt.Sprintf(format, args...))
	}); err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s: %s", path, strings.Join(problems, "; "))
	}
	return nil
}

// LockSQLiteFile takes the SQLite file at path for the caller alone, or
// says who has it: a running Charter keeps connections open, and leaving
// WAL mode, which this does first, needs the file to be no one else's. The
// WAL is folded into the file on the way, so its -wal and -shm go. The
// exclusive transaction then keeps out anyone who opens it afterwards until
// unlock.
func LockSQLiteFile(ctx context.Context, path string) (unlock func(), err error) {
	db, err := sql.Open(sqlite.DriverName, "file:"+path+"?_pragma=busy_timeout(500)")
	if err != nil {
		return nil, err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	fail := func(err error) (func(), error) {
		_ = conn.Close()
		_ = db.Close()
		return nil, err
	}
	var mode string
	if err := conn.QueryRowContext(ctx, "PRAGMA journal_mode=DELETE").Scan(&mode); err != nil {
		return fail(fmt.Errorf("%s is in use (%w): stop the Charter server and anything else that has it open", path, err))
	}
	if mode != "delete" {
		return fail(fmt.Errorf("%s is in use (it stays in %s mode): stop the Charter server and anything else that has it open", path, mode))
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA locking_mode=EXCLUSIVE"); err != nil {
		return fail(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN EXCLUSIVE"); err != nil {
		return fail(fmt.Errorf("%s is in use (%w): stop the Charter server and anything else that has it open", path, err))
	}
	return func() {
		_, _ = conn.ExecContext(context.Background(), "ROLLBACK")
		_ = conn.Close()
		_ = db.Close()
	}, nil
}

// ScratchDatabase creates an empty database beside the one at address, on
// the same PostgreSQL server, for a backup to be restored into and checked
// before it replaces anything; drop removes it.
func ScratchDatabase(ctx context.Context, address string) (scratch string, drop func(), err error) {
	g, dialect, err := openRaw(address)
	if err != nil {
		return "", nil, err
	}
	if dialect != Postgres {
		closeRaw(g)
		return "", nil, fmt.Errorf("a scratch database is PostgreSQL's")
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "charter_restore_" + hex.EncodeToString(b)
	if err := g.WithContext(ctx).Exec("CREATE DATABASE " + name).Error; err != nil {
		closeRaw(g)
		return "", nil, fmt.Errorf("create a scratch database to check the backup in (the role needs CREATEDB): %w", err)
	}
	drop = func() {
		_ = g.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").Error
		closeRaw(g)
	}
	u, err := url.Parse(address)
	if err != nil {
		drop()
		return "", nil, err
	}
	u.Path = "/" + name
	return u.String(), drop, nil
}
