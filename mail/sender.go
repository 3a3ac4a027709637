package mail

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/charter-org/charter/store"
)

// Outbox is what the sender needs of the store.
type Outbox interface {
	ClaimMail(ctx context.Context, worker string, limit int, lease time.Duration) ([]store.Outgoing, error)
	MailContent(ctx context.Context, id int64) (store.MailContent, error)
	MailSent(ctx context.Context, worker string, ids []int64) (int, error)
	MailFailed(ctx context.Context, id int64, worker, reason string, permanent bool, retry time.Time) error
	ReleaseMail(ctx context.Context, worker string, ids []int64) error
	QueueReminders(ctx context.Context, lead time.Duration) (int, error)
	GatherDigests(ctx context.Context, now time.Time) (int, error)
	Follow() (<-chan store.Change, func())
}

// Transport hands one message to a mail server.
type Transport interface {
	// Send returns nil only once the server has accepted the message; a
	// *Failure says whether trying again may help.
	Send(ctx context.Context, from, to string, msg []byte) error
	Close() error
}

// Sender delivers the outbox. Every Charter instance may run one: claims
// keep them from sending the same message twice.
type Sender struct {
	Outbox Outbox
	// Connect makes a connection's transport; Connections of them send at
	// once. A message is a few round trips to the server and one to the
	// database: on a machine busy serving pages each waits its turn for
	// the processor, and one connection alone sent 11 messages a second
	// while 64 clients read the ballot page.
	Connect     func() Transport
	Connections int
	Composer    Composer
	// Worker names this sender in its claims; unique per process.
	Worker string
	// Rate is the most messages a second this sender hands over, as the
	// mail provider allows; 0 means no limit.
	Rate float64
	// Batch is how many messages one claim takes; Lease how long they are
	// this sender's. A message not marked by the lease's end goes to
	// whichever sender claims it next.
	Batch int
	Lease time.Duration
	// ReminderLead is how long before a ballot's close its reminders go.
	ReminderLead time.Duration
	Log          *slog.Logger

	contents   map[int64]store.MailContent
	next       time.Time // the rate's next free moment
	choresDone time.Time
	transports []Transport
}

// errUnreachable stops a batch when no message can be handed over.
var errUnreachable = errors.New("mail server unreachable")

// Run delivers until ctx ends: whatever is due at once, then again when a
// message is queued (the change feed says so, from any instance), and
// every few seconds for retries and reminders.
func (s *Sender) Run(ctx context.Context) {
	if s.Batch == 0 {
		s.Batch = 100
	}
	if s.Lease == 0 {
		s.Lease = 5 * time.Minute
	}
	changes, stop := s.Outbox.Follow()
	defer stop()
	defer s.close()
	tick := time.NewTicker(15 * time.Second)
	defer tick.Stop()
	wait := time.Duration(0) // after the server was unreachable
	for {
		s.chores(ctx)
		err := s.deliverDue(ctx)
		switch {
		case errors.Is(err, errUnreachable):
			wait = min(max(2*wait, 15*time.Second), 10*time.Minute)
		case err != nil:
			s.Log.Error("deliver mail", "err", err)
		default:
			wait = 0
		}
		if !s.sleep(ctx, wait, changes, tick.C) {
			return
		}
	}
}

// chores queues what falls due with time rather than with an event: a
// ballot's reminders, and the daily digests.
func (s *Sender) chores(ctx context.Context) {
	// Each is a write: at most twice a minute, however often mail is
	// queued.
	if time.Since(s.choresDone) < 30*time.Second {
		return
	}
	s.choresDone = time.Now()
	if s.ReminderLead > 0 {
		if n, err := s.Outbox.QueueReminders(ctx, s.ReminderLead); err != nil {
			s.Log.Error("queue reminders", "err", err)
		} else if n > 0 {
			s.Log.Info("reminders queued", "messages", n)
		}
	}
	if n, err := s.Outbox.GatherDigests(ctx, time.Now()); err != nil {
		s.Log.Error("gather digests", "err", err)
	} else if n > 0 {
		s.Log.Info("digests gathered", "messages", n)
	}
}

// sleep waits for at least wait, then for a message queued or the next
// tick; false when ctx ended.
func (s *Sender) sleep(ctx context.Context, wait time.Duration, changes <-chan store.Change, tick <-chan time.Time) bool {
	if wait > 0 {
		select {
		case <-ctx.Done():
			return false
		case <-time.After(wait):
		}
	}
	for {
		select {
		case <-ctx.Done():
			return false
		case <-tick:
			return true
		case c, ok := <-changes:
			if !ok {
				return false
			}
			if c.Topic == store.TopicMail {
				return true
			}
		}
	}
}

// deliverDue claims and sends batches until none is due.
func (s *Sender) deliverDue(ctx context.Context) error {
	for ctx.Err() == nil {
		batch, err := s.Outbox.ClaimMail(ctx, s.Worker, s.Batch, s.Lease)
		if err != nil || len(batch) == 0 {
			return err
		}
		if err := s.deliver(ctx, batch, time.Now().Add(s.Lease*4/5)); err != nil {
			return err
		}
	}
	return nil
}

