package store

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/redline"
)

type ballotRow struct {
	ID           int64
	DocumentID   *int64
	Title        string
	Status       string
	NoticeAt     time.Time
	OpensAt      time.Time
	ClosesAt     time.Time
	RollSize     int
	MinBallots   int
	OnlineClause string
	OfficerID    int64
	ClosedAt     *time.Time
	CertifiedAt  *time.Time
	CertifiedBy  *int64
	Effective    string
	RetainUntil  time.Time
	PublicKey    string // base64; empty for a ballot noticed before sealed papers
	SharesNeeded int
	CountedAt    *time.Time
	// A vote at a meeting (meetings.go).
	MeetingItemID *int64
	Method        string
	PapersIssued  int
}

func (ballotRow) TableName() string { return "ballots" }

// poolCountRow is the tellers' count of one question of a vote at a
// meeting: the hands, or the paper ballots in the box.
type poolCountRow struct {
	BallotID   int64 `gorm:"primaryKey;autoIncrement:false"`
	QuestionID int64 `gorm:"primaryKey;autoIncrement:false"`
	Yes        int
	No         int
	Abstain    int
	TellerID   int64
	EnteredAt  time.Time
}

func (poolCountRow) TableName() string { return "ballot_pool_counts" }

type questionRow struct {
	ID               int64
	BallotID         int64
	Position         int
	Kind             string
	Question         string
	AmendmentID      *int64
	VersionID        *int64
	Snapshot         string
	SnapshotSHA256   string `gorm:"column:snapshot_sha256"`
	Threshold        string
	Base             string
	Quorum           string
	NoticeDays       int
	Adopted          *bool
	AdoptedVersionID *int64
	DocumentRule     string // the document's rule at notice, Rule.Encode; "" for a question on no document
	DepartureReason  string
}

func (questionRow) TableName() string { return "ballot_questions" }

// rollRow is one member on a ballot's roll, and whether they have voted:
// the participation record. It holds no time, and nothing of the paper.
type rollRow struct {
	BallotID int64 `gorm:"primaryKey;autoIncrement:false"`
	UserID   int64 `gorm:"primaryKey;autoIncrement:false"`
	Voted    bool
}

func (rollRow) TableName() string { return "ballot_roll" }

// paperRow is one opened paper, written by the count in a random order
// with a new random id. It names no one and holds no time.
type paperRow struct {
	BallotID int64  `gorm:"primaryKey;autoIncrement:false"`
	ID       string `gorm:"primaryKey"`
	Tracker  *string
	Choices  *string
}

func (paperRow) TableName() string { return "ballot_papers" }

// sealedPaperRow is one vote as cast: the tracker and choices sealed to the
// ballot's public key, under a random id.
type sealedPaperRow struct {
	BallotID int64  `gorm:"primaryKey;autoIncrement:false"`
	ID       string `gorm:"primaryKey"`
	Sealed   string // base64
}

func (sealedPaperRow) TableName() string { return "sealed_papers" }

type rollChangeRow struct {
	ID       int64
	BallotID int64
	UserID   int64
	Change   string
	Reason   string
	ActorID  int64
	At       time.Time
}

func (rollChangeRow) TableName() string { return "ballot_roll_changes" }

func (r questionRow) domain() ballot.Question {
	q := ballot.Question{ID: r.ID, BallotID: r.BallotID, Position: r.Position, Kind: ballot.Kind(r.Kind), Question: r.Question, Snapshot: r.Snapshot, SHA256: r.SnapshotSHA256}
	if r.AmendmentID != nil {
		q.AmendmentID = *r.AmendmentID
	}
	if r.VersionID != nil {
		q.VersionID = *r.VersionID
	}
	// The rules were checked when they were stored.
	q.Rule, _ = ballot.ParseRule(r.Threshold, r.Base, r.Quorum, r.NoticeDays)
	if doc, err := ballot.DecodeRule(r.DocumentRule); err == nil {
		q.DocumentRule = &doc
	}
	q.DepartureReason = r.DepartureReason
	return q
}

func (r ballotRow) domain() ballot.Ballot {
	b := ballot.Ballot{ID: r.ID, Title: r.Title, Status: ballot.Status(r.Status), NoticeAt: r.NoticeAt, OpensAt: r.OpensAt, ClosesAt: r.ClosesAt,
		RollSize: r.RollSize, MinBallots: r.MinBallots, OfficerID: r.OfficerID, OnlineClause: r.OnlineClause}
	if r.DocumentID != nil {
		b.DocumentID = *r.DocumentID
	}
	if r.CertifiedAt != nil {
		b.CertifiedAt = *r.CertifiedAt
	}
	b.Effective = r.Effective
	b.SharesNeeded = r.SharesNeeded
	b.AtMeeting, b.Method, b.PapersIssued = r.MeetingItemID != nil, r.Method, r.PapersIssued
	// Written by NoticeBallot; a ballot from before sealed papers has none.
	if key, err := decodeKey(r.PublicKey); err == nil {
		b.PublicKey = *key
	}
	return b
}

// NewBallot is an officer's notice of a ballot.
type NewBallot struct {
	DocumentSlug string // the document the questions are about; "" for referendum questions only
	Title        string
	OpensAt      time.Time
	ClosesAt     time.Time
	MinBallots   int
	Questions    []NewQuestion
	// Tellers hold shares of the ballot's key; SharesNeeded of them open
	// its papers at the count.
	Tellers      []int64
	SharesNeeded int
	// PetitionID, when set, gives notice of what a reached petition asks
	// for: its question and document replace Questions and DocumentSlug,
	// and the petition is closed, linked to the ballot.
	PetitionID int64
}

// NewQuestion is one question of a notice. A nil Rule takes the document's.
type NewQuestion struct {
	Kind        ballot.Kind
	AmendmentID int64
	VersionID   int64
	Question    string // the words on the ballot; derived from the amendment or version when empty
	Rule        *ballot.Rule
	// DepartureReason is needed when Rule departs from the document's own:
	// every voter reads it beside the departure.
	DepartureReason string
}

