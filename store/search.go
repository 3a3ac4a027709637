package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/search"
	"github.com/charter-org/charter/translation"
)

// The search index. Every searchable text is one row of search_entries: a
// section of the text in force, a section of the current draft that reads
// otherwise, an amendment (title, rationale and the words it strikes and
// inserts), a comment that anyone may read. Each use case that changes one
// of them rewrites its rows in its own transaction. What only one member
// may read (an amendment they have never submitted) names them in
// private_to; a hidden or deleted comment has no row at all.
//
// This file is the one place that writes the engines' full-text SQL:
//   - SQLite: an FTS5 table over search_entries (external content, kept by
//     triggers made in the migration), porter stemming over unicode61 with
//     diacritics removed;
//   - PostgreSQL: a tsvector column with a GIN index, made from the text's
//     words by the configuration of the document's language
//     (charter_english, charter_french, charter_spanish: the snowball
//     stemmers without stop words, so that both engines find the same rows;
//     else simple).
//
// Both are given the words search.Words reads, so that both split a text
// alike. search_words counts, for each word of what every member may read,
// the entries holding it: a query word that matches nothing is corrected to
// the nearest of them, the same way on both engines.

// searchEntry is a row of the index.
type searchEntry struct {
	ID         int64
	Kind       string
	DocumentID int64
	RefID      int64 // the version, amendment or comment
	SectionKey string
	Number     string
	PrivateTo  *int64 // the one member who may find it; nil for every member
	Config     string // the text search configuration of its language
	Language   string // a translation's language; "" for the document's own
	Title      string
	Body       string
}

func (searchEntry) TableName() string { return "search_entries" }

func (e searchEntry) identity() string {
	return fmt.Sprintf("%s/%d/%s/%s", e.Kind, e.RefID, e.SectionKey, e.Language)
}

func (e searchEntry) same(o searchEntry) bool {
	samePrivacy := (e.PrivateTo == nil) == (o.PrivateTo == nil) && (e.PrivateTo == nil || *e.PrivateTo == *o.PrivateTo)
	return samePrivacy && e.Number == o.Number && e.Config == o.Config && e.Language == o.Language && e.Title == o.Title && e.Body == o.Body
}

// Text search configurations, by language.
const (
	configEnglish = "charter_english"
	configFrench  = "charter_french"
	configSpanish = "charter_spanish"
	configSimple  = "simple"
)

// searchConfigs lists them, for the query that tries each.
var searchConfigs = []string{configEnglish, configFrench, configSpanish, configSimple}

// searchMigration is what migration 23 runs on each engine, after the
// portable tables.
var searchMigration = map[Dialect][]string{
	SQLite: {
		`CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_entries', content_rowid='id',
			tokenize='porter unicode61 remove_diacritics 2')`,
		`CREATE TRIGGER search_entries_in AFTER INSERT ON search_entries BEGIN
			INSERT INTO search_fts(rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
		END`,
		`CREATE TRIGGER search_entries_out AFTER DELETE ON search_entries BEGIN
			INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
		END`,
		`CREATE TRIGGER search_entries_changed AFTER UPDATE OF title, body ON search_entries BEGIN
			INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
			INSERT INTO search_fts(rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
		END`,
	},
	Postgres: {
		`CREATE TEXT SEARCH DICTIONARY charter_english_stem (TEMPLATE = snowball, Language = english)`,
		`CREATE TEXT SEARCH CONFIGURATION charter_english (COPY = english)`,
		`ALTER TEXT SEARCH CONFIGURATION charter_english ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart WITH charter_english_stem`,
		`CREATE TEXT SEARCH DICTIONARY charter_french_stem (TEMPLATE = snowball, Language = french)`,
		`CREATE TEXT SEARCH CONFIGURATION charter_french (COPY = french)`,
		`ALTER TEXT SEARCH CONFIGURATION charter_french ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart WITH charter_french_stem`,
		spanishConfig[0], spanishConfig[1], spanishConfig[2],
		`ALTER TABLE search_entries ADD COLUMN tsv tsvector NOT NULL DEFAULT ''`,
		`CREATE INDEX search_entries_tsv ON search_entries USING GIN (tsv)`,
	},
}

