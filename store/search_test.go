package store_test

import (
	"context"
	"fmt"
	"os"
	"path"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/search"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// everything reads every page of a search's results, each hit named by
// what it is and where, the same way on both engines.
func everything(t *testing.T, db *store.DB, u member.User, q string) (search.Results, []string) {
	t.Helper()
	var names []string
	first, err := db.Search(context.Background(), u, q, 1)
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	for p := 1; p <= first.Pages(); p++ {
		res := first
		if p > 1 {
			if res, err = db.Search(context.Background(), u, q, p); err != nil {
				t.Fatalf("search %q page %d: %v", q, p, err)
			}
		}
		for _, h := range res.Hits {
			names = append(names, hitName(h))
		}
	}
	if len(names) != first.Total && first.Total <= search.MaxPage*search.PerPage {
		t.Errorf("search %q: %d results read of %d counted", q, len(names), first.Total)
	}
	sort.Strings(names)
	return first, names
}

func hitName(h search.Hit) string {
	switch h.Kind {
	case search.KindAmendment:
		return fmt.Sprintf("amendment %d", h.AmendmentID)
	case search.KindComment:
		return fmt.Sprintf("comment %d on %s %s", h.CommentID, h.DocumentSlug, h.SectionNumber)
	}
	return fmt.Sprintf("%s %s v%d %s", h.Kind, h.DocumentSlug, h.VersionNumber, h.SectionNumber)
}

// corpusDocuments imports the newest text of each file of the corpus, the
// real bylaws and policies, as documents of their own.
func corpusDocuments(t *testing.T, db *store.DB) []document.Document {
	t.Helper()
	newest := map[string]corpus.Case{}
	for _, c := range corpus.Load(t) {
		if c.Merged != "" && c.Date >= newest[c.File].Date {
			newest[c.File] = c
		}
	}
	files := make([]string, 0, len(newest))
	for f := range newest {
		files = append(files, f)
	}
	sort.Strings(files)
	var out []document.Document
	for _, f := range files {
		slug := strings.ReplaceAll(strings.TrimSuffix(path.Base(f), ".md"), "_", "-")
		doc, _, err := db.CreateDocument(context.Background(), 0, store.NewDocument{Slug: slug, Title: f, Numbering: document.SchemeZeroBased,
			Markdown: []byte(newest[f].Merged)})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, doc)
	}
	return out
}

