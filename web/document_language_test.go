package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestDocumentLanguage: a document's text carries its language (and its
// direction) where the reader's interface speaks another, so that a
// French reader's screen reader reads the English constitution as
// English; in the document's own language nothing is added.
func TestDocumentLanguage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		reader := s.loggedIn(member.RoleMember)
		_, nodes := s.current()
		section := "/documents/constitution/sections/" + nodes[len(nodes)-1].Key
		if n := reader.get("/documents/constitution").find("main [lang]").Length(); n != 0 {
			t.Errorf("in English, %d elements of the English document are marked", n)
		}
		if res := reader.submit("/", "/language", url.Values{"lang": {"fr"}, "next": {"/"}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("set language: %d", res.StatusCode)
		}
		page := reader.get("/documents/constitution")
		for _, sel := range []string{".doc-head .doc-name bdi", "div.body", ".toc bdi"} {
			if el := page.find(sel).First(); el.AttrOr("lang", "") != "en" || el.AttrOr("dir", "") != "ltr" {
				t.Errorf("in French, %s is not marked as English: lang=%q dir=%q", sel, el.AttrOr("lang", ""), el.AttrOr("dir", ""))
			}
		}
		if page.find(".doc-head .meta[lang]").Length() != 0 {
			t.Error("the interface's own words are marked as the document's")
		}
		sp := reader.get(section)
		if sp.find("blockquote.section-text").AttrOr("lang", "") != "en" || sp.find("h1 bdi").Length() != sp.find(`h1 bdi[lang="en"]`).Length() {
			t.Errorf("the section page's text: %q", sp.find("blockquote.section-text").AttrOr("lang", ""))
		}

		// A document in Arabic, read in English: marked, right to left.
		committee := s.loggedIn(member.RoleCommittee)
		form := url.Values{"slug": {"nizam"}, "title": {"النظام الأساسي"}, "numbering": {"decimal"}, "language": {"ar"}, "markdown": {"# الاسم\n\n1. اسم النقابة.\n"}}
		if res := committee.submit("/import", "/import", form); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("import in Arabic: %d %s", res.StatusCode, res.find(".error").Text())
		}
		if body := committee.get("/documents/nizam").find("div.body"); body.AttrOr("lang", "") != "ar" || body.AttrOr("dir", "") != "rtl" {
			t.Errorf("an Arabic document in English: lang=%q dir=%q", body.AttrOr("lang", ""), body.AttrOr("dir", ""))
		}
		if body := committee.get("/api/v1/documents/nizam").Body; !strings.Contains(body, `"language":"ar"`) {
			t.Errorf("the API: %s", body)
		}
		form.Set("slug", "other")
		form.Set("language", "not a language")
		res := committee.submit("/import", "/import", form)
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "is not a language tag") || res.find("#language").AttrOr("value", "") != "not a language" {
			t.Errorf("a bad language: %d %q", res.StatusCode, res.find(".error").Text())
		}
	})
}
