package backup

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/charter-org/charter/store"
)

// Restore puts the backup in file in place of the database at address.
// Before it touches that database it restores the backup somewhere of its
// own (a file beside the SQLite file, a scratch PostgreSQL database),
// brings it to this Charter's schema, refusing a newer one, and runs every
// integrity check `charter check` runs. It refuses to replace a database
// that holds accounts, documents or ballots unless force, and a database a
// Charter server (or anything else) has open, force or not.
func Restore(ctx context.Context, address, file string, force bool) (Result, error) {
	start := time.Now()
	kind, err := kindOf(file)
	if err != nil {
		return Result{}, err
	}
	want := "sqlite"
	if isPostgres(address) {
		want = "postgres"
	}
	if kind != want {
		return Result{}, fmt.Errorf("%s is a %s backup and the database is %s: restore it into a database of its own engine", file, kind, want)
	}
	var res Result
	if kind == "postgres" {
		res, err = restorePostgres(ctx, address, file, force)
	} else {
		res, err = restoreSQLite(ctx, strings.TrimPrefix(address, "sqlite:"), file, force)
	}
	res.Took = time.Since(start)
	return res, err
}

// checkRestored opens a restored copy as the server would, which brings an
// older schema up to date and refuses a newer one, and runs the integrity
// checks on it.
func checkRestored(ctx context.Context, address, file string) (store.Integrity, error) {
	db, err := store.Open(ctx, address)
	if errors.Is(err, store.ErrNewerSchema) {
		return store.Integrity{}, fmt.Errorf("%s was taken from a newer Charter than this one (%v): restore it with that Charter or a later one", file, err)
	}
	if err != nil {
		return store.Integrity{}, fmt.Errorf("%s does not open as a Charter database: %w", file, err)
	}
	defer db.Close()
	in, err := db.CheckIntegrity(ctx)
	if err != nil {
		return in, err
	}
	if len(in.Problems) > 0 {
		return in, fmt.Errorf("%s fails the integrity checks, so nothing was restored:\n  %s", file, strings.Join(in.Problems, "\n  "))
	}
	return in, nil
}

// refuseToLose refuses to replace a database that holds anything unless
// force; what it holds is said, so the operator knows what --force loses.
func refuseToLose(target string, s store.Summary, err error, force bool) error {
	switch {
	case force:
		return nil
	case err != nil:
		return fmt.Errorf("%s cannot be read as a Charter database (%v): --force replaces it anyway", target, err)
	case !s.Empty():
		return fmt.Errorf("%s holds %d accounts, %d documents and %d ballots: --force replaces them with the backup", target, s.Users, s.Documents, s.Ballots)
	}
	return nil
}

// restoreSQLite copies the backup into a file beside the target, checks
// that copy (so the backup itself is never written to), then takes the
// target for itself alone, removes any -wal and -shm left beside it, and
// renames the copy over it.
func restoreSQLite(ctx context.Context, target, file string, force bool) (Result, error) {
	res := Result{Path: target}
	tmp, err := tempBeside(target, ".restoring")
	if err != nil {
		return res, err
	}
	defer removeSQLite(tmp)
	if err := copyFile(file, tmp); err != nil {
		return res, err
	}
	if _, err := checkRestored(ctx, "sqlite:"+tmp, file); err != nil {
		return res, err
	}
	// Closing the last connection folds the WAL into the file; a WAL left
	// over would hold writes the renamed file lacks.
	if _, err := os.Stat(tmp + "-wal"); err == nil {
		return res, fmt.Errorf("the checked copy %s kept its write-ahead log; nothing was restored", tmp)
	}
	if err := syncFile(tmp); err != nil {
		return res, err
	}
	if st, err := os.Stat(target); err == nil {
		// The server must still open it: same owner and mode as the file
		// it replaces, whoever runs the restore.
		if err := sameOwner(tmp, st); err != nil {
			return res, err
		}
		s, err := store.Inspect(ctx, "sqlite:"+target)
		if err := refuseToLose(target, s, err, force); err != nil {
			return res, err
		}
		unlock, err := store.LockSQLiteFile(ctx, target)
		if err != nil {
			return res, err
		}
		defer unlock()
	}
	for _, stale := range []string{target + "-wal", target + "-shm"} {
		if err := os.Remove(stale); err != nil && !errors.Is(err, os.ErrNotExist) {
			return res, err
		}
	}
	if err := os.Rename(tmp, target); err != nil {
		return res, err
	}
	if err := syncDir(filepath.Dir(target)); err != nil {
		return res, err
	}
	st, err := os.Stat(target)
	if err != nil {
		return res, err
	}
	res.Size = st.Size()
	res.Summary, err = store.Inspect(ctx, "sqlite:"+target)
	res.Tables = res.Summary.Tables
	return res, err
}

