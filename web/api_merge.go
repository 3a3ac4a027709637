package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/store"
)

type apiConflict struct {
	AmendmentID int64  `json:"amendment_id"`
	Base        string `json:"base"`
	Draft       string `json:"draft"`
	Amendment   string `json:"amendment"`
}

// apiMerge merges amendments into the next draft: 201 with the new
// version, or 409 with the conflicts (or with the draft that moved).
func (s *Server) apiMerge(c *gin.Context) {
	var in struct {
		AmendmentIDs          []int64 `json:"amendment_ids"`
		ExpectedHeadVersionID int64   `json:"expected_head_version_id"`
		Preview               bool    `json:"preview"`
	}
	if err := readJSON(c, &in); err != nil {
		s.apiFail(c, err)
		return
	}
	var res store.MergeResult
	var err error
	if in.Preview {
		res, err = s.db.PreviewMerge(c.Request.Context(), c.Param("slug"), in.AmendmentIDs)
	} else {
		res, err = s.db.Merge(c.Request.Context(), *currentUser(c), c.Param("slug"), in.ExpectedHeadVersionID, in.AmendmentIDs)
	}
	if err != nil {
		s.apiFail(c, err)
		return
	}
	if len(res.Conflicts) > 0 {
		out := make([]apiConflict, len(res.Conflicts))
		for i, cf := range res.Conflicts {
			out[i] = apiConflict{AmendmentID: cf.AmendmentID, Base: cf.Base, Draft: cf.Ours, Amendment: cf.Theirs}
		}
		c.JSON(http.StatusConflict, gin.H{"error": gin.H{"code": "conflict", "message": "Some amendments change the same words differently; resolve them first."}, "conflicts": out})
		return
	}
	if in.Preview {
		c.JSON(http.StatusOK, gin.H{"head_version_id": res.Head.ID, "markdown": res.Text})
		return
	}
	c.JSON(http.StatusCreated, toAPIVersion(res.Version))
}
