package main

import (
	"debug/elf"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestContainerBuild runs the build line of dist/Containerfile as it is
// written, here rather than in an image (no container engine is needed):
// the binary is static (no interpreter to load it, as ldd would say), runs
// `charter version` in an empty environment, as in a scratch or
// distroless image, and the image's HEALTHCHECK command, `charter health`,
// answers for a running server and fails for none.
func TestContainerBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the real binary")
	}
	data, err := os.ReadFile("../../dist/Containerfile")
	if err != nil {
		t.Fatal(err)
	}
	build := regexp.MustCompile(`(?m)^RUN (CGO_ENABLED=0 go build .*-o /out/charter ./cmd/charter)$`).FindStringSubmatch(string(data))
	if build == nil {
		t.Fatal("no `RUN CGO_ENABLED=0 go build … -o /out/charter ./cmd/charter` line in dist/Containerfile")
	}
	for _, want := range []string{"-trimpath", "-tags " + releaseTags, "-X main.version=${VERSION}"} {
		if !strings.Contains(build[1], want) {
			t.Errorf("the Containerfile's build has no %s: %s", want, build[1])
		}
	}
	bin := filepath.Join(t.TempDir(), "charter")
	sh := exec.Command("sh", "-c", strings.Replace(build[1], "/out/charter", bin, 1))
	sh.Dir = "../.."
	sh.Env = append(os.Environ(), "VERSION=9.9.9-container")
	if out, err := sh.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", build[1], err, out)
	}

	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Error("the binary asks for a dynamic loader (PT_INTERP): not static")
		}
	}
	if libs, err := f.ImportedLibraries(); err != nil || len(libs) > 0 {
		t.Errorf("the binary needs shared libraries %v (%v)", libs, err)
	}
	_ = f.Close()
	if ldd, err := exec.LookPath("ldd"); err == nil {
		out, _ := exec.Command(ldd, bin).CombinedOutput()
		if !strings.Contains(string(out), "not a dynamic executable") {
			t.Errorf("ldd: %s", out)
		}
	}

	version := exec.Command(bin, "version")
	version.Env, version.Dir = []string{}, t.TempDir()
	if out, err := version.CombinedOutput(); err != nil || !strings.HasPrefix(string(out), "charter 9.9.9-container\n") {
		t.Errorf("charter version in an empty environment: %v\n%s", err, out)
	}

	server := startCharter(t, bin, "sqlite:"+filepath.Join(t.TempDir(), "charter.db"))
	if out, err := exec.Command(bin, "health", "--url", server.base+"/healthz").CombinedOutput(); err != nil || string(out) != "ok\n" {
		t.Errorf("charter health of a running server: %v\n%s", err, out)
	}
	server.stop(t)
	if out, err := exec.Command(bin, "health", "--url", server.base+"/healthz").CombinedOutput(); err == nil {
		t.Errorf("charter health of a stopped server succeeded:\n%s", out)
	}
}

// TestSystemdUnit: dist/charter.service keeps its hardening, serve knows
// the flags dist/charter.env gives it, and
// systemd-analyze, where installed, finds nothing wrong with it and rates
// its exposure 2.0 at most (1.4 when written; 10 is unprotected).
func TestSystemdUnit(t *testing.T) {
	data, err := os.ReadFile("../../dist/charter.service")
	if err != nil {
		t.Fatal(err)
	}
	unit := string(data)
	for _, want := range []string{
		"DynamicUser=yes", "StateDirectory=charter", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes",
		"NoNewPrivileges=yes", "CapabilityBoundingSet=CAP_NET_BIND_SERVICE", "AmbientCapabilities=CAP_NET_BIND_SERVICE",
		"RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX", "SystemCallFilter=@system-service", "MemoryDenyWriteExecute=yes",
		"LockPersonality=yes", "UMask=0077", "Restart=on-failure", "EnvironmentFile=/etc/charter/charter.env",
		"ExecStart=/usr/local/bin/charter serve --db sqlite:/var/lib/charter/charter.db ",
	} {
		if !strings.Contains(unit, "\n"+want) {
			t.Errorf("dist/charter.service has no line %q", want)
		}
	}
	// The site's flags in the environment file are flags serve knows: with
	// -h after them, serve parses them and stops at the help.
	env, err := os.ReadFile("../../dist/charter.env")
	if err != nil {
		t.Fatal(err)
	}
	flags := regexp.MustCompile(`(?m)^CHARTER_FLAGS=(.*)$`).FindSubmatch(env)
	if flags == nil {
		t.Fatal("dist/charter.env sets no CHARTER_FLAGS")
	}
	args := append(append([]string{"serve"}, strings.Fields(string(flags[1]))...), "-h")
	if out, err := run(t, "", args...); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("serve %s: %v\n%s", flags[1], err, out)
	}

	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed")
	}
	// verify checks that ExecStart's program exists: any executable stands
	// in for the installed binary.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "charter.service")
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(unit, "/usr/local/bin/charter", self)), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(analyze, "verify", path).CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
	out, err := exec.Command(analyze, "security", "--offline=true", path).CombinedOutput()
	m := regexp.MustCompile(`Overall exposure level for charter.service: ([0-9.]+)`).FindSubmatch(out)
	if err != nil || m == nil {
		t.Fatalf("systemd-analyze security: %v\n%s", err, out)
	}
	if score, _ := strconv.ParseFloat(string(m[1]), 64); score > 2.0 {
		t.Errorf("systemd-analyze security rates the unit's exposure %.1f, more than 2.0:\n%s", score, out)
	}
}
