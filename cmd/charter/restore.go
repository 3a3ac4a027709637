package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"time"

	"github.com/charter-org/charter/backup"
)

// runRestore replaces the database with a backup, once the backup has
// passed every integrity check. The server must be stopped.
func runRestore(ctx context.Context, args []string, stdout io.Writer) error {
	addr, file, force, err := fileFlags("restore", "replace a database that holds accounts, documents or ballots", args)
	if err != nil {
		return err
	}
	res, err := backup.Restore(ctx, addr, file, force)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Restored %s from %s after it passed every integrity check: %s, in %s.\n", redacted(addr), file, summary(res), res.Took.Round(time.Millisecond))
	return nil
}

// redacted is a database address without its password, to print.
func redacted(addr string) string {
	if u, err := url.Parse(addr); err == nil && u.User != nil {
		return u.Redacted()
	}
	return addr
}
