package message

import (
	"strings"
	"testing"
	"time"
)

// TestPetitionReached: the officers' message gives the count, the
// question as words, the deadline and the link, and names no signer
// (its facts hold none); it cannot be turned off.
func TestPetitionReached(t *testing.T) {
	deadline := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	r := render(t, KindPetitionReached, PetitionReached{PetitionID: 4, Kind: "meeting", Question: "<b>Discuss</b> the offer", DocumentTitle: "Constitution",
		Signatures: 120, Roll: 1000, Deadline: deadline})
	for _, want := range []string{"Petition 4 under Constitution has the signatures of 120 of the 1000", "special meeting", "> <b>Discuss</b> the offer",
		"2026-06-01 09:00 UTC", "https://charter.example.org/petitions/4"} {
		if !strings.Contains(r.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, r.Text)
		}
	}
	if strings.Contains(r.HTML, "<b>Discuss") || !strings.Contains(r.Subject, "2026-06-01 09:00 UTC") {
		t.Errorf("HTML not escaped or subject %q", r.Subject)
	}
	if !KindPetitionReached.Required() || strings.Contains(r.Text, "unsubscribe") {
		t.Error("the officers could turn the petition's notice off")
	}
}
