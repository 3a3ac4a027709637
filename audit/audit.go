// Package audit is the append-only record of every committee, officer and
// admin action. Each event carries the hash of the one before it, so that
// removing or editing any event breaks the chain where it happened.
package audit

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Actions lists every action Charter records, by the code an event keeps;
// pages name each in words.
var Actions = []string{
	"user.create", "user.invite", "user.password", "user.roles", "user.standing", "user.logout_everywhere",
	"roster.import", "session.revoke", "token.create", "token.revoke", "teller.key",
	"document.create", "document.rule", "version.publish", "version.merge", "version.clerical",
	"amendment.status", "comment.disposition", "comment.hide",
	"ballot.notice", "ballot.departure", "ballot.open", "ballot.close", "ballot.roll",
	"ballot.share", "ballot.count", "ballot.count_failed", "ballot.certify", "ballot.remind", "ballot.letters",
	"petition.reached", "petition.notice",
	"user.translator", "translation.save",
	"meeting.notice", "meeting.check_in", "meeting.call_to_order", "meeting.take_up", "meeting.floor_amendment", "meeting.ruling",
	"meeting.open_vote", "meeting.paper", "meeting.close_vote", "meeting.count", "meeting.declare", "meeting.adjourn", "meeting.void_vote",
}

// Event is one recorded action.
type Event struct {
	ID       int64
	At       time.Time
	ActorID  int64  // 0 for the system or the command line without a user
	Action   string // "document.create", "version.publish", "user.standing"…
	Subject  string // what it acted on: "document:constitution", "user:12"
	Detail   string // a short human-readable account
	PrevHash string
	Hash     string
}

// Seal computes an event's hash from its content and the previous hash. The
// database id is left out: the chain is defined by the hashes alone.
func Seal(e Event) string {
	h := sha256.New()
	for _, f := range []string{
		e.PrevHash,
		e.At.UTC().Format(time.RFC3339Nano),
		strconv.FormatInt(e.ActorID, 10),
		e.Action, e.Subject, e.Detail,
	} {
		// Length-prefixed, so that no two different events hash alike by
		// moving text from one field to the next.
		fmt.Fprintf(h, "%d:%s;", len(f), f)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Verify checks a whole chain in order, and names the first broken event.
func Verify(events []Event) error {
	prev := ""
	for _, e := range events {
		if e.PrevHash != prev {
			return fmt.Errorf("audit event %d: previous hash %s does not match the event before it (%s): an event was removed or reordered", e.ID, short(e.PrevHash), short(prev))
		}
		if got := Seal(e); got != e.Hash {
			return fmt.Errorf("audit event %d: content does not match its hash: it was edited after it was recorded", e.ID)
		}
		prev = e.Hash
	}
	return nil
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	if h == "" {
		return "(none)"
	}
	return strings.TrimSpace(h)
}
