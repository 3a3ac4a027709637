package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charter-org/charter/store"
)

// TestVersion: a release built with its name says it, with the commit the
// Go tool recorded, the toolchain and the newest schema migration; the
// same from "charter --version". Without a name, the command still
// answers.
func TestVersion(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the real binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH to build the binary with")
	}
	bin := filepath.Join(t.TempDir(), "charter")
	// -buildvcs=true: the Go tool records the commit only when asked, and a
	// GOFLAGS of -buildvcs=false, as on some CI machines, would leave it out.
	build := exec.Command(goTool, "build", "-buildvcs=true", "-tags", releaseTags, "-ldflags", "-X main.version=9.8.7-test", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	want := []string{"charter 9.8.7-test\n", "\ngo:     go1.", fmt.Sprintf("\nschema: %d ", store.SchemaVersion())}
	// The Go tool records the commit only in a git checkout of its own (not
	// in a git worktree, whose .git is a file): the command names the
	// commit the binary says it was built from.
	if info, err := exec.Command(goTool, "version", "-m", bin).Output(); err == nil {
		if _, rev, ok := strings.Cut(string(info), "vcs.revision="); ok {
			want = append(want, "\ncommit: "+strings.Fields(rev)[0])
		}
	}
	for _, arg := range []string{"version", "--version"} {
		out, err := exec.Command(bin, arg).CombinedOutput()
		if err != nil {
			t.Fatalf("charter %s: %v\n%s", arg, err, out)
		}
		for _, w := range want {
			if !strings.Contains(string(out), w) {
				t.Errorf("charter %s: no %q in\n%s", arg, w, out)
			}
		}
	}
	if out, err := run(t, "", "version"); err != nil || !strings.HasPrefix(out, "charter ") || !strings.Contains(out, fmt.Sprintf("schema: %d ", store.SchemaVersion())) {
		t.Errorf("charter version, unnamed: %v\n%s", err, out)
	}
}

// TestVersionLines: what the command prints of a build from a commit with
// uncommitted changes, and of one the Go tool knows nothing of.
func TestVersionLines(t *testing.T) {
	var out strings.Builder
	printVersion(&out, build{version: "v0.0.0-20261203135028-1fcdba9beadd", revision: "1fcdba9beadd8e0c", time: "2026-12-03T13:50:28Z", modified: true})
	if want := "charter v0.0.0-20261203135028-1fcdba9beadd\ncommit: 1fcdba9beadd8e0c (2026-12-03T13:50:28Z), with uncommitted changes\n"; !strings.HasPrefix(out.String(), want) {
		t.Errorf("got\n%s\nwant it to start with\n%s", out.String(), want)
	}
	out.Reset()
	printVersion(&out, build{version: "devel"})
	if strings.Contains(out.String(), "commit:") || !strings.HasPrefix(out.String(), "charter devel\ngo:     ") {
		t.Errorf("a build without a commit:\n%s", out.String())
	}
}
