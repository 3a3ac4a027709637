package store

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"gorm.io/gorm"
)

// State held in memory — sessions, document heads, counts, rendered pages —
// must be told of every change, by this instance or any other (another
// Charter behind the load balancer, or a command such as `charter token
// revoke` on the same SQLite file). Every use case that changes such state
// announces it in its transaction: a row in the changes table, and on
// PostgreSQL a NOTIFY that wakes the other instances at once. Once the
// transaction commits, this instance is told before the use case returns;
// the others read the row when woken, or on their next poll.

// Topic names what a change touched.
type Topic string

const (
	TopicDocument     Topic = "document"     // a document's versions or settings; the subject is the document
	TopicComments     Topic = "comments"     // a document's comments; the subject is the document
	TopicAmendments   Topic = "amendments"   // a document's amendments; the subject is the document
	TopicUser         Topic = "user"         // an account's roles, standing, sessions or tokens; the subject is the account
	TopicBallot       Topic = "ballot"       // a ballot's status or count; the subject is the ballot
	TopicMail         Topic = "mail"         // messages queued or failed; the subject is their content
	TopicTranslations Topic = "translations" // a document's translations; the subject is the document
	TopicMeeting      Topic = "meeting"      // a meeting's attendance, agenda or votes; the subject is the meeting
)

// Change is one announced change.
type Change struct {
	Seq     int64 // the changes table's id
	Topic   Topic
	Subject int64
}

type changeRow struct {
	ID      int64
	Topic   string
	Subject int64
	Origin  string // the instance that made the change: it was told at commit
	At      time.Time
}

func (changeRow) TableName() string { return "changes" }

// How often an instance reads the changes of others when nothing wakes it:
// on SQLite, another process has no other way to tell it; on PostgreSQL a
// NOTIFY wakes it at once, and the poll is for a listener that is down.
var (
	pollSQLite   = 250 * time.Millisecond
	pollPostgres = time.Second
)

const (
	// changeWindow is how far back in ids each read of the changes looks:
	// on PostgreSQL an id is taken before its transaction commits, so a
	// change may appear below one already read.
	changeWindow = 1000
	// changesKept is how long a change stays in the table.
	changesKept   = 10 * time.Minute
	notifyChannel = "charter_changes"
)

// feed tells what is kept in memory, and those who follow the changes
// (live pages), of every change.
type feed struct {
	origin string // this instance
	// wal is SQLite's write-ahead log, whose size and time change with
	// every commit by any process: looked at before memory answers, it
	// tells at once that another process (charter token revoke) may have
	// changed something, which the poll would tell only later.
	wal     string
	walSeen walState
	mu      sync.Mutex
	seen    map[int64]bool // ids read from the table, within the window
	last    int64
	readAt  time.Time // when the table was last read
	forget  []func(Change)
	follow  map[chan Change]struct{}
	// recent are the last changes told, for a page that asks what changed
	// since it was rendered (ChangesSince); toldSeq is the highest told.
	recent   []Change
	trimmed  bool // recent no longer holds every change told
	toldSeq  int64
	stop     chan struct{}
	stopOnce sync.Once
	wake     chan struct{}
	done     sync.WaitGroup
}

type walState struct {
	size int64
	mod  time.Time
}

func newFeed(origin string) *feed {
	return &feed{origin: origin, seen: map[int64]bool{}, follow: map[chan Change]struct{}{}, stop: make(chan struct{}), wake: make(chan struct{}, 1)}
}

// catchUp reads the changes of other processes before memory answers, when
// SQLite's log shows a commit since it last looked. On PostgreSQL other
// instances' NOTIFY arrives within a millisecond or so, and there is
// nothing to look at.
func (db *DB) catchUp() {
	f := db.feed
	if f.wal == "" {
		return
	}
	info, err := os.Stat(f.wal)
	if err != nil {
		return // no log yet: nothing was written
	}
	now := walState{info.Size(), info.ModTime()}
	f.mu.Lock()
	changed := now != f.walSeen
	f.walSeen = now
	f.mu.Unlock()
	if changed {
		if err := db.readChanges(context.Background()); err != nil {
			slog.Warn("read changes", "err", err)
		}
	}
}

// pendingChanges are the changes a transaction announced, told to this
// instance once it commits.
type pendingChanges struct{ changes []Change }

type pendingKey struct{}

// announce records, in the caller's transaction, that it changes topic's
// subject.
func (db *DB) announce(tx *gorm.DB, topic Topic, subject int64) error {
	row := changeRow{Topic: string(topic), Subject: subject, Origin: db.feed.origin, At: time.Now().UTC()}
	if err := tx.Create(&row).Error; err != nil {
		return fmt.Errorf("announce %s %d: %w", topic, subject, err)
	}
	if db.Dialect == Postgres {
		// Delivered when the transaction commits, never if it rolls back.
		if err := tx.Exec("SELECT pg_notify(?, '')", notifyChannel).Error; err != nil {
			return fmt.Errorf("notify %s %d: %w", topic, subject, err)
		}
	}
	if p, ok := tx.Statement.Context.Value(pendingKey{}).(*pendingChanges); ok {
		p.changes = append(p.changes, Change{Seq: row.ID, Topic: topic, Subject: subject})
	}
	return nil
}

// recentChanges bounds how many told changes are kept for ChangesSince.
const recentChanges = 1024

