package main

import (
	"context"
	"fmt"
	"io"

	"github.com/charter-org/charter/store"
)

func runAuditVerify(ctx context.Context, args []string, stdout io.Writer) error {
	return withStore(ctx, "audit verify", args, func(db *store.DB) error {
		n, err := db.VerifyAudit(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "The audit chain of %d events is intact.\n", n)
		return nil
	})
}
