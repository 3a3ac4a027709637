package view

import (
	"strings"
	"time"

	"github.com/charter-org/charter/audit"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/store"
)

// Home is the front page: what needs the reader, the ballots open or under
// notice, the documents, the amendments waiting for co-sponsors and the
// latest comments.
type Home struct {
	Layout
	Tasks           []Task
	OpenBallots     []ballot.Ballot
	Documents       []document.Document
	Heads           map[int64]document.Version // each document's current version, by id
	AwaitingSeconds []store.AwaitingSeconds
	RecentComments  []store.RecentComment
	// Petitions wait on the officers; a missed deadline shows in red.
	Petitions []petition.Petition
	// Meetings are those to come or in session, the soonest first.
	Meetings []meeting.Meeting
	Now      time.Time
}

// Task is one thing on the home page's "what needs you" list, in the
// reader's language.
type Task struct {
	Text, Href string
}

// Members is the admins' roster page, with what an action adds to it: a
// result, invitation links, an error.
type Members struct {
	Layout
	Members  []member.User
	AllRoles []member.Role
	// Translators are the languages each translator translates into, by
	// account.
	Translators map[int64][]string
	Error       string
	Result      *store.RosterResult // a roster just imported
	Links       []InvitationLink
}

// InvitationLink is an invitation link, shown once.
type InvitationLink struct {
	Name, Email, URL string
}

// Account is a member's sessions and access tokens, never their secrets.
type Account struct {
	Layout
	Owner    member.User
	Own      bool // the reader's own
	Sessions []store.SessionInfo
	Tokens   []store.TokenInfo
	Page     string // the page's address, which its forms post under
	// Messages is what the member chose to receive by email, kind by
	// kind: on their own page only.
	Messages []MailChoice
}

// MailChoice is one kind of message with what the member chose of it.
type MailChoice struct {
	Kind     message.Kind
	Label    string         // the catalog id of the kind's name
	Required bool           // always sent: no choice offered
	Choice   message.Choice // "" for each message as it comes
	Digest   bool           // a daily digest may be chosen
}

// MailChoices lists every kind, in order, with what choices holds.
func MailChoices(choices map[message.Kind]message.Choice) []MailChoice {
	out := make([]MailChoice, len(message.Kinds))
	for i, k := range message.Kinds {
		out[i] = MailChoice{Kind: k, Label: MailKindLabel(k), Required: k.Required(), Choice: choices[k], Digest: k == message.KindCommittee}
	}
	return out
}

// MailKindLabel is the catalog id of a kind's name: "MailKind_" and the
// kind with its dots as underscores (catalog ids hold no dots).
func MailKindLabel(k message.Kind) string {
	return "MailKind_" + strings.ReplaceAll(string(k), ".", "_")
}

// Unsubscribe is the page of an unsubscribe link: the kind it turns off,
// and, once posted, that it did.
type Unsubscribe struct {
	Layout
	Label string // the kind's catalog id
	Token string
	Done  bool
}

// AuditEvent is an event with its action in the reader's words (its code
// when Charter has no words for it).
type AuditEvent struct {
	audit.Event
	What string
}

// Audit is the newest audit events and whether the chain holds.
type Audit struct {
	Layout
	Events []AuditEvent
	Count  int
	Broken error // why the chain does not verify; nil when it does
}
