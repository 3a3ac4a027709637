package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/translation"
)

type translationRow struct {
	ID           int64
	DocumentID   int64
	SectionKey   string
	Language     string
	SourceSHA256 string `gorm:"column:source_sha256"`
	Source       string
	Body         string
	TranslatorID int64
	CreatedAt    time.Time
	Translator   string `gorm:"->"` // the translator's name, read with the row
	AmendmentID  *int64
}

func (translationRow) TableName() string { return "section_translations" }

func (r translationRow) domain() translation.Translation {
	t := translation.Translation{ID: r.ID, DocumentID: r.DocumentID, Key: r.SectionKey, Language: r.Language,
		SourceSHA256: r.SourceSHA256, Source: r.Source, Body: r.Body, TranslatorID: r.TranslatorID,
		Translator: r.Translator, CreatedAt: r.CreatedAt}
	if r.AmendmentID != nil {
		t.AmendmentID = *r.AmendmentID
	}
	return t
}

type translatorRow struct {
	UserID    int64  `gorm:"primaryKey;autoIncrement:false"`
	Language  string `gorm:"primaryKey"`
	GrantedAt time.Time
}

func (translatorRow) TableName() string { return "translators" }

// TranslationView is a version of a document as read in one language:
// each section with its translation and how it stands.
type TranslationView struct {
	Document document.Document
	Version  document.Version
	Language string
	Sections []translation.Section
	// Languages are those the document has any translation in, sorted.
	Languages []string
	// Head: the version is the document's current one. A translator's
	// form on it saves against the current words, whatever version is
	// current by then.
	Head bool
}

// Translation reads a version (the head when versionID is 0) of a document
// in lang, in one transaction.
func (db *DB) Translation(ctx context.Context, slug string, versionID int64, lang string) (TranslationView, error) {
	var out TranslationView
	err := db.view(ctx, "translation", func(tx *gorm.DB) error {
		doc, v, nodes, err := versionWithOutline(tx, slug, versionID)
		if err != nil {
			return err
		}
		if lang, err = translationLanguage(doc, lang); err != nil {
			return err
		}
		ts, err := translationsInto(tx, doc.ID, lang)
		if err != nil {
			return err
		}
		out = TranslationView{Document: doc.domain(), Version: v.domain(), Language: lang,
			Sections: translation.Align(translation.Segments(v.Markdown, nodes), nodes, ts, 0), Head: versionID == 0}
		if !out.Head {
			head, err := headVersion(tx, doc.ID)
			if err != nil {
				return err
			}
			out.Head = head.ID == v.ID
		}
		out.Languages, err = translationLanguages(tx, doc.ID)
		return err
	})
	return out, err
}

// TranslationLanguages gives the languages a document has translations
// in, sorted: the pages offer to read it in each.
func (db *DB) TranslationLanguages(ctx context.Context, documentID int64) ([]string, error) {
	return readLanguages(ctx, db, "translation languages", func(tx *gorm.DB) ([]string, error) { return translationLanguages(tx, documentID) })
}

// readLanguages reads a list of language tags outside a transaction.
func readLanguages(ctx context.Context, db *DB, op string, read func(tx *gorm.DB) ([]string, error)) ([]string, error) {
	var out []string
	err := db.read(ctx, op, func(tx *gorm.DB) error {
		var err error
		out, err = read(tx)
		return err
	})
	return out, err
}

func translationLanguages(tx *gorm.DB, documentID int64) ([]string, error) {
	var langs []string
	// A private draft's translations do not tell that it exists.
	err := tx.Table("section_translations").Distinct("language").
		Where("document_id = ? AND (amendment_id IS NULL OR amendment_id IN (SELECT id FROM amendments WHERE submitted_at IS NOT NULL))", documentID).
		Order("language").Pluck("language", &langs).Error
	return langs, err
}

// versionWithOutline reads a document, one of its versions (the head
// when versionID is 0) and the version's outline.
func versionWithOutline(tx *gorm.DB, slug string, versionID int64) (documentRow, versionRow, []document.Node, error) {
	doc, err := documentBySlug(tx, slug)
	if err != nil {
		return doc, versionRow{}, nil, err
	}
	var v versionRow
	if versionID == 0 {
		v, err = headVersion(tx, doc.ID)
	} else {
		err = tx.Where("id = ? AND document_id = ?", versionID, doc.ID).Take(&v).Error
		if isNotFound(err) {
			err = charter.Errorf(charter.ENOTFOUND, "This document has no version %d.", versionID)
		}
	}
	if err != nil {
		return doc, v, nil, err
	}
	nodes, err := outlineOf(tx, v.ID)
	return doc, v, nodes, err
}

