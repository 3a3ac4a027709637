package store

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
)

// Every write that makes a new version names the version it was built on,
// and is refused when the document's head has moved since: a text written
// from an older version would silently undo what was published after it,
// merged amendments included. The check runs inside the write transaction,
// after the document's row is locked (lockDocument), so two writers built
// on the same head cannot both pass it.

// StaleError refuses a new version built on a version that is no longer the
// document's head. Nothing was written. Since says what was published after
// the writer's base, for them to carry their changes into the head.
type StaleError struct {
	err   *charter.Error
	Base  document.Version // the version the writer built on, without its text
	Since []Published      // every version after Base, oldest first; the last is the head
}

func (e *StaleError) Error() string { return e.err.Error() }

// Unwrap gives the conflict, with its code and its safe message.
func (e *StaleError) Unwrap() error { return e.err }

// Published is a version published after the one a writer built on: how it
// came to be and what it changed.
type Published struct {
	document.Version                    // without its text
	Author           string             // who published it; "" for a command-line import
	AmendmentIDs     []int64            // the amendments it merged, or the one its ballot adopted
	Changes          []amendment.Change // the sections it changed, in document order
	Described        bool               // false past the first maxDescribed versions: Changes was not computed
}

// maxDescribed bounds the versions whose changed sections a refusal lists:
// each costs a parse and a redline of its text, and a text that many
// versions behind is better written again from the head.
const maxDescribed = 10

// moved is a write refused inside its transaction because the head is not
// the version the writer built on. Once the transaction has ended, explain
// turns it into a StaleError: the refused writer does not hold up the
// others while what changed is read and compared.
type moved struct {
	err   *charter.Error
	docID int64
	base  versionRow // without its text
}

func (m *moved) Error() string { return m.err.Error() }
func (m *moved) Unwrap() error { return m.err }

// checkBase refuses, inside a write transaction, a new version built on
// base when head has moved past it. A base that is not a version of the
// document is refused as invalid.
func checkBase(tx *gorm.DB, doc documentRow, baseID int64, head versionRow, refusal func(base, head versionRow) *charter.Error) error {
	if baseID == head.ID {
		return nil
	}
	if baseID == 0 {
		return charter.Errorf(charter.EINVALID, "Say which version of %s the text was written from; its current version is %d.", doc.Slug, head.Number)
	}
	var base versionRow
	err := tx.Select(versionHeader).Where("id = ? AND document_id = ?", baseID, doc.ID).Take(&base).Error
	if isNotFound(err) {
		return charter.Errorf(charter.EINVALID, "Version %d is not a version of this document.", baseID)
	}
	if err != nil {
		return err
	}
	return &moved{err: refusal(base, head), docID: doc.ID, base: base}
}

// stalePublish is the refusal of a publication or an import.
func stalePublish(base, head versionRow) *charter.Error {
	return charter.Errorf(charter.ECONFLICT, "The text was written from version %d, but version %d has been published since. Nothing was published: carry your changes into version %d, which holds what changed since, and publish again.", base.Number, head.Number, head.Number)
}

// explain turns a moved refusal into a StaleError that lists what was
// published after the writer's base; any other error passes as it is. If
// that list cannot be read, the refusal stands without it.
func (db *DB) explain(ctx context.Context, err error) error {
	var m *moved
	if !errors.As(err, &m) {
		return err
	}
	stale := &StaleError{err: m.err, Base: m.base.domain()}
	if since, err := db.versionsSince(ctx, m.docID, m.base); err == nil {
		stale.Since = since
	}
	return stale
}

// versionsSince lists the versions after base, oldest first: who published
// each, the amendments it took in, and, for the first maxDescribed, the
// sections it changed.
func (db *DB) versionsSince(ctx context.Context, docID int64, base versionRow) ([]Published, error) {
	var out []Published
	err := db.read(ctx, "versions since", func(tx *gorm.DB) error {
		var doc documentRow
		if err := tx.Where("id = ?", docID).Take(&doc).Error; err != nil {
			return err
		}
		var rows []versionRow
		if err := tx.Select(versionHeader).Where("document_id = ? AND number > ?", docID, base.Number).Order("number").Find(&rows).Error; err != nil {
			return err
		}
		ids, authorIDs := make([]int64, len(rows)), []int64{}
		for i, r := range rows {
			ids[i] = r.ID
			if r.AuthorID != nil {
				authorIDs = append(authorIDs, *r.AuthorID)
			}
		}
		var users []userRow
		if err := tx.Select("id, name").Where("id IN ?", authorIDs).Find(&users).Error; err != nil {
			return err
		}
		names := map[int64]string{}
		for _, u := range users {
			names[u.ID] = u.Name
		}
		var merged []versionAmendmentRow
		if err := tx.Where("version_id IN ?", ids).Order("version_id, position").Find(&merged).Error; err != nil {
			return err
		}
		byVersion := map[int64][]int64{}
		for _, m := range merged {
			byVersion[m.VersionID] = append(byVersion[m.VersionID], m.AmendmentID)
		}
		scheme := document.Scheme(doc.Numbering)
		var prev *document.Parsed
		for i, r := range rows {
			p := Published{Version: r.domain(), AmendmentIDs: byVersion[r.ID]}
			if r.AuthorID != nil {
				p.Author = names[*r.AuthorID]
			}
			if i < maxDescribed {
				var err error
				if prev == nil {
					if prev, err = restoreByID(tx, base.ID, scheme); err != nil {
						return err
					}
				}
				cur, err := restoreByID(tx, r.ID, scheme)
				if err != nil {
					return err
				}
				p.Changes, p.Described, prev = amendment.Changes(prev, cur), true, cur
			}
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

// restoreByID reads a version's text and restores it with its stored keys.
func restoreByID(tx *gorm.DB, id int64, scheme document.Scheme) (*document.Parsed, error) {
	var row versionRow
	if err := tx.Where("id = ?", id).Take(&row).Error; err != nil {
		return nil, err
	}
	return restoreVersion(tx, row, scheme)
}