// VoteRule is a document's rule for adopting amendments, from its amendment
// article, and the clause that authorises online balloting.
func (db *DB) VoteRule(ctx context.Context, slug string) (ballot.Rule, string, error) {
	var rule ballot.Rule
	var clause string
	err := db.read(ctx, "vote rule", func(tx *gorm.DB) error {
		doc, err := documentBySlug(tx, slug)
		if err != nil {
			return err
		}
		rule, clause, err = documentRule(tx, doc.ID)
		return err
	})
	return rule, clause, err
}

type documentRuleRow struct {
	VoteThreshold, VoteBase, VoteQuorum string
	NoticeDays                          int
	OnlineBallotClause                  string
}

// RevisionRule is a document's rule for a complete revision; nil when it
// has none of its own, and a revision is voted as an amendment is.
func (db *DB) RevisionRule(ctx context.Context, slug string) (*ballot.Rule, error) {
	var rule *ballot.Rule
	err := db.read(ctx, "revision rule", func(tx *gorm.DB) error {
		doc, err := documentBySlug(tx, slug)
		if err != nil {
			return err
		}
		rule, err = revisionRule(tx, doc.ID)
		return err
	})
	return rule, err
}

type revisionRuleRow struct {
	RevisionThreshold, RevisionBase, RevisionQuorum string
	RevisionNoticeDays                              int
}

func revisionRule(tx *gorm.DB, documentID int64) (*ballot.Rule, error) {
	var r revisionRuleRow
	if err := tx.Table("documents").Select("revision_threshold", "revision_base", "revision_quorum", "revision_notice_days").Where("id = ?", documentID).Take(&r).Error; err != nil {
		return nil, err
	}
	if r.RevisionThreshold == "" {
		return nil, nil
	}
	rule, err := ballot.ParseRule(r.RevisionThreshold, r.RevisionBase, r.RevisionQuorum, r.RevisionNoticeDays)
	return &rule, err
}

// SetRevisionRule records a document's rule for a complete revision, as
// its amendment article states it (the demo's: 60 days' notice); nil
// removes it, and a revision is then voted as an amendment is.
func (db *DB) SetRevisionRule(ctx context.Context, u member.User, slug string, rule *ballot.Rule) error {
	if !document.CanEdit(&u) && u.ID != 0 {
		return charter.Errorf(charter.EFORBIDDEN, "Only the drafting committee or an admin records a document's rules.")
	}
	fields := map[string]any{"revision_threshold": "", "revision_base": "", "revision_quorum": "", "revision_notice_days": 0}
	said := "none of its own: a revision is voted as an amendment is"
	if rule != nil {
		fields = map[string]any{"revision_threshold": rule.Threshold.String(), "revision_base": string(rule.Base),
			"revision_quorum": rule.Quorum.String(), "revision_notice_days": rule.NoticeDays}
		said = fmt.Sprintf("%s of votes %s, quorum %s, %d days' notice", rule.Threshold, rule.Base, rule.Quorum, rule.NoticeDays)
	}
	return db.transact(ctx, "set revision rule", func(tx *gorm.DB) error {
		doc, err := documentBySlug(tx, slug)
		if err != nil {
			return err
		}
		if err := tx.Table("documents").Where("id = ?", doc.ID).Updates(fields).Error; err != nil {
			return err
		}
		if err := db.announce(tx, TopicDocument, doc.ID); err != nil {
			return err
		}
		return db.record(tx, u.ID, "document.rule", "document:"+slug, "revision rule: "+said)
	})
}

func documentRule(tx *gorm.DB, documentID int64) (ballot.Rule, string, error) {
	var r documentRuleRow
	if err := tx.Table("documents").Select("vote_threshold", "vote_base", "vote_quorum", "notice_days", "online_ballot_clause").Where("id = ?", documentID).Take(&r).Error; err != nil {
		return ballot.Rule{}, "", err
	}
	rule, err := ballot.ParseRule(r.VoteThreshold, r.VoteBase, r.VoteQuorum, r.NoticeDays)
	return rule, r.OnlineBallotClause, err
}

// SetVoteRule records a document's rule for adopting amendments, as its
// amendment article states it, with the clause that authorises online
// balloting (RONR: a ballot by mail or online needs the bylaws' authority).
func (db *DB) SetVoteRule(ctx context.Context, u member.User, slug string, rule ballot.Rule, onlineClause string) error {
	if !document.CanEdit(&u) && u.ID != 0 {
		return charter.Errorf(charter.EFORBIDDEN, "Only the drafting committee or an admin records a document's rules.")
	}
	onlineClause, err := charter.CleanLine(charter.Sprintf("The clause"), onlineClause)
	if err != nil {
		return err
	}
	if len(onlineClause) > 200 {
		return charter.Errorf(charter.ETOOLARGE, "Name the clause in at most 200 characters.")
	}
	return db.transact(ctx, "set vote rule", func(tx *gorm.DB) error {
		doc, err := documentBySlug(tx, slug)
		if err != nil {
			return err
		}
		if err := tx.Table("documents").Where("id = ?", doc.ID).Updates(map[string]any{
			"vote_threshold": rule.Threshold.String(), "vote_base": string(rule.Base), "vote_quorum": rule.Quorum.String(),
			"notice_days": rule.NoticeDays, "online_ballot_clause": onlineClause,
		}).Error; err != nil {
			return err
		}
		if err := db.announce(tx, TopicDocument, doc.ID); err != nil {
			return err
		}
		return db.record(tx, u.ID, "document.rule", "document:"+slug, fmt.Sprintf("vote rule: %s of votes %s, quorum %s, %d days' notice; online ballots: %q",
			rule.Threshold, rule.Base, rule.Quorum, rule.NoticeDays, onlineClause))
	})
}

