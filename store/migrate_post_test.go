package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestMigrationMakesEmailOptional migrates a database from version 26
// holding members, their roles, sessions, invitations, tokens, mail
// choices and a ballot's roll, and checks that nothing referencing users
// was lost while users.email became nullable (on SQLite by editing the
// schema's text, which a rebuild of users would have cascaded through).
func TestMigrationMakesEmailOptional(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		testEmailMigration(t, "sqlite:"+filepath.Join(t.TempDir(), "charter.db"))
	})
	t.Run("postgres", func(t *testing.T) {
		addr, err := storetest.NewPostgresDatabase(t)
		if err != nil {
			t.Fatal(err)
		}
		testEmailMigration(t, addr)
	})
}

// referencing are the tables whose rows point at users.
var referencing = []string{"user_roles", "sessions", "invitations", "api_tokens", "mail_choices", "ballots", "ballot_roll"}

func testEmailMigration(t *testing.T, addr string) {
	ctx := context.Background()
	old, err := store.OpenAtVersionForTest(ctx, addr, 26)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	exec := func(db *store.DB, stmt string, args ...any) {
		t.Helper()
		if err := db.ExecForTest(ctx, stmt, args...); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	var ids []int64
	for i := range 3 {
		exec(old, "INSERT INTO users (email, name, member_number, password_hash, created_at) VALUES (?, ?, ?, 'hash', ?)",
			fmt.Sprintf("m%d@example.org", i), fmt.Sprintf("Member %d", i), fmt.Sprintf("N%d", i), now)
		rows, err := old.QueryForTest(ctx, "SELECT id FROM users WHERE email = ?", fmt.Sprintf("m%d@example.org", i))
		if err != nil || len(rows) != 1 {
			t.Fatalf("user %d: %v %v", i, rows, err)
		}
		id := fmt.Sprint(rows[0]["id"])
		var n int64
		fmt.Sscan(id, &n)
		ids = append(ids, n)
		exec(old, "INSERT INTO user_roles (user_id, role) VALUES (?, 'member')", n)
		exec(old, "INSERT INTO sessions (token_hash, user_id, created_at, expires_at, public_id) VALUES (?, ?, ?, ?, ?)", fmt.Sprint("s", i), n, now, now.Add(time.Hour), fmt.Sprint("p", i))
		exec(old, "INSERT INTO invitations (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)", fmt.Sprint("i", i), n, now, now.Add(time.Hour))
		exec(old, "INSERT INTO api_tokens (user_id, token_hash, name, created_at) VALUES (?, ?, 'cli', ?)", n, fmt.Sprint("t", i), now)
		exec(old, "INSERT INTO mail_choices (user_id, kind, choice) VALUES (?, 'ballot.reminder', 'none')", n)
	}
	exec(old, `INSERT INTO ballots (title, status, notice_at, opens_at, closes_at, roll_size, min_ballots, officer_id, retain_until)
		VALUES ('Dues', 'noticed', ?, ?, ?, 3, 1, ?, ?)`, now, now.Add(time.Hour), now.Add(2*time.Hour), ids[0], now.AddDate(1, 0, 0))
	for _, id := range ids {
		exec(old, "INSERT INTO ballot_roll (ballot_id, user_id) SELECT id, ? FROM ballots", id)
	}
	before, err := old.DumpForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	db, err := store.Open(ctx, addr) // migrates to the present version
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	after, err := db.DumpForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range referencing {
		// Columns later versions add are not this migration's concern:
		// every column there was must keep its value.
		kept := len(before[table]) > 0 && len(before[table]) == len(after[table])
		for i := 0; kept && i < len(before[table]); i++ {
			for col, v := range before[table][i] {
				kept = kept && reflect.DeepEqual(after[table][i][col], v)
			}
		}
		if !kept {
			t.Errorf("%s: %d rows before, %d after, or changed:\n%v\n%v", table, len(before[table]), len(after[table]), before[table], after[table])
		}
	}
	if len(after["users"]) != 3 {
		t.Fatalf("users: %v", after["users"])
	}
	for i, u := range after["users"] {
		for col, v := range before["users"][i] {
			if !reflect.DeepEqual(u[col], v) {
				t.Errorf("users[%d].%s: %v, was %v", i, col, u[col], v)
			}
		}
	}
	// Members without email now fit, any number of them; an email is still
	// one account's.
	for i := range 2 {
		exec(db, "INSERT INTO users (email, name, postal_address, created_at) VALUES (NULL, ?, 'Somewhere', ?)", fmt.Sprint("Post ", i), now)
	}
	if err := db.ExecForTest(ctx, "INSERT INTO users (email, name, created_at) VALUES ('m0@example.org', 'Again', ?)", now); err == nil {
		t.Error("a second account with the same email was accepted")
	}
	if err := db.ExecForTest(ctx, "INSERT INTO users (name, created_at) VALUES ('No Address', ?)", now); err != nil {
		t.Errorf("users.email still refuses NULL: %v", err)
	}
	if _, err := db.UserByEmail(ctx, ""); charter.ErrorCode(err) != charter.ENOTFOUND {
		t.Errorf("an empty email found an account: %v", err)
	}
	if db.Dialect == store.SQLite {
		for _, pragma := range []string{"PRAGMA integrity_check", "PRAGMA foreign_key_check"} {
			rows, err := db.QueryForTest(ctx, pragma)
			if err != nil {
				t.Fatal(err)
			}
			if pragma == "PRAGMA integrity_check" && (len(rows) != 1 || fmt.Sprint(rows[0]["integrity_check"]) != "ok") || pragma == "PRAGMA foreign_key_check" && len(rows) != 0 {
				t.Errorf("%s: %v", pragma, rows)
			}
		}
	}
}
