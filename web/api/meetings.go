package api

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/compare"
	"github.com/charter-org/charter/web/site"
)

// Meetings are the routes of membership meetings: notice, attendance, the
// chair's steps, floor amendments, the tellers' counts and the minutes.
// Votes cast on phones go to the ballot's own route.
type Meetings struct {
	site        *site.Site
	db          MeetingStore
	comparisons *compare.Cache // floor amendments checked against the notice
}

// MeetingStore is what the meeting routes read and write. Every step
// answers ENOTFOUND for a meeting or item that is not there, EFORBIDDEN
// for a caller whose office does not allow it, ECONFLICT for a step out of
// order, EINVALID for bad input; a refused step stores nothing.
type MeetingStore interface {
	Meetings(ctx context.Context) ([]meeting.Meeting, error)
	Meeting(ctx context.Context, id int64) (meeting.Meeting, error)
	ScheduleMeeting(ctx context.Context, officer member.User, in store.NewMeeting) (meeting.Meeting, error)
	CheckIn(ctx context.Context, actor member.User, id, userID int64) error
	CheckedIn(ctx context.Context, u member.User, id int64) (bool, error)
	Attendance(ctx context.Context, viewer member.User, id int64) ([]store.Attendee, error)
	CallToOrder(ctx context.Context, chair member.User, id int64) error
	TakeUp(ctx context.Context, chair member.User, id, itemID int64) error
	MoveFloorAmendment(ctx context.Context, mover member.User, id, itemID int64, text string) (meeting.Item, error)
	RuleOnFloorAmendment(ctx context.Context, chair member.User, id, itemID int64, inOrder bool, reason string) error
	OpenVote(ctx context.Context, chair member.User, id, itemID int64, method meeting.Method) error
	IssuePaper(ctx context.Context, teller member.User, id, userID int64) error
	CloseVote(ctx context.Context, chair member.User, id int64) error
	EnterCount(ctx context.Context, teller member.User, id int64, count meeting.HandCount) error
	DeclareResult(ctx context.Context, chair member.User, id int64) (store.Results, error)
	VoidVote(ctx context.Context, chair member.User, id int64) error
	Adjourn(ctx context.Context, chair member.User, id int64) error
	// DocumentByID finds the document a meeting amends: ENOTFOUND.
	DocumentByID(ctx context.Context, id int64) (document.Document, error)
	// MeetingItemTexts reads the texts of a meeting's items, which
	// Meeting reads without: ENOTFOUND.
	MeetingItemTexts(ctx context.Context, items ...*meeting.Item) error
}

type apiMeeting struct {
	ID          int64            `json:"id"`
	Document    string           `json:"document,omitempty"`
	Title       string           `json:"title"`
	Mode        string           `json:"mode"`
	Place       string           `json:"place"`
	StartsAt    time.Time        `json:"starts_at"`
	NoticeAt    time.Time        `json:"notice_at"`
	Status      string           `json:"status"`
	Chair       string           `json:"chair"`
	Present     int              `json:"present"`
	Roll        int              `json:"members_in_good_standing"`
	Quorum      string           `json:"quorum"`
	QuorumMet   bool             `json:"quorum_met"`
	CurrentItem int64            `json:"current_item,omitempty"`
	CheckedIn   *bool            `json:"checked_in,omitempty"`
	Items       []apiMeetingItem `json:"items,omitempty"`
}

type apiMeetingItem struct {
	ID             int64     `json:"id"`
	Position       int       `json:"position"`
	Kind           string    `json:"kind"`
	ParentID       int64     `json:"amends_item,omitempty"`
	AmendmentID    int64     `json:"amendment_id,omitempty"`
	MinutesOf      int64     `json:"minutes_of,omitempty"`
	Question       string    `json:"question"`
	SnapshotSHA256 string    `json:"snapshot_sha256,omitempty"`
	Text           string    `json:"text,omitempty"` // a floor amendment's whole text as it would make the item read
	Status         string    `json:"status"`
	Mover          string    `json:"mover,omitempty"`
	Scope          *apiScope `json:"scope,omitempty"`
	Ruling         string    `json:"ruling,omitempty"`
	RulingReason   string    `json:"ruling_reason,omitempty"`
	Method         string    `json:"method,omitempty"`
	BallotID       int64     `json:"ballot_id,omitempty"`
	Adopted        *bool     `json:"adopted,omitempty"`
}

