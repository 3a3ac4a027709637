package backup

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// open opens a store as a server would, closed when the test ends.
func open(t *testing.T, addr string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// execSQL runs raw SQL on a database behind Charter's back, as someone with
// access to it could.
func execSQL(t *testing.T, addr, sql string) {
	t.Helper()
	var d gorm.Dialector
	if isPostgres(addr) {
		d = postgres.Open(addr)
	} else {
		d = sqlite.Open(strings.TrimPrefix(addr, "sqlite:"))
	}
	g, err := gorm.Open(d, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if s, err := g.DB(); err == nil {
			_ = s.Close()
		}
	}()
	if err := g.Exec(sql).Error; err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// TestBackupAndRestore takes a backup of a database in use, with a ballot
// open, and restores it: never over an existing file or a database in use
// or holding data (without --force), never a backup that fails a check or
// comes from a newer Charter; what is restored passes every check.
func TestBackupAndRestore(t *testing.T) {
	storetest.EachAddress(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		live := fresh()
		db := open(t, live)
		poll := storetest.OpenPoll(t, db, 8)
		if _, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "bylaws", Title: "Bylaws", Numbering: document.SchemeDecimal, Markdown: []byte("# Bylaws\n\n## Name\n\n1. Local 1.\n")}); err != nil {
			t.Fatal(err)
		}
		users, err := db.Users(ctx)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		file := filepath.Join(dir, "charter"+Extension(live))
		res, err := Take(ctx, live, file, false)
		if err != nil {
			t.Fatal(err)
		}
		if res.Summary.Users != int64(len(users)) || res.Summary.Documents != 1 || res.Summary.Ballots != 1 || res.Summary.SchemaVersion != store.SchemaVersion() || res.Size == 0 || res.Tables < 30 {
			t.Errorf("backup of %d accounts, a document and a ballot: %+v", len(users), res)
		}
		before, _ := os.ReadFile(file)
		if _, err := Take(ctx, live, file, false); err == nil || !strings.Contains(err.Error(), "--force") {
			t.Errorf("a second backup over the first: %v", err)
		}
		if after, _ := os.ReadFile(file); string(after) != string(before) {
			t.Error("the refused backup changed the file")
		}
		if _, err := Take(ctx, live, file, true); err != nil {
			t.Errorf("--force: %v", err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("%d files beside the backup: a temporary file was left", len(entries))
		}

		// The server has the database open: no restore over it, forced or not.
		if _, err := Restore(ctx, live, file, true); err == nil || !strings.Contains(err.Error(), "stop") {
			t.Errorf("restore over the database in use: %v", err)
		}
		target := fresh()
		if _, err := Restore(ctx, target, file, false); err != nil {
			t.Fatalf("restore into an empty database: %v", err)
		}
		restored := open(t, target)
		if in, err := restored.CheckIntegrity(ctx); err != nil || len(in.Problems) != 0 || in.Ballots != 1 {
			t.Errorf("the restored database: %+v, %v", in, err)
		}
		if got, err := restored.Users(ctx); err != nil || len(got) != len(users) {
			t.Errorf("restored %d accounts of %d: %v", len(got), len(users), err)
		}
		if _, voted, err := restored.Voted(ctx, poll.Voters[0], poll.Ballot.ID); err != nil || voted {
			t.Errorf("the restored ballot: voted %v, %v", voted, err)
		}
		_ = restored.Close()
		if _, err := Restore(ctx, target, file, false); err == nil || !strings.Contains(err.Error(), "holds") {
			t.Errorf("restore over a database holding data, without --force: %v", err)
		}
		if _, err := Restore(ctx, target, file, true); err != nil {
			t.Errorf("restore over it with --force: %v", err)
		}

		// A backup whose text no longer matches its hash is refused, and the
		// database it would have replaced is left as it was.
		execSQL(t, live, "UPDATE versions SET markdown = markdown || ' '")
		tampered := filepath.Join(dir, "tampered"+Extension(live))
		if _, err := Take(ctx, live, tampered, false); err != nil {
			t.Fatal(err)
		}
		if _, err := Restore(ctx, target, tampered, true); err == nil || !strings.Contains(err.Error(), "fails the integrity checks") {
			t.Errorf("restore of a tampered backup: %v", err)
		}
		if s, err := store.Inspect(ctx, target); err != nil || s.Users != int64(len(users)) {
			t.Errorf("after a refused restore: %+v, %v", s, err)
		}

		// A backup from a newer Charter is refused, as such a database is.
		newer := fresh()
		open(t, newer).Close()
		execSQL(t, newer, "INSERT INTO schema_migrations (version, applied_at) VALUES (9999, CURRENT_TIMESTAMP)")
		newerFile := filepath.Join(dir, "newer"+Extension(live))
		if _, err := Take(ctx, newer, newerFile, false); err != nil {
			t.Fatal(err)
		}
		if _, err := Restore(ctx, fresh(), newerFile, false); err == nil || !strings.Contains(err.Error(), "newer Charter") {
			t.Errorf("restore of a newer schema: %v", err)
		}
	})
}

