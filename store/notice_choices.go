package store

import (
	"context"
	"strings"

	"gorm.io/gorm"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
)

// NoticeChoice is, for one document, what a ballot may put to the members:
// the amendments of which notice can be given (seconded, with no conflict
// to resolve) and the versions since the text in force.
type NoticeChoice struct {
	Document   document.Document
	Amendments []NoticeAmendment
	Versions   []document.Version // newest first, without their texts
}

// NoticeAmendment is an amendment the notice form offers.
type NoticeAmendment struct {
	ID    int64
	Title string
}

// NoticeChoices reads, for every document, what the notice form offers, in
// one read: whatever else is posted is refused by NoticeBallot, saying why.
func (db *DB) NoticeChoices(ctx context.Context) ([]NoticeChoice, error) {
	var out []NoticeChoice
	err := db.view(ctx, "notice choices", func(tx *gorm.DB) error {
		var docs []documentRow
		if err := tx.Order("title, id").Find(&docs).Error; err != nil {
			return err
		}
		var amendments []amendmentRow
		if err := tx.Select("id", "document_id", "title").Where("status = ? AND rebase_conflict = ''", string(amendment.StatusSeconded)).
			Order("id").Find(&amendments).Error; err != nil {
			return err
		}
		for _, d := range docs {
			c := NoticeChoice{Document: d.domain()}
			for _, a := range amendments {
				if a.DocumentID == d.ID {
					c.Amendments = append(c.Amendments, NoticeAmendment{ID: a.ID, Title: a.Title})
				}
			}
			inForce, err := adoptedVersion(tx, d.ID)
			if err != nil {
				return err
			}
			var rows []versionRow
			if err := tx.Select(versionHeader).Where("document_id = ? AND number > ?", d.ID, inForce.Number).Order("number DESC").Find(&rows).Error; err != nil {
				return err
			}
			for _, r := range rows {
				c.Versions = append(c.Versions, r.domain())
			}
			out = append(out, c)
		}
		return nil
	})
	return out, err
}

// RollCandidate is a member an officer found to add to a ballot's roll or
// take off it.
type RollCandidate struct {
	ID           int64
	Name         string
	MemberNumber string
	GoodStanding bool
	OnRoll       bool
	Voted        bool
}

// FindForRoll finds, for a ballot's roll, up to limit members whose name,
// email or member number holds query (case aside), with where each stands
// on the roll.
func (db *DB) FindForRoll(ctx context.Context, ballotID int64, query string, limit int) ([]RollCandidate, error) {
	query = strings.ToLower(strings.TrimSpace(query))
	if query == "" {
		return nil, nil
	}
	like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(query) + "%"
	var out []RollCandidate
	err := db.read(ctx, "find for roll", func(tx *gorm.DB) error {
		var users []userRow
		if err := tx.Joins("JOIN user_roles ON user_roles.user_id = users.id AND user_roles.role = ?", string(member.RoleMember)).
			Where(`LOWER(users.name) LIKE ? ESCAPE '\' OR LOWER(users.email) LIKE ? ESCAPE '\' OR LOWER(COALESCE(users.member_number, '')) LIKE ? ESCAPE '\'`, like, like, like).
			Order("users.name, users.id").Limit(limit).Find(&users).Error; err != nil {
			return err
		}
		ids := make([]int64, len(users))
		for i, u := range users {
			ids[i] = u.ID
		}
		var roll []rollRow
		if err := tx.Where("ballot_id = ? AND user_id IN ?", ballotID, ids).Find(&roll).Error; err != nil {
			return err
		}
		on := map[int64]rollRow{}
		for _, r := range roll {
			on[r.UserID] = r
		}
		for _, u := range users {
			r, onRoll := on[u.ID]
			c := RollCandidate{ID: u.ID, Name: u.Name, GoodStanding: u.GoodStanding, OnRoll: onRoll, Voted: r.Voted}
			if u.MemberNumber != nil {
				c.MemberNumber = *u.MemberNumber
			}
			out = append(out, c)
		}
		return nil
	})
	return out, err
}