// TestSearchTheCorpus imports the real bylaws and searches them as
// members would: words they hold, a plural, typos, words that only an
// amendment and a comment hold. SQLite and PostgreSQL must find the same
// results.
func TestSearchTheCorpus(t *testing.T) {
	queries := []string{"quorum", "dues", "impeach", "members", "member", "qourum", "impeachement", "quorum of council", "levy fees", "Règlement"}
	found := map[string]map[string][]string{} // engine → query → results
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		docs := corpusDocuments(t, db)
		if len(docs) < 10 {
			t.Fatalf("%d documents imported", len(docs))
		}
		reader := account(t, db, "reader", member.RoleMember)
		sponsor := account(t, db, "sponsor", member.RoleMember)
		head, err := db.HeadVersion(ctx, docs[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		nodes, _ := db.Outline(ctx, head.ID)
		last := nodes[len(nodes)-1]
		proposed := head.Markdown[:last.End] + " The council may impeach an officer." + head.Markdown[last.End:]
		a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: docs[0].Slug, BaseVersionID: head.ID,
			Title: "Impeachment of officers", Rationale: "Members need a way to remove an officer.", Proposed: []byte(proposed), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		c, err := db.PostComment(ctx, sponsor, store.NewComment{DocumentSlug: docs[0].Slug, VersionID: head.ID, SectionKey: last.Key,
			Stance: comment.Support, Body: "We should be able to impeach the president."})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{}
		results := map[string]search.Results{}
		for _, q := range queries {
			results[q], got[q] = everything(t, db, reader, q)
		}
		found[string(db.Dialect)] = got

		if len(got["quorum"]) < 10 {
			t.Errorf("quorum: %d results, want the many sections that set one: %v", len(got["quorum"]), got["quorum"])
		}
		for _, h := range results["quorum"].Hits {
			if !h.Head || h.Kind != search.KindText || h.SectionNumber == "" || !hasMatch(h, "quorum") {
				t.Errorf("quorum: %+v is not a numbered section of the text in force with the word marked", h)
			}
		}
		if len(got["dues"]) == 0 || !reflect.DeepEqual(got["dues"], got["due"+"s"]) {
			t.Errorf("dues: %v", got["dues"])
		}
		// A plural finds the singular: "members" and "member" stem alike.
		if len(got["members"]) == 0 || !reflect.DeepEqual(got["members"], got["member"]) {
			t.Errorf("members: %d results, member: %d", len(got["members"]), len(got["member"]))
		}
		wantImpeach := []string{fmt.Sprintf("amendment %d", a.ID), fmt.Sprintf("comment %d on %s %s", c.ID, docs[0].Slug, last.Number)}
		sort.Strings(wantImpeach)
		if !reflect.DeepEqual(got["impeach"], wantImpeach) {
			t.Errorf("impeach: %v, want %v", got["impeach"], wantImpeach)
		}
		// Typos find what was meant. "qourum" matches nothing, and is
		// corrected, which the results say; "impeachement" stems as
		// "impeachment" does, and needs no correction.
		if r := results["qourum"]; len(r.Corrections) != 1 || r.Corrections[0] != (search.Correction{From: "qourum", To: "quorum"}) {
			t.Errorf("qourum: corrections %+v", r.Corrections)
		}
		if r := results["impeachement"]; len(r.Corrections) > 1 || len(r.Corrections) == 1 && r.Corrections[0].To != "impeachment" {
			t.Errorf("impeachement: corrections %+v", r.Corrections)
		}
		if !reflect.DeepEqual(got["qourum"], got["quorum"]) {
			t.Errorf("qourum found %d, quorum %d", len(got["qourum"]), len(got["quorum"]))
		}
		if !reflect.DeepEqual(got["impeachement"], wantImpeach) {
			t.Errorf("impeachement: %v", got["impeachement"])
		}
		if len(results["quorum"].Corrections) != 0 {
			t.Errorf("quorum corrected: %+v", results["quorum"].Corrections)
		}
	})
	if a, b := found["sqlite"], found["postgres"]; a != nil && b != nil {
		for _, q := range queries {
			if !reflect.DeepEqual(a[q], b[q]) {
				t.Errorf("%q: SQLite and PostgreSQL differ:\nsqlite   %v\npostgres %v", q, a[q], b[q])
			}
		}
	} else if os.Getenv(storetest.PostgresEnv) != "" {
		t.Error("one engine found nothing to compare")
	}
}

func hasMatch(h search.Hit, word string) bool {
	for _, f := range h.Snippet {
		if f.Match && strings.Contains(strings.ToLower(f.Text), word) {
			return true
		}
	}
	return false
}