// NoticeBallot gives notice of a ballot: it freezes each question's
// snapshot and the roll of members in good standing, and makes the key
// its papers are sealed to, whose private half it splits among the
// tellers, sealing each share to the teller's own key, and then forgets.
func (db *DB) NoticeBallot(ctx context.Context, officer member.User, in NewBallot) (ballot.Ballot, error) {
	if !ballot.CanRun(&officer) {
		return ballot.Ballot{}, charter.Errorf(charter.EFORBIDDEN, "Only an election officer gives notice of a ballot.")
	}
	title, err := ballot.ValidateTitle(in.Title)
	if err != nil {
		return ballot.Ballot{}, err
	}
	if in.PetitionID == 0 && (len(in.Questions) == 0 || len(in.Questions) > ballot.MaxQuestions) {
		return ballot.Ballot{}, charter.Errorf(charter.EINVALID, "A ballot has between 1 and %d questions.", ballot.MaxQuestions)
	}
	if err := ballot.CheckSecrecy(officer.ID, in.Tellers, in.SharesNeeded, in.MinBallots); err != nil {
		return ballot.Ballot{}, err
	}
	var noticed int64
	err = db.transact(ctx, "notice ballot", func(tx *gorm.DB) error {
		now := db.now()
		if in.PetitionID != 0 {
			q, slug, err := db.petitionQuestion(tx, officer, in.PetitionID)
			if err != nil {
				return err
			}
			in.Questions, in.DocumentSlug = []NewQuestion{q}, slug
		}
		row := ballotRow{Title: title, Status: string(ballot.StatusNoticed), NoticeAt: now, OpensAt: in.OpensAt.UTC(), ClosesAt: in.ClosesAt.UTC(),
			MinBallots: in.MinBallots, OfficerID: officer.ID, RetainUntil: now.AddDate(1, 0, 0), SharesNeeded: in.SharesNeeded}
		var doc documentRow
		var docRules ballot.DocumentRules
		if in.DocumentSlug != "" {
			var err error
			if doc, err = documentBySlug(tx, in.DocumentSlug); err != nil {
				return err
			}
			row.DocumentID = &doc.ID
			if docRules.Amendment, row.OnlineClause, err = documentRule(tx, doc.ID); err != nil {
				return err
			}
			if docRules.Revision, err = revisionRule(tx, doc.ID); err != nil {
				return err
			}
		}
		var questions []questionRow
		var rules []ballot.Rule
		var audit []string // departures from the document's rule
		for i, q := range in.Questions {
			snap, err := db.snapshot(tx, doc, q, now)
			if err != nil {
				return err
			}
			// A complete revision is voted under the document's revision
			// rule, an amendment under its amendment article's.
			docRule := docRules.For(snap.Revision)
			rule := docRule
			if q.Rule != nil {
				rule = *q.Rule
			} else if doc.ID == 0 {
				rule = ballot.Rule{Threshold: ballot.Majority, Base: ballot.BaseCast}
			}
			body, hash, err := snap.Seal()
			if err != nil {
				return err
			}
			qr := questionRow{Position: i, Kind: string(q.Kind), Question: snap.Question, Snapshot: body, SnapshotSHA256: hash,
				Threshold: rule.Threshold.String(), Base: string(rule.Base), Quorum: rule.Quorum.String(), NoticeDays: rule.NoticeDays}
			// The amendment article rules changes to the text; a question
			// in words is the officer's to frame.
			if doc.ID != 0 && q.Kind != ballot.KindReferendum {
				qr.DocumentRule = docRule.Encode()
				if departures := rule.Departures(docRule); len(departures) > 0 {
					if qr.DepartureReason, err = departureReason(i+1, q.DepartureReason, departures); err != nil {
						return err
					}
					audit = append(audit, fmt.Sprintf("question %d departs from the document's rule: %s; reason: %s", i+1,
						charter.Sprintf("%s", departures), qr.DepartureReason))
				}
			}
			if q.AmendmentID != 0 {
				qr.AmendmentID = &q.AmendmentID
			}
			if snap.ToVersionID != 0 {
				qr.VersionID = &snap.ToVersionID
			}
			questions, rules = append(questions, qr), append(rules, rule)
		}
		if err := ballot.CheckTimes(now, row.OpensAt, row.ClosesAt, rules); err != nil {
			return err
		}
		var roll []int64 // the members for whom member.User.CanVote holds
		if err := inGoodStanding(tx).Order("users.id").Pluck("users.id", &roll).Error; err != nil {
			return err
		}
		if len(roll) == 0 {
			return charter.Errorf(charter.ECONFLICT, "No member is in good standing: the roll would be empty.")
		}
		row.RollSize = len(roll)
		for i, r := range rules {
			if err := r.CheckQuorum(row.RollSize); err != nil {
				return charter.Errorf(charter.ErrorCode(err), "Question %d: %s", i+1, err)
			}
		}
		named, err := createSealed(tx, &row, in.Tellers, in.SharesNeeded)
		if err != nil {
			return err
		}
		for i := range questions {
			questions[i].BallotID = row.ID
		}
		if err := tx.Create(&questions).Error; err != nil {
			return err
		}
		rolls := make([]rollRow, len(roll))
		for i, id := range roll {
			rolls[i] = rollRow{BallotID: row.ID, UserID: id}
		}
		if err := tx.CreateInBatches(rolls, 500).Error; err != nil {
			return err
		}
		for _, q := range in.Questions {
			if q.Kind == ballot.KindAmendment {
				if err := tx.Model(&amendmentRow{}).Where("id = ?", q.AmendmentID).Updates(map[string]any{"status": string(amendment.StatusNoticed), "updated_at": now}).Error; err != nil {
					return err
				}
			}
		}
		var hashes []string
		for _, q := range questions {
			hashes = append(hashes, q.SnapshotSHA256[:12])
		}
		if err := db.record(tx, officer.ID, "ballot.notice", fmt.Sprintf("ballot:%d", row.ID), fmt.Sprintf(
			"notice of %q: %d questions (snapshots %s), roll of %d frozen, opens %s, closes %s; papers sealed to key %s, opened by %d of tellers %s",
			title, len(questions), strings.Join(hashes, ", "), row.RollSize, row.OpensAt.Format(time.RFC3339), row.ClosesAt.Format(time.RFC3339),
			row.PublicKey, row.SharesNeeded, strings.Join(named, ", "))); err != nil {
			return err
		}
		for _, line := range audit {
			if err := db.record(tx, officer.ID, "ballot.departure", fmt.Sprintf("ballot:%d", row.ID), line); err != nil {
				return err
			}
		}
		noticed = row.ID
		if in.PetitionID != 0 {
			if err := db.markPetitionNoticed(tx, officer, in.PetitionID, map[string]any{"ballot_id": row.ID},
				fmt.Sprintf("notice of ballot %d from the petition", row.ID)); err != nil {
				return err
			}
		}
		if _, err := db.queueNotice(tx, row, doc, questions, rules); err != nil {
			return err
		}
		if err := db.announce(tx, TopicBallot, row.ID); err != nil {
			return err
		}
		if doc.ID != 0 {
			// Noticed amendments are no longer pending.
			return db.announce(tx, TopicAmendments, doc.ID)
		}
		return nil
	})
	if err != nil {
		return ballot.Ballot{}, err
	}
	return db.Ballot(ctx, noticed)
}

