package render

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/redline"
)

// Excerpts renders a text with its changes the way a member reads it on a
// phone: each changed section with its number and its words struck and
// inserted, the section before and after it as context, and every other
// run of unchanged sections folded under a line that says which they are
// (a <details> element: it opens without JavaScript). Sections are numbered
// as the document numbers them.
func Excerpts(parts []amendment.Part, l Labels) (template.HTML, error) {
	shown := make([]bool, len(parts))
	for i, p := range parts {
		if p.Change != nil {
			for k := max(i-1, 0); k <= min(i+1, len(parts)-1); k++ {
				shown[k] = true
			}
		}
	}
	return excerpts(parts, shown, l)
}

// Whole renders a text with its changes as Excerpts does, with nothing
// folded: a complete revision opens all of the text.
func Whole(parts []amendment.Part, l Labels) (template.HTML, error) {
	shown := make([]bool, len(parts))
	for i := range shown {
		shown[i] = true
	}
	return excerpts(parts, shown, l)
}

// excerpts renders the parts shown, and folds the others.
func excerpts(parts []amendment.Part, shown []bool, l Labels) (template.HTML, error) {
	var b strings.Builder
	b.WriteString(`<div class="excerpts">`)
	for i := 0; i < len(parts); {
		if shown[i] {
			if err := writePart(&b, parts[i]); err != nil {
				return "", err
			}
			i++
			continue
		}
		end := i
		for end < len(parts) && !shown[end] {
			end++
		}
		if l.SectionsAt != "" {
			// A page of a one-word change to a long text stays small: the
			// unchanged sections are read where they stand.
			b.WriteString(`<p class="fold"><a href="` + template.HTMLEscapeString(l.SectionsAt+firstKey(parts[i:end])) + `">`)
			b.WriteString(template.HTMLEscapeString(l.text(folded(parts[i:end]))))
			b.WriteString(`</a></p>`)
			i = end
			continue
		}
		b.WriteString(`<details class="fold"><summary>`)
		b.WriteString(template.HTMLEscapeString(l.text(folded(parts[i:end]))))
		b.WriteString(`</summary>`)
		for _, p := range parts[i:end] {
			if err := writePart(&b, p); err != nil {
				return "", err
			}
		}
		b.WriteString(`</details>`)
		i = end
	}
	b.WriteString(`</div>`)
	return template.HTML(b.String()), nil // numbers escaped here, texts by Inline
}

// firstKey is the key of the first numbered section among parts.
func firstKey(parts []amendment.Part) string {
	for _, p := range parts {
		if p.Number != "" && p.Key != "" {
			return p.Key
		}
	}
	return ""
}

// folded says which unchanged sections a fold holds.
func folded(parts []amendment.Part) charter.Text {
	var first, last string
	for _, p := range parts {
		if p.Number != "" {
			if first == "" {
				first = p.Number
			}
			last = p.Number
		}
	}
	switch {
	case len(parts) == 1 && first != "":
		return charter.Sprintf("1 unchanged section: %s", first)
	case first == "":
		return charter.Sprintf("%d unchanged parts", len(parts))
	}
	return charter.Sprintf("%d unchanged sections: %s to %s", len(parts), first, last)
}

// text gives a generated sentence in the labels' language.
func (l Labels) text(t charter.Text) string {
	if l.Translate == nil {
		return t.String()
	}
	return t.Translate(l.Translate)
}

// writePart writes one part: its number, then its own text with its
// struck and inserted words; a part changed is marked with its form.
func writePart(b *strings.Builder, p amendment.Part) error {
	ops := []redline.Op{{Kind: redline.Equal, Text: p.Text}}
	class := "part depth-" + strconv.Itoa(p.Depth)
	if p.Heading {
		class += " part-heading"
	}
	if p.Change != nil {
		ops = p.Change.Ops
		class += " changed form-" + string(p.Change.Form)
	}
	html, err := Inline(ops)
	if err != nil {
		return err
	}
	b.WriteString(`<div class="` + class + `" data-key="` + template.HTMLEscapeString(p.Key) + `">`)
	text := string(html)
	if p.Number != "" {
		num := `<span class="num">` + template.HTMLEscapeString(p.Number) + `</span> `
		// The number reads inline, before the first words: "(a) Members…".
		if rest, ok := strings.CutPrefix(text, "<p>"); ok {
			text = "<p>" + num + rest
		} else {
			text = num + text
		}
	}
	b.WriteString(text)
	b.WriteString("</div>\n")
	return nil
}
