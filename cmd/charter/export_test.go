package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// TestExportCommand: `charter export` writes a version's exact bytes, its
// HTML, an amendment's CriticMarkup, says plainly which formats are not
// offered, and writes the versions as a git repository git reads.
func TestExportCommand(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	addr := "sqlite:" + filepath.Join(dir, "charter.db")
	db := "--db=" + addr
	v1 := "# Bylaws\n\n## Article I — Nom\n\nLe syndicat s'appelle « Local 1 ».\n"
	v2 := strings.Replace(v1, "Local 1", "Local 1 of the union", 1)
	file := filepath.Join(dir, "bylaws.md")
	_ = os.WriteFile(file, []byte(v1), 0o644)
	if out, err := run(t, "", "import", db, "--slug", "bylaws", "--title", "Bylaws", file); err != nil {
		t.Fatalf("import: %v %s", err, out)
	}
	_ = os.WriteFile(file, []byte(v2), 0o644)
	if out, err := run(t, "", "import", db, "--slug", "bylaws", "--base", "1", file); err != nil {
		t.Fatalf("import: %v %s", err, out)
	}

	out, err := run(t, "", "export", db, "--document", "bylaws", "--format", "md")
	if err != nil || out != v2 {
		t.Errorf("the current version's Markdown: %v\n%q", err, out)
	}
	path := filepath.Join(dir, "v1.md")
	if _, err := run(t, "", "export", db, "--document", "bylaws", "--version", "1", "--format", "md", "--out", path); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); document.Hash(got) != document.Hash([]byte(v1)) {
		t.Errorf("version 1 written as %q", got)
	}
	if out, err := run(t, "", "export", db, "--document", "bylaws", "--format", "html"); err != nil || !strings.Contains(out, "<style>") || !strings.Contains(out, `data-number="Article I"`) {
		t.Errorf("html: %v\n%s", err, out)
	}
	if _, err := run(t, "", "export", db, "--document", "bylaws", "--version", "9", "--format", "md"); err == nil || !strings.Contains(message(err), "has no version 9") {
		t.Errorf("a missing version: %v", err)
	}
	// PDF and Word are being added: until they are, the message is the web's.
	for _, f := range []string{"pdf", "docx"} {
		out, err := run(t, "", "export", db, "--document", "bylaws", "--format", f, "--paper", "letter")
		if err != nil && !strings.Contains(message(err), "cannot be exported as "+f+" yet") || err == nil && len(out) == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}

	st, err := store.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	u, err := st.CreateUser(ctx, 0, store.NewUser{Email: "ada@example.org", Name: "Ada", Roles: []member.Role{member.RoleMember}, Password: "a long enough password", GoodStanding: true})
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := st.Document(ctx, "bylaws")
	head, _ := st.HeadVersion(ctx, doc.ID)
	a, err := st.ProposeAmendment(ctx, u, store.NewAmendment{DocumentSlug: "bylaws", BaseVersionID: head.ID, Title: "Name",
		Proposed: []byte(strings.Replace(v2, "of the union", "of the workers", 1)), Submit: true})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	out, err = run(t, "", "export", db, "--amendment", strconv.FormatInt(a.ID, 10), "--format", "md")
	if err != nil || !strings.Contains(out, "{--union--}{++workers++}") && !strings.Contains(out, "{~~union~>workers~~}") {
		t.Errorf("amendment: %v\n%s", err, out)
	}

	for _, args := range [][]string{{}, {"--document", "bylaws"}, {"--document", "bylaws", "--git", dir, "--format", "md"}, {"--amendment", "1", "--git", dir}} {
		if _, err := run(t, "", append([]string{"export", db}, args...)...); err == nil || !strings.Contains(message(err), "usage: charter export") {
			t.Errorf("%v: %v", args, err)
		}
	}

	repo := filepath.Join(dir, "bylaws.git")
	if out, err := run(t, "", "export", db, "--document", "bylaws", "--git", repo); err != nil || !strings.Contains(out, "2 versions") {
		t.Fatalf("--git: %v %s", err, out)
	}
	if _, err := run(t, "", "export", db, "--document", "bylaws", "--git", repo); err == nil || !strings.Contains(message(err), "not empty") {
		t.Errorf("--git into a repository already written: %v", err)
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed: the repository is checked by git itself (apt-get install git)")
	}
	log, err := exec.Command("git", "-C", repo, "log", "--format=%s").CombinedOutput()
	if err != nil || string(log) != "Version 2: imported\nVersion 1: imported\n" {
		t.Errorf("git log: %v\n%s", err, log)
	}
	if text, err := exec.Command("git", "-C", repo, "show", "HEAD~1:bylaws.md").Output(); err != nil || string(text) != v1 {
		t.Errorf("git show: %v %q", err, text)
	}
	if out, err := exec.Command("git", "-C", repo, "fsck", "--strict").CombinedOutput(); err != nil {
		t.Errorf("git fsck: %v\n%s", err, out)
	}
}
