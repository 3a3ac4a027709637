package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
)

// runImport creates a document from a Markdown file, or publishes the file
// as the next version of the document that has the slug already: then
// --base must name the version the file was written from, which must still
// be the current one.
func runImport(ctx context.Context, args []string, stdout io.Writer) error {
	fs, dbAddr := newFlags("import")
	slug := fs.String("slug", "", "short name of the document, e.g. constitution")
	base := fs.Int("base", 0, "for a new version of an existing document: the number of the version FILE was written from")
	title := fs.String("title", "", "title of a new document")
	numbering := fs.String("numbering", "article", "numbering of a new document: article, decimal or zero-based")
	lang := fs.String("language", document.DefaultLanguage, "language the text of a new document is written in, a tag such as en, fr or es")
	cosponsors := fs.Int("cosponsors", -1, "co-sponsors an amendment needs, as the document's amendment article says")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *slug == "" {
		return charter.Errorf(charter.EINVALID, "usage: charter import --slug S --title T --numbering article|decimal|zero-based FILE.md, or charter import --slug S --base N FILE.md")
	}
	text, err := readFileLimited(fs.Arg(0))
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, *dbAddr)
	if err != nil {
		return err
	}
	defer db.Close()

	if err := importText(ctx, db, store.NewDocument{Slug: *slug, Title: *title, Numbering: document.Scheme(*numbering), Language: *lang, Markdown: text}, *base, fs, stdout); err != nil {
		return err
	}
	if *cosponsors >= 0 {
		if err := db.SetCosponsorsNeeded(ctx, 0, *slug, *cosponsors); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: an amendment needs %d co-sponsors\n", *slug, *cosponsors)
	}
	return nil
}

// importText publishes in.Markdown as the next version of the document
// in.Slug, from its version numbered base, or creates the document from
// the rest of in.
func importText(ctx context.Context, db *store.DB, in store.NewDocument, base int, fs *flag.FlagSet, stdout io.Writer) error {
	slug, title, numbering, text := in.Slug, in.Title, string(in.Numbering), in.Markdown
	doc, err := db.Document(ctx, slug)
	switch charter.ErrorCode(err) {
	case "":
		if numbering != string(doc.Numbering) && flagSet(fs, "numbering") {
			return charter.Errorf(charter.EINVALID, "%s is numbered %s; a document's numbering does not change between versions.", doc.Slug, doc.Numbering)
		}
		baseID, err := versionNumbered(ctx, db, doc, base)
		if err != nil {
			return err
		}
		ver, err := db.PublishVersion(ctx, 0, store.NewVersion{Slug: slug, Base: baseID, Markdown: text, Origin: document.OriginImport})
		if err != nil {
			printStale(stdout, err)
			return err
		}
		fmt.Fprintf(stdout, "%s: published version %d (sha256 %s)\n", doc.Slug, ver.Number, ver.SHA256)
		return nil
	case charter.ENOTFOUND:
		scheme, err := document.ParseScheme(numbering)
		if err != nil {
			return err
		}
		if title == "" {
			return charter.Errorf(charter.EINVALID, "A new document needs a --title.")
		}
		in.Numbering = scheme
		doc, ver, err := db.CreateDocument(ctx, 0, in)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: created with version 1 (sha256 %s)\n", doc.Slug, ver.SHA256)
		return nil
	default:
		return err
	}
}

// versionNumbered finds the id of the version --base names. Without it, a
// document that exists is not written to: the file may have been written
// from any of its versions, and publishing it over a newer one would undo
// what that one changed.
func versionNumbered(ctx context.Context, db *store.DB, doc document.Document, number int) (int64, error) {
	versions, err := db.Versions(ctx, doc.ID)
	if err != nil {
		return 0, err
	}
	head := versions[0]
	if number == 0 {
		return 0, charter.Errorf(charter.EINVALID, "%s exists, at version %d (%s, %s). Give --base with the number of the version the file was written from: --base %d if it is the current one.",
			doc.Slug, head.Number, head.Origin, head.CreatedAt.UTC().Format("2006-01-02 15:04 UTC"), head.Number)
	}
	for _, v := range versions {
		if v.Number == number {
			return v.ID, nil
		}
	}
	return 0, charter.Errorf(charter.EINVALID, "%s has no version %d; its current version is %d.", doc.Slug, number, head.Number)
}

// printStale lists, for a publication refused because the document moved,
// the versions published since the one it was written from.
func printStale(w io.Writer, err error) {
	var stale *store.StaleError
	if !errors.As(err, &stale) {
		return
	}
	fmt.Fprintf(w, "Published since version %d:\n", stale.Base.Number)
	for _, p := range stale.Since {
		how := "published"
		switch {
		case p.BallotID != 0:
			how = fmt.Sprintf("adopted by ballot %d", p.BallotID)
			if len(p.AmendmentIDs) > 0 {
				how += fmt.Sprintf(", amendments %v", p.AmendmentIDs)
			}
		case p.Origin == document.OriginClerical:
			how = fmt.Sprintf("clerical change authorised by ballot %d", p.AuthorisedBy)
		case p.Origin == document.OriginMerge:
			how = fmt.Sprintf("merge of amendments %v", p.AmendmentIDs)
		}
		if p.Author != "" {
			how += " by " + p.Author
		}
		fmt.Fprintf(w, "  version %d (%s, %s)\n", p.Number, how, p.CreatedAt.UTC().Format("2006-01-02 15:04 UTC"))
		for _, ch := range p.Changes {
			fmt.Fprintf(w, "    %s\n", ch.Description)
		}
	}
}

func readFileLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, charter.Errorf(charter.EINVALID, "Cannot read %s: %v", path, err)
	}
	defer f.Close()
	// Sized once from the file's length: grown from nothing, the buffer of
	// a 1 MB text was copied and zeroed over and over, 2.1 MB in all.
	var text bytes.Buffer
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		text.Grow(int(min(info.Size(), document.MaxSourceBytes+1)) + bytes.MinRead)
	}
	if _, err := text.ReadFrom(io.LimitReader(f, document.MaxSourceBytes+1)); err != nil {
		return nil, charter.Errorf(charter.EINVALID, "Cannot read %s: %v", path, err)
	}
	return text.Bytes(), nil
}
