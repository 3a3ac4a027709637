package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
)

type meetingRow struct {
	ID           int64
	DocumentID   *int64
	Title        string
	Mode         string
	Place        string
	StartsAt     time.Time
	NoticeAt     time.Time
	Status       string
	OfficerID    int64
	ChairID      int64
	Quorum       string
	RollSize     int
	MinBallots   int
	SharesNeeded int
	CurrentItem  *int64
	OpenedAt     *time.Time
	AdjournedAt  *time.Time
	MinutesItem  *int64
}

func (meetingRow) TableName() string { return "meetings" }

type meetingTellerRow struct {
	MeetingID int64 `gorm:"primaryKey;autoIncrement:false"`
	UserID    int64 `gorm:"primaryKey;autoIncrement:false"`
}

func (meetingTellerRow) TableName() string { return "meeting_tellers" }

type meetingItemRow struct {
	ID                 int64
	MeetingID          int64
	Position           int
	Kind               string
	ParentID           *int64
	AmendmentID        *int64
	Question           string
	Snapshot           string
	SnapshotSHA256     string `gorm:"column:snapshot_sha256"`
	Text               string
	TextSHA256         string `gorm:"column:text_sha256"`
	MovedAgainst       string
	MovedAgainstSHA256 string `gorm:"column:moved_against_sha256"`
	Threshold          string
	Base               string
	Status             string
	MoverID            *int64
	MovedAt            *time.Time
	Scope              string // the verdict of the scope check when moved
	Ruling             string
	RulingReason       string
	Method             string
	BallotID           *int64
	Adopted            *bool
	MinutesOf          *int64
}

func (meetingItemRow) TableName() string { return "meeting_items" }

// itemTextColumns are what a meeting is read without (meetingByID), read
// by itemTexts where they are needed.
var itemTextColumns = []string{"snapshot", "text", "moved_against"}

// BeforeCreate names the item's texts by their hashes, which a meeting
// is read by.
func (r *meetingItemRow) BeforeCreate(*gorm.DB) error {
	r.TextSHA256, r.MovedAgainstSHA256 = textSHA256(r.Text), textSHA256(r.MovedAgainst)
	return nil
}

// textSHA256 names an item's text; no text has no name.
func textSHA256(text string) string {
	if text == "" {
		return ""
	}
	return document.Hash([]byte(text))
}

type attendanceRow struct {
	MeetingID   int64 `gorm:"primaryKey;autoIncrement:false"`
	UserID      int64 `gorm:"primaryKey;autoIncrement:false"`
	TellerID    *int64
	CheckedInAt time.Time
}

func (attendanceRow) TableName() string { return "meeting_attendance" }

func (r meetingItemRow) domain() meeting.Item {
	it := meeting.Item{ID: r.ID, MeetingID: r.MeetingID, Position: r.Position, Kind: meeting.Kind(r.Kind), Question: r.Question,
		ItemTexts:      meeting.ItemTexts{Snapshot: r.Snapshot, Text: r.Text, MovedAgainst: r.MovedAgainst},
		SnapshotSHA256: r.SnapshotSHA256, TextSHA256: r.TextSHA256, MovedAgainstSHA256: r.MovedAgainstSHA256, Status: meeting.ItemStatus(r.Status),
		Ruling: meeting.Ruling(r.Ruling), RulingReason: r.RulingReason, Method: meeting.Method(r.Method), Adopted: r.Adopted}
	it.Rule.Threshold, _ = ballot.ParseThreshold(r.Threshold)
	it.Rule.Base, _ = ballot.ParseBase(r.Base)
	it.Scope.Verdict = amendment.ScopeVerdict(r.Scope)
	for _, p := range []struct {
		from *int64
		to   *int64
	}{{r.ParentID, &it.ParentID}, {r.AmendmentID, &it.AmendmentID}, {r.MoverID, &it.MoverID}, {r.BallotID, &it.BallotID}, {r.MinutesOf, &it.MinutesOf}} {
		if p.from != nil {
			*p.to = *p.from
		}
	}
	return it
}

// NewMeeting is an officer's notice of a meeting.
type NewMeeting struct {
	DocumentSlug string // the document its amendments change; "" for questions only
	Title        string
	Mode         meeting.Mode
	Place        string
	StartsAt     time.Time
	ChairID      int64
	// Tellers check members in, hand out paper ballots, enter counts and
	// hold shares of each secret vote's key, SharesNeeded of which open
	// its online papers.
	Tellers      []int64
	SharesNeeded int
	MinBallots   int
	Items        []NewItem
}

// NewItem is an item of a meeting's agenda, in the order it is taken.
type NewItem struct {
	Kind        meeting.Kind // amendment, question or minutes
	AmendmentID int64
	Question    string
	MinutesOf   int64 // the earlier meeting whose minutes the members approve
}

// ScheduleMeeting gives notice of a meeting: each amendment on its agenda
// is frozen as a ballot's question is (the scope of notice of what the
// meeting may adopt), the document's quorum and notice are applied, and
// the amendments are noticed.
func (db *DB) ScheduleMeeting(ctx context.Context, officer member.User, in NewMeeting) (meeting.Meeting, error) {
	if !meeting.CanSchedule(&officer) {
		return meeting.Meeting{}, charter.Errorf(charter.EFORBIDDEN, "Only an election officer gives notice of a meeting.")
	}
	title, err := meeting.ValidateTitle(in.Title)
	if err != nil {
		return meeting.Meeting{}, err
	}
	place, err := meeting.ValidatePlace(in.Place)
	if err != nil {
		return meeting.Meeting{}, err
	}
	if _, err := meeting.ParseMode(string(in.Mode)); err != nil {
		return meeting.Meeting{}, err
	}
	if len(in.Items) == 0 || len(in.Items) > meeting.MaxItems {
		return meeting.Meeting{}, charter.Errorf(charter.EINVALID, "A meeting's agenda has between 1 and %d items.", meeting.MaxItems)
	}
	if err := ballot.CheckSecrecy(officer.ID, in.Tellers, in.SharesNeeded, in.MinBallots); err != nil {
		return meeting.Meeting{}, err
	}
	var id int64
	err = db.transact(ctx, "schedule meeting", func(tx *gorm.DB) error {
		now := db.now()
		row := meetingRow{Title: title, Mode: string(in.Mode), Place: place, StartsAt: in.StartsAt.UTC(), NoticeAt: now,
			Status: string(meeting.StatusScheduled), OfficerID: officer.ID, ChairID: in.ChairID, MinBallots: in.MinBallots,
			SharesNeeded: in.SharesNeeded, Quorum: ballot.Quorum{}.String()}
		var doc documentRow
		var rules ballot.DocumentRules
		if in.DocumentSlug != "" {
			if doc, err = documentBySlug(tx, in.DocumentSlug); err != nil {
				return err
			}
			row.DocumentID = &doc.ID
			if rules.Amendment, _, err = documentRule(tx, doc.ID); err != nil {
				return err
			}
			if rules.Revision, err = revisionRule(tx, doc.ID); err != nil {
				return err
			}
			row.Quorum = rules.Amendment.Quorum.String()
		}
		if err := meeting.CheckStart(now, row.StartsAt, rules.Amendment.NoticeDays); err != nil {
			return err
		}
		if names, err := userNames(tx, []int64{in.ChairID}); err != nil {
			return err
		} else if names[in.ChairID] == "" {
			return charter.Errorf(charter.EINVALID, "Choose who chairs the meeting.")
		}
		if _, err := tellerKeys(tx, in.Tellers); err != nil {
			return err
		}
		items, err := db.noticeItems(tx, doc, rules, in.Items, now)
		if err != nil {
			return err
		}
		if err := tx.Create(&row).Error; err != nil {
			return err
		}
		for _, t := range in.Tellers {
			if err := tx.Create(&meetingTellerRow{MeetingID: row.ID, UserID: t}).Error; err != nil {
				return err
			}
		}
		// A secondary amendment on the agenda amends its primary's item.
		byAmendment := map[int64]int64{}
		for i := range items {
			items[i].MeetingID = row.ID
			if primary := items[i].ParentID; primary != nil {
				item, ok := byAmendment[*primary]
				if !ok {
					return charter.Errorf(charter.EINVALID, "Amendment %d amends amendment %d: put that one on the agenda before it.", *items[i].AmendmentID, *primary)
				}
				items[i].ParentID = &item
			}
			if err := tx.Create(&items[i]).Error; err != nil {
				return err
			}
			if items[i].AmendmentID != nil {
				byAmendment[*items[i].AmendmentID] = items[i].ID
			}
		}
		id = row.ID
		if _, err := db.queueMeetingNotice(tx, row, doc, items); err != nil {
			return err
		}
		if err := db.record(tx, officer.ID, "meeting.notice", fmt.Sprintf("meeting:%d", row.ID), fmt.Sprintf(
			"notice of %q (%s) at %s, chaired by %d, tellers %v; %d items", title, row.Mode, row.StartsAt.Format(time.RFC3339), in.ChairID, in.Tellers, len(items))); err != nil {
			return err
		}
		if doc.ID != 0 {
			if err := db.announce(tx, TopicAmendments, doc.ID); err != nil {
				return err
			}
		}
		return db.announce(tx, TopicMeeting, row.ID)
	})
	if err != nil {
		return meeting.Meeting{}, err
	}
	// The notice answers with what it froze, texts included.
	m, err := db.Meeting(ctx, id)
	if err != nil {
		return m, err
	}
	items := make([]*meeting.Item, len(m.Items))
	for i := range m.Items {
		items[i] = &m.Items[i]
	}
	return m, db.MeetingItemTexts(ctx, items...)
}

