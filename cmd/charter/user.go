package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// runUserAdd creates an account and prints its invitation link, or sets
// the password read from standard input.
func runUserAdd(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fs, dbAddr := newFlags("user add")
	email := fs.String("email", "", "email address (the login)")
	name := fs.String("name", "", "name as members know them")
	roles := fs.String("role", "member", "roles, comma-separated: member, committee, officer, admin, observer")
	memberID := fs.String("member-id", "", "the union's member id")
	fromStdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input instead of printing an invitation link")
	baseURL := fs.String("base-url", "http://localhost:8080", "the address members reach Charter at, for the invitation link")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var rs []member.Role
	for _, r := range strings.Split(*roles, ",") {
		role, err := member.ParseRole(r)
		if err != nil {
			return err
		}
		rs = append(rs, role)
	}
	in := store.NewUser{Email: *email, Name: *name, MemberNumber: *memberID, Roles: rs, GoodStanding: true}
	if *fromStdin {
		line, err := bufio.NewReader(io.LimitReader(stdin, member.MaxPasswordLen+2)).ReadString('\n')
		if err != nil && err != io.EOF {
			return charter.Errorf(charter.EINVALID, "Cannot read the password from standard input.")
		}
		in.Password = strings.TrimRight(line, "\r\n")
		if err := member.ValidatePassword(in.Password); err != nil {
			return err
		}
	}
	db, err := store.Open(ctx, *dbAddr)
	if err != nil {
		return err
	}
	defer db.Close()
	u, err := db.CreateUser(ctx, 0, in)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Created %s <%s> with roles %s.\n", u.Name, u.Email, *roles)
	if !*fromStdin {
		inv, err := db.Invite(ctx, 0, u.ID)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Invitation link (valid %d days, shown once):\n  %s/invitations/%s\n",
			int(store.InvitationLifetime.Hours()/24), strings.TrimRight(*baseURL, "/"), inv.Secret)
	}
	return nil
}

func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}
