package render_test

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/render"
)

// xssPayloads are the tricks members' text must never turn into script.
var xssPayloads = []string{
	`<script>alert(1)</script>`,
	`<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
	`<img src=x onerror=alert(1)>`,
	`<svg onload=alert(1)>`,
	`<iframe src="javascript:alert(1)"></iframe>`,
	`<a href="javascript:alert(1)">click</a>`,
	`[click](javascript:alert(1))`,
	`[click](JaVaScRiPt:alert(1))`,
	`[click]( javascript:alert(1))`,
	`[click](javascript&#58;alert(1))`,
	`[click](&#106;avascript:alert(1))`,
	"[click](java\tscript:alert(1))",
	`[click](vbscript:msgbox(1))`,
	`[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
	`[click](file:///etc/passwd)`,
	`![x](javascript:alert(1))`,
	`![x](https://tracker.example/pixel.gif)`,
	`<javascript:alert(1)>`,
	`[ref]` + "\n\n" + `[ref]: javascript:alert(1)`,
	`<style>body{display:none}</style>`,
	`<div style="background:url(javascript:alert(1))">x</div>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
	`<form action="https://evil.example"><input name=p></form>`,
	`<base href="https://evil.example/">`,
	`<meta http-equiv="refresh" content="0;url=https://evil.example">`,
	`"><script>alert(1)</script>`,
	"`<script>alert(1)</script>`",
	`<a href="https://ok.example" onclick="alert(1)">x</a>`,
	`[x](https://ok.example "title\" onmouseover=\"alert(1)")`,
	"<scr<script>ipt>alert(1)</script>",
	"# Heading <script>alert(1)</script>",
}

func TestMemberTextIsSafe(t *testing.T) {
	for _, p := range xssPayloads {
		h, err := render.MemberText(p)
		if err != nil {
			t.Errorf("%q: %v", p, err)
			continue
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(string(h)))
		if err != nil {
			t.Fatal(err)
		}
		if n := doc.Find("script, iframe, object, embed, svg, math, style, img, form, input, link, meta, base").Length(); n > 0 {
			t.Errorf("%q rendered %d dangerous elements: %s", p, n, h)
		}
		doc.Find("*").Each(func(_ int, s *goquery.Selection) {
			for _, a := range s.Nodes[0].Attr {
				name := strings.ToLower(a.Key)
				if strings.HasPrefix(name, "on") || name == "style" || name == "src" {
					t.Errorf("%q rendered attribute %s=%q", p, a.Key, a.Val)
				}
				if name == "href" && !render.SafeURL(a.Val) {
					t.Errorf("%q rendered link %q", p, a.Val)
				}
			}
		})
	}
}

func TestMemberTextKeepsWhatMembersWrite(t *testing.T) {
	h, err := render.MemberText("I **support** this, see [the draft](https://union.example/d#s1) and <mailto:sec@union.example>.\nNew line.")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<strong>support</strong>", `<a href="https://union.example/d#s1" rel="nofollow noopener ugc">the draft</a>`, `href="mailto:sec@union.example"`, "<br"} {
		if !strings.Contains(string(h), want) {
			t.Errorf("missing %q in %s", want, h)
		}
	}
	if _, err := render.MemberText(strings.Repeat("é", comment.MaxBody+1)); charter.ErrorCode(err) != charter.ETOOLARGE {
		t.Errorf("over the limit: %v", err)
	}
	if _, err := render.MemberText("  \n "); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("empty: %v", err)
	}
	if _, err := render.MemberText("caf\xe9"); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("invalid UTF-8: %v", err)
	}
}

func TestMemberPlainText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"I **strongly** support _this_.", "I strongly support this."},
		{"See [the bylaws](https://example.org) and `code`.", "See the bylaws and code."},
		{"1. first\n2. second\n\n> quoted\nline", "first second quoted line"},
		{"# Big\n\nText <b>bold</b> here", "Big Text bold here"},
		{"~~gone~~ kept https://example.org", "gone kept https://example.org"},
		{"```\nfenced\n```\nafter", "after"},
		{"a < b & c", "a < b & c"},
	} {
		if got := render.MemberPlainText(c.in); got != c.want {
			t.Errorf("MemberPlainText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
