package mail

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/mail/mailtest"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

func english(string) charter.Translator { return func(string) (string, bool) { return "", false } }

func newSender(db Outbox, server *mailtest.Server, worker string) *Sender {
	return &Sender{
		Outbox:      db,
		Connect:     func() Transport { return &SMTP{Host: server.Host, Port: server.Port, Security: Plain} },
		Connections: 3,
		Composer: Composer{Site: message.Site{URL: "https://charter.example.org"}, From: mail.Address{Name: "Charter", Address: "charter@union.example.org"},
			Words: english, UnsubscribeKey: []byte("test key")},
		Worker: worker, Batch: 50, Lease: 5 * time.Minute,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
}

// byRecipient groups what the server received by recipient.
func byRecipient(server *mailtest.Server) map[string][]mailtest.Received {
	out := map[string][]mailtest.Received{}
	for _, r := range server.Received() {
		out[r.To] = append(out[r.To], r)
	}
	return out
}

// TestNoticeReachesEveryMemberOnRollOnce: the roster's invitations and a
// ballot's notice, queued in their events' transactions, reach each member
// once each, with distinct Message-IDs; the notice carries the frozen
// text's SHA-256 and the voting window as a calendar event, and no
// unsubscribe link, being required; nothing is left to send.
func TestNoticeReachesEveryMemberOnRollOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, db, 6)
		server := mailtest.Start(t, mailtest.Options{})
		s := newSender(db, server, "test")
		if err := s.deliverDue(ctx); err != nil {
			t.Fatal(err)
		}
		got := byRecipient(server)
		ids := map[string]bool{}
		for _, v := range poll.Voters {
			msgs := got[v.Email]
			if len(msgs) != 2 {
				t.Fatalf("%s received %d messages, want an invitation and a notice", v.Email, len(msgs))
			}
			for _, m := range msgs {
				if ids[m.MessageID] || m.MessageID == "" {
					t.Errorf("Message-ID %q repeated or missing", m.MessageID)
				}
				ids[m.MessageID] = true
				data := decoded(t, m.Data)
				switch {
				case strings.Contains(m.Subject, "Notice of ballot"):
					if !strings.Contains(data, poll.Ballot.Questions[0].SHA256) || !strings.Contains(data, "BEGIN:VEVENT") ||
						!strings.Contains(data, "DTSTART:"+poll.Ballot.OpensAt.UTC().Format("20060102T150405Z")) {
						t.Errorf("notice to %s lacks the SHA-256 or the calendar event:\n%s", v.Email, data)
					}
					if strings.Contains(string(m.Data), "List-Unsubscribe") {
						t.Errorf("a required notice offers to unsubscribe")
					}
				case strings.Contains(m.Subject, "invitation"):
					if !strings.Contains(data, "https://charter.example.org/invitations/"+member.PrefixInvitation) {
						t.Errorf("invitation to %s lacks its link:\n%s", v.Email, data)
					}
				default:
					t.Errorf("unexpected message %q to %s", m.Subject, v.Email)
				}
			}
		}
		page, err := db.Outbox(ctx, 100)
		if err != nil {
			t.Fatal(err)
		}
		if page.Waiting != 0 || page.Failed != 0 || page.Sent != int64(2*len(poll.Voters)) {
			t.Errorf("outbox after sending: %d waiting, %d sent, %d failed", page.Waiting, page.Sent, page.Failed)
		}
		for _, e := range page.Latest {
			_, o, _, err := db.OutboxMessage(ctx, e.ID)
			if err != nil {
				t.Fatal(err)
			}
			if s := o.Recipient.Secret; s != "" && s != store.SecretNotKept {
				t.Errorf("message %d keeps its secret after sending", e.ID)
			}
		}
	})
}

