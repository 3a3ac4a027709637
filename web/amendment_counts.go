package web

import (
	"strconv"
	"sync"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/document"
)

// changedKeys caches, by amendment id and proposed text hash, the keys of
// the sections an amendment changes: content-keyed, it never goes stale.
type changedKeys struct {
	mu   sync.Mutex
	keys map[string][]string
}

func (ck *changedKeys) get(id string) ([]string, bool) {
	ck.mu.Lock()
	defer ck.mu.Unlock()
	k, ok := ck.keys[id]
	return k, ok
}

func (ck *changedKeys) put(id string, keys []string) {
	ck.mu.Lock()
	defer ck.mu.Unlock()
	if ck.keys == nil || len(ck.keys) > 10000 {
		ck.keys = map[string][]string{}
	}
	ck.keys[id] = keys
}

// amendmentCounts counts, per section and the sections within it, the
// pending amendments to the current version that change it.
func (s *Server) amendmentCounts(c *gin.Context, doc document.Document, head document.Version, nodes []document.Node) (map[string]int, error) {
	ctx := c.Request.Context()
	list, err := s.db.Amendments(ctx, doc.ID)
	if err != nil {
		return nil, err
	}
	index := map[string]int{}
	for i, n := range nodes {
		index[n.Key] = i
	}
	counts := map[string]int{}
	for _, a := range list {
		if !a.Pending() || a.BaseVersionID != head.ID || a.Secondary() {
			continue
		}
		id := strconv.FormatInt(a.ID, 10) + "/" + a.ProposedSHA
		keys, ok := s.changed.get(id)
		if !ok {
			_, cmp, err := s.comparison(c, a.ID)
			if err != nil {
				return nil, err
			}
			for _, ch := range cmp.Changes {
				keys = append(keys, ch.Key)
			}
			s.changed.put(id, keys)
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