func dialectOf(tx *gorm.DB) Dialect {
	if tx.Dialector.Name() == "postgres" {
		return Postgres
	}
	return SQLite
}

// languageConfig is the configuration for a document's language, a BCP 47
// tag ("en", "fr-CA"); the simple one for a language without a stemmer.
func languageConfig(lang string) string {
	lang = strings.ToLower(lang)
	switch {
	case lang == "" || lang == "en" || strings.HasPrefix(lang, "en-"):
		return configEnglish
	case lang == "fr" || strings.HasPrefix(lang, "fr-"):
		return configFrench
	case lang == "es" || strings.HasPrefix(lang, "es-"):
		return configSpanish
	}
	return configSimple
}

// documentConfig is the configuration of a document's language.
func documentConfig(tx *gorm.DB, documentID int64) (string, error) {
	var lang string
	err := tx.Table("documents").Select("language").Where("id = ?", documentID).Scan(&lang).Error
	return languageConfig(lang), err
}

// wordCounts is a change to search_words: entries gained or lost, by word.
type wordCounts map[string]int

func (w wordCounts) add(e searchEntry, n int) {
	if e.PrivateTo != nil {
		return // a private text's words are not suggested to anyone
	}
	for word := range search.Vocabulary(e.Title + " " + e.Body) {
		w[word] += n
	}
}

// save applies the change, in batches, in word order.
func (w wordCounts) save(tx *gorm.DB) error {
	words := make([]string, 0, len(w))
	removed := false
	for word, n := range w {
		if n != 0 {
			words = append(words, word)
			removed = removed || n < 0
		}
	}
	sort.Strings(words)
	for lo := 0; lo < len(words); lo += insertBatch {
		batch := words[lo:min(lo+insertBatch, len(words))]
		values := make([]string, len(batch))
		args := make([]any, 0, 3*len(batch))
		for i, word := range batch {
			values[i] = "(?, ?, ?)"
			args = append(args, word, utf8.RuneCountInString(word), w[word])
		}
		if err := tx.Exec("INSERT INTO search_words (word, length, entries) VALUES "+strings.Join(values, ", ")+
			" ON CONFLICT (word) DO UPDATE SET entries = search_words.entries + excluded.entries", args...).Error; err != nil {
			return fmt.Errorf("search words: %w", err)
		}
	}
	if removed {
		return tx.Exec("DELETE FROM search_words WHERE entries <= 0").Error
	}
	return nil
}

// insertEntries adds rows to the index. On SQLite the triggers index them
// in FTS5; on PostgreSQL each row's tsvector is made here, from its words.
func insertEntries(tx *gorm.DB, rows []searchEntry, words wordCounts) error {
	translated := false
	for i := range rows {
		rows[i].Title, rows[i].Body = search.Clean(rows[i].Title), search.Clean(rows[i].Body)
		words.add(rows[i], 1)
		translated = translated || rows[i].Language != ""
	}
	// The language column came with translations (migration 30): the
	// fills of earlier migrations index rows without it.
	if dialectOf(tx) == SQLite {
		if len(rows) == 0 {
			return nil
		}
		if !translated {
			tx = tx.Omit("Language")
		}
		return tx.CreateInBatches(rows, insertBatch).Error
	}
	columns, marks := "kind, document_id, ref_id, section_key, number, private_to, config, title, body", "?, ?, ?, ?, ?, ?, ?, ?, ?"
	if translated {
		columns, marks = columns+", language", marks+", ?"
	}
	for lo := 0; lo < len(rows); lo += insertBatch {
		batch := rows[lo:min(lo+insertBatch, len(rows))]
		values := make([]string, len(batch))
		args := make([]any, 0, 14*len(batch))
		for i, e := range batch {
			values[i] = "(" + marks + ", setweight(to_tsvector(CAST(? AS regconfig), ?), 'A') || setweight(to_tsvector(CAST(? AS regconfig), ?), 'B'))"
			args = append(args, e.Kind, e.DocumentID, e.RefID, e.SectionKey, e.Number, e.PrivateTo, e.Config, e.Title, e.Body)
			if translated {
				args = append(args, e.Language)
			}
			args = append(args, e.Config, search.Normalized(e.Title), e.Config, search.Normalized(e.Body))
		}
		if err := tx.Exec("INSERT INTO search_entries ("+columns+", tsv) VALUES "+strings.Join(values, ", "), args...).Error; err != nil {
			return fmt.Errorf("index: %w", err)
		}
	}
	return nil
}

