package store_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// countsFromComments is how the document page counted before CommentCounts:
// every comment loaded, those opening a visible thread kept.
func countsFromComments(views []store.CommentView) map[string]int {
	out := map[string]int{}
	for _, v := range views {
		if v.ParentID != 0 || v.Place.Orphaned() || v.Deleted || v.Hidden != "" {
			continue
		}
		out[v.SectionKey+"/"+string(v.Stance)]++
	}
	return out
}

func TestCommentCountsAndSectionComments(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		var members []member.User
		for i := range 3 {
			u, err := db.CreateUser(ctx, 0, store.NewUser{Email: fmt.Sprintf("m%d@example.org", i), Name: "M", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
			if err != nil {
				t.Fatal(err)
			}
			members = append(members, u)
		}
		committee, err := db.CreateUser(ctx, 0, store.NewUser{Email: "c@example.org", Name: "C", Roles: []member.Role{member.RoleCommittee}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		nodes, _ := db.Outline(ctx, v1.ID)
		key := map[string]string{}
		for _, n := range nodes {
			key[n.Number] = n.Key
		}
		city, dues := key["Article I, Section 1(b)"], key["Article II, Section 1(a)"]
		batch := []store.SeedComment{
			{members[0], store.NewComment{SectionKey: dues, Stance: comment.Oppose, Body: "Too little.", Quote: "two dollars"}},
			{members[1], store.NewComment{SectionKey: dues, Stance: comment.Oppose, Body: "Far too little."}},
			{members[2], store.NewComment{SectionKey: dues, Stance: comment.Support, Body: "Fine."}},
			{members[0], store.NewComment{SectionKey: city, Stance: comment.Question, Body: "Which city?", Quote: "the city"}},
			{members[1], store.NewComment{SectionKey: city, Stance: comment.Concern, Body: "Hidden soon."}},
			{members[2], store.NewComment{SectionKey: city, Stance: comment.Support, Body: "Deleted soon."}},
		}
		ids, err := db.SeedComments(ctx, "c", batch)
		if err != nil || len(ids) != len(batch) {
			t.Fatal(ids, err)
		}
		// Replies go through the public path, as members post them.
		if _, err := db.PostComment(ctx, members[1], store.NewComment{DocumentSlug: "c", ParentID: ids[0], Body: "Agreed."}); err != nil {
			t.Fatal(err)
		}
		if err := db.HideComment(ctx, committee, ids[4], comment.Rules[0], "Off topic."); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteComment(ctx, members[2], ids[5]); err != nil {
			t.Fatal(err)
		}
		// draft2 changes "city" to "town": the quote of "the city" is set
		// aside in the new version, and must not be counted there.
		v2, err := db.PublishVersion(ctx, committee.ID, store.NewVersion{Slug: "c", Base: v1.ID, Markdown: []byte(draft2), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []int64{v1.ID, v2.ID} {
			views, err := db.Comments(ctx, v)
			if err != nil {
				t.Fatal(err)
			}
			got, err := db.CommentCounts(ctx, v1.DocumentID, v)
			if err != nil {
				t.Fatal(err)
			}
			counted := map[string]int{}
			for _, c := range got {
				counted[c.SectionKey+"/"+string(c.Stance)] = c.N
			}
			if want := countsFromComments(views); fmt.Sprint(counted) != fmt.Sprint(want) {
				t.Errorf("version %d: counts %v, want %v", v, counted, want)
			}
			for _, k := range []string{city, dues} {
				section, err := db.SectionComments(ctx, v, k)
				if err != nil {
					t.Fatal(err)
				}
				var want, have []int64
				top := map[int64]bool{}
				for _, c := range views {
					if c.SectionKey == k && c.ParentID == 0 {
						top[c.ID] = true
					}
				}
				for _, c := range views {
					if top[c.ID] || top[c.ParentID] || c.SectionKey == k {
						want = append(want, c.ID)
					}
				}
				for _, c := range section {
					have = append(have, c.ID)
				}
				if fmt.Sprint(have) != fmt.Sprint(want) {
					t.Errorf("version %d, section %s: %v, want %v", v, k, have, want)
				}
			}
		}
		// Origins: every comment was written on version 1.
		views2, _ := db.Comments(ctx, v2.ID)
		var shown []int64
		for _, c := range views2 {
			shown = append(shown, c.ID)
		}
		all, err := db.CommentOrigins(ctx, v2.ID, shown)
		if err != nil {
			t.Fatal(err)
		}
		some, err := db.CommentOrigins(ctx, v2.ID, shown[:2])
		if err != nil || len(all) != len(shown) || len(some) != 2 || some[shown[0]] != all[shown[0]] || some[shown[0]].VersionNumber != 1 {
			t.Errorf("origins of all: %v; of two: %v, %v", all, some, err)
		}
		if none, _ := db.CommentOrigins(ctx, v1.ID, shown); len(none) != 0 {
			t.Errorf("origins on the version they were written on: %v", none)
		}
		if got, _ := db.CommentCounts(ctx, v1.DocumentID, v1.ID); len(got) != 3 {
			t.Errorf("version 1 counts %+v: want oppose 2 and support 1 on dues, a question on the city", got)
		}
	})
}

func TestSeedRefusesWhatPostingRefuses(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	u, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "m@example.org", Name: "M", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
	lapsed, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "l@example.org", Name: "L", Roles: []member.Role{member.RoleMember}})
	_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
	if err != nil {
		t.Fatal(err)
	}
	nodes, _ := db.Outline(ctx, v1.ID)
	ok := store.SeedComment{Author: u, NewComment: store.NewComment{SectionKey: nodes[1].Key, Stance: comment.Support, Body: "Yes."}}
	for name, c := range map[string]store.SeedComment{
		"lapsed member":    {Author: lapsed, NewComment: ok.NewComment},
		"no such section":  {Author: u, NewComment: store.NewComment{SectionKey: "nope", Stance: comment.Support, Body: "x"}},
		"quote elsewhere":  {Author: u, NewComment: store.NewComment{SectionKey: nodes[1].Key, Stance: comment.Support, Body: "x", Quote: "no such words"}},
		"reply to a later": {Author: u, NewComment: store.NewComment{ParentID: -3, Body: "x"}},
	} {
		if _, err := db.SeedComments(ctx, "c", []store.SeedComment{ok, c}); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if views, _ := db.Comments(ctx, v1.ID); len(views) != 0 {
		t.Errorf("a refused batch left %d comments", len(views))
	}
	tokens, err := db.SeedTokens(ctx, 0, []int64{u.ID, lapsed.ID}, "load")
	if err != nil || len(tokens) != 2 {
		t.Fatal(tokens, err)
	}
	if who, err := db.TokenUser(ctx, tokens[1]); err != nil || who.ID != lapsed.ID {
		t.Errorf("token 2 is %+v, %v", who, err)
	}
	if _, err := db.SeedTokens(ctx, 0, []int64{u.ID, 9999}, "load"); err == nil {
		t.Errorf("token for no one: %v", err)
	}
}

// TestManyComments lists a version holding more comments than SQLite takes
// values in one statement (32,766), and their authors' names, which the
// document and section pages once failed on.
func TestManyComments(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds 33,000 comments")
	}
	db := storetest.SQLite(t)
	ctx := context.Background()
	u, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "m@example.org", Name: "M", Roles: []member.Role{member.RoleMember}, GoodStanding: true})
	_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
	if err != nil {
		t.Fatal(err)
	}
	nodes, _ := db.Outline(ctx, v1.ID)
	const n = 33000
	batch := make([]store.SeedComment, n)
	for i := range batch {
		batch[i] = store.SeedComment{Author: u, NewComment: store.NewComment{SectionKey: nodes[i%len(nodes)].Key, Stance: comment.Stances[i%4], Body: "Comment " + fmt.Sprint(i)}}
	}
	if _, err := db.SeedComments(ctx, "c", batch); err != nil {
		t.Fatal(err)
	}
	views, err := db.Comments(ctx, v1.ID)
	if err != nil || len(views) != n {
		t.Fatalf("%d comments listed, %v", len(views), err)
	}
	counts, err := db.CommentCounts(ctx, v1.DocumentID, v1.ID)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, c := range counts {
		total += c.N
	}
	section, err := db.SectionComments(ctx, v1.ID, nodes[0].Key)
	if err != nil || total != n || len(section) != (n+len(nodes)-1)/len(nodes) {
		t.Errorf("counted %d, section has %d, %v", total, len(section), err)
	}
	authors := make([]int64, len(views))
	for i, v := range views {
		authors[i] = v.AuthorID
	}
	if names, err := db.UserNames(ctx, authors); err != nil || len(names) != 1 || names[u.ID] != "M" {
		t.Errorf("the authors of %d comments: %v, %v", len(views), names, err)
	}
	sort.Slice(views, func(i, j int) bool { return views[i].ID < views[j].ID })
	if !strings.HasPrefix(views[n-1].Body, "Comment 32999") {
		t.Errorf("last comment: %q", views[n-1].Body)
	}
}
