package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// wordsForm is the amendment form in plain words as the page gives it.
type wordsForm struct {
	fields url.Values
	rows   []string // the rows' ids, in order
	words  []string
	struck map[string]bool
}

func readWordsForm(t *testing.T, page *response) *wordsForm {
	t.Helper()
	f := &wordsForm{fields: url.Values{}, struck: map[string]bool{}}
	form := page.find("form[data-live-preview]")
	form.Find(`input[type=hidden]`).Each(func(_ int, in *goquery.Selection) {
		switch name := in.AttrOr("name", ""); name {
		case "row", "words":
		default:
			f.fields.Set(name, in.AttrOr("value", ""))
		}
	})
	form.Find("li.clause").Each(func(_ int, li *goquery.Selection) {
		f.rows = append(f.rows, li.Find(`input[name=row]`).AttrOr("value", ""))
		if ta := li.Find("textarea"); ta.Length() == 1 {
			f.words = append(f.words, ta.Text())
		} else {
			f.words = append(f.words, li.Find(`input[name=words]`).AttrOr("value", ""))
		}
		if li.Find(`input[name=strike]:checked`).Length() == 1 {
			f.struck[f.rows[len(f.rows)-1]] = true
		}
	})
	if len(f.rows) == 0 {
		t.Fatalf("no clauses in the form:\n%s", page.Body)
	}
	return f
}

// row finds the row whose words begin with prefix.
func (f *wordsForm) row(t *testing.T, prefix string) int {
	t.Helper()
	for i, w := range f.words {
		if strings.HasPrefix(w, prefix) {
			return i
		}
	}
	t.Fatalf("no clause %q among %q", prefix, f.words)
	return -1
}

func (f *wordsForm) values(extra ...string) url.Values {
	v := url.Values{}
	for k, vs := range f.fields {
		v[k] = vs
	}
	v["row"], v["words"] = f.rows, f.words
	for id := range f.struck {
		v.Add("strike", id)
	}
	for i := 0; i+1 < len(extra); i += 2 {
		v.Set(extra[i], extra[i+1])
	}
	return v
}

// TestAmendInPlainWords proposes a change to a section without typing any
// Markdown: words changed in one clause, a sub-clause struck, a clause
// added after another; the preview shows the redline and the motion, and
// the amendment stored is the Markdown those rows make.
func TestAmendInPlainWords(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		name := s.sectionKey("Article I, Section 1")
		sponsor := s.loggedIn(member.RoleMember)
		if link := sponsor.get("/documents/constitution/sections/" + name).find(`a[href*="amendments/new"][href*="section=` + name + `"]`); link.Length() != 1 {
			t.Fatal("the section page offers no way to propose a change to it")
		}
		formPage := "/documents/constitution/amendments/new?section=" + name
		page := sponsor.get(formPage)
		if page.find("textarea#text").Length() != 0 {
			t.Fatal("the form asks for Markdown by default")
		}
		f := readWordsForm(t, page)
		if got := strings.Join(f.words, " | "); got != `Name | The union is Local 1. | It may be called "the Local". | Its office is in the city.` {
			t.Fatalf("clauses in the form: %s", got)
		}
		office := f.row(t, "Its office")
		f.words[office] = "Its office is in the town, or online."
		f.struck[f.rows[f.row(t, "It may be called")]] = true

		preview := sponsor.post("/documents/constitution/amendments", f.values("action", "preview"))
		if preview.StatusCode != http.StatusOK {
			t.Fatalf("preview: %d %s", preview.StatusCode, preview.find(".error").Text())
		}
		if got := preview.find(".preview .redline ins").Text(); !strings.Contains(got, "town, or online") {
			t.Errorf("inserted: %q", got)
		}
		if got := preview.find(".preview .redline del").Text(); !strings.Contains(got, "the Local") {
			t.Errorf("struck: %q", got)
		}
		if got := preview.find(".preview .motions li").Text(); !strings.Contains(got, "strike") {
			t.Errorf("motions: %q", got)
		}
		if preview.find(`li.clause.struck input[name=strike]:checked`).Length() != 1 {
			t.Error("the struck clause is not shown struck")
		}

		// "Add a clause after" comes back with an empty clause after the office.
		added := sponsor.post("/documents/constitution/amendments", f.values("op", "add:"+strconv.Itoa(office)))
		f = readWordsForm(t, added)
		last := len(f.rows) - 1
		if added.find("li.clause.added").Length() != 1 || !strings.HasSuffix(f.rows[last], "+") || f.words[last] != "" {
			t.Fatalf("added clause: rows %q words %q", f.rows, f.words)
		}
		f.words[last] = "Its members meet *monthly*."
		res := sponsor.post("/documents/constitution/amendments", f.values("action", "submit", "title", "Town office"))
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("submit: %d %s", res.StatusCode, res.find(".error").Text())
		}
		id, _ := strconv.ParseInt(strings.TrimPrefix(res.Header.Get("Location"), "/amendments/"), 10, 64)
		a, err := db.AmendmentFor(ctx, s.users[member.RoleMember], id)
		if err != nil {
			t.Fatal(err)
		}
		want := "### Name\n\n1. The union is Local 1.\n1. Its office is in the town, or online.\n1. Its members meet \\*monthly\\*.\n\n## Dues"
		if !strings.Contains(a.Proposed, want) {
			t.Errorf("proposed text:\n%s\nwant within it:\n%s", a.Proposed, want)
		}
	})
}

// TestAmendInPlainWordsRefusesAStaleForm: rows read from another text than
// the one the form was opened on are refused, not applied to the wrong
// clauses.
func TestAmendInPlainWordsRefusesAStaleForm(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		name := s.sectionKey("Article I, Section 1")
		sponsor := s.loggedIn(member.RoleMember)
		f := readWordsForm(t, sponsor.get("/documents/constitution/amendments/new?section="+name))
		f.fields.Set("source", strings.Repeat("0", 64))
		res := sponsor.post("/documents/constitution/amendments", f.values("action", "preview"))
		if res.StatusCode != http.StatusConflict || !strings.Contains(res.find(".error").Text(), "has changed") {
			t.Fatalf("stale form: %d %q", res.StatusCode, res.find(".error").Text())
		}
		// Bad words: a NUL is refused with a message, the words kept.
		f = readWordsForm(t, sponsor.get("/documents/constitution/amendments/new?section="+name))
		f.words[len(f.words)-1] = "Its office\x00 is here."
		res = sponsor.post("/documents/constitution/amendments", f.values("action", "submit", "title", "NUL"))
		if res.StatusCode != http.StatusBadRequest || res.find(".error").Text() == "" || !strings.Contains(res.find("ol.clauses").Text(), "is here.") {
			t.Errorf("a NUL in a clause: %d %q", res.StatusCode, res.find(".error").Text())
		}
		// A heading emptied by a slip is not a silent strike of its section.
		f = readWordsForm(t, sponsor.get("/documents/constitution/amendments/new?section="+name))
		f.words[0] = ""
		if res := sponsor.post("/documents/constitution/amendments", f.values("action", "preview")); res.StatusCode != http.StatusBadRequest || !strings.Contains(res.find(".error").Text(), "Strike") {
			t.Errorf("an emptied heading: %d %q", res.StatusCode, res.find(".error").Text())
		}
		f = readWordsForm(t, sponsor.get("/documents/constitution/amendments/new?section="+name))
		f.rows[0] = "9999"
		if res := sponsor.post("/documents/constitution/amendments", f.values("action", "preview")); res.StatusCode != http.StatusBadRequest {
			t.Fatalf("unknown clause: %d", res.StatusCode)
		}
	})
}
