package view

import (
	"html/template"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
)

// Section is a section's page: its text, and members' comments on it. The
// comment charter.js adds without a reload is its "comment-thread" part,
// with the same model.
type Section struct {
	Layout
	Doc       document.Document
	Version   document.Version
	Section   *document.Node
	Text      template.HTML
	Threads   []Thread
	Counts    map[comment.Stance]int
	Within    []WithinCount // comments on the sections within it, which the contents count with it
	Stances   []comment.Stance
	Quote     string // a passage to comment on, from the document's page
	Sort      string // "supported", or newest first
	CanAnswer bool   // comment.CanAnswer
	Rules     []comment.Rule
}

// WithinCount is how many comments stand on one section within another.
type WithinCount struct {
	Key, Number string
	SectionCount
}

// Thread is a top-level comment with its replies, as a page shows it.
type Thread struct {
	ShownComment
	Replies []ShownComment
}

// ShownComment is a comment as one reader sees it.
type ShownComment struct {
	store.CommentView
	Author      string
	Body        template.HTML
	Hidden      bool     // hidden or deleted, and not shown to this reader
	Mine        bool     // the reader wrote it
	Edits       []string // earlier texts, for the committee and observers
	CanModerate bool
	Origin      *store.CommentOrigin // where it was written, when on an earlier version
	Reports     int                  // how many members reported it, for moderators
	Change      *store.CommentChange // what first moved it off its words, if anything
}

// CommentQueue is the committee's queue of comments to answer, or the
// disposition log, a page at a time, with the comments set aside.
type CommentQueue struct {
	Layout
	Doc      document.Document
	Version  document.Version
	Items    []ShownComment
	Orphans  []ShownComment
	Sections map[string]document.Node // by key
	Log      bool                     // the disposition log
	Page     ListPage
	// CanAnswer: the reader may answer each comment from the queue.
	CanAnswer bool
}

// ListPage is one page of a long list: items [From, To) of Total, and the
// addresses of the pages before and after it, if any.
type ListPage struct {
	From, To, Total int
	Previous, Next  string
}

// First is the number the page's first item has in the whole list.
func (p ListPage) First() int { return p.From + 1 }
