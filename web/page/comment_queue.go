package page

import (
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Queue is the committee's queue: open top-level comments, oldest
// first, with their sections, a page at a time (all 45,000 open comments
// of a union's draft made one page of 17 MB that took two seconds). With
// ?answered=1 it is the disposition log, the public record of every answer.
func (h *Comments) Queue(c *gin.Context) error {
	doc, head, nodes, err := h.versions.current(c)
	if err != nil {
		return err
	}
	log := c.Query("answered") != ""
	n, err := strconv.Atoi(c.Query("page"))
	if err != nil || n < 1 {
		n = 1
	}
	n = min(n, maxQueuePages) // (n-1)*queuePage must not overflow; past the end shows the last

	items, total, orphans, err := h.db.CommentQueue(c.Request.Context(), doc.ID, head.ID, log, (n-1)*queuePage, queuePage)
	if last := max(1, int((total+queuePage-1)/queuePage)); err == nil && n > last {
		n = last // past the end, as after answering the last comments of a page
		items, total, orphans, err = h.db.CommentQueue(c.Request.Context(), doc.ID, head.ID, log, (n-1)*queuePage, queuePage)
	}
	if err != nil {
		return err
	}
	sections := map[string]document.Node{}
	for _, n := range nodes {
		sections[n.Key] = n
	}
	shown, err := h.showComments(c, items)
	if err != nil {
		return err
	}
	shownOrphans, err := h.showComments(c, orphans)
	if err != nil {
		return err
	}
	h.site.Render(c, "comment_queue", &view.CommentQueue{Doc: doc, Items: shown, Orphans: shownOrphans, Sections: sections, Log: log, Version: head,
		Page: pageOf(c, n, int(total), queuePage), CanAnswer: !log && comment.CanAnswer(site.User(c))})
	return nil
}

// queuePage is how many comments a page of the queue or the log lists.
const queuePage = 100

// maxQueuePages bounds the page a request may name, far past any queue.
const maxQueuePages = 1 << 24

// pageOf describes page n (from 1) of a list of total items.
func pageOf(c *gin.Context, n, total, size int) view.ListPage {
	p := view.ListPage{From: (n - 1) * size, To: min(total, n*size), Total: total}
	link := func(k int) string {
		q := c.Request.URL.Query()
		q.Set("page", strconv.Itoa(k))
		return c.Request.URL.Path + "?" + q.Encode()
	}
	if n > 1 {
		p.Previous = link(n - 1)
	}
	if p.To < total {
		p.Next = link(n + 1)
	}
	return p
}
