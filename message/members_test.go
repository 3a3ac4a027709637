package message

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func render(t *testing.T, kind Kind, facts any) Rendered {
	t.Helper()
	b, err := json.Marshal(facts)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compose(kind, b, Recipient{Name: "Ana", Unsubscribe: "https://charter.example.org/mail/unsubscribe/t"}, Site{URL: "https://charter.example.org"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := m.Render(func(string) (string, bool) { return "", false }, "en")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

var place = Place{DocumentSlug: "constitution", DocumentTitle: "Constitution", SectionKey: "s-dues", Section: "Article II, Section 1"}

// TestCommentAnswer: the answer says what the committee did and why, links
// to the comment, and quotes the member's words as words.
func TestCommentAnswer(t *testing.T) {
	hostile := `<script>alert("x")</script><img src=x onerror=alert(1)>`
	r := render(t, KindCommentAnswer, CommentAnswer{CommentID: 7, Place: place, Body: hostile, Disposition: "declined", Reason: "Dues are set by the convention."})
	for _, want := range []string{"declined your comment on Article II, Section 1 of Constitution", "> Dues are set by the convention.",
		"https://charter.example.org/documents/constitution/sections/s-dues#c7", "> " + hostile, "https://charter.example.org/mail/unsubscribe/t"} {
		if !strings.Contains(r.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, r.Text)
		}
	}
	if strings.Contains(r.HTML, "<script>") || strings.Contains(r.HTML, "<img") || !strings.Contains(r.HTML, "&lt;script&gt;") {
		t.Errorf("the comment is not escaped in HTML:\n%s", r.HTML)
	}
	if !strings.Contains(r.Subject, "Article II, Section 1") {
		t.Errorf("subject %q", r.Subject)
	}
	long := render(t, KindCommentAnswer, CommentAnswer{CommentID: 7, Place: place, Body: strings.Repeat("word ", 1000), Disposition: "incorporated", AmendmentID: 4})
	if len(long.Text) > 2000 || !strings.Contains(long.Text, "/amendments/4") || !strings.Contains(long.Text, "incorporated") {
		t.Errorf("incorporated, long body:\n%s", long.Text)
	}
}

func TestSponsorNews(t *testing.T) {
	for event, want := range map[string]string{
		EventSeconded: "now has 3 co-sponsors",
		EventMerged:   "into version 4 of Constitution",
		EventDeclined: "> Out of <scope>.",
		EventConflict: "Version 4 of Constitution changes words",
	} {
		r := render(t, KindSponsor, SponsorNews{Event: event, AmendmentID: 12, Title: "Dues", DocumentTitle: "Constitution", Cosponsors: 3, VersionNumber: 4, Reason: "Out of <scope>."})
		if !strings.Contains(r.Text, want) || !strings.Contains(r.Text, "https://charter.example.org/amendments/12") {
			t.Errorf("%s lacks %q:\n%s", event, want, r.Text)
		}
		if strings.Contains(r.HTML, "<scope>") {
			t.Errorf("%s: reason not escaped: %s", event, r.HTML)
		}
	}
	if _, err := Compose(KindSponsor, []byte(`{"Event":"eaten"}`), Recipient{}, Site{}); err == nil {
		t.Error("an unknown event composed")
	}
}

// TestDigest: a digest gives each gathered message, oldest first, and its
// unsubscribe link is the committee kind's.
func TestDigest(t *testing.T) {
	proposed, _ := json.Marshal(Committee{Proposed: &AmendmentProposed{AmendmentID: 3, Title: "Dues", DocumentTitle: "Constitution", Sponsor: "Ben"}})
	reported, _ := json.Marshal(Committee{Reported: &CommentReported{CommentID: 9, Place: place, Reason: "<b>Rude</b>"}})
	at := time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)
	r := render(t, KindDigest, Digest{Items: []DigestItem{{Kind: KindCommittee, At: at, Facts: proposed}, {Kind: KindCommittee, At: at.Add(time.Hour), Facts: reported}}})
	first, second := strings.Index(r.Text, "Ben proposed amendment 3"), strings.Index(r.Text, "reported comment 9")
	if first < 0 || second < first || !strings.Contains(r.Text, "2026-03-01 09:30 UTC") || !strings.Contains(r.Subject, "2 items") {
		t.Errorf("digest:\n%s\n%s", r.Subject, r.Text)
	}
	if strings.Contains(r.HTML, "<b>Rude") {
		t.Error("a reason is not escaped in the digest")
	}
	key := []byte("k")
	if UnsubscribeToken(key, 5, KindDigest) != UnsubscribeToken(key, 5, KindCommittee) {
		t.Error("a digest's unsubscribe link is not the committee kind's")
	}
	if _, kind, err := CheckUnsubscribe(key, UnsubscribeToken(key, 5, KindDigest)); err != nil || kind != KindCommittee {
		t.Errorf("digest token: %s %v", kind, err)
	}
}
