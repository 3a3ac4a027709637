// Package page serves Charter's HTML pages: one file per action, grouped
// by what they show (Home, Documents, Comments, Amendments, Ballots,
// Members, Accounts, Audit). Each group reads and writes the store through
// an interface of its own, listing only what it needs and the error codes
// each method returns; *store.DB satisfies them all. Handlers read the
// request, call the store, and render a template of web/view; they return
// an error, which site.Handle answers with the error page. Pages keep in
// memory only what is keyed by content (a version's hash, an amendment's
// text, the counts themselves), so nothing they keep goes stale.
package page

import (
	"html/template"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/mail"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/compare"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
	"github.com/charter-org/charter/wording"
)

// Store is every group's store together: what the pages need of
// *store.DB. Besides the codes each method's comment lists, every method of
// the groups' interfaces (HomeStore, DocumentStore…) may fail with
// EUNAVAILABLE, EFULL or EINTERNAL when the database does; the error page
// says so without the details, which go to the log.
type Store interface {
	HomeStore
	DocumentStore
	CommentStore
	AmendmentStore
	BallotStore
	MemberStore
	AuditStore
	account.Store
	account.MailStore
	versionStore
	LiveStore
	SearchStore
	OutboxStore
	PetitionStore
	TranslationStore
	MeetingStore
}

// Pages are the handlers, by group, for the router to name.
type Pages struct {
	Home         *Home
	Documents    *Documents
	Comments     *Comments
	Amendments   *Amendments
	Ballots      *Ballots
	Members      *Members
	Accounts     *Accounts
	Audit        *Audit
	Live         *Live
	Search       *Search
	Mail         *Mail
	Outbox       *Outbox
	Petitions    *Petitions
	Translations *Translations
	Meetings     *Meetings
}

// New gives the pages' handlers over db, sharing the comparisons of
// amendments with the API. Their caches are made here, once. composer
// shows the outbox's messages; mailServer names where they go ("" for
// nowhere: they wait). letterFont is the TrueType font notice letters are
// printed in (nil: the PDF's own).
func New(s *site.Site, db Store, comparisons *compare.Cache, composer mail.Composer, mailServer string, letterFont []byte) *Pages {
	versions := newVersions(db)
	words := newSectionWords() // shared: a ballot shows the translations its pages made
	return &Pages{
		Home: &Home{site: s, db: db},
		Documents: &Documents{site: s, db: db, versions: versions, comparisons: comparisons,
			bodies: render.NewBounded[render.Rendered](256), tocs: render.NewBounded[template.HTML](256),
			counts: render.NewShared[map[string]view.SectionCount](1024), amendmentTotals: render.NewShared[map[string]int](256),
			changed: render.NewBounded[[]string](10000)},
		Comments: &Comments{site: s, db: db, versions: versions,
			sectionTexts: render.NewWeighed(8<<20, func(h template.HTML) int { return len(h) + 64 })},
		Amendments: &Amendments{site: s, db: db, versions: versions, comparisons: comparisons,
			amendmentPages: render.NewWeighed(48<<20, (*amendmentPage).weight), wordings: render.NewBounded[*wording.Text](16)},
		Ballots:      &Ballots{site: s, db: db, snapshots: render.NewBounded[template.HTML](256), snapshotTexts: render.NewBounded[ballot.Snapshot](32), letterFont: letterFont, links: composer.Site, words: words},
		Members:      &Members{site: s, db: db},
		Accounts:     &Accounts{site: s, db: db, mail: db},
		Audit:        &Audit{site: s, db: db},
		Live:         &Live{site: s, db: db, stop: make(chan struct{})},
		Search:       &Search{site: s, db: db},
		Mail:         &Mail{site: s, db: db},
		Outbox:       &Outbox{site: s, db: db, composer: composer, server: mailServer},
		Petitions:    &Petitions{site: s, db: db},
		Translations: &Translations{site: s, db: db, words: words},
		Meetings: &Meetings{site: s, db: db, comparisons: comparisons, redlines: render.NewBounded[itemRedline](256),
			clauses: render.NewBounded[[]view.FloorClause](16)},
	}
}

// Caches gives, by name, how often each of the pages' caches answered from
// memory (hits) and how often it built its value (misses).
func (p *Pages) Caches() map[string]func() (hits, misses uint64) {
	d, a, b := p.Documents, p.Amendments, p.Ballots
	return map[string]func() (uint64, uint64){
		"version_pages":      d.versions.pages.Counts, // shared by the pages of a version
		"document_bodies":    d.bodies.Counts,
		"tables_of_contents": d.tocs.Counts,
		"section_counts":     d.counts.Counts,
		"amendment_totals":   d.amendmentTotals.Counts,
		"changed_sections":   d.changed.Counts,
		"section_texts":      p.Comments.sectionTexts.Counts,
		"amendment_pages":    a.amendmentPages.Counts,
		"wordings":           a.wordings.Counts,
		"ballot_snapshots":   b.snapshots.Counts,
		"snapshot_texts":     b.snapshotTexts.Counts,
		"translated_words":   p.Translations.words.Counts,
		"meeting_redlines":   p.Meetings.redlines.Counts,
		"floor_clauses":      p.Meetings.clauses.Counts,
	}
}