// noticeItems freezes each item of a new agenda and notices its amendment.
// A secondary amendment's ParentID names, for now, its primary amendment.
func (db *DB) noticeItems(tx *gorm.DB, doc documentRow, rules ballot.DocumentRules, in []NewItem, now time.Time) ([]meetingItemRow, error) {
	var items []meetingItemRow
	seen := map[int64]bool{}
	for i, it := range in {
		row := meetingItemRow{Position: i + 1, Kind: string(it.Kind), Status: string(meeting.ItemPending)}
		switch it.Kind {
		case meeting.KindAmendment:
			if doc.ID == 0 {
				return nil, charter.Errorf(charter.EINVALID, "Choose the document the amendments change.")
			}
			if seen[it.AmendmentID] {
				return nil, charter.Errorf(charter.EINVALID, "Amendment %d is on the agenda twice.", it.AmendmentID)
			}
			seen[it.AmendmentID] = true
			snap, err := db.snapshot(tx, doc, NewQuestion{Kind: ballot.KindAmendment, AmendmentID: it.AmendmentID}, now)
			if err != nil {
				return nil, err
			}
			body, hash, err := snap.Seal()
			if err != nil {
				return nil, err
			}
			a, err := amendmentByID(tx, it.AmendmentID)
			if err != nil {
				return nil, err
			}
			rule := rules.For(snap.Revision)
			row.AmendmentID, row.Question, row.Snapshot, row.SnapshotSHA256, row.Text = &a.ID, snap.Question, body, hash, snap.After
			row.Threshold, row.Base = rule.Threshold.String(), string(rule.Base)
			if a.Secondary() {
				row.ParentID = &a.ParentID
			}
			if err := tx.Model(&amendmentRow{}).Where("id = ?", a.ID).Updates(map[string]any{"status": string(amendment.StatusNoticed), "updated_at": now}).Error; err != nil {
				return nil, err
			}
		case meeting.KindMinutes:
			earlier, votes, err := meetingMinutes(tx, it.MinutesOf)
			if err != nil {
				return nil, err
			}
			var pending int64
			// An item not reached before its meeting adjourned is no longer pending.
			if err := tx.Model(&meetingItemRow{}).Where("minutes_of = ? AND adopted IS NULL", it.MinutesOf).
				Where("meeting_id IN (?)", tx.Model(&meetingRow{}).Select("id").Where("status <> ?", string(meeting.StatusAdjourned))).
				Count(&pending).Error; err != nil {
				return nil, err
			}
			if earlier.Status != meeting.StatusAdjourned || earlier.MinutesApproval != nil || pending > 0 {
				return nil, charter.Errorf(charter.ECONFLICT, "The minutes of meeting %d are approved once, after it adjourns.", it.MinutesOf)
			}
			// The members approve the minutes as written at notice.
			text := meeting.Minutes(&earlier, votes, nil, nil)
			row.MinutesOf, row.Question, row.Text = &earlier.ID, meeting.MinutesQuestion(&earlier), document.Hash([]byte(text))
			row.Threshold, row.Base = ballot.Majority.String(), string(ballot.BaseCast)
		case meeting.KindQuestion:
			q, err := ballot.ValidateQuestion(it.Question)
			if err != nil {
				return nil, err
			}
			row.Question, row.Threshold, row.Base = q, ballot.Majority.String(), string(ballot.BaseCast)
		default:
			return nil, charter.Errorf(charter.EINVALID, "An agenda item is a noticed amendment, a question or earlier minutes.")
		}
		items = append(items, row)
	}
	return items, nil
}

// Meeting reads a meeting with its agenda, floor amendments included, and
// the number of members present. Until it is called to order, its roll is
// the members in good standing now.
func (db *DB) Meeting(ctx context.Context, id int64) (meeting.Meeting, error) {
	var m meeting.Meeting
	err := db.read(ctx, "meeting", func(tx *gorm.DB) error {
		var err error
		m, err = meetingByID(tx, id)
		return err
	})
	return m, err
}

// Meetings lists every meeting, the next first, without its agenda.
func (db *DB) Meetings(ctx context.Context) ([]meeting.Meeting, error) {
	var out []meeting.Meeting
	err := db.read(ctx, "meetings", func(tx *gorm.DB) error {
		var rows []meetingRow
		if err := tx.Order("starts_at DESC, id DESC").Limit(200).Find(&rows).Error; err != nil {
			return err
		}
		var chairs []int64
		for _, r := range rows {
			out = append(out, r.domain())
			chairs = append(chairs, r.ChairID)
		}
		names, err := userNames(tx, chairs)
		if err != nil {
			return err
		}
		var present []struct {
			MeetingID int64
			N         int
		}
		if err := tx.Model(&attendanceRow{}).Select("meeting_id, COUNT(*) AS n").Group("meeting_id").Scan(&present).Error; err != nil {
			return err
		}
		roll, err := membersInGoodStanding(tx)
		if err != nil {
			return err
		}
		for i := range out {
			out[i].ChairName = names[out[i].ChairID]
			if out[i].Status == meeting.StatusScheduled {
				out[i].RollSize = roll
			}
			for _, p := range present {
				if p.MeetingID == out[i].ID {
					out[i].Present = p.N
				}
			}
		}
		return nil
	})
	return out, err
}

