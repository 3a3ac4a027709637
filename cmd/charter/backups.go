package main

import (
	"flag"
	"log/slog"
	"time"

	"github.com/charter-org/charter/backup"
	"github.com/charter-org/charter/store"
)

// backupFlags are serve's settings for scheduled backups.
type backupFlags struct {
	every *time.Duration
	dir   *string
	keep  *int
}

func newBackupFlags(fs *flag.FlagSet) *backupFlags {
	return &backupFlags{
		every: fs.Duration("backup-every", 0, "take a backup this often, as 24h (0: none); with several instances on one PostgreSQL, one of them at a time takes them"),
		dir:   fs.String("backup-dir", "", "the directory scheduled backups go in, as charter-YYYYMMDD-HHMMSS.db (or .pgdump)"),
		keep:  fs.Int("backup-keep", 14, "how many scheduled backups to keep: older ones in -backup-dir are removed"),
	}
}

// schedule is the backup schedule the flags ask for, checked; nil for none.
func (f *backupFlags) schedule(addr string, db *store.DB, log *slog.Logger) (*backup.Schedule, error) {
	if *f.every == 0 {
		return nil, nil
	}
	s := &backup.Schedule{Address: addr, DB: db, Dir: *f.dir, Every: *f.every, Keep: *f.keep, Log: log}
	return s, s.Check()
}
