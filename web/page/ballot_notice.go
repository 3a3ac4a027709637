package page

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// noticeRows is how many questions the notice form offers.
const noticeRows = 3

// NoticeForm is the officer's form for giving notice of a ballot.
func (h *Ballots) NoticeForm(c *gin.Context) error {
	return h.showNoticeForm(c, http.StatusOK, "")
}

// showNoticeForm shows the notice form with status, and the message of the
// error that refused it, if any.
func (h *Ballots) showNoticeForm(c *gin.Context, status int, errMsg string) error {
	choices, err := h.db.NoticeChoices(c.Request.Context())
	if err != nil {
		return err
	}
	docs := make([]document.Document, len(choices))
	for i, ch := range choices {
		docs[i] = ch.Document
	}
	tellers, err := h.db.Tellers(c.Request.Context())
	if err != nil {
		return err
	}
	form := c.Request.PostForm // what the officer wrote, given back after an error
	if form == nil {
		form = url.Values{}
	}
	rows := make([]view.NoticeRow, noticeRows)
	for i := range rows {
		n := i + 1
		field := func(name string) string { return form.Get(fmt.Sprintf("q%d_%s", n, name)) }
		rows[i] = view.NoticeRow{N: n, Kind: field("kind"), Amendment: field("amendment"), Version: field("version"), Question: field("question"),
			Threshold: field("threshold"), Base: field("base"), Quorum: field("quorum"), NoticeDays: field("notice_days"), Departure: field("departure")}
	}
	named := map[string]bool{}
	for _, id := range form["teller"] {
		named[id] = true
	}
	h.site.RenderStatus(c, status, "ballot_new", &view.Notice{Documents: docs, Rows: rows, Error: errMsg, F: form,
		Tellers: tellers, Named: named, MinShares: ballot.MinSharesNeeded, Choices: choices, MinBallots: ballot.MinMinBallots})
	return nil
}

// Notice gives notice of the ballot the officer described.
func (h *Ballots) Notice(c *gin.Context) error {
	in, err := noticeFromForm(c)
	if err == nil {
		var b ballot.Ballot
		if b, err = h.db.NoticeBallot(c.Request.Context(), *site.User(c), in); err == nil {
			c.Redirect(http.StatusSeeOther, fmt.Sprintf("/ballots/%d", b.ID))
			return nil
		}
	}
	code, message := h.site.Classify(c, err)
	return h.showNoticeForm(c, site.Status(code), message)
}

// noticeFromForm reads the notice form: the ballot, then up to noticeRows
// questions; a question whose rule fields are empty takes the document's.
func noticeFromForm(c *gin.Context) (store.NewBallot, error) {
	in := store.NewBallot{DocumentSlug: c.PostForm("document"), Title: c.PostForm("title")}
	var err error
	if in.OpensAt, err = formTime(c.PostForm("opens_at")); err != nil {
		return in, err
	}
	if in.ClosesAt, err = formTime(c.PostForm("closes_at")); err != nil {
		return in, err
	}
	if in.MinBallots, in.Tellers, in.SharesNeeded, err = secrecyFromForm(c); err != nil {
		return in, err
	}
	for i := range noticeRows {
		field := func(name string) string { return strings.TrimSpace(c.PostForm(fmt.Sprintf("q%d_%s", i+1, name))) }
		kind := ballot.Kind(field("kind"))
		if kind == "" {
			continue
		}
		q := store.NewQuestion{Kind: kind, Question: field("question"), DepartureReason: field("departure")}
		q.AmendmentID, _ = strconv.ParseInt(field("amendment"), 10, 64)
		q.VersionID, _ = strconv.ParseInt(field("version"), 10, 64)
		if field("threshold") != "" {
			rule, err := ruleFromForm(field)
			if err != nil {
				return in, charter.Errorf(charter.ErrorCode(err), "Question %d: %s", i+1, err)
			}
			q.Rule = &rule
		}
		in.Questions = append(in.Questions, q)
	}
	return in, nil
}

// secrecyFromForm reads what keeps a secret vote's count safe: the least
// ballots for a result, the tellers who hold its key, and how many of
// them open it.
func secrecyFromForm(c *gin.Context) (minBallots int, tellers []int64, sharesNeeded int, err error) {
	if minBallots, err = strconv.Atoi(strings.TrimSpace(c.DefaultPostForm("min_ballots", "0"))); err != nil {
		return 0, nil, 0, charter.Errorf(charter.EINVALID, "The minimum number of ballots is a number.")
	}
	for _, v := range c.PostFormArray("teller") {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return 0, nil, 0, charter.Errorf(charter.EINVALID, "Choose the tellers from the list.")
		}
		tellers = append(tellers, id)
	}
	if sharesNeeded, err = strconv.Atoi(strings.TrimSpace(c.DefaultPostForm("shares_needed", "0"))); err != nil {
		return 0, nil, 0, charter.Errorf(charter.EINVALID, "Give the number of tellers the count needs as a number.")
	}
	return minBallots, tellers, sharesNeeded, nil
}

// ruleFromForm reads the fields of the rule-fields partial.
func ruleFromForm(field func(name string) string) (ballot.Rule, error) {
	days, err := strconv.Atoi(field("notice_days"))
	if err != nil {
		return ballot.Rule{}, charter.Errorf(charter.EINVALID, "Give the notice in days, as a number.")
	}
	return ballot.ParseRule(field("threshold"), field("base"), field("quorum"), days)
}

// formTime reads a datetime-local field, in UTC.
func formTime(v string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05", time.RFC3339} {
		if t, err := time.ParseInLocation(layout, strings.TrimSpace(v), time.UTC); err == nil {
			return t, nil
		}
	}
	return time.Time{}, charter.Errorf(charter.EINVALID, "Give the opening and closing times as YYYY-MM-DD HH:MM (UTC).")
}
