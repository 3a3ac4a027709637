package api

import (
	"net/http"

	"github.com/charter-org/charter/web/site"
	"github.com/gin-gonic/gin"
)

// Outline answers a version's sections, each with its key, number,
// heading and parent.
func (h *Documents) Outline(c *gin.Context) error {
	doc, err := h.db.Document(c.Request.Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	id, err := site.VersionID(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	ver, err := h.db.Version(ctx, doc.ID, id)
	if err != nil {
		return err
	}
	nodes, err := h.db.Outline(ctx, ver.ID)
	if err != nil {
		return err
	}
	out := make([]apiNode, len(nodes))
	for i, n := range nodes {
		out[i] = apiNode{Key: n.Key, Number: n.Number, Heading: n.Heading, Depth: n.Depth, Kind: string(n.Kind)}
		if n.Parent >= 0 {
			out[i].ParentKey = nodes[n.Parent].Key
		}
	}
	c.JSON(http.StatusOK, gin.H{"version": toAPIVersion(ver), "nodes": out})
	return nil
}