// createSealed creates a ballot whose papers are sealed to a new key, the
// private half split among the tellers, each share sealed to the teller's
// own key, and then forgotten. It returns each teller with their key's
// fingerprint, for the audit log.
func createSealed(tx *gorm.DB, row *ballotRow, tellerIDs []int64, needed int) ([]string, error) {
	tellers, err := tellerKeys(tx, tellerIDs)
	if err != nil {
		return nil, err
	}
	public, private, err := ballot.NewKeyPair()
	if err != nil {
		return nil, err
	}
	shares, err := ballot.SplitKey(private, tellers, needed)
	clear(private[:])
	if err != nil {
		return nil, err
	}
	row.PublicKey, row.SharesNeeded = encodeKey(public), needed
	if err := tx.Create(row).Error; err != nil {
		return nil, err
	}
	var named []string
	for i, id := range tellerIDs {
		share := base64.StdEncoding.EncodeToString(shares[i])
		if err := tx.Create(&ballotTellerRow{BallotID: row.ID, UserID: id, SealedShare: &share, TellerKey: encodeKey(tellers[i])}).Error; err != nil {
			return nil, err
		}
		named = append(named, fmt.Sprintf("%d (key %s)", id, ballot.Fingerprint(tellers[i])))
	}
	return named, nil
}

// departureReason checks the officer's reason for departing from the
// document's rule.
func departureReason(n int, reason string, departures []charter.Text) (string, error) {
	reason, err := charter.CleanText(charter.Sprintf("The reason"), reason)
	if err != nil {
		return "", err
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return "", charter.Errorf(charter.EINVALID, "Question %d departs from the document's rule (%s): give the reason, which every voter will read.", n, departures)
	}
	if len([]rune(reason)) > 1000 {
		return "", charter.Errorf(charter.ETOOLARGE, "Give the reason for departing from the document's rule in at most 1000 characters.")
	}
	return reason, nil
}

// snapshot reads what a question puts to the members, and freezes it
// (ballot.NewSnapshot): for a question on the text, the text as it stands
// and as it would read, with the motions that would make the change.
func (db *DB) snapshot(tx *gorm.DB, doc documentRow, q NewQuestion, now time.Time) (ballot.Snapshot, error) {
	p := ballot.Proposal{Kind: q.Kind, Question: q.Question, DocumentSlug: doc.Slug, DocumentTitle: doc.Title}
	if err := ballot.CheckKind(q.Kind, doc.ID != 0); err != nil {
		return ballot.Snapshot{}, err
	}
	if q.Kind == ballot.KindReferendum {
		return ballot.NewSnapshot(p, now)
	}
	var before versionRow
	if q.Kind == ballot.KindAmendment {
		a, err := amendmentByID(tx, q.AmendmentID)
		if err != nil {
			return ballot.Snapshot{}, err
		}
		if err := amendment.CheckNotice(&a, doc.ID); err != nil {
			return ballot.Snapshot{}, err
		}
		if before, err = versionOf(tx, doc.ID, a.BaseVersionID); err != nil {
			return ballot.Snapshot{}, err
		}
		p.After, p.AmendmentID, p.AmendmentTitle, p.Rationale, p.Revision = a.Proposed, a.ID, a.Title, a.Rationale, a.Revision
		names, err := userNames(tx, append([]int64{a.SponsorID}, a.Cosponsors...))
		if err != nil {
			return ballot.Snapshot{}, err
		}
		for _, id := range append([]int64{a.SponsorID}, a.Cosponsors...) {
			p.Sponsors = append(p.Sponsors, names[id])
		}
	} else {
		to, err := versionOf(tx, doc.ID, q.VersionID)
		if err != nil {
			return ballot.Snapshot{}, err
		}
		if before, err = adoptedVersion(tx, doc.ID); err != nil {
			return ballot.Snapshot{}, err
		}
		// A version adopted whole replaces the whole text: a revision.
		p.After, p.ToVersionID, p.ToVersionNumber, p.Revision = to.Markdown, to.ID, to.Number, true
	}
	base, err := restoreVersion(tx, before, document.Scheme(doc.Numbering))
	if err != nil {
		return ballot.Snapshot{}, err
	}
	cmp, err := amendment.Compare(base, []byte(p.After))
	if err != nil {
		return ballot.Snapshot{}, err
	}
	p.FromVersionID, p.Before = before.ID, before.Markdown
	for _, c := range cmp.Changes {
		p.Motions = append(p.Motions, c.Description)
	}
	p.Language = doc.Language
	if p.Translations, err = frozenTranslations(tx, doc.ID, cmp); err != nil {
		return ballot.Snapshot{}, err
	}
	return ballot.NewSnapshot(p, now)
}

