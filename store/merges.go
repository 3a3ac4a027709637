package store

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/redline"
)

type versionAmendmentRow struct {
	VersionID   int64 `gorm:"primaryKey;autoIncrement:false"`
	AmendmentID int64 `gorm:"primaryKey;autoIncrement:false"`
	Position    int
}

func (versionAmendmentRow) TableName() string { return "version_amendments" }

// MergeRequest is the committee's merge: which amendments, in which order,
// how it settled their conflicts, and, if it edited the merged text, that
// text.
type MergeRequest struct {
	AmendmentIDs []int64
	Sides        map[ConflictRef]redline.Side // conflicts not listed stay open
	Text         string                       // the committee's edit of the merged text; empty to take the merge as computed
	ExpectedHead int64                        // the draft the committee reviewed, for Merge
}

// ConflictRef names a conflict: the amendment, and its place among that
// amendment's conflicts with the draft as merged before it.
type ConflictRef struct {
	AmendmentID int64
	Index       int
}

// MergeConflict is a place where an amendment does not merge cleanly onto
// the draft as it stands after the amendments before it.
type MergeConflict struct {
	ConflictRef
	redline.Conflict
	Side redline.Side // as the committee settled it, or Unsettled
}

// MergeResult is a merge's outcome: the new draft, or the conflicts that
// kept it from being published.
type MergeResult struct {
	// Text is the merged text; each open conflict is written in it between
	// marker lines, for the committee to edit.
	Text      string
	Head      document.Version
	Version   document.Version // the published draft; zero when not published
	Conflicts []MergeConflict  // open: they keep the merge from being published
	Settled   []MergeConflict  // settled by side
}

// mergeText applies amendments, in order, onto head's text, settling their
// conflicts as the committee chose and marking those it has not.
func mergeText(tx *gorm.DB, doc documentRow, head versionRow, req MergeRequest) (text string, open, settled []MergeConflict, err error) {
	if len(req.AmendmentIDs) == 0 {
		return "", nil, nil, charter.Errorf(charter.EINVALID, "Choose the amendments to merge.")
	}
	text = head.Markdown
	seen := map[int64]bool{}
	for _, id := range req.AmendmentIDs {
		if seen[id] {
			return "", nil, nil, charter.Errorf(charter.EINVALID, "Amendment %d is listed twice.", id)
		}
		seen[id] = true
		a, err := visibleAmendment(tx, member.User{}, id) // only what every member can read is merged
		if err != nil {
			return "", nil, nil, err
		}
		if a.DocumentID != doc.ID {
			return "", nil, nil, charter.Errorf(charter.EINVALID, "Amendment %d is not an amendment of this document.", id)
		}
		if a.Status != amendment.StatusSeconded || a.Secondary() {
			return "", nil, nil, charter.Errorf(charter.ECONFLICT, "Amendment %d is %s; only seconded primary amendments can be merged.", id, a.Status)
		}
		base, err := versionOf(tx, doc.ID, a.BaseVersionID)
		if err != nil {
			return "", nil, nil, err
		}
		merged, cs := redline.Merge3(base.Markdown, text, a.Proposed)
		sides := make([]redline.Side, len(cs))
		for i, c := range cs {
			ref := ConflictRef{AmendmentID: id, Index: i}
			sides[i] = req.Sides[ref]
			if mc := (MergeConflict{ConflictRef: ref, Conflict: c, Side: sides[i]}); mc.Side == redline.Unsettled {
				open = append(open, mc)
			} else {
				settled = append(settled, mc)
			}
		}
		text = redline.Settle(merged, cs, sides, markerLabels(head.Number, base.Number, id))
	}
	return text, open, settled, nil
}

// markerLabels name the sides of a conflict by number, which reads the same
// in every language: the draft "v3", the amendment's original "v1", the
// amendment "#12".
func markerLabels(draft, original int, amendmentID int64) redline.MarkerLabels {
	return redline.MarkerLabels{Ours: fmt.Sprintf("v%d", draft), Base: fmt.Sprintf("v%d", original), Theirs: fmt.Sprintf("#%d", amendmentID)}
}