// comingMeetings reads the meetings to come or in session, the soonest
// first, with their tellers, and which of them u is checked in at.
func comingMeetings(tx *gorm.DB, u member.User) ([]meeting.Meeting, map[int64]bool, error) {
	var rows []meetingRow
	if err := tx.Where("status <> ?", string(meeting.StatusAdjourned)).Order("starts_at, id").Limit(20).Find(&rows).Error; err != nil {
		return nil, nil, err
	}
	out := make([]meeting.Meeting, len(rows))
	ids := make([]int64, len(rows))
	for i, r := range rows {
		out[i], ids[i] = r.domain(), r.ID
	}
	var tellers []meetingTellerRow
	if err := tx.Where("meeting_id IN ?", ids).Find(&tellers).Error; err != nil {
		return nil, nil, err
	}
	for _, t := range tellers {
		for i := range out {
			if out[i].ID == t.MeetingID {
				out[i].Tellers = append(out[i].Tellers, t.UserID)
			}
		}
	}
	var in []int64
	if err := tx.Model(&attendanceRow{}).Where("user_id = ? AND meeting_id IN ?", u.ID, ids).Pluck("meeting_id", &in).Error; err != nil {
		return nil, nil, err
	}
	checkedIn := map[int64]bool{}
	for _, id := range in {
		checkedIn[id] = true
	}
	return out, checkedIn, nil
}

func (r meetingRow) domain() meeting.Meeting {
	m := meeting.Meeting{ID: r.ID, Title: r.Title, Mode: meeting.Mode(r.Mode), Place: r.Place, StartsAt: r.StartsAt, NoticeAt: r.NoticeAt,
		Status: meeting.Status(r.Status), OfficerID: r.OfficerID, ChairID: r.ChairID, RollSize: r.RollSize, MinBallots: r.MinBallots}
	m.Quorum, _ = ballot.ParseQuorum(r.Quorum)
	if r.DocumentID != nil {
		m.DocumentID = *r.DocumentID
	}
	if r.CurrentItem != nil {
		m.CurrentItem = *r.CurrentItem
	}
	if r.OpenedAt != nil {
		m.OpenedAt = *r.OpenedAt
	}
	if r.AdjournedAt != nil {
		m.AdjournedAt = *r.AdjournedAt
	}
	m.MinutesApproved = r.MinutesItem != nil
	return m
}

func meetingByID(tx *gorm.DB, id int64) (meeting.Meeting, error) {
	var row meetingRow
	err := tx.Where("id = ?", id).Take(&row).Error
	if isNotFound(err) {
		return meeting.Meeting{}, charter.Errorf(charter.ENOTFOUND, "There is no meeting %d.", id)
	}
	if err != nil {
		return meeting.Meeting{}, err
	}
	m := row.domain()
	if err := tx.Model(&meetingTellerRow{}).Where("meeting_id = ?", id).Order("user_id").Pluck("user_id", &m.Tellers).Error; err != nil {
		return m, err
	}
	var present int64
	if err := tx.Model(&attendanceRow{}).Where("meeting_id = ?", id).Count(&present).Error; err != nil {
		return m, err
	}
	m.Present = int(present)
	if m.Status == meeting.StatusScheduled {
		if m.RollSize, err = membersInGoodStanding(tx); err != nil {
			return m, err
		}
	}
	if row.DocumentID != nil {
		if err := tx.Table("documents").Where("id = ?", *row.DocumentID).Pluck("slug", &m.DocumentSlug).Error; err != nil {
			return m, err
		}
	}
	var items []meetingItemRow
	if err := tx.Omit(itemTextColumns...).Where("meeting_id = ?", id).Order("position").Find(&items).Error; err != nil {
		return m, err
	}
	ids := []int64{m.ChairID}
	for _, r := range items {
		m.Items = append(m.Items, r.domain())
		if r.MoverID != nil {
			ids = append(ids, *r.MoverID)
		}
	}
	names, err := userNames(tx, ids)
	if err != nil {
		return m, err
	}
	m.ChairName = names[m.ChairID]
	for i := range m.Items {
		m.Items[i].MoverName = names[m.Items[i].MoverID]
	}
	if row.MinutesItem != nil {
		var approving meetingItemRow
		if err := tx.Select("meeting_id", "position").Where("id = ?", *row.MinutesItem).Take(&approving).Error; err != nil {
			return m, err
		}
		var later meetingRow
		if err := tx.Where("id = ?", approving.MeetingID).Take(&later).Error; err != nil {
			return m, err
		}
		at := later.StartsAt
		if later.OpenedAt != nil {
			at = *later.OpenedAt
		}
		m.MinutesApproval = &meeting.Approval{MeetingTitle: later.Title, At: at, Position: approving.Position}
	}
	return m, nil
}

// MeetingItemTexts reads the texts of a meeting's items, which a meeting
// is read without (meeting.ItemTexts): a page reads them when what it
// shows of them is not kept by their hashes. ENOTFOUND for an item that
// is not there.
func (db *DB) MeetingItemTexts(ctx context.Context, items ...*meeting.Item) error {
	return db.read(ctx, "meeting item texts", func(tx *gorm.DB) error {
		return itemTexts(tx, items...)
	})
}

// itemTexts reads the texts of items, in one query.
func itemTexts(tx *gorm.DB, items ...*meeting.Item) error {
	if len(items) == 0 {
		return nil
	}
	ids := make([]int64, len(items))
	for i, it := range items {
		ids[i] = it.ID
	}
	var rows []meetingItemRow
	if err := tx.Select(append([]string{"id"}, itemTextColumns...)).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return err
	}
	for _, it := range items {
		i := slices.IndexFunc(rows, func(r meetingItemRow) bool { return r.ID == it.ID })
		if i < 0 {
			return charter.Errorf(charter.ENOTFOUND, "Item %d is not on this meeting's agenda.", it.ID)
		}
		it.ItemTexts = rows[i].domain().ItemTexts
	}
	return nil
}

// MeetingMinutes reads what a meeting's minutes are written from: the
// meeting and the result of each vote taken at it.
func (db *DB) MeetingMinutes(ctx context.Context, id int64) (meeting.Meeting, map[int64]meeting.Vote, error) {
	var m meeting.Meeting
	var votes map[int64]meeting.Vote
	err := db.read(ctx, "meeting minutes", func(tx *gorm.DB) error {
		var err error
		m, votes, err = meetingMinutes(tx, id)
		return err
	})
	return m, votes, err
}

func meetingMinutes(tx *gorm.DB, id int64) (meeting.Meeting, map[int64]meeting.Vote, error) {
	m, err := meetingByID(tx, id)
	if err != nil {
		return m, nil, err
	}
	// The minutes name the motions each amendment was noticed with.
	var amendments []*meeting.Item
	for i := range m.Items {
		if m.Items[i].Kind == meeting.KindAmendment {
			amendments = append(amendments, &m.Items[i])
		}
	}
	if err := itemTexts(tx, amendments...); err != nil {
		return m, nil, err
	}
	votes := map[int64]meeting.Vote{}
	for _, it := range m.Items {
		if it.Status != meeting.ItemDecided || it.BallotID == 0 {
			continue
		}
		res, err := countBallot(tx, it.BallotID)
		if err != nil {
			return m, nil, err
		}
		votes[it.ID] = meeting.Vote{Method: it.Method, BallotID: it.BallotID, Result: res.Results[0]}
	}
	return m, votes, nil
}

