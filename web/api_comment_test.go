package web_test

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

func TestAPIComments(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		head, nodes := s.current()
		var office string
		for _, n := range nodes {
			if n.Number == "Article I, Section 1(b)" {
				office = n.Key
			}
		}
		reader, committee := s.token(member.RoleMember), s.token(member.RoleCommittee)
		path := "/api/v1/documents/constitution/comments"
		status, body := s.apiCall("POST", path, reader, jsonBody(map[string]any{"version_id": head.ID, "section_key": office, "quote": "in the city", "stance": "question", "body": "Which city?"}))
		if status != http.StatusCreated {
			t.Fatalf("post: %d %v", status, body)
		}
		anchor := body["anchor"].(map[string]any)
		if anchor["quote"] != "in the city" || anchor["fate"] != "kept" || anchor["section_key"] != office {
			t.Errorf("anchor: %v", anchor)
		}
		id := strconv.Itoa(int(body["id"].(float64)))
		for name, tc := range map[string]struct {
			body   map[string]any
			status int
		}{
			"no such section": {map[string]any{"version_id": head.ID, "section_key": "snothere", "stance": "support", "body": "x"}, http.StatusNotFound},
			"quote not there": {map[string]any{"version_id": head.ID, "section_key": office, "quote": "in the town", "stance": "support", "body": "x"}, http.StatusBadRequest},
			"bad stance":      {map[string]any{"version_id": head.ID, "section_key": office, "stance": "meh", "body": "x"}, http.StatusBadRequest},
			"empty body":      {map[string]any{"version_id": head.ID, "section_key": office, "stance": "support", "body": ""}, http.StatusBadRequest},
			"huge body":       {map[string]any{"version_id": head.ID, "section_key": office, "stance": "support", "body": strings.Repeat("x", 10001)}, http.StatusRequestEntityTooLarge},
			"on behalf of":    {map[string]any{"version_id": head.ID, "section_key": office, "stance": "support", "body": "x", "author_id": 1}, http.StatusBadRequest},
		} {
			if status, body := s.apiCall("POST", path, reader, jsonBody(tc.body)); status != tc.status {
				t.Errorf("%s: %d %v", name, status, body)
			}
		}
		if status, _ := s.apiCall("POST", "/api/v1/comments/"+id+"/support", reader, ""); status != http.StatusOK {
			t.Errorf("+1: %d", status)
		}
		if status, _ := s.apiCall("POST", "/api/v1/comments/"+id+"/support", reader, ""); status != http.StatusConflict {
			t.Errorf("second +1: %d", status)
		}
		if status, _ := s.apiCall("POST", "/api/v1/comments/"+id+"/disposition", reader, `{"disposition":"answered","reason":"x"}`); status != http.StatusForbidden {
			t.Errorf("member disposition: %d", status)
		}
		status, body = s.apiCall("POST", "/api/v1/comments/"+id+"/disposition", committee, `{"disposition":"answered","reason":"The city of the head office, Montreal."}`)
		if status != http.StatusOK || body["disposition"] != "answered" || body["supports"] != float64(1) {
			t.Errorf("disposition: %d %v", status, body)
		}
		if _, err := db.PublishVersion(ctx, 0, store.NewVersion{Slug: "constitution", Base: head.ID, Markdown: []byte("# Constitution of Local 1\n\n## Purposes\n\n### Purposes\n\n1. To bargain.\n\n" + constitution[strings.Index(constitution, "## Name"):]), Origin: document.OriginImport}); err != nil {
			t.Fatal(err)
		}
		status, body = s.apiCall("GET", "/api/v1/comments/"+id, reader, "")
		anchor = body["anchor"].(map[string]any)
		if status != http.StatusOK || anchor["fate"] != "kept" || anchor["quote"] != "in the city" || anchor["version_id"] == float64(head.ID) {
			t.Errorf("after a new version: %d %v", status, anchor)
		}
		status, body = s.apiCall("GET", path, reader, "")
		if list := body["comments"].([]any); status != http.StatusOK || len(list) != 1 {
			t.Errorf("list: %d %v", status, body)
		}
		if status, _ := s.apiCall("GET", "/api/v1/comments/abc", reader, ""); status != http.StatusNotFound {
			t.Errorf("bad id: %d", status)
		}
	})
}

// TestAPICommentsPages: a long list comes a page at a time, each page
// naming where the next starts; together the pages hold every comment
// once, in order; a bad limit or cursor is refused.
func TestAPICommentsPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		head, nodes := s.current()
		batch := make([]store.SeedComment, 2500)
		for i := range batch {
			batch[i] = store.SeedComment{Author: s.users[member.RoleMember], NewComment: store.NewComment{VersionID: head.ID,
				SectionKey: nodes[i%len(nodes)].Key, Stance: comment.Question, Body: "Why?"}}
		}
		ids, err := db.SeedComments(context.Background(), "constitution", batch)
		if err != nil {
			t.Fatal(err)
		}
		reader := s.token(member.RoleMember)
		var got []int64
		var sizes []int
		for path := "/api/v1/documents/constitution/comments"; path != ""; {
			status, body := s.apiCall("GET", path, reader, "")
			if status != http.StatusOK {
				t.Fatalf("%s: %d %v", path, status, body)
			}
			list := body["comments"].([]any)
			sizes = append(sizes, len(list))
			for _, c := range list {
				got = append(got, int64(c.(map[string]any)["id"].(float64)))
			}
			path = ""
			if next, ok := body["next_after"].(float64); ok {
				path = fmt.Sprintf("/api/v1/documents/constitution/comments?after=%d", int64(next))
			}
		}
		if fmt.Sprint(sizes) != "[1000 1000 500]" || fmt.Sprint(got) != fmt.Sprint(ids) {
			t.Errorf("pages of %v; %d comments, want the 2,500 posted in order", sizes, len(got))
		}
		status, body := s.apiCall("GET", "/api/v1/documents/constitution/comments?limit=10&after="+strconv.FormatInt(ids[2494], 10), reader, "")
		if list := body["comments"].([]any); status != http.StatusOK || len(list) != 5 || body["next_after"] != nil {
			t.Errorf("the last five: %d, %d comments, next %v", status, len(list), body["next_after"])
		}
		for _, q := range []string{"limit=0", "limit=1001", "limit=x", "after=-1", "after=x"} {
			if status, _ := s.apiCall("GET", "/api/v1/documents/constitution/comments?"+q, reader, ""); status != http.StatusBadRequest {
				t.Errorf("?%s: %d, want 400", q, status)
			}
		}
	})
}
