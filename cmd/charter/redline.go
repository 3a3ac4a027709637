package main

import (
	"flag"
	"fmt"
	"html/template"
	"io"
	"runtime/debug"
	"sync"
	"unsafe"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/render"
)

// runRedline prints the redline between two Markdown files.
func runRedline(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("redline", flag.ContinueOnError)
	format := fs.String("format", "text", "html, table, critic or text")
	numbering := fs.String("numbering", "article", "numbering of the texts, for section numbers: article, decimal or zero-based")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return charter.Errorf(charter.EINVALID, "usage: charter redline [--format html|table|critic|text] [--numbering S] OLD.md NEW.md")
	}
	scheme, err := document.ParseScheme(*numbering)
	if err != nil {
		return err
	}
	// A one-shot command on texts of at most 1 MiB each: collecting its
	// garbage as often as a server must was a fifth of a 1 MB redline.
	debug.SetGCPercent(400)
	if *format == "text" || *format == "critic" {
		return writeWordRedline(stdout, fs.Arg(0), fs.Arg(1), *format)
	}
	var texts [2]*document.Parsed
	for i, path := range fs.Args() {
		raw, err := readFileLimited(path)
		if err != nil {
			return err
		}
		var prev *document.Outline
		if i == 1 {
			prev = &texts[0].Outline
		}
		if texts[i], err = document.Prepare(raw, scheme, prev); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	cmp := &amendment.Comparison{Base: texts[0], Proposed: texts[1], Changes: amendment.Changes(texts[0], texts[1])}
	if *format == "html" {
		return writeRedlinePage(stdout, fs.Arg(0), fs.Arg(1), cmp)
	}
	_, body, err := render.Redline(cmp, *format, render.English)
	if err != nil {
		return err
	}
	_, err = io.WriteString(stdout, body)
	return err
}

// writeWordRedline writes the word redline of two files, which needs their
// texts only, checked as text: not parsed as Markdown, so not held to the
// limits that bound the parser, nor their sections numbered, keyed and
// described, as the motion table and the page do (which took the largest
// corpus pair from 10 to 40 ms).
func writeWordRedline(stdout io.Writer, oldPath, newPath, format string) error {
	var texts [2]string
	for i, path := range []string{oldPath, newPath} {
		raw, err := readFileLimited(path)
		if err != nil {
			return err
		}
		text, err := document.ReadText(raw)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		// The bytes were read for this redline alone and are never written
		// again, so the text shares them: a copy of each was 2 MB of fresh
		// memory for two 1 MB texts.
		texts[i] = unsafe.String(unsafe.SliceData(text), len(text))
	}
	ops := redline.Diff(texts[0], texts[1])
	body := redline.PlainText(ops)
	if format == "critic" {
		body = redline.Critic(ops)
	}
	_, err := io.WriteString(stdout, body)
	return err
}

// redlinePage is parsed on first use: every command would otherwise parse it
// before main, and only --format html writes it.
var redlinePage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Redline: {{.Old}} → {{.New}}</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.55;max-width:48rem;margin:0 auto;padding:1rem;color:#1b1b1f}
del{color:#a40e26;text-decoration:line-through}ins{color:#0b6b2b;text-decoration:underline}
del::before{content:"[struck: "}del::after{content:"]"}ins::before{content:"[inserted: "}ins::after{content:"]"}
del::before,del::after,ins::before,ins::after{clip-path:inset(100%);position:absolute;width:1px;height:1px;overflow:hidden;white-space:nowrap}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}
</style></head><body>
<h1>Redline: {{.Old}} → {{.New}}</h1>
{{.Redline}}
</body></html>
`))
})

func writeRedlinePage(w io.Writer, oldName, newName string, cmp *amendment.Comparison) error {
	_, body, err := render.Redline(cmp, "html", render.English)
	if err != nil {
		return err
	}
	return redlinePage().Execute(w, map[string]any{"Old": oldName, "New": newName, "Redline": template.HTML(body)})
}
