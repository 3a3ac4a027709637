package page

import (
	"context"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Chair is the chair's screen: call to order, the agenda with Take up,
// rulings on floor amendments, the vote, the result, and Adjourn.
func (h *Meetings) Chair(c *gin.Context) error { return h.chair(c, http.StatusOK, "") }

func (h *Meetings) chair(c *gin.Context, status int, errMsg string) error {
	p, err := h.read(c)
	if err != nil {
		return err
	}
	if !p.M.CanChair(site.User(c)) {
		return charter.Errorf(charter.EFORBIDDEN, "Only the meeting's chair does this.")
	}
	h.site.RenderStatus(c, status, "meeting_chair", &view.MeetingChair{MeetingPage: p, Error: errMsg})
	return nil
}

// chairStep runs one of the chair's steps and returns to the chair's
// screen.
func (h *Meetings) chairStep(c *gin.Context, do func(ctx context.Context, chair member.User, id int64) error) error {
	return h.step(c, "/chair", h.chair, do)
}

// formItem reads the item a form names.
func formItem(c *gin.Context) int64 {
	id, _ := strconv.ParseInt(c.PostForm("item"), 10, 64)
	return id // 0 is on no agenda: the store says so
}

// CallToOrder opens the meeting.
func (h *Meetings) CallToOrder(c *gin.Context) error { return h.chairStep(c, h.db.CallToOrder) }

// TakeUp brings an item before the meeting.
func (h *Meetings) TakeUp(c *gin.Context) error {
	return h.chairStep(c, func(ctx context.Context, chair member.User, id int64) error {
		return h.db.TakeUp(ctx, chair, id, formItem(c))
	})
}

// Rule rules a floor amendment in or out of order, with the reason.
func (h *Meetings) Rule(c *gin.Context) error {
	return h.chairStep(c, func(ctx context.Context, chair member.User, id int64) error {
		return h.db.RuleOnFloorAmendment(ctx, chair, id, formItem(c), c.PostForm("ruling") == string(meeting.RulingInOrder), c.PostForm("reason"))
	})
}

// OpenVote opens the vote on the item before the meeting.
func (h *Meetings) OpenVote(c *gin.Context) error {
	return h.chairStep(c, func(ctx context.Context, chair member.User, id int64) error {
		method, err := meeting.ParseMethod(c.PostForm("method"))
		if err != nil {
			return err
		}
		return h.db.OpenVote(ctx, chair, id, formItem(c), method)
	})
}

// VoidVote sets aside a closed vote whose online papers are too few to
// count.
func (h *Meetings) VoidVote(c *gin.Context) error { return h.chairStep(c, h.db.VoidVote) }

// CloseVote closes the vote.
func (h *Meetings) CloseVote(c *gin.Context) error { return h.chairStep(c, h.db.CloseVote) }

// Declare declares the counted vote's result, which the agenda then shows
// with its arithmetic.
func (h *Meetings) Declare(c *gin.Context) error {
	return h.chairStep(c, func(ctx context.Context, chair member.User, id int64) error {
		_, err := h.db.DeclareResult(ctx, chair, id)
		return err
	})
}

// Adjourn ends the meeting.
func (h *Meetings) Adjourn(c *gin.Context) error { return h.chairStep(c, h.db.Adjourn) }

// Projector is the view for the hall's screen: the title, the quorum,
// the item before the meeting with its motion and redline, and its result;
// no navigation and no forms.
func (h *Meetings) Projector(c *gin.Context) error {
	p, err := h.read(c)
	if err != nil {
		return err
	}
	m := &view.MeetingProjector{MeetingPage: p, Shown: p.Current}
	for i := range p.Items {
		// Between items the screen keeps the last result declared.
		if it := &p.Items[i]; m.Shown == nil || (m.Shown.Result != nil && it.Result != nil && it.BallotID > m.Shown.BallotID) {
			if it.Result != nil || it.Current {
				m.Shown = it
			}
		}
	}
	h.site.Render(c, "meeting_projector", m)
	return nil
}
