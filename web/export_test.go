package web_test

import (
	"archive/zip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestExportMarkdownAndHTML: a version's Markdown is the stored text byte
// for byte (its SHA-256 is the version's); its HTML is one file, numbered
// and anchored as the site shows it, its style inside, fetching nothing
// and running nothing; an amendment comes as CriticMarkup and as its motion
// table and redline; another member's draft is not found; an unknown
// format is refused.
func TestExportMarkdownAndHTML(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		b := s.loggedIn(member.RoleMember)
		head, nodes := s.current()
		base := fmt.Sprintf("/documents/constitution/versions/%d/export", head.ID)

		md := b.get(base + "?format=md")
		sum := sha256.Sum256([]byte(md.Body))
		if md.StatusCode != http.StatusOK || hex.EncodeToString(sum[:]) != head.SHA256 {
			t.Fatalf("markdown: %d, SHA-256 %x, want %s", md.StatusCode, sum, head.SHA256)
		}
		if got := md.Header.Get("Content-Disposition"); !strings.Contains(got, "attachment") || !strings.Contains(got, fmt.Sprintf("constitution-v%d.md", head.Number)) {
			t.Errorf("Content-Disposition %q", got)
		}

		html := b.get(base + "?format=html")
		if html.StatusCode != http.StatusOK || !strings.HasPrefix(html.Header.Get("Content-Type"), "text/html") {
			t.Fatalf("html: %d %s", html.StatusCode, html.Header.Get("Content-Type"))
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(html.Body))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range nodes {
			if got, _ := doc.Find("#" + n.Key).Attr("data-number"); got != n.Number {
				t.Errorf("%s: data-number %q, want %q", n.Key, got, n.Number)
			}
		}
		if doc.Find("script, link, img, iframe").Length() != 0 || doc.Find("style").Length() != 1 || !strings.Contains(doc.Find("style").Text(), "del") {
			t.Errorf("the HTML export is not one self-contained file")
		}

		to := "town"
		a, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID,
			Title: "Town", Proposed: []byte(strings.Replace(constitution, "city", to, 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		critic := b.get(fmt.Sprintf("/amendments/%d/export?format=md", a.ID))
		if critic.StatusCode != http.StatusOK || !strings.Contains(critic.Body, "{--city--}{++town++}") && !strings.Contains(critic.Body, "{~~city~>town~~}") {
			t.Errorf("amendment markdown: %d\n%s", critic.StatusCode, critic.Body)
		}
		page := b.get(fmt.Sprintf("/amendments/%d/export?format=html", a.ID))
		if page.StatusCode != http.StatusOK || !strings.Contains(page.Body, "<del>city</del>") || !strings.Contains(page.Body, "<ins>town</ins>") {
			t.Errorf("amendment html: %d", page.StatusCode)
		}

		word := b.get(fmt.Sprintf("/amendments/%d/export?format=docx", a.ID))
		if word.StatusCode != http.StatusOK || !strings.Contains(word.Header.Get("Content-Type"), "wordprocessingml") {
			t.Fatalf("amendment docx: %d %s", word.StatusCode, word.Header.Get("Content-Type"))
		}
		zr, err := zip.NewReader(strings.NewReader(word.Body), int64(len(word.Body)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if f.Name != "word/document.xml" {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			xml, _ := io.ReadAll(rc)
			rc.Close()
			if !strings.Contains(string(xml), "<w:ins ") || !strings.Contains(string(xml), "<w:del ") || !strings.Contains(string(xml), s.users[member.RoleMember].Name) {
				t.Errorf("the Word file has no tracked change by the sponsor")
			}
		}

		for _, format := range []string{"pdf", "docx"} {
			if res := b.get(base + "?format=" + format); res.StatusCode != http.StatusOK || !strings.Contains(res.Header.Get("Content-Disposition"), "."+format) {
				t.Errorf("version as %s: %d", format, res.StatusCode)
			}
		}

		// Two versions: the compare page offers Word with the changes
		// tracked.
		v2, err := db.PublishVersion(ctx, s.users[member.RoleCommittee].ID, store.NewVersion{Slug: "constitution", Base: head.ID,
			Markdown: []byte(strings.Replace(constitution, "city", "county", 1))})
		if err != nil {
			t.Fatal(err)
		}
		cmp := b.get(fmt.Sprintf("/documents/constitution/compare?from=%d&to=%d", head.ID, v2.ID))
		href, ok := cmp.find(`.downloads a[href*="format=docx"]`).Attr("href")
		if !ok {
			t.Fatal("the compare page offers no Word download")
		}
		tracked := b.get(href)
		if tracked.StatusCode != http.StatusOK || !strings.Contains(tracked.Header.Get("Content-Disposition"), fmt.Sprintf("v%d-to-v%d.docx", head.Number, v2.Number)) {
			t.Errorf("two versions as Word: %d %s", tracked.StatusCode, tracked.Header.Get("Content-Disposition"))
		}
		if res := b.get(strings.Replace(href, "format=docx", "format=pdf", 1)); res.StatusCode != http.StatusBadRequest {
			t.Errorf("two versions as PDF: %d", res.StatusCode)
		}

		draft, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID,
			Title: "Private", Proposed: []byte(strings.Replace(constitution, "city", "village", 1))})
		if err != nil {
			t.Fatal(err)
		}
		if res := s.loggedIn(member.RoleOfficer).get(fmt.Sprintf("/amendments/%d/export?format=md", draft.ID)); res.StatusCode != http.StatusNotFound {
			t.Errorf("another member's draft: %d", res.StatusCode)
		}
		if res := b.get(base + "?format=exe"); res.StatusCode != http.StatusBadRequest {
			t.Errorf("unknown format: %d", res.StatusCode)
		}
		if res := s.browser().get(base + "?format=md"); res.StatusCode != http.StatusSeeOther {
			t.Errorf("a visitor: %d", res.StatusCode)
		}
	})
}
