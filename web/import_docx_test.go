package web_test

import (
	"archive/zip"
	"bytes"
	"net/http"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/export"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// withPart adds a part to a Word file.
func withPart(t *testing.T, docx []byte, name, body string) []byte {
	t.Helper()
	r, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w := zip.NewWriter(&out)
	for _, f := range r.File {
		if err := w.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	fw, _ := w.Create(name)
	fw.Write([]byte(body))
	w.Close()
	return out.Bytes()
}

// TestImportWordPreview: the committee uploads a Word file and sees its
// Markdown in the form, with what was not kept, and nothing is published
// until it publishes that Markdown; a Word file with macros, or a broken
// one, is refused with its reason and nothing stored; text pasted from a
// PDF is cleaned in the form.
func TestImportWordPreview(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		committee := s.loggedIn(member.RoleCommittee)
		head, nodes := s.current()
		p, err := document.Prepare([]byte(constitution), document.SchemeArticle, nil)
		if err != nil {
			t.Fatal(err)
		}
		f, err := export.Version{Document: document.Document{Slug: "c"}, Text: p}.Export(export.DOCX, export.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docx := withPart(t, f.Body, "word/header1.xml", "<w:hdr/>")

		res := committee.upload("/import", "/import", map[string]string{"slug": "bylaws"}, "file", "Bylaws.docx", docx)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("preview: %d\n%s", res.StatusCode, res.Body)
		}
		md := res.find("textarea#markdown").Text()
		if !strings.Contains(md, nodes[len(nodes)-1].Heading[:10]) || !strings.Contains(res.Body, "Bylaws.docx") || !strings.Contains(res.find(".import-lost").Text(), "headers") {
			t.Errorf("the preview lacks the text or what was lost:\n%s", res.find("main").Text())
		}
		if now, _ := s.current(); now.ID != head.ID {
			t.Errorf("a preview published a version")
		}
		if res := committee.get("/documents/bylaws"); res.StatusCode != http.StatusNotFound {
			t.Errorf("a preview created a document: %d", res.StatusCode)
		}

		for name, file := range map[string][]byte{
			"macros":              withPart(t, docx, "word/vbaProject.bin", "x"),
			"not a Word document": []byte("PK\x03\x04 not a zip at all"),
		} {
			res := committee.upload("/import", "/import", map[string]string{"slug": "constitution"}, "file", "evil.docm", file)
			if res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), name) {
				t.Errorf("%s: %d %q", name, res.StatusCode, res.find(".error").Text())
			}
			if now, _ := s.current(); now.ID != head.ID {
				t.Errorf("%s: a version was published", name)
			}
		}

		published := committee.upload("/import", "/import", map[string]string{"slug": "bylaws", "title": "Bylaws", "numbering": "article", "markdown": md}, "file", "", nil)
		if published.StatusCode != http.StatusSeeOther {
			t.Fatalf("publishing the preview: %d %s", published.StatusCode, published.find(".error").Text())
		}

		cleaned := committee.upload("/import", "/import", map[string]string{"slug": "constitution", "action": "clean",
			"markdown": "Members shall pay\ndues monthly.\n12\n"}, "file", "", nil)
		if got := cleaned.find("textarea#markdown").Text(); cleaned.StatusCode != http.StatusOK || got != "Members shall pay dues monthly.\n" {
			t.Errorf("cleaning: %d %q", cleaned.StatusCode, got)
		}
	})
}
