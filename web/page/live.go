package page

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Live tells an open page that what it shows has changed, as Server-Sent
// Events from the store's change feed: a document or section page when the
// document's comments, amendments or versions change, a ballot's page when
// the ballot moves on (and, for officers and observers while it is open,
// when its turnout changes). charter.js then reads the page again and
// swaps the parts that changed; without JavaScript nothing asks for the
// stream and the page is as it was.
type Live struct {
	site *site.Site
	db   LiveStore
	// stop ends every stream when the server shuts down, which would
	// otherwise wait for them.
	stop     chan struct{}
	stopOnce sync.Once
}

// LiveStore is what live pages read.
type LiveStore interface {
	// Follow returns the changes told from now on, until cancel.
	Follow() (changes <-chan store.Change, cancel func())
	// DocumentHead finds a document and its current version: ENOTFOUND.
	DocumentHead(ctx context.Context, slug string) (document.Document, document.Version, error)
	// ChangesSince gives the changes told after seq, and whether it knows
	// them all.
	ChangesSince(seq int64) (changes []store.Change, all bool)
	// BallotTurnout reads a ballot's status and how many have voted:
	// ENOTFOUND.
	BallotTurnout(ctx context.Context, id int64) (ballot.Status, int, error)
}

// How often a stream says it is alive (so proxies keep it open), and how
// often an open ballot's turnout is read again for those who see it.
const (
	liveKeepAlive = 20 * time.Second
	liveTurnout   = 5 * time.Second
	// A meeting's pages are told at most so often: while a hall fills,
	// every check-in is a change, and every attendee's phone would read
	// its page again for each.
	liveMeeting = 3 * time.Second
)

// Stop ends every stream.
func (h *Live) Stop() { h.stopOnce.Do(func() { close(h.stop) }) }

// Document streams the changes to a document's page and its sections'.
func (h *Live) Document(c *gin.Context) error {
	doc, _, err := h.db.DocumentHead(c.Request.Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	return h.stream(c, func(ch store.Change) bool {
		return ch.Subject == doc.ID && (ch.Topic == store.TopicComments || ch.Topic == store.TopicAmendments || ch.Topic == store.TopicDocument)
	}, nil)
}

// Ballot streams the changes to a ballot's page.
func (h *Live) Ballot(c *gin.Context) error {
	id, err := site.BallotID(c)
	if err != nil {
		return err
	}
	status, turnout, err := h.db.BallotTurnout(c.Request.Context(), id)
	if err != nil {
		return err
	}
	var poll func() bool
	if ballot.CanWatch(site.User(c)) {
		// Votes are not announced (a change per vote would tell the time of
		// each): the turnout is read again now and then.
		poll = func() bool {
			s, t, err := h.db.BallotTurnout(c.Request.Context(), id)
			changed := err == nil && (s != status || t != turnout)
			status, turnout = s, t
			return changed && (s == ballot.StatusOpen || s == ballot.StatusNoticed)
		}
	}
	return h.stream(c, func(ch store.Change) bool { return ch.Topic == store.TopicBallot && ch.Subject == id }, poll)
}

// Meeting streams the changes to a meeting's pages: attendance, the
// agenda, the votes.
func (h *Live) Meeting(c *gin.Context) error {
	id, err := site.MeetingID(c)
	if err != nil {
		return err
	}
	return h.streamEvery(c, func(ch store.Change) bool { return ch.Topic == store.TopicMeeting && ch.Subject == id }, nil, liveMeeting)
}

// stream writes an event named "change" for each change that concerns the
// page, and for each poll that finds one; it ends when the reader leaves,
// the server stops, or the reader's account changes (their session may
// have been revoked: the page will say so when read again).
func (h *Live) stream(c *gin.Context, concerns func(store.Change) bool, poll func() bool) error {
	return h.streamEvery(c, concerns, poll, 0)
}

// streamEvery is stream telling of changes at most once each interval:
// those that come sooner are told together at its end.
func (h *Live) streamEvery(c *gin.Context, concerns func(store.Change) bool, poll func() bool, interval time.Duration) error {
	changes, cancel := h.db.Follow()
	defer cancel()
	me := site.User(c).ID
	w := c.Writer
	rc := http.NewResponseController(w)
	header := w.Header()
	header.Set("Content-Type", "text/event-stream")
	header.Set("Cache-Control", "no-store")
	header.Set("X-Accel-Buffering", "no") // nginx: pass each event on at once
	w.WriteHeader(http.StatusOK)
	send := func(text string) bool {
		// The server's write timeout would end a stream: each write has
		// its own.
		_ = rc.SetWriteDeadline(time.Now().Add(10 * time.Second))
		if _, err := fmt.Fprint(w, text); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !send("retry: 5000\n\n") {
		return nil
	}
	// What changed between the page's rendering and now, followed from
	// here on, is told once.
	if since, err := strconv.ParseInt(c.Query("since"), 10, 64); err == nil {
		missed, all := h.db.ChangesSince(since)
		if !all || slices.ContainsFunc(missed, concerns) {
			if !send("event: change\ndata: since\n\n") {
				return nil
			}
		}
	}
	alive := time.NewTicker(liveKeepAlive)
	defer alive.Stop()
	var polls <-chan time.Time
	if poll != nil {
		t := time.NewTicker(liveTurnout)
		defer t.Stop()
		polls = t.C
	}
	var told time.Time        // when a change was last told
	var held <-chan time.Time // a change held until the interval ends
	var heldTopic store.Topic
	for {
		var ok bool
		select {
		case <-c.Request.Context().Done():
			return nil
		case <-h.stop:
			return nil
		case ch, open := <-changes:
			switch {
			case !open:
				return nil
			case ch.Topic == store.TopicUser && (ch.Subject == me || ch.Subject == 0):
				send("event: end\ndata: account\n\n")
				return nil
			case !concerns(ch):
				continue
			case held != nil:
				continue // told with the one held
			case time.Since(told) < interval:
				held, heldTopic = time.After(interval-time.Since(told)), ch.Topic
				continue
			}
			told, ok = time.Now(), send("event: change\ndata: "+string(ch.Topic)+"\n\n")
		case <-held:
			held = nil
			told, ok = time.Now(), send("event: change\ndata: "+string(heldTopic)+"\n\n")
		case <-polls:
			if !poll() {
				continue
			}
			ok = send("event: change\ndata: turnout\n\n")
		case <-alive.C:
			ok = send(": alive\n\n")
		}
		if !ok {
			return nil
		}
	}
}