// TestRestoreRefusesWhatIsNotABackup: a file of the other engine, or no
// backup at all, is refused before anything is touched.
func TestRestoreRefusesWhatIsNotABackup(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	junk := filepath.Join(dir, "notes.txt")
	_ = os.WriteFile(junk, []byte("not a backup"), 0o600)
	target := filepath.Join(dir, "charter.db")
	if _, err := Restore(ctx, "sqlite:"+target, junk, true); err == nil || !strings.Contains(err.Error(), "not a Charter backup") {
		t.Errorf("restore of a text file: %v", err)
	}
	dump := filepath.Join(dir, "charter.pgdump")
	_ = os.WriteFile(dump, []byte("PGDMP\x01\x0f"), 0o600)
	if _, err := Restore(ctx, "sqlite:"+target, dump, true); err == nil || !strings.Contains(err.Error(), "postgres backup") {
		t.Errorf("restore of a pg_dump archive into SQLite: %v", err)
	}
	if _, err := os.Stat(target); err == nil {
		t.Error("a refused restore made the database file")
	}
}

// TestToolMajor reads pg_dump's version as Debian's and upstream's builds
// print it.
func TestToolMajor(t *testing.T) {
	for in, want := range map[string]int{
		"pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n": 15,
		"pg_restore (PostgreSQL) 17.2\n":                        17,
		"pg_dump (PostgreSQL) 9.6.24\n":                         9,
	} {
		if got, err := toolMajor(in); err != nil || got != want {
			t.Errorf("toolMajor(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	if _, err := toolMajor("pg_dump: command not found"); err == nil {
		t.Error("a version read from no version")
	}
}

// TestPostgresToolsChecked: a missing pg_dump, or one older than the
// server, is named with the package to install, before anything runs.
func TestPostgresToolsChecked(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	t.Setenv("PATH", dir)
	if _, err := tool(ctx, "pg_dump", 150020); err == nil || !strings.Contains(err.Error(), "pg_dump is not installed") || !strings.Contains(err.Error(), "postgresql-client-15") {
		t.Errorf("no pg_dump: %v", err)
	}
	old := "#!/bin/sh\necho 'pg_dump (PostgreSQL) 13.16 (Debian 13.16-0+deb11u1)'\n"
	if err := os.WriteFile(filepath.Join(dir, "pg_dump"), []byte(old), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := tool(ctx, "pg_dump", 150020); err == nil || !strings.Contains(err.Error(), "is version 13, older than the PostgreSQL server (15)") {
		t.Errorf("pg_dump 13 for a server 15: %v", err)
	}
	if _, err := tool(ctx, "pg_dump", 130004); err != nil {
		t.Errorf("pg_dump 13 for a server 13: %v", err)
	}
}
