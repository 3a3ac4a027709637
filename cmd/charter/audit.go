package main

import (
	"context"
	"fmt"
	"io"

	"github.com/charter-org/charter/store"
)

func runAuditVerify(ctx context.Context, args []string, stdout io.Writer) error {
	fs, dbAddr := newFlags("audit verify")
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := store.Open(ctx, *dbAddr)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.VerifyAudit(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "The audit chain of %d events is intact.\n", n)
	return nil
}
