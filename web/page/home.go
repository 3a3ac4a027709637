package page

import (
	"context"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Home is the front page.
type Home struct {
	site *site.Site
	db   HomeStore
}

// HomeStore is what the front page reads.
type HomeStore interface {
	// Home reads the front page for u at one moment: documents, ballots,
	// u's place on each roll and the shares due from u, the agenda.
	Home(ctx context.Context, u member.User, limit int) (store.HomePage, error)
	// Now is the store's clock, which ballots' times are judged by.
	Now() time.Time
}

// homeListLength bounds each list on the home page: it is a summary, and
// each list links to its whole.
const homeListLength = 8

// excerptRunes is how much of a comment the home page quotes.
const excerptRunes = 160

// Show is the front page: what needs the reader, the ballots open or under
// notice, the documents, the amendments waiting for co-sponsors and the
// latest comments.
func (h *Home) Show(c *gin.Context) error {
	u := site.User(c)
	home, err := h.db.Home(c.Request.Context(), *u, homeListLength)
	if err != nil {
		return err
	}
	docs, agenda := home.Documents, home.Agenda
	var current []ballot.Ballot
	var tasks []view.Task
	l := h.site.Localizer(c)
	add := func(href, id string, pairs ...any) {
		tasks = append(tasks, view.Task{Text: l.T(id, pairs...), Href: href})
	}
	now := h.db.Now()
	for _, lang := range home.Translates {
		for _, d := range docs {
			if lang != d.Language {
				add("/documents/"+url.PathEscape(d.Slug)+"/translations/"+url.PathEscape(lang)+"/queue", "TaskTranslate",
					"Title", d.Title, "Language", h.site.Catalog().Name(lang))
			}
		}
	}
	for _, b := range home.Ballots {
		if b.Status == ballot.StatusOpen || b.Status == ballot.StatusNoticed {
			current = append(current, b)
		}
		href := "/ballots/" + strconv.FormatInt(b.ID, 10)
		if b.Status == ballot.StatusOpen && now.Before(b.ClosesAt) && home.OnRoll[b.ID] && !home.Voted[b.ID] {
			add(href, "TaskVote", "Title", b.Title, "Closes", view.FormatDate(b.ClosesAt))
		}
		if home.ShareDue[b.ID] {
			add(href, "TaskGiveShare", "Title", b.Title)
		}
		if !ballot.CanRun(u) || b.AtMeeting { // a meeting's chair runs its votes
			continue
		}
		switch {
		case b.Status == ballot.StatusNoticed && !now.Before(b.OpensAt):
			add(href, "TaskOpenBallot", "Title", b.Title)
		case b.Status == ballot.StatusOpen && !now.Before(b.ClosesAt):
			add(href, "TaskCloseBallot", "Title", b.Title)
		case b.Status == ballot.StatusCounted:
			add(href, "TaskCertifyBallot", "Title", b.Title)
		}
	}
	for _, m := range home.Meetings {
		href := "/meetings/" + strconv.FormatInt(m.ID, 10)
		open := m.CanCheckIn(now) == nil
		switch {
		case open && m.CanChair(u):
			add(href+"/chair", "TaskChair", "Title", m.Title)
		case open && m.CanTell(u):
			add(href+"/door", "TaskDoor", "Title", m.Title)
		}
		if open && m.Mode.Online() && meeting.CanAttend(u) && !home.CheckedIn[m.ID] {
			add(href, "TaskCheckIn", "Title", m.Title)
		}
	}
	for _, q := range agenda.Queues {
		base := "/documents/" + q.Slug
		for _, n := range []struct {
			count   int
			message string
			href    string
		}{{q.Unanswered, "TaskAnswerComments", base + "/comments"}, {q.Reported, "TaskReviewReports", base + "/comments"}, {q.ToMerge, "TaskMerge", base + "/merge"}} {
			if n.count > 0 {
				add(n.href, n.message, "Document", q.Title, "Count", n.count)
			}
		}
	}
	for i := range agenda.RecentComments {
		agenda.RecentComments[i].Body = excerpt(render.MemberPlainText(agenda.RecentComments[i].Body), excerptRunes)
	}
	h.site.Render(c, "home", &view.Home{Documents: docs, Heads: home.Heads, OpenBallots: current, Tasks: tasks,
		AwaitingSeconds: agenda.AwaitingSeconds, RecentComments: agenda.RecentComments, Petitions: home.Petitions, Meetings: home.Meetings, Now: now})
	return nil
}

// excerpt is the start of a member's words on one line, cut at a word and
// never inside a character.
func excerpt(text string, max int) string {
	text = strings.Join(strings.Fields(text), " ")
	runes := []rune(text)
	if len(runes) <= max {
		return text
	}
	cut := max
	for cut > max/2 && !unicode.IsSpace(runes[cut]) {
		cut--
	}
	return strings.TrimRightFunc(string(runes[:cut]), unicode.IsSpace) + "…"
}
