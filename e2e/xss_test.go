package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/store"
)

// payloads are members' words that would run script if a page let them
// through as markup: tags, attributes, URLs, breakouts from text fields.
var payloads = []string{
	`<script>alert(1);window.xssRan=1</script>`,
	`<img src=x onerror="alert(2);window.xssRan=1">`,
	`"><svg onload=alert(3)>`,
	`[click me](javascript:alert(4))`,
	`<a href="javascript:window.xssRan=1">link</a>`,
	`<iframe srcdoc="<script>parent.xssRan=1</script>"></iframe>`,
	`</textarea><script>alert(5)</script>`,
	`<details open ontoggle=alert(6)>x</details>`,
	`[data](data:text/html,<script>alert(7)</script>)`,
	`{{.}} {{template "layout"}} ${alert(8)}`,
	"`<b onmouseover=alert(9)>code</b>`",
}

// TestXSSPayloadsNeverRun posts every payload as a comment, a quote, an
// amendment's title and its rationale, then has another member read each
// page: no dialog opens, no script runs, and the page holds no element or
// attribute that the payloads tried to add.
func TestXSSPayloadsNeverRun(t *testing.T) {
	s, mallory, v1 := hostileSite(t, "Mallory")
	ctx := context.Background()
	if err := s.db.SetCosponsorsNeeded(ctx, 0, "constitution", 0); err != nil {
		t.Fatal(err)
	}
	key := s.key("Article II, Section 1(a)")
	var amendments []string
	for i, p := range payloads {
		if _, err := s.db.PostComment(ctx, mallory, store.NewComment{DocumentSlug: "constitution", VersionID: v1.ID, SectionKey: key, Stance: comment.Oppose, Body: p}); err != nil {
			t.Fatalf("comment %d: %v", i, err)
		}
		a, err := s.db.ProposeAmendment(ctx, mallory, store.NewAmendment{DocumentSlug: "constitution", BaseVersionID: v1.ID, Title: clip(p, 200), Rationale: p,
			Proposed: []byte(strings.Replace(constitution, "every three months.", "every three months. "+p, 1)), Submit: true})
		if err != nil {
			t.Fatalf("amendment %d: %v", i, err)
		}
		amendments = append(amendments, fmt.Sprintf("/amendments/%d", a.ID))
	}

	reader := s.user(t, "reader", desktop, true)
	reader.login("reader@local1.example", password)
	pages := append([]string{"/", "/documents/constitution", "/documents/constitution/sections/" + key,
		"/documents/constitution/amendments", "/documents/constitution/comments", "/documents/constitution/merge"}, amendments...)
	for _, path := range pages {
		reader.open(path)
		var ran bool
		var injected []string
		reader.run("inspect "+path, chromedp.Evaluate(`!!window.xssRan`, &ran), chromedp.Evaluate(`(function(){
			var out = [];
			document.querySelectorAll('script').forEach(function(e){ if (!/^\/static\//.test(e.getAttribute('src') || '')) out.push('script'); });
			document.querySelectorAll('iframe, svg, details[ontoggle], img[src="x"]').forEach(function(e){ out.push(e.tagName); });
			document.querySelectorAll('*').forEach(function(e){
				for (var i = 0; i < e.attributes.length; i++) {
					var a = e.attributes[i];
					if (/^on/i.test(a.name)) out.push(e.tagName + ' ' + a.name);
					if (/^(href|src|action|formaction)$/i.test(a.name) && /^\s*(javascript|data):/i.test(a.value)) out.push(e.tagName + ' ' + a.name + '=' + a.value);
				}
			});
			return out;
		})()`, &injected))
		if ran || len(injected) > 0 {
			t.Errorf("%s: script ran %v; injected into the page: %v", path, ran, injected)
		}
	}
	// A title is plain text, shown as typed; comments and rationales are
	// Markdown whose raw HTML is dropped.
	reader.open(amendments[0])
	reader.expectText("h1", `<script>alert(1);window.xssRan=1</script>`)
	reader.open(amendments[1])
	reader.expectText("h1", `<img src=x onerror="alert(2);window.xssRan=1">`)
	if reader.dialog.Load() {
		t.Error("a JavaScript dialog opened")
	}
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