// translationLanguage checks lang as a language to translate doc into.
func translationLanguage(doc documentRow, lang string) (string, error) {
	tag, err := document.ValidateLanguage(lang)
	if err != nil || lang == "" {
		return "", charter.Errorf(charter.EINVALID, "%q is not a language tag such as es or fr.", charter.Clip(lang, 40))
	}
	if official, _ := document.ValidateLanguage(doc.Language); tag == official {
		return "", charter.Errorf(charter.EINVALID, "%s is this document's official language: its text changes by amendment, not by translation.", tag)
	}
	return tag, nil
}

// NewTranslation is a translator's translation of one section of a
// version: SourceSHA256 names the official words they translated, as
// they saw them.
type NewTranslation struct {
	Slug         string
	VersionID    int64 // 0: the head
	Language     string
	Key          string
	SourceSHA256 string
	Body         string
}

// SaveTranslation records a translation of a section's present words. It
// is refused if those words changed since the translator read them, or if
// it would change the document's outline.
func (db *DB) SaveTranslation(ctx context.Context, actor *member.User, in NewTranslation) (translation.Translation, error) {
	var out translation.Translation
	err := db.transact(ctx, "save translation", func(tx *gorm.DB) error {
		doc, v, nodes, err := versionWithOutline(tx, in.Slug, in.VersionID)
		if err != nil {
			return err
		}
		out, err = db.saveTranslation(tx, actor, doc, translated{text: v.Markdown, nodes: nodes, where: fmt.Sprintf("the words of version %d", v.Number)}, in)
		return err
	})
	return out, err
}

// translated is a text translations are made of: a version, or the text an
// amendment proposes; keys names the sections that may be translated (nil:
// all).
type translated struct {
	text        string
	nodes       []document.Node
	keys        map[string]bool
	where       string // for the audit log: "the words of version 3"
	amendmentID int64  // the amendment whose text it is; 0 for a version
}

// saveTranslation checks and stores a translator's translation of one
// section of t, in the caller's transaction.
func (db *DB) saveTranslation(tx *gorm.DB, actor *member.User, doc documentRow, t translated, in NewTranslation) (translation.Translation, error) {
	lang, err := translationLanguage(doc, in.Language)
	if err != nil {
		return translation.Translation{}, err
	}
	langs, err := translatorLanguages(tx, actor.ID)
	if err != nil {
		return translation.Translation{}, err
	}
	if !translation.CanTranslate(actor, langs, lang) {
		return translation.Translation{}, charter.Errorf(charter.EFORBIDDEN, "Only a translator the admin named for %s may translate into it.", lang)
	}
	segs := translation.Segments(t.text, t.nodes)
	i := slices.IndexFunc(segs, func(s translation.Segment) bool { return s.Key == in.Key })
	if i < 0 || (t.keys != nil && !t.keys[in.Key]) {
		return translation.Translation{}, charter.Errorf(charter.ENOTFOUND, "This version has no section %q.", charter.Clip(in.Key, 40))
	}
	seg := segs[i]
	if in.SourceSHA256 != seg.Hash() {
		return translation.Translation{}, charter.Errorf(charter.ECONFLICT, "The official words of %s changed since you opened it: read them again and translate what they say now.", t.nodes[i].Number)
	}
	body, err := translation.Check(t.text, document.Scheme(doc.Numbering), t.nodes, segs, seg.Key, in.Body)
	if err != nil {
		return translation.Translation{}, err
	}
	row := translationRow{DocumentID: doc.ID, SectionKey: seg.Key, Language: lang, SourceSHA256: seg.Hash(), Source: seg.Body,
		Body: body, TranslatorID: actor.ID, CreatedAt: db.now()}
	if t.amendmentID != 0 {
		row.AmendmentID = &t.amendmentID
	}
	if err := tx.Omit("Translator").Create(&row).Error; err != nil {
		return translation.Translation{}, fmt.Errorf("save translation: %w", err)
	}
	row.Translator = actor.Name
	if err := db.announce(tx, TopicTranslations, doc.ID); err != nil {
		return translation.Translation{}, err
	}
	// Only the sections of these words, in this language, change in the
	// index (of the current version, which t may not be).
	if err := indexTranslations(tx, doc.ID, translationScope{language: lang, sha256: seg.Hash()}); err != nil {
		return translation.Translation{}, err
	}
	return row.domain(), db.record(tx, actor.ID, "translation.save", fmt.Sprintf("document:%d", doc.ID),
		fmt.Sprintf("translated %s (%s) into %s, from %s", t.nodes[i].Number, seg.Key, lang, t.where))
}