// deleteEntries takes rows out of the index.
func deleteEntries(tx *gorm.DB, rows []searchEntry, words wordCounts) error {
	ids := make([]int64, len(rows))
	for i, e := range rows {
		ids[i] = e.ID
		words.add(e, -1)
	}
	for lo := 0; lo < len(ids); lo += 500 {
		if err := tx.Where("id IN ?", ids[lo:min(lo+500, len(ids))]).Delete(&searchEntry{}).Error; err != nil {
			return err
		}
	}
	return nil
}

// syncEntries makes the rows of scope what want says: a row already
// indexed as wanted stays, the others are deleted or added.
func syncEntries(tx *gorm.DB, scope func(*gorm.DB) *gorm.DB, want []searchEntry) error {
	var have []searchEntry
	if err := scope(tx.Model(&searchEntry{})).Find(&have).Error; err != nil {
		return err
	}
	for i := range want {
		want[i].Title, want[i].Body = search.Clean(want[i].Title), search.Clean(want[i].Body)
	}
	wanted := make(map[string]searchEntry, len(want))
	for _, e := range want {
		wanted[e.identity()] = e
	}
	kept := map[string]bool{}
	var gone []searchEntry
	for _, e := range have {
		if w, ok := wanted[e.identity()]; ok && w.same(e) && !kept[e.identity()] {
			kept[e.identity()] = true
			continue
		}
		gone = append(gone, e)
	}
	var added []searchEntry
	for _, e := range want {
		if !kept[e.identity()] {
			added = append(added, e)
		}
	}
	words := wordCounts{}
	if err := deleteEntries(tx, gone, words); err != nil {
		return err
	}
	if err := insertEntries(tx, added, words); err != nil {
		return err
	}
	return words.save(tx)
}

// indexVersions keeps a document's sections in the index: every section
// of the text in force, and each section of the current draft (when the
// draft is not the text in force) whose words differ from the text in
// force's. Called by every use case that publishes or adopts a version.
func indexVersions(tx *gorm.DB, documentID int64) error { return indexText(tx, documentID, true) }

// indexText is indexVersions, with the translations or without.
func indexText(tx *gorm.DB, documentID int64, withTranslations bool) error {
	var doc documentRow
	if err := tx.Where("id = ?", documentID).Take(&doc).Error; err != nil {
		return err
	}
	inForce, err := adoptedVersion(tx, documentID)
	if err != nil {
		return err
	}
	head, err := headVersion(tx, documentID)
	if err != nil {
		return err
	}
	scheme := document.Scheme(doc.Numbering)
	inForceText, err := restoreVersion(tx, inForce, scheme)
	if err != nil {
		return err
	}
	config := languageConfig(doc.Language)
	want := sectionEntries(search.KindText, documentID, inForce.ID, inForceText, config)
	if head.ID != inForce.ID {
		headText, err := restoreVersion(tx, head, scheme)
		if err != nil {
			return err
		}
		inForceSections := map[string]string{}
		for _, e := range want {
			inForceSections[e.SectionKey] = e.Title + "\n" + e.Body
		}
		for _, e := range sectionEntries(search.KindDraft, documentID, head.ID, headText, config) {
			if text, ok := inForceSections[e.SectionKey]; !ok || text != e.Title+"\n"+e.Body {
				want = append(want, e)
			}
		}
	}
	if err := syncEntries(tx, func(q *gorm.DB) *gorm.DB {
		return q.Where("document_id = ? AND kind IN ?", documentID, []string{string(search.KindText), string(search.KindDraft)})
	}, want); err != nil {
		return err
	}
	// A migration's fill indexes what its version's tables hold, before
	// translations had a table.
	if !withTranslations {
		return nil
	}
	return indexTranslations(tx, documentID, translationScope{})
}

// translationScope narrows indexTranslations to what a translation saved
// may have changed: its language, and the sections of its words. The
// zero scope is everything.
type translationScope struct {
	language string
	sha256   string
}