func removeSQLite(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		_ = os.Remove(p)
	}
}

// restorePostgres restores the archive into a scratch database on the same
// server and checks it there; only then, in one transaction, does it drop
// the target's tables and restore the archive into it (pg_restore --clean
// --single-transaction): either all of the backup is there or none of it,
// and the database keeps its name, owner, grants and per-database settings
// (such as the log settings ballot secrecy asks for). Renaming the scratch
// database into place instead would lose those settings and leave no
// database under the name if it stopped between the two renames.
func restorePostgres(ctx context.Context, target, file string, force bool) (Result, error) {
	res := Result{Path: target}
	s, err := unused(ctx, target)
	if err != nil {
		return res, err
	}
	if err := refuseToLose("the database", s, nil, force); err != nil {
		return res, err
	}
	pgRestore, err := tool(ctx, "pg_restore", s.ServerVersion)
	if err != nil {
		return res, err
	}
	scratch, drop, err := store.ScratchDatabase(ctx, target)
	if err != nil {
		return res, err
	}
	defer drop()
	// Objects belong to whoever restores, and grants to other roles are not
	// restored: roles are the server's, not the database's, and may differ.
	restore := []string{"--no-owner", "--no-privileges", "--exit-on-error", "--no-password"}
	if _, err := runTool(ctx, pgRestore, append(restore, "--dbname="+scratch, file)...); err != nil {
		return res, fmt.Errorf("%s does not restore: %w", file, err)
	}
	if _, err := checkRestored(ctx, scratch, file); err != nil {
		return res, err
	}
	// Again, as the check may have taken minutes.
	if _, err := unused(ctx, target); err != nil {
		return res, err
	}
	if _, err := runTool(ctx, pgRestore, append(restore, "--clean", "--if-exists", "--single-transaction", "--dbname="+target, file)...); err != nil {
		return res, fmt.Errorf("restoring into the database (nothing was changed): %w", err)
	}
	res.Summary, err = store.Inspect(ctx, target)
	res.Tables = res.Summary.Tables
	if st, serr := os.Stat(file); serr == nil {
		res.Size = st.Size()
	}
	return res, err
}

// unused inspects the PostgreSQL database and refuses it if anyone else is
// connected to it. pg_restore would wait for a running server's locks and
// then pull its tables from under it.
func unused(ctx context.Context, target string) (store.Summary, error) {
	s, err := store.Inspect(ctx, target)
	if err != nil {
		return s, err
	}
	if s.Sessions > 0 {
		return s, fmt.Errorf("%d other sessions are connected to the database (every Charter instance keeps one): stop every Charter instance, and anything else using it, first", s.Sessions)
	}
	return s, nil
}

// sameOwner gives path the mode, and when run as root the owner, of the
// file described by like.
func sameOwner(path string, like os.FileInfo) error {
	if err := os.Chmod(path, like.Mode().Perm()); err != nil {
		return err
	}
	if sys, ok := like.Sys().(*syscall.Stat_t); ok && os.Geteuid() == 0 {
		return os.Chown(path, int(sys.Uid), int(sys.Gid))
	}
	return nil
}
