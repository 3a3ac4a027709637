package api

import (
	"encoding/base64"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

type apiRule struct {
	Threshold  string `json:"threshold"`
	Base       string `json:"base"`
	Quorum     string `json:"quorum"`
	NoticeDays int    `json:"notice_days"`
}

type apiQuestion struct {
	ID          int64   `json:"id"`
	Kind        string  `json:"kind"`
	Question    string  `json:"question"`
	AmendmentID int64   `json:"amendment_id,omitempty"`
	VersionID   int64   `json:"version_id,omitempty"`
	SHA256      string  `json:"snapshot_sha256"`
	Snapshot    string  `json:"snapshot"`
	Rule        apiRule `json:"rule"`
	// The document's rule at notice, and how and why this question departs
	// from it.
	DocumentRule    *apiRule `json:"document_rule,omitempty"`
	Departures      []string `json:"departures,omitempty"`
	DepartureReason string   `json:"departure_reason,omitempty"`
}

type apiBallot struct {
	ID           int64         `json:"id"`
	Title        string        `json:"title"`
	Status       string        `json:"status"`
	NoticeAt     time.Time     `json:"notice_at"`
	OpensAt      time.Time     `json:"opens_at"`
	ClosesAt     time.Time     `json:"closes_at"`
	RollSize     int           `json:"roll_size"`
	MinBallots   int           `json:"min_ballots"`
	Turnout      *int          `json:"turnout,omitempty"` // officers and observers
	Questions    []apiQuestion `json:"questions"`
	PublicKey    string        `json:"public_key"` // the papers are sealed to it
	SharesNeeded int           `json:"shares_needed"`
	Tellers      []apiTeller   `json:"tellers"`
	// Once certified: when, and the date the result takes effect, if the
	// officer gave one.
	CertifiedAt *time.Time `json:"certified_at,omitempty"`
	Effective   string     `json:"effective,omitempty"`
}

// apiTeller is one teller of a ballot, and whether they have given their
// share to the count under way.
type apiTeller struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Given bool   `json:"share_given"`
}

func toAPIRule(r ballot.Rule) apiRule {
	return apiRule{Threshold: r.Threshold.String(), Base: string(r.Base), Quorum: r.Quorum.String(), NoticeDays: r.NoticeDays}
}

// toAPIBallot writes a ballot for the API, with its tellers and the
// count's progress.
func (h *Ballots) toAPIBallot(c *gin.Context, b ballot.Ballot) (apiBallot, error) {
	count, err := h.db.BallotCount(c.Request.Context(), b.ID)
	if err != nil {
		return apiBallot{}, err
	}
	out := apiBallot{ID: b.ID, Title: b.Title, Status: string(b.Status), NoticeAt: b.NoticeAt, OpensAt: b.OpensAt, ClosesAt: b.ClosesAt,
		RollSize: b.RollSize, MinBallots: b.MinBallots, Questions: []apiQuestion{}, SharesNeeded: count.Needed, Tellers: []apiTeller{}}
	if !b.CertifiedAt.IsZero() {
		out.CertifiedAt, out.Effective = &b.CertifiedAt, b.Effective
	}
	if b.PublicKey != (ballot.Key{}) {
		out.PublicKey = base64.StdEncoding.EncodeToString(b.PublicKey[:])
	}
	for _, t := range count.Tellers {
		out.Tellers = append(out.Tellers, apiTeller{ID: t.ID, Name: t.Name, Given: t.Given && !count.Counted})
	}
	// The page shows the turnout to those ballot.CanWatch lets follow a
	// ballot; the API has always given it to admins as well.
	if u := site.User(c); ballot.CanRun(u) || u.CanReadAudit() {
		out.Turnout = &b.Turnout
	}
	l := h.site.Localizer(c)
	for _, q := range b.Questions {
		aq := apiQuestion{ID: q.ID, Kind: string(q.Kind), Question: q.Question, AmendmentID: q.AmendmentID,
			VersionID: q.VersionID, SHA256: q.SHA256, Snapshot: q.Snapshot, Rule: toAPIRule(q.Rule), DepartureReason: q.DepartureReason}
		if q.DocumentRule != nil {
			rule := toAPIRule(*q.DocumentRule)
			aq.DocumentRule = &rule
		}
		for _, d := range q.Departures() {
			aq.Departures = append(aq.Departures, d.Translate(l.ErrorFormat))
		}
		out.Questions = append(out.Questions, aq)
	}
	return out, nil
}

// show answers a ballot with status.
func (h *Ballots) show(c *gin.Context, status int, b ballot.Ballot) error {
	out, err := h.toAPIBallot(c, b)
	if err != nil {
		return err
	}
	c.JSON(status, out)
	return nil
}

