package store

import "time"

// What kind of transaction a TransactionTimer is told of.
const (
	TransactionWrite = "write" // a use case's transaction (transact)
	TransactionView  = "view"  // a page's read-only transaction (view)
	TransactionRead  = "read"  // a single query on a plain connection (read)
)

// TransactionTimer is told how long the store's transactions take, for the
// operator's metrics. Its methods run on the request's goroutine after each
// transaction and must be quick.
type TransactionTimer interface {
	// Transaction is told how long one transaction of kind took, from when
	// it had its turn at the write lock (SQLite) to its end, retries
	// included.
	Transaction(kind string, took time.Duration)
	// WriteLockWait is told, on SQLite, how long a write waited for this
	// process's other writes to finish before it began.
	WriteLockWait(waited time.Duration)
}

// timerHolder lets an interface sit in an atomic.Pointer.
type timerHolder struct{ TransactionTimer }

// TimeTransactions tells t of every transaction from now on. Without it,
// the store reads no clock for timing.
func (db *DB) TimeTransactions(t TransactionTimer) { db.timer.Store(&timerHolder{t}) }

// transactionTiming times one transaction; the zero value, when no timer
// is set, does nothing.
type transactionTiming struct {
	timer TransactionTimer
	start time.Time
}

func (db *DB) startTimer() transactionTiming {
	h := db.timer.Load()
	if h == nil {
		return transactionTiming{}
	}
	return transactionTiming{timer: h.TransactionTimer, start: time.Now()}
}

// lockTaken ends the wait for SQLite's write lock: the transaction's own
// time starts here.
func (t *transactionTiming) lockTaken() {
	if t.timer == nil {
		return
	}
	now := time.Now()
	t.timer.WriteLockWait(now.Sub(t.start))
	t.start = now
}

func (t transactionTiming) done(kind string) {
	if t.timer != nil {
		t.timer.Transaction(kind, time.Since(t.start))
	}
}
