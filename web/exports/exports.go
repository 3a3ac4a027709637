// Package exports serves downloads of versions and amendments, for the
// pages and the API alike: it reads what is exported, has package export
// write it, and sends it as a file to save.
package exports

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/export"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/translation"
	"github.com/charter-org/charter/web/compare"
	"github.com/charter-org/charter/web/site"
)

// Store is what exports read. Besides the codes listed, every method may
// fail with EUNAVAILABLE, EFULL or EINTERNAL when the database does.
type Store interface {
	// Document finds a document by its short name: ENOTFOUND.
	Document(ctx context.Context, slug string) (document.Document, error)
	// DocumentByID finds a document by id: ENOTFOUND.
	DocumentByID(ctx context.Context, id int64) (document.Document, error)
	// Version reads one version of a document: ENOTFOUND.
	Version(ctx context.Context, documentID, versionID int64) (document.Version, error)
	// VersionText reads a version's text with its stored outline.
	VersionText(ctx context.Context, documentID, versionID int64) (*document.Parsed, error)
	// Outline reads a version's stored sections, in order.
	Outline(ctx context.Context, versionID int64) ([]document.Node, error)
	// UserNames names accounts by id.
	UserNames(ctx context.Context, ids []int64) (map[int64]string, error)
	// DocumentHead finds a document and its current version: ENOTFOUND.
	DocumentHead(ctx context.Context, slug string) (document.Document, document.Version, error)
	// Translation reads a version in a language: ENOTFOUND, EINVALID.
	Translation(ctx context.Context, slug string, versionID int64, lang string) (store.TranslationView, error)
	// PendingAmendments lists the pending primary amendments (submitted or
	// seconded) to a version, in order of id.
	PendingAmendments(ctx context.Context, documentID, versionID int64) ([]store.PendingAmendment, error)
	// MeetingMinutes reads what a meeting's minutes are written from:
	// ENOTFOUND.
	MeetingMinutes(ctx context.Context, id int64) (meeting.Meeting, map[int64]meeting.Vote, error)
	HistoryStore
}

// Exports are the download handlers.
type Exports struct {
	db          Store
	comparisons *compare.Cache
	options     export.Options
	labels      func(c *gin.Context) render.Labels
	words       func(c *gin.Context) charter.Translator
}

// New gives the handlers; options hold what every export shares (the
// stylesheet, a font), labels the redline's words and words the
// generated sentences (minutes) in the reader's language.
func New(db Store, comparisons *compare.Cache, options export.Options, labels func(c *gin.Context) render.Labels, words func(c *gin.Context) charter.Translator) *Exports {
	return &Exports{db: db, comparisons: comparisons, options: options, labels: labels, words: words}
}

// Minutes sends a meeting's minutes as ?format= (md or pdf), in the
// reader's language, each printed page naming the meeting and the
// SHA-256 of the minutes as a later meeting approves them: the draft's
// English words, which its notice freezes.
func (e *Exports) Minutes(c *gin.Context) error {
	f, o, err := e.request(c)
	if err != nil {
		return err
	}
	id, err := site.MeetingID(c)
	if err != nil {
		return err
	}
	m, votes, err := e.db.MeetingMinutes(c.Request.Context(), id)
	if err != nil {
		return err
	}
	text := meeting.Minutes(&m, votes, m.MinutesApproval, e.words(c))
	approved := document.Hash([]byte(meeting.Minutes(&m, votes, nil, nil)))
	file, err := export.Minutes{MeetingID: m.ID, Title: m.Title, Markdown: text,
		Footer: fmt.Sprintf("%s · %s · SHA-256 %s", m.Title, m.StartsAt.UTC().Format("2006-01-02"), approved)}.Export(f, o)
	if err != nil {
		return exportError(err)
	}
	send(c, file)
	return nil
}

