// Package store keeps Charter's records in SQLite or PostgreSQL through gorm.
// One exported method is one use case and one transaction; helpers that take
// a *gorm.DB run inside the caller's transaction.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/charter-org/charter"
)

// Dialect names a database engine.
type Dialect string

const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// DB is Charter's database. It holds no state of its own besides the
// connection pool and the keys of the counts this process holds, so
// several Charter instances can share one PostgreSQL.
type DB struct {
	gorm    *gorm.DB
	Dialect Dialect
	now     func() time.Time
	// writer lets this process's SQLite transactions take turns here, not
	// in SQLite's busy handler, which sleeps between tries (1 ms, 2, 5, 10,
	// … 100): 64 voters at once lost the lock's hand-offs to those sleeps
	// (at most 450–565 votes/s, the slowest 1.4 s; in turn, 630–700 votes/s,
	// the slowest 0.25 s). Another process on the same file still waits in
	// the busy handler.
	writer sync.Mutex
	counts *countKeys
	feed   *feed
	held   *held
	// timer is told how long transactions take (TimeTransactions); nil
	// until set.
	timer atomic.Pointer[timerHolder]
}

// Open connects to "sqlite:PATH" (or a bare path) or a postgres:// URL and
// brings the schema up to date.
func Open(ctx context.Context, address string) (*DB, error) {
	var dialector gorm.Dialector
	var dialect Dialect
	switch {
	case strings.HasPrefix(address, "postgres://"), strings.HasPrefix(address, "postgresql://"):
		dialector, dialect = postgres.Open(address), Postgres
	default:
		path := strings.TrimPrefix(address, "sqlite:")
		if path == "" {
			return nil, charter.Errorf(charter.EINVALID, "The database address %q names no file.", address)
		}
		dialector, dialect = sqlite.Open(sqliteDSN(path)), SQLite
	}
	g, err := gorm.Open(dialector, &gorm.Config{
		TranslateError: true,
		Logger:         logger.Discard,
		NowFunc:        func() time.Time { return time.Now().UTC() },
	})
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", dialect, err)
	}
	counts := newCountKeys()
	db := &DB{gorm: g, Dialect: dialect, now: func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }, counts: counts, feed: newFeed(counts.process)}
	db.held = newHeld(db.catchUp)
	db.OnChange(db.held.forgetChanged)
	if dialect == SQLite {
		db.feed.wal = strings.TrimPrefix(address, "sqlite:") + "-wal"
	}
	if dialect == SQLite {
		// One writer at a time is SQLite's rule; readers share WAL snapshots.
		db.LimitConnections(8)
	} else {
		db.LimitConnections(DefaultPostgresConns)
	}
	unlock, err := db.lockSchema(ctx)
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("open %s database: lock the schema: %w", dialect, err)
	}
	err = db.migrate(ctx)
	unlock()
	if err == nil {
		err = db.gorm.WithContext(ctx).Model(&changeRow{}).Select("COALESCE(MAX(id), 0)").Scan(&db.feed.last).Error
		db.feed.readAt = time.Now()
	}
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	db.feed.done.Add(1)
	go func() {
		defer db.feed.done.Done()
		db.followOthers(address)
	}()
	return db, nil
}

// schemaLock is the PostgreSQL advisory lock ("charter" in ASCII) held
// while the schema is migrated. Such locks are scoped to one database.
const schemaLock = 0x63686172746572

// lockSchema makes instances started together on one PostgreSQL take turns
// at the migrations: the first brings the schema up to date, the others
// find it done, rather than both creating the same tables. The lock is a
// session's, so it is held on a connection of its own until unlock.
func (db *DB) lockSchema(ctx context.Context) (unlock func(), err error) {
	if db.Dialect != Postgres {
		return func() {}, nil
	}
	sqlDB, err := db.gorm.DB()
	if err != nil {
		return nil, err
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", schemaLock); err != nil {
		_ = conn.Close()
		return nil, err
	}
	return func() {
		_, _ = conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", schemaLock)
		_ = conn.Close()
	}, nil
}

