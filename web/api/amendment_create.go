package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Propose stores an amendment, as a draft or submitted, and answers it
// with its changes: 201.
func (h *Amendments) Propose(c *gin.Context) error {
	var in struct {
		BaseVersionID    int64  `json:"base_version_id"`
		ParentID         int64  `json:"parent_id"`
		Revision         bool   `json:"revision"`
		Title            string `json:"title"`
		Rationale        string `json:"rationale"`
		ProposedMarkdown string `json:"proposed_markdown"`
		Submit           bool   `json:"submit"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	if err := requireFields("title", in.Title, "proposed_markdown", in.ProposedMarkdown); err != nil {
		return err
	}
	a, err := h.db.ProposeAmendment(c.Request.Context(), *site.User(c), store.NewAmendment{
		DocumentSlug: c.Param("slug"), BaseVersionID: in.BaseVersionID, ParentID: in.ParentID, Revision: in.Revision,
		Title: in.Title, Rationale: in.Rationale, Proposed: []byte(in.ProposedMarkdown), Submit: in.Submit,
	})
	if err != nil {
		return err
	}
	_, cmp, err := h.comparisons.Amendment(c.Request.Context(), *site.User(c), a.ID)
	if err != nil {
		return err
	}
	c.JSON(http.StatusCreated, toAPIAmendment(a, cmp))
	return nil
}

// Get answers an amendment with its changes and warnings.
func (h *Amendments) Get(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	a, cmp, err := h.comparisons.Amendment(c.Request.Context(), *site.User(c), id)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, toAPIAmendment(a, cmp))
	return nil
}

// Redline answers an amendment's redline in the ?format asked for.
func (h *Amendments) Redline(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	_, cmp, err := h.comparisons.Amendment(c.Request.Context(), *site.User(c), id)
	if err != nil {
		return err
	}
	return writeRedline(c, cmp)
}

// Cosponsor records the caller's second and answers the amendment.
func (h *Amendments) Cosponsor(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	a, err := h.db.Cosponsor(c.Request.Context(), *site.User(c), id)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, toAPIAmendment(a, nil))
	return nil
}

// SetStatus submits, withdraws, declines… an amendment, as the caller's
// role and its status allow, and answers it.
func (h *Amendments) SetStatus(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	var in struct {
		Status string `json:"status"`
		Reason string `json:"reason"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	a, err := h.db.SetAmendmentStatus(c.Request.Context(), *site.User(c), id, amendment.Status(in.Status), in.Reason)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, toAPIAmendment(a, nil))
	return nil
}