// AmendmentTranslationView is what an amendment changes, as read in one
// language: each section it writes anew, with its translation.
type AmendmentTranslationView struct {
	Amendment amendment.Amendment
	Document  document.Document
	Language  string
	Changes   []amendment.Change
	// Sections are the sections the amendment writes (added or changed),
	// in the proposed text's order.
	Sections []translation.Section
}

// AmendmentTranslation reads the sections an amendment writes, in lang,
// for a reader who may see the amendment.
func (db *DB) AmendmentTranslation(ctx context.Context, u *member.User, id int64, lang string) (AmendmentTranslationView, error) {
	var out AmendmentTranslationView
	err := db.view(ctx, "amendment translation", func(tx *gorm.DB) error {
		a, doc, t, cmp, err := amendmentText(tx, u, id)
		if err != nil {
			return err
		}
		if lang, err = translationLanguage(doc, lang); err != nil {
			return err
		}
		ts, err := translationsInto(tx, doc.ID, lang)
		if err != nil {
			return err
		}
		out = AmendmentTranslationView{Amendment: a, Document: doc.domain(), Language: lang, Changes: cmp.Changes}
		for i, s := range translation.Align(translation.Segments(t.text, t.nodes), t.nodes, ts, a.ID) {
			if t.keys[t.nodes[i].Key] {
				out.Sections = append(out.Sections, s)
			}
		}
		return nil
	})
	return out, err
}

// SaveAmendmentTranslation records a translation of a section an amendment
// writes: kept by the words' hash, it stands for the section once merged
// in those words.
func (db *DB) SaveAmendmentTranslation(ctx context.Context, actor *member.User, id int64, in NewTranslation) (translation.Translation, error) {
	var out translation.Translation
	err := db.transact(ctx, "save amendment translation", func(tx *gorm.DB) error {
		a, doc, t, _, err := amendmentText(tx, actor, id)
		if err != nil {
			return err
		}
		t.where = fmt.Sprintf("amendment #%d", a.ID)
		out, err = db.saveTranslation(tx, actor, doc, t, in)
		return err
	})
	return out, err
}

// amendmentText reads an amendment that u may see, its document, and the
// text it proposes, keyed against the version it amends, with the sections
// it writes.
func amendmentText(tx *gorm.DB, u *member.User, id int64) (amendment.Amendment, documentRow, translated, *amendment.Comparison, error) {
	a, err := amendmentByID(tx, id)
	if err == nil && !amendment.VisibleTo(&a, u) {
		err = charter.Errorf(charter.ENOTFOUND, "There is no amendment %d.", id)
	}
	if err != nil {
		return a, documentRow{}, translated{}, nil, err
	}
	var doc documentRow
	if err := tx.Where("id = ?", a.DocumentID).Take(&doc).Error; err != nil {
		return a, doc, translated{}, nil, err
	}
	base, err := versionOf(tx, doc.ID, a.BaseVersionID)
	if err != nil {
		return a, doc, translated{}, nil, err
	}
	parsed, err := restoreVersion(tx, base, document.Scheme(doc.Numbering))
	if err != nil {
		return a, doc, translated{}, nil, err
	}
	cmp, err := amendment.Compare(parsed, []byte(a.Proposed))
	if err != nil {
		return a, doc, translated{}, nil, err
	}
	t := translated{text: string(cmp.Proposed.Source.Text), nodes: cmp.Proposed.Outline.Nodes, keys: writtenKeys(cmp), amendmentID: a.ID}
	return a, doc, t, cmp, nil
}

// writtenKeys are the sections a comparison's proposed text writes anew:
// added or changed, not struck.
func writtenKeys(cmp *amendment.Comparison) map[string]bool {
	keys := map[string]bool{}
	for _, c := range cmp.Changes {
		if c.NewNumber != "" && !c.Unnumbered {
			keys[c.Key] = true
		}
	}
	return keys
}

