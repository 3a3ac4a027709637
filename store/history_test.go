package store_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestHistory: a document imported, amended by ballot and then by a merge
// reads back as three versions with what made each, and its bundle, cloned
// by the real git, holds each version's exact text, the adoption tagged
// with its question's hash.
func TestHistory(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 4)
		b := f.notice(t)
		f.open(t, b)
		for _, m := range f.members[:3] {
			if _, err := db.CastBallot(ctx, m, b.ID, []ballot.Choice{ballot.Yes}, hashes(b)); err != nil {
				t.Fatal(err)
			}
		}
		f.closeAndCount(t, b)
		if _, err := db.CertifyBallot(ctx, f.officer, b.ID, "2027-01-01"); err != nil {
			t.Fatal(err)
		}
		adopted, _ := db.HeadVersion(ctx, f.v1.DocumentID)
		a, err := db.ProposeAmendment(ctx, f.members[1], store.NewAmendment{DocumentSlug: "c", BaseVersionID: adopted.ID, Title: "Quorum",
			Proposed: []byte(strings.Replace(adopted.Markdown, "sixty days", "ninety days", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		committee, err := db.CreateUser(ctx, 0, store.NewUser{Email: "committee@example.org", Name: "Committee", Roles: []member.Role{member.RoleCommittee}, Password: "a long enough password", GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: adopted.ID, AmendmentIDs: []int64{a.ID}}); err != nil {
			t.Fatal(err)
		}

		h, err := db.History(ctx, "c")
		if err != nil {
			t.Fatal(err)
		}
		if len(h.Versions) != 3 || h.Document.Slug != "c" {
			t.Fatalf("history: %d versions of %q", len(h.Versions), h.Document.Slug)
		}
		v2, v3 := h.Versions[1], h.Versions[2]
		if v2.Ballot == nil || v2.Ballot.ID != b.ID || len(v2.Ballot.Questions) != 1 || v2.Ballot.Questions[0].SnapshotSHA256 != b.Questions[0].SHA256 ||
			len(v2.Merged) != 1 || v2.Merged[0].ID != f.amendment.ID || v2.Version.Effective != "2027-01-01" {
			t.Errorf("the adoption: %+v", v2)
		}
		if len(v3.Merged) != 1 || v3.Merged[0].ID != a.ID || v3.Merged[0].Sponsor.Name != f.members[1].Name || v3.By.ID != committee.ID {
			t.Errorf("the merge: %+v", v3)
		}

		if _, err := exec.LookPath("git"); err != nil {
			t.Skip("git is not installed: the bundle is checked by git itself (apt-get install git)")
		}
		var bundle bytes.Buffer
		if err := h.WriteBundle(&bundle); err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "c.bundle")
		_ = os.WriteFile(path, bundle.Bytes(), 0o644)
		run := func(args ...string) string {
			out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput()
			if err != nil {
				t.Fatalf("git %v: %v\n%s", args, err, out)
			}
			return string(out)
		}
		run("clone", "-q", path, "clone")
		dir = filepath.Join(dir, "clone")
		run("fsck", "--strict")
		log := strings.Split(strings.TrimSpace(run("log", "--reverse", "--format=%H %s")), "\n")
		if len(log) != 3 || !strings.HasSuffix(log[1], "adopted by ballot #"+strconv.FormatInt(b.ID, 10)) {
			t.Fatalf("log: %q", log)
		}
		for i, line := range log {
			want, _ := db.VersionMarkdown(ctx, h.Versions[i].Version.ID)
			got := run("show", strings.Fields(line)[0]+":c.md")
			if got != want || document.Hash([]byte(got)) != h.Versions[i].Version.SHA256 {
				t.Errorf("version %d: the commit's file is not the stored text", i+1)
			}
		}
		tag := "v2-adopted-ballot-" + strconv.FormatInt(b.ID, 10)
		if got := strings.TrimSpace(run("rev-parse", tag+"^{commit}")); got != strings.Fields(log[1])[0] {
			t.Errorf("%s points at %s", tag, got)
		}
		if msg := run("tag", "-l", "--format=%(contents)", tag); !strings.Contains(msg, b.Questions[0].SHA256) {
			t.Errorf("tag message lacks the question's hash:\n%s", msg)
		}
	})
}
