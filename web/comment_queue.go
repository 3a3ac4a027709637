package web

import (
	"sort"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
)

// commentQueue is the committee's queue: open top-level comments, oldest
// first, with their sections. With ?answered=1 it is the disposition log,
// the public record of every answer.
func (s *Server) commentQueue(c *gin.Context) {
	doc, head, nodes, err := s.currentText(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	views, err := s.db.Comments(c.Request.Context(), head.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	sections := map[string]document.Node{}
	for _, n := range nodes {
		sections[n.Key] = n
	}
	log := c.Query("answered") != ""
	var items, orphans []store.CommentView
	for _, v := range views {
		if v.ParentID != 0 || v.Deleted || v.Hidden != "" {
			continue
		}
		if v.Place.Orphaned() {
			orphans = append(orphans, v)
			continue
		}
		if answered := v.Disposition != ""; answered == log {
			items = append(items, v)
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].CreatedAt.Before(items[j].CreatedAt) })
	shown, err := s.showComments(c, items)
	if err != nil {
		s.fail(c, err)
		return
	}
	shownOrphans, err := s.showComments(c, orphans)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, "comment_queue", gin.H{"Doc": doc, "Items": shown, "Orphans": shownOrphans, "Sections": sections, "Log": log, "Version": head})
}
