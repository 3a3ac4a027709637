package page

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/web/view"
)

// SectionHistory lists every change to a section with its redline: where
// its current wording came from, computed from the versions.
func (h *Documents) SectionHistory(c *gin.Context) error {
	doc, head, nodes, err := h.versions.current(c)
	if err != nil {
		return err
	}
	key := c.Param("key")
	number := ""
	for _, n := range nodes {
		if n.Key == key {
			number = n.Number + " " + n.Heading
		}
	}
	chain, err := h.db.ProvenanceChain(c.Request.Context(), doc.ID, head.ID)
	if err != nil {
		return err
	}
	events := amendment.History(chain, key)
	if len(events) == 0 {
		return charter.Errorf(charter.ENOTFOUND, "This version has no such section.")
	}
	var ids []int64
	for _, e := range events {
		ids = append(ids, e.SponsorID)
	}
	names, err := h.db.UserNames(c.Request.Context(), ids)
	if err != nil {
		return err
	}
	l := h.site.Localizer(c)
	labels := redlineLabels(l)
	list := make([]view.HistoryEvent, len(events))
	for i, e := range events {
		html, err := render.SideBySide([]amendment.Change{e.Change}, labels)
		if err != nil {
			return charter.Internal(err)
		}
		list[i] = view.HistoryEvent{Event: e, Redline: html, Sponsor: names[e.SponsorID], Motion: e.Change.Motion.Translate(l.ErrorFormat)}
	}
	var source *amendment.Source
	if src, ok := amendment.Provenance(chain)[key]; ok {
		source = &src
	}
	h.site.Render(c, "section_history", &view.SectionHistory{Doc: doc, Key: key, Number: number, Events: list, Source: source})
	return nil
}
