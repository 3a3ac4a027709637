package web

import (
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/document"
)

// amendmentCounts counts, per section and the sections within it, the
// pending amendments to the current version that change it.
func (s *Server) amendmentCounts(c *gin.Context, doc document.Document, head document.Version, nodes []document.Node) (map[string]int, error) {
	ctx := c.Request.Context()
	list, err := s.db.PendingAmendments(ctx, doc.ID, head.ID)
	if err != nil {
		return nil, err
	}
	index := map[string]int{}
	for i, n := range nodes {
		index[n.Key] = i
	}
	counts := map[string]int{}
	for _, a := range list {
		keys, err := s.changed.Get(strconv.FormatInt(a.ID, 10)+"/"+a.ProposedSHA, func() ([]string, error) {
			_, cmp, err := s.comparison(c, a.ID)
			if err != nil {
				return nil, err
			}
			var keys []string
			for _, ch := range cmp.Changes {
				keys = append(keys, ch.Key)
			}
			return keys, nil
		})
		if err != nil {
			return nil, err
		}
		touched := map[string]bool{}
		for _, k := range keys {
			for i, ok := index[k]; ok && i >= 0; i = nodes[i].Parent {
				touched[nodes[i].Key] = true
			}
		}
		for k := range touched {
			counts[k]++
		}
	}
	return counts, nil
}
