package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/petition"
)

type petitionRow struct {
	ID          int64
	DocumentID  int64
	Kind        string
	Question    string
	AmendmentID *int64
	Threshold   string
	DaysToAct   int
	Status      string
	StarterID   int64
	CreatedAt   time.Time
	ReachedAt   *time.Time
	Deadline    *time.Time
	NoticedAt   *time.Time
	NoticedBy   *int64
	BallotID    *int64
	MeetingNote string
}

func (petitionRow) TableName() string { return "petitions" }

type signatureRow struct {
	PetitionID  int64 `gorm:"primaryKey;autoIncrement:false"`
	UserID      int64 `gorm:"primaryKey;autoIncrement:false"`
	SignedAt    time.Time
	WithdrawnAt *time.Time
}

func (signatureRow) TableName() string { return "petition_signatures" }

func (r petitionRow) domain(slug string) (petition.Petition, error) {
	rule, err := petition.ParseRule(r.Threshold, r.DaysToAct)
	if err != nil {
		return petition.Petition{}, fmt.Errorf("petition %d: %w", r.ID, err)
	}
	p := petition.Petition{ID: r.ID, DocumentSlug: slug, Kind: petition.Kind(r.Kind), Question: r.Question, Rule: rule,
		Status: petition.Status(r.Status), StarterID: r.StarterID, CreatedAt: r.CreatedAt, ReachedAt: r.ReachedAt,
		Deadline: r.Deadline, NoticedAt: r.NoticedAt, MeetingNote: r.MeetingNote}
	if r.AmendmentID != nil {
		p.AmendmentID = *r.AmendmentID
	}
	if r.BallotID != nil {
		p.BallotID = *r.BallotID
	}
	return p, nil
}

// inGoodStanding selects the members for whom member.User.CanVote holds:
// a ballot's roll at notice, those a petition is counted against, a
// meeting's roll until it is called to order and whom its notice goes to.
func inGoodStanding(tx *gorm.DB) *gorm.DB {
	return tx.Session(&gorm.Session{NewDB: true}).Table("users").Select("users.id").
		Joins("JOIN user_roles ON user_roles.user_id = users.id AND user_roles.role = ?", string(member.RoleMember)).
		Where("users.good_standing = ?", true)
}

// officers selects the election officers, who must act on a petition.
func officers(tx *gorm.DB) *gorm.DB {
	return tx.Session(&gorm.Session{NewDB: true}).Table("user_roles").Select("user_id").Where("role = ?", string(member.RoleOfficer))
}

// countPetition fills in the signatures that count now (unwithdrawn, from
// members in good standing now) and the roll they are counted against.
func countPetition(tx *gorm.DB, p *petition.Petition) error {
	var signed, roll int64
	if err := tx.Table("petition_signatures").Where("petition_id = ? AND withdrawn_at IS NULL AND user_id IN (?)", p.ID, inGoodStanding(tx)).
		Count(&signed).Error; err != nil {
		return err
	}
	if err := tx.Table("(?) AS roll", inGoodStanding(tx)).Count(&roll).Error; err != nil {
		return err
	}
	p.Signatures, p.Roll = int(signed), int(roll)
	return nil
}

// petitionByID reads a petition with its count; lock, when set, holds the
// row until the transaction ends, so that signatures on one petition are
// counted one after another.
func petitionByID(tx *gorm.DB, id int64, lock bool) (petition.Petition, documentRow, error) {
	var row petitionRow
	q := tx
	if lock {
		q = tx.Clauses(clause.Locking{Strength: clause.LockingStrengthUpdate})
	}
	err := q.Where("id = ?", id).Take(&row).Error
	if isNotFound(err) {
		return petition.Petition{}, documentRow{}, charter.Errorf(charter.ENOTFOUND, "There is no petition %d.", id)
	}
	if err != nil {
		return petition.Petition{}, documentRow{}, err
	}
	var doc documentRow
	if err := tx.Session(&gorm.Session{NewDB: true}).Where("id = ?", row.DocumentID).Take(&doc).Error; err != nil {
		return petition.Petition{}, doc, err
	}
	p, err := row.domain(doc.Slug)
	if err != nil {
		return p, doc, err
	}
	return p, doc, countPetition(tx, &p)
}

