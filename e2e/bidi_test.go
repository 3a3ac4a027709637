package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// hostileSite is a site with the constitution, a member named name who
// writes what others must read safely (mallory@local1.example), and a
// reader on the drafting committee (reader@local1.example).
func hostileSite(t *testing.T, name string) (*site, member.User, document.Version) {
	t.Helper()
	s := newSite(t)
	ctx := context.Background()
	s.account("mallory@local1.example", name, member.RoleMember)
	s.account("reader@local1.example", "Reader", member.RoleMember, member.RoleCommittee)
	mallory, err := s.db.UserByEmail(ctx, "mallory@local1.example")
	if err != nil {
		t.Fatal(err)
	}
	_, v1, err := s.db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitution", Title: "Constitution of Local 1", Numbering: document.SchemeArticle, Markdown: []byte(constitution)})
	if err != nil {
		t.Fatal(err)
	}
	return s, mallory, v1
}

// TestBidiOverrideStaysInItsName: a member whose name, comment and
// amendment title end in U+202E RIGHT-TO-LEFT OVERRIDE cannot turn the
// page's words after them round. In Chromium, on each page that shows
// them, the first two letters or digits after each of them are laid out
// left to right, as the page's own words are.
func TestBidiOverrideStaysInItsName(t *testing.T) {
	const rlo = "\u202e"
	s, mallory, v1 := hostileSite(t, "Mallory "+rlo+"evil")
	ctx := context.Background()
	key := s.key("Article II, Section 1(a)")
	if _, err := s.db.PostComment(ctx, mallory, store.NewComment{DocumentSlug: "constitution", VersionID: v1.ID, SectionKey: key, Stance: comment.Oppose, Body: "Too low " + rlo + "evil"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ProposeAmendment(ctx, mallory, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, Title: "Dues " + rlo + "evil",
		Proposed: []byte(strings.Replace(constitution, "every three months.", "every month.", 1)), Submit: true}); err != nil {
		t.Fatal(err)
	}

	reader := s.user(t, "reader", desktop, true)
	reader.login("reader@local1.example", password)
	for _, path := range []string{"/", "/documents/constitution/amendments", "/documents/constitution/sections/" + key, "/documents/constitution/comments"} {
		reader.open(path)
		var reversed []string
		reader.run("measure "+path, chromedp.Evaluate(`(function(){
			var out = [], seen = 0;
			var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			var nodes = [];
			while (walk.nextNode()) nodes.push(walk.currentNode);
			nodes.forEach(function(n, i){
				if (n.data.indexOf('\u202e') < 0 || n.parentElement.closest('textarea, option')) return;
				seen++;
				// The first two letters or digits shown after this text.
				var chars = [];
				for (var j = i + 1; j < nodes.length && chars.length < 2; j++) {
					var m = nodes[j];
					if (m.parentElement.closest('textarea, option, script, .visually-hidden') || !m.parentElement.getClientRects().length) continue;
					for (var k = 0; k < m.data.length && chars.length < 2; k++) {
						if (/[A-Za-z0-9]/.test(m.data[k])) chars.push([m, k]);
					}
				}
				if (chars.length < 2) return;
				var box = function(c){ var r = document.createRange(); r.setStart(c[0], c[1]); r.setEnd(c[0], c[1] + 1); return r.getBoundingClientRect(); };
				var a = box(chars[0]), b = box(chars[1]);
				// On one line, the second must stand to the right of the first.
				if (Math.abs(a.top - b.top) < 2 && b.left < a.left) {
					out.push(n.data.trim() + ' then ' + chars[0][0].data[chars[0][1]] + chars[1][0].data[chars[1][1]]);
				}
			});
			if (!seen) out.push('no text with U+202E on the page');
			return out;
		})()`, &reversed))
		if len(reversed) > 0 {
			t.Errorf("%s: the words after these run backwards: %q", path, reversed)
		}
	}
}
