package page

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"html/template"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/compare"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Meetings are the pages of membership meetings: the list and the
// officer's notice; the member's page with check-in, the agenda and floor
// amendments; the tellers' door; the chair's screen; the projector.
type Meetings struct {
	site        *site.Site
	db          MeetingStore
	comparisons *compare.Cache // floor amendments checked against the notice
	// An item's redline and motions, by the hash of the texts compared
	// and the reader's language: texts never change under their hash.
	redlines *render.Bounded[itemRedline]
}

// MeetingStore is what the meeting pages read and write. Every step of a
// meeting answers EFORBIDDEN to one who may not take it (meeting.CanChair,
// CanTell, CanAttend), ENOTFOUND for a meeting or item that is not there,
// ECONFLICT out of turn and EINVALID for bad input.
type MeetingStore interface {
	// Meetings lists every meeting, the latest first, without agendas.
	Meetings(ctx context.Context) ([]meeting.Meeting, error)
	// Meeting reads a meeting with its agenda: ENOTFOUND.
	Meeting(ctx context.Context, id int64) (meeting.Meeting, error)
	// ScheduleMeeting gives notice of a meeting: EFORBIDDEN, ENOTFOUND,
	// EINVALID, ECONFLICT.
	ScheduleMeeting(ctx context.Context, officer member.User, in store.NewMeeting) (meeting.Meeting, error)
	// NoticeChoices reads, by document, the amendments notice may name.
	NoticeChoices(ctx context.Context) ([]store.NoticeChoice, error)
	// Tellers lists the members who hold the teller role and their keys.
	Tellers(ctx context.Context) ([]store.Teller, error)
	// Users lists every account: who may chair.
	Users(ctx context.Context) ([]member.User, error)
	// DocumentByID finds a document by its id: ENOTFOUND.
	DocumentByID(ctx context.Context, id int64) (document.Document, error)
	CheckIn(ctx context.Context, actor member.User, id, userID int64) error
	// CheckedIn tells whether u is present.
	CheckedIn(ctx context.Context, u member.User, id int64) (bool, error)
	// Attendance lists who is present, by name: EFORBIDDEN
	// (meeting.CanSeeAttendance).
	Attendance(ctx context.Context, viewer member.User, id int64) ([]store.Attendee, error)
	// FindAtDoor finds members by name or number for a teller.
	FindAtDoor(ctx context.Context, teller member.User, id int64, query string) ([]store.DoorEntry, error)
	CallToOrder(ctx context.Context, chair member.User, id int64) error
	TakeUp(ctx context.Context, chair member.User, id, itemID int64) error
	MoveFloorAmendment(ctx context.Context, mover member.User, id, itemID int64, text string) (meeting.Item, error)
	RuleOnFloorAmendment(ctx context.Context, chair member.User, id, itemID int64, inOrder bool, reason string) error
	OpenVote(ctx context.Context, chair member.User, id, itemID int64, method meeting.Method) error
	IssuePaper(ctx context.Context, teller member.User, id, userID int64) error
	CloseVote(ctx context.Context, chair member.User, id int64) error
	VoidVote(ctx context.Context, chair member.User, id int64) error
	EnterCount(ctx context.Context, teller member.User, id int64, count meeting.HandCount) error
	DeclareResult(ctx context.Context, chair member.User, id int64) (store.Results, error)
	Adjourn(ctx context.Context, chair member.User, id int64) error
	// Ballot reads the ballot of a vote: ENOTFOUND.
	Ballot(ctx context.Context, id int64) (ballot.Ballot, error)
	// BallotResults counts a decided vote: ECONFLICT before its count.
	BallotResults(ctx context.Context, id int64) (store.Results, error)
	// Now is the store's clock, which check-in is judged by.
	Now() time.Time
}

// itemRedline is an item's change to the text, rendered.
type itemRedline struct {
	HTML    template.HTML
	Motions []string
}

