package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

func (s *Server) apiProposeAmendment(c *gin.Context) error {
	var in struct {
		BaseVersionID    int64  `json:"base_version_id"`
		ParentID         int64  `json:"parent_id"`
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
	a, err := s.db.ProposeAmendment(c.Request.Context(), *site.User(c), store.NewAmendment{
		DocumentSlug: c.Param("slug"), BaseVersionID: in.BaseVersionID, ParentID: in.ParentID,
		Title: in.Title, Rationale: in.Rationale, Proposed: []byte(in.ProposedMarkdown), Submit: in.Submit,
	})
	if err != nil {
		return err
	}
	_, cmp, err := s.comparisons.Amendment(c.Request.Context(), *site.User(c), a.ID)
	if err != nil {
		return err
	}
	c.JSON(http.StatusCreated, toAPIAmendment(a, cmp))
	return nil
}

func (s *Server) apiGetAmendment(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	a, cmp, err := s.comparisons.Amendment(c.Request.Context(), *site.User(c), id)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, toAPIAmendment(a, cmp))
	return nil
}

func (s *Server) apiAmendmentRedline(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	_, cmp, err := s.comparisons.Amendment(c.Request.Context(), *site.User(c), id)
	if err != nil {
		return err
	}
	return s.writeRedline(c, cmp)
}

func (s *Server) apiCosponsor(c *gin.Context) error {
	id, err := site.AmendmentID(c)
	if err != nil {
		return err
	}
	a, err := s.db.Cosponsor(c.Request.Context(), *site.User(c), id)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, toAPIAmendment(a, nil))
	return nil
}

func (s *Server) apiSetAmendmentStatus(c *gin.Context) error {
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
	a, err := s.db.SetAmendmentStatus(c.Request.Context(), *site.User(c), id, amendment.Status(in.Status), in.Reason)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, toAPIAmendment(a, nil))
	return nil
}
