package amendment

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
)

// checkClerical runs CheckClerical on two texts as the store does: the
// proposed text keyed against the current one.
func checkClerical(t *testing.T, scheme document.Scheme, before, after string) error {
	t.Helper()
	return CheckClerical(prepare(t, before, after, scheme))
}

const clericalArticles = `# Membership

## Eligibility

1. Any worker described in Article IV, Section 2 is eligible.
1. Dues are $5 a month, unless exempt under Section 3 of this Article.

## Dues

1. Dues change by a two-thirds vote, after 30 days' notice under Article II.
   1. See also clause 2(b).

# Officers

## Terms

1. Officers serve three years.
`

func TestCheckClerical(t *testing.T) {
	for _, c := range []struct {
		name   string
		scheme document.Scheme
		before string
		edit   func(string) string
		want   string // "" when allowed, else words the refusal holds
	}{
		{"a citation renumbered", document.SchemeArticle, clericalArticles,
			replace("Article IV, Section 2", "Article V, Section 2"), ""},
		{"a citation given a section", document.SchemeArticle, clericalArticles,
			replace("under Article II.", "under Article II, Section 1."), ""},
		{"a number after a section word", document.SchemeArticle, clericalArticles,
			replace("Section 3 of this Article", "Section 4 of this Article"), ""},
		{"a clause's letter", document.SchemeArticle, clericalArticles,
			replace("clause 2(b)", "clause 3(a)"), ""},
		{"list markers", document.SchemeArticle, clericalArticles,
			replace("1. Officers serve", "7. Officers serve"), ""},
		{"several at once", document.SchemeArticle, clericalArticles,
			func(s string) string {
				return replace("Article II.", "Article III.")(replace("Article IV, Section 2", "Article V, Section 3")(s))
			}, ""},
		{"a word of a vote", document.SchemeArticle, clericalArticles,
			replace("two-thirds", "a majority"), `Words changed in Article I, Section 2(a) (Dues change by a two-thirds vote`},
		{"a sum of money", document.SchemeArticle, clericalArticles,
			replace("$5", "$6"), `“5” became “6”`},
		{"a number of days", document.SchemeArticle, clericalArticles,
			replace("30 days", "31 days"), `“30” became “31”`},
		{"a word added", document.SchemeArticle, clericalArticles,
			replace("Officers serve three years.", "Officers serve three full years."), `Words were added in Article II, Section 1(a) (Officers serve three years.): “full”`},
		{"a word removed", document.SchemeArticle, clericalArticles,
			replace("Any worker", "Any"), `Words were removed in Article I, Section 1(a)`},
		{"a citation put in place of words", document.SchemeArticle, clericalArticles,
			replace("after 30 days' notice under Article II", "after Article VI"), `Words were removed in Article I, Section 2(a) (Dues change by a two-thirds vote, after 30 days' notice unde…): “30 days' notice under”`},
		{"one reference for another", document.SchemeArticle, clericalArticles,
			replace("See also clause 2(b)", "See also Article III"), ""},
		{"a punctuation mark", document.SchemeArticle, clericalArticles,
			replace("$5 a month,", "$5 a month;"), `“,” became “;”`},
		{"a heading's words", document.SchemeArticle, clericalArticles,
			replace("## Terms", "## Term limits"), `Words changed in Article II, Section 1 (Terms): “Terms” became “Term limits”`},
		{"a paragraph split", document.SchemeArticle, clericalArticles,
			replace("1. Officers serve three years.", "1. Officers serve.\n\n   Three years."), `Words`},
		{"lower-case letters after a section word are words", document.SchemeArticle,
			"# One\n\n1. The clause did apply.\n",
			replace("clause did", "clause mix"), `“did” became “mix”`},
		{"a clause nested deeper", document.SchemeArticle, clericalArticles,
			replace("1. Dues are $5", "   1. Dues are $5"), `The sections are not where they were`},
		{"spaces only", document.SchemeArticle, clericalArticles,
			replace("Officers serve three years.", "Officers  serve three years."), `changes no section number`},
		{"a zero-based citation and a bare section number", document.SchemeZeroBased,
			"# General\n\n## Fees\n\n1. Fees are set under section 0.1.5.c and Bylaw 1 Section 1.2.4.\n1. Notwithstanding subsection 1.0.1. the funding in 1.0.3.d is waived.\n",
			func(s string) string {
				s = replace("section 0.1.5.c", "section 0.1.6.c")(s)
				s = replace("Section 1.2.4", "Section 1.2.5")(s)
				s = replace("subsection 1.0.1.", "subsection 1.0.2.")(s)
				return replace("1.0.3.d", "1.0.4.d")(s)
			}, ""},
		{"a decimal amount is a word", document.SchemeZeroBased,
			"# General\n\n## Fees\n\n1. Fees rise by 1.5 percent under section 0.1.5.\n",
			replace("1.5 percent", "2.5 percent"), `“1.5” became “2.5”`},
		{"a heading's number", document.SchemeDecimal,
			"# 1 Meetings\n\n## 1.1 Notice\n\nNotice is given under § 1.2.\n\n## 1.2 Quorum\n\nFifty members.\n",
			func(s string) string {
				return replace("§ 1.2", "§ 1.3")(replace("## 1.2 Quorum", "## 1.3 Quorum")(s))
			}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			after := c.edit(c.before)
			if after == c.before {
				t.Fatal("the edit changed nothing")
			}
			err := checkClerical(t, c.scheme, c.before, after)
			switch {
			case c.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case c.want != "" && err == nil:
				t.Errorf("allowed; want a refusal holding %q", c.want)
			case c.want != "" && !strings.Contains(err.Error(), c.want):
				t.Errorf("refusal %q\nwant it to hold %q", err, c.want)
			case c.want != "" && charter.ErrorCode(err) != charter.EINVALID:
				t.Errorf("code %q, want %q", charter.ErrorCode(err), charter.EINVALID)
			}
		})
	}
}

