package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

func (s *site) apiRaw(method, path, token string) (int, string, string) {
	s.t.Helper()
	req, _ := http.NewRequest(method, s.srv.URL+path, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Content-Type"), string(b)
}

func jsonBody(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestAPIAmendments(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		head, _ := s.current()
		reader, committee := s.token(member.RoleMember), s.token(member.RoleCommittee)
		proposed := strings.Replace(constitution, "Its office is in the city.", "Its office is in the city or online.", 1)
		path := "/api/v1/documents/constitution/amendments"

		status, body := s.apiCall("POST", path, reader, jsonBody(map[string]any{
			"base_version_id": head.ID, "title": "Online office", "rationale": "Members work shifts.", "proposed_markdown": proposed, "submit": true,
		}))
		if status != http.StatusCreated || body["status"] != "seconded" && body["status"] != "submitted" {
			t.Fatalf("propose: %d %v", status, body)
		}
		changes, _ := body["changes"].([]any)
		if len(changes) != 1 {
			t.Fatalf("changes: %v", body["changes"])
		}
		ch := changes[0].(map[string]any)
		if ch["number"] != "Article I, Section 1(b)" || ch["form"] != "insert" || !strings.Contains(ch["description"].(string), "insert \u201cor online\u201d after \u201cin the city\u201d") {
			t.Errorf("change: %v", ch)
		}
		id := strconv.Itoa(int(body["id"].(float64)))

		other, _, _ := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "rules", Title: "Rules", Numbering: "decimal", Markdown: []byte("# A\n\n1. a\n\n# B\n\n1. b\n")})
		otherHead, _ := db.HeadVersion(ctx, other.ID)
		bad := map[string]struct {
			body   map[string]any
			status int
		}{
			"another document's version": {map[string]any{"base_version_id": otherHead.ID, "title": "x", "proposed_markdown": proposed}, http.StatusBadRequest},
			"no change":                  {map[string]any{"base_version_id": head.ID, "title": "x", "proposed_markdown": constitution}, http.StatusBadRequest},
			"invalid utf-8 damage":       {map[string]any{"base_version_id": head.ID, "title": "x", "proposed_markdown": proposed + "\ufffd"}, http.StatusBadRequest},
			"over the size limit":        {map[string]any{"base_version_id": head.ID, "title": "x", "proposed_markdown": strings.Repeat("a", 1<<20+1)}, http.StatusRequestEntityTooLarge},
			"on another's behalf":        {map[string]any{"base_version_id": head.ID, "title": "x", "proposed_markdown": proposed, "sponsor_id": 1}, http.StatusBadRequest},
			"missing title":              {map[string]any{"base_version_id": head.ID, "proposed_markdown": proposed}, http.StatusBadRequest},
		}
		for name, tc := range bad {
			if status, body := s.apiCall("POST", path, reader, jsonBody(tc.body)); status != tc.status {
				t.Errorf("%s: %d %v", name, status, body)
			}
		}
		if list, _ := db.Amendments(ctx, s.users[member.RoleMember], head.DocumentID); len(list) != 1 {
			t.Errorf("bad proposals stored: %d amendments", len(list))
		}

		// Seconding, a secondary amendment, and no third degree.
		if status, body := s.apiCall("POST", "/api/v1/amendments/"+id+"/cosponsors", committee, ""); status != http.StatusForbidden {
			t.Errorf("committee-only account seconding: %d %v", status, body)
		}
		secondaryText := strings.Replace(proposed, "or online", "or by video", 1)
		status, body = s.apiCall("POST", path, reader, jsonBody(map[string]any{"base_version_id": head.ID, "parent_id": body0(t, id), "title": "Video", "proposed_markdown": secondaryText, "submit": true}))
		if status != http.StatusCreated {
			t.Fatalf("secondary: %d %v", status, body)
		}
		sid := strconv.Itoa(int(body["id"].(float64)))
		if ch := body["changes"].([]any)[0].(map[string]any); !strings.Contains(ch["description"].(string), "strike \u201conline\u201d and insert \u201cby video\u201d") {
			t.Errorf("secondary change is not against the primary's text: %v", ch)
		}
		third := strings.Replace(secondaryText, "by video", "by phone", 1)
		if status, _ := s.apiCall("POST", path, reader, jsonBody(map[string]any{"base_version_id": head.ID, "parent_id": body0(t, sid), "title": "Phone", "proposed_markdown": third})); status != http.StatusBadRequest {
			t.Errorf("third degree: %d", status)
		}

		// Redline formats and a forbidden transition.
		for format, want := range map[string]string{"text": "{+ or online+}", "critic": "{++ or online++}", "table": "| Article I, Section 1(b) |", "html": "<ins>"} {
			status, ctype, out := s.apiRaw("GET", "/api/v1/amendments/"+id+"/redline?format="+format, reader)
			if status != http.StatusOK || !strings.Contains(out, want) || ctype == "" {
				t.Errorf("redline %s: %d %s %q", format, status, ctype, out)
			}
		}
		if status, _, _ := s.apiRaw("GET", "/api/v1/amendments/"+id+"/redline?format=pdf", reader); status != http.StatusBadRequest {
			t.Errorf("unknown format: %d", status)
		}
		if status, body := s.apiCall("POST", "/api/v1/amendments/"+id+"/status", reader, `{"status":"adopted"}`); status != http.StatusConflict {
			t.Errorf("member adopting: %d %v", status, body)
		}
		if status, _ := s.apiCall("GET", "/api/v1/amendments/999999", reader, ""); status != http.StatusNotFound {
			t.Errorf("missing amendment: %d", status)
		}

		// Compare two versions of a document.
		v2, err := db.PublishVersion(ctx, 0, store.NewVersion{Slug: "constitution", Base: head.ID, Markdown: []byte(proposed), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		status, _, out := s.apiRaw("GET", "/api/v1/documents/constitution/compare?from="+strconv.FormatInt(head.ID, 10)+"&to="+strconv.FormatInt(v2.ID, 10)+"&format=table", reader)
		if status != http.StatusOK || strings.Count(out, "\n") != 3 || !strings.Contains(out, "or online") {
			t.Errorf("compare: %d %q", status, out)
		}
		if status, _, _ := s.apiRaw("GET", "/api/v1/documents/constitution/compare?from="+strconv.FormatInt(otherHead.ID, 10)+"&to="+strconv.FormatInt(v2.ID, 10), reader); status != http.StatusBadRequest {
			t.Errorf("compare across documents: %d", status)
		}
	})
}

