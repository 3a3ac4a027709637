package page

import (
	"context"
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
	// An item's redline and motions, by the hashes of the texts compared
	// and the reader's language: texts never change under their hash, and
	// are read only on a miss.
	redlines *render.Bounded[itemRedline]
	// The clauses of an item's words amendable from the floor, by their
	// hash: a 250 KB text's are about as large.
	clauses *render.Bounded[[]view.FloorClause]
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
	// MeetingItemTexts reads the texts of a meeting's items, which
	// Meeting reads without: ENOTFOUND.
	MeetingItemTexts(ctx context.Context, items ...*meeting.Item) error
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
		if changes(it) && scheme != "" {
			r, err := h.redline(ctx, it, scheme, l.Tag(), RedlineLabels(l))
			if err != nil {
				return p, err
			}
			v.Redline, v.Motions = r.HTML, r.Motions
		}
		if parent, ok := m.Item(it.ParentID); ok && it.Kind == meeting.KindFloor && scheme != "" {
			scope, err := h.comparisons.Scope(ctx, parent, it, scheme)
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

// changes tells whether an item changes the text: an amendment, or a
// floor amendment moved against its item's words.
func changes(it *meeting.Item) bool {
	switch it.Kind {
	case meeting.KindFloor:
		return it.MovedAgainstSHA256 != ""
	case meeting.KindAmendment:
		return it.SnapshotSHA256 != ""
	}
	return false
}

// itemBefore is the text an item changes: the noticed text for an
// amendment, its item's words as they were when moved for a floor
// amendment.
func itemBefore(it *meeting.Item) (string, bool) {
	if it.Kind == meeting.KindFloor {
		return it.MovedAgainst, it.MovedAgainst != ""
	}
	var snap ballot.Snapshot
	if json.Unmarshal([]byte(it.Snapshot), &snap) != nil || snap.Before == "" {
		return "", false
	}
	return snap.Before, true
}

// redline renders the change an item makes, kept by the hashes of what it
// compares; the texts are read on a miss only.
func (h *Meetings) redline(ctx context.Context, it *meeting.Item, scheme document.Scheme, lang string, labels render.Labels) (itemRedline, error) {
	before := it.SnapshotSHA256
	if it.Kind == meeting.KindFloor {
		before = it.MovedAgainstSHA256
	}
	key := string(it.Kind) + "/" + before + "/" + it.TextSHA256 + "/" + string(scheme) + "/" + lang
	return h.redlines.Get(key, func() (itemRedline, error) {
		texts := *it
		if err := h.db.MeetingItemTexts(ctx, &texts); err != nil {
			return itemRedline{}, err
		}
		before, ok := itemBefore(&texts)
		if !ok {
			return itemRedline{}, nil
		}
		base, err := document.Prepare([]byte(before), scheme, nil)
		if err != nil {
			return itemRedline{}, charter.Internal(err)
		}
		cmp, err := amendment.Compare(base, []byte(texts.Text))
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
