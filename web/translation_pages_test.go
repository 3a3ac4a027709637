package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestTranslationPages: the admin names a translator for Spanish; the
// translator translates a section side by side; readers see it in Spanish
// marked lang="es" with the official words a tap away; once a new version
// changes the section, readers are told the translation is of an earlier
// wording and shown the official text, and the translator's queue shows the
// redline; a translation that would restructure the document is refused
// and the form keeps what they typed.
func TestTranslationPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		admin := s.loggedIn(member.RoleAdmin)
		translator := s.users[member.RoleMember]
		res := admin.submit("/admin/members", "/admin/members/"+strconv.FormatInt(translator.ID, 10)+"/translator", url.Values{"languages": {"es, fr"}})
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("naming a translator: %d", res.StatusCode)
		}
		if got, _ := admin.get("/admin/members").find("#translates-" + strconv.FormatInt(translator.ID, 10)).Attr("value"); got != "es, fr" {
			t.Errorf("the members page shows %q", got)
		}
		_, nodes := s.current()
		key := keysByNumber(nodes)["Article II, Section 1(a)"]
		ana := s.loggedIn(member.RoleMember)
		page := "/documents/constitution/translations/es"
		if ana.get("/").find(`a[href="`+page+`/queue"]`).Length() != 1 {
			t.Error("the translator's home page does not lead to their queue")
		}
		form := page + "/sections/" + key
		res = ana.get(form)
		if res.StatusCode != http.StatusOK || res.find(`textarea[name="text"]`).Length() != 1 {
			t.Fatalf("the translator's form: %d", res.StatusCode)
		}
		if !strings.Contains(res.find(".side-by-side .official").Text(), "set") {
			t.Errorf("the official words beside the form: %q", res.find(".side-by-side .official").Text())
		}
		// translate posts the form as a browser does, with its hidden
		// fields: the token, the version and the hash of the words shown.
		translate := func(b *browser, text string) *response {
			fields := url.Values{"text": {text}}
			for k, v := range b.hiddenFields(form, form) {
				fields.Set(k, v)
			}
			return b.post(form, fields)
		}
		// A new clause is not a translation: refused, the text kept.
		bad := "Las cuotas las fijan los miembros.\n\n1. Una cláusula nueva"
		res = translate(ana, bad)
		if res.StatusCode != http.StatusBadRequest || res.find(".error").Length() != 1 || res.find("textarea").Text() != bad {
			t.Fatalf("a restructuring translation: %d %q %q", res.StatusCode, res.find(".error").Text(), res.find("textarea").Text())
		}
		res = translate(ana, "Las cuotas las fijan los miembros.")
		if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), page) {
			t.Fatalf("saving: %d %s", res.StatusCode, res.Header.Get("Location"))
		}
		// Another member, who is no translator, reads it and may not write.
		reader := s.loggedIn(member.RoleCommittee)
		res = reader.get(page)
		sec := res.find("#" + key)
		if sec.Find(`.translated[lang="es"]`).Length() != 1 || !strings.Contains(sec.Find(".translated").Text(), "Las cuotas las fijan") {
			t.Fatalf("the translated section: %d %q", res.StatusCode, res.Body[:min(len(res.Body), 3000)])
		}
		if sec.Find("details.official").Length() != 1 || res.find(".authoritative").Length() != 1 {
			t.Error("the official text is not a tap away, or the page does not say it alone is authoritative")
		}
		if res.find(`a[href*="/sections/"]`).Length() != 0 {
			t.Error("a reader who is no translator is offered to translate")
		}
		if res := reader.post(form, url.Values{"csrf_token": {reader.csrf(page)}, "text": {"x"}, "source_sha256": {"x"}}); res.StatusCode != http.StatusForbidden {
			t.Errorf("a non-translator's translation: %d", res.StatusCode)
		}
		// The committee changes the clause.
		head, _ := s.current()
		changed := strings.Replace(head.Markdown, "by the members.", "by the members at a meeting.", 1)
		if _, err := db.PublishVersion(ctx, s.users[member.RoleCommittee].ID, store.NewVersion{Slug: "constitution", Base: head.ID, Markdown: []byte(changed), Origin: document.OriginMerge}); err != nil {
			t.Fatal(err)
		}
		res = reader.get(page)
		sec = res.find("#" + key)
		if sec.Find(".translation-outdated").Length() != 1 || !strings.Contains(sec.Find(".official-shown").Text(), "at a meeting") {
			t.Fatalf("after the change: %q", sec.Text())
		}
		queue := ana.get(page + "/queue").find("#" + key)
		if !strings.Contains(queue.Find(".changes ins").Text(), "at a meeting") {
			t.Errorf("the queue's redline: %q", queue.Find(".changes").Text())
		}
		// Saving against the words they saw before the change is refused.
		stale := ana.post(form, url.Values{"csrf_token": {ana.csrf(page)}, "text": {"Las cuotas."}, "source_sha256": {"0000"}})
		if stale.StatusCode != http.StatusConflict {
			t.Errorf("a translation of words no longer there: %d", stale.StatusCode)
		}
		res = translate(ana, "Las cuotas las fijan los miembros en una reunión.")
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("updating: %d", res.StatusCode)
		}
		if reader.get(page).find("#"+key+" .translation-outdated").Length() != 0 {
			t.Error("still out of date after the update")
		}
		// A form opened before the next version is published saves against
		// the current words, and is refused once they changed.
		opened := url.Values{"text": {"Las cuotas las fijan los miembros en una asamblea."}}
		for k, v := range ana.hiddenFields(form, form) {
			opened.Set(k, v)
		}
		if opened.Get("version") != "" {
			t.Errorf("the form on the current version names version %s", opened.Get("version"))
		}
		head2, _ := s.current()
		again := strings.Replace(head2.Markdown, "at a meeting.", "at a general meeting.", 1)
		if _, err := db.PublishVersion(ctx, s.users[member.RoleCommittee].ID, store.NewVersion{Slug: "constitution", Base: head2.ID, Markdown: []byte(again), Origin: document.OriginMerge}); err != nil {
			t.Fatal(err)
		}
		if res := ana.post(form, opened); res.StatusCode != http.StatusConflict {
			t.Errorf("a translation of words changed since the form was opened: %d", res.StatusCode)
		}
		// A Spanish reader of the document page is offered the translation.
		es := s.loggedIn(member.RoleObserver)
		es.post("/language", url.Values{"csrf_token": {es.csrf("/")}, "lang": {"fr"}})
		if href, _ := es.get("/documents/constitution").find("a.read-translation").Attr("href"); !strings.HasPrefix(href, "/documents/constitution/translations/fr") {
			t.Errorf("a French reader's link to the translation: %q", href)
		}
	})
}

