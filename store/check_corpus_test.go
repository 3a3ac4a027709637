package store_test

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestCheckKeepsQuietOnTheCorpusHistory replays the real corpus as Charter
// would have recorded it: each file imported, then each real proposal
// written against its real base and merged into the real head as the text
// its council adopted, in the order they were adopted. Every word a later
// proposal struck was struck by a merge, so `charter check` must find
// nothing. Then, for each file, the first text is published again over the
// head behind the base check, as a stale write would: the check must name
// that version, and every amendment of that file.
func TestCheckKeepsQuietOnTheCorpusHistory(t *testing.T) {
	cases := corpus.Load(t)
	db := storetest.SQLite(t)
	ctx := context.Background()
	sponsor, committee, _, _ := mergeFixture(t, db)
	byFile := map[string][]corpus.Case{}
	var files []string
	for _, c := range cases {
		if byFile[c.File] == nil {
			files = append(files, c.File)
		}
		byFile[c.File] = append(byFile[c.File], c)
	}
	sort.Strings(files)
	merged := map[string][]int64{} // slug → amendments merged
	first := map[string]string{}   // slug → the text imported first
	for i, file := range files {
		slug := fmt.Sprintf("file-%d", i)
		versions := map[string]document.Version{} // text → version
		var head document.Version
		for rest := byFile[file]; len(rest) > 0; {
			// The next case is the one merged into the current head.
			k := slices.IndexFunc(rest, func(c corpus.Case) bool { return c.Mainline == head.Markdown })
			if k < 0 {
				t.Fatalf("%s: no case merges into version %d", file, head.Number)
			}
			c := rest[k]
			rest = slices.Delete(rest, k, k+1)
			switch {
			case c.Base == "":
				_, v, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: slug, Title: file, Numbering: document.SchemeZeroBased, Markdown: []byte(c.Merged)})
				if err != nil {
					t.Fatalf("%s: %v", c.ID, err)
				}
				if err := db.SetCosponsorsNeeded(ctx, 0, slug, 0); err != nil {
					t.Fatal(err)
				}
				head, first[slug] = v, v.Markdown
			case c.Proposed == c.Base || c.Merged == c.Mainline:
				continue // nothing to propose, or nothing adopted
			default:
				base, ok := versions[c.Base]
				if !ok {
					t.Fatalf("%s: its base is no version of %s", c.ID, file)
				}
				a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: slug, BaseVersionID: base.ID, Title: c.ID, Proposed: []byte(c.Proposed), Submit: true})
				if err != nil {
					t.Fatalf("%s: propose: %v", c.ID, err)
				}
				res, err := db.Merge(ctx, committee, slug, store.MergeRequest{ExpectedHead: head.ID, AmendmentIDs: []int64{a.ID}, Text: c.Merged})
				if err != nil || res.Version.ID == 0 {
					t.Fatalf("%s: merge: %v", c.ID, err)
				}
				head = res.Version
				merged[slug] = append(merged[slug], a.ID)
			}
			versions[head.Markdown] = head
		}
	}
	in, err := db.CheckIntegrity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Problems) > 0 {
		t.Errorf("the corpus's history, merged as adopted: %q", in.Problems)
	}
	total := 0
	for _, ids := range merged {
		total += len(ids)
	}
	if in.Followed != total || total < 20 {
		t.Errorf("followed %d amendments; %d were merged", in.Followed, total)
	}

	// The first text of each file, published again over its head.
	stale := map[string]int{}
	for slug := range merged {
		v, err := db.PublishUncheckedForTest(ctx, committee.ID, slug, []byte(first[slug]))
		if err != nil {
			t.Fatal(err)
		}
		stale[slug] = v.Number
	}
	in, err = db.CheckIntegrity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	named := regexp.MustCompile(`^amendment (\d+), taken into version \d+ of (\S+): version (\d+), a publication by C and not`)
	undone := map[int64]bool{}
	for _, p := range in.Problems {
		m := named.FindStringSubmatch(p)
		if m == nil {
			t.Errorf("not a lost amendment: %s", p)
			continue
		}
		id, _ := strconv.ParseInt(m[1], 10, 64)
		if !slices.Contains(merged[m[2]], id) || m[3] != strconv.Itoa(stale[m[2]]) {
			t.Errorf("names the wrong amendment or version: %s", p)
		}
		undone[id] = true
	}
	// Every proposal of the corpus changed words that the first text has
	// otherwise, and no later proposal rewrote all of them: the stale
	// writes undid every one.
	for slug, ids := range merged {
		for _, id := range ids {
			if !undone[id] {
				t.Errorf("%s: the stale write undid amendment %d and it is not named", slug, id)
			}
		}
	}
	t.Logf("%d amendments merged in %d files; the stale writes undid %d of them (%d problems)", total, len(merged), len(undone), len(in.Problems))
}