// TestRefusedAddressIsReportedNotRetriedForever: a mailbox the server
// refuses for good (550) fails at once and is listed for the admins; one
// refused for now (451) is tried again later, and fails for good only
// after store.MaxMailAttempts tries.
func TestRefusedAddressIsReportedNotRetriedForever(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, db, 4)
		server := mailtest.Start(t, mailtest.Options{})
		gone, busy := poll.Voters[0].Email, poll.Voters[1].Email
		server.Refuse(gone, 550)
		server.Refuse(busy, 451)
		s := newSender(db, server, "test")
		if err := s.deliverDue(ctx); err != nil {
			t.Fatal(err)
		}
		page, err := db.Outbox(ctx, 100)
		if err != nil {
			t.Fatal(err)
		}
		if page.Failed != 2 || page.Waiting != 2 {
			t.Fatalf("after one round: %d failed (want the 2 to %s), %d waiting (want 2 to %s)", page.Failed, gone, page.Waiting, busy)
		}
		for _, f := range page.Failures {
			if f.Address != gone || !strings.Contains(f.Error, "550") {
				t.Errorf("failure %+v", f)
			}
		}
		// The busy mailbox's messages are due again later: move the clock
		// past each backoff until the tries run out.
		clock := time.Now()
		for i := 0; i < store.MaxMailAttempts; i++ {
			clock = clock.Add(2 * time.Hour)
			at := clock
			db.UseClock(func() time.Time { return at.UTC().Truncate(time.Microsecond) })
			if err := s.deliverDue(ctx); err != nil {
				t.Fatal(err)
			}
		}
		page, err = db.Outbox(ctx, 100)
		if err != nil {
			t.Fatal(err)
		}
		if page.Failed != 4 || page.Waiting != 0 {
			t.Errorf("after %d tries: %d failed, %d waiting", store.MaxMailAttempts, page.Failed, page.Waiting)
		}
		for _, f := range page.Failures {
			if f.Address == busy && f.Attempts != store.MaxMailAttempts {
				t.Errorf("%s failed after %d tries", busy, f.Attempts)
			}
		}
		if n := len(byRecipient(server)[busy]); n != 0 {
			t.Errorf("%s received %d messages", busy, n)
		}
	})
}

// crashAfter is an outbox whose process dies once the mail server has
// accepted n messages, before they are all marked sent; lost holds the
// messages accepted and never marked.
type crashAfter struct {
	*store.DB
	mu   sync.Mutex
	n    int
	dead bool
	lost map[int64]bool
}

var errCrashed = errors.New("the process died here")

func (c *crashAfter) MailSent(ctx context.Context, worker string, ids []int64) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.dead && c.n > len(ids) {
		c.n -= len(ids)
		return c.DB.MailSent(ctx, worker, ids)
	}
	c.dead = true
	for _, id := range ids {
		c.lost[id] = true
	}
	return 0, errCrashed
}

// ReleaseMail and MailFailed do nothing once the process is dead.
func (c *crashAfter) ReleaseMail(ctx context.Context, worker string, ids []int64) error {
	c.mu.Lock()
	dead := c.dead
	c.mu.Unlock()
	if dead {
		return errCrashed
	}
	return c.DB.ReleaseMail(ctx, worker, ids)
}

func (c *crashAfter) MailFailed(ctx context.Context, id int64, worker, reason string, permanent bool, retry time.Time) error {
	c.mu.Lock()
	dead := c.dead
	c.mu.Unlock()
	if dead {
		return errCrashed
	}
	return c.DB.MailFailed(ctx, id, worker, reason, permanent, retry)
}

// TestDeathBetweenAcceptanceAndMarkResendsTheSameMessage: a sender that
// dies after the server accepted messages and before marking them leaves
// the rest of its batch claimed; once its lease runs out another sender
// sends what is unmarked: the messages accepted before the death twice,
// but each under its one Message-ID, so each recipient holds exactly one
// distinct message of each.
func TestDeathBetweenAcceptanceAndMarkResendsTheSameMessage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, db, 8)
		server := mailtest.Start(t, mailtest.Options{})
		crash := &crashAfter{DB: db, n: 5, lost: map[int64]bool{}}
		dying := newSender(crash, server, "dies")
		if err := dying.deliverDue(ctx); !errors.Is(err, errCrashed) {
			t.Fatalf("the dying sender: %v", err)
		}
		if len(crash.lost) == 0 {
			t.Fatal("no message was lost to the death")
		}
		// Another sender finds nothing to take while the lease lives…
		other := newSender(db, server, "lives")
		before := len(server.Received())
		if err := other.deliverDue(ctx); err != nil {
			t.Fatal(err)
		}
		if len(server.Received()) != before {
			t.Fatalf("a second sender sent %d messages still claimed", len(server.Received())-before)
		}
		// …and everything unmarked once it has run out.
		later := time.Now().Add(10 * time.Minute)
		db.UseClock(func() time.Time { return later.UTC().Truncate(time.Microsecond) })
		if err := other.deliverDue(ctx); err != nil {
			t.Fatal(err)
		}
		twice := 0
		for addr, msgs := range byRecipient(server) {
			distinct := map[string]int{}
			for _, m := range msgs {
				distinct[m.MessageID]++
			}
			if len(distinct) != 2 {
				t.Errorf("%s holds %d distinct messages, want 2", addr, len(distinct))
			}
			for _, n := range distinct {
				twice += n - 1
			}
		}
		if twice != len(crash.lost) {
			t.Errorf("%d messages went twice, want the %d accepted and not marked before the death", twice, len(crash.lost))
		}
		if got := 2 * len(poll.Voters); len(byRecipient(server)) != len(poll.Voters) || len(server.Received()) != got+len(crash.lost) {
			t.Errorf("received %d messages for %d voters", len(server.Received()), len(poll.Voters))
		}
	})
}

