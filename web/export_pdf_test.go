package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// pdfPages are a PDF's pages as pdftotext reads them.
func pdfPages(t *testing.T, body string) []string {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not installed (Debian's poppler-utils has it)")
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Split(string(out), "\f")
}

// TestExportPDFAndMotionBook: a version and an amendment come as PDF
// attachments; another member's draft is not found as PDF either; the
// motion book holds exactly the pending amendments, in order of id, each
// from the page its table of contents gives, for members and for the API.
func TestExportPDFAndMotionBook(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		b := s.loggedIn(member.RoleMember)
		head, _ := s.current()

		v := b.get(fmt.Sprintf("/documents/constitution/versions/%d/export?format=pdf&paper=letter", head.ID))
		if v.StatusCode != http.StatusOK || v.Header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(v.Body, "%PDF") ||
			!strings.Contains(v.Header.Get("Content-Disposition"), fmt.Sprintf(`attachment; filename="constitution-v%d.pdf"`, head.Number)) {
			t.Fatalf("version pdf: %d %s %s", v.StatusCode, v.Header.Get("Content-Type"), v.Header.Get("Content-Disposition"))
		}
		if text := strings.Join(pdfPages(t, v.Body), ""); !strings.Contains(text, "The union is Local 1.") || !strings.Contains(text, head.SHA256) {
			t.Errorf("version pdf text:\n%s", text)
		}

		propose := func(title, from, to string, submit bool) int64 {
			a, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID,
				Title: title, Rationale: "Why " + title, Proposed: []byte(strings.Replace(constitution, from, to, 1)), Submit: submit})
			if err != nil {
				t.Fatal(err)
			}
			return a.ID
		}
		town := propose("Town", "city", "town", true)
		draft := propose("Private", "city", "village", false)
		dues := propose("Dues", "by the members", "by the members at a general meeting", true)

		a := b.get(fmt.Sprintf("/amendments/%d/export?format=pdf", town))
		if a.StatusCode != http.StatusOK || a.Header.Get("Content-Type") != "application/pdf" {
			t.Fatalf("amendment pdf: %d", a.StatusCode)
		}
		if text := strings.Join(pdfPages(t, a.Body), ""); !strings.Contains(text, "[city]") || !strings.Contains(text, "town") {
			t.Errorf("amendment pdf text:\n%s", text)
		}
		if res := s.loggedIn(member.RoleOfficer).get(fmt.Sprintf("/amendments/%d/export?format=pdf", draft)); res.StatusCode != http.StatusNotFound {
			t.Errorf("another member's draft as pdf: %d", res.StatusCode)
		}

		if page := b.get("/documents/constitution/amendments"); !strings.Contains(page.Body, `href="/documents/constitution/motion-book"`) {
			t.Errorf("the amendments page does not link the motion book")
		}
		book := s.loggedIn(member.RoleOfficer).get("/documents/constitution/motion-book?paper=a4")
		if book.StatusCode != http.StatusOK || book.Header.Get("Content-Type") != "application/pdf" || !strings.Contains(book.Header.Get("Content-Disposition"), "attachment") {
			t.Fatalf("motion book: %d %s", book.StatusCode, book.Header.Get("Content-Type"))
		}
		pages := pdfPages(t, book.Body)
		contents := pages[0]
		entry := regexp.MustCompile(`Amendment #(\d+): .*`)
		var listed []string
		for _, m := range entry.FindAllStringSubmatch(contents, -1) {
			listed = append(listed, m[1])
		}
		if want := []string{fmt.Sprint(town), fmt.Sprint(dues)}; strings.Join(listed, ",") != strings.Join(want, ",") {
			t.Fatalf("the contents list %v, want %v:\n%s", listed, want, contents)
		}
		// pdftotext gives the contents' page numbers after the titles, in
		// order.
		toc := contents[strings.Index(contents, "Contents"):strings.Index(contents, "How changes are marked")]
		numbers := regexp.MustCompile(`(?m)^(\d+)$`).FindAllStringSubmatch(toc, -1)
		if len(numbers) != 2 {
			t.Fatalf("the contents give no page numbers:\n%s", contents)
		}
		for i, id := range []int64{town, dues} {
			var at int
			fmt.Sscan(numbers[i][1], &at)
			if at < 2 || at > len(pages) || !strings.HasPrefix(strings.TrimSpace(pages[at-1]), fmt.Sprintf("Amendment #%d:", id)) {
				t.Errorf("amendment #%d: the contents say page %d, which begins %q", id, at, pages[min(max(at, 1), len(pages))-1][:min(60, len(pages[min(max(at, 1), len(pages))-1]))])
			}
		}
		text := strings.Join(pages, "")
		for _, want := range []string{"Why Town", "Why Dues", "[city]", "at a general meeting", "Sponsors:"} {
			if !strings.Contains(text, want) {
				t.Errorf("the motion book lacks %q", want)
			}
		}
		if strings.Contains(text, "Private") || strings.Contains(text, "village") {
			t.Errorf("the motion book holds a draft")
		}

		req, _ := http.NewRequest("GET", s.srv.URL+"/api/v1/documents/constitution/motion-book", nil)
		req.Header.Set("Authorization", "Bearer "+s.token(member.RoleMember))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !strings.HasPrefix(string(body), "%PDF") {
			t.Errorf("api motion book: %d", res.StatusCode)
		}
	})
}
