package view

import (
	"html/template"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/i18n"
)

// Each page's template reads one model: a struct of this package that
// embeds Layout, with a field for each thing the page shows, named as the
// template names it. The handler fills the page's fields; site.Render
// fills Layout. A model is passed by pointer.

// Layout is what the layout around every page shows besides the page's
// own content: who is reading, in which language, the token their forms
// carry, and the page's address (the language picker returns to it).
type Layout struct {
	L    *i18n.Localizer
	Lang string
	User *member.User // nil for a visitor who has not logged in
	CSRF string
	Path string
	// Content is the page's content rendered already, for every reader
	// alike (site.RenderContent); empty, the layout renders it.
	Content template.HTML
	// Seq names the changes the page was rendered after, for its live
	// stream (store.DB.ChangeSeq).
	Seq int64
}

func (l *Layout) layout() *Layout { return l }

// Model is a page's data: a pointer to a struct of this package that
// embeds Layout.
type Model interface{ layout() *Layout }

// LayoutOf is the Layout a model embeds, for site.Render to fill.
func LayoutOf(m Model) *Layout { return m.layout() }

// Error is the error page: the message in the reader's language, the
// error's code (for scripts) and a way back, if any.
type Error struct {
	Layout
	Message, Code, Back string
	// Reference is the request's id, for the member to quote to an admin.
	Reference string
}

// Login is the login form, given back with what went wrong.
type Login struct {
	Layout
	Email, Error, Next string
	NoAccounts         bool // no account exists yet: the operator must make one
}

// Invitation is the form of an invitation link, where the invited member
// sets a password.
type Invitation struct {
	Layout
	Invitee member.User
	Error   string
}
