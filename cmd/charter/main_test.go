package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/store"
)

func run(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := Run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String() + errOut.String(), err
}

func TestCommands(t *testing.T) {
	dir := t.TempDir()
	db := "--db=sqlite:" + filepath.Join(dir, "charter.db")
	file := filepath.Join(dir, "bylaws.md")
	if err := os.WriteFile(file, []byte("---\ntitle: Bylaws\n---\n# General\n\n## Name\n1. Local 1.\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	out, err := run(t, "", "import", db, "--slug", "bylaws", "--title", "Bylaws", "--numbering", "zero-based", file)
	if err != nil || !strings.Contains(out, "created with version 1") {
		t.Fatalf("import: %v %s", err, out)
	}
	if err := os.WriteFile(file, []byte("---\ntitle: Bylaws\n---\n# General\n\n## Name\n1. Local 1 of the union.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A new version names the version it was written from.
	if _, err := run(t, "", "import", db, "--slug", "bylaws", file); err == nil || !strings.Contains(message(err), "Give --base") || !strings.Contains(message(err), "--base 1 if it is the current one") {
		t.Errorf("import again without --base: %v", err)
	}
	if out, err := run(t, "", "import", db, "--slug", "bylaws", "--base", "1", file); err != nil || !strings.Contains(out, "published version 2") {
		t.Fatalf("import again: %v %s", err, out)
	}
	if err := os.WriteFile(file, []byte("---\ntitle: Bylaws\n---\n# General\n\n## Name\n1. Local 1.\n\n## Dues\n1. Two dollars.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = run(t, "", "import", db, "--slug", "bylaws", "--base", "1", file)
	if err == nil || !strings.Contains(message(err), "written from version 1, but version 2 has been published since") ||
		!strings.Contains(out, "version 2 (published,") || !strings.Contains(out, `In Section 0.0.1, insert “of the union” after “Local 1”.`) {
		t.Errorf("import written from version 1 over version 2: %v\n%s", err, out)
	}
	if _, err := run(t, "", "import", db, "--slug", "bylaws", "--numbering", "decimal", file); err == nil || !strings.Contains(message(err), "numbered zero-based") {
		t.Errorf("changing numbering: %v", err)
	}
	if _, err := run(t, "", "import", db, "--slug", "other", filepath.Join(dir, "missing.md")); err == nil {
		t.Error("missing file imported")
	}

	out, err = run(t, "", "user", "add", db, "--email", "ada@example.org", "--name", "Ada", "--role", "admin,committee")
	if err != nil || !strings.Contains(out, "/invitations/ci_") {
		t.Fatalf("user add: %v %s", err, out)
	}
	if _, err := run(t, "a long enough password\n", "user", "add", db, "--email", "bo@example.org", "--name", "Bo", "--role", "member", "--password-stdin"); err != nil {
		t.Fatalf("user add with password: %v", err)
	}
	if _, err := run(t, "", "user", "add", db, "--email", "cy@example.org", "--name", "Cy", "--role", "president"); err == nil {
		t.Error("unknown role accepted")
	}
	out, err = run(t, "", "token", "create", db, "--user", "ada@example.org")
	if err != nil || !strings.HasPrefix(out, "ct_") {
		t.Fatalf("token create: %v %s", err, out)
	}
	tokenRevokedEverywhere(t, db, strings.TrimSpace(out))
	if out, err := run(t, "", "audit", "verify", db); err != nil || !strings.Contains(out, "intact") {
		t.Fatalf("audit verify: %v %s", err, out)
	}
	if _, err := run(t, "", "frobnicate"); err == nil {
		t.Error("unknown command accepted")
	}
}

func TestServeDemo(t *testing.T) {
	dir := t.TempDir()
	addr := "sqlite:" + filepath.Join(dir, "charter.db")
	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, []string{"serve", "--demo", "--db", addr, "--addr", "127.0.0.1:0"}, nil, &out, &out)
	}()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(out.String(), "Charter is serving") {
		if time.Now().After(deadline) {
			t.Fatalf("server did not start: %s", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
	for _, login := range []string{"member", "member2", "member6", "committee", "officer", "admin", "observer", "teller1", "teller2", "teller3"} {
		if !strings.Contains(out.String(), login+"@demo.charter.invalid") {
			t.Errorf("no %s login printed:\n%s", login, out.String())
		}
	}
	if n := strings.Count(out.String(), "teller key: "); n != 3 {
		t.Errorf("%d teller keys printed:\n%s", n, out.String())
	}
	db, err := store.Open(context.Background(), addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, _ := db.CountDocuments(context.Background()); n != 1 {
		t.Errorf("demo documents: %d", n)
	}
}

// TestWhereServed: the line serve prints says where it listens. Given only
// a port, as by default, it listens on every interface, which the line says
// rather than naming localhost alone.
func TestWhereServed(t *testing.T) {
	for _, c := range []struct{ bound, asked, want string }{
		{"[::]:8080", ":8080", "on every network interface, port 8080: open http://localhost:8080 on this machine"},
		{"[::]:41234", ":0", "on every network interface, port 41234: open http://localhost:41234 on this machine"},
		{"0.0.0.0:8080", "0.0.0.0:8080", "on every network interface, port 8080: open http://localhost:8080 on this machine"},
		{"127.0.0.1:8080", "127.0.0.1:8080", "on http://127.0.0.1:8080"},
		{"127.0.0.1:39999", "localhost:0", "on http://127.0.0.1:39999"},
	} {
		if got := whereServed(c.bound, c.asked); got != c.want {
			t.Errorf("whereServed(%q, %q) = %q, want %q", c.bound, c.asked, got, c.want)
		}
	}
}

func TestRedlineCommand(t *testing.T) {
	dir := t.TempDir()
	old, new := filepath.Join(dir, "old.md"), filepath.Join(dir, "new.md")
	_ = os.WriteFile(old, []byte("# C\n\n## Amendments\n\n1. Adoption requires two-thirds of the votes cast.\n"), 0o644)
	_ = os.WriteFile(new, []byte("# C\n\n## Amendments\n\n1. Adoption requires a majority of the votes cast.\n"), 0o644)
	for format, want := range map[string]string{
		"text":   "[-two-thirds-]{+a majority+}",
		"critic": "{~~two-thirds~>a majority~~}",
		"table":  "| Article I(a) | Adoption requires two-thirds of the votes cast. | Adoption requires a majority of the votes cast. | In Article I(a), strike \u201ctwo-thirds\u201d and insert \u201ca majority\u201d. |",
		"html":   "<del>two-thirds</del><ins>a majority</ins>",
	} {
		out, err := run(t, "", "redline", "--format", format, old, new)
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("--format %s: %v\n%s", format, err, out)
		}
	}
	if _, err := run(t, "", "redline", "--format", "pdf", old, new); err == nil {
		t.Error("unknown format accepted")
	}
	if _, err := run(t, "", "redline", old); err == nil {
		t.Error("one file accepted")
	}

	// The word notations never parse Markdown, so a text too deeply nested
	// for the parser is still compared; the page and the table parse it,
	// and refuse it as an upload would be refused.
	deep := filepath.Join(dir, "deep.md")
	_ = os.WriteFile(deep, []byte("# C\n\n"+strings.Repeat("> ", 30)+"Adoption requires a majority.\n"), 0o644)
	if out, err := run(t, "", "redline", old, deep); err != nil || !strings.Contains(out, "{+> > >") {
		t.Errorf("text of a deeply nested file: %v\n%s", err, out)
	}
	if _, err := run(t, "", "redline", "--format", "html", old, deep); err == nil || !strings.Contains(message(err), "nested too deeply") {
		t.Errorf("page of a deeply nested file: %v", err)
	}
	binary := filepath.Join(dir, "binary.md")
	_ = os.WriteFile(binary, []byte("# C\n\x00\x01\x02"), 0o644)
	if _, err := run(t, "", "redline", old, binary); err == nil || !strings.Contains(message(err), "looks binary") {
		t.Errorf("text of a binary file: %v", err)
	}
}

// tokenRevokedEverywhere: the operator lists an account's tokens, names
// and no secrets, and revokes one; a server sharing the database refuses it
// at once, and the audit log has it.
func tokenRevokedEverywhere(t *testing.T, db, token string) {
	t.Helper()
	ctx := context.Background()
	server, err := store.Open(ctx, strings.TrimPrefix(db, "--db="))
	if err != nil {
		t.Fatal(err)
	}
	defer server.Close()
	if _, err := server.TokenUser(ctx, token); err != nil {
		t.Fatalf("the new token: %v", err)
	}
	if _, err := run(t, "", "token", "create", db, "--user", "ada@example.org", "--name", "backup"); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "", "token", "list", db, "--user", "ada@example.org")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err != nil || len(lines) != 3 || !strings.Contains(lines[1], "backup") || !strings.Contains(lines[2], "cli") || strings.Contains(out, "ct_") {
		t.Fatalf("token list: %v\n%s", err, out)
	}
	id := strings.Fields(lines[2])[0]
	if out, err := run(t, "", "token", "revoke", db, "--user", "ada@example.org", "--id", id); err != nil || !strings.Contains(out, "Revoked") {
		t.Fatalf("token revoke: %v %s", err, out)
	}
	if _, err := server.TokenUser(ctx, token); charter.ErrorCode(err) != charter.EUNAUTHORIZED {
		t.Errorf("a revoked token still works: %v", err)
	}
	if _, err := run(t, "", "token", "revoke", db, "--user", "ada@example.org", "--id", id); charter.ErrorCode(err) != charter.ENOTFOUND {
		t.Errorf("revoking it again: %v", err)
	}
	if _, err := run(t, "", "token", "revoke", db, "--user", "ada@example.org"); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("revoke without an id: %v", err)
	}
	events, _ := server.AuditEvents(ctx, 1)
	if len(events) != 1 || events[0].Action != "token.revoke" {
		t.Errorf("the revocation is not audited: %+v", events)
	}
}