// Notice gives notice of a ballot.
func (h *Ballots) Notice(c *gin.Context) error {
	var in struct {
		DocumentSlug string    `json:"document_slug"`
		Title        string    `json:"title"`
		OpensAt      time.Time `json:"opens_at"`
		ClosesAt     time.Time `json:"closes_at"`
		MinBallots   int       `json:"min_ballots"`
		Tellers      []int64   `json:"tellers"`
		SharesNeeded int       `json:"shares_needed"`
		Questions    []struct {
			Kind        string   `json:"kind"`
			AmendmentID int64    `json:"amendment_id"`
			VersionID   int64    `json:"version_id"`
			Question    string   `json:"question"`
			Rule        *apiRule `json:"rule"`
			// Needed when rule departs from the document's own.
			DepartureReason string `json:"departure_reason"`
		} `json:"questions"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	nb := store.NewBallot{DocumentSlug: in.DocumentSlug, Title: in.Title, OpensAt: in.OpensAt, ClosesAt: in.ClosesAt, MinBallots: in.MinBallots,
		Tellers: in.Tellers, SharesNeeded: in.SharesNeeded}
	for _, q := range in.Questions {
		nq := store.NewQuestion{Kind: ballot.Kind(q.Kind), AmendmentID: q.AmendmentID, VersionID: q.VersionID, Question: q.Question, DepartureReason: q.DepartureReason}
		if q.Rule != nil {
			rule, err := ballot.ParseRule(q.Rule.Threshold, q.Rule.Base, q.Rule.Quorum, q.Rule.NoticeDays)
			if err != nil {
				return err
			}
			nq.Rule = &rule
		}
		nb.Questions = append(nb.Questions, nq)
	}
	b, err := h.db.NoticeBallot(c.Request.Context(), *site.User(c), nb)
	if err != nil {
		return err
	}
	return h.show(c, http.StatusCreated, b)
}

// Get returns a ballot as noticed, with its snapshots and rules.
func (h *Ballots) Get(c *gin.Context) error {
	id, err := site.BallotID(c)
	if err != nil {
		return err
	}
	b, err := h.db.Ballot(c.Request.Context(), id)
	if err != nil {
		return err
	}
	return h.show(c, http.StatusOK, b)
}

// Vote records the caller's ballot: one choice per question, each
// with the hash of the snapshot the voter read. It answers the tracker.
func (h *Ballots) Vote(c *gin.Context) error {
	var in struct {
		Choices []ballot.Choice `json:"choices"`
		SHA256  []string        `json:"snapshot_sha256"`
	}
	id, err := site.BallotID(c)
	if err == nil {
		err = readJSON(c, &in)
	}
	if err != nil {
		return err
	}
	r, err := h.db.CastBallot(c.Request.Context(), *site.User(c), id, in.Choices, in.SHA256)
	if err != nil {
		return err
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusCreated, gin.H{"tracker": r.Tracker})
	return nil
}

// Results returns a closed ballot's results, with the arithmetic
// and every paper by tracker.
func (h *Ballots) Results(c *gin.Context) error {
	id, err := site.BallotID(c)
	if err != nil {
		return err
	}
	res, err := h.db.BallotResults(c.Request.Context(), id)
	if err != nil {
		return err
	}
	type apiResult struct {
		QuestionID int64    `json:"question_id"`
		Yes        int      `json:"yes"`
		No         int      `json:"no"`
		Abstain    int      `json:"abstain"`
		Roll       int      `json:"roll"`
		QuorumMet  bool     `json:"quorum_met"`
		Adopted    bool     `json:"adopted"`
		Arithmetic []string `json:"arithmetic"`
	}
	type apiPaper struct {
		Tracker string          `json:"tracker"`
		Choices []ballot.Choice `json:"choices"`
	}
	view, err := h.toAPIBallot(c, res.Ballot)
	if err != nil {
		return err
	}
	out := gin.H{"ballot": view}
	var results []apiResult
	l := h.site.Localizer(c)
	for i, r := range res.Results {
		var lines []string // the arithmetic in the caller's language
		for _, line := range r.Arithmetic {
			lines = append(lines, line.Translate(l.ErrorFormat))
		}
		results = append(results, apiResult{QuestionID: res.Ballot.Questions[i].ID, Yes: r.Yes, No: r.No, Abstain: r.Abstain, Roll: r.Roll,
			QuorumMet: r.QuorumMet, Adopted: r.Adopted, Arithmetic: lines})
	}
	papers := make([]apiPaper, len(res.Papers))
	for i, p := range res.Papers {
		papers[i] = apiPaper{Tracker: p.Tracker, Choices: p.Choices}
	}
	out["results"], out["papers"] = results, papers
	c.JSON(http.StatusOK, out)
	return nil
}

// GiveShare takes a teller's key for the count of a closed ballot:
// {"teller_key": "…"}. It answers the ballot, counted once the last share
// needed is in.
func (h *Ballots) GiveShare(c *gin.Context) error {
	var in struct {
		TellerKey string `json:"teller_key"`
	}
	id, err := site.BallotID(c)
	if err == nil {
		err = readJSON(c, &in)
	}
	if err == nil {
		_, err = h.db.GiveShare(c.Request.Context(), *site.User(c), id, in.TellerKey)
	}
	var b ballot.Ballot
	if err == nil {
		b, err = h.db.Ballot(c.Request.Context(), id)
	}
	if err != nil {
		return err
	}
	return h.show(c, http.StatusOK, b)
}

// CreateTellerKey makes the caller's teller key and answers its private
// half, once: {"teller_key": "…"}.
func (h *Ballots) CreateTellerKey(c *gin.Context) error {
	key, err := h.db.CreateTellerKey(c.Request.Context(), *site.User(c))
	if err != nil {
		return err
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusCreated, gin.H{"teller_key": key})
	return nil
}
