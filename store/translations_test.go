package store_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/search"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
	"github.com/charter-org/charter/translation"
)

const translatedBylaws = `# Bylaws

## Dues

Dues are $5 a month.

## Meetings

The members meet monthly.
`

// TestTranslationFollowsTheOfficialText: a translator's translation of a
// section stands while its official words stand, is shown out of date
// once an amendment changes them, and stays current in every version that
// keeps them. What is refused stores nothing.
func TestTranslationFollowsTheOfficialText(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		doc, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "bylaws", Title: "Bylaws", Numbering: document.SchemeArticle, Markdown: []byte(translatedBylaws)})
		if err != nil {
			t.Fatal(err)
		}
		ana, err := db.CreateUser(ctx, 0, store.NewUser{Email: "ana@example.org", Name: "Ana", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		ben, err := db.CreateUser(ctx, 0, store.NewUser{Email: "ben@example.org", Name: "Ben", Roles: []member.Role{member.RoleMember, member.RoleCommittee}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetTranslatorLanguages(ctx, 0, ana.ID, []string{"es", "FR", "es"}); err != nil {
			t.Fatal(err)
		}
		if langs, err := db.TranslatorLanguages(ctx, ana.ID); err != nil || strings.Join(langs, ",") != "es,fr" {
			t.Fatalf("Ana translates into %v (%v)", langs, err)
		}
		view, err := db.Translation(ctx, "bylaws", 0, "es")
		if err != nil {
			t.Fatal(err)
		}
		dues, meetings := view.Sections[0], view.Sections[1]
		if dues.Status != translation.Missing || dues.Segment.Body != "Dues\n\nDues are $5 a month." {
			t.Fatalf("before any translation: %+v", dues)
		}
		save := func(who member.User, lang string, s translation.Section, body string) error {
			_, err := db.SaveTranslation(ctx, &who, store.NewTranslation{Slug: "bylaws", Language: lang, Key: s.Segment.Key, SourceSHA256: s.Segment.Hash(), Body: body})
			return err
		}
		for _, refused := range []struct {
			who  member.User
			lang string
			body string
			code string
		}{
			{ben, "es", "Cuotas", charter.EFORBIDDEN},                    // the committee is not a translator
			{ana, "de", "Beiträge", charter.EFORBIDDEN},                  // not her language
			{ana, "en", "Dues", charter.EINVALID},                        // the official language
			{ana, "es", "Cuotas\n\n## Nuevo artículo", charter.EINVALID}, // a new article
			{ana, "es", "  ", charter.EINVALID},
		} {
			if err := save(refused.who, refused.lang, dues, refused.body); charter.ErrorCode(err) != refused.code {
				t.Errorf("%s into %s %q: %v, want %s", refused.who.Name, refused.lang, refused.body, err, refused.code)
			}
		}
		stale := dues
		stale.Segment.Body = "earlier words"
		if err := save(ana, "es", stale, "Cuotas"); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("a translation of words no longer there: %v", err)
		}
		if langs, _ := db.TranslationLanguages(ctx, doc.ID); len(langs) != 0 {
			t.Fatalf("refused translations were stored: %v", langs)
		}
		if err := save(ana, "es", dues, "Cuotas\n\nLas cuotas son de 5 $ al mes."); err != nil {
			t.Fatal(err)
		}
		if err := save(ana, "es", meetings, "Reuniones\n\nLos miembros se reúnen cada mes."); err != nil {
			t.Fatal(err)
		}
		// An amendment changes the dues; the meetings stay.
		changed := strings.Replace(translatedBylaws, "$5 a month", "$6 a month", 1)
		v2, err := db.PublishVersion(ctx, ben.ID, store.NewVersion{Slug: "bylaws", Base: v1.ID, Markdown: []byte(changed), Origin: document.OriginMerge})
		if err != nil {
			t.Fatal(err)
		}
		head, err := db.Translation(ctx, "bylaws", 0, "es")
		if err != nil {
			t.Fatal(err)
		}
		if head.Version.ID != v2.ID || head.Sections[0].Status != translation.Outdated || head.Sections[1].Status != translation.Current {
			t.Fatalf("after the change: version %d, %s and %s", head.Version.ID, head.Sections[0].Status, head.Sections[1].Status)
		}
		if tr := head.Sections[0].Translation; tr.Source != "Dues\n\nDues are $5 a month." || tr.Translator != "Ana" {
			t.Errorf("the outdated translation says it translated %q, by %q", tr.Source, tr.Translator)
		}
		old, err := db.Translation(ctx, "bylaws", v1.ID, "es")
		if err != nil || old.Sections[0].Status != translation.Current {
			t.Errorf("version 1 in Spanish: %+v %v", old.Sections, err)
		}
		if strings.Join(head.Languages, ",") != "es" {
			t.Errorf("languages %v", head.Languages)
		}
		if err := save(ana, "es", head.Sections[0], "Cuotas\n\nLas cuotas son de 6 $ al mes."); err != nil {
			t.Fatal(err)
		}
		head, _ = db.Translation(ctx, "bylaws", 0, "es")
		if c := translation.Tally(head.Sections); c.Current != 2 {
			t.Errorf("after the update: %+v", c)
		}
	})
}

