package page

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// noticeQuestions is how many questions in words the meeting's notice
// form offers.
const noticeQuestions = 3

// List lists the meetings: those to come, the next first, then the past.
func (h *Meetings) List(c *gin.Context) error {
	list, err := h.db.Meetings(c.Request.Context())
	if err != nil {
		return err
	}
	m := &view.Meetings{CanSchedule: meeting.CanSchedule(site.User(c))}
	for _, mt := range list { // the latest first
		if mt.Status == meeting.StatusAdjourned {
			m.Past = append(m.Past, mt)
		} else {
			m.Upcoming = append(m.Upcoming, mt)
		}
	}
	slices.Reverse(m.Upcoming)
	h.site.Render(c, "meetings", m)
	return nil
}

// NoticeForm is the officer's form for giving notice of a meeting.
func (h *Meetings) NoticeForm(c *gin.Context) error {
	return h.showNoticeForm(c, http.StatusOK, "")
}

func (h *Meetings) showNoticeForm(c *gin.Context, status int, errMsg string) error {
	ctx := c.Request.Context()
	choices, err := h.db.NoticeChoices(ctx)
	if err != nil {
		return err
	}
	tellers, err := h.db.Tellers(ctx)
	if err != nil {
		return err
	}
	users, err := h.db.Users(ctx)
	if err != nil {
		return err
	}
	form := c.Request.PostForm // what the officer wrote, given back after an error
	if form == nil {
		form = url.Values{}
	}
	m := &view.MeetingNotice{F: form, Error: errMsg, Modes: meeting.Modes, Choices: choices, Tellers: tellers,
		Named: map[string]bool{}, MinShares: ballot.MinSharesNeeded, MinBallots: ballot.MinMinBallots}
	for _, u := range users {
		if u.Has(member.RoleMember) {
			m.Members = append(m.Members, u)
		}
	}
	for _, id := range form["teller"] {
		m.Named[id] = true
	}
	for _, id := range form["amendment"] {
		m.Named["a"+id] = true
	}
	for i := range noticeQuestions {
		m.Questions = append(m.Questions, i+1)
	}
	meetings, err := h.db.Meetings(ctx)
	if err != nil {
		return err
	}
	for _, earlier := range meetings {
		if earlier.Status == meeting.StatusAdjourned && !earlier.MinutesApproved {
			m.Minutes = append(m.Minutes, earlier)
		}
	}
	for _, id := range form["minutes"] {
		m.Named["m"+id] = true
	}
	h.site.RenderStatus(c, status, "meeting_new", m)
	return nil
}

// Notice gives notice of the meeting the officer described.
func (h *Meetings) Notice(c *gin.Context) error {
	in, err := meetingFromForm(c)
	if err == nil {
		var m meeting.Meeting
		if m, err = h.db.ScheduleMeeting(c.Request.Context(), *site.User(c), in); err == nil {
			c.Redirect(http.StatusSeeOther, fmt.Sprintf("/meetings/%d", m.ID))
			return nil
		}
	}
	code, message := h.site.Classify(c, err)
	return h.showNoticeForm(c, site.Status(code), message)
}

// meetingFromForm reads the notice form. The agenda is the amendments
// ticked and the questions written, each with the place the officer gave
// it ("order"), in the order of the form where two share one.
func meetingFromForm(c *gin.Context) (store.NewMeeting, error) {
	field := func(name string) string { return strings.TrimSpace(c.PostForm(name)) }
	in := store.NewMeeting{DocumentSlug: field("document"), Title: c.PostForm("title"), Mode: meeting.Mode(field("mode")), Place: c.PostForm("place")}
	var err error
	if in.StartsAt, err = formTime(field("starts_at")); err != nil {
		return in, charter.Errorf(charter.EINVALID, "Give the meeting's start as YYYY-MM-DD HH:MM (UTC).")
	}
	if in.ChairID, err = strconv.ParseInt(field("chair"), 10, 64); err != nil {
		return in, charter.Errorf(charter.EINVALID, "Choose who chairs the meeting.")
	}
	if in.MinBallots, in.Tellers, in.SharesNeeded, err = secrecyFromForm(c); err != nil {
		return in, err
	}
	type placed struct {
		order int
		item  store.NewItem
	}
	var items []placed
	order := func(name string) (int, error) {
		v := field(name)
		if v == "" {
			return len(items) + 1, nil
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			return 0, charter.Errorf(charter.EINVALID, "An item's place on the agenda is a number.")
		}
		return n, nil
	}
	// The amendments and earlier minutes ticked, each named by its id.
	for _, list := range []struct {
		field, order string
		item         func(id int64) store.NewItem
	}{
		{"amendment", "order_a", func(id int64) store.NewItem { return store.NewItem{Kind: meeting.KindAmendment, AmendmentID: id} }},
		{"minutes", "order_m", func(id int64) store.NewItem { return store.NewItem{Kind: meeting.KindMinutes, MinutesOf: id} }},
	} {
		for _, v := range c.PostFormArray(list.field) {
			id, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return in, charter.Errorf(charter.EINVALID, "Choose the agenda's items from the lists.")
			}
			n, err := order(list.order + v)
			if err != nil {
				return in, err
			}
			items = append(items, placed{n, list.item(id)})
		}
	}
	for i := range noticeQuestions {
		q := field(fmt.Sprintf("question%d", i+1))
		if q == "" {
			continue
		}
		n, err := order(fmt.Sprintf("order_q%d", i+1))
		if err != nil {
			return in, err
		}
		items = append(items, placed{n, store.NewItem{Kind: meeting.KindQuestion, Question: q}})
	}
	slices.SortStableFunc(items, func(a, b placed) int { return a.order - b.order })
	for _, it := range items {
		in.Items = append(in.Items, it.item)
	}
	return in, nil
}