// membersInGoodStanding counts those who may vote: a meeting's roll.
func membersInGoodStanding(tx *gorm.DB) (int, error) {
	var n int64
	err := inGoodStanding(tx).Count(&n).Error
	return int(n), err
}

// lockedMeeting locks a meeting's row and reads it: every step of a
// meeting runs after the one before it, on any instance.
func lockedMeeting(tx *gorm.DB, id int64) (meeting.Meeting, error) {
	var row struct{ ID int64 }
	err := tx.Clauses(clause.Locking{Strength: clause.LockingStrengthUpdate}).Table("meetings").Select("id").Where("id = ?", id).Take(&row).Error
	if isNotFound(err) {
		return meeting.Meeting{}, charter.Errorf(charter.ENOTFOUND, "There is no meeting %d.", id)
	}
	if err != nil {
		return meeting.Meeting{}, err
	}
	return meetingByID(tx, id)
}

// meetingStep runs one action on a meeting in one transaction, with the
// meeting locked, its audit event and its announcement.
func (db *DB) meetingStep(ctx context.Context, actor member.User, id int64, action string,
	step func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error)) error {
	return db.transact(ctx, "meeting "+action, func(tx *gorm.DB) error {
		m, err := lockedMeeting(tx, id)
		if err != nil {
			return err
		}
		detail, err := step(tx, &m, db.now())
		if err != nil {
			return err
		}
		if err := db.announce(tx, TopicMeeting, id); err != nil {
			return err
		}
		return db.record(tx, actor.ID, "meeting."+action, fmt.Sprintf("meeting:%d", id), detail)
	})
}

// chairStep is a step only the chair takes.
func (db *DB) chairStep(ctx context.Context, chair member.User, id int64, action string,
	step func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error)) error {
	return db.meetingStep(ctx, chair, id, action, func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		if !m.CanChair(&chair) {
			return "", charter.Errorf(charter.EFORBIDDEN, "Only the meeting's chair does this.")
		}
		return step(tx, m, now)
	})
}

// CheckIn records a member as present: by themselves online, or by a
// teller at the door. A member checked in while a secret vote is open is
// added to its roll.
func (db *DB) CheckIn(ctx context.Context, actor member.User, id, userID int64) error {
	return db.meetingStep(ctx, actor, id, "check_in", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		if err := m.CanCheckIn(now); err != nil {
			return "", err
		}
		var teller *int64
		switch {
		case actor.ID == userID && m.Mode.Online():
		case actor.ID == userID:
			return "", charter.Errorf(charter.EFORBIDDEN, "This meeting is in person: a teller checks you in at the door.")
		case m.CanTell(&actor) && m.Mode != meeting.ModeOnline:
			teller = &actor.ID
		default:
			return "", charter.Errorf(charter.EFORBIDDEN, "Only the meeting's tellers check other members in.")
		}
		u, err := userByID(tx, userID)
		if err != nil {
			return "", err
		}
		if !meeting.CanAttend(&u) {
			return "", charter.Errorf(charter.EFORBIDDEN, "%s is not a member in good standing: only members in good standing take part and vote.", u.Name)
		}
		res := tx.Clauses(clause.OnConflict{DoNothing: true}).Create(&attendanceRow{MeetingID: id, UserID: userID, TellerID: teller, CheckedInAt: now})
		if res.Error != nil {
			return "", res.Error
		}
		if res.RowsAffected == 0 {
			return "", charter.Errorf(charter.ECONFLICT, "%s is checked in already.", u.Name)
		}
		if err := db.addToOpenVote(tx, m, actor, userID); err != nil {
			return "", err
		}
		how := "online"
		if teller != nil {
			how = "at the door"
		}
		return fmt.Sprintf("member %d checked in %s", userID, how), nil
	})
}

// addToOpenVote puts a member who arrives during a vote on its roll.
func (db *DB) addToOpenVote(tx *gorm.DB, m *meeting.Meeting, actor member.User, userID int64) error {
	cur, err := openVote(tx, m)
	if err != nil || cur == nil {
		return err
	}
	if err := tx.Create(&rollRow{BallotID: cur.BallotID, UserID: userID}).Error; err != nil {
		return err
	}
	return tx.Create(&rollChangeRow{BallotID: cur.BallotID, UserID: userID, Change: "add", Reason: "checked in at the meeting during the vote", ActorID: actor.ID, At: db.now()}).Error
}

// openVote is the item whose vote is open, or nil. The item is being
// voted on from the vote's opening to its result; its ballot, from the
// opening to the chair's close only. Read under the meeting's lock, which
// CloseVote takes too.
func openVote(tx *gorm.DB, m *meeting.Meeting) (*meeting.Item, error) {
	cur, ok := m.Current()
	if !ok || cur.Status != meeting.ItemVoting || cur.BallotID == 0 {
		return nil, nil
	}
	var status string
	if err := tx.Model(&ballotRow{}).Where("id = ?", cur.BallotID).Pluck("status", &status).Error; err != nil {
		return nil, err
	}
	if ballot.Status(status) != ballot.StatusOpen {
		return nil, nil
	}
	return cur, nil
}

// voteTaken is the item being voted on and its ballot, locked: what the
// close, the count and setting a vote aside act on.
func voteTaken(tx *gorm.DB, m *meeting.Meeting) (*meeting.Item, ballot.Ballot, error) {
	cur, ok := m.Current()
	if !ok || cur.Status != meeting.ItemVoting || cur.BallotID == 0 {
		return nil, ballot.Ballot{}, charter.Errorf(charter.ECONFLICT, "No vote is being taken.")
	}
	b, err := lockedBallot(tx, cur.BallotID)
	return cur, b, err
}

// Attendee is a member present at a meeting.
type Attendee struct {
	UserID      int64
	Name        string
	AtDoor      bool // checked in by a teller, not online
	CheckedInAt time.Time
}

// Attendance lists who is present, by name, for those who may see it.
func (db *DB) Attendance(ctx context.Context, viewer member.User, id int64) ([]Attendee, error) {
	var out []Attendee
	err := db.read(ctx, "meeting attendance", func(tx *gorm.DB) error {
		m, err := meetingByID(tx, id)
		if err != nil {
			return err
		}
		if !m.CanSeeAttendance(&viewer) {
			return charter.Errorf(charter.EFORBIDDEN, "Only those who run the meeting and the observers see who is present.")
		}
		var rows []struct {
			UserID      int64
			Name        string
			TellerID    *int64
			CheckedInAt time.Time
		}
		if err := tx.Table("meeting_attendance").Select("meeting_attendance.user_id, users.name, meeting_attendance.teller_id, meeting_attendance.checked_in_at").
			Joins("JOIN users ON users.id = meeting_attendance.user_id").Where("meeting_attendance.meeting_id = ?", id).
			Order("users.name, users.id").Scan(&rows).Error; err != nil {
			return err
		}
		for _, r := range rows {
			out = append(out, Attendee{UserID: r.UserID, Name: r.Name, AtDoor: r.TellerID != nil, CheckedInAt: r.CheckedInAt})
		}
		return nil
	})
	return out, err
}

// DoorEntry is a member found at the door by name, and whether they are
// in already.
type DoorEntry struct {
	UserID       int64
	Name         string
	MemberNumber string
	CheckedIn    bool
	GoodStanding bool
}