// adoptedVersion is the text in force: the last adopted version, or, before
// any vote, the first version imported.
func adoptedVersion(tx *gorm.DB, documentID int64) (versionRow, error) {
	var v versionRow
	err := tx.Where("document_id = ? AND kind = ?", documentID, string(document.KindAdopted)).Order("number DESC").Limit(1).Find(&v).Error
	if err != nil || v.ID != 0 {
		return v, err
	}
	return v, tx.Where("document_id = ?", documentID).Order("number").Limit(1).Take(&v).Error
}

// ballotByID reads a ballot and its questions' rules and hashes, without
// the snapshots' texts or the turnout: what checking an action needs.
func ballotByID(tx *gorm.DB, id int64) (ballot.Ballot, error) {
	var row ballotRow
	err := tx.Where("id = ?", id).Take(&row).Error
	if isNotFound(err) {
		return ballot.Ballot{}, charter.Errorf(charter.ENOTFOUND, "There is no ballot %d.", id)
	}
	if err != nil {
		return ballot.Ballot{}, err
	}
	b := row.domain()
	var qs []questionRow
	if err := tx.Omit("snapshot").Where("ballot_id = ?", id).Order("position").Find(&qs).Error; err != nil {
		return b, err
	}
	for _, q := range qs {
		b.Questions = append(b.Questions, q.domain())
	}
	if b.AtMeeting {
		return b, readPool(tx, &b)
	}
	return b, nil
}

// readPool reads the tellers' counts of a vote at a meeting.
func readPool(tx *gorm.DB, b *ballot.Ballot) error {
	var rows []poolCountRow
	if err := tx.Where("ballot_id = ?", b.ID).Find(&rows).Error; err != nil {
		return err
	}
	b.Pool = make([]*ballot.Count, len(b.Questions))
	for _, r := range rows {
		for i, q := range b.Questions {
			if q.ID == r.QuestionID {
				b.Pool[i] = &ballot.Count{Yes: r.Yes, No: r.No, Abstain: r.Abstain}
			}
		}
	}
	return nil
}

// countTurnout counts the members who have voted: a count over the roll,
// read where it is shown or judged, never on a vote.
func countTurnout(tx *gorm.DB, b *ballot.Ballot) error {
	var turnout int64
	err := tx.Model(&rollRow{}).Where("ballot_id = ? AND voted = ?", b.ID, true).Count(&turnout).Error
	// Those handed a paper at a meeting are marked too: the rest voted
	// online.
	b.Turnout = int(turnout) - b.PapersIssued
	return err
}

// Ballot reads a ballot with its questions as noticed, snapshots included,
// and its turnout so far.
func (db *DB) Ballot(ctx context.Context, id int64) (ballot.Ballot, error) {
	var b ballot.Ballot
	err := db.read(ctx, "ballot", func(tx *gorm.DB) (err error) {
		if b, err = ballotByID(tx, id); err != nil {
			return err
		}
		var snaps []questionRow
		if err := tx.Select("id", "snapshot").Where("ballot_id = ?", id).Order("position").Find(&snaps).Error; err != nil {
			return err
		}
		for i := range b.Questions {
			b.Questions[i].Snapshot = snaps[i].Snapshot
		}
		return countTurnout(tx, &b)
	})
	return b, err
}

// Ballots lists every ballot, newest first, without questions or turnout:
// a list shows titles, states and times.
func (db *DB) Ballots(ctx context.Context) ([]ballot.Ballot, error) {
	var rows []ballotRow
	err := db.read(ctx, "ballots", func(tx *gorm.DB) error {
		return tx.Order("id DESC").Find(&rows).Error
	})
	out := make([]ballot.Ballot, len(rows))
	for i, r := range rows {
		out[i] = r.domain()
	}
	return out, err
}

// OpenBallot opens a noticed ballot once its notice has run.
func (db *DB) OpenBallot(ctx context.Context, officer member.User, id int64) error {
	return db.officerStep(ctx, officer, id, "open", func(tx *gorm.DB, b *ballot.Ballot, now time.Time) (map[string]any, string, error) {
		return map[string]any{"status": string(ballot.StatusOpen)}, fmt.Sprintf("opened, roll of %d", b.RollSize), b.CanOpen(now)
	})
}

// CloseBallot closes an open ballot at or after its announced close. Its
// papers stay sealed until the tellers count them.
func (db *DB) CloseBallot(ctx context.Context, officer member.User, id int64) error {
	return db.officerStep(ctx, officer, id, "close", func(tx *gorm.DB, b *ballot.Ballot, now time.Time) (map[string]any, string, error) {
		if err := b.CanClose(now); err != nil {
			return nil, "", err
		}
		return map[string]any{"status": string(ballot.StatusClosed), "closed_at": now},
			fmt.Sprintf("closed: %d ballots returned of %d on the roll", b.Turnout, b.RollSize), rewriteInKeyOrder(tx, db.Dialect, id)
	})
}

// rewriteInKeyOrder writes a closed ballot's roll again, in key order.
// PostgreSQL keeps an updated row where the update put it, so while a
// ballot is open the physical order of its roll follows the order of
// votes: who voted when, though not how. From the close on, the live rows
// no longer show it; the dead ones, until vacuumed, and PostgreSQL's own
// WAL still do, and tie each voter to their sealed paper, which only the
// tellers can open. The retention trigger lets this transaction, and only
// for this ballot, delete what it re-inserts. SQLite stores the roll by
// its key (WITHOUT ROWID), so its order never followed the votes.
func rewriteInKeyOrder(tx *gorm.DB, dialect Dialect, id int64) error {
	if dialect != Postgres {
		return nil
	}
	if err := tx.Exec("SELECT set_config('charter.rewriting_ballot', ?, true)", strconv.FormatInt(id, 10)).Error; err != nil {
		return err
	}
	var roll []rollRow
	if err := tx.Where("ballot_id = ?", id).Order("user_id").Find(&roll).Error; err != nil {
		return err
	}
	if err := tx.Where("ballot_id = ?", id).Delete(&rollRow{}).Error; err != nil {
		return err
	}
	return tx.CreateInBatches(roll, 500).Error
}

