package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

type apiConflict struct {
	AmendmentID int64  `json:"amendment_id"`
	Index       int    `json:"index"`
	Base        string `json:"base"`
	Draft       string `json:"draft"`
	Amendment   string `json:"amendment"`
}

type apiSide struct {
	AmendmentID int64  `json:"amendment_id"`
	Index       int    `json:"index"`
	Side        string `json:"side"` // "draft" or "amendment"
}

// Merge merges amendments into the next draft: 201 with the new
// version, or 409 with the conflicts still open (or with the draft that
// moved). Conflicts are settled by side ("sides") or by the committee's
// edit of the merged text ("markdown").
func (h *Documents) Merge(c *gin.Context) error {
	var in struct {
		AmendmentIDs          []int64   `json:"amendment_ids"`
		ExpectedHeadVersionID int64     `json:"expected_head_version_id"`
		Preview               bool      `json:"preview"`
		Sides                 []apiSide `json:"sides"`
		Markdown              string    `json:"markdown"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	req := store.MergeRequest{AmendmentIDs: in.AmendmentIDs, ExpectedHead: in.ExpectedHeadVersionID, Text: in.Markdown, Sides: map[store.ConflictRef]redline.Side{}}
	for _, sd := range in.Sides {
		side, ok := redline.ParseSide(sd.Side)
		if !ok {
			return charter.Errorf(charter.EINVALID, "A conflict is settled for \"draft\" or \"amendment\", not %q.", charter.Clip(sd.Side, 40))
		}
		req.Sides[store.ConflictRef{AmendmentID: sd.AmendmentID, Index: sd.Index}] = side
	}
	var res store.MergeResult
	var err error
	if in.Preview {
		res, err = h.db.PreviewMerge(c.Request.Context(), c.Param("slug"), req)
	} else {
		res, err = h.db.Merge(c.Request.Context(), *site.User(c), c.Param("slug"), req)
	}
	if err != nil {
		return err
	}
	if len(res.Conflicts) > 0 {
		out := make([]apiConflict, len(res.Conflicts))
		for i, cf := range res.Conflicts {
			out[i] = apiConflict{AmendmentID: cf.AmendmentID, Index: cf.Index, Base: cf.Base, Draft: cf.Ours, Amendment: cf.Theirs}
		}
		c.JSON(http.StatusConflict, gin.H{
			"error":     gin.H{"code": "conflict", "message": "Some amendments change the same words differently: settle each conflict by side, or send the merged text as edited."},
			"conflicts": out,
			"markdown":  res.Text,
		})
		return nil
	}
	if in.Preview {
		c.JSON(http.StatusOK, gin.H{"head_version_id": res.Head.ID, "markdown": res.Text})
		return nil
	}
	c.JSON(http.StatusCreated, toAPIVersion(res.Version))
	return nil
}