// PetitionRule is a document's rule for petitions.
func (db *DB) PetitionRule(ctx context.Context, slug string) (petition.Rule, error) {
	var rule petition.Rule
	err := db.read(ctx, "petition rule", func(tx *gorm.DB) error {
		doc, err := documentBySlug(tx, slug)
		if err != nil {
			return err
		}
		rule, err = documentPetitionRule(tx, doc.ID)
		return err
	})
	return rule, err
}

func documentPetitionRule(tx *gorm.DB, documentID int64) (petition.Rule, error) {
	var r struct {
		PetitionThreshold string
		PetitionDays      int
	}
	if err := tx.Table("documents").Select("petition_threshold", "petition_days").Where("id = ?", documentID).Take(&r).Error; err != nil {
		return petition.Rule{}, err
	}
	return petition.ParseRule(r.PetitionThreshold, r.PetitionDays)
}

// SetPetitionRule records a document's rule for petitions, as its
// constitution states it. Petitions already started keep the rule they
// were started under.
func (db *DB) SetPetitionRule(ctx context.Context, u member.User, slug string, rule petition.Rule) error {
	if !document.CanEdit(&u) && u.ID != 0 {
		return charter.Errorf(charter.EFORBIDDEN, "Only the drafting committee or an admin records a document's rules.")
	}
	return db.transact(ctx, "set petition rule", func(tx *gorm.DB) error {
		doc, err := documentBySlug(tx, slug)
		if err != nil {
			return err
		}
		if err := tx.Table("documents").Where("id = ?", doc.ID).Updates(map[string]any{
			"petition_threshold": rule.Threshold.String(), "petition_days": rule.DaysToAct}).Error; err != nil {
			return err
		}
		if err := db.announce(tx, TopicDocument, doc.ID); err != nil {
			return err
		}
		return db.record(tx, u.ID, "document.rule", "document:"+slug, fmt.Sprintf("petition rule: %s of members in good standing, %d days for the officers",
			rule.Threshold, rule.DaysToAct))
	})
}

// NewPetition is what starting a petition takes.
type NewPetition struct {
	DocumentSlug string
	Kind         petition.Kind
	Question     string // a referendum's question or a meeting's purpose
	AmendmentID  int64  // for an amendment
}

// StartPetition starts a petition under the document's rule, signed by
// the member who starts it.
func (db *DB) StartPetition(ctx context.Context, u member.User, in NewPetition) (petition.Petition, error) {
	if !petition.CanStart(&u) {
		return petition.Petition{}, charter.Errorf(charter.EFORBIDDEN, "Only a member in good standing starts a petition.")
	}
	kind, err := petition.ParseKind(string(in.Kind))
	if err != nil {
		return petition.Petition{}, err
	}
	question, err := petition.CheckQuestion(kind, in.Question)
	if err != nil {
		return petition.Petition{}, err
	}
	var started petition.Petition
	err = db.transact(ctx, "start petition", func(tx *gorm.DB) error {
		doc, err := documentBySlug(tx, in.DocumentSlug)
		if err != nil {
			return err
		}
		rule, err := documentPetitionRule(tx, doc.ID)
		if err != nil {
			return err
		}
		row := petitionRow{DocumentID: doc.ID, Kind: string(kind), Question: question, Threshold: rule.Threshold.String(), DaysToAct: rule.DaysToAct,
			Status: string(petition.StatusOpen), StarterID: u.ID, CreatedAt: db.now()}
		if kind == petition.KindAmendment {
			a, err := amendmentByID(tx, in.AmendmentID)
			if err != nil {
				return err
			}
			if err := checkPetitionAmendment(&a, doc.ID); err != nil {
				return err
			}
			row.AmendmentID, row.Question = &a.ID, a.Title
		}
		if err := tx.Create(&row).Error; err != nil {
			return err
		}
		if err := tx.Create(&signatureRow{PetitionID: row.ID, UserID: u.ID, SignedAt: db.now()}).Error; err != nil {
			return err
		}
		started, err = db.countSignatures(tx, row.ID)
		return err
	})
	return started, err
}

