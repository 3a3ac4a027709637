package render

import (
	"bytes"
	"fmt"
	"html/template"
	"regexp"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
)

// MotionTableMarkdown is the table a secretary pastes into the minutes: one
// row per changed section, with its number, current text, proposed text and
// the motion that would make the change.
func MotionTableMarkdown(changes []amendment.Change) string {
	var b strings.Builder
	b.WriteString("| Section | Current text | Proposed text | Motion |\n| --- | --- | --- | --- |\n")
	for _, c := range changes {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", cell(sectionLabel(c)), cell(c.Old), cell(c.New), cell(c.Description))
	}
	return b.String()
}

func sectionLabel(c amendment.Change) string {
	switch {
	case c.Number == "":
		return c.NewNumber + " (new)"
	case c.NewNumber == "":
		return c.Number + " (repealed)"
	case c.Number != c.NewNumber:
		return c.Number + " (becomes " + c.NewNumber + ")"
	}
	return c.Number
}

// cell makes text safe inside a Markdown table cell.
func cell(s string) string {
	if s == "" {
		return "—"
	}
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.Join(strings.Fields(s), " ")
}

// Labels are the words of the redline views, in the reader's language.
type Labels struct {
	Section, Current, Proposed, Motion string
	// Translate gives generated sentences (the motions) in the reader's
	// language; nil for English.
	Translate charter.Translator
	// SectionsAt is the address of a version holding the unchanged
	// sections, to which a section's key is added as the fragment
	// ("/documents/c/versions/12#"): Excerpts then folds them into a link
	// to where they are read, rather than carrying their text in the page.
	// Empty, the folds carry the text.
	SectionsAt string
}

// motion is a change's motion in the labels' language.
func (l Labels) motion(c amendment.Change) string { return l.text(c.Motion) }

// English are the labels of the command line and the API.
var English = Labels{Section: "Section", Current: "Current text", Proposed: "Proposed text", Motion: "Motion"}

type labelled struct {
	Changes []amendment.Change
	L       Labels
}

var redlineTemplates = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("redline").Funcs(template.FuncMap{
		"label":  sectionLabel,
		"side":   side,
		"motion": Labels.motion,
	}).Parse(`
{{define "table"}}{{$l := .L}}<table class="motion-table">
<thead><tr><th scope="col">{{$l.Section}}</th><th scope="col">{{$l.Current}}</th><th scope="col">{{$l.Proposed}}</th><th scope="col">{{$l.Motion}}</th></tr></thead>
<tbody>{{range .Changes}}
<tr class="change form-{{.Form}}" data-key="{{.Key}}"><th scope="row">{{label .}}</th><td data-label="{{$l.Current}}">{{side .Ops false}}</td><td data-label="{{$l.Proposed}}">{{side .Ops true}}</td><td data-label="{{$l.Motion}}">{{motion $l .}}</td></tr>{{end}}
</tbody>
</table>{{end}}
{{define "sides"}}{{$l := .L}}<div class="side-by-side">{{range .Changes}}
<section class="change form-{{.Form}}" data-key="{{.Key}}" aria-label="{{label .}}">
<h3>{{label .}}</h3>
<div class="sides"><div class="current"><h4>{{$l.Current}}</h4><p>{{side .Ops false}}</p></div><div class="proposed"><h4>{{$l.Proposed}}</h4><p>{{side .Ops true}}</p></div></div>
</section>{{end}}
</div>{{end}}`))
})

// side shows one side of a redline: the current text with its struck words
// marked, or the proposed text with its inserted words marked.
func side(ops []redline.Op, proposed bool) template.HTML {
	var b strings.Builder
	for _, op := range ops {
		t := template.HTMLEscapeString(op.Text)
		switch {
		case op.Kind == redline.Equal:
			b.WriteString(t)
		case op.Kind == redline.Delete && !proposed:
			b.WriteString("<del>" + t + "</del>")
		case op.Kind == redline.Insert && proposed:
			b.WriteString("<ins>" + t + "</ins>")
		}
	}
	if b.Len() == 0 {
		return "—"
	}
	return template.HTML(b.String()) // every piece was escaped above
}

// MotionTable renders the motion table as HTML.
func MotionTable(changes []amendment.Change, l Labels) (template.HTML, error) {
	return execute("table", changes, l)
}

// SideBySide renders each changed section as current text beside proposed.
func SideBySide(changes []amendment.Change, l Labels) (template.HTML, error) {
	return execute("sides", changes, l)
}

func execute(name string, changes []amendment.Change, l Labels) (template.HTML, error) {
	var buf bytes.Buffer
	if err := redlineTemplates().ExecuteTemplate(&buf, name, labelled{changes, l}); err != nil {
		return "", fmt.Errorf("render %s: %w", name, err)
	}
	return template.HTML(buf.String()), nil
}

// "{" and a private-use character mark struck and inserted runs in the
// Markdown that the inline view renders: goldmark only gives inline parsers
// a chance at ASCII punctuation, and the private-use characters, stripped
// from the texts first, make the mark impossible to forge.
const (
	delOpen  = '\uE000'
	delClose = '\uE001'
	insOpen  = '\uE002'
	insClose = '\uE003'
)

var marksInCode = strings.NewReplacer("{"+string(delOpen), "<del>", "{"+string(delClose), "</del>", "{"+string(insOpen), "<ins>", "{"+string(insClose), "</ins>")

