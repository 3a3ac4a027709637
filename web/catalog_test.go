package web

import (
	"encoding/json"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/audit"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/web/view"
)

// TestCatalogsComplete: every message a template asks for exists in every
// language, with the same placeholders, so no page shows a raw message id.
func TestCatalogsComplete(t *testing.T) {
	used := map[string]bool{}
	literal := regexp.MustCompile(`\bt \$?\.L "([A-Za-z_-]+)"`)
	templates, _ := fs.Glob(assets, "templates/*.html")
	for _, f := range templates {
		b, _ := fs.ReadFile(assets, f)
		for _, m := range literal.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
	}
	// Ids built with printf in templates, from the domain's own lists.
	for _, a := range audit.Actions {
		used["Audit_"+a] = true
	}
	for _, s := range document.Schemes {
		used["Scheme_"+string(s)] = true
	}
	for _, r := range member.Roles {
		used["Role_"+string(r)] = true
	}
	for _, k := range message.Kinds {
		used[view.MailKindLabel(k)] = true    // the account page's and the unsubscribe page's names of kinds
		used["MessageKind_"+string(k)] = true // the outbox pages'
	}
	used["MessageKind_"+string(message.KindDigest)] = true
	for _, k := range []document.VersionKind{document.KindDraft, document.KindAdopted} {
		used["Kind_"+string(k)] = true
	}
	for _, o := range []document.Origin{document.OriginImport, document.OriginMerge, document.OriginBallot} {
		used["Origin_"+string(o)] = true
	}
	for _, st := range []amendment.Status{amendment.StatusDraft, amendment.StatusSubmitted, amendment.StatusSeconded, amendment.StatusMerged,
		amendment.StatusDeclined, amendment.StatusWithdrawn, amendment.StatusNoticed, amendment.StatusAdopted, amendment.StatusRejected} {
		used["Status_"+string(st)] = true
	}
	for _, r := range comment.Rules {
		used["Rule_"+string(r)] = true
	}
	for _, st := range comment.Stances {
		used["Stance_"+string(st)] = true
	}
	for _, d := range []comment.Disposition{comment.Incorporated, comment.Declined, comment.Answered} {
		used["Disposition_"+string(d)] = true
	}
	for _, st := range []ballot.Status{ballot.StatusNoticed, ballot.StatusOpen, ballot.StatusClosed, ballot.StatusCertified} {
		used["BallotStatus_"+string(st)] = true
	}
	for _, ch := range []ballot.Choice{ballot.Yes, ballot.No, ballot.Abstain} {
		used["Choice_"+string(ch)] = true
	}
	for _, b := range []ballot.Base{ballot.BaseCast, ballot.BaseEligible} {
		used["Base_"+string(b)] = true
	}
	for _, id := range []string{"Roll_added", "Roll_removed"} {
		used[id] = true // the changes store.ChangeRoll records
	}
	for _, id := range []string{"changedByAmendment", "removedByAmendment", "changedInVersion", "removedInVersion"} {
		used[id] = true // built with printf from redline fates in partial-comment.html
	}
	for _, id := range []string{"SectionColumn", "CurrentText", "ProposedTextColumn", "MotionColumn"} {
		used[id] = true // asked for in i18n.go's redlineLabels
	}
	for _, id := range []string{"RedlineDeletionStart", "RedlineDeletionEnd", "RedlineInsertionStart", "RedlineInsertionEnd"} {
		used[id] = true // written into charter.css by assets.go's redlineMarkerCSS
	}
	for _, id := range []string{"TaskVote", "TaskOpenBallot", "TaskCloseBallot", "TaskCertifyBallot", "TaskAnswerComments", "TaskReviewReports", "TaskMerge"} {
		used[id] = true // the home page's tasks, worded in home.go
	}
	if len(used) < 50 {
		t.Fatalf("found only %d message ids in templates: is the pattern right?", len(used))
	}
	placeholder := regexp.MustCompile(`\{\{\.(\w+)\}\}`)
	slots := func(v any) []string {
		b, _ := json.Marshal(v)
		var out []string
		seen := map[string]bool{}
		for _, m := range placeholder.FindAllStringSubmatch(string(b), -1) {
			if !seen[m[1]] {
				seen[m[1]] = true
				out = append(out, m[1])
			}
		}
		sort.Strings(out)
		return out
	}
	var files []string
	all, _ := fs.Glob(assets, "locales/*.json")
	for _, f := range all {
		if !strings.HasPrefix(path.Base(f), "messages.") {
			files = append(files, f)
		}
	}
	if len(files) < 2 {
		t.Fatalf("%d catalogs; want English and at least one more", len(files))
	}
	catalogs := map[string]map[string]any{}
	for _, f := range files {
		b, _ := fs.ReadFile(assets, f)
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		catalogs[f] = m
	}
	english := catalogs["locales/en.json"]
	for f, cat := range catalogs {
		for id := range used {
			if _, ok := cat[id]; !ok {
				t.Errorf("%s lacks %s", f, id)
			}
		}
		for id, v := range english {
			if got, want := slots(cat[id]), slots(v); strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("%s %s: placeholders %v, English has %v", f, id, got, want)
			}
		}
	}
}
