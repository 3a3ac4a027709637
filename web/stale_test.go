package web_test

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestConcurrentAPIPublishesOneWins is issue 14's trial through the API:
// ten publications at once, each adding its own article to version 1. They
// all got 201 and each new version dropped the others' articles; now one
// gets 201 and nine get 409 with the version published since, its origin,
// author and the article it added. A publication that names no base is
// refused.
func TestConcurrentAPIPublishesOneWins(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		committee := s.token(member.RoleCommittee)
		v1, _ := s.current()
		path := "/api/v1/documents/constitution/versions"
		if status, body := s.apiCall("POST", path, committee, jsonBody(map[string]any{"markdown": constitution + "\n## More\n\nText.\n"})); status != http.StatusBadRequest || errorCode(t, body) != "invalid" {
			t.Errorf("a publication without base_version_id: %d %v", status, body)
		}

		const writers = 10
		statuses := make([]int, writers)
		bodies := make([]map[string]any, writers)
		var wg sync.WaitGroup
		for k := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				text := constitution + fmt.Sprintf("\n## Added by writer %d\n\nWriter %d's article.\n", k, k)
				statuses[k], bodies[k] = s.apiCall("POST", path, committee, jsonBody(map[string]any{"markdown": text, "base_version_id": v1.ID}))
			}()
		}
		wg.Wait()
		winner := -1
		for k, st := range statuses {
			if st == http.StatusCreated {
				if winner >= 0 {
					t.Fatalf("writers %d and %d were both published: %v", winner, k, statuses)
				}
				winner = k
			} else if st != http.StatusConflict || errorCode(t, bodies[k]) != "conflict" {
				t.Errorf("writer %d: %d %v", k, st, bodies[k])
			}
		}
		if winner < 0 {
			t.Fatalf("no publication succeeded: %v", statuses)
		}
		won := bodies[winner]["id"].(float64)
		for k, body := range bodies {
			if k == winner {
				continue
			}
			since, _ := body["since"].([]any)
			if body["base_version_id"] != float64(v1.ID) || body["head_version_id"] != won || len(since) != 1 {
				t.Errorf("writer %d's 409: %v", k, body)
				continue
			}
			v := since[0].(map[string]any)
			changes, _ := v["changes"].([]any)
			if v["id"] != won || v["origin"] != "import" || v["author"] != "The committee" || len(changes) == 0 {
				t.Errorf("writer %d: published since: %v", k, v)
				continue
			}
			if c := changes[0].(map[string]any); c["form"] != string(amendment.FormAddSection) || !strings.Contains(c["description"].(string), fmt.Sprintf("Writer %d's article.", winner)) {
				t.Errorf("writer %d: the change since: %v", k, c)
			}
		}
		doc, _ := db.Document(ctx, "constitution")
		if versions, _ := db.Versions(ctx, doc.ID); len(versions) != 2 {
			t.Errorf("%d versions, want 2", len(versions))
		}
		head, _ := db.HeadVersion(ctx, doc.ID)
		if !strings.Contains(head.Markdown, fmt.Sprintf("Writer %d's article.", winner)) {
			t.Errorf("the head is not the winner's text")
		}
	})
}

// TestImportFormRefusesAStaleVersion: a committee member opens the import
// form; before they submit, another version is published. Their upload is
// refused with what was published since, and the form shown again on the
// current version takes their text once they have carried the change in.
func TestImportFormRefusesAStaleVersion(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		committee := s.loggedIn(member.RoleCommittee)
		v1, _ := s.current()
		form := committee.hiddenFields("/import", "/import")
		if form["base.constitution"] != strconv.FormatInt(v1.ID, 10) {
			t.Fatalf("the import form carries %q for the constitution, want version 1's id %d", form["base.constitution"], v1.ID)
		}

		meanwhile := strings.Replace(constitution, "in the city", "in the town", 1)
		v2, err := db.PublishVersion(ctx, s.users[member.RoleAdmin].ID, store.NewVersion{Slug: "constitution", Base: v1.ID, Markdown: []byte(meanwhile), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		form["slug"] = "constitution"
		mine := constitution + "\n## Strikes\n\n1. A strike is called by ballot.\n"
		res := committee.postFile("/import", form, "file", "c.md", []byte(mine))
		if res.StatusCode != http.StatusConflict {
			t.Fatalf("an upload written from version 1 after version 2: %d %s", res.StatusCode, res.find(".error").Text())
		}
		since := res.find("section.since")
		if !strings.Contains(res.find(".error").Text(), "written from version 1, but version 2 has been published since") ||
			since.Find("li").Length() < 2 || !strings.Contains(since.Text(), "The admin") ||
			!strings.Contains(since.Text(), "strike “city” and insert “town”") ||
			since.Find(fmt.Sprintf(`a[href="/documents/constitution/compare?from=%d&to=%d"]`, v1.ID, v2.ID)).Length() != 1 {
			t.Errorf("what changed since is not shown: %q", since.Text())
		}
		doc, _ := db.Document(ctx, "constitution")
		if versions, _ := db.Versions(ctx, doc.ID); len(versions) != 2 {
			t.Errorf("%d versions after the refusal, want 2", len(versions))
		}

		// The form shown again is on version 2: the text with the town
		// carried in is published.
		again := map[string]string{}
		res.find(`form[action="/import"] input[type="hidden"]`).Each(func(_ int, in *goquery.Selection) {
			again[in.AttrOr("name", "")] = in.AttrOr("value", "")
		})
		if again["base.constitution"] != strconv.FormatInt(v2.ID, 10) {
			t.Fatalf("the form shown again carries %q, want version 2's id %d", again["base.constitution"], v2.ID)
		}
		again["slug"] = "constitution"
		res = committee.postFile("/import", again, "file", "c.md", []byte(strings.Replace(mine, "in the city", "in the town", 1)))
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("the upload carried into version 2: %d %s", res.StatusCode, res.find(".error").Text())
		}
		head, _ := db.HeadVersion(ctx, doc.ID)
		if head.Number != 3 || !strings.Contains(head.Markdown, "in the town") || !strings.Contains(head.Markdown, "A strike is called by ballot.") {
			t.Errorf("head: version %d", head.Number)
		}
	})
}
