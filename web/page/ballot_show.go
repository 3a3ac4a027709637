package page

import (
	"encoding/json"
	"html/template"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/i18n"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// rollSearchLength bounds the members the roll's search lists: a name
// more precise finds the others.
const rollSearchLength = 20

// Show shows a ballot: its questions as noticed, the voting form for
// a member on the roll while it is open, the officer's actions, and, once
// closed, the results and the published papers.
func (h *Ballots) Show(c *gin.Context) error {
	id, err := site.BallotID(c)
	if err != nil {
		return err
	}
	u := site.User(c)
	// One read for everything but the snapshots' texts, which come from
	// questionViews' cache by their hash.
	p, err := h.db.BallotPage(c.Request.Context(), *u, id)
	if err != nil {
		return err
	}
	b := p.Ballot
	if !ballot.CanWatch(u) && (b.Status == ballot.StatusNoticed || b.Status == ballot.StatusOpen) {
		b.Turnout = 0 // officers and observers see it while the ballot is open; no one else
	}
	l := h.site.Localizer(c)
	questions, err := h.questionViews(c, b, p.Numbering)
	if err != nil {
		return err
	}
	now := h.db.Now()
	m := &view.Ballot{B: b, Questions: questions, OnRoll: p.OnRoll, Voted: p.Voted, Count: p.Count,
		CanVote:      p.OnRoll && !p.Voted && b.CanVote(now) == nil,
		Officer:      ballot.CanRun(u),
		Watcher:      ballot.CanWatch(u),
		CanOpen:      ballot.CanRun(u) && b.CanOpen(now) == nil,
		CanClose:     ballot.CanRun(u) && b.CanClose(now) == nil && b.ByOfficer() == nil,
		CanChange:    ballot.CanRun(u) && (b.Status == ballot.StatusNoticed || b.Status == ballot.StatusOpen),
		NoticeReport: ballot.CanReadNoticeReport(u),
	}
	teller, isTeller := p.Count.Has(u.ID)
	m.CanGiveShare = isTeller && !teller.Given && p.Ballot.CanCount() == nil
	if ballot.CanWatch(u) {
		m.RollChanges = p.RollChanges
	}
	if m.CanChange {
		m.RollQuery = strings.TrimSpace(c.Query("member"))
		if m.RollFound, err = h.db.FindForRoll(c.Request.Context(), b.ID, m.RollQuery, rollSearchLength); err != nil {
			return err
		}
	}
	if p.Results != nil {
		m.Results, m.Papers = resultViews(*p.Results, l), p.Results.Papers
		m.CanCertify = ballot.CanRun(u) && b.Status == ballot.StatusCounted
	} else if why := p.Ballot.CanShowResults(); b.Status != ballot.StatusNoticed && b.Status != ballot.StatusOpen {
		m.Withheld = charter.Translate(why, l.ErrorFormat)
	}
	h.site.Render(c, "ballot", m)
	return nil
}

func resultViews(res store.Results, l *i18n.Localizer) []view.Result {
	out := make([]view.Result, len(res.Results))
	for i, r := range res.Results {
		out[i].Result = r
		for _, line := range r.Arithmetic {
			out[i].Lines = append(out[i].Lines, line.Translate(l.ErrorFormat))
		}
	}
	return out
}

// questionViews reads each question's snapshot and renders its redline
// from the texts frozen in it.
func (h *Ballots) questionViews(c *gin.Context, b ballot.Ballot, scheme document.Scheme) ([]view.Question, error) {
	l := h.site.Localizer(c)
	out := make([]view.Question, len(b.Questions))
	for i, q := range b.Questions {
		v := view.Question{Question: q, Number: i + 1, Threshold: q.Rule.Threshold.Words().Translate(l.ErrorFormat)}
		if d := q.Departures(); len(d) > 0 {
			v.Departures = charter.Sprintf("%s", d).Translate(l.ErrorFormat)
		}
		// A snapshot is sealed by its hash: read and decoded once (a view
		// of a question on the largest bylaw decoded 300 KB of JSON).
		snap, err := h.snapshotTexts.Get(q.SHA256, func() (ballot.Snapshot, error) {
			var snap ballot.Snapshot
			text := q.Snapshot
			if text == "" {
				var err error
				if text, err = h.db.QuestionSnapshot(c.Request.Context(), b.ID, q.ID); err != nil {
					return snap, err
				}
			}
			if err := json.Unmarshal([]byte(text), &snap); err != nil {
				return snap, charter.Internal(err)
			}
			return snap, nil
		})
		if err != nil {
			return nil, err
		}
		v.Snap = snap
		v.Rationale = view.MemberText(v.Snap.Rationale)
		for _, t := range snap.Translations {
			ft := view.FrozenTranslation{Translation: t}
			if ft.Heading, ft.Body, err = h.words.render(document.Kind(t.Kind), t.Text); err != nil {
				return nil, err
			}
			v.Translations = append(v.Translations, ft)
		}
		if v.Snap.Before != "" {
			html, err := h.snapshots.Get(q.SHA256+"/"+l.Tag(), func() (template.HTML, error) {
				labels := RedlineLabels(l)
				if v.Snap.FromVersionID != 0 && v.Snap.DocumentSlug != "" {
					// The sections the question leaves are read in the text
					// as it stood at notice, which never changes.
					labels.SectionsAt = versionSections(document.Document{Slug: v.Snap.DocumentSlug}, v.Snap.FromVersionID)
				}
				return snapshotRedline(v.Snap, scheme, labels)
			})
			if err != nil {
				return nil, err
			}
			v.Redline = html
		}
		out[i] = v
	}
	return out, nil
}

// snapshotRedline renders the redline of a question from the texts frozen
// in its snapshot.
func snapshotRedline(snap ballot.Snapshot, scheme document.Scheme, labels render.Labels) (template.HTML, error) {
	base, err := document.Prepare([]byte(snap.Before), scheme, nil)
	if err != nil {
		return "", charter.Internal(err)
	}
	cmp, err := amendment.Compare(base, []byte(snap.After))
	if err != nil {
		return "", charter.Internal(err)
	}
	_, html, err := render.Redline(cmp, "html", labels)
	if err != nil {
		return "", charter.Internal(err)
	}
	return template.HTML(html), nil // rendered by render.Redline
}