// officerStep runs one officer action on a ballot, in one transaction,
// with its audit event.
func (db *DB) officerStep(ctx context.Context, officer member.User, id int64, action string,
	step func(tx *gorm.DB, b *ballot.Ballot, now time.Time) (map[string]any, string, error)) error {
	if !ballot.CanRun(&officer) {
		return charter.Errorf(charter.EFORBIDDEN, "Only an election officer runs a ballot.")
	}
	return db.transact(ctx, action+" ballot", func(tx *gorm.DB) error {
		b, err := lockedBallot(tx, id)
		if err != nil {
			return err
		}
		if err := b.ByOfficer(); err != nil {
			return err
		}
		update, detail, err := step(tx, &b, db.now())
		if err != nil {
			return err
		}
		// The status in the WHERE clause makes two officers acting at once
		// take turns: the second finds the ballot already moved on.
		res := tx.Model(&ballotRow{}).Where("id = ? AND status = ?", id, string(b.Status)).Updates(update)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected != 1 {
			return charter.Errorf(charter.ECONFLICT, "The ballot changed meanwhile; reload it.")
		}
		if err := db.announce(tx, TopicBallot, id); err != nil {
			return err
		}
		return db.record(tx, officer.ID, "ballot."+action, fmt.Sprintf("ballot:%d", id), detail)
	})
}

// Receipt is what a voter is given: their tracker code, to find their
// ballot in the list published after the close.
type Receipt struct {
	Tracker     string
	BallotTitle string
}

// CastBallot records a member's choices, one per question, each question
// named by the hash of the snapshot the member read. In one transaction,
// the member's line on the roll is marked (once only: the database refuses
// a second) and the tracker and choices are stored sealed to the ballot's
// key, under a random id: whatever ties the two writes together ties the
// voter to bytes no one can open until the tellers count. No audit event
// names the voter.
func (db *DB) CastBallot(ctx context.Context, voter member.User, id int64, choices []ballot.Choice, hashes []string) (Receipt, error) {
	// Sealing takes most of a vote's time and needs nothing the
	// transaction guards: a ballot's key never changes once noticed (the
	// database refuses). So the paper is sealed first, and SQLite's one
	// writer holds its lock only to write.
	chosen, err := ballot.ParseChoices(choices)
	if err != nil {
		return Receipt{}, err
	}
	key, err := db.ballotKey(ctx, id)
	if err != nil {
		return Receipt{}, err
	}
	tracker := ballot.NewTracker()
	sealed, err := ballot.SealPaper(&key, tracker, chosen)
	if err != nil {
		return Receipt{}, charter.Internal(err)
	}
	r := Receipt{Tracker: tracker}
	err = db.transact(ctx, "cast ballot", func(tx *gorm.DB) error {
		if err := lockBallotForVote(tx, id); err != nil {
			return err
		}
		b, err := ballotByID(tx, id)
		if err != nil {
			return err
		}
		if err := b.CanVote(db.now()); err != nil {
			return err
		}
		if err := b.CheckPaper(chosen, hashes); err != nil {
			return err
		}
		if b.PublicKey != key {
			return fmt.Errorf("ballot %d's key changed while a vote was sealed", id)
		}
		res := tx.Model(&rollRow{}).Where("ballot_id = ? AND user_id = ? AND voted = ?", id, voter.ID, false).Update("voted", true)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected != 1 {
			var on int64
			if err := tx.Model(&rollRow{}).Where("ballot_id = ? AND user_id = ?", id, voter.ID).Count(&on).Error; err != nil {
				return err
			}
			if on == 0 {
				return charter.Errorf(charter.EFORBIDDEN, "You are not on this ballot's roll of members in good standing. If that is wrong, ask the election officer.")
			}
			return charter.Errorf(charter.ECONFLICT, "You have already voted on this ballot: one member, one ballot.")
		}
		r.BallotTitle = b.Title
		return tx.Create(&sealedPaperRow{BallotID: id, ID: ballot.NewPaperID(), Sealed: base64.StdEncoding.EncodeToString(sealed)}).Error
	})
	if err != nil {
		return Receipt{}, err
	}
	return r, nil
}

// ballotKey reads the key a ballot's papers are sealed to.
func (db *DB) ballotKey(ctx context.Context, id int64) (ballot.Key, error) {
	var row ballotRow
	err := db.read(ctx, "ballot key", func(tx *gorm.DB) error {
		err := tx.Select("id", "public_key").Where("id = ?", id).Take(&row).Error
		if isNotFound(err) {
			return charter.Errorf(charter.ENOTFOUND, "There is no ballot %d.", id)
		}
		return err
	})
	if err != nil {
		return ballot.Key{}, err
	}
	key, err := decodeKey(row.PublicKey)
	if err != nil {
		return ballot.Key{}, charter.Errorf(charter.ECONFLICT, "This ballot has no key to seal papers to; it cannot take votes.")
	}
	return *key, nil
}

// Voted tells whether a member is on a ballot's roll and has voted.
func (db *DB) Voted(ctx context.Context, u member.User, id int64) (onRoll, voted bool, err error) {
	err = db.read(ctx, "voted", func(tx *gorm.DB) error {
		var row rollRow
		if err := tx.Where("ballot_id = ? AND user_id = ?", id, u.ID).Limit(1).Find(&row).Error; err != nil {
			return err
		}
		onRoll, voted = row.UserID != 0, row.Voted
		return nil
	})
	return onRoll, voted, err
}

// Paper is one returned ballot as published: its tracker and its choices.
type Paper struct {
	Tracker string
	Choices []ballot.Choice
}

// Results is a closed ballot's count: each question's result, with its
// arithmetic, and every returned paper for anyone to recount.
type Results struct {
	Ballot  ballot.Ballot
	Results []ballot.Result
	Papers  []Paper // in tracker order
}