// ChangeSeq names the state of what this instance has been told: a page
// rendered now carries it, and its live stream asks what changed since.
func (db *DB) ChangeSeq() int64 {
	db.feed.mu.Lock()
	defer db.feed.mu.Unlock()
	return max(db.feed.toldSeq, db.feed.last)
}

// ChangesSince gives the changes told after seq, and whether it knows
// them all (false when seq is older than what it keeps).
func (db *DB) ChangesSince(seq int64) (changes []Change, all bool) {
	f := db.feed
	f.mu.Lock()
	defer f.mu.Unlock()
	all = !f.trimmed || len(f.recent) > 0 && f.recent[0].Seq <= seq
	for _, c := range f.recent {
		if c.Seq > seq {
			changes = append(changes, c)
		}
	}
	return changes, all
}

// OnChange registers what to forget when a change is told: it runs on
// every change, in the order told, and must be quick.
func (db *DB) OnChange(forget func(Change)) {
	db.feed.mu.Lock()
	defer db.feed.mu.Unlock()
	db.feed.forget = append(db.feed.forget, forget)
}

// Follow returns the changes told from now on, until cancel. A follower
// that falls behind by more than the channel holds misses changes: it is
// for pages that show live counts, which read again what changed.
func (db *DB) Follow() (changes <-chan Change, cancel func()) {
	ch := make(chan Change, 64)
	db.feed.mu.Lock()
	db.feed.follow[ch] = struct{}{}
	db.feed.mu.Unlock()
	return ch, func() {
		db.feed.mu.Lock()
		defer db.feed.mu.Unlock()
		if _, ok := db.feed.follow[ch]; ok {
			delete(db.feed.follow, ch)
			close(ch)
		}
	}
}

// tell passes changes to what forgets and to followers.
func (f *feed) tell(changes []Change) {
	if len(changes) == 0 {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range changes {
		for _, forget := range f.forget {
			forget(c)
		}
		f.recent = append(f.recent, c)
		if len(f.recent) > recentChanges {
			f.recent, f.trimmed = slices.Clone(f.recent[len(f.recent)-recentChanges/2:]), true
		}
		f.toldSeq = max(f.toldSeq, c.Seq)
		for ch := range f.follow {
			select {
			case ch <- c:
			default: // a follower too slow for the feed misses a change
			}
		}
	}
}

// readChanges reads the changes other instances made since the last read,
// and tells them.
func (db *DB) readChanges(ctx context.Context) error {
	f := db.feed
	f.mu.Lock()
	from := f.last - changeWindow
	f.mu.Unlock()
	var rows []changeRow
	if err := db.gorm.WithContext(ctx).Where("id > ?", from).Order("id").Find(&rows).Error; err != nil {
		return err
	}
	var told []Change
	f.mu.Lock()
	f.readAt = time.Now()
	for _, r := range rows {
		if f.seen[r.ID] {
			continue
		}
		f.seen[r.ID] = true
		if r.ID > f.last {
			f.last = r.ID
		}
		if r.Origin != f.origin {
			told = append(told, Change{Seq: r.ID, Topic: Topic(r.Topic), Subject: r.Subject})
		}
	}
	for id := range f.seen {
		if id <= f.last-changeWindow {
			delete(f.seen, id)
		}
	}
	f.mu.Unlock()
	f.tell(told)
	return nil
}

// followOthers reads the changes of other instances until the store
// closes: on every poll, and on PostgreSQL whenever a NOTIFY wakes it.
func (db *DB) followOthers(address string) {
	f := db.feed
	interval := pollSQLite
	if db.Dialect == Postgres {
		interval = pollPostgres
		f.done.Add(1)
		go db.listen(address)
	}
	tick := time.NewTicker(interval)
	defer tick.Stop()
	prune := time.NewTicker(changesKept / 2)
	defer prune.Stop()
	for {
		select {
		case <-f.stop:
			return
		case <-tick.C:
		case <-f.wake:
		case <-prune.C:
			if err := db.gorm.Where("at < ?", time.Now().UTC().Add(-changesKept)).Delete(&changeRow{}).Error; err != nil {
				slog.Warn("prune changes", "err", err)
			}
			continue
		}
		if err := db.readChanges(context.Background()); err != nil {
			slog.Warn("read changes", "err", err)
		}
	}
}

// listen holds a connection of its own that LISTENs for other instances'
// NOTIFY, and wakes the reader of changes for each. A lost connection is
// made again; the poll covers the gap.
func (db *DB) listen(address string) {
	f := db.feed
	defer f.done.Done()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-f.stop
		cancel()
	}()
	for backoff := 100 * time.Millisecond; ctx.Err() == nil; {
		err := db.listenOnce(ctx, address)
		if ctx.Err() != nil {
			return
		}
		slog.Warn("listen for changes", "err", err, "retry in", backoff)
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
}

func (db *DB) listenOnce(ctx context.Context, address string) error {
	conn, err := pgx.Connect(ctx, address)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+notifyChannel); err != nil {
		return err
	}
	// Changes may have come while no one listened.
	db.wakeReader()
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return err
		}
		db.wakeReader()
	}
}

func (db *DB) wakeReader() {
	select {
	case db.feed.wake <- struct{}{}:
	default: // a read is due already
	}
}
