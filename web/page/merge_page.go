package page

import (
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// MergeForm lists the seconded amendments the committee may merge into the
// next draft.
func (h *Amendments) MergeForm(c *gin.Context) error {
	return h.showMerge(c, http.StatusOK, nil, nil, nil)
}

// showMerge shows the merge form on the current draft, with a preview's
// result, or the error that refused a merge, whose status it takes (and,
// when the draft moved, what was published since the one the committee
// reviewed).
func (h *Amendments) showMerge(c *gin.Context, status int, picked map[int64]int, res *store.MergeResult, refused error) error {
	doc, head, _, err := h.versions.current(c)
	if err != nil {
		return err
	}
	var errMsg string
	if refused != nil {
		var code string
		code, errMsg = h.site.Classify(c, refused)
		status = site.Status(code)
	}
	list, err := h.db.Amendments(c.Request.Context(), *site.User(c), doc.ID)
	if err != nil {
		return err
	}
	var ready []amendment.Amendment
	for _, a := range list {
		if a.Status == amendment.StatusSeconded && !a.Secondary() {
			ready = append(ready, a)
		}
	}
	m := &view.Merge{Doc: doc, Head: head, Ready: ready, Picked: picked, Error: errMsg, Stale: staleOf(h.site.Localizer(c), doc.Slug, refused)}
	if res != nil {
		m.Conflicts, m.Open, m.Text = conflictViews(res, picked), len(res.Conflicts), res.Text
		if len(res.Conflicts) == 0 && res.Text != "" {
			if _, m.Preview, err = previewRedline(c, h.site, h.db, doc.ID, head.ID, res.Text); err != nil {
				return err
			}
		}
	}
	h.site.RenderStatus(c, status, "merge", m)
	return nil
}

// conflictViews lists a merge's conflicts, open and settled, in merge order.
func conflictViews(res *store.MergeResult, picked map[int64]int) []view.Conflict {
	var out []view.Conflict
	for _, mc := range slices.Concat(res.Conflicts, res.Settled) {
		out = append(out, view.Conflict{MergeConflict: mc, Number: mc.Index + 1, Field: fmt.Sprintf("side-%d-%d", mc.AmendmentID, mc.Index), Chosen: mc.Side.Name()})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.AmendmentID != b.AmendmentID {
			return picked[a.AmendmentID] < picked[b.AmendmentID]
		}
		return a.Index < b.Index
	})
	return out
}

// Merge previews or publishes the next draft with the chosen amendments,
// merged in the order the committee gave, their conflicts settled by side
// or, with the "-text" actions, by the committee's edit of the merged text.
func (h *Amendments) Merge(c *gin.Context) error {
	req, picked := mergeRequestFromForm(c)
	ctx := c.Request.Context()
	slug := c.Param("slug")
	action := c.PostForm("action")
	var res store.MergeResult
	var err error
	if strings.HasSuffix(action, "-text") {
		if req.Text = strings.ReplaceAll(c.PostForm("text"), "\r\n", "\n"); strings.TrimSpace(req.Text) == "" {
			err = charter.Errorf(charter.EINVALID, "The merged text is empty: write it, or settle the conflicts by side.")
		}
	}
	switch {
	case err != nil:
	case strings.HasPrefix(action, "publish"):
		req.ExpectedHead, _ = strconv.ParseInt(c.PostForm("head"), 10, 64)
		res, err = h.db.Merge(ctx, *site.User(c), slug, req)
		if err == nil && len(res.Conflicts) == 0 {
			c.Redirect(http.StatusSeeOther, fmt.Sprintf("/documents/%s/versions/%d", slug, res.Version.ID))
			return nil
		}
	default:
		res, err = h.db.PreviewMerge(ctx, slug, req)
	}
	if err != nil {
		return h.showMerge(c, 0, picked, nil, err)
	}
	status := http.StatusOK
	if len(res.Conflicts) > 0 {
		status = http.StatusConflict
	}
	return h.showMerge(c, status, picked, &res, nil)
}

// mergeRequestFromForm reads the chosen amendments, their order and the
// sides chosen for their conflicts.
func mergeRequestFromForm(c *gin.Context) (store.MergeRequest, map[int64]int) {
	picked := map[int64]int{}
	var ids []int64
	for _, v := range c.PostFormArray("amendment") {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || slices.Contains(ids, id) {
			continue
		}
		picked[id], _ = strconv.Atoi(c.PostForm(fmt.Sprintf("order-%d", id)))
		ids = append(ids, id)
	}
	sort.SliceStable(ids, func(i, j int) bool { return picked[ids[i]] < picked[ids[j]] })
	req := store.MergeRequest{AmendmentIDs: ids, Sides: map[store.ConflictRef]redline.Side{}}
	_ = c.Request.ParseForm()
	for field, values := range c.Request.PostForm {
		var ref store.ConflictRef
		if _, err := fmt.Sscanf(field, "side-%d-%d", &ref.AmendmentID, &ref.Index); err != nil || len(values) == 0 {
			continue
		}
		if side, ok := redline.ParseSide(values[0]); ok {
			req.Sides[ref] = side
		}
	}
	return req, picked
}
