package main

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// releaseFixture holds databases the previous release made, with its own
// binary, through its command line and HTTP interface: a vacuumed SQLite
// file (gzipped), a plain pg_dump of the same history on PostgreSQL, and
// manifest.json saying what they hold. At each release, make them again
// from the release's commit with scripts/release-fixture (its comment says
// how: go run ./scripts/release-fixture -commit REV -postgres URL) and
// commit the directory; docs/operator-guide.md, "Upgrading", says the same.
const releaseFixture = "testdata/release"

// releaseManifest is scripts/release-fixture's manifest.json.
type releaseManifest struct {
	Commit   string
	Schema   int
	SQLite   releaseSite
	Postgres *releaseSite
}

type releaseSite struct {
	Document, Bylaws         string
	Versions                 int
	Member, Password, Token  string
	Section, Comment, Answer string
	Amendment, Pending       int64
	AmendmentText            string
	Ballot, Noticed          int64
	Results                  []struct {
		Yes, No, Abstain int
		Adopted          bool
	}
	Tracker string
}

// TestUpgradeFromPreviousRelease upgrades copies of the previous release's
// databases with the binary of the current code: `charter check` migrates
// them and finds nothing wrong, `charter serve` shows what the release
// stored (the adopted text, the comment and its answer, the certified
// ballot's result and the member's tracker, the amendments and the ballot
// still in notice), a member logs in with the password the release set
// and writes, and `charter audit verify` finds the release's chain intact.
func TestUpgradeFromPreviousRelease(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	data, err := os.ReadFile(filepath.Join(releaseFixture, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m releaseManifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if m.Schema > store.SchemaVersion() {
		t.Fatalf("the fixture's release (%s) is at schema %d, newer than this code's %d", m.Commit, m.Schema, store.SchemaVersion())
	}
	bin := buildCharter(t)
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "charter.db")
		gunzip(t, filepath.Join(releaseFixture, "charter.db.gz"), path)
		upgradeRelease(t, bin, "sqlite:"+path, m.Schema, m.SQLite)
	})
	if os.Getenv(storetest.PostgresEnv) != "" {
		t.Run("postgres", func(t *testing.T) {
			if m.Postgres == nil {
				t.Fatal("the fixture has no PostgreSQL dump: make it again with -postgres")
			}
			psql, err := exec.LookPath("psql")
			if err != nil {
				t.Skip("psql is needed to load the release's dump")
			}
			addr, err := storetest.NewPostgresDatabase(t)
			if err != nil {
				t.Fatal(err)
			}
			load := exec.Command(psql, "--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1", "--dbname", addr, "--file", filepath.Join(releaseFixture, "charter.sql"))
			if out, err := load.CombinedOutput(); err != nil {
				t.Fatalf("psql: %v\n%s", err, out)
			}
			upgradeRelease(t, bin, addr, m.Schema, *m.Postgres)
		})
	}
}

