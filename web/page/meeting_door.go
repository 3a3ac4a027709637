package page

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Door is the tellers' page: find a member by name or number and check
// them in, see who is in, hand out paper ballots while a secret vote is
// open, and enter the count once the vote is closed.
func (h *Meetings) Door(c *gin.Context) error { return h.door(c, http.StatusOK, "") }

func (h *Meetings) door(c *gin.Context, status int, errMsg string) error {
	p, err := h.read(c)
	if err != nil {
		return err
	}
	ctx, u := c.Request.Context(), site.User(c)
	if !p.M.CanTell(u) {
		return charter.Errorf(charter.EFORBIDDEN, "Only the meeting's tellers check members in.")
	}
	m := &view.MeetingDoor{MeetingPage: p, Query: strings.TrimSpace(c.Query("q")), Error: errMsg}
	if m.Query != "" {
		if m.Found, err = h.db.FindAtDoor(ctx, *u, p.M.ID, m.Query); err != nil {
			code, message := h.site.Classify(c, err)
			if code != charter.EINVALID {
				return err
			}
			status, m.Error = site.Status(code), message
		}
	}
	if m.Attendance, err = h.db.Attendance(ctx, *u, p.M.ID); err != nil {
		return err
	}
	if v := p.Vote; v != nil {
		m.Papers = p.Current.Method.Secret() && v.Status == ballot.StatusOpen
		m.Count = v.Status != ballot.StatusOpen && (len(v.Pool) == 0 || v.Pool[0] == nil)
	}
	h.site.RenderStatus(c, status, "meeting_door", m)
	return nil
}

// DoorCheckIn checks in the member a teller found.
func (h *Meetings) DoorCheckIn(c *gin.Context) error { return h.forMember(c, h.db.CheckIn) }

// Paper records a paper ballot handed to a member present.
func (h *Meetings) Paper(c *gin.Context) error { return h.forMember(c, h.db.IssuePaper) }

// forMember runs a teller's step for the member the form names.
func (h *Meetings) forMember(c *gin.Context, do func(ctx context.Context, teller member.User, id, userID int64) error) error {
	return h.step(c, "/door", h.door, func(ctx context.Context, teller member.User, id int64) error {
		userID, err := strconv.ParseInt(c.PostForm("user"), 10, 64)
		if err != nil {
			return charter.Errorf(charter.EINVALID, "Give the member's account number.")
		}
		return do(ctx, teller, id, userID)
	})
}

// Count enters the tellers' count of the closed vote.
func (h *Meetings) Count(c *gin.Context) error {
	return h.step(c, "/door", h.door, func(ctx context.Context, teller member.User, id int64) error {
		var count meeting.HandCount
		for _, f := range []struct {
			name string
			to   *int
		}{{"yes", &count.Yes}, {"no", &count.No}, {"abstain", &count.Abstain}} {
			n, err := strconv.Atoi(strings.TrimSpace(c.DefaultPostForm(f.name, "0")))
			if err != nil {
				return charter.Errorf(charter.EINVALID, "A count is zero or more.")
			}
			*f.to = n
		}
		return h.db.EnterCount(ctx, teller, id, count)
	})
}
