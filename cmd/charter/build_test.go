package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// releaseTags are the build tags of the charter binary as it is shipped
// (docs/operator-guide.md): nomsgpack leaves out gin's MessagePack binding,
// which Charter never uses; netgo and osusergo make the binary static, with
// Go's own DNS resolver and user lookup. Each is start-up that every command
// paid before main (docs/performance.md, "Redlines"). A build without them
// works the same and starts slower: `go run ./cmd/charter` stays as it is.
const releaseTags = "nomsgpack,netgo,osusergo"

// buildCharter compiles this command as it is shipped into the test's
// temporary directory.
func buildCharter(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH to build the binary with")
	}
	bin := filepath.Join(t.TempDir(), "charter")
	build := exec.Command(goTool, "build", "-tags", releaseTags, "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestBuildsCarryTheReleaseTags: every command in the repository's guides
// and scripts that builds the charter binary builds it with releaseTags, so
// that the binary measured, tested and deployed is the one shipped, unless
// the line says it is untagged (a comparison in docs/performance.md).
func TestBuildsCarryTheReleaseTags(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../README.md", "../../docs/*.md", "../../scripts/*.sh", "../../.ci/run", "../../dist/*"} {
		found, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, found...)
	}
	builds := 0
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(f)
		for n := 1; lines.Scan(); n++ {
			line := lines.Text()
			if !strings.Contains(line, "go build") || !strings.Contains(line, "./cmd/charter") || strings.Contains(line, "untagged") {
				continue
			}
			builds++
			if !strings.Contains(line, "-tags "+releaseTags) {
				t.Errorf("%s:%d builds charter without -tags %s:\n%s", name, n, releaseTags, line)
			}
		}
		f.Close()
	}
	if builds == 0 {
		t.Error("found no command that builds charter: the files moved?")
	}
}
