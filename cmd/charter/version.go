package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/charter-org/charter/store"
)

// version is the release's name, set when the release is built:
//
//	go build -ldflags "-X main.version=1.4.0" …
//
// Without it, the module's version and the commit recorded by the Go tool
// stand in (buildVersion).
var version string

// build is what this binary says of itself.
type build struct {
	version  string // a release, a module version, or "devel"
	revision string // the commit, when the Go tool recorded one
	time     string // the commit's time
	modified bool   // built from a checkout with uncommitted changes
}

// buildVersion reads the version given at link time and the Go tool's own
// record of the build: a binary built from a git checkout carries its
// commit, one built by "go install module@version" its module version.
func buildVersion() build {
	b := build{version: version}
	info, ok := debug.ReadBuildInfo()
	if ok {
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				b.revision = s.Value
			case "vcs.time":
				b.time = s.Value
			case "vcs.modified":
				b.modified = s.Value == "true"
			}
		}
		if b.version == "" && info.Main.Version != "(devel)" {
			b.version = info.Main.Version
		}
	}
	if b.version == "" {
		b.version = "devel"
	}
	return b
}

// runVersion prints the release, the commit, the Go toolchain and the
// newest schema migration this binary applies: what an operator compares
// with a database's schema_migrations before an upgrade or a rollback.
func runVersion(stdout io.Writer) error {
	printVersion(stdout, buildVersion())
	return nil
}

func printVersion(stdout io.Writer, b build) {
	fmt.Fprintf(stdout, "charter %s\n", b.version)
	if b.revision != "" {
		commit := b.revision
		if b.time != "" {
			commit += " (" + b.time + ")"
		}
		if b.modified {
			commit += ", with uncommitted changes"
		}
		fmt.Fprintf(stdout, "commit: %s\n", commit)
	}
	fmt.Fprintf(stdout, "go:     %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(stdout, "schema: %d (the newest migration this Charter applies)\n", store.SchemaVersion())
}