// deliver sends a claimed batch over the sender's connections, marking
// messages sent as the server accepts them. What it does not try before
// the lease nears its end or ctx ends, it gives back.
func (s *Sender) deliver(ctx context.Context, batch []store.Outgoing, until time.Time) error {
	// The marks are written even as the server shuts down: a message the
	// mail server accepted must not stay unmarked for want of a context.
	mark, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	d := &delivery{accepted: make(chan int64, len(batch))}
	marked := make(chan struct{})
	go func() { defer close(marked); s.markSent(mark, d.accepted, d) }()
	work := make(chan outgoingEmail)
	var wg sync.WaitGroup
	for _, t := range s.connections() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for w := range work {
				s.send(ctx, mark, t, w, d)
			}
		}()
	}
	for i, o := range batch {
		if ctx.Err() != nil || time.Now().After(until) || d.stopped() || !s.pace(ctx) {
			d.giveBack(batch[i:]...)
			break
		}
		email, err := s.compose(ctx, o)
		if err != nil {
			s.Log.Error("compose mail", "outbox", o.ID, "err", err)
			if err := s.Outbox.MailFailed(mark, o.ID, s.Worker, "could not be composed", true, time.Time{}); err != nil {
				d.fail(err)
			}
			continue
		}
		work <- outgoingEmail{o, email}
	}
	close(work)
	wg.Wait()
	close(d.accepted)
	<-marked
	if err := s.release(mark, d.untried); err != nil {
		d.fail(err)
	}
	if d.err == nil && d.unreachable {
		return errUnreachable
	}
	return d.err
}

type outgoingEmail struct {
	store.Outgoing
	email Email
}

// delivery is what a batch's connections tell each other: the first error,
// whether the server could not be reached, what went untried.
type delivery struct {
	accepted    chan int64
	mu          sync.Mutex
	err         error
	unreachable bool
	untried     []store.Outgoing
}

func (d *delivery) stopped() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.err != nil || d.unreachable
}

func (d *delivery) fail(err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.err == nil {
		d.err = err
	}
}

func (d *delivery) giveBack(o ...store.Outgoing) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.untried = append(d.untried, o...)
}

// send hands one message to the server over t and records the answer.
func (s *Sender) send(ctx, mark context.Context, t Transport, w outgoingEmail, d *delivery) {
	if d.stopped() {
		d.giveBack(w.Outgoing)
		return
	}
	err := t.Send(ctx, s.Composer.From.Address, w.Address, w.email.Bytes)
	if err == nil {
		d.accepted <- w.ID
		return
	}
	var f *Failure
	if errors.As(err, &f) && f.Unreachable {
		s.Log.Error("mail server unreachable", "err", err)
		d.mu.Lock()
		d.unreachable = true
		d.mu.Unlock()
		d.giveBack(w.Outgoing)
		return
	}
	permanent := errors.As(err, &f) && f.Permanent
	s.Log.Warn("mail not delivered", "outbox", w.ID, "attempt", w.Attempts, "permanent", permanent, "err", err)
	if err := s.Outbox.MailFailed(mark, w.ID, s.Worker, err.Error(), permanent, time.Now().Add(backoff(w.Attempts))); err != nil {
		d.fail(err)
	}
}

// markSent marks what the server accepted, as it comes: one at a time
// when mail is slow, together when the marks fall behind (on a busy
// machine), so that the database is never the bottleneck. A message can go
// twice only if the process dies between the server's acceptance and
// this mark. When a mark fails, the batch stops; what was accepted
// meanwhile is still marked if the database allows.
func (s *Sender) markSent(ctx context.Context, accepted <-chan int64, d *delivery) {
	for id := range accepted {
		ids := []int64{id}
	more:
		for len(ids) < 200 {
			select {
			case id, ok := <-accepted:
				if !ok {
					break more
				}
				ids = append(ids, id)
			default:
				break more
			}
		}
		n, err := s.Outbox.MailSent(ctx, s.Worker, ids)
		if err != nil {
			d.fail(err)
		} else if n < len(ids) {
			s.Log.Warn("mail sent after its claim ran out", "messages", len(ids)-n)
		}
	}
}

// connections are the sender's transports, made on first use and kept
// open between batches.
func (s *Sender) connections() []Transport {
	if s.transports == nil {
		n := max(s.Connections, 1)
		for range n {
			s.transports = append(s.transports, s.Connect())
		}
	}
	return s.transports
}

func (s *Sender) close() {
	for _, t := range s.transports {
		_ = t.Close()
	}
	s.transports = nil
}

func (s *Sender) release(ctx context.Context, rest []store.Outgoing) error {
	ids := make([]int64, len(rest))
	for i, o := range rest {
		ids[i] = o.ID
	}
	return s.Outbox.ReleaseMail(ctx, s.Worker, ids)
}

// compose makes o's email, reading its content once per sender: a
// notice to ten thousand members is one content.
func (s *Sender) compose(ctx context.Context, o store.Outgoing) (Email, error) {
	if s.contents == nil {
		s.contents = map[int64]store.MailContent{}
	}
	c, ok := s.contents[o.ContentID]
	if !ok {
		var err error
		if c, err = s.Outbox.MailContent(ctx, o.ContentID); err != nil {
			return Email{}, err
		}
		if len(s.contents) > 1000 {
			clear(s.contents)
		}
		s.contents[o.ContentID] = c
	}
	return s.Composer.Compose(o, c)
}

// pace waits for the rate's next free moment; false when ctx ended first.
func (s *Sender) pace(ctx context.Context) bool {
	if s.Rate <= 0 {
		return true
	}
	now := time.Now()
	if s.next.Before(now) {
		s.next = now
	}
	wait := s.next.Sub(now)
	s.next = s.next.Add(time.Duration(float64(time.Second) / s.Rate))
	if wait <= 0 {
		return true
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// backoff is how long a message waits after its attempt-th failed try: a
// minute, doubling, at most an hour and a half; store.MaxMailAttempts
// tries span about three hours.
func backoff(attempt int) time.Duration {
	d := time.Minute << min(max(attempt-1, 0), 6)
	return min(d, 90*time.Minute)
}