// TestBallotFreezesTranslations: a translator translates the clause an
// amendment writes, from the amendment; the ballot's snapshot, sealed at
// notice, holds that translation with the hash of the official words it
// translates, and names the official language; a translation made after
// notice is not in it.
func TestBallotFreezesTranslations(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 3)
		translator := f.members[1]
		if err := db.SetTranslatorLanguages(ctx, 0, translator.ID, []string{"es", "fr"}); err != nil {
			t.Fatal(err)
		}
		view, err := db.AmendmentTranslation(ctx, &translator, f.amendment.ID, "es")
		if err != nil {
			t.Fatal(err)
		}
		if len(view.Sections) != 1 || !strings.Contains(view.Sections[0].Segment.Body, "sixty days") {
			t.Fatalf("the amendment writes %+v", view.Sections)
		}
		written := view.Sections[0]
		save := func(lang, body string) {
			t.Helper()
			if _, err := db.SaveAmendmentTranslation(ctx, &translator, f.amendment.ID, store.NewTranslation{Language: lang, Key: written.Segment.Key,
				SourceSHA256: written.Segment.Hash(), Body: body}); err != nil {
				t.Fatal(err)
			}
		}
		// Only the sections the amendment writes are translated from it.
		if _, err := db.SaveAmendmentTranslation(ctx, &translator, f.amendment.ID, store.NewTranslation{Language: "es", Key: "nope", SourceSHA256: "x", Body: "x"}); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("a section the amendment does not write: %v", err)
		}
		esText := strings.Replace(written.Segment.Body, "sixty days", "sesenta días", 1)
		save("es", esText)
		b := f.notice(t)
		save("fr", strings.Replace(written.Segment.Body, "sixty days", "soixante jours", 1))
		raw, err := db.QuestionSnapshot(ctx, b.ID, b.Questions[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		var snap ballot.Snapshot
		if err := json.Unmarshal([]byte(raw), &snap); err != nil {
			t.Fatal(err)
		}
		if snap.Language != "en" || len(snap.Translations) != 1 {
			t.Fatalf("snapshot language %q, translations %+v", snap.Language, snap.Translations)
		}
		tr := snap.Translations[0]
		if tr.Language != "es" || tr.Text != esText || tr.OfficialSHA256 != written.Segment.Hash() || tr.SHA256 != translation.Hash(esText) || tr.Key != written.Segment.Key {
			t.Errorf("frozen translation %+v", tr)
		}
		if body, hash, _ := snap.Seal(); hash != b.Questions[0].SHA256 || body != raw {
			t.Errorf("the snapshot does not seal to the hash voters bind to")
		}
	})
}