// indexTranslations keeps a document's translations in the index: each
// section of the current version translated from its present words, in
// its language's configuration, found as a section of the current
// version.
func indexTranslations(tx *gorm.DB, documentID int64, scope translationScope) error {
	langs, err := translationLanguages(tx, documentID)
	if err != nil {
		return err
	}
	if scope.language != "" {
		langs = []string{scope.language}
	}
	var keys []string
	var want []searchEntry
	if len(langs) > 0 {
		head, err := headVersion(tx, documentID)
		if err != nil {
			return err
		}
		nodes, err := outlineOf(tx, head.ID)
		if err != nil {
			return err
		}
		segs := translation.Segments(head.Markdown, nodes)
		for _, lang := range langs {
			ts, err := translationsInto(tx, documentID, lang)
			if err != nil {
				return err
			}
			for _, s := range translation.Align(segs, nodes, ts, 0) {
				if scope.sha256 != "" && s.Segment.Hash() != scope.sha256 {
					continue
				}
				keys = append(keys, s.Node.Key)
				if s.Status != translation.Current {
					continue
				}
				// A translation is named by its row: the index holds one row
				// per kind, reference and section.
				e := searchEntry{Kind: string(search.KindTranslation), DocumentID: documentID, RefID: s.Translation.ID, SectionKey: s.Node.Key,
					Number: s.Node.Number, Config: languageConfig(lang), Language: lang, Body: search.Plain(s.Translation.Body)}
				if s.Node.Kind == document.KindHeading {
					e.Title, _, _ = strings.Cut(s.Translation.Body, "\n")
				}
				want = append(want, e)
			}
		}
	}
	return syncEntries(tx, func(q *gorm.DB) *gorm.DB {
		q = q.Where("document_id = ? AND kind = ?", documentID, string(search.KindTranslation))
		if scope.language != "" {
			q = q.Where("language = ?", scope.language)
		}
		if scope.sha256 != "" {
			q = q.Where("section_key IN ?", keys)
		}
		return q
	}, want)
}

// sectionEntries is a version's sections as rows: each section's own text
// (up to its first sub-section), its heading as its title.
func sectionEntries(kind search.Kind, documentID, versionID int64, p *document.Parsed, config string) []searchEntry {
	nodes := p.Outline.Nodes
	out := make([]searchEntry, 0, len(nodes))
	for i, n := range nodes {
		end := n.End
		if i+1 < len(nodes) && nodes[i+1].Start < end {
			end = nodes[i+1].Start
		}
		e := searchEntry{Kind: string(kind), DocumentID: documentID, RefID: versionID, SectionKey: n.Key, Number: n.Number, Config: config,
			Body: search.Plain(string(p.Source.Text[n.Start:end]))}
		if n.Kind == document.KindHeading {
			e.Title = n.Heading
		}
		out = append(out, e)
	}
	return out
}

// indexAmendment keeps an amendment in the index: its title, its
// rationale and the words it strikes and inserts, found only by its
// sponsor while it is private.
func indexAmendment(tx *gorm.DB, id int64) error {
	a, err := amendmentByID(tx, id)
	if err != nil {
		return err
	}
	base, err := amendmentBaseText(tx, a)
	if err != nil {
		return err
	}
	cmp, err := amendment.Compare(base, []byte(a.Proposed))
	if err != nil {
		return fmt.Errorf("index amendment %d: %w", id, err)
	}
	config, err := documentConfig(tx, a.DocumentID)
	if err != nil {
		return err
	}
	e := searchEntry{Kind: string(search.KindAmendment), DocumentID: a.DocumentID, RefID: a.ID, Config: config, Title: a.Title}
	var changed []string
	for i, c := range cmp.Changes {
		if i == 0 {
			e.SectionKey, e.Number = c.Key, c.Number
			if e.Number == "" {
				e.Number = c.NewNumber
			}
		}
		for _, op := range c.Ops {
			if op.Kind != redline.Equal { // struck or inserted
				changed = append(changed, op.Text)
			}
		}
	}
	e.Body = strings.TrimSpace(a.Rationale + "\n" + search.Plain(strings.Join(changed, " ")))
	if a.Private() {
		e.PrivateTo = &a.SponsorID
	}
	return syncEntries(tx, func(q *gorm.DB) *gorm.DB {
		return q.Where("kind = ? AND ref_id = ?", string(search.KindAmendment), id)
	}, []searchEntry{e})
}

