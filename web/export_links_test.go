package web_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestDownloadLinks: the document page, a version's page and an amendment's
// page offer their downloads; the Markdown and HTML ones answer, and the
// git history is a bundle git clones, for members and the API alike.
func TestDownloadLinks(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		b := s.loggedIn(member.RoleMember)
		head, _ := s.current()
		links := func(path string, want []string) map[string]string {
			t.Helper()
			res := b.get(path)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s: %d", path, res.StatusCode)
			}
			got := map[string]string{}
			var texts []string
			res.find(".downloads a").Each(func(_ int, a *goquery.Selection) {
				href, _ := a.Attr("href")
				got[strings.TrimSpace(a.Text())] = href
				texts = append(texts, strings.TrimSpace(a.Text()))
			})
			if strings.Join(texts, "|") != strings.Join(want, "|") {
				t.Errorf("%s: downloads %q, want %q", path, texts, want)
			}
			for _, name := range []string{want[0], "HTML"} {
				if res := b.get(got[name]); res.StatusCode != http.StatusOK || !strings.Contains(res.Header.Get("Content-Disposition"), "attachment") {
					t.Errorf("%s: %s (%s) answers %d", path, name, got[name], res.StatusCode)
				}
			}
			return got
		}
		versionLinks := []string{"Markdown", "HTML", "PDF", "Word", "Git history"}
		got := links("/documents/constitution", versionLinks)
		if want := fmt.Sprintf("/documents/constitution/versions/%d/export?format=md", head.ID); got["Markdown"] != want {
			t.Errorf("the current version's Markdown: %s, want %s", got["Markdown"], want)
		}
		links(fmt.Sprintf("/documents/constitution/versions/%d", head.ID), versionLinks)

		a, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID,
			Title: "Town", Proposed: []byte(strings.Replace(constitution, "city", "town", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		links(fmt.Sprintf("/amendments/%d", a.ID), []string{"Markdown (CriticMarkup)", "HTML", "PDF", "Word"})

		bundle := b.get(got["Git history"])
		if bundle.StatusCode != http.StatusOK || !strings.HasPrefix(bundle.Body, "# v2 git bundle\n") ||
			!strings.Contains(bundle.Header.Get("Content-Disposition"), `filename="constitution.bundle"`) {
			t.Fatalf("bundle: %d %q", bundle.StatusCode, bundle.Header.Get("Content-Disposition"))
		}
		req, _ := http.NewRequest(http.MethodGet, s.srv.URL+"/api/v1/documents/constitution/history.bundle", nil)
		req.Header.Set("Authorization", "Bearer "+s.token(member.RoleObserver))
		if res := b.do(req); res.StatusCode != http.StatusOK || res.Body != bundle.Body {
			t.Errorf("the API's bundle: %d, the same bytes: %v", res.StatusCode, res.Body == bundle.Body)
		}
		if res := b.get("/documents/nothing/history.bundle"); res.StatusCode != http.StatusNotFound {
			t.Errorf("no such document: %d", res.StatusCode)
		}
		if res := s.browser().get(got["Git history"]); res.StatusCode != http.StatusSeeOther {
			t.Errorf("a visitor: %d", res.StatusCode)
		}

		if _, err := exec.LookPath("git"); err != nil {
			t.Skip("git is not installed: the bundle is checked by git itself (apt-get install git)")
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "constitution.bundle")
		_ = os.WriteFile(path, []byte(bundle.Body), 0o644)
		if out, err := exec.Command("git", "-C", dir, "clone", "-q", path, "clone").CombinedOutput(); err != nil {
			t.Fatalf("git clone: %v\n%s", err, out)
		}
		text, err := os.ReadFile(filepath.Join(dir, "clone", "constitution.md"))
		if err != nil || document.Hash(text) != head.SHA256 {
			t.Errorf("the clone's file is not the current version: %v", err)
		}
	})
}
