package view

import (
	"time"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/store"
)

// Petitions is the list of petitions, with the form to start one.
type Petitions struct {
	Layout
	Petitions []petition.Petition
	Now       time.Time
	Documents []document.Document
	// CanStart: the reader is a member in good standing.
	CanStart bool
	Error    string
}

// Petition is a petition's page: its question, rule and count for
// everyone; the signers' names for officers and observers only; the
// reader's Sign or Withdraw; the officer's notice once it is reached.
type Petition struct {
	Layout
	P        petition.Petition
	Now      time.Time
	Signed   bool
	CanSign  bool
	Signers  []string // nil unless petition.CanSeeSigners
	SeeNames bool
	// CanNotice: an officer, and the petition reached its threshold.
	CanNotice  bool
	Tellers    []store.Teller
	MinShares  int
	MinBallots int
	Error      string
	RuleWords  string // the rule, in the reader's language
	// Percent is the progress bar's width, 0 to 100.
	Percent int
}
