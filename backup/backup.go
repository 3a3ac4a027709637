// Package backup takes consistent copies of Charter's database while it
// runs, restores them only after they pass Charter's integrity checks, and
// takes them on a schedule. SQLite is copied with VACUUM INTO, PostgreSQL
// with pg_dump; a file is only ever written whole, beside its final name,
// synced, checked, then renamed into place.
package backup

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/charter-org/charter/store"
)

// Result is what a backup or a restore wrote.
type Result struct {
	Path    string
	Size    int64
	Took    time.Duration
	Summary store.Summary // of the backup (SQLite) or of the database it was taken from (PostgreSQL)
	Tables  int           // tables whose rows the backup holds
}

// isPostgres tells whether a database address names PostgreSQL.
func isPostgres(address string) bool {
	return strings.HasPrefix(address, "postgres://") || strings.HasPrefix(address, "postgresql://")
}

// Extension is the file name extension of a backup of the database at
// address: .db (a SQLite file) or .pgdump (pg_dump's custom format).
func Extension(address string) string {
	if isPostgres(address) {
		return ".pgdump"
	}
	return ".db"
}

// Take writes a consistent copy of the database at address to file,
// refusing to replace an existing file unless force. It never leaves a
// partial file under that name: the copy is written beside it, synced and
// checked before it is renamed there.
func Take(ctx context.Context, address, file string, force bool) (Result, error) {
	start := time.Now()
	res := Result{Path: file}
	if _, err := os.Stat(file); err == nil && !force {
		return res, fmt.Errorf("%s exists: give another name, or --force to replace it", file)
	}
	tmp, err := tempBeside(file, ".partial")
	if err != nil {
		return res, err
	}
	defer os.Remove(tmp)
	if isPostgres(address) {
		err = dumpPostgres(ctx, address, tmp, &res)
	} else {
		err = copySQLite(ctx, address, tmp, &res)
	}
	if err != nil {
		return res, err
	}
	if err := publish(tmp, file, force); err != nil {
		return res, err
	}
	st, err := os.Stat(file)
	if err != nil {
		return res, err
	}
	res.Size, res.Took = st.Size(), time.Since(start)
	return res, nil
}

// copySQLite copies with VACUUM INTO, then reads the copy back through
// integrity_check and foreign_key_check.
func copySQLite(ctx context.Context, address, tmp string, res *Result) error {
	if err := store.BackupSQLite(ctx, address, tmp); err != nil {
		return err
	}
	if err := syncFile(tmp); err != nil {
		return err
	}
	if err := store.CheckSQLiteFile(ctx, tmp); err != nil {
		return fmt.Errorf("the copy fails SQLite's checks, so it was not kept: %w", err)
	}
	s, err := store.Inspect(ctx, "sqlite:"+tmp)
	if err != nil {
		return err
	}
	res.Summary, res.Tables = s, s.Tables
	return nil
}

// tempBeside makes an empty file in file's directory, named after it, so
// that the final rename stays on one file system.
func tempBeside(file, suffix string) (string, error) {
	dir, base := filepath.Split(file)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*"+suffix)
	if err != nil {
		return "", fmt.Errorf("a file beside %s: %w", file, err)
	}
	name := f.Name()
	if err := f.Close(); err != nil {
		_ = os.Remove(name)
		return "", err
	}
	return name, nil
}

// publish gives tmp its final name. Without force a hard link does it, so
// that a file someone made meanwhile is never replaced; tmp goes after.
func publish(tmp, file string, force bool) error {
	if force {
		if err := os.Rename(tmp, file); err != nil {
			return err
		}
	} else {
		if err := os.Link(tmp, file); err != nil {
			if errors.Is(err, os.ErrExist) {
				return fmt.Errorf("%s exists: give another name, or --force to replace it", file)
			}
			return err
		}
		_ = os.Remove(tmp)
	}
	return syncDir(filepath.Dir(file))
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		_ = f.Close()
		return fmt.Errorf("sync %s: %w", path, err)
	}
	return f.Close()
}

// syncDir makes a rename in dir survive a power cut.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// copyFile copies src into dst, which exists, and syncs it.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		_ = out.Close()
		return fmt.Errorf("copy %s: %w", src, err)
	}
	if err := out.Sync(); err != nil {
		_ = out.Close()
		return err
	}
	return out.Close()
}

// Magic numbers at the start of each kind of backup.
var (
	sqliteMagic   = []byte("SQLite format 3\x00")
	pgCustomMagic = []byte("PGDMP")
)

// kindOf says which engine a backup file is for, from its first bytes.
func kindOf(file string) (string, error) {
	f, err := os.Open(file)
	if err != nil {
		return "", err
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	n, _ := io.ReadFull(f, head)
	switch {
	case bytes.HasPrefix(head[:n], sqliteMagic):
		return "sqlite", nil
	case bytes.HasPrefix(head[:n], pgCustomMagic):
		return "postgres", nil
	}
	return "", fmt.Errorf("%s is neither a SQLite file nor a pg_dump archive (custom format): not a Charter backup", file)
}
