package store

import (
	"context"

	"gorm.io/gorm"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/petition"
)

// HomePage is what the home page shows a member, read at one moment: the
// documents, every ballot, where the reader stands on each ballot's roll
// and count, and the agenda.
type HomePage struct {
	Documents []document.Document
	// Heads is each document's current version, without its text, by
	// document id.
	Heads   map[int64]document.Version
	Ballots []ballot.Ballot // newest first
	// OnRoll and Voted name the ballots whose roll holds the reader, and
	// those of them the reader has voted on.
	OnRoll, Voted map[int64]bool
	// ShareDue names the closed ballots of which the reader is a teller
	// who has not given their share to the count under way.
	ShareDue map[int64]bool
	Agenda   Agenda
	// Petitions reached their threshold and wait on the officers, the
	// nearest deadline first: a missed one is shown to everyone.
	Petitions []petition.Petition
	// Translates are the languages the reader translates documents into.
	Translates []string
	// Meetings are those to come or in session, the soonest first, and
	// CheckedIn those of them the reader is checked in at.
	Meetings  []meeting.Meeting
	CheckedIn map[int64]bool
}

// Home reads the home page for u in one read-only transaction: a query per
// kind of thing, none per ballot.
func (db *DB) Home(ctx context.Context, u member.User, limit int) (HomePage, error) {
	var p HomePage
	err := db.view(ctx, "home", func(tx *gorm.DB) error {
		var docs []documentRow
		if err := tx.Order("title, id").Find(&docs).Error; err != nil {
			return err
		}
		for _, r := range docs {
			p.Documents = append(p.Documents, r.domain())
		}
		var err error
		if p.Heads, err = headVersions(tx); err != nil {
			return err
		}
		if p.Translates, err = translatorLanguages(tx, u.ID); err != nil {
			return err
		}
		var ballots []ballotRow
		if err := tx.Order("id DESC").Find(&ballots).Error; err != nil {
			return err
		}
		for _, r := range ballots {
			p.Ballots = append(p.Ballots, r.domain())
		}
		var lines []rollRow
		if err := tx.Where("user_id = ?", u.ID).Find(&lines).Error; err != nil {
			return err
		}
		p.OnRoll, p.Voted = map[int64]bool{}, map[int64]bool{}
		for _, l := range lines {
			p.OnRoll[l.BallotID], p.Voted[l.BallotID] = true, l.Voted
		}
		p.ShareDue = map[int64]bool{}
		if u.CanHoldTellerKey() {
			var due []int64
			if err := tx.Table("ballot_tellers").Select("ballot_tellers.ballot_id").
				Joins("JOIN ballots ON ballots.id = ballot_tellers.ballot_id AND ballots.status = ?", string(ballot.StatusClosed)).
				Where("ballot_tellers.user_id = ? AND NOT EXISTS (SELECT 1 FROM ballot_count_shares s WHERE s.ballot_id = ballot_tellers.ballot_id AND s.user_id = ballot_tellers.user_id)", u.ID).
				Pluck("ballot_tellers.ballot_id", &due).Error; err != nil {
				return err
			}
			for _, id := range due {
				p.ShareDue[id] = true
			}
		}
		if p.Petitions, err = awaitingNotice(tx); err != nil {
			return err
		}
		if p.Meetings, p.CheckedIn, err = comingMeetings(tx, u); err != nil {
			return err
		}
		p.Agenda, err = agenda(tx, u, limit)
		return err
	})
	return p, err
}
