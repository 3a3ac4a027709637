package store

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/charter-org/charter"
)

// fault tells the database's own troubles apart from a fault of ours: a
// server that cannot be reached (or a SQLite file locked past the busy
// timeout) and a full disk. The member is told what happened and that
// nothing was changed; the driver's words go to the logs only. It returns
// nil for any other error.
func fault(op string, err error) error {
	var e *charter.Error
	switch {
	case storageFull(err):
		e = charter.Errorf(charter.EFULL, "Charter's disk is full, so it cannot save anything just now and nothing was changed. Pages can still be read; try again later.")
	case unreachable(err):
		e = charter.Errorf(charter.EUNAVAILABLE, "Charter cannot reach its database just now, so nothing was changed. Try again in a minute.")
	default:
		return nil
	}
	e.Cause = fmt.Errorf("%s: %w", op, err)
	return e
}

// SQLite result codes (the low byte of an extended code).
const (
	sqliteBusy   = 5
	sqliteLocked = 6
	sqliteFull   = 13
)

// sqliteCode is the primary result code of a SQLite error in err's chain.
func sqliteCode(err error) (int, bool) {
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		return coded.Code() & 0xff, true
	}
	return 0, false
}

// sqlState is the SQLSTATE of a PostgreSQL error in err's chain.
func sqlState(err error) string {
	var pg interface{ SQLState() string }
	if errors.As(err, &pg) {
		return pg.SQLState()
	}
	return ""
}

// storageFull: SQLITE_FULL (the disk, or the file's page limit), or
// PostgreSQL's disk_full.
func storageFull(err error) bool {
	if code, ok := sqliteCode(err); ok && code == sqliteFull {
		return true
	}
	return sqlState(err) == "53100"
}

// unreachable: the connection could not be made or broke (a network error,
// a closed socket or a connection the driver closed, a refused or reset
// connection), PostgreSQL is shutting
// down, starting or out of connection slots, or SQLite stayed locked for
// the whole busy timeout.
func unreachable(err error) bool {
	var netErr net.Error
	switch {
	case errors.As(err, &netErr),
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, driver.ErrBadConn), errors.Is(err, pgconn.ErrConnClosed),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return true
	}
	if code, ok := sqliteCode(err); ok {
		return code == sqliteBusy || code == sqliteLocked
	}
	state := sqlState(err)
	return strings.HasPrefix(state, "08") || // connection exception
		state == "57P01" || state == "57P02" || state == "57P03" || // admin or crash shutdown, cannot connect now
		state == "53300" // too many connections
}