// TestSearchFindsTranslations: a section's translation is found by its
// words, stemmed in its own language, and leads to the translation; once
// the official words change, the out-of-date translation is no longer
// found.
func TestSearchFindsTranslations(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "bylaws", Title: "Bylaws", Numbering: document.SchemeArticle, Markdown: []byte(translatedBylaws)})
		if err != nil {
			t.Fatal(err)
		}
		ana, err := db.CreateUser(ctx, 0, store.NewUser{Email: "ana@example.org", Name: "Ana", Roles: []member.Role{member.RoleMember, member.RoleCommittee}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetTranslatorLanguages(ctx, 0, ana.ID, []string{"es", "fr"}); err != nil {
			t.Fatal(err)
		}
		view, err := db.Translation(ctx, "bylaws", 0, "es")
		if err != nil {
			t.Fatal(err)
		}
		dues := view.Sections[0]
		// The same section in two languages: two rows of the index.
		for lang, body := range map[string]string{"es": "Cuotas\n\nLas cuotas mensuales son de cinco dólares.", "fr": "Cotisations\n\nLes cotisations sont de cinq dollars par mois."} {
			if _, err := db.SaveTranslation(ctx, &ana, store.NewTranslation{Slug: "bylaws", Language: lang, Key: dues.Segment.Key,
				SourceSHA256: dues.Segment.Hash(), Body: body}); err != nil {
				t.Fatalf("%s: %v", lang, err)
			}
		}
		if res, err := db.Search(ctx, ana, "cotisation", 1); err != nil || res.Total != 1 || res.Hits[0].Language != "fr" {
			t.Errorf("searching the French: %+v %v", res, err)
		}
		res, err := db.Search(ctx, ana, "cuota mensual", 1)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 1 || res.Hits[0].Kind != search.KindTranslation || res.Hits[0].Language != "es" || res.Hits[0].SectionKey != dues.Segment.Key || !res.Hits[0].Head {
			t.Fatalf("searching the translation: %+v", res)
		}
		changed := strings.Replace(translatedBylaws, "$5 a month", "$6 a month", 1)
		if _, err := db.PublishVersion(ctx, ana.ID, store.NewVersion{Slug: "bylaws", Base: v1.ID, Markdown: []byte(changed), Origin: document.OriginMerge}); err != nil {
			t.Fatal(err)
		}
		if res, err = db.Search(ctx, ana, "cuotas", 1); err != nil || res.Total != 0 {
			t.Errorf("an out-of-date translation is still found: %+v %v", res.Hits, err)
		}
	})
}

// TestPrivateDraftsTranslationStaysPrivate: a member translating their own
// private draft amendment reveals neither its words, as an "earlier
// wording" of the version's section, nor that a translation exists.
func TestPrivateDraftsTranslationStaysPrivate(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "bylaws", Title: "Bylaws", Numbering: document.SchemeArticle, Markdown: []byte(translatedBylaws)})
		if err != nil {
			t.Fatal(err)
		}
		ana, err := db.CreateUser(ctx, 0, store.NewUser{Email: "ana@example.org", Name: "Ana", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetTranslatorLanguages(ctx, 0, ana.ID, []string{"es"}); err != nil {
			t.Fatal(err)
		}
		draft, err := db.ProposeAmendment(ctx, ana, store.NewAmendment{DocumentSlug: "bylaws", BaseVersionID: v1.ID, Title: "Secret plan",
			Proposed: []byte(strings.Replace(translatedBylaws, "$5 a month", "$50 a month", 1))})
		if err != nil {
			t.Fatal(err)
		}
		view, err := db.AmendmentTranslation(ctx, &ana, draft.ID, "es")
		if err != nil || len(view.Sections) != 1 {
			t.Fatalf("the sponsor's draft in Spanish: %+v %v", view.Sections, err)
		}
		s := view.Sections[0]
		if _, err := db.SaveAmendmentTranslation(ctx, &ana, draft.ID, store.NewTranslation{Language: "es", Key: s.Segment.Key,
			SourceSHA256: s.Segment.Hash(), Body: "Cuotas\n\nLas cuotas son de 50 $ al mes."}); err != nil {
			t.Fatal(err)
		}
		page, err := db.Translation(ctx, "bylaws", 0, "es")
		if err != nil {
			t.Fatal(err)
		}
		if page.Sections[0].Status != translation.Missing || page.Sections[0].Translation != nil || len(page.Languages) != 0 {
			t.Errorf("the version's Spanish shows the private draft: %s %+v, languages %v", page.Sections[0].Status, page.Sections[0].Translation, page.Languages)
		}
		other, err := db.CreateUser(ctx, 0, store.NewUser{Email: "bo@example.org", Name: "Bo", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.AmendmentTranslation(ctx, &other, draft.ID, "es"); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("another member reads the draft's translation: %v", err)
		}
	})
}
