package githistory

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/document"
)

// needGit finds the real git, or skips saying why.
func needGit(t testing.TB) string {
	t.Helper()
	path, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git is not installed: the history is checked by git itself (apt-get install git)")
	}
	return path
}

func git(t testing.TB, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+t.TempDir(), "LC_ALL=C")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func version(n int, origin document.Origin, kind document.VersionKind, text string, at time.Time) document.Version {
	return document.Version{ID: int64(100 + n), Number: n, Origin: origin, Kind: kind, Markdown: text,
		SHA256: document.Hash([]byte(text)), CreatedAt: at}
}

// sample is a history through every origin: an import, a merge of two
// amendments, an adoption by ballot, a clerical change, and a draft whose
// text is the adopted one's (they share a blob).
func sample() History {
	at := time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)
	v1 := "# Constitution\n\n## Article I — Nom\n\nLe syndicat s'appelle « Les Travailleurs ».\n\n## Article II — Dues\n\nDues are $2 a month.\n"
	v2 := strings.Replace(v1, "$2", "$5", 1) + "\n## Article III — Officers\n\nOfficers are elected every two years.\n"
	v4 := strings.Replace(v2, "Article III", "Article 3", 1)
	v5 := strings.Replace(v4, "two years", "three years", 1)
	alice, bob, carol := Member{1, "Alice Martin"}, Member{2, "Bob <b@x> \n Lee"}, Member{3, "Carol Diop"}
	ballot := &Ballot{ID: 2, Title: "Dues and officers", Questions: []Question{{Position: 1, Text: "Adopt draft 2?", SnapshotSHA256: strings.Repeat("ab", 32)}}}
	v3 := version(3, document.OriginBallot, document.KindAdopted, v2, at.Add(72*time.Hour))
	v3.BallotID, v3.Effective = 2, "2026-04-01"
	v4v := version(4, document.OriginClerical, document.KindAdopted, v4, at.Add(96*time.Hour))
	v4v.AuthorisedBy, v4v.Reason = 2, "Article numbers in digits, as the vote allowed."
	return History{
		Document: document.Document{Slug: "constitution", Title: "Constitution of the union"},
		Versions: []Version{
			{Version: version(1, document.OriginImport, document.KindDraft, v1, at), By: alice},
			{Version: version(2, document.OriginMerge, document.KindDraft, v2, at.Add(24*time.Hour)), By: carol,
				Merged: []Amendment{{ID: 3, Title: "Raise dues", Sponsor: bob, Cosponsors: []Member{alice}}, {ID: 7, Title: "Elect officers", Sponsor: alice}}},
			{Version: v3, By: carol, Ballot: ballot},
			{Version: v4v, By: carol, Ballot: &Ballot{ID: 2, Title: "Dues and officers"}},
			{Version: version(5, document.OriginMerge, document.KindDraft, v5, at.Add(120*time.Hour)), By: carol,
				Merged: []Amendment{{ID: 9, Title: "Three\x1b[31m years", Sponsor: bob}}},
		},
	}
}

// TestBundleReadByGit clones the bundle with the real git and reads the
// history back: versions in order with their authors and messages, each
// commit's file the version's bytes, the adopted version tagged, fsck
// clean.
func TestBundleReadByGit(t *testing.T) {
	needGit(t)
	h := sample()
	var b bytes.Buffer
	if err := h.WriteBundle(&b); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bundle := filepath.Join(dir, "history.bundle")
	if err := os.WriteFile(bundle, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	git(t, dir, "init", "-q", "empty")
	git(t, filepath.Join(dir, "empty"), "bundle", "verify", bundle)
	clone := filepath.Join(dir, "clone")
	git(t, dir, "clone", "-q", bundle, clone)
	checkRepository(t, h, clone)
	if got, _ := os.ReadFile(filepath.Join(clone, "constitution.md")); string(got) != h.Versions[4].Version.Markdown {
		t.Errorf("checked-out file is not the last version")
	}
}

// TestWriteBareReadByGit writes the repository's files directly and reads
// them with git.
func TestWriteBareReadByGit(t *testing.T) {
	needGit(t)
	h := sample()
	r, err := h.Repository()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "history.git")
	if err := r.WriteBare(dir); err != nil {
		t.Fatal(err)
	}
	checkRepository(t, h, dir)
	if err := r.WriteBare(dir); err == nil {
		t.Error("a second write into a repository was allowed")
	}
}

