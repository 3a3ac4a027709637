package page

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"strconv"

	"github.com/gin-gonic/gin"
	"golang.org/x/sync/errgroup"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
)

// amendmentCounts counts, per section and the sections within it, the
// pending amendments to the current version that change it. The counts
// are kept under the version and the pending amendments' texts, and built
// once for the readers who ask at the same time: the first view of a
// version with 500 pending amendments compares each with the version.
func (h *Documents) amendmentCounts(c *gin.Context, doc document.Document, head document.Version, nodes []document.Node) (map[string]int, error) {
	list, err := h.db.PendingAmendments(c.Request.Context(), doc.ID, head.ID)
	if err != nil {
		return nil, err
	}
	keys := make([]string, len(list))
	sum := sha256.New()
	sum.Write([]byte(strconv.FormatInt(head.ID, 10) + "/" + head.SHA256))
	for i, a := range list {
		keys[i] = strconv.FormatInt(a.ID, 10) + "/" + a.ProposedSHA
		sum.Write([]byte("\x00" + keys[i]))
	}
	return h.amendmentTotals.Get(hex.EncodeToString(sum.Sum(nil)), func() (map[string]int, error) {
		// Others may be waiting for these counts: they go on if this
		// reader leaves.
		ctx := context.WithoutCancel(c.Request.Context())
		changed := make([][]string, len(list))
		var g errgroup.Group
		g.SetLimit(runtime.GOMAXPROCS(0))
		for i, a := range list {
			g.Go(func() (err error) {
				changed[i], err = h.changed.Get(keys[i], func() ([]string, error) {
					// Counted as anyone reads them: pending amendments are public.
					_, cmp, err := h.comparisons.Amendment(ctx, member.User{}, a.ID)
					if err != nil {
						return nil, err
					}
					var keys []string
					for _, ch := range cmp.Changes {
						keys = append(keys, ch.Key)
					}
					return keys, nil
				})
				return err
			})
		}
		if err := g.Wait(); err != nil {
			return nil, err
		}
		index := make(map[string]int, len(nodes))
		for i, n := range nodes {
			index[n.Key] = i
		}
		counts := map[string]int{}
		for _, keys := range changed {
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
	})
}
