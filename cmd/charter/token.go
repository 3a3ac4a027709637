package main

import (
	"context"
	"fmt"
	"io"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/store"
)

func runTokenCreate(ctx context.Context, args []string, stdout io.Writer) error {
	fs, dbAddr := newFlags("token create")
	email := fs.String("user", "", "email of the account the token acts as")
	name := fs.String("name", "cli", "a name to recognise the token by")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *email == "" {
		return charter.Errorf(charter.EINVALID, "usage: charter token create --user EMAIL")
	}
	db, err := store.Open(ctx, *dbAddr)
	if err != nil {
		return err
	}
	defer db.Close()
	u, err := db.UserByEmail(ctx, *email)
	if err != nil {
		return err
	}
	token, err := db.CreateToken(ctx, 0, u.ID, *name)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, token)
	return nil
}
