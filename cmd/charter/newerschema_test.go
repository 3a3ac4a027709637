package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/charter-org/charter/store"
)

// TestNewerSchemaRefused: a database a newer Charter has migrated (its
// schema_migrations holds a version beyond this binary's) is refused by
// every command that opens a database, before any of them writes: the
// message names both versions and the two ways out.
func TestNewerSchemaRefused(t *testing.T) {
	// In process: every command is Run as main runs it, no binary needed.
	onEachDatabase(t, "", func(t *testing.T, _, addr string) { newerSchemaRefused(t, addr) })
}

func newerSchemaRefused(t *testing.T, addr string) {
	ctx := context.Background()
	db, err := store.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	_ = db.Close()
	newer := store.SchemaVersion() + 1
	execSQL(t, addr, "INSERT INTO schema_migrations (version, applied_at) VALUES (?, CURRENT_TIMESTAMP)", newer)

	file := filepath.Join(t.TempDir(), "bylaws.md")
	if err := os.WriteFile(file, []byte("# Bylaws\n\n## Name\n1. Local 1.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	flag := "--db=" + addr
	for _, args := range [][]string{
		{"serve", flag, "--addr", "127.0.0.1:0"},
		{"check", flag},
		{"audit", "verify", flag},
		{"import", flag, "--slug", "bylaws", "--title", "Bylaws", "--numbering", "decimal", file},
		{"user", "add", flag, "--email", "ada@example.org", "--name", "Ada", "--role", "admin"},
		{"token", "list", flag, "--user", "ada@example.org"},
		{"export", flag, "--document", "bylaws", "--format", "md"},
	} {
		out, err := run(t, "", args...)
		msg := ""
		if err != nil {
			msg = message(err)
		}
		for _, want := range []string{
			fmt.Sprintf("schema is newer than this Charter: it is at schema version %d", newer),
			fmt.Sprintf("knows versions up to %d", store.SchemaVersion()),
			"Run the newer Charter again",
			"restore the backup taken before the upgrade",
		} {
			if !strings.Contains(msg, want) {
				t.Errorf("charter %s: %q not in the message %q (output %q)", args[0], want, msg, out)
			}
		}
	}

	// Nothing was written: with the newer version taken away again, the
	// database holds no account and no document.
	execSQL(t, addr, "DELETE FROM schema_migrations WHERE version = ?", newer)
	db, err = store.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	users, err := db.CountUsers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := db.CountDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if users != 0 || docs != 0 {
		t.Errorf("after the refusals: %d accounts, %d documents", users, docs)
	}
}

// execSQL runs one statement on the database at a Charter address, outside
// Charter, as an operator's SQL shell would.
func execSQL(t *testing.T, addr, stmt string, args ...any) {
	t.Helper()
	if err := openSQL(t, addr).Exec(stmt, args...).Error; err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
}

// schemaVersion reads the newest migration a database records.
func schemaVersion(t *testing.T, addr string) int {
	t.Helper()
	var v int
	if err := openSQL(t, addr).Raw("SELECT MAX(version) FROM schema_migrations").Scan(&v).Error; err != nil {
		t.Fatal(err)
	}
	return v
}

// countRows counts the rows of table where the condition holds.
func countRows(t *testing.T, addr, table, where string) int {
	t.Helper()
	var n int
	if err := openSQL(t, addr).Raw("SELECT COUNT(*) FROM " + table + " WHERE " + where).Scan(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// openSQL connects to a Charter address without Charter, for the test's
// length.
func openSQL(t *testing.T, addr string) *gorm.DB {
	t.Helper()
	var d gorm.Dialector = postgres.Open(addr)
	if path, ok := strings.CutPrefix(addr, "sqlite:"); ok {
		d = sqlite.Open(path)
	}
	g, err := gorm.Open(d, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if sqlDB, err := g.DB(); err == nil {
			_ = sqlDB.Close()
		}
	})
	return g
}