// checkResolved refuses a text that still holds conflict markers.
func checkResolved(text string) error {
	if line := redline.MarkerLine(text); line > 0 {
		return charter.Errorf(charter.EINVALID, "Line %d still holds a conflict marker (<<<<<<<, ||||||| or >>>>>>>). Keep the words the text should have and delete the marker lines.", line)
	}
	return nil
}

// PreviewMerge merges amendments onto the current draft without publishing.
func (db *DB) PreviewMerge(ctx context.Context, slug string, req MergeRequest) (MergeResult, error) {
	var res MergeResult
	err := db.read(ctx, "preview merge", func(tx *gorm.DB) error {
		doc, err := documentBySlug(tx, slug)
		if err != nil {
			return err
		}
		head, err := headVersion(tx, doc.ID)
		if err != nil {
			return err
		}
		res.Head = head.domain()
		if res.Text, res.Conflicts, res.Settled, err = mergeText(tx, doc, head, req); err != nil || req.Text == "" {
			return err
		}
		res.Text, res.Conflicts = req.Text, nil
		return checkResolved(req.Text)
	})
	return res, err
}

// Merge publishes the next draft with the amendments merged, in order,
// when the draft is still the one the committee reviewed and every
// conflict is settled, by side or by the committee's edit of the merged
// text. The merged amendments become merged into it; every other pending
// amendment is rebased onto it, or marked for its sponsor where its changes
// and the draft's overlap. One transaction: nothing is half-applied.
func (db *DB) Merge(ctx context.Context, u member.User, slug string, req MergeRequest) (MergeResult, error) {
	if !amendment.CanMerge(&u) {
		return MergeResult{}, charter.Errorf(charter.EFORBIDDEN, "Only the drafting committee merges amendments.")
	}
	var res MergeResult
	err := db.transact(ctx, "merge amendments", func(tx *gorm.DB) error {
		res = MergeResult{}
		doc, err := lockDocument(tx, slug)
		if err != nil {
			return err
		}
		head, err := headVersion(tx, doc.ID)
		if err != nil {
			return err
		}
		res.Head = head.domain()
		if err := checkBase(tx, doc, req.ExpectedHead, head, staleMerge); err != nil {
			return err
		}
		if res.Text, res.Conflicts, res.Settled, err = mergeText(tx, doc, head, req); err != nil {
			return err
		}
		how := ""
		if n := len(res.Settled); n > 0 {
			how = fmt.Sprintf(", %d conflict settled by side", n)
			if n > 1 {
				how = fmt.Sprintf(", %d conflicts settled by side", n)
			}
		}
		if req.Text != "" {
			if err := checkResolved(req.Text); err != nil {
				return err
			}
			res.Text, res.Conflicts, how = req.Text, nil, how+", as edited by the committee"
		}
		if len(res.Conflicts) > 0 {
			return nil
		}
		parsed, err := document.Prepare([]byte(res.Text), document.Scheme(doc.Numbering), nil)
		if err != nil {
			return err
		}
		if res.Version, err = db.publish(tx, doc, head, parsed, document.OriginMerge, u.ID); err != nil {
			return err
		}
		for i, id := range req.AmendmentIDs {
			if err := tx.Create(&versionAmendmentRow{VersionID: res.Version.ID, AmendmentID: id, Position: i}).Error; err != nil {
				return err
			}
			if err := tx.Model(&amendmentRow{}).Where("id = ?", id).Updates(map[string]any{
				"status": string(amendment.StatusMerged), "merged_version_id": res.Version.ID, "updated_at": db.now(),
			}).Error; err != nil {
				return err
			}
			merged, err := amendmentByID(tx, id)
			if err != nil {
				return err
			}
			if err := db.queueSponsor(tx, merged, message.SponsorNews{Event: message.EventMerged, VersionNumber: res.Version.Number}, true, u.ID); err != nil {
				return err
			}
		}
		if err := db.record(tx, u.ID, "version.merge", "document:"+slug,
			fmt.Sprintf("version %d merges amendments %v%s", res.Version.Number, req.AmendmentIDs, how)); err != nil {
			return err
		}
		if err := db.rebasePending(tx, doc, head, res.Version, req.AmendmentIDs); err != nil {
			return err
		}
		return indexVersions(tx, doc.ID)
	})
	return res, db.explain(ctx, err)
}