// FindAtDoor finds members by name or member number for a teller checking
// people in: at most 20, the closest first.
func (db *DB) FindAtDoor(ctx context.Context, teller member.User, id int64, query string) ([]DoorEntry, error) {
	query = strings.TrimSpace(query)
	if len([]rune(query)) < 2 || len(query) > 100 {
		return nil, charter.Errorf(charter.EINVALID, "Type at least two letters of the member's name.")
	}
	var out []DoorEntry
	err := db.read(ctx, "find at door", func(tx *gorm.DB) error {
		m, err := meetingByID(tx, id)
		if err != nil {
			return err
		}
		if !m.CanTell(&teller) {
			return charter.Errorf(charter.EFORBIDDEN, "Only the meeting's tellers check members in.")
		}
		like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(strings.ToLower(query)) + "%"
		var rows []struct {
			ID           int64
			Name         string
			MemberNumber string
			GoodStanding bool
			PresentID    *int64
		}
		if err := tx.Table("users").Select("users.id, users.name, users.member_number, users.good_standing, meeting_attendance.user_id AS present_id").
			Joins("JOIN user_roles ON user_roles.user_id = users.id AND user_roles.role = ?", string(member.RoleMember)).
			Joins("LEFT JOIN meeting_attendance ON meeting_attendance.user_id = users.id AND meeting_attendance.meeting_id = ?", id).
			Where(`LOWER(users.name) LIKE ? ESCAPE '\' OR users.member_number = ?`, like, query).
			Order("users.name, users.id").Limit(20).Scan(&rows).Error; err != nil {
			return err
		}
		for _, r := range rows {
			out = append(out, DoorEntry{UserID: r.ID, Name: r.Name, MemberNumber: r.MemberNumber, GoodStanding: r.GoodStanding, CheckedIn: r.PresentID != nil})
		}
		return nil
	})
	return out, err
}

// CheckedIn tells whether a member is present at a meeting.
func (db *DB) CheckedIn(ctx context.Context, u member.User, id int64) (bool, error) {
	var n int64
	err := db.read(ctx, "checked in", func(tx *gorm.DB) error {
		return tx.Model(&attendanceRow{}).Where("meeting_id = ? AND user_id = ?", id, u.ID).Count(&n).Error
	})
	return n > 0, err
}

// CallToOrder opens the meeting and freezes its roll: the members in good
// standing then, of whom the quorum is counted.
func (db *DB) CallToOrder(ctx context.Context, chair member.User, id int64) error {
	return db.chairStep(ctx, chair, id, "call_to_order", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		if err := m.CanCallToOrder(now); err != nil {
			return "", err
		}
		if err := tx.Model(&meetingRow{}).Where("id = ?", m.ID).Updates(map[string]any{
			"status": string(meeting.StatusInSession), "opened_at": now, "roll_size": m.RollSize}).Error; err != nil {
			return "", err
		}
		return fmt.Sprintf("called to order: %d present of %d members in good standing, quorum %s", m.Present, m.RollSize, m.Quorum), nil
	})
}

// TakeUp brings an item before the meeting.
func (db *DB) TakeUp(ctx context.Context, chair member.User, id, itemID int64) error {
	return db.chairStep(ctx, chair, id, "take_up", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		it, ok := m.Item(itemID)
		if !ok {
			return "", charter.Errorf(charter.ENOTFOUND, "Item %d is not on this meeting's agenda.", itemID)
		}
		if err := m.CanTakeUp(it); err != nil {
			return "", err
		}
		if err := tx.Model(&meetingRow{}).Where("id = ?", m.ID).Update("current_item", it.ID).Error; err != nil {
			return "", err
		}
		if err := tx.Model(&meetingItemRow{}).Where("id = ?", it.ID).Update("status", string(meeting.ItemDebate)).Error; err != nil {
			return "", err
		}
		return fmt.Sprintf("item %d taken up", it.Position), nil
	})
}

// MoveFloorAmendment records a floor amendment to the item before the
// meeting, moved by a member present: text is the item's whole text as
// the amendment would make it. It is checked against the scope of the
// item's notice; one beyond it is out of order unless the chair rules
// otherwise.
func (db *DB) MoveFloorAmendment(ctx context.Context, mover member.User, id, itemID int64, text string) (meeting.Item, error) {
	var out meeting.Item
	err := db.meetingStep(ctx, mover, id, "floor_amendment", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		it, ok := m.Item(itemID)
		if !ok {
			return "", charter.Errorf(charter.ENOTFOUND, "Item %d is not on this meeting's agenda.", itemID)
		}
		if err := present(tx, m, mover); err != nil {
			return "", err
		}
		if err := m.CanMoveFloorAmendment(it); err != nil {
			return "", err
		}
		if err := itemTexts(tx, it); err != nil {
			return "", err
		}
		// Stored as every text is, normalised: the same words in other
		// line endings change nothing.
		normalised, err := document.ReadText([]byte(text))
		if err != nil {
			return "", err
		}
		text = string(normalised)
		if strings.TrimSpace(text) == strings.TrimSpace(it.Text) {
			return "", charter.Errorf(charter.EINVALID, "The floor amendment changes nothing in the item.")
		}
		var doc documentRow
		if err := tx.Where("id = ?", m.DocumentID).Take(&doc).Error; err != nil {
			return "", err
		}
		scope, err := meeting.FloorScope(it, document.Scheme(doc.Numbering), text)
		if err != nil {
			return "", err
		}
		position := len(m.Items) + 1
		row := meetingItemRow{MeetingID: m.ID, Position: position, Kind: string(meeting.KindFloor), ParentID: &it.ID, AmendmentID: &it.AmendmentID,
			Question: fmt.Sprintf("Amend item %d as moved from the floor?", it.Position), Text: text, MovedAgainst: it.Text,
			Threshold: ballot.Majority.String(), Base: string(ballot.BaseCast), Status: string(meeting.ItemPending),
			MoverID: &mover.ID, MovedAt: &now, Scope: string(scope.Verdict)}
		if err := tx.Create(&row).Error; err != nil {
			return "", err
		}
		out = row.domain()
		out.Scope, out.MoverName = scope, mover.Name
		return fmt.Sprintf("floor amendment (item %d) to item %d moved by %d; scope: %s", position, it.Position, mover.ID, scope.Verdict), nil
	})
	return out, err
}

// present refuses a member not checked in.
func present(tx *gorm.DB, m *meeting.Meeting, u member.User) error {
	var n int64
	if err := tx.Model(&attendanceRow{}).Where("meeting_id = ? AND user_id = ?", m.ID, u.ID).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return charter.Errorf(charter.EFORBIDDEN, "Check in to the meeting first: only members present move and vote.")
	}
	return nil
}

// RuleOnFloorAmendment records the chair's ruling on whether a floor
// amendment is in order, with the reason, which the minutes keep.
func (db *DB) RuleOnFloorAmendment(ctx context.Context, chair member.User, id, itemID int64, inOrder bool, reason string) error {
	return db.chairStep(ctx, chair, id, "ruling", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		it, ok := m.Item(itemID)
		if !ok || it.Kind != meeting.KindFloor {
			return "", charter.Errorf(charter.ENOTFOUND, "Item %d is not a floor amendment of this meeting.", itemID)
		}
		if it.Status != meeting.ItemPending {
			return "", charter.Errorf(charter.ECONFLICT, "Floor amendment %d is no longer pending.", it.Position)
		}
		reason, err := meeting.ValidateReason(reason)
		if err != nil {
			return "", err
		}
		update := map[string]any{"ruling": string(meeting.RulingInOrder), "ruling_reason": reason}
		words := "in order"
		if !inOrder {
			update["ruling"], update["status"], words = string(meeting.RulingOutOfOrder), string(meeting.ItemRuledOut), "out of order"
		}
		if err := tx.Model(&meetingItemRow{}).Where("id = ?", it.ID).Updates(update).Error; err != nil {
			return "", err
		}
		return fmt.Sprintf("floor amendment %d ruled %s (scope check: %s): %s", it.Position, words, it.Scope.Verdict, reason), nil
	})
}