// sqliteDSN turns a path into a DSN with the settings Charter relies on:
// WAL so that readers never block the writer; FULL sync so that a vote or a
// version, once acknowledged, survives a power cut; a busy timeout so that
// writers queue instead of failing; IMMEDIATE transactions so that a write
// takes the lock at BEGIN (a deferred BEGIN that upgrades later fails with
// SQLITE_BUSY under concurrency); foreign keys enforced.
func sqliteDSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// DefaultPostgresConns bounds each instance's connections to PostgreSQL:
// requests beyond it wait for a connection rather than open one more, so
// that a burst at a shift change cannot exhaust the server's
// max_connections (100 by default) that every instance shares.
const DefaultPostgresConns = 20

// LimitConnections sets how many connections the pool may open and keep.
func (db *DB) LimitConnections(n int) {
	if sqlDB, err := db.gorm.DB(); err == nil && n > 0 {
		sqlDB.SetMaxOpenConns(n)
		sqlDB.SetMaxIdleConns(n)
	}
}

// Close forgets the keys of the counts this process holds and closes the
// connection pool.
func (db *DB) Close() error {
	db.feed.stopOnce.Do(func() { close(db.feed.stop) })
	db.feed.done.Wait()
	db.counts.close()
	db.counts.mu.Lock()
	for id, key := range db.counts.keys {
		clear(key.private[:])
		delete(db.counts.keys, id)
	}
	db.counts.mu.Unlock()
	sqlDB, err := db.gorm.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// transact runs fn in one transaction. Application errors (*charter.Error)
// pass through as they are; anything else is wrapped with op for the logs.
// UseClock makes the store read the time from now: for tests and drills
// that must move through a ballot's notice period.
func (db *DB) UseClock(now func() time.Time) { db.now = now }

// Now is the store's time, which pages compare with a ballot's schedule.
func (db *DB) Now() time.Time { return db.now() }

func (db *DB) transact(ctx context.Context, op string, fn func(tx *gorm.DB) error) error {
	t := db.startTimer()
	if db.Dialect == SQLite {
		db.writer.Lock()
		defer db.writer.Unlock()
		t.lockTaken()
	}
	defer t.done(TransactionWrite)
	var err error
	var pending *pendingChanges
	for attempt := 0; attempt < 5; attempt++ {
		pending = &pendingChanges{}
		err = db.gorm.WithContext(context.WithValue(ctx, pendingKey{}, pending)).Transaction(fn)
		if !errors.Is(err, errAuditRace) {
			break
		}
		// Another writer appended to the audit chain first: the whole use
		// case runs again on the new head, so nothing is half-applied.
	}
	if err == nil {
		// Before the use case returns: whoever made the change sees it on
		// the next page.
		db.feed.tell(pending.changes)
	}
	return wrap(op, err)
}

// view runs fn in one read-only transaction, so that a page that reads
// several things reads them at one moment: on PostgreSQL a repeatable-read
// snapshot, on SQLite a deferred transaction that takes no write lock.
func (db *DB) view(ctx context.Context, op string, fn func(tx *gorm.DB) error) error {
	defer db.startTimer().done(TransactionView)
	return wrap(op, db.gorm.WithContext(ctx).Transaction(fn, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead}))
}

// read runs fn on a plain connection: a single query needs no transaction.
func (db *DB) read(ctx context.Context, op string, fn func(tx *gorm.DB) error) error {
	defer db.startTimer().done(TransactionRead)
	return wrap(op, fn(db.gorm.WithContext(ctx)))
}

func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	var appErr *charter.Error
	if errors.As(err, &appErr) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return &charter.Error{Code: charter.EINTERNAL, Message: "The request was cancelled before it finished; nothing was changed.", Cause: fmt.Errorf("%s: %w", op, err)}
	}
	if f := fault(op, err); f != nil {
		return f
	}
	slog.Debug("store error", "op", op, "err", err)
	return charter.Internal(fmt.Errorf("%s: %w", op, err))
}

func isDuplicate(err error) bool { return errors.Is(err, gorm.ErrDuplicatedKey) }

func isNotFound(err error) bool { return errors.Is(err, gorm.ErrRecordNotFound) }