// Version sends a version of a document as ?format= (md, html, pdf, docx)
// on ?paper= (a4, letter); with ?lang=, its translation into that language,
// the official words where a section is not translated from them.
func (e *Exports) Version(c *gin.Context) error {
	ctx := c.Request.Context()
	f, o, err := e.request(c)
	if err != nil {
		return err
	}
	doc, err := e.db.Document(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	id, err := site.VersionID(c)
	if err != nil {
		return err
	}
	v, err := e.db.Version(ctx, doc.ID, id)
	if err != nil {
		return err
	}
	text, err := e.db.VersionText(ctx, doc.ID, v.ID)
	if err != nil {
		return err
	}
	nodes, err := e.db.Outline(ctx, v.ID)
	if err != nil {
		return err
	}
	keys := make([]string, len(nodes))
	for i, n := range nodes {
		keys[i] = n.Key
	}
	out := export.Version{Document: doc, Version: v, Text: text, Keys: keys}
	if lang := c.Query("lang"); lang != "" {
		if out, err = e.translated(c, out, lang, o); err != nil {
			return err
		}
	}
	file, err := out.Export(f, o)
	if err != nil {
		return exportError(err)
	}
	send(c, file)
	return nil
}

// translated is v's text translated into lang: each section translated
// from its present words put in place of them (translation.Assemble).
func (e *Exports) translated(c *gin.Context, v export.Version, lang string, o export.Options) (export.Version, error) {
	tv, err := e.db.Translation(c.Request.Context(), v.Document.Slug, v.Version.ID, lang)
	if err != nil {
		return v, err
	}
	bodies := map[string]string{}
	segs := make([]translation.Segment, len(tv.Sections))
	for i, s := range tv.Sections {
		segs[i] = s.Segment
		if s.Status == translation.Current {
			bodies[s.Segment.Key] = s.Translation.Body
		}
	}
	official := string(v.Text.Source.Text)
	text, err := document.Restore([]byte(translation.Assemble(official, segs, bodies)), v.Document.Numbering, v.Keys)
	if err != nil {
		// A translation checked in the version it was made in may not keep
		// this one's outline (words carried over by their hash): those that
		// do not are left out, the official words in their place.
		for key, body := range bodies {
			if _, err := translation.Check(official, v.Document.Numbering, v.Text.Outline.Nodes, segs, key, body); err != nil {
				delete(bodies, key)
			}
		}
		if text, err = document.Restore([]byte(translation.Assemble(official, segs, bodies)), v.Document.Numbering, v.Keys); err != nil {
			return v, err
		}
	}
	v.Text = text
	v.Translation = &export.Translation{Language: tv.Language, Note: charter.Sprintf(
		"Translation into %s of version %d: the official text, in %s, alone is authoritative; %d of %d sections translated from their present words.",
		tv.Language, v.Version.Number, v.Document.Language, len(bodies), len(segs)).Translate(o.Labels.Translate)}
	return v, nil
}

// Amendment sends an amendment, as the reader may see it, as ?format=.
func (e *Exports) Amendment(c *gin.Context) error {
	ctx := c.Request.Context()
	f, o, err := e.request(c)
	if err != nil {
		return err
	}
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	a, err := e.amendment(ctx, *site.User(c), id)
	if err != nil {
		return err
	}
	file, err := a.Export(f, o)
	if err != nil {
		return exportError(err)
	}
	send(c, file)
	return nil
}

// amendment reads an amendment as viewer may see it, with what its export
// shows: the text it amends, its document and its sponsors' names.
func (e *Exports) amendment(ctx context.Context, viewer member.User, id int64) (export.Amendment, error) {
	a, cmp, err := e.comparisons.Amendment(ctx, viewer, id)
	if err != nil {
		return export.Amendment{}, err
	}
	doc, err := e.db.DocumentByID(ctx, a.DocumentID)
	if err != nil {
		return export.Amendment{}, err
	}
	names, err := e.db.UserNames(ctx, append([]int64{a.SponsorID}, a.Cosponsors...))
	if err != nil {
		return export.Amendment{}, err
	}
	sponsors := []string{names[a.SponsorID]}
	for _, id := range a.Cosponsors {
		sponsors = append(sponsors, names[id])
	}
	return export.Amendment{Amendment: a, Document: doc, Comparison: cmp, Sponsors: sponsors}, nil
}

// MotionBook sends one PDF of every pending amendment to a document's
// current version, on ?paper=, for a meeting to print.
func (e *Exports) MotionBook(c *gin.Context) error {
	ctx := c.Request.Context()
	o, err := e.shape(c)
	if err != nil {
		return err
	}
	doc, head, err := e.db.DocumentHead(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	pending, err := e.db.PendingAmendments(ctx, doc.ID, head.ID)
	if err != nil {
		return err
	}
	book := export.MotionBook{Document: doc, Version: head}
	for _, p := range pending {
		a, err := e.amendment(ctx, *site.User(c), p.ID)
		if err != nil {
			return err
		}
		book.Amendments = append(book.Amendments, a)
	}
	file, err := book.PDF(o)
	if err != nil {
		return exportError(err)
	}
	send(c, file)
	return nil
}

func (e *Exports) request(c *gin.Context) (export.Format, export.Options, error) {
	f, err := export.ParseFormat(c.Query("format"))
	if err != nil {
		return "", export.Options{}, err
	}
	o, err := e.shape(c)
	return f, o, err
}

// shape is what every export shares, on the request's ?paper= and in the
// reader's language.
func (e *Exports) shape(c *gin.Context) (export.Options, error) {
	var err error
	o := e.options
	if o.Paper, err = export.ParsePaper(c.Query("paper")); err != nil {
		return export.Options{}, err
	}
	o.Labels = e.labels(c)
	return o, nil
}

// exportError keeps an application error as it is; anything else is a
// fault of the export, for the log.
func exportError(err error) error {
	if _, ok := err.(*charter.Error); ok {
		return err
	}
	return charter.Internal(fmt.Errorf("export: %w", err))
}

// send answers with the file as a download: never shown in the page's
// origin, so an HTML export runs nothing there.
func send(c *gin.Context, f export.File) {
	c.Header("Content-Disposition", fmt.Sprintf("attachment; filename=%q", f.Name))
	c.Header("X-Content-Type-Options", "nosniff")
	c.Header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
	c.Data(http.StatusOK, f.MediaType, f.Body)
}

// Compare sends the changes from one version of a document to another
// (?from=ID&to=ID) as ?format=: in Word, tracked changes by the author of
// the later version, on its date.
func (e *Exports) Compare(c *gin.Context) error {
	ctx := c.Request.Context()
	f, o, err := e.request(c)
	if err != nil {
		return err
	}
	if f != export.DOCX && f != export.Markdown {
		return charter.Errorf(charter.EINVALID, "Two versions are exported as Word (docx) or as Markdown with the changes marked (md).")
	}
	doc, err := e.db.Document(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	var versions [2]document.Version
	var texts [2]*document.Parsed
	for i, name := range []string{"from", "to"} {
		id, err := strconv.ParseInt(c.Query(name), 10, 64)
		if err != nil {
			return charter.Errorf(charter.EINVALID, "Give the versions to compare as ?from=ID&to=ID.")
		}
		if versions[i], err = e.db.Version(ctx, doc.ID, id); err != nil {
			return err
		}
		if texts[i], err = e.db.VersionText(ctx, doc.ID, id); err != nil {
			return err
		}
	}
	later := versions[1]
	names, err := e.db.UserNames(ctx, []int64{later.AuthorID})
	if err != nil {
		return err
	}
	changes := export.Amendment{
		Amendment: amendment.Amendment{Title: fmt.Sprintf("%s: version %d to version %d", doc.Title, versions[0].Number, later.Number),
			DocumentID: doc.ID, CreatedAt: later.CreatedAt},
		Document:   doc,
		Comparison: &amendment.Comparison{Base: texts[0], Proposed: texts[1], Changes: amendment.Changes(texts[0], texts[1])},
		Sponsors:   []string{names[later.AuthorID]},
	}
	file, err := changes.Export(f, o)
	if err != nil {
		return exportError(err)
	}
	file.Name = fmt.Sprintf("%s-v%d-to-v%d.%s", doc.Slug, versions[0].Number, later.Number, f)
	send(c, file)
	return nil
}
