package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestTranslationsFollowTheText: a translator translates a clause into
// French and Spanish from their queue; the committee publishes a draft that
// changes it, and a Spanish reader on a phone is told the translation is of
// an earlier wording and shown the official text; the translator updates
// it from the queue, where the redline shows what changed; a member's
// amendment changes the clause again, the translator translates the
// amendment's clause, and the ballot noticed on it shows the Spanish reader
// the translation frozen at notice beside the official text. Every
// reader's page fits 360 px.
func TestTranslationsFollowTheText(t *testing.T) {
	s := newSite(t)
	ctx := context.Background()
	_, v1, err := s.db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitution", Title: "Constitution of Local 1",
		Numbering: document.SchemeArticle, Markdown: []byte(constitution)})
	if err != nil {
		t.Fatal(err)
	}
	tess := s.account("tess@local1.example", "Tess Translator", member.RoleMember)
	if err := s.db.SetTranslatorLanguages(ctx, 0, tess.ID, []string{"es", "fr"}); err != nil {
		t.Fatal(err)
	}
	maya := s.account("maya@local1.example", "Maya Member", member.RoleMember)
	committee := s.account("cleo@local1.example", "Cleo Committee", member.RoleMember, member.RoleCommittee)
	olu := s.account("olu@local1.example", "Olu Officer", member.RoleOfficer)
	nodes, err := s.db.Outline(ctx, v1.ID)
	if err != nil {
		t.Fatal(err)
	}
	var key string
	for _, n := range nodes {
		if strings.Contains(n.Heading, "General meetings are held") {
			key = n.Key
		}
	}
	if key == "" {
		t.Fatal("no clause on general meetings")
	}

	translator := s.user(t, "translator", phone, true)
	translator.login(tess.Email, password)
	translate := func(lang, words string) {
		t.Helper()
		translator.open("/")
		translator.click(`a[href="/documents/constitution/translations/`+lang+`/queue"]`, 200)
		translator.click(`#`+key+` a[href*="/sections/`+key+`"]`, 200)
		translator.fill(map[string]string{"#text": words})
		translator.click(`form[action$="/sections/`+key+`"] button[type="submit"]`, 200)
	}
	// Bad input once: a new article in place of a clause's words is
	// refused with a message, the text kept, on a phone.
	translator.open("/documents/constitution/translations/es/sections/" + key)
	translator.checkFits()
	translator.fill(map[string]string{"#text": "Las asambleas.\n\n# Un artículo nuevo"})
	translator.click(`form[action$="/sections/`+key+`"] button[type="submit"]`, 400)
	translator.expectText(".error", "structure")
	translator.checkFits()
	translate("es", "Las asambleas generales se celebran cada tres meses.")
	translate("fr", "Les assemblées générales ont lieu tous les trois mois.")

	reader := s.user(t, "reader", phone, true)
	reader.login(maya.Email, password)
	reader.open("/")
	reader.fill(map[string]string{"#lang-pick": "es"})
	reader.click(`form.lang button[type="submit"]`, 200)
	reader.open("/documents/constitution")
	reader.click("a.read-translation", 200)
	reader.expectText("#"+key+` .translated[lang="es"]`, "Las asambleas generales se celebran cada tres meses.")
	reader.checkFits()

	// The committee publishes a draft in which meetings are monthly.
	monthly := strings.Replace(constitution, "every three months", "every month", 1)
	if _, err := s.db.PublishVersion(ctx, committee.ID, store.NewVersion{Slug: "constitution", Base: v1.ID, Markdown: []byte(monthly), Origin: document.OriginImport}); err != nil {
		t.Fatal(err)
	}
	reader.open("/documents/constitution/translations/es")
	reader.expectText("#"+key+" .translation-outdated", "Traducción de una redacción anterior")
	reader.expectText("#"+key+" .official-shown", "General meetings are held every month.")
	reader.checkFits()

	translator.open("/documents/constitution/translations/es/queue")
	translator.expectText("#"+key+" .changes ins", "month")
	translator.click(`#`+key+` a[href*="/sections/`+key+`"]`, 200)
	translator.fill(map[string]string{"#text": "Las asambleas generales se celebran cada mes."})
	translator.click(`form[action$="/sections/`+key+`"] button[type="submit"]`, 200)
	reader.open("/documents/constitution/translations/es")
	reader.expectText("#"+key+` .translated[lang="es"]`, "Las asambleas generales se celebran cada mes.")
	if reader.count("#"+key+" .translation-outdated") != 0 {
		t.Error("still out of date after the update")
	}

	// A member moves to meetings every two weeks; the translator translates
	// the amendment's clause; the officer gives notice of the ballot.
	_ = s.db.SetCosponsorsNeeded(ctx, 0, "constitution", 0)
	head, err := s.db.HeadVersion(ctx, v1.DocumentID)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.db.ProposeAmendment(ctx, maya, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Fortnightly meetings",
		Proposed: []byte(strings.Replace(monthly, "every month", "every two weeks", 1)), Submit: true})
	if err != nil {
		t.Fatal(err)
	}
	page := fmt.Sprintf("/amendments/%d/translations/es", a.ID)
	translator.open(page)
	translator.fill(map[string]string{"#text-" + key: "Las asambleas generales se celebran cada dos semanas."})
	translator.click(`form[action="`+page+`"] button[type="submit"]`, 200)
	tellers := storetest.NewTellers(t, s.db, "Teller", 2)
	now := s.db.Now()
	b, err := s.db.NoticeBallot(ctx, olu, store.NewBallot{DocumentSlug: "constitution", Title: "Fortnightly meetings", MinBallots: 3,
		OpensAt: now.Add(time.Hour), ClosesAt: now.Add(72 * time.Hour), Questions: []store.NewQuestion{{Kind: ballot.KindAmendment, AmendmentID: a.ID}},
		Tellers: storetest.TellerIDs(tellers), SharesNeeded: 2})
	if err != nil {
		t.Fatal(err)
	}
	reader.open(fmt.Sprintf("/ballots/%d", b.ID))
	reader.expectText(`.frozen-translation[open] [lang="es"]`, "Las asambleas generales se celebran cada dos semanas.")
	reader.expectText(".frozen-translations .meta", "Los miembros adoptan el texto oficial")
	reader.checkFits()
}