// checkPetitionAmendment lets members petition for a vote on an amendment
// that is submitted or seconded: the petition's signatures stand in for
// the co-sponsors it may lack.
func checkPetitionAmendment(a *amendment.Amendment, documentID int64) error {
	if a.Status == amendment.StatusSubmitted && a.RebaseConflict == "" && !a.Private() && a.DocumentID == documentID {
		return nil
	}
	return amendment.CheckNotice(a, documentID)
}

// SignPetition adds u's signature. One signature per member: a second is
// a conflict, however many arrive at once. When the signatures of members
// in good standing reach the threshold against the roll at this moment,
// the officers' clock starts, they are told, and the audit log records it.
func (db *DB) SignPetition(ctx context.Context, u member.User, id int64) (petition.Petition, error) {
	if !petition.CanSign(&u) {
		return petition.Petition{}, charter.Errorf(charter.EFORBIDDEN, "Only a member in good standing signs a petition.")
	}
	var signed petition.Petition
	err := db.transact(ctx, "sign petition", func(tx *gorm.DB) error {
		p, _, err := petitionByID(tx, id, true)
		if err != nil {
			return err
		}
		if err := petition.CheckSign(p); err != nil {
			return err
		}
		var prior []signatureRow
		if err := tx.Where("petition_id = ? AND user_id = ?", id, u.ID).Find(&prior).Error; err != nil {
			return err
		}
		switch {
		case len(prior) == 0:
			err = tx.Create(&signatureRow{PetitionID: id, UserID: u.ID, SignedAt: db.now()}).Error
			if isDuplicate(err) {
				return errSignedAlready()
			}
		case prior[0].WithdrawnAt == nil:
			return errSignedAlready()
		default:
			// Signing again after a withdrawal: the row stays one.
			res := tx.Model(&signatureRow{}).Where("petition_id = ? AND user_id = ? AND withdrawn_at IS NOT NULL", id, u.ID).
				Updates(map[string]any{"signed_at": db.now(), "withdrawn_at": nil})
			if err = res.Error; err == nil && res.RowsAffected == 0 {
				return errSignedAlready()
			}
		}
		if err != nil {
			return err
		}
		signed, err = db.countSignatures(tx, id)
		return err
	})
	return signed, err
}

func errSignedAlready() error {
	return charter.Errorf(charter.ECONFLICT, "You have signed this petition already.")
}

// countSignatures counts a petition after a signature and, the first time
// the count reaches the threshold, starts the officers' clock.
func (db *DB) countSignatures(tx *gorm.DB, id int64) (petition.Petition, error) {
	p, doc, err := petitionByID(tx, id, false)
	if err != nil || p.Status != petition.StatusOpen || !p.Rule.Reached(p.Signatures, p.Roll) {
		return p, err
	}
	now := db.now()
	deadline := p.Rule.Deadline(now)
	if err := tx.Model(&petitionRow{}).Where("id = ?", id).Updates(map[string]any{
		"status": string(petition.StatusReached), "reached_at": now, "deadline": deadline}).Error; err != nil {
		return p, err
	}
	p.Status, p.ReachedAt, p.Deadline = petition.StatusReached, &now, &deadline
	// The system records it: the signer who tipped the count is not named,
	// not even to the admins who read the log.
	if err := db.record(tx, 0, "petition.reached", fmt.Sprintf("petition:%d", id), fmt.Sprintf(
		"petition %d (%s) reached %d signatures of %d needed, %d members in good standing; the officers must give notice by %s",
		id, p.Kind, p.Signatures, p.Needed(), p.Roll, deadline.Format(time.RFC3339))); err != nil {
		return p, err
	}
	facts := message.PetitionReached{PetitionID: id, Kind: string(p.Kind), Question: p.Question, DocumentTitle: doc.Title,
		Signatures: p.Signatures, Roll: p.Roll, Deadline: deadline}
	_, err = db.queueMail(tx, mailing{kind: message.KindPetitionReached, facts: facts, language: doc.Language}, officers(tx))
	return p, err
}

