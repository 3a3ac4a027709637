package page

import (
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// NoticeReport shows how notice of a ballot reached each member on its
// roll: by email (queued, sent, failed), by letter, or not yet. The store
// refuses readers other than officers, observers and admins.
func (h *Ballots) NoticeReport(c *gin.Context) error {
	id, err := site.BallotID(c)
	if err != nil {
		return err
	}
	u := site.User(c)
	rep, err := h.db.NoticeReport(c.Request.Context(), *u, id)
	if err != nil {
		return err
	}
	when := func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return message.When(*t)
	}
	lines := make([]view.NoticeLine, len(rep.Lines))
	for i, l := range rep.Lines {
		lines[i] = view.NoticeLine{NoticeLine: l, Queued: when(l.QueuedAt), Sent: when(l.SentAt), Failed: when(l.FailedAt), Letter: when(l.LetterAt)}
	}
	h.site.Render(c, "notice_report", &view.NoticeReport{Notice: rep.Notice, Counts: rep.Counts, Lines: lines, Officer: ballot.CanRun(u)})
	return nil
}
