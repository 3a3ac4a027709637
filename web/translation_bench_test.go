package web_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
	"github.com/charter-org/charter/web"
)

// BenchmarkTranslation: a generated constitution at 1× and 4× the largest
// real bylaw, every section translated into Spanish: the translation's
// page, and a translator saving one section (its check re-parses the whole
// text; the index is kept in the same transaction).
func BenchmarkTranslation(b *testing.B) {
	for _, scale := range corpus.Scales[:2] {
		b.Run(scale.Name, func(b *testing.B) {
			ctx := context.Background()
			db := storetest.SQLite(b)
			u, err := db.CreateUser(ctx, 0, store.NewUser{Email: "t@example.org", Name: "T", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
			if err != nil {
				b.Fatal(err)
			}
			if err := db.SetTranslatorLanguages(ctx, 0, u.ID, []string{"es"}); err != nil {
				b.Fatal(err)
			}
			if _, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: corpus.Constitution(scale.Bytes, 1)}); err != nil {
				b.Fatal(err)
			}
			view, err := db.Translation(ctx, "c", 0, "es")
			if err != nil {
				b.Fatal(err)
			}
			save := func(i int) {
				s := view.Sections[i%len(view.Sections)]
				if _, err := db.SaveTranslation(ctx, &u, store.NewTranslation{Slug: "c", Language: "es", Key: s.Segment.Key,
					SourceSHA256: s.Segment.Hash(), Body: s.Segment.Body}); err != nil {
					b.Fatal(err)
				}
			}
			for i := range view.Sections {
				save(i)
			}
			b.ReportMetric(float64(len(view.Sections)), "sections")
			session, err := db.CreateSession(ctx, u.ID)
			if err != nil {
				b.Fatal(err)
			}
			srv, err := web.New(ctx, db, web.Config{}, slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err != nil {
				b.Fatal(err)
			}
			h, err := srv.Handler()
			if err != nil {
				b.Fatal(err)
			}
			b.Run("page", func(b *testing.B) {
				for b.Loop() {
					req := httptest.NewRequest(http.MethodGet, "/documents/c/translations/es", nil)
					req.AddCookie(&http.Cookie{Name: "charter_session", Value: session})
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					if rec.Code != http.StatusOK {
						b.Fatalf("status %d", rec.Code)
					}
				}
			})
			b.Run("save", func(b *testing.B) {
				for i := 0; b.Loop(); i++ {
					save(i)
				}
			})
		})
	}
}
