package main

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

const (
	diskFullDir = "CHARTER_TEST_DISKFULL_DIR" // set in the child: the tmpfs mount point
	diskFullBin = "CHARTER_TEST_DISKFULL_BIN"
	tmpfsSize   = 8 << 20
)

// TestDiskFull fills the disk under a real server's SQLite file: writes are
// refused with a 507 that says the disk is full and that nothing was
// changed, reads go on, `charter check` finds the file sound, and once
// space is freed writes work again, without a restart.
//
// The disk is a small tmpfs. Mounting one needs no root: the test runs
// itself again in new user and mount namespaces, where it may mount, and
// the server it starts runs in them too. Without user namespaces (some
// containers forbid them) it is skipped.
func TestDiskFull(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	if dir := os.Getenv(diskFullDir); dir != "" {
		diskFull(t, os.Getenv(diskFullBin), dir)
		return
	}
	bin := buildCharter(t)
	child := exec.Command(os.Args[0], "-test.run=^TestDiskFull$", "-test.v", "-test.count=1", "-test.timeout=5m")
	child.Env = append(os.Environ(), diskFullDir+"="+t.TempDir(), diskFullBin+"="+bin)
	child.SysProcAttr = &syscall.SysProcAttr{
		Cloneflags:  syscall.CLONE_NEWUSER | syscall.CLONE_NEWNS,
		UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}},
		GidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}},
	}
	out := &syncBuffer{}
	child.Stdout, child.Stderr = out, out
	if err := child.Start(); err != nil {
		t.Skipf("cannot make a user namespace to mount a small disk in: %v", err)
	}
	err := child.Wait()
	t.Logf("in its own namespaces:\n%s", out.String())
	if err != nil || !strings.Contains(out.String(), "--- PASS: TestDiskFull") {
		t.Fatalf("the test in its own namespaces: %v", err)
	}
}

// diskFull runs inside the namespaces, where dir can hold a tmpfs.
func diskFull(t *testing.T, bin, dir string) {
	// Private, so that nothing mounted here is seen outside.
	if err := syscall.Mount("none", "/", "", syscall.MS_REC|syscall.MS_PRIVATE, ""); err != nil {
		t.Fatalf("make mounts private: %v", err)
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%d", tmpfsSize)); err != nil {
		t.Fatalf("mount a %d MiB tmpfs: %v", tmpfsSize>>20, err)
	}
	t.Cleanup(func() { _ = syscall.Unmount(dir, syscall.MNT_DETACH) })
	path := filepath.Join(dir, "charter.db")
	addr := "sqlite:" + path
	s := newSite(t, addr)
	server := startCharter(t, bin, addr)
	base := server.base
	browser := newBrowser(t)
	browser.logIn(t, base, s.member.Email)
	for i := range 3 {
		if a := s.comment(t, base, fmt.Sprintf("Before the disk filled, %d.", i)); a.status != http.StatusCreated {
			t.Fatalf("a comment with room on the disk: %s", describe(a))
		}
	}

	// Fold the write-ahead log into the file and empty it, so that the
	// next write must grow it; then fill every free byte of the disk.
	emptyWAL(t, path)
	ballast := filepath.Join(dir, "ballast")
	written := fill(t, ballast)
	t.Logf("filled the %d MiB disk with %d KiB of ballast", tmpfsSize>>20, written>>10)

	a := s.comment(t, base, "While the disk is full.")
	if code, msg := a.apiError(); a.status != http.StatusInsufficientStorage || code != "storage_full" || !strings.Contains(msg, "nothing was changed") {
		t.Errorf("an API write on a full disk: %s", describe(a))
	}
	checkNoLeak(t, "the API's answer", a)
	page, token := browser.get(t, base+s.sectionPath())
	if page.status != http.StatusOK || !strings.Contains(page.body, "Before the disk filled, 2.") || token == "" {
		t.Errorf("reading a section with its comments on a full disk: %s", describe(page))
	}
	form := url.Values{"csrf_token": {token}, "version_id": {fmt.Sprint(s.version.ID)}, "stance": {"concern"}, "body": {"A form on a full disk."}}
	a = browser.post(t, base+s.sectionPath()+"/comments", form)
	if a.status != http.StatusInsufficientStorage || !strings.HasPrefix(a.contentType, "text/html") || !strings.Contains(a.body, "disk is full") {
		t.Errorf("a form posted on a full disk: %s", describe(a))
	}
	checkNoLeak(t, "the error page", a)
	charterCheck(t, bin, addr)

	if err := os.Remove(ballast); err != nil {
		t.Fatal(err)
	}
	if a := s.comment(t, base, "After space was freed."); a.status != http.StatusCreated {
		t.Errorf("an API write once space was freed: %s", describe(a))
	}
	form.Set("body", "A form once space was freed.")
	if a := browser.post(t, base+s.sectionPath()+"/comments", form); a.status != http.StatusSeeOther {
		t.Errorf("a form once space was freed: %s", describe(a))
	}
	server.stop(t)
	charterCheck(t, bin, addr)
	got := s.commentBodies(t)
	for _, want := range []string{"Before the disk filled, 0.", "Before the disk filled, 2.", "After space was freed.", "A form once space was freed."} {
		if !got[want] {
			t.Errorf("comment %q is missing", want)
		}
	}
	if len(got) != 5 {
		t.Errorf("%d comments stored, want the 5 acknowledged: %v", len(got), got)
	}
}

// emptyWAL checkpoints the database and truncates its write-ahead log.
func emptyWAL(t *testing.T, path string) {
	t.Helper()
	g, err := gorm.Open(sqlite.Open(path), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	var busy, logged, done int
	if err := g.Raw("PRAGMA wal_checkpoint(TRUNCATE)").Row().Scan(&busy, &logged, &done); err != nil || busy != 0 {
		t.Fatalf("checkpoint: busy %d, %v", busy, err)
	}
	if sqlDB, err := g.DB(); err == nil {
		_ = sqlDB.Close()
	}
}

// fill writes to path until the disk refuses a single byte more.
func fill(t *testing.T, path string) (written int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, size := range []int{1 << 20, 4 << 10, 1} {
		chunk := make([]byte, size)
		for {
			n, err := f.Write(chunk)
			written += n
			if errors.Is(err, syscall.ENOSPC) {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	return written
}