// TestCommentsKeepTheirLanguage: a comment is marked with the language its
// author wrote it in (their interface's), so that a reader of another
// language and a screen reader know it.
func TestCommentsKeepTheirLanguage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		head, nodes := s.current()
		page := "/documents/constitution/sections/" + keysByNumber(nodes)["Article II, Section 1(a)"]
		fr := s.loggedIn(member.RoleMember)
		fr.post("/language", url.Values{"csrf_token": {fr.csrf("/")}, "lang": {"fr"}})
		res := fr.submit(page, page+"/comments", url.Values{"version_id": {strconv.FormatInt(head.ID, 10)}, "stance": {"support"}, "body": {"Je suis d'accord."}})
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("posting: %d", res.StatusCode)
		}
		en := s.loggedIn(member.RoleCommittee)
		body := en.get(page).find(`.member-text[lang="fr"]`)
		if !strings.Contains(body.Text(), "Je suis d'accord.") {
			t.Errorf("the comment is not marked as French: %q", en.get(page).find(".member-text").Text())
		}
		if en.get(page).find(`.comment-lang[lang="fr"]`).Length() != 1 {
			t.Error("an English reader is not told the comment is in French")
		}
		if fr.get(page).find(".comment-lang").Length() != 0 {
			t.Error("a French reader is told a French comment is in French")
		}
	})
}

