package backup

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/charter-org/charter/store/storetest"
)

// drive makes a schedule's waits the test's: each wait is handed to the
// test, which ends it by moving the clock on and sending.
type drive struct {
	now   time.Time
	waits chan chan time.Time
}

func (d *drive) attach(s *Schedule) {
	s.now = func() time.Time { return d.now }
	s.wait = func(time.Duration) <-chan time.Time {
		c := make(chan time.Time, 1)
		d.waits <- c
		return c
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestScheduleKeepsTheNewest: with the newest backup in the directory
// older than a period, the first is taken at start; then one each period,
// the oldest beyond Keep removed and nothing else in the directory
// touched; the schedule stops when its context ends.
func TestScheduleKeepsTheNewest(t *testing.T) {
	storetest.EachAddress(t, func(t *testing.T, fresh func() string) {
		addr := fresh()
		db := open(t, addr)
		dir := t.TempDir()
		ext := Extension(addr)
		old, other := "charter-20200101-000000"+ext, "notes.txt"
		for _, name := range []string{old, other} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte("kept by someone"), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		s := &Schedule{Address: addr, DB: db, Dir: dir, Every: time.Hour, Keep: 2, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
		if err := s.Check(); err != nil {
			t.Fatal(err)
		}
		d := &drive{now: time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC), waits: make(chan chan time.Time)}
		d.attach(s)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); s.Run(ctx) }()
		for i := range 3 {
			wait := <-d.waits
			if i > 0 {
				d.now = d.now.Add(time.Hour)
			}
			wait <- d.now
		}
		<-d.waits // the third backup is done and pruned
		want := []string{"charter-20261203-110000" + ext, "charter-20261203-120000" + ext, other}
		if got := dirNames(t, dir); !slices.Equal(got, want) {
			t.Errorf("after three backups keeping 2: %v, want %v", got, want)
		}
		cancel()
		<-done
		if s.release != nil {
			t.Error("the lock is still held after the schedule stopped")
		}
	})
}

// TestScheduleStartsWhenDue: a backup newer than a period sets the first
// one a period after it; an older one, or none, makes it now.
func TestScheduleStartsWhenDue(t *testing.T) {
	dir := t.TempDir()
	s := &Schedule{Address: "sqlite:x.db", Dir: dir, Every: 24 * time.Hour, Keep: 1}
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	if got := s.first(now); !got.Equal(now) {
		t.Errorf("no backup yet: first at %s", got)
	}
	_ = os.WriteFile(filepath.Join(dir, "charter-20261203-040000.db"), nil, 0o600)
	_ = os.WriteFile(filepath.Join(dir, "charter-20261203-090000.pgdump"), nil, 0o600) // another engine's
	if got, want := s.first(now), time.Date(2026, 12, 4, 4, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("after a backup 6 hours ago: first at %s, want %s", got, want)
	}
	if got := s.first(now.Add(48 * time.Hour)); !got.Equal(now.Add(48 * time.Hour)) {
		t.Errorf("after a backup older than a period: first at %s", got)
	}
}

// TestScheduleOneInstanceOnPostgres: two instances on one PostgreSQL, both
// with the schedule: only the one holding the lock takes backups, and the
// other takes over once it lets go.
func TestScheduleOneInstanceOnPostgres(t *testing.T) {
	addr, err := storetest.NewPostgresDatabase(t)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	var dirs []string
	var schedules []*Schedule
	for i := range 2 {
		dirs = append(dirs, t.TempDir())
		s := &Schedule{Address: addr, DB: open(t, addr), Dir: dirs[i], Every: time.Hour, Keep: 3, Log: quiet,
			now: func() time.Time { return now }}
		schedules = append(schedules, s)
	}
	schedules[0].once(ctx)
	schedules[1].once(ctx)
	if a, b := len(dirNames(t, dirs[0])), len(dirNames(t, dirs[1])); a != 1 || b != 0 {
		t.Errorf("both instances scheduled: %d and %d backups taken", a, b)
	}
	schedules[0].release()
	now = now.Add(time.Hour)
	schedules[1].once(ctx)
	if n := len(dirNames(t, dirs[1])); n != 1 {
		t.Errorf("the second instance took %d backups once the first let go", n)
	}
	schedules[1].release()
}