// translationsInto reads a document's translations into lang, oldest
// first, with their translators' names.
func translationsInto(tx *gorm.DB, documentID int64, lang string) ([]translation.Translation, error) {
	var rows []translationRow
	if err := tx.Table("section_translations").Select("section_translations.*, users.name AS translator").
		Joins("JOIN users ON users.id = section_translations.translator_id").
		Where("section_translations.document_id = ? AND section_translations.language = ?", documentID, lang).
		Order("section_translations.id").Scan(&rows).Error; err != nil {
		return nil, err
	}
	ts := make([]translation.Translation, len(rows))
	for i, r := range rows {
		ts[i] = r.domain()
	}
	return ts, nil
}

// TranslatorLanguages gives the languages the admin named u a translator
// for.
func (db *DB) TranslatorLanguages(ctx context.Context, userID int64) ([]string, error) {
	return readLanguages(ctx, db, "translator languages", func(tx *gorm.DB) ([]string, error) { return translatorLanguages(tx, userID) })
}

func translatorLanguages(tx *gorm.DB, userID int64) ([]string, error) {
	var langs []string
	err := tx.Model(&translatorRow{}).Where("user_id = ?", userID).Order("language").Pluck("language", &langs).Error
	return langs, err
}

// SetTranslatorLanguages names the languages a member translates into
// (none: no longer a translator), as the admin decides.
func (db *DB) SetTranslatorLanguages(ctx context.Context, actorID, userID int64, langs []string) error {
	tags := make([]string, 0, len(langs))
	for _, l := range langs {
		if strings.TrimSpace(l) == "" {
			continue
		}
		tag, err := document.ValidateLanguage(strings.TrimSpace(l))
		if err != nil {
			return charter.Errorf(charter.EINVALID, "%q is not a language tag such as es or fr.", charter.Clip(l, 40))
		}
		if !slices.Contains(tags, tag) {
			tags = append(tags, tag)
		}
	}
	slices.Sort(tags)
	return db.transact(ctx, "set translator languages", func(tx *gorm.DB) error {
		u, err := userByID(tx, userID)
		if err != nil {
			return err
		}
		if err := tx.Where("user_id = ?", userID).Delete(&translatorRow{}).Error; err != nil {
			return err
		}
		for _, tag := range tags {
			if err := tx.Create(&translatorRow{UserID: userID, Language: tag, GrantedAt: db.now()}).Error; err != nil {
				return err
			}
		}
		if err := db.announce(tx, TopicUser, userID); err != nil {
			return err
		}
		detail := u.Contact() + " translates into " + strings.Join(tags, ", ")
		if len(tags) == 0 {
			detail = u.Contact() + " is no longer a translator"
		}
		return db.record(tx, actorID, "user.translator", fmt.Sprintf("user:%d", userID), detail)
	})
}

// Translators gives every translator's languages, by account.
func (db *DB) Translators(ctx context.Context) (map[int64][]string, error) {
	var rows []translatorRow
	err := db.read(ctx, "translators", func(tx *gorm.DB) error {
		return tx.Order("user_id, language").Find(&rows).Error
	})
	out := make(map[int64][]string)
	for _, r := range rows {
		out[r.UserID] = append(out[r.UserID], r.Language)
	}
	return out, err
}

// frozenTranslations are the translations, in every language, of the
// present words of the sections a question's text writes: what its
// ballot's snapshot freezes at notice.
func frozenTranslations(tx *gorm.DB, documentID int64, cmp *amendment.Comparison) ([]ballot.Translation, error) {
	langs, err := translationLanguages(tx, documentID)
	if err != nil || len(langs) == 0 {
		return nil, err
	}
	text, nodes, keys := string(cmp.Proposed.Source.Text), cmp.Proposed.Outline.Nodes, writtenKeys(cmp)
	segs := translation.Segments(text, nodes)
	var out []ballot.Translation
	for _, lang := range langs {
		ts, err := translationsInto(tx, documentID, lang)
		if err != nil {
			return nil, err
		}
		for _, s := range translation.Align(segs, nodes, ts, 0) {
			if keys[s.Node.Key] && s.Status == translation.Current {
				out = append(out, ballot.Translation{Language: lang, Key: s.Node.Key, Number: s.Node.Number, Kind: string(s.Node.Kind),
					OfficialSHA256: s.Segment.Hash(), Text: s.Translation.Body, SHA256: translation.Hash(s.Translation.Body)})
			}
		}
	}
	return out, nil
}