// TestTwoSendersNeverSendTheSameMessage: two instances on one database
// send one outbox at once; every message goes exactly once.
func TestTwoSendersNeverSendTheSameMessage(t *testing.T) {
	storetest.EachPair(t, func(t *testing.T, a, b *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, a, 150)
		server := mailtest.Start(t, mailtest.Options{})
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, db := range []*store.DB{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s := newSender(db, server, fmt.Sprintf("instance-%d", i))
				s.Batch = 10
				errs[i] = s.deliverDue(ctx)
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		seen := map[string]int{}
		for _, r := range server.Received() {
			seen[r.MessageID]++
		}
		if len(seen) != 2*len(poll.Voters) {
			t.Errorf("%d distinct messages for %d voters", len(seen), len(poll.Voters))
		}
		for id, n := range seen {
			if n != 1 {
				t.Errorf("%s sent %d times", id, n)
			}
		}
	})
}

// TestStartTLSAndLogin: the sender upgrades the connection before it logs
// in, as a mail provider on port 587 demands; it never sends in plain
// text to a server that does not offer STARTTLS when told to use it, and
// the messages then wait, their tries unspent.
func TestStartTLSAndLogin(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	storetest.OpenPoll(t, db, 3)
	secure := mailtest.Start(t, mailtest.Options{TLS: true, Username: "charter", Password: "s3cret"})
	plain := mailtest.Start(t, mailtest.Options{})

	s := newSender(db, plain, "test")
	connect := func(t Transport) {
		s.close()
		s.Connect = func() Transport { return t }
		s.Connections = 1
	}
	connect(&SMTP{Host: plain.Host, Port: plain.Port, Security: StartTLS, Username: "charter", Password: "s3cret"})
	if err := s.deliverDue(ctx); !errors.Is(err, errUnreachable) {
		t.Fatalf("STARTTLS not offered: %v", err)
	}
	if n := len(plain.Received()); n != 0 {
		t.Fatalf("%d messages went in plain text", n)
	}
	page, err := db.Outbox(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range page.Latest {
		if e.Attempts != 0 {
			t.Fatalf("a message spent a try on an unreachable server: %+v", e)
		}
	}

	connect(&SMTP{Host: secure.Host, Port: secure.Port, Security: StartTLS, Username: "charter", Password: "wrong", TLSConfig: secure.ClientTLS()})
	if err := s.deliverDue(ctx); !errors.Is(err, errUnreachable) {
		t.Fatalf("a wrong password: %v", err)
	}
	connect(&SMTP{Host: secure.Host, Port: secure.Port, Security: StartTLS, Username: "charter", Password: "s3cret", TLSConfig: secure.ClientTLS()})
	if err := s.deliverDue(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(secure.Received()); n != 6 {
		t.Errorf("received %d messages over STARTTLS, want 6", n)
	}
}

// TestRunRemindsThoseWhoHaveNotVoted: a running sender queues, once, a
// reminder to each member on an open ballot's roll who has not voted when
// the close comes within its lead, and sends it; a member who voted gets
// none.
func TestRunRemindsThoseWhoHaveNotVoted(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, db, 4)
		voted := poll.Voters[0]
		if _, err := db.CastBallot(ctx, voted, poll.Ballot.ID, []ballot.Choice{ballot.Yes}, []string{poll.Ballot.Questions[0].SHA256}); err != nil {
			t.Fatal(err)
		}
		server := mailtest.Start(t, mailtest.Options{})
		s := newSender(db, server, "test")
		s.ReminderLead = 48 * time.Hour // the poll closes within the hour
		running, stop := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { defer close(done); s.Run(running) }()
		reminders := func() map[string]int {
			out := map[string]int{}
			for _, r := range server.Received() {
				if strings.Contains(r.Subject, "closes soon") {
					out[r.To]++
				}
			}
			return out
		}
		deadline := time.Now().Add(time.Minute)
		for len(reminders()) < len(poll.Voters)-1 && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		stop()
		<-done
		got := reminders()
		if got[voted.Email] != 0 {
			t.Errorf("a member who voted was reminded")
		}
		for _, v := range poll.Voters[1:] {
			if got[v.Email] != 1 {
				t.Errorf("%s reminded %d times", v.Email, got[v.Email])
			}
		}
		if n, err := db.QueueReminders(ctx, 48*time.Hour); err != nil || n != 0 {
			t.Errorf("reminders queued again: %d %v", n, err)
		}
	})
}