// BallotResults counts a ballot's opened papers. Before the tellers have
// counted, or under the ballot's minimum of returned papers, there is
// nothing to show.
func (db *DB) BallotResults(ctx context.Context, id int64) (Results, error) {
	var out Results
	err := db.read(ctx, "ballot results", func(tx *gorm.DB) error {
		var err error
		out, err = countBallot(tx, id)
		return err
	})
	return out, err
}

func countBallot(tx *gorm.DB, id int64) (Results, error) {
	b, err := ballotByID(tx, id)
	if err == nil {
		err = countTurnout(tx, &b)
	}
	if err != nil {
		return Results{}, err
	}
	return tally(tx, b)
}

// tally counts the published papers of b, read with its turnout.
func tally(tx *gorm.DB, b ballot.Ballot) (Results, error) {
	id := b.ID
	if err := b.CanShowResults(); err != nil {
		return Results{}, err
	}
	var rows []paperRow
	if err := tx.Where("ballot_id = ? AND tracker IS NOT NULL", id).Order("tracker").Find(&rows).Error; err != nil {
		return Results{}, err
	}
	out := Results{Ballot: b}
	counts := make([]ballot.Count, len(b.Questions))
	for _, p := range rows {
		choices := ballot.DecodeChoices(*p.Choices)
		for i := range counts {
			if i < len(choices) {
				counts[i].Add(choices[i])
			}
		}
		out.Papers = append(out.Papers, Paper{Tracker: *p.Tracker, Choices: choices})
	}
	for i, q := range b.Questions {
		if i < len(b.Pool) && b.Pool[i] != nil {
			out.Results = append(out.Results, ballot.DecideAtMeeting(q.Rule, counts[i], *b.Pool[i], b.Method, b.RollSize))
			continue
		}
		out.Results = append(out.Results, ballot.Decide(q.Rule, counts[i], b.RollSize))
	}
	return out, nil
}

// CertifyBallot records the officer's certification of a closed ballot's
// result. Each adopted amendment is applied to the text in force, and each
// adopted version made the text in force, as a new adopted version whose
// provenance names the ballot; effective is the date it takes effect, kept
// beside the text.
func (db *DB) CertifyBallot(ctx context.Context, officer member.User, id int64, effective string) (Results, error) {
	if !ballot.CanRun(&officer) {
		return Results{}, charter.Errorf(charter.EFORBIDDEN, "Only an election officer certifies a result.")
	}
	effective = strings.TrimSpace(effective)
	if effective != "" {
		if _, err := time.Parse("2006-01-02", effective); err != nil {
			return Results{}, charter.Errorf(charter.EINVALID, "Give the effective date as YYYY-MM-DD.")
		}
	}
	var out Results
	err := db.transact(ctx, "certify ballot", func(tx *gorm.DB) error {
		res, err := countBallot(tx, id)
		if err != nil {
			return err
		}
		if err := res.Ballot.ByOfficer(); err != nil {
			return err
		}
		if res.Ballot.Status != ballot.StatusCounted {
			return charter.Errorf(charter.ECONFLICT, "This ballot is %s; only a counted ballot is certified.", res.Ballot.Status)
		}
		if err := checkPublishedPapers(tx, id); err != nil {
			return err
		}
		now := db.now()
		if err := tx.Model(&ballotRow{}).Where("id = ?", id).Updates(map[string]any{
			"status": string(ballot.StatusCertified), "certified_at": now, "certified_by": officer.ID, "effective": effective,
		}).Error; err != nil {
			return err
		}
		var lines []string
		for i, q := range res.Ballot.Questions {
			r := res.Results[i]
			adopted := r.Adopted
			update := map[string]any{"adopted": adopted}
			if adopted && q.Kind != ballot.KindReferendum {
				v, err := db.adopt(tx, res.Ballot, q, officer.ID)
				if err != nil {
					return err
				}
				update["adopted_version_id"] = v.ID
			}
			if err := tx.Model(&questionRow{}).Where("id = ?", q.ID).Updates(update).Error; err != nil {
				return err
			}
			if q.Kind == ballot.KindAmendment {
				status := amendment.StatusRejected
				if adopted {
					status = amendment.StatusAdopted
				}
				if err := tx.Model(&amendmentRow{}).Where("id = ?", q.AmendmentID).Updates(map[string]any{"status": string(status), "updated_at": now}).Error; err != nil {
					return err
				}
			}
			var words []string
			for _, w := range r.Arithmetic {
				words = append(words, w.String())
			}
			lines = append(lines, fmt.Sprintf("question %d: %s", i+1, strings.Join(words, "; ")))
		}
		res.Ballot.Status, res.Ballot.CertifiedAt, res.Ballot.Effective = ballot.StatusCertified, now, effective
		out = res
		if _, err := db.queueResult(tx, res); err != nil {
			return err
		}
		if err := db.announce(tx, TopicBallot, id); err != nil {
			return err
		}
		if res.Ballot.DocumentID != 0 {
			if err := db.announce(tx, TopicAmendments, res.Ballot.DocumentID); err != nil {
				return err
			}
		}
		return db.record(tx, officer.ID, "ballot.certify", fmt.Sprintf("ballot:%d", id), strings.Join(lines, " | "))
	})
	return out, err
}

