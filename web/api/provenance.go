package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/web/site"
)

type apiSource struct {
	Key           string `json:"key"`
	Number        string `json:"number"`
	VersionID     int64  `json:"version_id"`
	VersionNumber int    `json:"version_number"`
	Origin        string `json:"origin"`
	AmendmentID   int64  `json:"amendment_id,omitempty"`
	SponsorID     int64  `json:"sponsor_id,omitempty"`
	BallotID      *int64 `json:"ballot_id"`
	// The latest clerical change to its numbers or references, if any.
	Clerical *apiClerical `json:"clerical,omitempty"`
}

type apiClerical struct {
	VersionID     int64 `json:"version_id"`
	VersionNumber int   `json:"version_number"`
	BallotID      int64 `json:"authorised_by_ballot_id"`
}

// Provenance says, for each section of a version, where its wording
// came from.
func (h *Documents) Provenance(c *gin.Context) error {
	doc, err := h.db.Document(c.Request.Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	id, err := site.VersionID(c)
	if err != nil {
		return err
	}
	chain, err := h.db.ProvenanceChain(c.Request.Context(), doc.ID, id)
	if err != nil {
		return err
	}
	sources := amendment.Provenance(chain)
	last := chain[len(chain)-1].Text.Outline.Nodes
	out := make([]apiSource, 0, len(last))
	for _, n := range last {
		src := sources[n.Key]
		a := apiSource{Key: n.Key, Number: n.Number, VersionID: src.VersionID, VersionNumber: src.VersionNumber,
			Origin: string(src.Origin), AmendmentID: src.AmendmentID, SponsorID: src.SponsorID}
		if src.BallotID != 0 {
			a.BallotID = &src.BallotID
		}
		if cl := src.Clerical; cl != nil {
			a.Clerical = &apiClerical{VersionID: cl.VersionID, VersionNumber: cl.VersionNumber, BallotID: cl.BallotID}
		}
		out = append(out, a)
	}
	c.JSON(http.StatusOK, gin.H{"version_id": id, "sections": out})
	return nil
}