// TestSearchFindsOnlyWhatTheReaderMayRead: an amendment its sponsor has
// never submitted is found by its sponsor alone, and no one is offered its
// words as a correction; a hidden or deleted comment is found by no one,
// whatever their role, its author included; an edited comment is found by
// its new words only. The draft's changed sections are found as the
// draft, the text in force as itself.
func TestSearchFindsOnlyWhatTheReaderMayRead(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sponsor := account(t, db, "sponsor", member.RoleMember)
		author := account(t, db, "author", member.RoleMember)
		everyRole := account(t, db, "all", member.Roles...)
		others := []member.User{author, everyRole}
		_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		names := func(u member.User, q string) []string { _, n := everything(t, db, u, q); return n }
		private, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "Zanzibarian dues",
			Rationale: "Secret plans.", Proposed: []byte(strings.Replace(draft1, "two dollars", "zanzibarian dollars", 1))})
		if err != nil {
			t.Fatal(err)
		}
		withdrawn, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "Quixotic dues",
			Rationale: "Never mind.", Proposed: []byte(strings.Replace(draft1, "two dollars", "quixotic dollars", 1))})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.SetAmendmentStatus(ctx, sponsor, withdrawn.ID, amendment.StatusWithdrawn, ""); err != nil {
			t.Fatal(err)
		}
		want := []string{fmt.Sprintf("amendment %d", private.ID)}
		if got := names(sponsor, "zanzibarian"); !reflect.DeepEqual(got, want) {
			t.Errorf("sponsor finds %v, want their draft", got)
		}
		for _, u := range others {
			for _, q := range []string{"zanzibarian", "zanzibarien", "secret plans", "quixotic"} {
				res, got := everything(t, db, u, q)
				if len(got) != 0 || len(res.Corrections) != 0 {
					t.Errorf("%s searching %q finds %v, corrected %+v, in another's draft", u.Name, q, got, res.Corrections)
				}
			}
		}
		if got := names(sponsor, "quixotic"); len(got) != 1 {
			t.Errorf("sponsor finds %v of their withdrawn draft", got)
		}
		// Submitted, it is every member's.
		if _, err := db.SetAmendmentStatus(ctx, sponsor, private.ID, amendment.StatusSubmitted, ""); err != nil {
			t.Fatal(err)
		}
		for _, u := range others {
			if got := names(u, "zanzibarian"); !reflect.DeepEqual(got, want) {
				t.Errorf("%s finds %v of a submitted amendment", u.Name, got)
			}
		}
		if res, _ := everything(t, db, author, "zanzibarien"); len(res.Corrections) != 1 {
			t.Errorf("a submitted amendment's word is not offered: %+v", res.Corrections)
		}

		nodes, _ := db.Outline(ctx, v1.ID)
		key := nodes[len(nodes)-1].Key
		post := func(body string) comment.Comment {
			c, err := db.PostComment(ctx, author, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: key, Stance: comment.Concern, Body: body})
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		hidden, deleted, edited := post("Hidden words: scurrilous."), post("Deleted words: regrettable."), post("First words: hasty.")
		for _, u := range append(others, sponsor) {
			if got := names(u, "scurrilous"); len(got) != 1 {
				t.Errorf("%s finds %v of a comment", u.Name, got)
			}
		}
		if err := db.HideComment(ctx, everyRole, hidden.ID, comment.RuleSpam, "breaks the rule"); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteComment(ctx, author, deleted.ID); err != nil {
			t.Fatal(err)
		}
		if err := db.EditComment(ctx, author, edited.ID, "Second words: considered."); err != nil {
			t.Fatal(err)
		}
		for _, u := range append(others, sponsor) {
			for _, q := range []string{"scurrilous", "regrettable", "hasty"} {
				if res, got := everything(t, db, u, q); len(got) != 0 || len(res.Corrections) != 0 {
					t.Errorf("%s searching %q finds %v (corrected %+v) of a comment hidden, deleted or edited", u.Name, q, got, res.Corrections)
				}
			}
			if got := names(u, "considered"); len(got) != 1 {
				t.Errorf("%s finds %v of the edited comment", u.Name, got)
			}
		}

		// A draft: its changed clause is found as the draft's, the rest as
		// the text in force.
		if _, err := db.PublishVersion(ctx, 0, store.NewVersion{Slug: "c", Base: v1.ID, Markdown: []byte(draft2), Origin: document.OriginImport}); err != nil {
			t.Fatal(err)
		}
		if got := names(author, "town"); len(got) != 1 || !strings.HasPrefix(got[0], "draft c v2 ") {
			t.Errorf("town: %v, want the draft's clause", got)
		}
		if got := names(author, "city"); len(got) != 1 || !strings.HasPrefix(got[0], "text c v1 ") {
			t.Errorf("city: %v, want the text in force's clause", got)
		}
		if got := names(author, "collectively"); len(got) != 1 || !strings.HasPrefix(got[0], "draft c v2 ") {
			t.Errorf("collectively: %v, want the draft's new article", got)
		}
		if got := names(author, "office"); len(got) != 2 {
			t.Errorf("office: %v, want the clause in force and the draft's", got)
		}
		if got := names(author, "local"); len(got) != 1 || !strings.HasPrefix(got[0], "text c v1 ") {
			t.Errorf("local: %v, want the clause in force once: the draft did not change it", got)
		}
	})
}

