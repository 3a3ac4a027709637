package web

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/store"
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
}

type apiBallot struct {
	ID         int64         `json:"id"`
	Title      string        `json:"title"`
	Status     string        `json:"status"`
	NoticeAt   time.Time     `json:"notice_at"`
	OpensAt    time.Time     `json:"opens_at"`
	ClosesAt   time.Time     `json:"closes_at"`
	RollSize   int           `json:"roll_size"`
	MinBallots int           `json:"min_ballots"`
	Turnout    *int          `json:"turnout,omitempty"` // officers and observers
	Questions  []apiQuestion `json:"questions"`
}

func toAPIRule(r ballot.Rule) apiRule {
	return apiRule{Threshold: r.Threshold.String(), Base: string(r.Base), Quorum: r.Quorum.String(), NoticeDays: r.NoticeDays}
}

func (s *Server) toAPIBallot(c *gin.Context, b ballot.Ballot) apiBallot {
	out := apiBallot{ID: b.ID, Title: b.Title, Status: string(b.Status), NoticeAt: b.NoticeAt, OpensAt: b.OpensAt, ClosesAt: b.ClosesAt,
		RollSize: b.RollSize, MinBallots: b.MinBallots, Questions: []apiQuestion{}}
	if u := currentUser(c); u.CanRunBallots() || u.CanReadAudit() {
		out.Turnout = &b.Turnout
	}
	for _, q := range b.Questions {
		out.Questions = append(out.Questions, apiQuestion{ID: q.ID, Kind: string(q.Kind), Question: q.Question, AmendmentID: q.AmendmentID,
			VersionID: q.VersionID, SHA256: q.SHA256, Snapshot: q.Snapshot, Rule: toAPIRule(q.Rule)})
	}
	return out
}

// apiNoticeBallot gives notice of a ballot.
func (s *Server) apiNoticeBallot(c *gin.Context) {
	var in struct {
		DocumentSlug string    `json:"document_slug"`
		Title        string    `json:"title"`
		OpensAt      time.Time `json:"opens_at"`
		ClosesAt     time.Time `json:"closes_at"`
		MinBallots   int       `json:"min_ballots"`
		Questions    []struct {
			Kind        string   `json:"kind"`
			AmendmentID int64    `json:"amendment_id"`
			VersionID   int64    `json:"version_id"`
			Question    string   `json:"question"`
			Rule        *apiRule `json:"rule"`
		} `json:"questions"`
	}
	if err := readJSON(c, &in); err != nil {
		s.apiFail(c, err)
		return
	}
	nb := store.NewBallot{DocumentSlug: in.DocumentSlug, Title: in.Title, OpensAt: in.OpensAt, ClosesAt: in.ClosesAt, MinBallots: in.MinBallots}
	for _, q := range in.Questions {
		nq := store.NewQuestion{Kind: ballot.Kind(q.Kind), AmendmentID: q.AmendmentID, VersionID: q.VersionID, Question: q.Question}
		if q.Rule != nil {
			rule, err := ballot.ParseRule(q.Rule.Threshold, q.Rule.Base, q.Rule.Quorum, q.Rule.NoticeDays)
			if err != nil {
				s.apiFail(c, err)
				return
			}
			nq.Rule = &rule
		}
		nb.Questions = append(nb.Questions, nq)
	}
	b, err := s.db.NoticeBallot(c.Request.Context(), *currentUser(c), nb)
	if err != nil {
		s.apiFail(c, err)
		return
	}
	c.JSON(http.StatusCreated, s.toAPIBallot(c, b))
}

// apiGetBallot returns a ballot as noticed, with its snapshots and rules.
func (s *Server) apiGetBallot(c *gin.Context) {
	id, err := ballotID(c)
	if err != nil {
		s.apiFail(c, err)
		return
	}
	b, err := s.db.Ballot(c.Request.Context(), id)
	if err != nil {
		s.apiFail(c, err)
		return
	}
	c.JSON(http.StatusOK, s.toAPIBallot(c, b))
}

// apiCastVote records the caller's ballot: one choice per question, each
// with the hash of the snapshot the voter read. It answers the tracker.
func (s *Server) apiCastVote(c *gin.Context) {
	var in struct {
		Choices []ballot.Choice `json:"choices"`
		SHA256  []string        `json:"snapshot_sha256"`
	}
	id, err := ballotID(c)
	if err == nil {
		err = readJSON(c, &in)
	}
	if err != nil {
		s.apiFail(c, err)
		return
	}
	r, err := s.db.CastBallot(c.Request.Context(), *currentUser(c), id, in.Choices, in.SHA256)
	if err != nil {
		s.apiFail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusCreated, gin.H{"tracker": r.Tracker})
}

// apiBallotResults returns a closed ballot's results, with the arithmetic
// and every paper by tracker.
func (s *Server) apiBallotResults(c *gin.Context) {
	id, err := ballotID(c)
	if err != nil {
		s.apiFail(c, err)
		return
	}
	res, err := s.db.BallotResults(c.Request.Context(), id)
	if err != nil {
		s.apiFail(c, err)
		return
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
	out := gin.H{"ballot": s.toAPIBallot(c, res.Ballot)}
	var results []apiResult
	for i, r := range resultViews(res, s.i18n.localizerFor(c)) {
		results = append(results, apiResult{QuestionID: res.Ballot.Questions[i].ID, Yes: r.Yes, No: r.No, Abstain: r.Abstain, Roll: r.Roll,
			QuorumMet: r.QuorumMet, Adopted: r.Adopted, Arithmetic: r.Lines})
	}
	papers := make([]apiPaper, len(res.Papers))
	for i, p := range res.Papers {
		papers[i] = apiPaper{Tracker: p.Tracker, Choices: p.Choices}
	}
	out["results"], out["papers"] = results, papers
	c.JSON(http.StatusOK, out)
}