// WithdrawSignature takes u's signature back while the petition is open;
// once it reached its threshold the officers' duty stands on the
// signatures as they were.
func (db *DB) WithdrawSignature(ctx context.Context, u member.User, id int64) (petition.Petition, error) {
	if u.ID == 0 {
		return petition.Petition{}, charter.Errorf(charter.EFORBIDDEN, "Log in to withdraw your signature.")
	}
	var out petition.Petition
	err := db.transact(ctx, "withdraw signature", func(tx *gorm.DB) error {
		p, _, err := petitionByID(tx, id, true)
		if err != nil {
			return err
		}
		if err := petition.CheckWithdraw(p); err != nil {
			return err
		}
		res := tx.Model(&signatureRow{}).Where("petition_id = ? AND user_id = ? AND withdrawn_at IS NULL", id, u.ID).Update("withdrawn_at", db.now())
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return charter.Errorf(charter.ECONFLICT, "You have not signed this petition.")
		}
		out, _, err = petitionByID(tx, id, false)
		return err
	})
	return out, err
}

// PetitionView is a petition as one reader sees it: whether they signed,
// and the signers' names only for those who may see them.
type PetitionView struct {
	Petition petition.Petition
	Signed   bool
	// Signers are the names of those whose signatures count, in the
	// order they signed; nil unless petition.CanSeeSigners holds.
	Signers []string
}

// Petition reads a petition for u in one read-only transaction.
func (db *DB) Petition(ctx context.Context, u *member.User, id int64) (PetitionView, error) {
	var v PetitionView
	err := db.view(ctx, "petition", func(tx *gorm.DB) error {
		var err error
		if v.Petition, _, err = petitionByID(tx, id, false); err != nil {
			return err
		}
		if u != nil {
			var n int64
			if err := tx.Table("petition_signatures").Where("petition_id = ? AND user_id = ? AND withdrawn_at IS NULL", id, u.ID).Count(&n).Error; err != nil {
				return err
			}
			v.Signed = n > 0
		}
		if !petition.CanSeeSigners(u) {
			return nil
		}
		v.Signers = []string{}
		return tx.Table("petition_signatures").Joins("JOIN users ON users.id = petition_signatures.user_id").
			Where("petition_signatures.petition_id = ? AND petition_signatures.withdrawn_at IS NULL AND petition_signatures.user_id IN (?)", id, inGoodStanding(tx)).
			Order("petition_signatures.signed_at, users.id").Pluck("users.name", &v.Signers).Error
	})
	return v, err
}

// Petitions lists every petition, newest first, with its count. Stalled
// ones stay: nothing is deleted.
func (db *DB) Petitions(ctx context.Context) ([]petition.Petition, error) {
	var out []petition.Petition
	err := db.view(ctx, "petitions", func(tx *gorm.DB) error {
		var err error
		out, err = listPetitions(tx, tx.Order("id DESC"))
		return err
	})
	return out, err
}