// adopt makes an adopted question's text the text in force: a new adopted
// version of the document, from the ballot.
func (db *DB) adopt(tx *gorm.DB, b ballot.Ballot, q ballot.Question, actorID int64) (document.Version, error) {
	var body string
	if err := tx.Model(&questionRow{}).Where("id = ?", q.ID).Select("snapshot").Scan(&body).Error; err != nil {
		return document.Version{}, err
	}
	var snap ballot.Snapshot
	if err := json.Unmarshal([]byte(body), &snap); err != nil {
		return document.Version{}, fmt.Errorf("snapshot of question %d: %w", q.ID, err)
	}
	// Locked, as publishing and merging lock it: one of them at the same
	// moment waits for the certification, then finds the head moved.
	var doc documentRow
	if err := tx.Clauses(clause.Locking{Strength: clause.LockingStrengthUpdate}).Where("id = ?", b.DocumentID).Take(&doc).Error; err != nil {
		return document.Version{}, err
	}
	head, err := headVersion(tx, doc.ID)
	if err != nil {
		return document.Version{}, err
	}
	text := snap.After
	if q.Kind == ballot.KindAmendment {
		// The text in force may have moved since the notice: carry the
		// adopted changes onto it, or refuse to guess.
		merged, conflicts := redline.Merge3(snap.Before, head.Markdown, snap.After)
		if len(conflicts) > 0 {
			return document.Version{}, charter.Errorf(charter.ECONFLICT, "Amendment %d was adopted, but the text changed the same words since its notice; the drafting committee must apply it by hand before the result is certified.", q.AmendmentID)
		}
		text = merged
	}
	parsed, err := document.Prepare([]byte(text), document.Scheme(doc.Numbering), nil)
	if err != nil {
		return document.Version{}, err
	}
	v, err := db.publish(tx, doc, head, parsed, document.OriginBallot, actorID)
	if err != nil {
		return v, err
	}
	if err := tx.Model(&versionRow{}).Where("id = ?", v.ID).Updates(map[string]any{"kind": string(document.KindAdopted), "ballot_id": b.ID}).Error; err != nil {
		return v, err
	}
	if q.Kind == ballot.KindAmendment {
		if err := tx.Create(&versionAmendmentRow{VersionID: v.ID, AmendmentID: q.AmendmentID}).Error; err != nil {
			return v, err
		}
	}
	v.Kind, v.BallotID = document.KindAdopted, b.ID
	if err := db.rebasePending(tx, doc, head, v, nil); err != nil {
		return v, err
	}
	return v, indexVersions(tx, doc.ID)
}

// ChangeRoll adds a member in good standing to a noticed or open ballot's
// roll, or takes one off who has not voted, with a reason that observers
// read.
func (db *DB) ChangeRoll(ctx context.Context, officer member.User, id, userID int64, add bool, reason string) error {
	if !ballot.CanRun(&officer) {
		return charter.Errorf(charter.EFORBIDDEN, "Only an election officer changes a ballot's roll.")
	}
	reason, err := charter.CleanLine(charter.Sprintf("The reason"), reason)
	if err != nil {
		return err
	}
	if reason == "" || len(reason) > 500 {
		return charter.Errorf(charter.EINVALID, "Give the reason for the change to the roll, in at most 500 characters.")
	}
	return db.transact(ctx, "change roll", func(tx *gorm.DB) error {
		b, err := ballotByID(tx, id)
		if err != nil {
			return err
		}
		if err := b.ByOfficer(); err != nil {
			return err
		}
		if b.Status != ballot.StatusNoticed && b.Status != ballot.StatusOpen {
			return charter.Errorf(charter.ECONFLICT, "The roll of a %s ballot cannot change.", b.Status)
		}
		var user userRow
		if err := tx.Where("id = ?", userID).Take(&user).Error; err != nil {
			if isNotFound(err) {
				return charter.Errorf(charter.ENOTFOUND, "There is no member %d.", userID)
			}
			return err
		}
		change, delta := "removed", -1
		if add {
			change, delta = "added", 1
			u, err := withRoles(tx, user)
			if err != nil {
				return err
			}
			if !u.CanVote() {
				return charter.Errorf(charter.ECONFLICT, "Only members in good standing are on a roll; %s is not one.", user.Name)
			}
			if err := tx.Create(&rollRow{BallotID: id, UserID: userID}).Error; err != nil {
				if isDuplicate(err) {
					return charter.Errorf(charter.ECONFLICT, "%s is already on the roll.", user.Name)
				}
				return err
			}
		} else {
			res := tx.Where("ballot_id = ? AND user_id = ? AND voted = ?", id, userID, false).Delete(&rollRow{})
			if res.Error != nil {
				return res.Error
			}
			if res.RowsAffected != 1 {
				return charter.Errorf(charter.ECONFLICT, "%s is not on the roll, or has already voted: a returned ballot is never taken back.", user.Name)
			}
		}
		if err := tx.Model(&ballotRow{}).Where("id = ?", id).Update("roll_size", gorm.Expr("roll_size + ?", delta)).Error; err != nil {
			return err
		}
		now := db.now()
		if err := tx.Create(&rollChangeRow{BallotID: id, UserID: userID, Change: change, Reason: reason, ActorID: officer.ID, At: now}).Error; err != nil {
			return err
		}
		if err := db.announce(tx, TopicBallot, id); err != nil {
			return err
		}
		return db.record(tx, officer.ID, "ballot.roll", fmt.Sprintf("ballot:%d", id), fmt.Sprintf("%s %s (member %d): %s", change, user.Name, userID, reason))
	})
}

// RollChange is one change to a ballot's roll after notice.
type RollChange struct {
	UserID  int64
	Name    string
	Change  string // "added" or "removed"
	Reason  string
	ActorID int64
	At      time.Time
}

// RollChanges lists the changes to a ballot's roll since notice.
func (db *DB) RollChanges(ctx context.Context, id int64) ([]RollChange, error) {
	var out []RollChange
	err := db.read(ctx, "roll changes", func(tx *gorm.DB) (err error) {
		out, err = rollChanges(tx, id)
		return err
	})
	return out, err
}

func rollChanges(tx *gorm.DB, id int64) ([]RollChange, error) {
	var rows []rollChangeRow
	if err := tx.Where("ballot_id = ?", id).Order("id").Find(&rows).Error; err != nil {
		return nil, err
	}
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.UserID
	}
	names, err := userNames(tx, ids)
	var out []RollChange
	for _, r := range rows {
		out = append(out, RollChange{UserID: r.UserID, Name: names[r.UserID], Change: r.Change, Reason: r.Reason, ActorID: r.ActorID, At: r.At})
	}
	return out, err
}
