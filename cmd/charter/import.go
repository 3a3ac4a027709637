package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
)

// runImport creates a document from a Markdown file, or publishes the file
// as the next version of the document that has the slug already.
func runImport(ctx context.Context, args []string, stdout io.Writer) error {
	fs, dbAddr := newFlags("import")
	slug := fs.String("slug", "", "short name of the document, e.g. constitution")
	title := fs.String("title", "", "title of a new document")
	numbering := fs.String("numbering", "article", "numbering of a new document: article, decimal or zero-based")
	cosponsors := fs.Int("cosponsors", -1, "co-sponsors an amendment needs, as the document's amendment article says")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *slug == "" {
		return charter.Errorf(charter.EINVALID, "usage: charter import --slug S --title T --numbering article|decimal|zero-based FILE.md")
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

	if err := importText(ctx, db, *slug, *title, *numbering, fs, text, stdout); err != nil {
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

func importText(ctx context.Context, db *store.DB, slug, title, numbering string, fs *flag.FlagSet, text []byte, stdout io.Writer) error {
	doc, err := db.Document(ctx, slug)
	switch charter.ErrorCode(err) {
	case "":
		if numbering != string(doc.Numbering) && flagSet(fs, "numbering") {
			return charter.Errorf(charter.EINVALID, "%s is numbered %s; a document's numbering does not change between versions.", doc.Slug, doc.Numbering)
		}
		ver, err := db.PublishVersion(ctx, 0, slug, text, document.OriginImport)
		if err != nil {
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
		doc, ver, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: slug, Title: title, Numbering: scheme, Markdown: text})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: created with version 1 (sha256 %s)\n", doc.Slug, ver.SHA256)
		return nil
	default:
		return err
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