// staleMerge is the refusal of a merge reviewed against an older draft.
func staleMerge(_, head versionRow) *charter.Error {
	return charter.Errorf(charter.ECONFLICT, "The draft moved: version %d was published meanwhile. Review the merge again against it.", head.Number)
}

// rebasePending carries every pending amendment written against the old
// draft onto the new one; an amendment whose changes overlap the draft's is
// left on its base and marked, for its sponsor to resolve, and its
// sponsor told. Such an amendment stays on its old base, so a later draft
// does not mark it, nor tell its sponsor, again.
func (db *DB) rebasePending(tx *gorm.DB, doc documentRow, old versionRow, next document.Version, merged []int64) error {
	var rows []amendmentRow
	q := tx.Where("document_id = ? AND base_version_id = ? AND parent_id IS NULL AND status IN ?", doc.ID, old.ID,
		[]string{string(amendment.StatusDraft), string(amendment.StatusSubmitted), string(amendment.StatusSeconded)})
	if len(merged) > 0 {
		// "NOT id IN (NULL)" would leave out every amendment.
		q = q.Not("id IN ?", merged)
	}
	if err := q.Find(&rows).Error; err != nil {
		return err
	}
	merger := redline.NewMerger(old.Markdown, next.Markdown)
	var carried []int64
	for _, a := range rows {
		text, conflicts := merger.Merge(a.Proposed)
		update := map[string]any{}
		if len(conflicts) == 0 {
			update = map[string]any{"base_version_id": next.ID, "proposed": text, "proposed_sha256": document.Hash([]byte(text)), "rebase_conflict": ""}
		} else {
			var b strings.Builder
			for _, c := range conflicts {
				fmt.Fprintf(&b, "draft %d has %q where the amendment has %q (originally %q)\n", next.Number, c.Ours, c.Theirs, c.Base)
			}
			update["rebase_conflict"] = b.String()
		}
		if err := tx.Model(&amendmentRow{}).Where("id = ?", a.ID).Updates(update).Error; err != nil {
			return err
		}
		if len(conflicts) == 0 {
			carried = append(carried, a.ID)
			continue
		}
		news := message.SponsorNews{Event: message.EventConflict, VersionNumber: next.Number}
		if err := db.queueSponsor(tx, a.domain(nil), news, false, 0); err != nil {
			return err
		}
	}
	return renumberAmendments(tx, carried, next.ID)
}

// ProvenanceChain loads a document's versions up to versionID, oldest
// first, keyed as stored, with what each merged amendment changed.
func (db *DB) ProvenanceChain(ctx context.Context, documentID, versionID int64) ([]amendment.Step, error) {
	var steps []amendment.Step
	err := db.read(ctx, "provenance chain", func(tx *gorm.DB) error {
		target, err := versionOf(tx, documentID, versionID)
		if err != nil {
			return err
		}
		var doc documentRow
		if err := tx.Where("id = ?", documentID).Take(&doc).Error; err != nil {
			return err
		}
		var rows []versionRow
		if err := tx.Where("document_id = ? AND number <= ?", documentID, target.Number).Order("number").Find(&rows).Error; err != nil {
			return err
		}
		scheme := document.Scheme(doc.Numbering)
		for _, v := range rows {
			p, err := restoreVersion(tx, v, scheme)
			if err != nil {
				return err
			}
			step := amendment.Step{Version: v.domain(), Text: p}
			if step.Contributions, err = contributions(tx, v.ID, scheme); err != nil {
				return err
			}
			steps = append(steps, step)
		}
		return nil
	})
	return steps, err
}

