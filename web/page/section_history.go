package page

import (
	"fmt"
	"html/template"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/redline"
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
	// A change made is read as the wording before and after it.
	labels := RedlineLabels(l)
	labels.Current, labels.Proposed = l.T("WordingBefore"), l.T("WordingAfter")
	list := make([]view.HistoryEvent, len(events))
	for i, e := range events {
		list[i] = view.HistoryEvent{Event: e, Sponsor: names[e.SponsorID]}
		if e.VersionID == chain[0].Version.ID {
			// The wording the section was imported with, as it read.
			if list[i].Wording, err = sectionWording(chain[0].Text, doc.Numbering, key, e.Change.New); err != nil {
				return charter.Internal(fmt.Errorf("history of %s in %s: %w", key, doc.Slug, err))
			}
			continue
		}
		if list[i].Redline, err = render.SideBySide([]amendment.Change{e.Change}, labels); err != nil {
			return charter.Internal(err)
		}
		list[i].Motion = e.Change.Motion.Translate(l.ErrorFormat)
	}
	var source *amendment.Source
	if src, ok := amendment.SectionSource(chain, key, events); ok {
		source = &src
	}
	h.site.Render(c, "section_history", &view.SectionHistory{Doc: doc, Key: key, Number: number, Events: list, Source: source})
	return nil
}

// sectionWording renders a section as it read in version p, numbered as
// the document numbers it; unnumbered text (own, its own text) as it reads.
func sectionWording(p *document.Parsed, scheme document.Scheme, key, own string) (template.HTML, error) {
	keys := make([]string, len(p.Outline.Nodes))
	numbered := false
	for i, n := range p.Outline.Nodes {
		keys[i] = n.Key
		numbered = numbered || n.Key == key
	}
	if !numbered {
		return render.Inline([]redline.Op{{Kind: redline.Equal, Text: own}})
	}
	return render.Section(p.Source.Text, scheme, keys, key, "")
}
