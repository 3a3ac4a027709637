package audit_test

import (
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/audit"
)

func chain(n int) []audit.Event {
	var events []audit.Event
	prev := ""
	for i := 1; i <= n; i++ {
		e := audit.Event{ID: int64(i), At: time.Date(2026, 11, 1, 12, i, 0, 0, time.UTC), ActorID: 7, Action: "version.publish", Subject: "document:constitution", Detail: "published", PrevHash: prev}
		e.Hash = audit.Seal(e)
		prev = e.Hash
		events = append(events, e)
	}
	return events
}

func TestVerify(t *testing.T) {
	if err := audit.Verify(chain(5)); err != nil {
		t.Fatalf("intact chain: %v", err)
	}
	edited := chain(5)
	edited[2].Detail = "nothing happened"
	removed := append(chain(5)[:2:2], chain(5)[3:]...)
	swapped := chain(5)
	swapped[1], swapped[2] = swapped[2], swapped[1]
	shifted := chain(5)
	// Moving text between fields must change the hash: fields are length-prefixed.
	shifted[0].Subject, shifted[0].Detail = "document:constitutionpub", "lished"
	for name, tc := range map[string]struct {
		events []audit.Event
		want   string
	}{
		"edited":  {edited, "audit event 3: content"},
		"removed": {removed, "audit event 4: previous hash"},
		"swapped": {swapped, "audit event 3: previous hash"},
		"shifted": {shifted, "audit event 1: content"},
	} {
		err := audit.Verify(tc.events)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", name, err, tc.want)
		}
	}
}
