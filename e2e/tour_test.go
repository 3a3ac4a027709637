package e2e

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// -screenshots DIR writes each main page at 360 and 1280 px into DIR; the
// README's pictures come from
//
//	go test ./e2e -run 'TestStory/^javascript$' -screenshots ../docs/screenshots
var screenshots = flag.String("screenshots", "", "write screenshots of the main pages into this directory")

// stop is one main page, seen by one of the story's people.
type stop struct {
	name string
	who  *user
	path string
}

// tour visits the main pages at the end of the story, when each has
// something on it, and checks what a member with a phone, a screen reader
// or only a keyboard needs; with -screenshots it pictures them.
func tour(stops []stop) {
	for _, st := range stops {
		u := st.who
		u.open(st.path)
		for _, vp := range []viewport{phone, desktop} {
			u.run("resize", u.viewport(vp))
			u.checkFits()
			u.checkAccessible(st.name)
			if *screenshots != "" {
				u.screenshot(st.name, vp)
			}
		}
		u.checkKeyboardFocus(st.name)
	}
}

// accessibilityProblems lists, in the page, what fails the checks a reader
// depends on: a control without a label, a link or button without a name,
// text whose contrast with its background is below WCAG AA (4.5:1, or 3:1
// for large text), a page without its language, main landmark or one h1.
const accessibilityProblems = `(function () {
  var problems = [];
  if (!document.documentElement.lang) problems.push("no lang on <html>");
  if (!document.querySelector("main")) problems.push("no <main>");
  if (document.querySelectorAll("h1").length !== 1) problems.push(document.querySelectorAll("h1").length + " h1 elements");
  function shown(el) { return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden"; }
  function snippet(el) { return el.outerHTML.slice(0, 100); }
  document.querySelectorAll("input, select, textarea").forEach(function (el) {
    if (el.type === "hidden" || !shown(el)) return;
    var labelled = (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]')) ||
      el.closest("label") || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
    if (!labelled) problems.push("unlabelled control " + snippet(el));
  });
  document.querySelectorAll("a[href], button").forEach(function (el) {
    if (!shown(el)) return;
    if (!(el.textContent.trim() || el.getAttribute("aria-label"))) problems.push("nameless " + snippet(el));
    if (el.tabIndex < 0) problems.push("not reachable by keyboard " + snippet(el));
  });
  function rgba(s) {
    var m = s.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    var p = m[1].split(/[ ,\/]+/).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  function background(el) {
    for (; el; el = el.parentElement) {
      var c = rgba(getComputedStyle(el).backgroundColor);
      if (c[3] > 0) return c;
    }
    return [255, 255, 255, 1];
  }
  function luminance(c) {
    var v = c.slice(0, 3).map(function (x) {
      x /= 255;
      return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  }
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var seen = new Set(), n;
  while ((n = walker.nextNode())) {
    var el = n.parentElement;
    if (!n.data.trim() || seen.has(el) || !shown(el)) continue;
    seen.add(el);
    var r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue; // visually hidden, for screen readers
    var style = getComputedStyle(el), fg = rgba(style.color), bg = background(el);
    var a = fg[3], mixed = [0, 1, 2].map(function (i) { return fg[i] * a + bg[i] * (1 - a); });
    var l1 = luminance(mixed), l2 = luminance(bg);
    var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    var size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    var need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < need) problems.push("contrast " + ratio.toFixed(2) + " < " + need + ": " + JSON.stringify(n.data.trim().slice(0, 40)) + " in " + snippet(el));
  }
  return problems;
})()`

func (u *user) checkAccessible(page string) {
	u.t.Helper()
	var problems []string
	u.run("check accessibility", chromedp.Evaluate(accessibilityProblems, &problems))
	if len(problems) > 0 {
		u.failed("accessibility of "+page, fmt.Errorf("%d problems:\n%s", len(problems), strings.Join(problems, "\n")))
	}
}

// checkKeyboardFocus tabs to the first control and checks that the focus
// is drawn: a keyboard user must see where they are.
func (u *user) checkKeyboardFocus(page string) {
	u.t.Helper()
	var outline string
	u.run("tab", chromedp.ActionFunc(func(ctx context.Context) error {
		for _, typ := range []input.KeyType{input.KeyDown, input.KeyUp} {
			if err := input.DispatchKeyEvent(typ).WithKey("Tab").WithCode("Tab").WithWindowsVirtualKeyCode(9).Do(ctx); err != nil {
				return err
			}
		}
		return nil
	}), chromedp.Evaluate(`(function(){var s=getComputedStyle(document.activeElement); return document.activeElement===document.body ? "" : s.outlineStyle+" "+s.outlineWidth;})()`, &outline))
	if outline == "" || strings.HasPrefix(outline, "none") || strings.HasSuffix(outline, " 0px") {
		u.failed("keyboard focus on "+page, fmt.Errorf("the focused element has outline %q", outline))
	}
}