// TestSearchSurvivesHostileQueries: whatever a query holds (the syntax of
// FTS5 and tsquery, SQL, 10 KB, bytes that are not UTF-8, nothing at all)
// it is read as words, never fails, and finds what its words find.
func TestSearchSurvivesHostileQueries(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		if _, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)}); err != nil {
			t.Fatal(err)
		}
		u := account(t, db, "reader", member.RoleMember)
		for _, q := range []string{"", "   ", `"`, `""`, "*", "NEAR(", "NEAR(dues", "dues:", ":", "-", "-dues", "&|!", "dues & | !", "'", `\`,
			"dues*", `"dues`, "dues OR", "AND", "NOT dues", "(", ")", "^dues", "{dues}", "title:dues", "'; DROP TABLE search_entries; --",
			"dues\x00", "\xff\xfe", "\u202edues", strings.Repeat("dues ", 2048), strings.Repeat("x", 10240), strings.Repeat("é", 5000),
			"<script>alert(1)</script>", "dues" + search.MarkOpen + "x" + search.MarkClose} {
			res, err := db.Search(ctx, u, q, 1)
			if err != nil {
				t.Errorf("%.40q: %v", q, err)
				continue
			}
			if len(res.Words) > search.MaxQueryWords {
				t.Errorf("%.40q: %d words searched", q, len(res.Words))
			}
			plain, err := db.Search(ctx, u, strings.Join(res.Words, " "), 1)
			if err != nil || plain.Total != res.Total || !reflect.DeepEqual(plain.Hits, res.Hits) {
				t.Errorf("%.40q found %d, its words %q %d (%v)", q, res.Total, res.Words, plain.Total, err)
			}
			if len(res.Words) == 1 && res.Words[0] == "dues" && res.Total != 2 { // the heading and the clause
				t.Errorf("%.40q: dues found %d", q, res.Total)
			}
		}
		for _, page := range []int{-1, 0, 1000} {
			if _, err := db.Search(ctx, u, "dues", page); err != nil {
				t.Errorf("page %d: %v", page, err)
			}
		}
	})
}

// TestSearchMigrationIndexesWhatIsStored: the migration that makes the
// index fills it from the documents, amendments and comments already
// stored, as the use cases would have.
func TestSearchMigrationIndexesWhatIsStored(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sponsor := account(t, db, "sponsor", member.RoleMember)
		reader := account(t, db, "reader", member.RoleMember)
		_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.PublishVersion(ctx, 0, store.NewVersion{Slug: "c", Base: v1.ID, Markdown: []byte(draft2), Origin: document.OriginImport}); err != nil {
			t.Fatal(err)
		}
		head, _ := db.HeadVersion(ctx, v1.DocumentID)
		nodes, _ := db.Outline(ctx, head.ID)
		if _, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: head.ID, Title: "Quixotic",
			Proposed: []byte(strings.Replace(draft2, "town", "village", 1))}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.PostComment(ctx, reader, store.NewComment{DocumentSlug: "c", VersionID: head.ID, SectionKey: nodes[1].Key, Stance: comment.Question, Body: "Which office?"}); err != nil {
			t.Fatal(err)
		}
		queries := []string{"office", "dollars", "town", "village", "quixotic", "collectively", "ofice"}
		before := map[string][]string{}
		for _, q := range queries {
			_, before[q+" by sponsor"] = everything(t, db, sponsor, q)
			_, before[q] = everything(t, db, reader, q)
		}
		if err := db.RedoSearchMigrationForTest(ctx); err != nil {
			t.Fatal(err)
		}
		for _, q := range queries {
			_, bySponsor := everything(t, db, sponsor, q)
			_, byReader := everything(t, db, reader, q)
			if !reflect.DeepEqual(bySponsor, before[q+" by sponsor"]) || !reflect.DeepEqual(byReader, before[q]) {
				t.Errorf("%q after the migration: %v and %v, before: %v and %v", q, bySponsor, byReader, before[q+" by sponsor"], before[q])
			}
		}
		if len(before["village by sponsor"]) != 1 || len(before["village"]) != 0 || len(before["ofice"]) != 3 {
			t.Errorf("before the migration: %v", before)
		}
	})
}