// apiScope is the check of a floor amendment against its item's notice,
// in the caller's language.
type apiScope struct {
	Verdict  string            `json:"verdict"`
	Findings []apiScopeFinding `json:"findings"`
}

type apiScopeFinding struct {
	Verdict string `json:"verdict"`
	Section string `json:"section"`
	Reason  string `json:"reason"`
}

// List lists the meetings, the latest first.
func (h *Meetings) List(c *gin.Context) error {
	ms, err := h.db.Meetings(c.Request.Context())
	if err != nil {
		return err
	}
	out := make([]apiMeeting, 0, len(ms))
	for i := range ms {
		out = append(out, h.toAPI(c, &ms[i]))
	}
	c.JSON(http.StatusOK, gin.H{"meetings": out})
	return nil
}

// Get reads a meeting with its agenda and whether the caller is checked in.
func (h *Meetings) Get(c *gin.Context) error { return h.answer(c, http.StatusOK) }

// Schedule gives notice of a meeting.
func (h *Meetings) Schedule(c *gin.Context) error {
	var in struct {
		Document     string    `json:"document"`
		Title        string    `json:"title"`
		Mode         string    `json:"mode"`
		Place        string    `json:"place"`
		StartsAt     time.Time `json:"starts_at"`
		ChairID      int64     `json:"chair_id"`
		Tellers      []int64   `json:"tellers"`
		SharesNeeded int       `json:"shares_needed"`
		MinBallots   int       `json:"min_ballots"`
		Items        []struct {
			Kind        string `json:"kind"`
			AmendmentID int64  `json:"amendment_id"`
			Question    string `json:"question"`
			MinutesOf   int64  `json:"minutes_of"`
		} `json:"items"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	mode, err := meeting.ParseMode(in.Mode)
	if err != nil {
		return err
	}
	nm := store.NewMeeting{DocumentSlug: in.Document, Title: in.Title, Mode: mode, Place: in.Place, StartsAt: in.StartsAt,
		ChairID: in.ChairID, Tellers: in.Tellers, SharesNeeded: in.SharesNeeded, MinBallots: in.MinBallots}
	for _, it := range in.Items {
		nm.Items = append(nm.Items, store.NewItem{Kind: meeting.Kind(it.Kind), AmendmentID: it.AmendmentID, Question: it.Question, MinutesOf: it.MinutesOf})
	}
	m, err := h.db.ScheduleMeeting(c.Request.Context(), *site.User(c), nm)
	if err != nil {
		return err
	}
	c.Params = append(c.Params, gin.Param{Key: "id", Value: strconv.FormatInt(m.ID, 10)})
	return h.answer(c, http.StatusCreated)
}

// CheckIn checks the caller in, or, for a teller, the member user_id.
func (h *Meetings) CheckIn(c *gin.Context) error {
	var in struct {
		UserID int64 `json:"user_id"`
	}
	if c.Request.ContentLength != 0 {
		if err := readJSON(c, &in); err != nil {
			return err
		}
	}
	u := site.User(c)
	if in.UserID == 0 {
		in.UserID = u.ID
	}
	return h.step(c, func(ctx context.Context, id int64) error { return h.db.CheckIn(ctx, *u, id, in.UserID) })
}

// Attendance lists who is present, for those who run the meeting and the
// observers.
func (h *Meetings) Attendance(c *gin.Context) error {
	id, err := site.MeetingID(c)
	if err != nil {
		return err
	}
	list, err := h.db.Attendance(c.Request.Context(), *site.User(c), id)
	if err != nil {
		return err
	}
	type attendee struct {
		ID          int64     `json:"user_id"`
		Name        string    `json:"name"`
		AtDoor      bool      `json:"at_door"`
		CheckedInAt time.Time `json:"checked_in_at"`
	}
	out := make([]attendee, len(list))
	for i, a := range list {
		out[i] = attendee{a.UserID, a.Name, a.AtDoor, a.CheckedInAt}
	}
	c.JSON(http.StatusOK, gin.H{"attendance": out})
	return nil
}

// CallToOrder, TakeUp, OpenVote, CloseVote, Adjourn: the chair's steps.
func (h *Meetings) CallToOrder(c *gin.Context) error {
	return h.step(c, func(ctx context.Context, id int64) error { return h.db.CallToOrder(ctx, *site.User(c), id) })
}

func (h *Meetings) TakeUp(c *gin.Context) error {
	var in struct {
		Item int64 `json:"item"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	return h.step(c, func(ctx context.Context, id int64) error { return h.db.TakeUp(ctx, *site.User(c), id, in.Item) })
}

func (h *Meetings) OpenVote(c *gin.Context) error {
	var in struct {
		Item   int64  `json:"item"`
		Method string `json:"method"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	return h.step(c, func(ctx context.Context, id int64) error {
		return h.db.OpenVote(ctx, *site.User(c), id, in.Item, meeting.Method(in.Method))
	})
}

func (h *Meetings) CloseVote(c *gin.Context) error {
	return h.step(c, func(ctx context.Context, id int64) error { return h.db.CloseVote(ctx, *site.User(c), id) })
}

// VoidVote sets aside a closed secret vote too small to count.
func (h *Meetings) VoidVote(c *gin.Context) error {
	return h.step(c, func(ctx context.Context, id int64) error { return h.db.VoidVote(ctx, *site.User(c), id) })
}

func (h *Meetings) Adjourn(c *gin.Context) error {
	return h.step(c, func(ctx context.Context, id int64) error { return h.db.Adjourn(ctx, *site.User(c), id) })
}

// Declare declares the result of the vote before the meeting; the answer
// is the meeting, whose item then carries the result's ballot.
func (h *Meetings) Declare(c *gin.Context) error {
	return h.step(c, func(ctx context.Context, id int64) error {
		_, err := h.db.DeclareResult(ctx, *site.User(c), id)
		return err
	})
}

// MoveFloorAmendment moves a floor amendment to an item: {"text"} is the
// whole text as the amendment would make the item read.
func (h *Meetings) MoveFloorAmendment(c *gin.Context) error {
	item, err := meetingItemID(c)
	if err != nil {
		return err
	}
	var in struct {
		Text string `json:"text"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	return h.stepAnswering(c, http.StatusCreated, func(ctx context.Context, id int64) error {
		_, err := h.db.MoveFloorAmendment(ctx, *site.User(c), id, item, in.Text)
		return err
	})
}

// Rule records the chair's ruling on a floor amendment.
func (h *Meetings) Rule(c *gin.Context) error {
	item, err := meetingItemID(c)
	if err != nil {
		return err
	}
	var in struct {
		InOrder bool   `json:"in_order"`
		Reason  string `json:"reason"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	return h.step(c, func(ctx context.Context, id int64) error {
		return h.db.RuleOnFloorAmendment(ctx, *site.User(c), id, item, in.InOrder, in.Reason)
	})
}

// Paper records a paper ballot handed to a member present.
func (h *Meetings) Paper(c *gin.Context) error {
	var in struct {
		UserID int64 `json:"user_id"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	return h.step(c, func(ctx context.Context, id int64) error { return h.db.IssuePaper(ctx, *site.User(c), id, in.UserID) })
}

// Count enters the tellers' count of the closed vote.
func (h *Meetings) Count(c *gin.Context) error {
	var in struct {
		Yes     int `json:"yes"`
		No      int `json:"no"`
		Abstain int `json:"abstain"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	return h.step(c, func(ctx context.Context, id int64) error {
		return h.db.EnterCount(ctx, *site.User(c), id, meeting.HandCount{Yes: in.Yes, No: in.No, Abstain: in.Abstain})
	})
}

// step runs one step on the meeting the route names and answers with the
// meeting as it then stands.
func (h *Meetings) step(c *gin.Context, do func(ctx context.Context, id int64) error) error {
	return h.stepAnswering(c, http.StatusOK, do)
}

func (h *Meetings) stepAnswering(c *gin.Context, status int, do func(ctx context.Context, id int64) error) error {
	id, err := site.MeetingID(c)
	if err != nil {
		return err
	}
	if err := do(c.Request.Context(), id); err != nil {
		return err
	}
	return h.answer(c, status)
}

// answer writes the meeting the route names as the caller reads it.
func (h *Meetings) answer(c *gin.Context, status int) error {
	id, err := site.MeetingID(c)
	if err != nil {
		return err
	}
	m, err := h.db.Meeting(c.Request.Context(), id)
	if err != nil {
		return err
	}
	in, err := h.db.CheckedIn(c.Request.Context(), *site.User(c), id)
	if err != nil {
		return err
	}
	out := h.toAPI(c, &m)
	out.CheckedIn = &in
	l := h.site.Localizer(c)
	var doc document.Document // the document the floor amendments change
	// A floor amendment's words are in the answer; the items' other texts
	// are not.
	var floor []*meeting.Item
	for i := range m.Items {
		if m.Items[i].Kind == meeting.KindFloor {
			floor = append(floor, &m.Items[i])
		}
	}
	if len(floor) > 0 {
		if err := h.db.MeetingItemTexts(c.Request.Context(), floor...); err != nil {
			return err
		}
	}
	for _, it := range m.Items {
		ai := apiMeetingItem{ID: it.ID, Position: it.Position, Kind: string(it.Kind), ParentID: it.ParentID, AmendmentID: it.AmendmentID,
			MinutesOf: it.MinutesOf, Question: it.Question, SnapshotSHA256: it.SnapshotSHA256, Status: string(it.Status), Mover: it.MoverName,
			Ruling: string(it.Ruling), RulingReason: it.RulingReason, Method: string(it.Method), BallotID: it.BallotID, Adopted: it.Adopted}
		if parent, ok := m.Item(it.ParentID); ok && it.Kind == meeting.KindFloor {
			if doc.ID == 0 { // read once, for the first floor amendment
				if doc, err = h.db.DocumentByID(c.Request.Context(), m.DocumentID); err != nil {
					return err
				}
			}
			scope, err := h.comparisons.Scope(c.Request.Context(), parent, &it, doc.Numbering)
			if err != nil {
				return err
			}
			ai.Text = it.Text
			ai.Scope = &apiScope{Verdict: string(it.Scope.Verdict), Findings: []apiScopeFinding{}}
			for _, f := range scope.Findings {
				ai.Scope.Findings = append(ai.Scope.Findings, apiScopeFinding{Verdict: string(f.Verdict), Section: f.Number, Reason: f.Reason.Translate(l.ErrorFormat)})
			}
		}
		out.Items = append(out.Items, ai)
	}
	c.JSON(status, out)
	return nil
}

func (h *Meetings) toAPI(c *gin.Context, m *meeting.Meeting) apiMeeting {
	return apiMeeting{ID: m.ID, Document: m.DocumentSlug, Title: m.Title, Mode: string(m.Mode), Place: m.Place, StartsAt: m.StartsAt,
		NoticeAt: m.NoticeAt, Status: string(m.Status), Chair: m.ChairName, Present: m.Present, Roll: m.RollSize,
		Quorum: m.Quorum.String(), QuorumMet: m.QuorumMet(), CurrentItem: m.CurrentItem}
}

// meetingItemID reads the item the route names (:item).
func meetingItemID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("item"), 10, 64)
	if err != nil {
		return 0, charter.Errorf(charter.ENOTFOUND, "There is no item %q.", charter.Clip(c.Param("item"), 40))
	}
	return id, nil
}
