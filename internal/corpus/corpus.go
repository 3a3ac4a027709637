// Package corpus loads the real amendment corpus kept beside the checkout
// (../shared/corpus) for tests of numbering, redlines and rebasing.
package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// Case is one Markdown file changed by one merged proposal. Text fields
// hold the file's content; "" where the file did not exist.
type Case struct {
	ID         string
	File       string
	Date       string
	Concurrent bool
	Base       string
	Proposed   string
	Mainline   string
	Merged     string

	BaseSHA, ProposedSHA, MainlineSHA, MergedSHA string
}

// Text is one distinct text of the corpus.
type Text struct {
	SHA  string
	File string
	Date string // the date of the newest case that holds it
	Body []byte
}

// Dir finds skule-bylaws: $CHARTER_CORPUS, else shared/corpus/skule-bylaws
// in the nearest ancestor of the working directory that has it.
func Dir() (string, error) {
	if d := os.Getenv("CHARTER_CORPUS"); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		candidate := filepath.Join(dir, "shared", "corpus", "skule-bylaws")
		if _, err := os.Stat(filepath.Join(candidate, "cases.json")); err == nil {
			return candidate, nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("corpus: no shared/corpus/skule-bylaws above %s; set CHARTER_CORPUS to run the tests that read it (see the README)", wd)
		}
	}
}

// Load reads every case. Without the corpus a test is skipped on a
// developer's machine but fails in CI, where the corpus must be present.
func Load(t testing.TB) []Case {
	t.Helper()
	dir, err := Dir()
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []struct {
		ID         string  `json:"id"`
		File       string  `json:"file"`
		Date       string  `json:"date"`
		Concurrent bool    `json:"concurrent"`
		Base       *string `json:"base"`
		Proposed   *string `json:"proposed"`
		Mainline   *string `json:"mainline"`
		Merged     *string `json:"merged"`
	}
	if err := json.Unmarshal(raw, &rows); err != nil {
		t.Fatalf("corpus: cases.json: %v", err)
	}
	read := func(sha *string) (string, string) {
		if sha == nil {
			return "", ""
		}
		b, err := os.ReadFile(filepath.Join(dir, "blobs", *sha+".md"))
		if err != nil {
			t.Fatalf("corpus: %v", err)
		}
		return *sha, string(b)
	}
	cases := make([]Case, len(rows))
	for i, r := range rows {
		c := Case{ID: r.ID, File: r.File, Date: r.Date, Concurrent: r.Concurrent}
		c.BaseSHA, c.Base = read(r.Base)
		c.ProposedSHA, c.Proposed = read(r.Proposed)
		c.MainlineSHA, c.Mainline = read(r.Mainline)
		c.MergedSHA, c.Merged = read(r.Merged)
		cases[i] = c
	}
	return cases
}

// Texts returns every distinct text of the corpus, sorted by file then date.
func Texts(cases []Case) []Text {
	byHash := map[string]Text{}
	for _, c := range cases {
		for _, pair := range [][2]string{{c.BaseSHA, c.Base}, {c.ProposedSHA, c.Proposed}, {c.MainlineSHA, c.Mainline}, {c.MergedSHA, c.Merged}} {
			if pair[0] == "" {
				continue
			}
			if prev, ok := byHash[pair[0]]; !ok || c.Date > prev.Date {
				byHash[pair[0]] = Text{SHA: pair[0], File: c.File, Date: c.Date, Body: []byte(pair[1])}
			}
		}
	}
	out := make([]Text, 0, len(byHash))
	for _, t := range byHash {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].SHA < out[j].SHA
	})
	return out
}