// TestSearchFollowsAMerge: merging an amendment publishes a draft whose
// changed clause is found as the draft's, beside the text in force; the
// amendment merged and the one rebased onto the draft are still found, at
// their sections' numbers in the draft.
func TestSearchFollowsAMerge(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sponsor := account(t, db, "sponsor", member.RoleMember)
		committee := account(t, db, "committee", member.RoleCommittee, member.RoleMember)
		_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetCosponsorsNeeded(ctx, 0, "c", 0); err != nil {
			t.Fatal(err)
		}
		propose := func(from, to string) amendment.Amendment {
			a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "Say " + to,
				Proposed: []byte(strings.Replace(draft1, from, to, 1)), Submit: true})
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
		merged, rebased := propose("two dollars", "three dollars"), propose("city", "metropolis")
		res, err := db.Merge(ctx, committee, "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{merged.ID}})
		if err != nil || len(res.Conflicts) > 0 {
			t.Fatal(res.Conflicts, err)
		}
		_, three := everything(t, db, sponsor, "three")
		want := []string{fmt.Sprintf("amendment %d", merged.ID), "draft c v2 Article II, Section 1(a)"}
		if !reflect.DeepEqual(three, want) {
			t.Errorf("three: %v, want %v", three, want)
		}
		// The words an amendment strikes find it too.
		if _, two := everything(t, db, sponsor, "two"); !reflect.DeepEqual(two, []string{fmt.Sprintf("amendment %d", merged.ID), "text c v1 Article II, Section 1(a)"}) {
			t.Errorf("two: %v", two)
		}
		r, metropolis := everything(t, db, sponsor, "metropolis")
		if !reflect.DeepEqual(metropolis, []string{fmt.Sprintf("amendment %d", rebased.ID)}) || r.Hits[0].SectionNumber != "Article I, Section 1(b)" {
			t.Errorf("metropolis: %v %+v", metropolis, r.Hits)
		}
	})
}

const spanishText = `# Constitución

## Finanzas

### Monto

1. Las cuotas se fijan por votación de los miembros.
1. Las enmiendas aprobadas entran en vigor al día siguiente.
`

// TestSearchSpanish: a document written in Spanish is indexed in the
// Spanish configuration, and found by a plural's singular and by a word
// typed without its accent on both engines; PostgreSQL's Spanish stemmer
// also joins a word's gender and number ("aprobado" finds "aprobadas"),
// which SQLite's Porter stemmer, English, does not. Migration 29 indexes
// again a Spanish document that migration 24 indexed as simple.
func TestSearchSpanish(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		reader := account(t, db, "reader", member.RoleMember)
		doc, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitucion", Title: "Constitución", Numbering: document.SchemeArticle,
			Language: "es", Markdown: []byte(spanishText)})
		if err != nil {
			t.Fatal(err)
		}
		queries := []string{"cuota", "votacion", "Votación", "miembro", "enmienda"}
		if db.Dialect == store.Postgres {
			queries = append(queries, "aprobado")
		}
		check := func(when string) {
			for _, q := range queries {
				if _, hits := everything(t, db, reader, q); len(hits) != 1 || !strings.Contains(hits[0], "constitucion") {
					t.Errorf("%s: %q finds %v, want the clause of the Spanish text", when, q, hits)
				}
			}
			if configs, err := db.SearchConfigsForTest(ctx, doc.ID); err != nil || len(configs) != 1 || configs[0] != "charter_spanish" {
				t.Errorf("%s: indexed with %v (%v), want charter_spanish", when, configs, err)
			}
		}
		check("as imported")
		if err := db.RedoSpanishSearchMigrationForTest(ctx); err != nil {
			t.Fatal(err)
		}
		check("after migration 29")
	})
}