func checkRepository(t *testing.T, h History, dir string) {
	t.Helper()
	git(t, dir, "fsck", "--strict", "--no-dangling")
	log := git(t, dir, "log", "--reverse", "--format=%H%x09%an%x09%cn%x09%aI%x09%s", "main")
	lines := strings.Split(strings.TrimSpace(log), "\n")
	if len(lines) != len(h.Versions) {
		t.Fatalf("%d commits for %d versions:\n%s", len(lines), len(h.Versions), log)
	}
	want := []struct{ author, committer, subject string }{
		{"Alice Martin", "Alice Martin", "Version 1: imported"},
		{"Carol Diop", "Carol Diop", "Version 2: merge of amendments #3, #7"},
		{"The members, ballot 2", "Carol Diop", "Version 3: adopted by ballot #2"},
		{"Carol Diop", "Carol Diop", "Version 4: clerical change authorised by ballot #2"},
		{"Bob b@x Lee", "Carol Diop", "Version 5: merge of amendment #9"},
	}
	commits := map[int]string{}
	for i, line := range lines {
		f := strings.Split(line, "\t")
		v := h.Versions[i].Version
		commits[v.Number] = f[0]
		if f[1] != want[i].author || f[2] != want[i].committer || f[4] != want[i].subject {
			t.Errorf("commit %d: got %q", i, line)
		}
		if when, _ := time.Parse(time.RFC3339, f[3]); !when.Equal(v.CreatedAt) {
			t.Errorf("commit %d dated %s, version made %s", i, f[3], v.CreatedAt)
		}
		text := git(t, dir, "show", f[0]+":constitution.md")
		if document.Hash([]byte(text)) != v.SHA256 {
			t.Errorf("version %d: the commit's file is not the version's bytes", v.Number)
		}
	}
	body := git(t, dir, "log", "-1", "--format=%B", commits[2])
	for _, s := range []string{`Amendment #3, "Raise dues": proposed by Bob b@x Lee, co-sponsored by Alice Martin.`, `Amendment #7, "Elect officers": proposed by Alice Martin.`, "Merged by Carol Diop.", "Charter-SHA256: " + h.Versions[1].Version.SHA256} {
		if !strings.Contains(body, s) {
			t.Errorf("merge message lacks %q:\n%s", s, body)
		}
	}
	body = git(t, dir, "log", "-1", "--format=%B", commits[3])
	if !strings.Contains(body, "Question snapshot SHA-256: "+strings.Repeat("ab", 32)) || !strings.Contains(body, "Takes effect on 2026-04-01.") {
		t.Errorf("adoption message:\n%s", body)
	}
	if body = git(t, dir, "log", "-1", "--format=%B", commits[4]); !strings.Contains(body, "Article numbers in digits") {
		t.Errorf("clerical message:\n%s", body)
	}
	if body = git(t, dir, "log", "-1", "--format=%B%an", commits[5]); strings.Contains(body, "\x1b") || !strings.Contains(body, "Bob b@x Lee") {
		t.Errorf("a lone amendment's sponsor authors its merge, and control characters are dropped:\n%q", body)
	}
	tags := strings.TrimSpace(git(t, dir, "tag", "--list"))
	if tags != "v3-adopted-ballot-2" {
		t.Errorf("tags %q", tags)
	}
	if got := strings.TrimSpace(git(t, dir, "rev-parse", "v3-adopted-ballot-2^{commit}")); got != commits[3] {
		t.Errorf("tag points at %s, adopted version is %s", got, commits[3])
	}
	blame := git(t, dir, "blame", "--line-porcelain", "main", "--", "constitution.md")
	// An adoption changes no byte: blame names who wrote each line.
	if !strings.Contains(blame, "author Bob b@x Lee") || !strings.Contains(blame, "author Alice Martin") || !strings.Contains(blame, "author Carol Diop") {
		t.Errorf("blame does not name the sources:\n%s", blame)
	}
	if patch := git(t, dir, "log", "-p", "--format=%s", "main"); !strings.Contains(patch, "-Dues are $2 a month.\n+Dues are $5 a month.") {
		t.Errorf("log -p lacks the dues change:\n%s", patch)
	}
}

// TestRefusesWrongBytes: a text that does not hash to its version's SHA-256
// is not written as that version.
func TestRefusesWrongBytes(t *testing.T) {
	h := sample()
	h.Versions[1].Version.Markdown += " "
	if _, err := h.Repository(); err == nil {
		t.Fatal("a text not matching its hash was committed")
	}
}

// TestLargeVersion: a text of a megabyte and a half (a size that takes
// four bytes of the pack's entry header) is read back whole by git.
func TestLargeVersion(t *testing.T) {
	needGit(t)
	text := strings.Repeat("1. Les membres élisent le comité exécutif.\n", 36000)
	h := History{Document: document.Document{Slug: "big"}, Versions: []Version{
		{Version: version(1, document.OriginImport, document.KindDraft, text, time.Unix(1_800_000_000, 0).UTC()), By: Member{ID: 1, Name: "A"}}}}
	var b bytes.Buffer
	if err := h.WriteBundle(&b); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bundle := filepath.Join(dir, "big.bundle")
	_ = os.WriteFile(bundle, b.Bytes(), 0o644)
	git(t, dir, "clone", "-q", "--bare", bundle, "big.git")
	git(t, filepath.Join(dir, "big.git"), "fsck", "--strict")
	if got := git(t, filepath.Join(dir, "big.git"), "show", "main:big.md"); got != text {
		t.Errorf("the text came back as %d bytes, not %d", len(got), len(text))
	}
}
