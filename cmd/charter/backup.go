package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/charter-org/charter/backup"
)

// runBackup writes a consistent copy of the database, taken while Charter
// runs, to FILE.
func runBackup(ctx context.Context, args []string, stdout io.Writer) error {
	addr, file, force, err := fileFlags("backup", "replace FILE if it exists", args)
	if err != nil {
		return err
	}
	res, err := backup.Take(ctx, addr, file, force)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Wrote %s: %s, %s in %s.\n", res.Path, bytesize(res.Size), summary(res), res.Took.Round(time.Millisecond))
	return nil
}

// fileFlags parses the flags of backup and restore: --db, --force and
// one FILE.
func fileFlags(name, forceUsage string, args []string) (addr, file string, force bool, err error) {
	fs, dbAddr := newFlags(name)
	f := fs.Bool("force", false, forceUsage)
	if err := fs.Parse(args); err != nil {
		return "", "", false, err
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(fs.Output(), "usage: charter %s [--db ADDR] [--force] FILE\n", name)
		return "", "", false, flag.ErrHelp
	}
	return *dbAddr, fs.Arg(0), *f, nil
}

// summary says what a backup holds, as the operator checks it.
func summary(res backup.Result) string {
	s := res.Summary
	return fmt.Sprintf("%d tables at schema version %d (%d accounts, %d documents, %d ballots)", res.Tables, s.SchemaVersion, s.Users, s.Documents, s.Ballots)
}

func bytesize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
