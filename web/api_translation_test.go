package web_test

import (
	"context"
	"fmt"
	"net/http"
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestTranslationAPI: a translator reads a section beside its official
// words and hash, and writes its translation against that hash; a
// translation of other words, by someone who is not a translator for the
// language, or into the official language, is refused and nothing stored.
func TestTranslationAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newSite(t, db)
		translator := s.users[member.RoleMember]
		if err := db.SetTranslatorLanguages(ctx, 0, translator.ID, []string{"es"}); err != nil {
			t.Fatal(err)
		}
		head, nodes := s.current()
		key := keysByNumber(nodes)["Article II, Section 1(a)"]
		path := fmt.Sprintf("/api/v1/documents/constitution/versions/%d/translations/es/sections/%s", head.ID, key)
		tr, other := s.token(member.RoleMember), s.token(member.RoleCommittee)
		status, body := s.apiCall("GET", path, other, "")
		official, _ := body["official"].(map[string]any)
		if status != http.StatusOK || body["status"] != "missing" || official["sha256"] == nil || official["language"] != "en" {
			t.Fatalf("GET: %d %v", status, body)
		}
		sha := official["sha256"].(string)
		if status, _ = s.apiCall("PUT", path, tr, `{"text":"Las cuotas las fijan los miembros.","official_sha256":"00"}`); status != http.StatusConflict {
			t.Errorf("a translation of other words: %d", status)
		}
		if status, _ = s.apiCall("PUT", path, other, `{"text":"Las cuotas.","official_sha256":"`+sha+`"}`); status != http.StatusForbidden {
			t.Errorf("not a translator: %d", status)
		}
		enPath := fmt.Sprintf("/api/v1/documents/constitution/versions/%d/translations/en/sections/%s", head.ID, key)
		if status, _ = s.apiCall("PUT", enPath, tr, `{"text":"Dues.","official_sha256":"`+sha+`"}`); status != http.StatusBadRequest {
			t.Errorf("into the official language: %d", status)
		}
		if status, body = s.apiCall("GET", path, tr, ""); body["translation"] != nil {
			t.Fatalf("refused translations were stored: %v", body)
		}
		status, body = s.apiCall("PUT", path, tr, `{"text":"Las cuotas las fijan los miembros.","official_sha256":"`+sha+`"}`)
		got, _ := body["translation"].(map[string]any)
		if status != http.StatusOK || body["status"] != "current" || got["text"] != "Las cuotas las fijan los miembros." || got["translates_sha256"] != sha {
			t.Errorf("PUT: %d %v", status, body)
		}
	})
}