// ResolveRebase replaces an amendment whose changes overlapped a new draft
// with its sponsor's text written against the current draft. Co-sponsors
// seconded other words, so they are asked again: a seconded amendment goes
// back to submitted, with no co-sponsors, unless the document needs none.
func (db *DB) ResolveRebase(ctx context.Context, sponsor member.User, id int64, text []byte) (amendment.Amendment, error) {
	src, err := document.ReadSource(text)
	if err != nil {
		return amendment.Amendment{}, err
	}
	if err := checkResolved(string(src.Text)); err != nil {
		return amendment.Amendment{}, err
	}
	var out amendment.Amendment
	err = db.transact(ctx, "resolve rebase", func(tx *gorm.DB) error {
		a, err := visibleAmendment(tx, sponsor, id)
		if err != nil {
			return err
		}
		if a.SponsorID != sponsor.ID {
			return charter.Errorf(charter.EFORBIDDEN, "Only the sponsor can edit an amendment.")
		}
		if a.RebaseConflict == "" {
			return charter.Errorf(charter.ECONFLICT, "This amendment has no conflict with the current draft to resolve.")
		}
		var doc documentRow
		if err := tx.Where("id = ?", a.DocumentID).Take(&doc).Error; err != nil {
			return err
		}
		head, err := headVersion(tx, doc.ID)
		if err != nil {
			return err
		}
		if err := checkAgainstBase(src, head.Markdown, document.Scheme(doc.Numbering)); err != nil {
			return err
		}
		now := db.now()
		row := amendmentRow{ID: id, Status: string(a.Status)}
		if a.Status == amendment.StatusSeconded {
			row.Status = string(amendment.StatusSubmitted)
		}
		if err := tx.Where("amendment_id = ?", id).Delete(&cosponsorRow{}).Error; err != nil {
			return err
		}
		if err := tx.Model(&amendmentRow{}).Where("id = ?", id).Updates(map[string]any{
			"base_version_id": head.ID, "proposed": string(src.Text), "proposed_sha256": document.Hash(src.Text),
			"rebase_conflict": "", "status": row.Status, "updated_at": now,
		}).Error; err != nil {
			return err
		}
		if err := secondIfEnough(tx, &row, doc.CosponsorsNeeded, 0, now); err != nil {
			return err
		}
		if err := indexAmendment(tx, id); err != nil {
			return err
		}
		if out, err = amendmentByID(tx, id); err != nil {
			return err
		}
		return db.announce(tx, TopicAmendments, out.DocumentID)
	})
	return out, err
}

// RebaseText is where a sponsor starts resolving a rebase conflict: the
// current draft with the amendment's changes carried over wherever they
// merge, and each overlap written out between marker lines.
func (db *DB) RebaseText(ctx context.Context, id int64) (string, error) {
	var text string
	err := db.read(ctx, "rebase text", func(tx *gorm.DB) error {
		a, err := amendmentByID(tx, id)
		if err != nil {
			return err
		}
		head, err := headVersion(tx, a.DocumentID)
		if err != nil {
			return err
		}
		base, err := versionOf(tx, a.DocumentID, a.BaseVersionID)
		if err != nil {
			return err
		}
		merged, conflicts := redline.Merge3(base.Markdown, head.Markdown, a.Proposed)
		text = redline.Settle(merged, conflicts, nil, markerLabels(head.Number, base.Number, id))
		return nil
	})
	return text, err
}

// contributions lists the amendments a merged version took in, in merge
// order, with the sections each one changed.
func contributions(tx *gorm.DB, versionID int64, scheme document.Scheme) ([]amendment.Contribution, error) {
	var merged []versionAmendmentRow
	if err := tx.Where("version_id = ?", versionID).Order("position").Find(&merged).Error; err != nil {
		return nil, err
	}
	var out []amendment.Contribution
	for _, m := range merged {
		a, err := amendmentByID(tx, m.AmendmentID)
		if err != nil {
			return nil, err
		}
		var baseRow versionRow
		if err := tx.Where("id = ?", a.BaseVersionID).Take(&baseRow).Error; err != nil {
			return nil, err
		}
		base, err := restoreVersion(tx, baseRow, scheme)
		if err != nil {
			return nil, err
		}
		cmp, err := amendment.Compare(base, []byte(a.Proposed))
		if err != nil {
			return nil, err
		}
		c := amendment.Contribution{AmendmentID: a.ID, SponsorID: a.SponsorID}
		for _, ch := range cmp.Changes {
			c.Keys = append(c.Keys, ch.Key)
		}
		out = append(out, c)
	}
	return out, nil
}

func changedBy(tx *gorm.DB, documentID, versionID int64) (map[string]int64, error) {
	out := map[string]int64{}
	var doc documentRow
	if err := tx.Where("id = ?", documentID).Take(&doc).Error; err != nil {
		return out, err
	}
	cs, err := contributions(tx, versionID, document.Scheme(doc.Numbering))
	for _, c := range cs {
		for _, k := range c.Keys {
			out[k] = c.AmendmentID
		}
	}
	return out, err
}
