package store

import (
	"context"

	"gorm.io/gorm"

	"github.com/charter-org/charter/githistory"
)

// History reads everything a document's git history is made of, in one
// read transaction: every version with its text, oldest first, who
// recorded it, the amendments each took in with their sponsors, and the
// ballot that adopted or authorised it with its questions' hashes.
func (db *DB) History(ctx context.Context, slug string) (githistory.History, error) {
	var h githistory.History
	err := db.view(ctx, "git history", func(tx *gorm.DB) error {
		doc, err := documentBySlug(tx, slug)
		if err != nil {
			return err
		}
		h.Document = doc.domain()
		var rows []versionRow
		if err := tx.Select("*, "+effectiveColumn).Where("document_id = ?", doc.ID).Order("number").Find(&rows).Error; err != nil {
			return err
		}
		ids := make([]int64, len(rows))
		for i, r := range rows {
			ids[i] = r.ID
		}
		var merged []versionAmendmentRow
		if err := tx.Where("version_id IN ?", ids).Order("version_id, position").Find(&merged).Error; err != nil {
			return err
		}
		amendmentIDs := make([]int64, len(merged))
		for i, m := range merged {
			amendmentIDs[i] = m.AmendmentID
		}
		var amendments []amendmentRow
		if err := tx.Select("id", "title", "sponsor_id").Where("id IN ?", amendmentIDs).Find(&amendments).Error; err != nil {
			return err
		}
		var cosponsors []cosponsorRow
		if err := tx.Where("amendment_id IN ?", amendmentIDs).Order("created_at, user_id").Find(&cosponsors).Error; err != nil {
			return err
		}
		var questions []questionRow
		if err := tx.Select("id", "ballot_id", "position", "question", "snapshot_sha256", "adopted_version_id").
			Where("adopted_version_id IN ?", ids).Order("ballot_id, position").Find(&questions).Error; err != nil {
			return err
		}
		var ballotIDs, userIDs []int64
		for _, r := range rows {
			for _, p := range []*int64{r.BallotID, r.AuthorisedBy} {
				if p != nil {
					ballotIDs = append(ballotIDs, *p)
				}
			}
			if r.AuthorID != nil {
				userIDs = append(userIDs, *r.AuthorID)
			}
		}
		var ballots []ballotRow
		if err := tx.Select("id", "title").Where("id IN ?", ballotIDs).Find(&ballots).Error; err != nil {
			return err
		}
		for _, a := range amendments {
			userIDs = append(userIDs, a.SponsorID)
		}
		for _, c := range cosponsors {
			userIDs = append(userIDs, c.UserID)
		}
		names, err := userNames(tx, userIDs)
		if err != nil {
			return err
		}
		h.Versions = historyVersions(rows, merged, amendments, cosponsors, questions, ballots, names)
		return nil
	})
	return h, err
}

// historyVersions puts together what History read.
func historyVersions(rows []versionRow, merged []versionAmendmentRow, amendments []amendmentRow, cosponsors []cosponsorRow,
	questions []questionRow, ballots []ballotRow, names map[int64]string) []githistory.Version {
	memberOf := func(id int64) githistory.Member { return githistory.Member{ID: id, Name: names[id]} }
	byID := map[int64]githistory.Amendment{}
	for _, a := range amendments {
		byID[a.ID] = githistory.Amendment{ID: a.ID, Title: a.Title, Sponsor: memberOf(a.SponsorID)}
	}
	for _, c := range cosponsors {
		a := byID[c.AmendmentID]
		a.Cosponsors = append(a.Cosponsors, memberOf(c.UserID))
		byID[c.AmendmentID] = a
	}
	titles := map[int64]string{}
	for _, b := range ballots {
		titles[b.ID] = b.Title
	}
	out := make([]githistory.Version, len(rows))
	at := map[int64]int{}
	for i, r := range rows {
		v := githistory.Version{Version: r.domain()}
		if r.AuthorID != nil {
			v.By = memberOf(*r.AuthorID)
		}
		id := v.Version.BallotID
		if id == 0 {
			id = v.Version.AuthorisedBy
		}
		if id != 0 {
			v.Ballot = &githistory.Ballot{ID: id, Title: titles[id]}
		}
		out[i], at[r.ID] = v, i
	}
	for _, m := range merged {
		v := &out[at[m.VersionID]]
		v.Merged = append(v.Merged, byID[m.AmendmentID])
	}
	for _, q := range questions {
		v := &out[at[*q.AdoptedVersionID]]
		if v.Ballot != nil && v.Ballot.ID == q.BallotID {
			v.Ballot.Questions = append(v.Ballot.Questions, githistory.Question{Position: q.Position, Text: q.Question, SnapshotSHA256: q.SnapshotSHA256})
		}
	}
	return out
}
