package web

import (
	"fmt"
	"html/template"
	"net/http"
	"sort"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
)

// mergeForm lists the seconded amendments the committee may merge into the
// next draft.
func (s *Server) mergeForm(c *gin.Context) {
	s.showMerge(c, http.StatusOK, nil, nil, "")
}

func (s *Server) showMerge(c *gin.Context, status int, picked map[int64]int, res *store.MergeResult, errMsg string) {
	doc, head, _, err := s.currentText(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	list, err := s.db.Amendments(c.Request.Context(), doc.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	var ready []amendment.Amendment
	for _, a := range list {
		if a.Status == amendment.StatusSeconded && !a.Secondary() {
			ready = append(ready, a)
		}
	}
	data := gin.H{"Doc": doc, "Head": head, "Ready": ready, "Picked": picked, "Error": errMsg}
	if res != nil {
		data["Conflicts"] = res.Conflicts
		if len(res.Conflicts) == 0 && res.Text != "" {
			base, err := s.db.VersionText(c.Request.Context(), doc.ID, head.ID)
			if err != nil {
				s.fail(c, err)
				return
			}
			cmp, err := amendment.Compare(base, []byte(res.Text))
			if err != nil {
				s.fail(c, err)
				return
			}
			_, html, err := render.Redline(cmp, "html", s.i18n.localizerFor(c).redlineLabels())
			if err != nil {
				s.fail(c, charter.Internal(err))
				return
			}
			data["Preview"] = template.HTML(html) // rendered by render.Redline
		}
	}
	s.renderStatus(c, status, "merge", data)
}

// merge previews or publishes the next draft with the chosen amendments,
// merged in the order the committee gave.
func (s *Server) merge(c *gin.Context) {
	picked := map[int64]int{}
	type choice struct {
		id    int64
		order int
	}
	var chosen []choice
	for _, v := range c.PostFormArray("amendment") {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			continue
		}
		order, _ := strconv.Atoi(c.PostForm(fmt.Sprintf("order-%d", id)))
		picked[id] = order
		chosen = append(chosen, choice{id, order})
	}
	sort.SliceStable(chosen, func(i, j int) bool { return chosen[i].order < chosen[j].order })
	ids := make([]int64, len(chosen))
	for i, ch := range chosen {
		ids[i] = ch.id
	}
	ctx := c.Request.Context()
	slug := c.Param("slug")
	var res store.MergeResult
	var err error
	if c.PostForm("action") == "publish" {
		head, _ := strconv.ParseInt(c.PostForm("head"), 10, 64)
		res, err = s.db.Merge(ctx, *currentUser(c), slug, head, ids)
		if err == nil && len(res.Conflicts) == 0 {
			c.Redirect(http.StatusSeeOther, fmt.Sprintf("/documents/%s/versions/%d", slug, res.Version.ID))
			return
		}
	} else {
		res, err = s.db.PreviewMerge(ctx, slug, ids)
	}
	if err != nil {
		code, message := s.classify(c, err)
		s.showMerge(c, statusOf(code), picked, nil, message)
		return
	}
	status := http.StatusOK
	if len(res.Conflicts) > 0 {
		status = http.StatusConflict
	}
	s.showMerge(c, status, picked, &res, "")
}
