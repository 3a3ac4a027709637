package api

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Petitions are the routes of petitions: create, sign, withdraw, read.
type Petitions struct {
	db PetitionStore
}

// PetitionStore is what the petition routes read and write.
type PetitionStore interface {
	// Petition reads a petition for a reader, with the signers' names only
	// for petition.CanSeeSigners: ENOTFOUND.
	Petition(ctx context.Context, u *member.User, id int64) (store.PetitionView, error)
	// StartPetition: EFORBIDDEN, ENOTFOUND, EINVALID, ETOOLARGE, ECONFLICT.
	StartPetition(ctx context.Context, u member.User, in store.NewPetition) (petition.Petition, error)
	// SignPetition: EFORBIDDEN, ENOTFOUND, ECONFLICT.
	SignPetition(ctx context.Context, u member.User, id int64) (petition.Petition, error)
	// WithdrawSignature: ENOTFOUND, ECONFLICT.
	WithdrawSignature(ctx context.Context, u member.User, id int64) (petition.Petition, error)
	// Now is the store's time.
	Now() time.Time
}

// apiPetition is a petition as the API gives it. Signers is there only
// for an officer or an observer: a member's or the public's answer never
// names anyone.
type apiPetition struct {
	ID          int64      `json:"id"`
	Document    string     `json:"document"`
	Kind        string     `json:"kind"`
	Question    string     `json:"question"`
	AmendmentID int64      `json:"amendment_id,omitempty"`
	Threshold   string     `json:"threshold"`
	DaysToAct   int        `json:"days_to_act"`
	Status      string     `json:"status"`
	Signatures  int        `json:"signatures"`
	Needed      int        `json:"needed"`
	Roll        int        `json:"members_in_good_standing"`
	ReachedAt   *time.Time `json:"reached_at,omitempty"`
	Deadline    *time.Time `json:"deadline,omitempty"`
	Missed      bool       `json:"deadline_missed"`
	NoticedAt   *time.Time `json:"noticed_at,omitempty"`
	BallotID    int64      `json:"ballot_id,omitempty"`
	MeetingNote string     `json:"meeting,omitempty"`
	Signed      bool       `json:"signed_by_you"`
	Signers     []string   `json:"signers,omitempty"`
}

// Get reads a petition.
func (h *Petitions) Get(c *gin.Context) error {
	id, err := site.PetitionID(c)
	if err != nil {
		return err
	}
	return h.answer(c, http.StatusOK, id)
}

// Create starts a petition, signed by the member who starts it.
func (h *Petitions) Create(c *gin.Context) error {
	var in struct {
		Document    string `json:"document"`
		Kind        string `json:"kind"`
		Question    string `json:"question"`
		AmendmentID int64  `json:"amendment_id"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	p, err := h.db.StartPetition(c.Request.Context(), *site.User(c), store.NewPetition{DocumentSlug: in.Document,
		Kind: petition.Kind(in.Kind), Question: in.Question, AmendmentID: in.AmendmentID})
	if err != nil {
		return err
	}
	return h.answer(c, http.StatusCreated, p.ID)
}

// Sign adds the caller's signature.
func (h *Petitions) Sign(c *gin.Context) error { return h.act(c, h.db.SignPetition) }

// Withdraw takes the caller's signature back, while the petition is open.
func (h *Petitions) Withdraw(c *gin.Context) error { return h.act(c, h.db.WithdrawSignature) }

func (h *Petitions) act(c *gin.Context, do func(ctx context.Context, u member.User, id int64) (petition.Petition, error)) error {
	id, err := site.PetitionID(c)
	if err != nil {
		return err
	}
	if _, err := do(c.Request.Context(), *site.User(c), id); err != nil {
		return err
	}
	return h.answer(c, http.StatusOK, id)
}

// answer writes the petition as the caller may read it.
func (h *Petitions) answer(c *gin.Context, status int, id int64) error {
	v, err := h.db.Petition(c.Request.Context(), site.User(c), id)
	if err != nil {
		return err
	}
	p := v.Petition
	c.JSON(status, apiPetition{ID: p.ID, Document: p.DocumentSlug, Kind: string(p.Kind), Question: p.Question, AmendmentID: p.AmendmentID,
		Threshold: p.Rule.Threshold.String(), DaysToAct: p.Rule.DaysToAct, Status: string(p.Status), Signatures: p.Signatures,
		Needed: p.Needed(), Roll: p.Roll, ReachedAt: p.ReachedAt, Deadline: p.Deadline, Missed: p.Missed(h.db.Now()),
		NoticedAt: p.NoticedAt, BallotID: p.BallotID, MeetingNote: p.MeetingNote, Signed: v.Signed, Signers: v.Signers})
	return nil
}
