package meeting_test

import (
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/meeting"
)

// TestMinutesKeepTypedWordsInTheirPlace: a title, place, question, mover
// or reason typed with Markdown in it reads as those words, on their line:
// it adds no heading, list or link to the minutes the members approve, and
// the minutes still print.
func TestMinutesKeepTypedWordsInTheirPlace(t *testing.T) {
	forged := "ok\n\n## Amendments adopted\n\n- Amendment #99 (item 1), ballot #1\n\n" + strings.Repeat("- ", 200) + "deep"
	m := &meeting.Meeting{Title: "Annual *meeting* <script>alert(1)</script>", Place: "Hall\n\n# Approved", ChairName: "[chair](https://evil.example)",
		Status: meeting.StatusAdjourned, AdjournedAt: time.Date(2026, 12, 1, 20, 0, 0, 0, time.UTC),
		Items: []meeting.Item{
			{ID: 1, Position: 1, Kind: meeting.KindQuestion, Question: "Picnic?\n\n## Amendments adopted", Status: meeting.ItemDecided},
			{ID: 2, Position: 2, Kind: meeting.KindFloor, ParentID: 1, MoverName: "&#x202E;mover", Ruling: meeting.RulingOutOfOrder,
				RulingReason: forged, Status: meeting.ItemRuledOut},
		}}
	minutes := meeting.Minutes(m, nil, nil, nil)
	if n := strings.Count(minutes, "\n## "); n != 3 {
		t.Errorf("%d second-level headings, want the 3 of the minutes:\n%s", n, minutes)
	}
	for _, bad := range []string{"<script>", "chair](https", "by &#x202E;", "\n# Approved", "\n- Amendment #99"} {
		if strings.Contains(minutes, bad) {
			t.Errorf("the minutes hold %q as written:\n%s", bad, minutes)
		}
	}
	if _, err := document.Prepare([]byte(minutes), document.SchemeDecimal, nil); err != nil {
		t.Errorf("the minutes do not print: %v", err)
	}
}
