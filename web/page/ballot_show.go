package page

import (
	"encoding/json"
	"html/template"

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

// Show shows a ballot: its questions as noticed, the voting form for
// a member on the roll while it is open, the officer's actions, and, once
// closed, the results and the published papers.
func (h *Ballots) Show(c *gin.Context) error {
	id, err := site.BallotID(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	// The snapshots come from questionViews' cache; the turnout, a count
	// over the whole roll, is read only for those who see it or when the
	// ballot is closed (results are withheld under the minimum).
	b, err := h.db.BallotRules(ctx, id)
	if err != nil {
		return err
	}
	u := site.User(c)
	if ballot.CanWatch(u) || b.Status != ballot.StatusNoticed && b.Status != ballot.StatusOpen {
		if b.Turnout, err = h.db.Turnout(ctx, id); err != nil {
			return err
		}
	}
	l := h.site.Localizer(c)
	questions, err := h.questionViews(c, b)
	if err != nil {
		return err
	}
	onRoll, voted, err := h.db.Voted(ctx, *u, id)
	if err != nil {
		return err
	}
	now := h.db.Now()
	m := &view.Ballot{B: b, Questions: questions, OnRoll: onRoll, Voted: voted,
		CanVote:   onRoll && !voted && b.CanVote(now) == nil,
		Officer:   ballot.CanRun(u),
		Watcher:   ballot.CanWatch(u),
		CanOpen:   ballot.CanRun(u) && b.CanOpen(now) == nil,
		CanClose:  ballot.CanRun(u) && b.CanClose(now) == nil,
		CanChange: ballot.CanRun(u) && (b.Status == ballot.StatusNoticed || b.Status == ballot.StatusOpen),
	}
	if m.Count, err = h.db.BallotCount(ctx, id); err != nil {
		return err
	}
	teller, isTeller := m.Count.Has(u.ID)
	m.CanGiveShare = isTeller && !teller.Given && b.CanCount() == nil
	if ballot.CanWatch(u) {
		if m.RollChanges, err = h.db.RollChanges(ctx, id); err != nil {
			return err
		}
	}
	if why := b.CanShowResults(); why == nil {
		res, err := h.db.BallotResults(ctx, id)
		if err != nil {
			return err
		}
		m.Results, m.Papers = resultViews(res, l), res.Papers
		m.CanCertify = ballot.CanRun(u) && b.Status == ballot.StatusCounted
	} else if b.Status != ballot.StatusNoticed && b.Status != ballot.StatusOpen {
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
func (h *Ballots) questionViews(c *gin.Context, b ballot.Ballot) ([]view.Question, error) {
	l := h.site.Localizer(c)
	var scheme document.Scheme
	if b.DocumentID != 0 {
		doc, err := h.db.DocumentByID(c.Request.Context(), b.DocumentID)
		if err != nil {
			return nil, err
		}
		scheme = doc.Numbering
	}
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
		if v.Snap.Before != "" {
			html, err := h.snapshots.Get(q.SHA256+"/"+l.Tag(), func() (template.HTML, error) {
				return snapshotRedline(v.Snap, scheme, redlineLabels(l))
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
