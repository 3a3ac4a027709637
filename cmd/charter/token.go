package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

func runTokenCreate(ctx context.Context, args []string, stdout io.Writer) error {
	fs, dbAddr := newFlags("token create")
	email := fs.String("user", "", "email of the account the token acts as")
	name := fs.String("name", "cli", "a name to recognise the token by")
	if err := fs.Parse(args); err != nil {
		return err
	}
	return withAccount(ctx, *dbAddr, *email, "usage: charter token create --user EMAIL", func(db *store.DB, u member.User) error {
		token, err := db.CreateToken(ctx, 0, u.ID, *name)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, token)
		return nil
	})
}

// runTokenList lists an account's access tokens: id, when issued, name;
// never a secret, which Charter does not keep.
func runTokenList(ctx context.Context, args []string, stdout io.Writer) error {
	fs, dbAddr := newFlags("token list")
	email := fs.String("user", "", "email of the account")
	if err := fs.Parse(args); err != nil {
		return err
	}
	return withAccount(ctx, *dbAddr, *email, "usage: charter token list --user EMAIL", func(db *store.DB, u member.User) error {
		creds, err := db.Credentials(ctx, u.ID, "")
		if err != nil {
			return err
		}
		w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "ID\tISSUED\tNAME")
		for _, t := range creds.Tokens {
			fmt.Fprintf(w, "%d\t%s\t%s\n", t.ID, t.CreatedAt.UTC().Format("2006-01-02 15:04 UTC"), t.Name)
		}
		return w.Flush()
	})
}

// runTokenRevoke revokes one of an account's access tokens, on every
// instance at once; the audit log records it as the operator's.
func runTokenRevoke(ctx context.Context, args []string, stdout io.Writer) error {
	fs, dbAddr := newFlags("token revoke")
	email := fs.String("user", "", "email of the account")
	id := fs.Int64("id", 0, "the token's id, from charter token list")
	if err := fs.Parse(args); err != nil {
		return err
	}
	usage := "usage: charter token revoke --user EMAIL --id ID"
	if *id == 0 {
		return charter.Errorf(charter.EINVALID, usage)
	}
	return withAccount(ctx, *dbAddr, *email, usage, func(db *store.DB, u member.User) error {
		if err := db.RevokeToken(ctx, 0, u.ID, *id); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Revoked access token %d of %s.\n", *id, u.Email)
		return nil
	})
}

// withAccount opens the database and runs fn on the account with that
// email; usage is the error for a missing email.
func withAccount(ctx context.Context, dbAddr, email, usage string, fn func(*store.DB, member.User) error) error {
	if email == "" {
		return charter.Errorf(charter.EINVALID, usage)
	}
	db, err := store.Open(ctx, dbAddr)
	if err != nil {
		return err
	}
	defer db.Close()
	u, err := db.UserByEmail(ctx, email)
	if err != nil {
		return err
	}
	return fn(db, u)
}