// OpenVote begins the vote on the item before the meeting, by method. A
// meeting without its quorum decides nothing. The vote is a ballot naming
// the item: its roll the members present, its question the item's words
// as they now stand, frozen and hashed as a ballot's are.
func (db *DB) OpenVote(ctx context.Context, chair member.User, id, itemID int64, method meeting.Method) error {
	if _, err := meeting.ParseMethod(string(method)); err != nil {
		return err
	}
	return db.chairStep(ctx, chair, id, "open_vote", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		it, ok := m.Item(itemID)
		if !ok {
			return "", charter.Errorf(charter.ENOTFOUND, "Item %d is not on this meeting's agenda.", itemID)
		}
		if err := m.CanOpenVote(it); err != nil {
			return "", err
		}
		if !m.QuorumMet() {
			return "", charter.Errorf(charter.ECONFLICT, "The %d members present do not make the quorum of %s: the meeting can decide nothing.", m.Present, m.Quorum)
		}
		ballotID, err := db.meetingBallot(tx, m, it, method, chair, now)
		if err != nil {
			return "", err
		}
		if err := tx.Model(&meetingItemRow{}).Where("id = ?", it.ID).Updates(map[string]any{
			"status": string(meeting.ItemVoting), "method": string(method), "ballot_id": ballotID}).Error; err != nil {
			return "", err
		}
		return fmt.Sprintf("vote on item %d opened (%s), ballot %d, %d present", it.Position, method, ballotID, m.Present), nil
	})
}

// meetingBallot makes the ballot of a vote at a meeting. A secret vote's
// papers are sealed to a new key split among the meeting's tellers, as a
// ballot's are; a count of hands has no key and no papers.
func (db *DB) meetingBallot(tx *gorm.DB, m *meeting.Meeting, it *meeting.Item, method meeting.Method, chair member.User, now time.Time) (int64, error) {
	snap, err := db.itemSnapshot(tx, m, it)
	if err != nil {
		return 0, err
	}
	body, hash, err := snap.Seal()
	if err != nil {
		return 0, err
	}
	row := ballotRow{Title: fmt.Sprintf("%s — item %d", m.Title, it.Position), Status: string(ballot.StatusOpen), NoticeAt: m.NoticeAt,
		OpensAt: now, ClosesAt: now, RollSize: m.RollSize, OfficerID: m.OfficerID, RetainUntil: now.AddDate(1, 0, 0),
		MeetingItemID: &it.ID, Method: string(method)}
	if m.DocumentID != 0 {
		row.DocumentID = &m.DocumentID
	}
	if method.Secret() {
		row.MinBallots = m.MinBallots
		var needed int
		if err := tx.Model(&meetingRow{}).Where("id = ?", m.ID).Pluck("shares_needed", &needed).Error; err != nil {
			return 0, err
		}
		if _, err := createSealed(tx, &row, m.Tellers, needed); err != nil {
			return 0, err
		}
	} else if err := tx.Create(&row).Error; err != nil {
		return 0, err
	}
	kind := ballot.KindReferendum
	if snap.Kind == ballot.KindAmendment {
		kind = ballot.KindAmendment
	}
	q := questionRow{BallotID: row.ID, Kind: string(kind), Question: snap.Question, Snapshot: body, SnapshotSHA256: hash,
		Threshold: it.Rule.Threshold.String(), Base: string(it.Rule.Base), Quorum: ballot.Quorum{}.String()}
	if it.AmendmentID != 0 {
		q.AmendmentID = &it.AmendmentID
	}
	if err := tx.Create(&q).Error; err != nil {
		return 0, err
	}
	var roll []int64
	if err := tx.Table("meeting_attendance").Joins("JOIN users ON users.id = meeting_attendance.user_id").
		Where("meeting_attendance.meeting_id = ? AND users.good_standing = ?", m.ID, true).Order("meeting_attendance.user_id").
		Pluck("meeting_attendance.user_id", &roll).Error; err != nil {
		return 0, err
	}
	rolls := make([]rollRow, len(roll))
	for i, id := range roll {
		rolls[i] = rollRow{BallotID: row.ID, UserID: id}
	}
	if len(rolls) > 0 {
		if err := tx.CreateInBatches(rolls, 500).Error; err != nil {
			return 0, err
		}
	}
	if err := db.record(tx, chair.ID, "ballot.notice", fmt.Sprintf("ballot:%d", row.ID), fmt.Sprintf(
		"vote at meeting %d on item %d (%s): snapshot %s, %d present on the roll, key %s", m.ID, it.Position, method, hash[:12], len(roll), row.PublicKey)); err != nil {
		return 0, err
	}
	return row.ID, db.announce(tx, TopicBallot, row.ID)
}

// itemSnapshot is what the members vote on: an amendment as it now
// stands (as noticed, the same snapshot and hash, unless amended from the
// floor), a floor amendment as a change to its pending item's words, or a
// question in words.
func (db *DB) itemSnapshot(tx *gorm.DB, m *meeting.Meeting, it *meeting.Item) (ballot.Snapshot, error) {
	noticed := it
	if it.Kind == meeting.KindFloor {
		parent, ok := m.Item(it.ParentID)
		if !ok {
			return ballot.Snapshot{}, fmt.Errorf("floor amendment %d has no pending item", it.ID)
		}
		noticed = parent
	}
	if err := itemTexts(tx, it, noticed); err != nil {
		return ballot.Snapshot{}, err
	}
	switch it.Kind {
	case meeting.KindQuestion:
		return ballot.NewSnapshot(ballot.Proposal{Kind: ballot.KindReferendum, Question: it.Question}, m.NoticeAt)
	case meeting.KindMinutes:
		// The minutes' hash as noticed is in the question the members vote on.
		return ballot.NewSnapshot(ballot.Proposal{Kind: ballot.KindReferendum, Question: it.Question + " (SHA-256 " + it.Text + ")"}, m.NoticeAt)
	}
	var snap ballot.Snapshot
	if err := json.Unmarshal([]byte(noticed.Snapshot), &snap); err != nil {
		return snap, fmt.Errorf("snapshot of item %d: %w", noticed.ID, err)
	}
	if it.Kind == meeting.KindAmendment && it.Text == snap.After {
		return snap, nil
	}
	// Before: the text as it stands for this vote; After: as it would read.
	before, question := snap.Before, ""
	if it.Kind == meeting.KindFloor {
		before, question = it.MovedAgainst, it.Question
	} else {
		question = snap.Question + " (as amended at the meeting)"
	}
	var doc documentRow
	if err := tx.Where("id = ?", m.DocumentID).Take(&doc).Error; err != nil {
		return snap, err
	}
	base, err := document.Prepare([]byte(before), document.Scheme(doc.Numbering), nil)
	if err != nil {
		return snap, charter.Internal(err)
	}
	cmp, err := amendment.Compare(base, []byte(it.Text))
	if err != nil {
		return snap, err
	}
	p := ballot.Proposal{Kind: ballot.KindAmendment, Question: question, DocumentSlug: snap.DocumentSlug, DocumentTitle: snap.DocumentTitle,
		AmendmentID: snap.AmendmentID, Revision: snap.Revision, Sponsors: snap.Sponsors, Rationale: snap.Rationale,
		FromVersionID: snap.FromVersionID, Before: before, After: it.Text, Language: snap.Language}
	if it.Kind == meeting.KindFloor {
		p.Sponsors, p.Rationale = []string{it.MoverName}, ""
	}
	for _, c := range cmp.Changes {
		p.Motions = append(p.Motions, c.Description)
	}
	return ballot.NewSnapshot(p, m.NoticeAt)
}