var markerChars = strings.NewReplacer(string(delOpen), "", string(delClose), "", string(insOpen), "", string(insClose), "")

// blockPrefix is what opens a line and gives it its structure: indentation,
// quote marks, a list marker, heading hashes. A mark starts after it, so that
// a struck list item is still a list item.
var blockPrefix = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|#{1,6}[ \t]+)?`)
})

// Inline renders a redline as the document reads with its changes: struck
// words in <del>, inserted words in <ins>, sections added or removed shown
// whole. Raw HTML is omitted as in any document.
func Inline(ops []redline.Op) (template.HTML, error) {
	var md strings.Builder
	atLineStart := true
	for _, op := range ops {
		body := markerChars.Replace(op.Text)
		if op.Kind == redline.Equal {
			md.WriteString(body)
			if body != "" {
				atLineStart = strings.HasSuffix(body, "\n")
			}
			continue
		}
		open, close := delOpen, delClose
		if op.Kind == redline.Insert {
			open, close = insOpen, insClose
		}
		lines := strings.SplitAfter(body, "\n")
		for _, line := range lines {
			content := strings.TrimSuffix(line, "\n")
			if atLineStart {
				prefix := blockPrefix().FindString(content)
				md.WriteString(prefix)
				content = content[len(prefix):]
			}
			if strings.TrimSpace(content) != "" {
				md.WriteString("{" + string(open))
				md.WriteString(content)
				md.WriteString("{" + string(close))
			} else {
				md.WriteString(content)
			}
			if strings.HasSuffix(line, "\n") {
				md.WriteByte('\n')
				atLineStart = true
			} else if line != "" {
				atLineStart = false
			}
		}
	}
	src := []byte(md.String())
	root := redlineMarkdown().Parser().Parse(text.NewReader(src))
	dropHeadingAttributes(root)
	nestUnderPageTitle(root) // the amendment's or ballot's title is the page's h1
	var buf bytes.Buffer
	if err := redlineMarkdown().Renderer().Render(&buf, src, root); err != nil {
		return "", fmt.Errorf("render inline redline: %w", err)
	}
	// Inline parsers do not run inside code, where the marks are still
	// text: they become the same tags there.
	return template.HTML(marksInCode.Replace(buf.String())), nil // goldmark escapes text and omits raw HTML
}

var redlineMarkdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(document.Extensions...),
		goldmark.WithParserOptions(parser.WithHeadingAttribute(), parser.WithInlineParsers(util.Prioritized(markParser{}, 50))),
		goldmark.WithRendererOptions(html.WithXHTML(), renderer.WithNodeRenderers(util.Prioritized(markRenderer{}, 100))),
	)
})

// Mark is an inline node opening or closing a struck or inserted run.
type Mark struct {
	ast.BaseInline
	Tag   string // "del" or "ins"
	Close bool
}

// KindMark is the AST kind of a Mark.
var KindMark = ast.NewNodeKind("RedlineMark")

// Kind implements ast.Node.
func (*Mark) Kind() ast.NodeKind { return KindMark }

// Dump implements ast.Node.
func (m *Mark) Dump(source []byte, level int) {
	ast.DumpHelper(m, source, level, map[string]string{"Tag": m.Tag}, nil)
}

type markParser struct{}

func (markParser) Trigger() []byte { return []byte{'{'} }

// Parse reads "{" followed by U+E000 to U+E003 (EE 80 80 to EE 80 83 in
// UTF-8); any other "{" is left to be text.
func (markParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, _ := block.PeekLine()
	if len(line) < 4 || line[1] != 0xEE || line[2] != 0x80 || line[3] < 0x80 || line[3] > 0x83 {
		return nil
	}
	block.Advance(4)
	switch rune(0xE000 + int(line[3]-0x80)) {
	case delOpen:
		return &Mark{Tag: "del"}
	case delClose:
		return &Mark{Tag: "del", Close: true}
	case insOpen:
		return &Mark{Tag: "ins"}
	}
	return &Mark{Tag: "ins", Close: true}
}

type markRenderer struct{}

func (markRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindMark, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			m := n.(*Mark)
			if m.Close {
				_, _ = w.WriteString("</" + m.Tag + ">")
			} else {
				_, _ = w.WriteString("<" + m.Tag + ">")
			}
		}
		return ast.WalkContinue, nil
	})
}

// Formats are the redline formats: html, table, critic, text.
var Formats = []string{"html", "table", "critic", "text"}

// Redline writes a comparison in one of Formats, with its media type; the
// HTML format takes its labels from l.
func Redline(c *amendment.Comparison, format string, l Labels) (mediaType, body string, err error) {
	switch format {
	case "text":
		return "text/plain; charset=utf-8", redline.PlainText(c.Redline()), nil
	case "critic":
		return "text/plain; charset=utf-8", redline.Critic(c.Redline()), nil
	case "table":
		return "text/markdown; charset=utf-8", MotionTableMarkdown(c.Changes), nil
	case "html":
		table, err := MotionTable(c.Changes, l)
		if err != nil {
			return "", "", err
		}
		excerpts, err := Excerpts(c.Parts(), l)
		if err != nil {
			return "", "", err
		}
		return "text/html; charset=utf-8", string(table) + "\n<div class=\"redline\">\n" + string(excerpts) + "</div>\n", nil
	}
	return "", "", charter.Errorf(charter.EINVALID, "Unknown redline format %q: use html, table, critic or text.", format)
}
