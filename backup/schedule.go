package backup

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"time"

	"github.com/charter-org/charter/store"
)

// Schedule takes a backup every period into a directory, named
// charter-YYYYMMDD-HHMMSS.db (or .pgdump) in UTC, and keeps the newest few.
// One goroutine runs it, so two of its backups never overlap.
type Schedule struct {
	Address string    // the database, as serve was given it
	DB      *store.DB // serve's, for the advisory lock on PostgreSQL
	Dir     string
	Every   time.Duration
	Keep    int
	Log     *slog.Logger

	now  func() time.Time
	wait func(time.Duration) <-chan time.Time
	// release gives up the lock that makes this instance the one that takes
	// the backups; nil until it has it.
	release func()
}

// MinEvery is the shortest period: a backup's name is its second.
const MinEvery = time.Minute

// backupLock is the PostgreSQL advisory lock ("backups" in ASCII) held by
// the one instance that takes the scheduled backups.
const backupLock = 0x6261636b757073

// Check validates the settings and makes the directory, readable by this
// user only, since backups hold members' personal data.
func (s *Schedule) Check() error {
	if s.Every < MinEvery {
		return fmt.Errorf("-backup-every %s: at least %s", s.Every, MinEvery)
	}
	if s.Keep < 1 {
		return fmt.Errorf("-backup-keep %d: at least 1", s.Keep)
	}
	if s.Dir == "" {
		return errors.New("-backup-every needs -backup-dir: where to write the backups")
	}
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return fmt.Errorf("-backup-dir: %w", err)
	}
	return nil
}

var backupName = regexp.MustCompile(`^charter-(\d{8}-\d{6})\.(db|pgdump)$`)

const nameTime = "20060102-150405"

// existing lists the directory's backups of this engine, oldest first.
func (s *Schedule) existing() ([]string, error) {
	entries, err := os.ReadDir(s.Dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if m := backupName.FindStringSubmatch(e.Name()); m != nil && "."+m[2] == Extension(s.Address) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names) // their times sort as their names
	return names, nil
}

// first is when the first backup is due: a period after the newest in the
// directory, so that restarts keep the rhythm; now if there is none or it
// is older than a period.
func (s *Schedule) first(now time.Time) time.Time {
	names, err := s.existing()
	if err != nil || len(names) == 0 {
		return now
	}
	newest, err := time.Parse(nameTime, backupName.FindStringSubmatch(names[len(names)-1])[1])
	if err != nil || newest.Add(s.Every).Before(now) {
		return now
	}
	return newest.Add(s.Every)
}

// Run takes the backups until ctx ends; a backup under way then is
// abandoned and its partial file removed.
func (s *Schedule) Run(ctx context.Context) {
	if s.now == nil {
		s.now = time.Now
	}
	if s.wait == nil {
		s.wait = time.After
	}
	defer func() {
		if s.release != nil {
			s.release()
			s.release = nil
		}
	}()
	next := s.first(s.now())
	s.Log.Info("backups scheduled", "dir", s.Dir, "every", s.Every, "keep", s.Keep, "next", next.UTC().Format(time.RFC3339))
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wait(next.Sub(s.now())):
		}
		s.once(ctx)
		next = s.now().Add(s.Every)
	}
}

// once takes one backup, if this instance is the one that takes them, and
// removes the oldest beyond Keep.
func (s *Schedule) once(ctx context.Context) {
	if s.release == nil {
		release, held, err := s.DB.TryLock(ctx, backupLock)
		if err != nil {
			s.Log.Error("backup: could not tell whether another instance takes the backups", "err", err)
			return
		}
		if !held {
			s.Log.Debug("backup: another instance takes the backups")
			return
		}
		s.release = release
	}
	name := filepath.Join(s.Dir, "charter-"+s.now().UTC().Format(nameTime)+Extension(s.Address))
	res, err := Take(ctx, s.Address, name, false)
	switch {
	case ctx.Err() != nil:
		s.Log.Info("backup abandoned: the server is stopping", "file", name)
		return
	case err != nil:
		s.Log.Error("backup failed", "file", name, "err", err)
		return
	}
	s.Log.Info("backup taken", "file", name, "bytes", res.Size, "tables", res.Tables, "schema", res.Summary.SchemaVersion, "took", res.Took.Round(time.Millisecond))
	names, err := s.existing()
	if err != nil {
		s.Log.Error("backup: list old backups", "err", err)
		return
	}
	for len(names) > s.Keep {
		if err := os.Remove(filepath.Join(s.Dir, names[0])); err != nil {
			s.Log.Error("backup: remove an old backup", "file", names[0], "err", err)
		} else {
			s.Log.Info("backup removed, older than the newest kept", "file", names[0], "keep", s.Keep)
		}
		names = names[1:]
	}
}
