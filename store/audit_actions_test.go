package store_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charter-org/charter/audit"
)

// TestEveryRecordedActionIsListed: pages name each audit action in words
// from audit.Actions, so every action the store records must be there.
func TestEveryRecordedActionIsListed(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	literal := regexp.MustCompile(`\.record\(tx, [^,]+, "([a-z_]+\.[a-z_]*)"`)
	step := regexp.MustCompile(`officerStep\(ctx, officer, id, "([a-z_]+)"`)
	meetingStep := regexp.MustCompile(`(?:meetingStep|chairStep)\(ctx, [a-z]+, id, "([a-z_]+)"`)
	found := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasSuffix(m[1], ".") {
				actions = append(actions, m[1])
			}
		}
		for _, m := range step.FindAllStringSubmatch(string(src), -1) {
			actions = append(actions, "ballot."+m[1])
		}
		for _, m := range meetingStep.FindAllStringSubmatch(string(src), -1) {
			actions = append(actions, "meeting."+m[1])
		}
		for _, a := range actions {
			found++
			if !slices.Contains(audit.Actions, a) {
				t.Errorf("%s records %q, which audit.Actions does not list", f, a)
			}
		}
	}
	if found < len(audit.Actions) {
		t.Errorf("found %d recorded actions in the store's code, fewer than the %d listed", found, len(audit.Actions))
	}
}