func body0(t *testing.T, id string) int64 {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestAPIMerge(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	head, _ := s.current()
	if err := db.SetCosponsorsNeeded(ctx, 0, "constitution", 0); err != nil {
		t.Fatal(err)
	}
	propose := func(from, to string) int64 {
		a, err := db.ProposeAmendment(ctx, s.users[member.RoleMember], store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: to, Proposed: []byte(strings.Replace(constitution, from, to, 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		return a.ID
	}
	town, towns := propose("in the city", "in the town"), propose("in the city", "in the towns")
	office := propose("Its office", "Its main office")
	committee, reader := s.token(member.RoleCommittee), s.token(member.RoleMember)
	body := func(ids []int64, head int64, preview bool) string {
		return jsonBody(map[string]any{"amendment_ids": ids, "expected_head_version_id": head, "preview": preview})
	}
	if status, _ := s.apiCall("POST", "/api/v1/documents/constitution/merges", reader, body([]int64{town}, head.ID, false)); status != http.StatusForbidden {
		t.Errorf("member merging: %d", status)
	}
	status, out := s.apiCall("POST", "/api/v1/documents/constitution/merges", committee, body([]int64{town, towns}, head.ID, false))
	if conflicts, _ := out["conflicts"].([]any); status != http.StatusConflict || len(conflicts) != 1 || !strings.Contains(out["markdown"].(string), ">>>>>>> #") {
		t.Errorf("conflict: %d %v", status, out)
	}
	settled := func(side string, markdown string) string {
		return jsonBody(map[string]any{"amendment_ids": []int64{town, towns}, "expected_head_version_id": head.ID, "preview": true,
			"sides": []map[string]any{{"amendment_id": towns, "index": 0, "side": side}}, "markdown": markdown})
	}
	if status, out = s.apiCall("POST", "/api/v1/documents/constitution/merges", committee, settled("amendment", "")); status != http.StatusOK || !strings.Contains(out["markdown"].(string), "in the towns.") {
		t.Errorf("settled by side: %d %v", status, out)
	}
	if status, out = s.apiCall("POST", "/api/v1/documents/constitution/merges", committee, settled("both", "")); status != http.StatusBadRequest {
		t.Errorf("an unknown side: %d %v", status, out)
	}
	if status, out = s.apiCall("POST", "/api/v1/documents/constitution/merges", committee, settled("", "<<<<<<< v1\nboth\n>>>>>>> #2\n")); status != http.StatusBadRequest {
		t.Errorf("markers left in: %d %v", status, out)
	}
	status, out = s.apiCall("POST", "/api/v1/documents/constitution/merges", committee, body([]int64{town, office}, head.ID, true))
	if status != http.StatusOK || !strings.Contains(out["markdown"].(string), "Its main office is in the town.") {
		t.Errorf("preview: %d %v", status, out)
	}
	status, out = s.apiCall("POST", "/api/v1/documents/constitution/merges", committee, body([]int64{town, office}, head.ID, false))
	if status != http.StatusCreated || out["number"] != float64(2) || out["origin"] != "merge" {
		t.Fatalf("merge: %d %v", status, out)
	}
	merged := out["id"]
	status, out = s.apiCall("POST", "/api/v1/documents/constitution/merges", committee, body([]int64{towns}, head.ID, false))
	since, _ := out["since"].([]any)
	if status != http.StatusConflict || len(since) != 1 || out["head_version_id"] != merged {
		t.Fatalf("merge against a draft that moved: %d %v", status, out)
	}
	if v := since[0].(map[string]any); v["origin"] != "merge" || len(v["amendment_ids"].([]any)) != 2 {
		t.Errorf("merge against a draft that moved: published since: %v", v)
	}
}

func TestAPIProvenance(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	ctx := context.Background()
	doc, _ := db.Document(ctx, "constitution")
	v1, _ := db.HeadVersion(ctx, doc.ID)
	_ = db.SetCosponsorsNeeded(ctx, 0, "constitution", 0)
	sponsor := s.users[member.RoleMember]
	a, err := db.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, Title: "town", Proposed: []byte(strings.Replace(constitution, "in the city", "in the town", 1)), Submit: true})
	if err != nil {
		t.Fatal(err)
	}
	res, err := db.Merge(ctx, s.users[member.RoleCommittee], "constitution", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{a.ID}})
	if err != nil || len(res.Conflicts) != 0 {
		t.Fatalf("merge: %v %v", res.Conflicts, err)
	}
	v3, err := db.PublishVersion(ctx, 0, store.NewVersion{Slug: "constitution", Base: res.Version.ID, Markdown: []byte(strings.Replace(res.Text, "set", "decided", 1)), Origin: document.OriginImport})
	if err != nil {
		t.Fatal(err)
	}
	status, body := s.apiCall("GET", "/api/v1/documents/constitution/versions/"+strconv.FormatInt(v3.ID, 10)+"/provenance", s.token(member.RoleMember), "")
	if status != http.StatusOK {
		t.Fatalf("provenance: %d %v", status, body)
	}
	by := map[string]map[string]any{}
	for _, x := range body["sections"].([]any) {
		sec := x.(map[string]any)
		by[sec["number"].(string)] = sec
	}
	if got := by["Article I, Section 1(b)"]; got["origin"] != "merge" || got["amendment_id"] != float64(a.ID) || got["sponsor_id"] != float64(sponsor.ID) || got["version_number"] != float64(2) {
		t.Errorf("merged clause: %v", got)
	}
	if got := by["Article I, Section 1(a)"]; got["origin"] != "import" || got["version_number"] != float64(1) {
		t.Errorf("untouched clause: %v", got)
	}
	if got := by["Article II, Section 1(a)"]; got["origin"] != "import" || got["version_number"] != float64(3) {
		t.Errorf("clause changed by a later import: %v", got)
	}
	// The section's history page lists its import and the merged amendment.
	hist := s.loggedIn(member.RoleMember).get("/documents/constitution/sections/" + by["Article I, Section 1(b)"]["key"].(string) + "/history")
	items := hist.find("ol.history > li")
	if hist.StatusCode != http.StatusOK || items.Length() != 2 || items.Last().Find(`a[href="/amendments/`+strconv.FormatInt(a.ID, 10)+`"]`).Length() != 1 ||
		items.Last().Find("ins").Text() != "town" {
		t.Errorf("section history: %d, %d entries: %q", hist.StatusCode, items.Length(), items.Text())
	}
}
