package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/export"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web"
	"github.com/charter-org/charter/web/compare"
)

const exportUsage = "usage: charter export --document SLUG [--version N] --format md|html|pdf|docx [--paper a4|letter] [--out FILE], charter export --amendment ID --format md|html|pdf|docx [--out FILE], or charter export --document SLUG --git DIR"

// runExport writes a version or an amendment as a file, or a document's
// versions as a git repository, as members download them.
func runExport(ctx context.Context, args []string, stdout io.Writer) error {
	fs, dbAddr := newFlags("export")
	slug := fs.String("document", "", "short name of the document")
	number := fs.Int("version", 0, "number of the version; the current one when not given")
	amendmentID := fs.Int64("amendment", 0, "id of the amendment")
	format := fs.String("format", "", "md, html, pdf or docx")
	paper := fs.String("paper", "a4", "a PDF's paper: a4 or letter")
	out := fs.String("out", "", "file to write; the standard output when not given")
	gitDir := fs.String("git", "", "write the document's versions as a bare git repository in this new directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 || (*slug == "") == (*amendmentID == 0) || (*gitDir != "") == (*format != "") || *gitDir != "" && (*slug == "" || *number != 0) {
		return charter.Errorf(charter.EINVALID, exportUsage)
	}
	var o export.Options
	var err error
	if o.Paper, err = export.ParsePaper(*paper); err != nil {
		return err
	}
	var f export.Format
	if *gitDir == "" {
		if f, err = export.ParseFormat(*format); err != nil {
			return err
		}
		if f == export.HTML {
			if o.Stylesheet, err = web.Stylesheet(); err != nil {
				return err
			}
		}
	}
	db, err := store.Open(ctx, *dbAddr)
	if err != nil {
		return err
	}
	defer db.Close()

	if *gitDir != "" {
		return writeGitHistory(ctx, db, *slug, *gitDir, stdout)
	}
	var file export.File
	if *amendmentID != 0 {
		file, err = exportAmendment(ctx, db, *amendmentID, f, o)
	} else {
		file, err = exportVersion(ctx, db, *slug, *number, f, o)
	}
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = stdout.Write(file.Body)
		return err
	}
	if err := os.WriteFile(*out, file.Body, 0o644); err != nil {
		return charter.Errorf(charter.EINVALID, "Cannot write %s: %v", *out, err)
	}
	return nil
}

func exportVersion(ctx context.Context, db *store.DB, slug string, number int, f export.Format, o export.Options) (export.File, error) {
	doc, err := db.Document(ctx, slug)
	if err != nil {
		return export.File{}, err
	}
	versions, err := db.Versions(ctx, doc.ID)
	if err != nil {
		return export.File{}, err
	}
	var v document.Version
	for _, each := range versions {
		if each.Number == number || number == 0 && v.ID == 0 {
			v = each
		}
	}
	if v.ID == 0 && len(versions) > 0 {
		return export.File{}, charter.Errorf(charter.EINVALID, "%s has no version %d; its current version is %d.", doc.Slug, number, versions[0].Number)
	}
	text, err := db.VersionText(ctx, doc.ID, v.ID)
	if err != nil {
		return export.File{}, err
	}
	nodes, err := db.Outline(ctx, v.ID)
	if err != nil {
		return export.File{}, err
	}
	keys := make([]string, len(nodes))
	for i, n := range nodes {
		keys[i] = n.Key
	}
	return export.Version{Document: doc, Version: v, Text: text, Keys: keys}.Export(f, o)
}

// exportAmendment exports any amendment: the operator holds the database,
// so no reader's view limits what they may write out.
func exportAmendment(ctx context.Context, db *store.DB, id int64, f export.Format, o export.Options) (export.File, error) {
	a, err := db.Amendment(ctx, id)
	if err != nil {
		return export.File{}, err
	}
	comparisons := compare.New(db)
	key, err := comparisons.Key(ctx, a)
	if err != nil {
		return export.File{}, err
	}
	cmp, err := comparisons.Compare(ctx, a, key)
	if err != nil {
		return export.File{}, err
	}
	doc, err := db.DocumentByID(ctx, a.DocumentID)
	if err != nil {
		return export.File{}, err
	}
	names, err := db.UserNames(ctx, append([]int64{a.SponsorID}, a.Cosponsors...))
	if err != nil {
		return export.File{}, err
	}
	sponsors := []string{names[a.SponsorID]}
	for _, c := range a.Cosponsors {
		sponsors = append(sponsors, names[c])
	}
	return export.Amendment{Amendment: a, Document: doc, Comparison: cmp, Sponsors: sponsors}.Export(f, o)
}

// writeGitHistory writes the document's versions as a bare repository,
// objects and refs written by Charter: no git is needed to make it.
func writeGitHistory(ctx context.Context, db *store.DB, slug, dir string, stdout io.Writer) error {
	h, err := db.History(ctx, slug)
	if err != nil {
		return err
	}
	repo, err := h.Repository()
	if err != nil {
		return err
	}
	if err := repo.WriteBare(dir); err != nil {
		return charter.Errorf(charter.EINVALID, "Cannot write the history in %s: %v", dir, err)
	}
	_, err = fmt.Fprintf(stdout, "%s: %d versions written as a git repository in %s (git clone %s)\n", slug, len(h.Versions), dir, dir)
	return err
}