func upgradeRelease(t *testing.T, bin, addr string, from int, s releaseSite) {
	if v := schemaVersion(t, addr); v != from {
		t.Fatalf("the release's database is at schema %d, its manifest says %d", v, from)
	}
	// The release kept an invitation's link in the outbox until it was
	// sent, which without a mail server is never; the upgrade keeps only
	// the invitation's hash, as the current code queues it.
	secrets := countRows(t, addr, "outbox", `personal LIKE '%"secret":"ci_%'`)
	if secrets == 0 {
		t.Fatal("the fixture has no invitation waiting in the outbox: make it again with scripts/release-fixture")
	}
	charterCheck(t, bin, addr)
	if v := schemaVersion(t, addr); v != store.SchemaVersion() {
		t.Errorf("after charter check: schema %d, want %d", v, store.SchemaVersion())
	}
	if n := countRows(t, addr, "outbox", `personal LIKE '%"secret"%'`); n != 0 {
		t.Errorf("after the upgrade %d outbox rows still hold an invitation's secret", n)
	}
	if n := countRows(t, addr, "outbox", `personal LIKE '%"invitation":"%'`); n != secrets {
		t.Errorf("after the upgrade %d outbox rows name their invitation by its hash, want %d", n, secrets)
	}

	server := startCharter(t, bin, addr)
	b := newBrowser(t)
	b.logInWith(t, server.base, s.Member, s.Password)
	pages := map[string][]string{
		"/documents/" + s.Document: {s.AmendmentText},
		"/documents/" + s.Bylaws:   {"Fifteen members are a quorum."},
		fmt.Sprintf("/documents/%s/sections/%s", s.Document, s.Section): {s.Comment, s.Answer},
		fmt.Sprintf("/ballots/%d", s.Ballot):                            {s.Tracker},
		fmt.Sprintf("/amendments/%d", s.Amendment):                      {"Lower the dues cap"},
		fmt.Sprintf("/amendments/%d", s.Pending):                        {"A third month&#39;s grace"},
		fmt.Sprintf("/ballots/%d", s.Noticed):                           {"A strike fund"},
	}
	for path, want := range pages {
		a, _ := b.get(t, server.base+path)
		if a.status != http.StatusOK {
			t.Errorf("%s: %s", path, describe(a))
			continue
		}
		for _, w := range want {
			if !strings.Contains(a.body, w) {
				t.Errorf("%s: no %q on the page", path, w)
			}
		}
	}

	var res struct {
		Results []struct {
			Yes, No, Abstain int
			Adopted          bool
		} `json:"results"`
		Papers []struct {
			Tracker string `json:"tracker"`
		} `json:"papers"`
	}
	a := api(t, http.MethodGet, fmt.Sprintf("%s/api/v1/ballots/%d/results", server.base, s.Ballot), s.Token, nil)
	if err := jsonInto(a.body, &res); err != nil || a.status != http.StatusOK {
		t.Fatalf("results: %v %s", err, describe(a))
	}
	if got, want := fmt.Sprint(res.Results), fmt.Sprint(s.Results); got != want || len(s.Results) == 0 {
		t.Fatalf("results after the upgrade %s, the release published %s", got, want)
	}
	if votes := s.Results[0].Yes + s.Results[0].No + s.Results[0].Abstain; len(res.Papers) != votes {
		t.Errorf("%d papers published, %d ballots counted", len(res.Papers), votes)
	}
	var doc struct {
		Versions []struct { // newest first
			ID   int64  `json:"id"`
			Kind string `json:"kind"`
		} `json:"versions"`
	}
	a = api(t, http.MethodGet, server.base+"/api/v1/documents/"+s.Document, s.Token, nil)
	if err := jsonInto(a.body, &doc); err != nil || len(doc.Versions) != s.Versions || doc.Versions[0].Kind != "adopted" {
		t.Fatalf("the document's versions after the upgrade: %v %s", err, describe(a))
	}
	for id, want := range map[int64]string{s.Amendment: "adopted", s.Pending: "submitted"} {
		var am struct {
			Status string `json:"status"`
		}
		a := api(t, http.MethodGet, fmt.Sprintf("%s/api/v1/amendments/%d", server.base, id), s.Token, nil)
		if err := jsonInto(a.body, &am); err != nil || am.Status != want {
			t.Errorf("amendment %d: status %q, want %q (%v)", id, am.Status, want, err)
		}
	}
	// The upgraded database takes writes: a comment on the adopted text.
	a = api(t, http.MethodPost, server.base+"/api/v1/documents/"+s.Document+"/comments", s.Token,
		map[string]any{"version_id": doc.Versions[0].ID, "section_key": s.Section, "stance": "support", "body": "Written after the upgrade."})
	if a.status != http.StatusCreated {
		t.Errorf("a comment after the upgrade: %s", describe(a))
	}
	server.stop(t)

	out, err := exec.Command(bin, "audit", "verify", "--db", addr).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "intact") {
		t.Errorf("charter audit verify: %v\n%s", err, out)
	}
}

// gunzip writes the decompressed file src to dst.
func gunzip(t *testing.T, src, dst string) {
	t.Helper()
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, zr); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