// screenshot writes what the viewport shows, at one pixel per CSS pixel.
func (u *user) screenshot(name string, vp viewport) {
	u.t.Helper()
	var png []byte
	u.run("screenshot", chromedp.EmulateViewport(vp.width, vp.height, emulateAs(vp)...), chromedp.CaptureScreenshot(&png))
	if err := os.MkdirAll(*screenshots, 0o755); err != nil {
		u.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*screenshots, fmt.Sprintf("%s-%d.png", name, vp.width)), png, 0o644); err != nil {
		u.t.Fatal(err)
	}
}

func emulateAs(vp viewport) []chromedp.EmulateViewportOption {
	if vp.mobile {
		return []chromedp.EmulateViewportOption{chromedp.EmulateMobile, chromedp.EmulateTouch}
	}
	return nil
}

// printStyle is what the print stylesheet makes of a page: the site's
// header and forms hidden, articles on new pages, struck and inserted words
// black with their lines, and a motion table kept a table.
const printStyle = `(function () {
  function style(sel) { var el = document.querySelector(sel); return el ? getComputedStyle(el) : null; }
  var articles = document.querySelectorAll(".body .sec.depth-0");
  var breaks = [];
  articles.forEach(function (el) { breaks.push(getComputedStyle(el).breakBefore); });
  var del = style("del"), ins = style("ins"), head = style(".motion-table thead");
  return {
    header: style("header.site").display,
    forms: Array.prototype.filter.call(document.querySelectorAll("main form"), function (f) { return getComputedStyle(f).display !== "none"; }).length,
    breaks: breaks,
    del: del ? del.color + " " + del.textDecorationLine : "",
    ins: ins ? ins.color + " " + ins.textDecorationLine + " " + ins.textDecorationStyle : "",
    tableHead: head ? head.display : ""
  };
})()`

type printed struct {
	Header    string   `json:"header"`
	Forms     int      `json:"forms"`
	Breaks    []string `json:"breaks"`
	Del       string   `json:"del"`
	Ins       string   `json:"ins"`
	TableHead string   `json:"tableHead"`
}

// printPage prints the page at path on A4 and on Letter and returns what
// the print stylesheet did and the number of pages of each.
func (u *user) printPage(path string) (printed, map[string]int) {
	u.t.Helper()
	u.open(path)
	var got printed
	u.run("print media", emulation.SetEmulatedMedia().WithMedia("print"), chromedp.Evaluate(printStyle, &got))
	pages := map[string]int{}
	for _, paper := range []struct {
		name          string
		width, height float64 // inches
	}{{"A4", 8.27, 11.69}, {"Letter", 8.5, 11}} {
		var pdf []byte
		ctx, cancel := context.WithTimeout(u.ctx, 30*time.Second)
		err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			pdf, _, err = page.PrintToPDF().WithPaperWidth(paper.width).WithPaperHeight(paper.height).Do(ctx)
			return err
		}))
		cancel()
		if err != nil {
			u.failed("print on "+paper.name, err)
		}
		if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
			u.failed("print on "+paper.name, fmt.Errorf("not a PDF"))
		}
		pages[paper.name] = bytes.Count(pdf, []byte("/Type /Page\n")) + bytes.Count(pdf, []byte("/Type /Page/")) + bytes.Count(pdf, []byte("/Type /Page>"))
	}
	u.run("screen media", emulation.SetEmulatedMedia().WithMedia(""))
	return got, pages
}

// TestAccessibilityCheckFindsProblems: the tour's check reports a page
// built to fail it, so its silence on Charter's pages means something.
func TestAccessibilityCheckFindsProblems(t *testing.T) {
	s := newSite(t)
	u := s.user(t, "checker", desktop, true)
	bad := `<html><body><h1>One</h1><h1>Two</h1><input id="x"><a href="/"></a>` +
		`<p style="color:#aaa">pale words</p><p style="color:#767676">grey enough</p><span class="ok" style="position:absolute;width:1px;height:1px;overflow:hidden;color:#eee">hidden</span></body></html>`
	var problems []string
	u.run("check a bad page", chromedp.Navigate("data:text/html,"+url.PathEscape(bad)), chromedp.Evaluate(accessibilityProblems, &problems))
	all := strings.Join(problems, "\n")
	for _, want := range []string{"no lang", "no <main>", "2 h1 elements", "unlabelled control", "nameless", `"pale words"`} {
		if !strings.Contains(all, want) {
			t.Errorf("the check missed %q; it reported:\n%s", want, all)
		}
	}
	for _, never := range []string{"grey enough", "hidden"} {
		if strings.Contains(all, never) {
			t.Errorf("the check reported %q, which passes:\n%s", never, all)
		}
	}
}
