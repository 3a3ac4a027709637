package page

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
	"github.com/charter-org/charter/wording"
)

// Show is a member's page of a meeting: when and where, the quorum, a
// Check in button for an online meeting, the agenda with results, the
// item before the meeting and its vote, and the floor amendment form for
// members present.
func (h *Meetings) Show(c *gin.Context) error { return h.show(c, http.StatusOK, "") }

func (h *Meetings) show(c *gin.Context, status int, errMsg string) error {
	p, err := h.read(c)
	if err != nil {
		return err
	}
	ctx, u := c.Request.Context(), site.User(c)
	m := &view.Meeting{MeetingPage: p, Error: errMsg, Chairs: p.M.CanChair(u), Tells: p.M.CanTell(u)}
	if m.CheckedIn, err = h.db.CheckedIn(ctx, *u, p.M.ID); err != nil {
		return err
	}
	m.CanCheckIn = !m.CheckedIn && p.M.Mode.Online() && meeting.CanAttend(u) && p.M.CanCheckIn(h.db.Now()) == nil
	if cur := p.Current; m.CheckedIn && cur != nil && p.M.CanMoveFloorAmendment(&cur.Item) == nil {
		doc, err := h.db.DocumentByID(ctx, p.M.DocumentID)
		if err != nil {
			return err
		}
		if m.Clauses, err = h.floorClauses(ctx, &cur.Item, doc.Numbering); err != nil {
			return err
		}
		m.CanMove = true
	}
	if moved, err := strconv.ParseInt(c.Query("moved"), 10, 64); err == nil {
		for i := range p.Items {
			if p.Items[i].ID == moved && p.Items[i].Kind == meeting.KindFloor {
				m.Moved = &p.Items[i]
			}
		}
	}
	h.site.RenderStatus(c, status, "meeting", m)
	return nil
}

// floorClauses are the clauses of an item's words that a member present
// may amend from the floor, kept by the words' hash: every attendee's
// page shows them while the item is debated.
func (h *Meetings) floorClauses(ctx context.Context, it *meeting.Item, scheme document.Scheme) ([]view.FloorClause, error) {
	return h.clauses.Get(it.TextSHA256+"/"+string(scheme), func() ([]view.FloorClause, error) {
		texts := *it
		if err := h.db.MeetingItemTexts(ctx, &texts); err != nil {
			return nil, err
		}
		text, err := readWording(texts.Text, scheme)
		if err != nil {
			return nil, err
		}
		changed, err := changedNumbers(&texts, scheme)
		if err != nil {
			return nil, err
		}
		var all, offered []view.FloorClause
		for _, cl := range text.Clauses() {
			if cl.Editable() {
				fc := view.FloorClause{Index: cl.Index, Number: cl.Number, Words: cl.Words}
				all = append(all, fc)
				if changed[cl.Number] {
					offered = append(offered, fc)
				}
			}
		}
		// A phone is offered the clauses the amendment changes, where a
		// floor amendment can stay within the notice; every clause only
		// when none is found by its number (a preamble, a revision).
		if len(offered) == 0 {
			return all, nil
		}
		return offered, nil
	})
}

// changedNumbers are the numbers, in the item's words, of the sections
// the item changes from the text it was noticed against.
func changedNumbers(it *meeting.Item, scheme document.Scheme) (map[string]bool, error) {
	before, ok := itemBefore(it)
	if !ok {
		return nil, nil
	}
	base, err := document.Prepare([]byte(before), scheme, nil)
	if err != nil {
		return nil, charter.Internal(err)
	}
	cmp, err := amendment.Compare(base, []byte(it.Text))
	if err != nil {
		return nil, charter.Internal(err)
	}
	numbers := map[string]bool{}
	for _, c := range cmp.Changes {
		numbers[c.NewNumber] = true
	}
	return numbers, nil
}

// CheckIn checks the member in, online.
func (h *Meetings) CheckIn(c *gin.Context) error {
	return h.step(c, "", h.show, func(ctx context.Context, u member.User, id int64) error {
		return h.db.CheckIn(ctx, u, id, u.ID)
	})
}

// FloorAmendment moves an amendment to the item before the meeting: the
// member's words for one section of its text, written into the whole
// text as the amendment form's plain words are.
func (h *Meetings) FloorAmendment(c *gin.Context) error {
	id, err := site.MeetingID(c)
	if err != nil {
		return err
	}
	itemID, err := strconv.ParseInt(c.Param("item"), 10, 64)
	if err != nil {
		return charter.Errorf(charter.ENOTFOUND, "Item %d is not on this meeting's agenda.", itemID)
	}
	ctx := c.Request.Context()
	moved, err := h.moveFloorAmendment(ctx, *site.User(c), id, itemID, c.PostForm("clause"), c.PostForm("words"))
	if err != nil {
		code, message := h.site.Classify(c, err)
		return h.show(c, site.Status(code), message)
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/meetings/%d?moved=%d#item-%d", id, moved.ID, moved.ID))
	return nil
}

func (h *Meetings) moveFloorAmendment(ctx context.Context, u member.User, id, itemID int64, clause, words string) (meeting.Item, error) {
	m, err := h.db.Meeting(ctx, id)
	if err != nil {
		return meeting.Item{}, err
	}
	it, ok := m.Item(itemID)
	if !ok || m.DocumentID == 0 {
		return meeting.Item{}, charter.Errorf(charter.ENOTFOUND, "Item %d is not on this meeting's agenda.", itemID)
	}
	doc, err := h.db.DocumentByID(ctx, m.DocumentID)
	if err != nil {
		return meeting.Item{}, err
	}
	if err := h.db.MeetingItemTexts(ctx, it); err != nil {
		return meeting.Item{}, err
	}
	full, err := amendSection(it.Text, doc.Numbering, clause, words)
	if err != nil {
		return meeting.Item{}, err
	}
	return h.db.MoveFloorAmendment(ctx, u, id, itemID, full)
}

// amendSection writes words in place of one clause's words in text.
func amendSection(source string, scheme document.Scheme, clause, words string) (string, error) {
	text, err := readWording(source, scheme)
	if err != nil {
		return "", err
	}
	n, err := strconv.Atoi(clause)
	if err != nil || n < 0 || n >= len(text.Clauses()) || !text.Clauses()[n].Editable() {
		return "", charter.Errorf(charter.EINVALID, "The form names a clause this text does not have; open it again.")
	}
	return text.Apply([]wording.Row{{Clause: n, Words: words}})
}

// step runs one step on the meeting the route names and returns to page
// (its path under the meeting); a step refused shows the page again, with
// the message, by show.
func (h *Meetings) step(c *gin.Context, page string, show func(c *gin.Context, status int, errMsg string) error,
	do func(ctx context.Context, u member.User, id int64) error) error {
	id, err := site.MeetingID(c)
	if err != nil {
		return err
	}
	if err := do(c.Request.Context(), *site.User(c), id); err != nil {
		code, message := h.site.Classify(c, err)
		return show(c, site.Status(code), message)
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/meetings/%d%s", id, page))
	return nil
}
