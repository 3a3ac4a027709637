package view

import (
	"html/template"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/store"
)

// Amendments is a document's amendments, with its rules for seconding and
// adopting them.
type Amendments struct {
	Layout
	Doc          document.Document
	Amendments   []amendment.Amendment
	Names        map[int64]string // sponsors' names, by id
	Rule         ballot.Rule
	Threshold    string // the rule's threshold in words, in the reader's language
	OnlineClause string
	// The rule for a complete revision, when the document has one of its own.
	RevisionRule      *ballot.Rule
	RevisionThreshold string
	// The rule for members' petitions, and in words.
	PetitionRule  petition.Rule
	PetitionWords string
}

// Amendment is an amendment with its redlines and what the reader may do
// with it.
type Amendment struct {
	Layout
	A                      amendment.Amendment
	Doc                    document.Document
	Names                  map[int64]string // sponsor's and co-sponsors' names, by id
	Rationale              template.HTML
	Table, Inline, Sides   template.HTML
	Warnings               []amendment.Warning
	CanSecond, Seconded    bool
	CanSubmit, CanWithdraw bool
	CanDecline, CanAmend   bool
	Sponsor                bool   // the reader sponsors it
	DraftText              string // the sponsor's draft of an overlap to resolve
}

// AmendmentForm is the amendment form; its "amendment-preview" part is
// the redline charter.js refreshes as the member types.
type AmendmentForm struct {
	Layout
	P *Proposal
}

// Proposal is the state of the amendment form.
type Proposal struct {
	Doc         document.Document
	Base        document.Version
	AmendmentID int64           // the draft being edited; 0 for a new amendment
	Source      string          // the whole text an edited section is put back into
	Sections    []document.Node // the sections of Source
	SectionKey  string          // the section being edited; "" for the whole text
	Text        string          // what the textarea holds
	Title       string
	Rationale   string
	ParentID    int64
	Revision    bool // a complete revision of the whole text
	Preview     template.HTML
	Warnings    []amendment.Warning
	Motions     []string // what the change would do, in words: "strike … and insert …"
	Error       string

	// The form as plain words (the default), rather than Markdown.
	Words         bool
	Clauses       []ClauseRow // the clauses of the section amended, as the member left them
	SourceHash    string      // the text the clauses were read from, to notice it changed
	ChooseSection bool        // the whole text has too many clauses for one form
}

// ClauseRow is one clause of the amendment form in plain words.
type ClauseRow struct {
	ID       string // the form's name for it: the clause's index, or "N+" for a clause added after clause N
	Kind     string
	Number   string
	Depth    int
	Words    string
	Struck   bool
	Added    bool
	Editable bool
	CanUp    bool
	CanDown  bool
}

// Merge is the committee's merge form on the current draft, with a
// preview's result or the error that refused a merge.
type Merge struct {
	Layout
	Doc       document.Document
	Head      document.Version
	Ready     []amendment.Amendment // seconded primary amendments
	Picked    map[int64]int         // the amendments chosen, and their order
	Error     string
	Stale     *Stale
	Conflicts []Conflict
	Open      int    // conflicts still open
	Text      string // the merged text, to edit
	Preview   template.HTML
}

// Conflict is a conflict as the merge page shows it, with its number among
// its amendment's conflicts, the name of its form field and the side
// chosen so far.
type Conflict struct {
	store.MergeConflict
	Number        int
	Field, Chosen string
}