// announceMeetingOf tells a meeting's pages that its vote b moved on
// outside the meeting's own steps (the tellers' count of online papers).
func (db *DB) announceMeetingOf(tx *gorm.DB, b ballot.Ballot) error {
	if !b.AtMeeting {
		return nil
	}
	var meetingID int64
	if err := tx.Table("meeting_items").Joins("JOIN ballots ON ballots.meeting_item_id = meeting_items.id").
		Where("ballots.id = ?", b.ID).Pluck("meeting_items.meeting_id", &meetingID).Error; err != nil {
		return err
	}
	return db.announce(tx, TopicMeeting, meetingID)
}

// IssuePaper records that a teller handed a paper ballot to a member
// present: the member's line on the vote's roll is marked, so they can no
// longer vote online, and one who voted online is given no paper.
func (db *DB) IssuePaper(ctx context.Context, teller member.User, id, userID int64) error {
	return db.meetingStep(ctx, teller, id, "paper", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		if !m.CanTell(&teller) {
			return "", charter.Errorf(charter.EFORBIDDEN, "Only the meeting's tellers hand out paper ballots.")
		}
		cur, err := openVote(tx, m)
		if err != nil {
			return "", err
		}
		if cur == nil || !cur.Method.Secret() {
			return "", charter.Errorf(charter.ECONFLICT, "No secret vote is being taken: there is no paper ballot to hand out.")
		}
		res := tx.Model(&rollRow{}).Where("ballot_id = ? AND user_id = ? AND voted = ?", cur.BallotID, userID, false).Update("voted", true)
		if res.Error != nil {
			return "", res.Error
		}
		if res.RowsAffected != 1 {
			var on int64
			if err := tx.Model(&rollRow{}).Where("ballot_id = ? AND user_id = ?", cur.BallotID, userID).Count(&on).Error; err != nil {
				return "", err
			}
			if on == 0 {
				return "", charter.Errorf(charter.ECONFLICT, "This member is not checked in: check them in first.")
			}
			return "", charter.Errorf(charter.ECONFLICT, "This member has voted already, online or on paper: one member, one ballot.")
		}
		if err := tx.Model(&ballotRow{}).Where("id = ?", cur.BallotID).Update("papers_issued", gorm.Expr("papers_issued + 1")).Error; err != nil {
			return "", err
		}
		// The audit names the teller and the vote, never the member: the
		// roll already says who voted, and a time beside a name would
		// sort the papers.
		return fmt.Sprintf("a paper ballot handed out for item %d", cur.Position), nil
	})
}

// CloseVote ends the vote before the meeting: no more papers online or
// handed out. A secret vote's roll is rewritten in key order, as a
// ballot's is at its close.
func (db *DB) CloseVote(ctx context.Context, chair member.User, id int64) error {
	return db.chairStep(ctx, chair, id, "close_vote", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		cur, b, err := voteTaken(tx, m)
		if err != nil {
			return "", err
		}
		if err := b.CanClose(now); err != nil {
			return "", err
		}
		if err := tx.Model(&ballotRow{}).Where("id = ? AND status = ?", b.ID, string(ballot.StatusOpen)).
			Updates(map[string]any{"status": string(ballot.StatusClosed), "closed_at": now}).Error; err != nil {
			return "", err
		}
		if err := rewriteInKeyOrder(tx, db.Dialect, b.ID); err != nil {
			return "", err
		}
		if err := db.announce(tx, TopicBallot, b.ID); err != nil {
			return "", err
		}
		return fmt.Sprintf("vote on item %d closed: %d online papers, %d paper ballots handed out", cur.Position, b.Turnout, b.PapersIssued), nil
	})
}

// EnterCount records the tellers' count of a closed vote: the hands or
// those standing, or the paper ballots from the box, which are counted
// beside the online papers. It is entered once; a count of hands larger
// than the members present, or of papers larger than those handed out,
// is refused.
func (db *DB) EnterCount(ctx context.Context, teller member.User, id int64, count meeting.HandCount) error {
	return db.meetingStep(ctx, teller, id, "count", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		if !m.CanTell(&teller) {
			return "", charter.Errorf(charter.EFORBIDDEN, "Only the meeting's tellers enter a count.")
		}
		cur, b, err := voteTaken(tx, m)
		if err != nil {
			return "", err
		}
		if b.Status == ballot.StatusOpen {
			return "", charter.Errorf(charter.ECONFLICT, "The vote is still open: the chair closes it before the tellers count.")
		}
		if len(b.Pool) > 0 && b.Pool[0] != nil {
			return "", charter.Errorf(charter.ECONFLICT, "The tellers' count of this vote was entered already.")
		}
		if cur.Method.Secret() {
			if b.PapersIssued > 0 && b.PapersIssued < b.MinBallots {
				return "", charter.Errorf(charter.ECONFLICT, "Only %d paper ballots were handed out, fewer than the %d below which a count could show how someone voted: the chair sets the vote aside.", b.PapersIssued, b.MinBallots)
			}
			if err := meeting.CheckPaperCount(count, b.PapersIssued); err != nil {
				return "", err
			}
		} else {
			var roll int64
			if err := tx.Model(&rollRow{}).Where("ballot_id = ?", b.ID).Count(&roll).Error; err != nil {
				return "", err
			}
			if err := count.Check(int(roll)); err != nil {
				return "", err
			}
		}
		if err := tx.Create(&poolCountRow{BallotID: b.ID, QuestionID: b.Questions[0].ID, Yes: count.Yes, No: count.No, Abstain: count.Abstain,
			TellerID: teller.ID, EnteredAt: now}).Error; err != nil {
			return "", err
		}
		// Nothing is sealed in a count of hands, nor in a secret vote in
		// which no one voted online: the count is complete.
		if !cur.Method.Secret() || b.Turnout == 0 {
			if err := tx.Model(&ballotRow{}).Where("id = ?", b.ID).Updates(map[string]any{"status": string(ballot.StatusCounted), "counted_at": now}).Error; err != nil {
				return "", err
			}
		}
		if err := db.announce(tx, TopicBallot, b.ID); err != nil {
			return "", err
		}
		return fmt.Sprintf("count of item %d entered: %d yes, %d no, %d abstentions", cur.Position, count.Yes, count.No, count.Abstain), nil
	})
}

