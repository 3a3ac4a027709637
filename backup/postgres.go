package backup

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"

	"github.com/charter-org/charter/store"
)

// tool finds one of PostgreSQL's client programs and checks it is not of
// an older major version than the server, which pg_dump refuses to dump
// and whose archive a newer server may not restore whole.
func tool(ctx context.Context, name string, server int) (string, error) {
	path, err := exec.LookPath(name)
	if err != nil {
		return "", fmt.Errorf("%s is not installed: install PostgreSQL's client programs of the server's version or newer (Debian: apt-get install postgresql-client-%d)", name, server/10000)
	}
	out, err := exec.CommandContext(ctx, path, "--version").Output()
	if err != nil {
		return "", fmt.Errorf("%s --version: %w", path, err)
	}
	major, err := toolMajor(string(out))
	if err != nil {
		return "", fmt.Errorf("%s --version: %w", path, err)
	}
	if server > 0 && major < server/10000 {
		return "", fmt.Errorf("%s is version %d, older than the PostgreSQL server (%d): install postgresql-client-%d (Debian's %s then picks the newest)",
			path, major, server/10000, server/10000, name)
	}
	return path, nil
}

var versionLine = regexp.MustCompile(`\(PostgreSQL\) (\d+)`)

// toolMajor reads the major version from "pg_dump (PostgreSQL) 15.20 (Debian …)".
func toolMajor(version string) (int, error) {
	m := versionLine.FindStringSubmatch(version)
	if m == nil {
		return 0, fmt.Errorf("no version in %q", strings.TrimSpace(version))
	}
	return strconv.Atoi(m[1])
}

// runTool runs a PostgreSQL client program; its error output, which says
// what went wrong, becomes the error.
func runTool(ctx context.Context, path string, args ...string) ([]byte, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("%s: %s", strings.TrimSuffix(path[strings.LastIndex(path, "/")+1:], ".exe"), msg)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return stdout.Bytes(), nil
}

// dumpPostgres runs pg_dump in its custom format (compressed, restored
// table by table by pg_restore), then lists the archive back to be sure it
// reads whole.
func dumpPostgres(ctx context.Context, address, tmp string, res *Result) error {
	s, err := store.Inspect(ctx, address)
	if err != nil {
		return err
	}
	res.Summary = s
	pgDump, err := tool(ctx, "pg_dump", s.ServerVersion)
	if err != nil {
		return err
	}
	if _, err := runTool(ctx, pgDump, "--format=custom", "--no-password", "--file="+tmp, "--dbname="+address); err != nil {
		return err
	}
	if err := syncFile(tmp); err != nil {
		return err
	}
	res.Tables, err = archiveTables(ctx, tmp, s.ServerVersion)
	if err != nil {
		return fmt.Errorf("the dump does not read back, so it was not kept: %w", err)
	}
	return nil
}

// archiveTables counts the tables whose rows a pg_dump archive holds.
func archiveTables(ctx context.Context, file string, server int) (int, error) {
	pgRestore, err := tool(ctx, "pg_restore", server)
	if err != nil {
		return 0, err
	}
	list, err := runTool(ctx, pgRestore, "--list", file)
	if err != nil {
		return 0, err
	}
	n := bytes.Count(list, []byte(" TABLE DATA "))
	if n == 0 {
		return 0, errors.New("the archive holds no table")
	}
	return n, nil
}