// listPetitions reads the petitions q selects, each with its count.
func listPetitions(tx *gorm.DB, q *gorm.DB) ([]petition.Petition, error) {
	var rows []petitionRow
	if err := q.Find(&rows).Error; err != nil {
		return nil, err
	}
	slugs := map[int64]string{}
	var docs []documentRow
	if err := tx.Session(&gorm.Session{NewDB: true}).Select("id", "slug").Find(&docs).Error; err != nil {
		return nil, err
	}
	for _, d := range docs {
		slugs[d.ID] = d.Slug
	}
	out := make([]petition.Petition, 0, len(rows))
	for _, r := range rows {
		p, err := r.domain(slugs[r.DocumentID])
		if err != nil {
			return nil, err
		}
		if err := countPetition(tx.Session(&gorm.Session{NewDB: true}), &p); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// awaitingNotice reads the petitions that reached their threshold and
// wait on the officers, the nearest deadline first.
func awaitingNotice(tx *gorm.DB) ([]petition.Petition, error) {
	return listPetitions(tx, tx.Session(&gorm.Session{NewDB: true}).Where("status = ?", string(petition.StatusReached)).Order("deadline, id"))
}

// petitionQuestion is the ballot question a reached petition asks for,
// read in NoticeBallot's transaction, with the petition locked; an
// amendment the members petitioned for without its co-sponsors is
// seconded by the petition.
func (db *DB) petitionQuestion(tx *gorm.DB, officer member.User, id int64) (NewQuestion, string, error) {
	p, doc, err := petitionByID(tx, id, true)
	if err != nil {
		return NewQuestion{}, "", err
	}
	if err := petition.CheckNotice(p); err != nil {
		return NewQuestion{}, "", err
	}
	switch p.Kind {
	case petition.KindReferendum:
		return NewQuestion{Kind: ballot.KindReferendum, Question: p.Question}, doc.Slug, nil
	case petition.KindAmendment:
		res := tx.Model(&amendmentRow{}).Where("id = ? AND status = ?", p.AmendmentID, string(amendment.StatusSubmitted)).
			Updates(map[string]any{"status": string(amendment.StatusSeconded), "updated_at": db.now()})
		if res.Error != nil {
			return NewQuestion{}, "", res.Error
		}
		if res.RowsAffected > 0 {
			if err := db.record(tx, officer.ID, "amendment.status", fmt.Sprintf("amendment:%d", p.AmendmentID),
				fmt.Sprintf("submitted → seconded by petition %d", id)); err != nil {
				return NewQuestion{}, "", err
			}
		}
		return NewQuestion{Kind: ballot.KindAmendment, AmendmentID: p.AmendmentID}, doc.Slug, nil
	}
	return NewQuestion{}, "", charter.Errorf(charter.EINVALID, "This petition asks for a meeting: give notice of the meeting from the petition's page.")
}

// markPetitionNoticed closes a petition on the officer's notice, of a
// ballot or of a meeting.
func (db *DB) markPetitionNoticed(tx *gorm.DB, officer member.User, id int64, fields map[string]any, detail string) error {
	fields["status"], fields["noticed_at"], fields["noticed_by"] = string(petition.StatusNoticed), db.now(), officer.ID
	res := tx.Model(&petitionRow{}).Where("id = ? AND status = ?", id, string(petition.StatusReached)).Updates(fields)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return charter.Errorf(charter.ECONFLICT, "Notice was already given from this petition.")
	}
	return db.record(tx, officer.ID, "petition.notice", fmt.Sprintf("petition:%d", id), detail)
}

// MaxMeetingNote bounds the notice of a meeting, in characters.
const MaxMeetingNote = 500

// NoticeMeeting gives notice of the special meeting a reached petition
// asks for: when and where, as every member reads it on the petition.
func (db *DB) NoticeMeeting(ctx context.Context, officer member.User, id int64, note string) error {
	if !petition.CanNotice(&officer) {
		return charter.Errorf(charter.EFORBIDDEN, "Only an election officer gives notice from a petition.")
	}
	note, err := charter.CleanLine(charter.Sprintf("The notice"), note)
	if err != nil {
		return err
	}
	switch {
	case note == "":
		return charter.Errorf(charter.EINVALID, "Say when and where the meeting is held.")
	case len([]rune(note)) > MaxMeetingNote:
		return charter.Errorf(charter.ETOOLARGE, "Say when and where the meeting is held in at most %d characters.", MaxMeetingNote)
	}
	return db.transact(ctx, "notice meeting", func(tx *gorm.DB) error {
		p, _, err := petitionByID(tx, id, true)
		if err != nil {
			return err
		}
		if err := petition.CheckNotice(p); err != nil {
			return err
		}
		if p.Kind != petition.KindMeeting {
			return charter.Errorf(charter.EINVALID, "This petition asks for a ballot: give notice of the ballot from the petition's page.")
		}
		return db.markPetitionNoticed(tx, officer, id, map[string]any{"meeting_note": note}, fmt.Sprintf("notice of the meeting: %q", note))
	})
}
