package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// apiCall sends a JSON request with a bearer token ("" for none) and
// decodes the JSON answer.
func (s *site) apiCall(method, path, token, body string) (int, map[string]any) {
	s.t.Helper()
	req, _ := http.NewRequest(method, s.srv.URL+path, strings.NewReader(body))
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		s.t.Fatalf("%s %s: answer is not JSON: %v", method, path, err)
	}
	return res.StatusCode, out
}

func (s *site) token(role member.Role) string {
	s.t.Helper()
	tok, err := s.db.CreateToken(context.Background(), 0, s.users[role].ID, "test")
	if err != nil {
		s.t.Fatal(err)
	}
	return tok
}

func errorCode(t *testing.T, body map[string]any) string {
	t.Helper()
	e, ok := body["error"].(map[string]any)
	if !ok || e["message"] == "" {
		t.Fatalf("not an error body: %v", body)
	}
	return e["code"].(string)
}

func TestAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		committee, reader := s.token(member.RoleCommittee), s.token(member.RoleMember)

		if status, body := s.apiCall("GET", "/api/v1/documents", "", ""); status != http.StatusUnauthorized || errorCode(t, body) != "unauthorized" {
			t.Errorf("no token: %d %v", status, body)
		}
		if status, body := s.apiCall("GET", "/api/v1/documents", "ct_forged", ""); status != http.StatusUnauthorized || errorCode(t, body) != "unauthorized" {
			t.Errorf("bad token: %d %v", status, body)
		}
		status, body := s.apiCall("GET", "/api/v1/documents", reader, "")
		if status != http.StatusOK || len(body["documents"].([]any)) != 1 {
			t.Fatalf("list: %d %v", status, body)
		}

		create := `{"slug":"standing-rules","title":"Standing Rules","numbering":"decimal","markdown":"# Meetings\n\n1. Monthly.\n\n# Debate\n\n1. Speakers alternate.\n"}`
		if status, body := s.apiCall("POST", "/api/v1/documents", reader, create); status != http.StatusForbidden || errorCode(t, body) != "forbidden" {
			t.Errorf("member creates: %d %v", status, body)
		}
		status, body = s.apiCall("POST", "/api/v1/documents", committee, create)
		if status != http.StatusCreated || body["slug"] != "standing-rules" {
			t.Fatalf("create: %d %v", status, body)
		}
		v1 := body["versions"].([]any)[0].(map[string]any)["id"]
		if status, body := s.apiCall("POST", "/api/v1/documents", committee, create); status != http.StatusConflict || errorCode(t, body) != "conflict" {
			t.Errorf("duplicate slug: %d %v", status, body)
		}

		bad := map[string]struct {
			body   string
			status int
		}{
			"missing field":   {`{"slug":"x","title":"X","numbering":"decimal"}`, http.StatusBadRequest},
			"malformed json":  {`{"slug":`, http.StatusBadRequest},
			"unknown field":   {`{"slug":"x","title":"X","numbering":"decimal","markdown":"# A\n\n1. a\n","colour":"red"}`, http.StatusBadRequest},
			"wrong type":      {`{"slug":7,"title":"X","numbering":"decimal","markdown":"# A\n"}`, http.StatusBadRequest},
			"bad numbering":   {`{"slug":"x","title":"X","numbering":"roman","markdown":"# A\n\n1. a\n"}`, http.StatusBadRequest},
			"bad slug":        {`{"slug":"Bad Slug!","title":"X","numbering":"decimal","markdown":"# A\n\n1. a\n"}`, http.StatusBadRequest},
			"invalid utf-8":   {`{"slug":"x","title":"X","numbering":"decimal","markdown":"# A\n\n1. \udc00\n"}`, http.StatusBadRequest},
			"deep nesting":    {`{"slug":"x","title":"X","numbering":"decimal","markdown":"` + strings.Repeat("> ", 1000) + `x"}`, http.StatusBadRequest},
			"empty body":      {``, http.StatusBadRequest},
			"twenty megabyte": {`{"slug":"x","title":"X","numbering":"decimal","markdown":"` + strings.Repeat("a", 20<<20) + `"}`, http.StatusRequestEntityTooLarge},
		}
		for name, tc := range bad {
			status, body := s.apiCall("POST", "/api/v1/documents", committee, tc.body)
			if status != tc.status {
				t.Errorf("%s: status %d, want %d (%v)", name, status, tc.status, body["error"])
				continue
			}
			errorCode(t, body)
		}
		if n, _ := db.CountDocuments(context.Background()); n != 2 {
			t.Errorf("bad requests left %d documents, want 2", n)
		}

		status, body = s.apiCall("POST", "/api/v1/documents/standing-rules/versions", committee, fmt.Sprintf(`{"base_version_id":%v,"markdown":"# Meetings\n\n1. Weekly.\n\n# Debate\n\n1. Speakers alternate.\n"}`, v1))
		if status != http.StatusCreated || body["number"] != float64(2) {
			t.Fatalf("publish: %d %v", status, body)
		}
		if status, _ := s.apiCall("POST", "/api/v1/documents/nope/versions", committee, fmt.Sprintf(`{"base_version_id":%v,"markdown":"# A\n\n1. a\n"}`, v1)); status != http.StatusNotFound {
			t.Errorf("publish to missing document: %d", status)
		}

		status, body = s.apiCall("GET", "/api/v1/documents/standing-rules", reader, "")
		versions, _ := body["versions"].([]any)
		if status != http.StatusOK || len(versions) != 2 {
			t.Fatalf("get: %d %v", status, body)
		}
		v2 := versions[0].(map[string]any)
		for _, field := range []string{"id", "number", "sha256", "kind", "created_at"} {
			if _, ok := v2[field]; !ok {
				t.Errorf("version lacks %s", field)
			}
		}
		id := strconv.Itoa(int(v2["id"].(float64)))
		status, body = s.apiCall("GET", "/api/v1/documents/standing-rules/versions/"+id+"/outline", reader, "")
		nodes, _ := body["nodes"].([]any)
		if status != http.StatusOK || len(nodes) != 4 {
			t.Fatalf("outline: %d %v", status, body)
		}
		first := nodes[0].(map[string]any)
		if first["number"] != "1" || first["heading"] != "Meetings" || first["depth"] != float64(0) || first["key"] == "" {
			t.Errorf("first node %v", first)
		}
		clause := nodes[1].(map[string]any)
		if clause["number"] != "1.1" || clause["heading"] != "Weekly." || clause["parent_key"] != first["key"] {
			t.Errorf("clause node %v", clause)
		}
		if status, _ := s.apiCall("GET", "/api/v1/documents/constitution/versions/"+id+"/outline", reader, ""); status != http.StatusNotFound {
			t.Errorf("version of another document: %d", status)
		}
	})
}

// A browser session can call the API, but a state change needs the CSRF
// header: a cookie alone is what a forged page would have.
func TestAPISessionNeedsCSRF(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	b := s.loggedIn(member.RoleCommittee)
	if res := b.get("/api/v1/documents"); res.StatusCode != http.StatusOK {
		t.Errorf("session GET: %d", res.StatusCode)
	}
	body := `{"slug":"x","title":"X","numbering":"decimal","markdown":"# A\n\n1. a\n\n# B\n\n1. b\n"}`
	req, _ := http.NewRequest("POST", s.srv.URL+"/api/v1/documents", strings.NewReader(body))
	if res := b.do(req); res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, `"csrf_rejected"`) {
		t.Errorf("session POST without token: %d %s", res.StatusCode, res.Body)
	}
	req, _ = http.NewRequest("POST", s.srv.URL+"/api/v1/documents", strings.NewReader(body))
	req.Header.Set("X-CSRF-Token", b.csrf("/"))
	if res := b.do(req); res.StatusCode != http.StatusCreated {
		t.Errorf("session POST with token: %d %s", res.StatusCode, res.Body)
	}
}