// replace makes an edit that replaces the first old with new.
func replace(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}

var lastDigits = regexp.MustCompile(`\d+`)

// renumber moves every citation of text one up: the last number of each.
func renumber(text string) string {
	cites := document.FindCitations(text, document.SchemeZeroBased)
	for k := len(cites) - 1; k >= 0; k-- {
		c := cites[k]
		quote := text[c.Start:c.End]
		m := lastDigits.FindAllStringIndex(quote, -1)
		last := m[len(m)-1]
		n, _ := strconv.Atoi(quote[last[0]:last[1]])
		quote = quote[:last[0]] + strconv.Itoa(n+1) + quote[last[1]:]
		text = text[:c.Start] + quote + text[c.End:]
	}
	return text
}

// TestCheckClericalOnCorpus renumbers every citation of the real bylaws
// (the last number of each, one up) and checks that the clerical change
// passes; then changes one word besides and checks that it is refused,
// naming the section of the word.
func TestCheckClericalOnCorpus(t *testing.T) {
	texts := corpus.Texts(corpus.Load(t))
	checked := 0
	for _, tx := range texts {
		body := string(tx.Body)
		cites := document.FindCitations(body, document.SchemeZeroBased)
		if len(cites) == 0 {
			continue
		}
		if err := checkClerical(t, document.SchemeZeroBased, body, renumber(body)); err != nil {
			t.Errorf("%s (%s): renumbering its %d citations refused: %v", tx.File, tx.SHA[:8], len(cites), err)
			continue
		}
		// A word changed after the first citation, and the citations
		// renumbered.
		at := strings.Index(body[cites[0].End:], " shall ")
		if at < 0 {
			continue
		}
		at += cites[0].End
		changed := renumber(body[:at] + " may " + body[at+len(" shall "):])
		err := checkClerical(t, document.SchemeZeroBased, body, changed)
		if err == nil {
			t.Errorf("%s (%s): a word changed with the renumbering was allowed", tx.File, tx.SHA[:8])
			continue
		}
		cur, perr := document.Prepare(tx.Body, document.SchemeZeroBased, nil)
		if perr != nil {
			t.Fatal(perr)
		}
		place := placeOf(cur, at+1).String()
		if !strings.Contains(err.Error(), place) || !strings.Contains(err.Error(), `“shall” became “may”`) {
			t.Errorf("%s: refusal %q, want it to name %q and the word", tx.File, err, place)
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d corpus texts had citations and a word to change", checked)
	}
	t.Logf("%d corpus texts renumbered and checked", checked)
}
