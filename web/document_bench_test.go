package web_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
	"github.com/charter-org/charter/web"
)

// BenchmarkDocumentPage serves a document's page to a logged-in member
// through the whole handler on a SQLite file: the largest corpus bylaw with
// 200 comments (the target's page), and generated constitutions of 1×, 4×
// and 16× 62.5 KB with 3,125, 12,500 and 50,000 comments. "warm": the
// caches hold the version and its counts, as for every reader but the
// first; "new-comment": a comment is posted before each view (untimed), so
// the view counts the comments again.
func BenchmarkDocumentPage(b *testing.B) {
	type input struct {
		name     string
		text     []byte
		scheme   document.Scheme
		comments int
	}
	_, base, _, err := corpus.LargestAmendment()
	if err != nil {
		b.Skip(err)
	}
	inputs := []input{{"corpus-largest-200-comments", base, document.SchemeZeroBased, 200}}
	for _, s := range corpus.Scales {
		inputs = append(inputs, input{s.Name, corpus.Constitution(s.Bytes, 1), document.SchemeArticle, s.Comments})
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			ctx := context.Background()
			p := newPageBench(b, in.text, in.scheme, in.comments, nil)
			db, u, v, nodes, view := p.db, p.u, p.v, p.nodes, p.view
			view() // the first reader renders the version
			b.Run("warm", func(b *testing.B) {
				for b.Loop() {
					view()
				}
			})
			b.Run("new-comment", func(b *testing.B) {
				for i := 0; b.Loop(); i++ {
					b.StopTimer()
					if _, err := db.PostComment(ctx, u, store.NewComment{DocumentSlug: "c", VersionID: v.ID, SectionKey: nodes[i%len(nodes)].Key,
						Stance: comment.Support, Body: "One more."}); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					view()
				}
			})
		})
	}
}

// pageBench is a member's view of a document's page through the whole
// handler, on a SQLite file holding text and comments.
type pageBench struct {
	db    *store.DB
	u     member.User
	v     document.Version
	nodes []document.Node
	view  func()
}

// newPageBench stores text with comments spread over its sections and
// serves it with the settings config makes over the store (nil: none).
func newPageBench(b *testing.B, text []byte, scheme document.Scheme, comments int, config func(*store.DB) web.Config) *pageBench {
	ctx := context.Background()
	db := storetest.SQLite(b)
	u, err := db.CreateUser(ctx, 0, store.NewUser{Email: "m@example.org", Name: "M", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
	if err != nil {
		b.Fatal(err)
	}
	_, v, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: scheme, Markdown: text})
	if err != nil {
		b.Fatal(err)
	}
	nodes, _ := db.Outline(ctx, v.ID)
	batch := make([]store.SeedComment, comments)
	for i := range batch {
		batch[i] = store.SeedComment{Author: u, NewComment: store.NewComment{SectionKey: nodes[(i*7919)%len(nodes)].Key,
			Stance: comment.Stances[i%4], Body: "A thought."}}
	}
	if _, err := db.SeedComments(ctx, "c", batch); err != nil {
		b.Fatal(err)
	}
	session, err := db.CreateSession(ctx, u.ID)
	if err != nil {
		b.Fatal(err)
	}
	var cfg web.Config
	if config != nil {
		cfg = config(db)
	}
	srv, err := web.New(ctx, db, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	h, err := srv.Handler()
	if err != nil {
		b.Fatal(err)
	}
	view := func() {
		req := httptest.NewRequest(http.MethodGet, "/documents/c", nil)
		req.AddCookie(&http.Cookie{Name: "charter_session", Value: session})
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
	return &pageBench{db: db, u: u, v: v, nodes: nodes, view: view}
}