// read reads the meeting the route names, with what every meeting page
// shows of it: the quorum, and each item with its change to the text and,
// once decided, its result.
func (h *Meetings) read(c *gin.Context) (view.MeetingPage, error) {
	id, err := site.MeetingID(c)
	if err != nil {
		return view.MeetingPage{}, err
	}
	ctx := c.Request.Context()
	m, err := h.db.Meeting(ctx, id)
	if err != nil {
		return view.MeetingPage{}, err
	}
	p := view.MeetingPage{M: m, QuorumMet: m.QuorumMet(), Methods: meeting.Methods}
	var scheme document.Scheme
	if m.DocumentID != 0 {
		doc, err := h.db.DocumentByID(ctx, m.DocumentID)
		if err != nil {
			return p, err
		}
		scheme = doc.Numbering
	}
	l := h.site.Localizer(c)
	p.Items = make([]view.AgendaItem, len(m.Items))
	for i := range m.Items {
		it := &m.Items[i]
		v := view.AgendaItem{Item: *it, Current: it.ID == m.CurrentItem}
		if before, ok := itemBefore(it); ok && scheme != "" {
			r, err := h.redline(before, it.Text, scheme, l.Tag(), RedlineLabels(l))
			if err != nil {
				return p, err
			}
			v.Redline, v.Motions = r.HTML, r.Motions
		}
		if parent, ok := m.Item(it.ParentID); ok && it.Kind == meeting.KindFloor && scheme != "" {
			scope, err := h.comparisons.Scope(parent, scheme, it.Text)
			if err != nil {
				return p, err
			}
			for _, f := range scope.Findings {
				v.Findings = append(v.Findings, view.Finding{Verdict: string(f.Verdict), Number: f.Number, Reason: f.Reason.Translate(l.ErrorFormat)})
			}
		}
		if it.Status == meeting.ItemDecided && it.BallotID != 0 {
			res, err := h.db.BallotResults(ctx, it.BallotID)
			if err != nil {
				return p, err
			}
			if rs := resultViews(res, l); len(rs) > 0 {
				v.Result = &rs[0]
			}
		}
		p.Items[i] = v
	}
	for i := range p.Items {
		if p.Items[i].Current {
			p.Current = &p.Items[i]
		}
	}
	if p.Current != nil && p.Current.Status == meeting.ItemVoting && p.Current.BallotID != 0 {
		b, err := h.db.Ballot(ctx, p.Current.BallotID)
		if err != nil {
			return p, err
		}
		p.Vote = &b
		p.TooFewToCount = b.TooFewToCount()
	}
	return p, nil
}

// itemBefore is the text an item changes: the noticed text for an
// amendment, its item's words as they were when moved for a floor
// amendment.
func itemBefore(it *meeting.Item) (string, bool) {
	switch it.Kind {
	case meeting.KindFloor:
		return it.MovedAgainst, it.MovedAgainst != ""
	case meeting.KindAmendment:
		var snap ballot.Snapshot
		if json.Unmarshal([]byte(it.Snapshot), &snap) != nil || snap.Before == "" {
			return "", false
		}
		return snap.Before, true
	}
	return "", false
}

// redline renders the change from before to after, kept by their hash.
func (h *Meetings) redline(before, after string, scheme document.Scheme, lang string, labels render.Labels) (itemRedline, error) {
	sum := sha256.Sum256([]byte(before + "\x00" + after))
	return h.redlines.Get(hex.EncodeToString(sum[:])+"/"+string(scheme)+"/"+lang, func() (itemRedline, error) {
		base, err := document.Prepare([]byte(before), scheme, nil)
		if err != nil {
			return itemRedline{}, charter.Internal(err)
		}
		cmp, err := amendment.Compare(base, []byte(after))
		if err != nil {
			return itemRedline{}, charter.Internal(err)
		}
		_, html, err := render.Redline(cmp, "html", labels)
		if err != nil {
			return itemRedline{}, charter.Internal(err)
		}
		r := itemRedline{HTML: template.HTML(html)} // rendered by render.Redline
		for _, ch := range cmp.Changes {
			r.Motions = append(r.Motions, ch.Description)
		}
		return r, nil
	})
}
