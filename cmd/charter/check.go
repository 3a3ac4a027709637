package main

import (
	"context"
	"fmt"
	"io"

	"github.com/charter-org/charter/store"
)

// runCheck runs every integrity check the store knows, as after a crash, a
// restore or a full disk; any problem makes the exit status 1.
func runCheck(ctx context.Context, args []string, stdout io.Writer) error {
	return withStore(ctx, "check", args, func(db *store.DB) error { return check(ctx, db, stdout) })
}

// withStore parses a command's flags (only --db) and runs fn on the
// database they name.
func withStore(ctx context.Context, name string, args []string, fn func(db *store.DB) error) error {
	fs, dbAddr := newFlags(name)
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := store.Open(ctx, *dbAddr)
	if err != nil {
		return err
	}
	defer db.Close()
	return fn(db)
}

func check(ctx context.Context, db *store.DB, stdout io.Writer) error {
	in, err := db.CheckIntegrity(ctx)
	if err != nil {
		return err
	}
	for _, p := range in.Problems {
		fmt.Fprintln(stdout, "problem:", p)
	}
	if len(in.Problems) > 0 {
		return fmt.Errorf("the integrity check found %d problems", len(in.Problems))
	}
	if db.Dialect == store.SQLite {
		fmt.Fprintln(stdout, "The SQLite file passes integrity_check and foreign_key_check.")
	}
	fmt.Fprintf(stdout, "The audit chain of %d events is intact.\n", in.AuditEvents)
	fmt.Fprintf(stdout, "%d versions and %d amendments match their SHA-256; every merged amendment is in its version.\n", in.Versions, in.Amendments)
	fmt.Fprintf(stdout, "%d merged or adopted amendments stand in the head as decided, or were changed since only by an amendment, merge or ballot.\n", in.Followed)
	fmt.Fprintf(stdout, "%d ballots have one paper, sealed or opened, per member marked as having voted (%d papers).\n", in.Ballots, in.Papers)
	return nil
}
