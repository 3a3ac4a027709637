package web_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// rlo is U+202E RIGHT-TO-LEFT OVERRIDE: the text after it is laid out
// backwards until the end of its paragraph or of the isolate holding it.
const rlo = "\u202e"

// TestMemberTextIsBidiIsolated plants U+202E in every kind of text members
// write (names, member ids, titles, comments, replies, quotes,
// rationales, reasons, a document's title) and reads every page that shows
// them, with an account holding every role. Each text node holding it must
// sit in an isolating element (<bdi>, or dir set) that holds nothing but
// the member's own words: otherwise the override runs on into the page's
// words after it ("Sponsored by ‮Mal · 2026-…" would read backwards). A
// page's <title>, where no element can isolate, sets it apart between
// U+2068 and U+2069.
func TestMemberTextIsBidiIsolated(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		head, nodes := s.current()
		key := keysByNumber(nodes)["Article I, Section 1(b)"]
		planted := []string{}
		plant := func(words string) string {
			w := words + " " + rlo + "evil"
			planted = append(planted, w)
			return w
		}
		mallory, err := db.CreateUser(ctx, 0, store.NewUser{Email: "mallory@example.org", Name: plant("Mallory"), MemberNumber: plant("77"),
			Roles: []member.Role{member.RoleMember}, Password: password, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		all, err := db.CreateUser(ctx, 0, store.NewUser{Email: "all@example.org", Name: "All", Roles: member.Roles, Password: password, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "rules", Title: plant("Rules"), Numbering: document.SchemeDecimal, Markdown: []byte("# A\n\n1. a\n")}); err != nil {
			t.Fatal(err)
		}
		if err := db.SetCosponsorsNeeded(ctx, 0, "constitution", 0); err != nil {
			t.Fatal(err)
		}
		post := func(in store.NewComment) comment.Comment {
			in.DocumentSlug, in.VersionID = "constitution", head.ID
			c, err := db.PostComment(ctx, mallory, in)
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		answered := post(store.NewComment{SectionKey: key, Stance: comment.Concern, Body: plant("Which city?")})
		post(store.NewComment{ParentID: answered.ID, Body: plant("Montreal")})
		open := post(store.NewComment{SectionKey: key, Stance: comment.Support, Quote: "in the city", Body: plant("Fine")})
		hidden := post(store.NewComment{SectionKey: key, Stance: comment.Oppose, Body: plant("Buy my watches")})
		planted = append(planted, "in the city")
		if err := db.EditComment(ctx, mallory, open.ID, plant("Fine, edited")); err != nil {
			t.Fatal(err)
		}
		if err := db.SetDisposition(ctx, all, answered.ID, comment.Answered, plant("In Montreal"), comment.Incorporation{}); err != nil {
			t.Fatal(err)
		}
		if err := db.HideComment(ctx, all, hidden.ID, comment.RuleSpam, plant("Advertising")); err != nil {
			t.Fatal(err)
		}
		planted = append(planted, "spam: "+planted[len(planted)-1])
		a, err := db.ProposeAmendment(ctx, mallory, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: head.ID, Title: plant("Move the office"),
			Rationale: plant("Rents"), Proposed: []byte(strings.Replace(constitution, "in the city", "in the town", 1)), Submit: true})
		if err != nil || a.Status != amendment.StatusSeconded {
			t.Fatalf("amendment: %+v %v", a, err)
		}

		b := s.loggedInAs(all.Email)
		sectionPage := "/documents/constitution/sections/" + key
		pages := []string{"/", sectionPage, "/documents/constitution/comments",
			"/documents/constitution/comments?answered=1", "/documents/constitution/amendments", "/amendments/" + strconv.FormatInt(a.ID, 10),
			"/documents/constitution/merge", "/admin/members", "/documents/rules", "/documents/rules/versions"}
		for _, page := range pages {
			res := b.get(page)
			if res.StatusCode != 200 {
				t.Errorf("%s: %d", page, res.StatusCode)
				continue
			}
			found := 0
			res.find("body *").Contents().Each(func(_ int, text *goquery.Selection) {
				if goquery.NodeName(text) != "#text" || !strings.Contains(text.Text(), rlo) || text.Parent().Is("textarea, option") {
					return
				}
				found++
				isolate := text.Parent().Closest("bdi, [dir]")
				if isolate.Length() == 0 {
					t.Errorf("%s: %q is not isolated (in <%s>)", page, text.Text(), goquery.NodeName(text.Parent()))
					return
				}
				words := strings.TrimSpace(isolate.Text())
				own := false
				for _, p := range planted {
					own = own || strings.Contains(p, words)
				}
				if !own {
					t.Errorf("%s: the isolate holding %q holds the page's words too: %q", page, text.Text(), words)
				}
			})
			if found == 0 {
				t.Errorf("%s shows none of the planted texts", page)
			}
			if title := res.find("title").Text(); strings.Contains(title, rlo) && !strings.Contains(title, "\u2068") {
				t.Errorf("%s: title %q not isolated", page, title)
			}
		}
	})
}