// DeclareResult declares the result of the vote before the meeting, once
// counted: an adopted floor amendment becomes its pending item's words;
// an adopted amendment is applied to the text in force as a ballot's is,
// its provenance naming the vote.
func (db *DB) DeclareResult(ctx context.Context, chair member.User, id int64) (Results, error) {
	var out Results
	err := db.chairStep(ctx, chair, id, "declare", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		cur, ok := m.Current()
		if !ok || cur.Status != meeting.ItemVoting {
			return "", charter.Errorf(charter.ECONFLICT, "No vote is waiting for its result.")
		}
		if err := lockBallot(tx, cur.BallotID); err != nil {
			return "", err
		}
		res, err := countBallot(tx, cur.BallotID)
		if err != nil {
			return "", err
		}
		b := res.Ballot
		if b.Status != ballot.StatusCounted {
			return "", charter.Errorf(charter.ECONFLICT, "The vote has not been counted yet.")
		}
		if b.PapersIssued > 0 && (len(b.Pool) == 0 || b.Pool[0] == nil) {
			return "", charter.Errorf(charter.ECONFLICT, "Paper ballots were handed out: the tellers enter their count first.")
		}
		if err := checkPublishedPapers(tx, b.ID); err != nil {
			return "", err
		}
		r := res.Results[0]
		update := map[string]any{"adopted": r.Adopted}
		// A secondary amendment adopted changes its primary's words, which
		// the text in force takes only if the primary is adopted.
		if r.Adopted && cur.Kind == meeting.KindAmendment && cur.ParentID == 0 {
			v, err := db.adopt(tx, b, b.Questions[0], chair.ID)
			if err != nil {
				return "", err
			}
			update["adopted_version_id"] = v.ID
		}
		if err := tx.Model(&questionRow{}).Where("id = ?", b.Questions[0].ID).Updates(update).Error; err != nil {
			return "", err
		}
		if err := tx.Model(&ballotRow{}).Where("id = ?", b.ID).Updates(map[string]any{
			"status": string(ballot.StatusCertified), "certified_at": now, "certified_by": chair.ID}).Error; err != nil {
			return "", err
		}
		switch cur.Kind {
		case meeting.KindFloor:
			if r.Adopted {
				if err := adoptWords(tx, cur); err != nil {
					return "", err
				}
			}
		case meeting.KindAmendment:
			if err := db.settleAmendment(tx, m, cur, r.Adopted, now); err != nil {
				return "", err
			}
		case meeting.KindMinutes:
			if r.Adopted {
				if err := tx.Model(&meetingRow{}).Where("id = ? AND minutes_item IS NULL", cur.MinutesOf).Update("minutes_item", cur.ID).Error; err != nil {
					return "", err
				}
			}
		}
		if err := tx.Model(&meetingItemRow{}).Where("id = ?", cur.ID).Updates(map[string]any{"status": string(meeting.ItemDecided), "adopted": r.Adopted}).Error; err != nil {
			return "", err
		}
		// The pending item comes back before the meeting once its floor
		// amendment is decided.
		var next any
		if cur.ParentID != 0 {
			next = cur.ParentID
		}
		if err := tx.Model(&meetingRow{}).Where("id = ?", m.ID).Update("current_item", next).Error; err != nil {
			return "", err
		}
		if err := db.announce(tx, TopicBallot, b.ID); err != nil {
			return "", err
		}
		if m.DocumentID != 0 {
			if err := db.announce(tx, TopicAmendments, m.DocumentID); err != nil {
				return "", err
			}
		}
		res.Ballot.Status = ballot.StatusCertified
		out = res
		var words []string
		for _, w := range r.Arithmetic {
			words = append(words, w.String())
		}
		return fmt.Sprintf("item %d: %s", cur.Position, strings.Join(words, "; ")), nil
	})
	return out, err
}

// VoidVote ends a closed secret vote whose online papers, or paper
// ballots, are too few to be counted without showing how someone voted
// (ballot.TooFewToCount): the online papers stay sealed for good, as a
// ballot's under its minimum do, the paper ballots are never entered, and
// the item comes back before the meeting, to be voted on again.
func (db *DB) VoidVote(ctx context.Context, chair member.User, id int64) error {
	return db.chairStep(ctx, chair, id, "void_vote", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		cur, b, err := voteTaken(tx, m)
		if err != nil {
			return "", err
		}
		if !b.TooFewToCount() {
			return "", charter.Errorf(charter.ECONFLICT, "Only a closed vote whose online papers are too few to count is set aside.")
		}
		if err := tx.Model(&meetingItemRow{}).Where("id = ?", cur.ID).Updates(map[string]any{
			"status": string(meeting.ItemDebate), "method": "", "ballot_id": nil}).Error; err != nil {
			return "", err
		}
		return fmt.Sprintf("vote on item %d (ballot %d) set aside: %d online papers and %d paper ballots, one of them fewer than the %d needed to count them; the online papers stay sealed",
			cur.Position, b.ID, b.Turnout, b.PapersIssued, b.MinBallots), nil
	})
}

// settleAmendment records an amendment's fate at the meeting. A secondary
// amendment on the agenda, adopted, becomes its primary's words, as a
// floor amendment does.
func (db *DB) settleAmendment(tx *gorm.DB, m *meeting.Meeting, it *meeting.Item, adopted bool, now time.Time) error {
	status := amendment.StatusRejected
	if adopted {
		status = amendment.StatusAdopted
	}
	if err := tx.Model(&amendmentRow{}).Where("id = ?", it.AmendmentID).Updates(map[string]any{"status": string(status), "updated_at": now}).Error; err != nil {
		return err
	}
	if adopted && it.ParentID != 0 {
		return adoptWords(tx, it)
	}
	return nil
}

// adoptWords makes an adopted amendment's words, a floor amendment's or a
// secondary's, the words of the item it amends.
func adoptWords(tx *gorm.DB, it *meeting.Item) error {
	if err := itemTexts(tx, it); err != nil {
		return err
	}
	return tx.Model(&meetingItemRow{}).Where("id = ?", it.ParentID).Updates(map[string]any{"text": it.Text, "text_sha256": it.TextSHA256}).Error
}

// Adjourn ends the meeting, or one that never came to order. A vote
// still being taken must be finished. The amendments not decided go back
// to the members' list, to be noticed again.
func (db *DB) Adjourn(ctx context.Context, chair member.User, id int64) error {
	return db.chairStep(ctx, chair, id, "adjourn", func(tx *gorm.DB, m *meeting.Meeting, now time.Time) (string, error) {
		if err := m.CanAdjourn(now); err != nil {
			return "", err
		}
		if cur, ok := m.Current(); ok && cur.Status == meeting.ItemVoting {
			return "", charter.Errorf(charter.ECONFLICT, "A vote is being taken on item %d; declare its result first.", cur.Position)
		}
		if err := tx.Model(&meetingRow{}).Where("id = ?", m.ID).Updates(map[string]any{
			"status": string(meeting.StatusAdjourned), "adjourned_at": now, "current_item": nil}).Error; err != nil {
			return "", err
		}
		var undecided []string
		for _, it := range m.Items {
			if it.Status == meeting.ItemPending || it.Status == meeting.ItemDebate {
				undecided = append(undecided, fmt.Sprint(it.Position))
			}
		}
		if slices.ContainsFunc(m.Items, func(it meeting.Item) bool {
			return it.Kind == meeting.KindAmendment && it.Status != meeting.ItemDecided
		}) {
			// Amendments not reached go back to the members' list.
			for _, it := range m.Items {
				if it.Kind == meeting.KindAmendment && it.Status != meeting.ItemDecided {
					if err := tx.Model(&amendmentRow{}).Where("id = ? AND status = ?", it.AmendmentID, string(amendment.StatusNoticed)).
						Updates(map[string]any{"status": string(amendment.StatusSeconded), "updated_at": now}).Error; err != nil {
						return "", err
					}
				}
			}
		}
		return fmt.Sprintf("adjourned; items not decided: %s", strings.Join(undecided, ", ")), nil
	})
}