// TestAmendmentTranslationOnTheBallot: a translator translates the clause
// an amendment writes, from the amendment's page in Spanish; the ballot
// noticed on it shows that translation, frozen, open for a Spanish reader,
// beside the official text it says alone is adopted.
func TestAmendmentTranslationOnTheBallot(t *testing.T) {
	db := storetest.SQLite(t)
	clock := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	db.UseClock(func() time.Time { return clock })
	s := newSite(t, db)
	ctx := context.Background()
	translator := s.users[member.RoleMember]
	if err := db.SetTranslatorLanguages(ctx, 0, translator.ID, []string{"es"}); err != nil {
		t.Fatal(err)
	}
	head, _ := s.current()
	_ = db.SetCosponsorsNeeded(ctx, 0, "constitution", 0)
	a, err := db.ProposeAmendment(ctx, translator, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: "Town",
		Proposed: []byte(strings.Replace(constitution, "in the city", "in the town", 1)), Submit: true})
	if err != nil {
		t.Fatal(err)
	}
	page := fmt.Sprintf("/amendments/%d/translations/es", a.ID)
	tb := s.loggedIn(member.RoleMember)
	res := tb.get(page)
	forms := res.find(`form[action="` + page + `"]`)
	if res.StatusCode != http.StatusOK || forms.Length() != 1 || !strings.Contains(res.find(".official").Text(), "in the town") {
		t.Fatalf("the amendment's translation page: %d, %d forms, official %q", res.StatusCode, forms.Length(), res.find(".official").Text())
	}
	fields := url.Values{"text": {"Su oficina está en el pueblo."}}
	forms.Find(`input[type="hidden"]`).Each(func(_ int, in *goquery.Selection) { fields.Set(in.AttrOr("name", ""), in.AttrOr("value", "")) })
	if res = tb.post(page, fields); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("saving: %d %s", res.StatusCode, res.find(".error").Text())
	}
	if got := s.loggedIn(member.RoleObserver).get(page).find(`.translated [lang="es"]`).Text(); !strings.Contains(got, "en el pueblo") {
		t.Errorf("a reader of the amendment in Spanish: %q", got)
	}
	tellers := storetest.NewTellers(t, db, "Teller", 2)
	b, err := db.NoticeBallot(ctx, s.users[member.RoleOfficer], store.NewBallot{DocumentSlug: "constitution", Title: "Town", MinBallots: 3,
		OpensAt: clock.AddDate(0, 0, 30), ClosesAt: clock.AddDate(0, 0, 31), Questions: []store.NewQuestion{{Kind: ballot.KindAmendment, AmendmentID: a.ID}},
		Tellers: storetest.TellerIDs(tellers), SharesNeeded: 2})
	if err != nil {
		t.Fatal(err)
	}
	reader := s.loggedIn(member.RoleObserver)
	reader.post("/language", url.Values{"csrf_token": {reader.csrf("/")}, "lang": {"es"}})
	res = reader.get(fmt.Sprintf("/ballots/%d", b.ID))
	frozen := res.find(".frozen-translation")
	if frozen.Length() != 1 || frozen.AttrOr("open", "x") == "x" || !strings.Contains(frozen.Find(`[lang="es"]`).Text(), "en el pueblo") {
		t.Fatalf("the ballot's frozen translation: %d %q", res.StatusCode, frozen.Text())
	}
	if res.find(".frozen-translations .meta").Length() == 0 {
		t.Error("the ballot does not say the official text alone is adopted")
	}
}

// TestTranslationExport: a version downloaded in a language holds the
// translated sections in place of the official words, the others as they
// are, and says what it is; the HTML is marked with the language.
func TestTranslationExport(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	translator := s.users[member.RoleMember]
	if err := db.SetTranslatorLanguages(ctx, 0, translator.ID, []string{"es"}); err != nil {
		t.Fatal(err)
	}
	head, _ := s.current()
	view, err := db.Translation(ctx, "constitution", 0, "es")
	if err != nil {
		t.Fatal(err)
	}
	for _, sec := range view.Sections {
		if strings.Contains(sec.Segment.Body, "Dues are") {
			if _, err := db.SaveTranslation(ctx, &translator, store.NewTranslation{Slug: "constitution", Language: "es", Key: sec.Segment.Key,
				SourceSHA256: sec.Segment.Hash(), Body: "Las cuotas las fijan los miembros."}); err != nil {
				t.Fatal(err)
			}
		}
	}
	b := s.loggedIn(member.RoleObserver)
	path := fmt.Sprintf("/documents/constitution/versions/%d/export?lang=es&format=", head.ID)
	md := b.get(path + "md")
	if md.StatusCode != http.StatusOK || !strings.Contains(md.Body, "1. Las cuotas las fijan los miembros.") || !strings.Contains(md.Body, "The union is Local 1.") ||
		!strings.Contains(md.Header.Get("Content-Disposition"), "-es.md") {
		t.Fatalf("Markdown in Spanish: %d %s\n%s", md.StatusCode, md.Header.Get("Content-Disposition"), md.Body)
	}
	if !strings.Contains(md.Body, "> Translation into es of version") || !strings.HasPrefix(md.Body, "---\n") {
		t.Errorf("the Markdown does not say, after its front matter, that it is a translation:\n%s", md.Body[:min(len(md.Body), 300)])
	}
	page := b.get(path + "html")
	if page.find(`html[lang="es"]`).Length() != 1 || !strings.Contains(page.Body, "Las cuotas las fijan") || !strings.Contains(page.Body, "alone is authoritative") {
		t.Errorf("HTML in Spanish: %d", page.StatusCode)
	}
	if official := b.get(fmt.Sprintf("/documents/constitution/versions/%d/export?format=html", head.ID)); !strings.Contains(official.Body, "Official text (en)") {
		t.Error("the official text's HTML does not say it is the official text")
	}
	if got := b.get("/documents/constitution").find(".official-language").Text(); got != "Official text, in English" {
		t.Errorf("the document page says %q of its official language", got)
	}
	if res := b.get(fmt.Sprintf("/documents/constitution/versions/%d/export?lang=en&format=md", head.ID)); res.StatusCode != http.StatusBadRequest {
		t.Errorf("the official language as a translation: %d", res.StatusCode)
	}
}
