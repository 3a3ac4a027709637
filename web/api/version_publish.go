package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Publish publishes the next version of a document. The text
// names the version it was written from (base_version_id): when another
// version was published since, nothing is published and the 409 lists what
// changed (ErrorFields). With "clerical" (the ballot that authorised it and
// a reason), the version is a clerical change: numbers and references set
// right, no word changed (amendment.CheckClerical).
func (h *Documents) Publish(c *gin.Context) error {
	var in struct {
		Markdown      string `json:"markdown"`
		BaseVersionID int64  `json:"base_version_id"`
		Clerical      *struct {
			BallotID int64  `json:"ballot_id"`
			Reason   string `json:"reason"`
		} `json:"clerical"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	if err := requireFields("markdown", in.Markdown); err != nil {
		return err
	}
	if in.BaseVersionID == 0 {
		return charter.Errorf(charter.EINVALID, "The field %q is missing: the id of the version the text was written from.", "base_version_id")
	}
	var ver document.Version
	var err error
	if in.Clerical != nil {
		ver, err = h.db.PublishClerical(c.Request.Context(), *site.User(c), store.NewClerical{
			Slug: c.Param("slug"), Base: in.BaseVersionID, Markdown: []byte(in.Markdown), BallotID: in.Clerical.BallotID, Reason: in.Clerical.Reason,
		})
	} else {
		ver, err = h.db.PublishVersion(c.Request.Context(), site.User(c).ID, store.NewVersion{
			Slug: c.Param("slug"), Base: in.BaseVersionID, Markdown: []byte(in.Markdown), Origin: document.OriginImport,
		})
	}
	if err != nil {
		return err
	}
	c.JSON(http.StatusCreated, toAPIVersion(ver))
	return nil
}