// renumberAmendments keeps the index of amendments carried onto a new
// draft: a clean rebase carries the same words struck and inserted onto
// it, so only the number of the section each changes first may differ.
// (Comparing each again would cost a merge with 500 pending amendments
// about 2 s more, 4 ms each, under SQLite's write lock.)
func renumberAmendments(tx *gorm.DB, ids []int64, versionID int64) error {
	if len(ids) == 0 {
		return nil
	}
	nodes, err := outlineOf(tx, versionID)
	if err != nil {
		return err
	}
	numbers := make(map[string]string, len(nodes))
	for _, n := range nodes {
		numbers[n.Key] = n.Number
	}
	for lo := 0; lo < len(ids); lo += 500 {
		var entries []searchEntry
		if err := tx.Select("id, section_key, number").Where("kind = ? AND ref_id IN ?", string(search.KindAmendment), ids[lo:min(lo+500, len(ids))]).
			Find(&entries).Error; err != nil {
			return err
		}
		for _, e := range entries {
			if n, ok := numbers[e.SectionKey]; ok && n != e.Number {
				if err := tx.Model(&searchEntry{}).Where("id = ?", e.ID).Update("number", n).Error; err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// amendmentBaseText is the text an amendment changes: its base version,
// or its primary's proposed text.
func amendmentBaseText(tx *gorm.DB, a amendment.Amendment) (*document.Parsed, error) {
	base, err := versionText(tx, a.DocumentID, a.BaseVersionID)
	if err != nil || a.ParentID == 0 {
		return base, err
	}
	parent, err := amendmentByID(tx, a.ParentID)
	if err != nil {
		return nil, err
	}
	return document.Prepare([]byte(parent.Proposed), base.Outline.Scheme, &base.Outline)
}

// commentEntry is a comment as a row; its section is read at search time
// from where it stands in the current version.
func commentEntry(c commentRow, config string) searchEntry {
	return searchEntry{Kind: string(search.KindComment), DocumentID: c.DocumentID, RefID: c.ID, Config: config, Body: c.Body}
}

// indexComments adds new comments to the index.
func indexComments(tx *gorm.DB, rows []commentRow, config string) error {
	entries := make([]searchEntry, len(rows))
	for i, c := range rows {
		entries[i] = commentEntry(c, config)
	}
	words := wordCounts{}
	if err := insertEntries(tx, entries, words); err != nil {
		return err
	}
	return words.save(tx)
}

// reindexComment rewrites a comment's row after an edit, or takes it out
// once it is hidden or deleted: what no member may read is never found.
func reindexComment(tx *gorm.DB, id int64) error {
	var c commentRow
	if err := tx.Where("id = ?", id).Take(&c).Error; err != nil {
		return err
	}
	var want []searchEntry
	if c.DeletedAt == nil && c.HiddenReason == "" {
		config, err := documentConfig(tx, c.DocumentID)
		if err != nil {
			return err
		}
		want = append(want, commentEntry(c, config))
	}
	return syncEntries(tx, func(q *gorm.DB) *gorm.DB {
		return q.Where("kind = ? AND ref_id = ?", string(search.KindComment), id)
	}, want)
}

// fillSearch indexes what is stored already (migration 23).
func fillSearch(tx *gorm.DB) error {
	var docs []int64
	if err := tx.Model(&documentRow{}).Order("id").Pluck("id", &docs).Error; err != nil {
		return err
	}
	return indexDocuments(tx, docs)
}

// spanishConfig makes the configuration of Spanish as migration 24 makes
// English and French. Migration 24 makes it for a database migrated since
// Spanish was added (its fill indexes Spanish documents with it); migration
// 29, for one that had passed 24 before, if it is missing.
var spanishConfig = []string{
	`CREATE TEXT SEARCH DICTIONARY charter_spanish_stem (TEMPLATE = snowball, Language = spanish)`,
	`CREATE TEXT SEARCH CONFIGURATION charter_spanish (COPY = spanish)`,
	`ALTER TEXT SEARCH CONFIGURATION charter_spanish ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart WITH charter_spanish_stem`,
}

// spanishSearchMigration is what migration 29 runs on PostgreSQL.
var spanishSearchMigration = []string{
	"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'charter_spanish') THEN " +
		strings.Join(spanishConfig, "; ") + "; END IF; END $$",
}

// fillSpanishSearch indexes again the documents written in Spanish, which
// migration 24 indexed with the simple configuration; syncEntries rewrites
// only the rows whose configuration changes.
func fillSpanishSearch(tx *gorm.DB) error {
	var docs []documentRow
	if err := tx.Select("id, language").Order("id").Find(&docs).Error; err != nil {
		return err
	}
	var spanish []int64
	for _, d := range docs {
		if languageConfig(d.Language) == configSpanish {
			spanish = append(spanish, d.ID)
		}
	}
	return indexDocuments(tx, spanish)
}

// indexDocuments indexes the documents docs, with their amendments and
// comments, as the use cases would have.
func indexDocuments(tx *gorm.DB, docs []int64) error {
	for _, id := range docs {
		if err := indexText(tx, id, false); err != nil {
			return fmt.Errorf("document %d: %w", id, err)
		}
		var amendments []int64
		if err := tx.Model(&amendmentRow{}).Where("document_id = ?", id).Order("id").Pluck("id", &amendments).Error; err != nil {
			return err
		}
		for _, a := range amendments {
			if err := indexAmendment(tx, a); err != nil {
				return err
			}
		}
		config, err := documentConfig(tx, id)
		if err != nil {
			return err
		}
		var after int64
		for {
			var rows []commentRow
			if err := tx.Select("id, document_id, body").Where("document_id = ? AND id > ? AND deleted_at IS NULL AND hidden_reason = ''", id, after).
				Order("id").Limit(5000).Find(&rows).Error; err != nil {
				return err
			}
			if len(rows) == 0 {
				break
			}
			if err := indexComments(tx, rows, config); err != nil {
				return err
			}
			after = rows[len(rows)-1].ID
		}
	}
	return nil
}

// Search finds what viewer may read that holds every word of query,
// most relevant first (the text in force first among equals), a page of
// search.PerPage at a time. A query word that matches nothing is replaced
// by the nearest word of the index, if one is near enough, and the
// results say so. Whatever the query holds, only its words are searched
// for: it cannot fail as a query.
func (db *DB) Search(ctx context.Context, viewer member.User, query string, page int) (search.Results, error) {
	page = min(max(page, 1), search.MaxPage)
	res := search.Results{Query: charter.Clip(strings.TrimSpace(query), 200), Words: search.QueryWords(query), Page: page, PerPage: search.PerPage}
	if len(res.Words) == 0 {
		return res, nil
	}
	err := db.view(ctx, "search", func(tx *gorm.DB) error {
		q := searchQuery{tx: tx, dialect: db.Dialect, viewer: viewer.ID}
		var err error
		if res.Total, err = q.count(res.Words); err != nil || res.Total > 0 {
			if err == nil {
				res.Hits, err = q.page(res.Words, page)
			}
			return err
		}
		if res.Corrections, err = q.correct(res.Words); err != nil || len(res.Corrections) == 0 {
			return err
		}
		for i, w := range res.Words {
			for _, c := range res.Corrections {
				if c.From == w {
					res.Words[i] = c.To
				}
			}
		}
		if res.Total, err = q.count(res.Words); err != nil || res.Total == 0 {
			return err
		}
		res.Hits, err = q.page(res.Words, page)
		return err
	})
	return res, err
}

// searchQuery runs the engine's full-text queries for one viewer.
type searchQuery struct {
	tx      *gorm.DB
	dialect Dialect
	viewer  int64
}

const kindOrder = "CASE e.kind WHEN 'text' THEN 0 WHEN 'draft' THEN 1 WHEN 'translation' THEN 1 WHEN 'amendment' THEN 2 ELSE 3 END"

// where is the condition that rows match words and may be read by the
// viewer, with its arguments; from names the tables.
func (q searchQuery) where(words []string) (from, where string, args []any) {
	visible := "(e.private_to IS NULL OR e.private_to = ?)"
	if q.dialect == SQLite {
		quoted := make([]string, len(words))
		for i, w := range words {
			quoted[i] = `"` + w + `"` // words hold letters and digits only
		}
		return "search_fts JOIN search_entries e ON e.id = search_fts.rowid",
			"search_fts MATCH ? AND " + visible, []any{strings.Join(quoted, " "), q.viewer}
	}
	text := strings.Join(words, " ")
	var alts []string
	for _, c := range searchConfigs {
		alts = append(alts, fmt.Sprintf("(e.config = '%s' AND e.tsv @@ plainto_tsquery('%s', ?))", c, c))
		args = append(args, text)
	}
	return "search_entries e", "(" + strings.Join(alts, " OR ") + ") AND " + visible, append(args, q.viewer)
}

func (q searchQuery) count(words []string) (int, error) {
	from, where, args := q.where(words)
	var n int
	err := q.tx.Raw("SELECT count(*) FROM "+from+" WHERE "+where, args...).Scan(&n).Error
	return n, err
}

// matches says whether a word alone finds anything the viewer may read.
func (q searchQuery) matches(word string) (bool, error) {
	from, where, args := q.where([]string{word})
	var ids []int64
	err := q.tx.Raw("SELECT e.id FROM "+from+" WHERE "+where+" LIMIT 1", args...).Scan(&ids).Error
	return len(ids) > 0, err
}

// correct finds, for each word that matches nothing, the nearest word of
// the vocabulary.
func (q searchQuery) correct(words []string) ([]search.Correction, error) {
	var out []search.Correction
	for _, w := range words {
		limit := search.MaxDistance(w)
		if limit == 0 {
			continue
		}
		found, err := q.matches(w)
		if err != nil || found {
			if err != nil {
				return nil, err
			}
			continue
		}
		var terms []search.Term
		n := utf8.RuneCountInString(w)
		if err := q.tx.Table("search_words").Select("word, entries").Where("length BETWEEN ? AND ?", n-limit, n+limit).
			Order("word").Scan(&terms).Error; err != nil {
			return nil, err
		}
		if to, ok := search.Nearest(w, terms); ok {
			out = append(out, search.Correction{From: w, To: to})
		}
	}
	return out, nil
}

// hitRow is a row of a page of results, before what it links to is read.
type hitRow struct {
	Kind       string
	DocumentID int64
	RefID      int64
	SectionKey string
	Number     string
	Language   string
	Title      string
	Snippet    string
}

// page reads one page of results, with their snippets, and what each
// links to.
func (q searchQuery) page(words []string, page int) ([]search.Hit, error) {
	from, where, args := q.where(words)
	offset := (page - 1) * search.PerPage
	var rows []hitRow
	var sql string
	if q.dialect == SQLite {
		sql = "SELECT e.kind, e.document_id, e.ref_id, e.section_key, e.number, e.language, e.title, " +
			"snippet(search_fts, 1, ?, ?, ' … ', 24) AS snippet FROM " + from + " WHERE " + where +
			" ORDER BY bm25(search_fts, 4.0, 1.0), " + kindOrder + ", e.id LIMIT ? OFFSET ?"
		args = append([]any{search.MarkOpen, search.MarkClose}, append(args, search.PerPage, offset)...)
	} else {
		// Ranked first, and only the page's rows are given snippets.
		rank := "ts_rank(e.tsv, CASE e.config"
		for _, c := range searchConfigs {
			rank += fmt.Sprintf(" WHEN '%s' THEN plainto_tsquery('%s', ?)", c, c)
			args = append([]any{strings.Join(words, " ")}, args...)
		}
		rank += " END)"
		sql = "SELECT m.kind, m.document_id, m.ref_id, m.section_key, m.number, m.language, m.title, " +
			"ts_headline(CAST(m.config AS regconfig), m.body, plainto_tsquery(CAST(m.config AS regconfig), ?), ?) AS snippet FROM (" +
			"SELECT e.id, e.kind, e.document_id, e.ref_id, e.section_key, e.number, e.language, e.title, e.config, e.body, " + rank + " AS rank, " +
			kindOrder + " AS kind_order FROM " + from + " WHERE " + where +
			" ORDER BY rank DESC, kind_order, e.id LIMIT ? OFFSET ?) m ORDER BY m.rank DESC, m.kind_order, m.id"
		headline := fmt.Sprintf(`StartSel="%s", StopSel="%s", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`,
			search.MarkOpen, search.MarkClose)
		args = append([]any{strings.Join(words, " "), headline}, append(args, search.PerPage, offset)...)
	}
	if err := q.tx.Raw(sql, args...).Scan(&rows).Error; err != nil {
		return nil, err
	}
	return q.links(rows)
}

// links reads what each result links to: its document, the version a
// section is in and whether it is the current one, the section a comment
// stands on in the current version.
func (q searchQuery) links(rows []hitRow) ([]search.Hit, error) {
	docIDs, versionIDs, commentIDs := []int64{}, []int64{}, []int64{}
	for _, r := range rows {
		docIDs = append(docIDs, r.DocumentID)
		switch search.Kind(r.Kind) {
		case search.KindText, search.KindDraft:
			versionIDs = append(versionIDs, r.RefID)
		case search.KindComment:
			commentIDs = append(commentIDs, r.RefID)
		}
	}
	var docs []documentRow
	if err := q.tx.Select("id, slug, title").Where("id IN ?", docIDs).Find(&docs).Error; err != nil {
		return nil, err
	}
	byDoc := map[int64]documentRow{}
	for _, d := range docs {
		byDoc[d.ID] = d
	}
	var heads []versionRow
	if err := q.tx.Select("id, document_id, number").Where("document_id IN ? AND number = (SELECT MAX(v.number) FROM versions v WHERE v.document_id = versions.document_id)", docIDs).
		Find(&heads).Error; err != nil {
		return nil, err
	}
	headOf, headNumber := map[int64]int64{}, map[int64]int{}
	for _, v := range heads {
		headOf[v.DocumentID], headNumber[v.DocumentID] = v.ID, v.Number
	}
	var versions []versionRow
	if err := q.tx.Select("id, number").Where("id IN ?", versionIDs).Find(&versions).Error; err != nil {
		return nil, err
	}
	numberOf := map[int64]int{}
	for _, v := range versions {
		numberOf[v.ID] = v.Number
	}
	type place struct {
		CommentID  int64
		SectionKey string
		Number     string
		Heading    string
	}
	var places []place
	if len(commentIDs) > 0 {
		headIDs := make([]int64, 0, len(heads))
		for _, v := range heads {
			headIDs = append(headIDs, v.ID)
		}
		if err := q.tx.Raw(`SELECT p.comment_id, p.section_key, n.number, n.heading FROM comment_placements p
			JOIN outline_nodes n ON n.version_id = p.version_id AND n.key = p.section_key
			WHERE p.version_id IN ? AND p.comment_id IN ?`, headIDs, commentIDs).Scan(&places).Error; err != nil {
			return nil, err
		}
	}
	placeOf := map[int64]place{}
	for _, p := range places {
		placeOf[p.CommentID] = p
	}
	out := make([]search.Hit, len(rows))
	for i, r := range rows {
		d := byDoc[r.DocumentID]
		h := search.Hit{Kind: search.Kind(r.Kind), DocumentSlug: d.Slug, DocumentTitle: d.Title, SectionKey: r.SectionKey,
			SectionNumber: r.Number, Heading: r.Title, Snippet: search.Fragments(r.Snippet)}
		switch h.Kind {
		case search.KindText, search.KindDraft:
			h.VersionID, h.VersionNumber, h.Head = r.RefID, numberOf[r.RefID], r.RefID == headOf[r.DocumentID]
		case search.KindTranslation:
			h.VersionID, h.VersionNumber, h.Head, h.Language = headOf[r.DocumentID], headNumber[r.DocumentID], true, r.Language
		case search.KindAmendment:
			h.AmendmentID = r.RefID
		case search.KindComment:
			h.CommentID = r.RefID
			p := placeOf[r.RefID]
			h.SectionKey, h.SectionNumber, h.Heading = p.SectionKey, p.Number, p.Heading
			h.VersionID, h.VersionNumber, h.Head = headOf[r.DocumentID], 0, true
		}
		out[i] = h
	}
	return out, nil
}
