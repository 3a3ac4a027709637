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
	"github.com/charter-org/charter/meeting"
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
	for _, s := range []meeting.Status{meeting.StatusScheduled, meeting.StatusInSession, meeting.StatusAdjourned} {
		used["MeetingStatus_"+string(s)] = true
	}
	for _, m := range meeting.Modes {
		used["MeetingMode_"+string(m)] = true
	}
	for _, s := range []meeting.ItemStatus{meeting.ItemPending, meeting.ItemDebate, meeting.ItemVoting, meeting.ItemDecided, meeting.ItemRuledOut} {
		used["ItemStatus_"+string(s)] = true
	}
	for _, v := range []amendment.ScopeVerdict{amendment.ScopeIn, amendment.ScopeChair, amendment.ScopeBeyond} {
		used["ScopeVerdict_"+string(v)] = true
	}
	for _, r := range []meeting.Ruling{meeting.RulingInOrder, meeting.RulingOutOfOrder} {
		used["Ruling_"+string(r)] = true
	}
	for _, m := range meeting.Methods {
		used["Method_"+string(m)] = true
		used["VoteBy_"+string(m)] = true
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

// TestCatalogsTranslated: no catalog leaves English in place of its own
// words. An entry the same as the English passes only if it reads the same
// in every language (a format's name, a bracket, a numbering pattern) or is
// a true cognate listed below for its language: a new language's
// catalogs start with an empty list, so an untranslated string shows.
func TestCatalogsTranslated(t *testing.T) {
	everywhere := map[string]bool{
		"Scheme_decimal": true, "Scheme_zero-based": true, "RedlineDeletionEnd": true, "RedlineInsertionEnd": true,
		"DownloadMarkdown": true, "DownloadCriticMarkup": true, "DownloadHTML": true, "DownloadPDF": true, "DownloadWord": true,
		// Generated messages: the format is only its verbs.
		"%s": true, "%s — %s": true,
	}
	cognates := map[string][]string{
		"fr": {"Documents", "Document", "Meta_date", "Version", "VersionN", "Action", "Actions", "SectionColumn", "Pages", "Stance_question",
			"QuestionN", "Quorum", "Sessions", "ClauseKind_item", "Messages", "MailKind_invitation", "MessageKind", "MessageKind_invitation",
			"ImportLost_images", "Scheme_article", "%d minutes"},
		"es": {"ChainHash", "Original", "Choice_no"},
	}
	read := func(f string) map[string]any {
		b, err := fs.ReadFile(assets, f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		return m
	}
	english := read("locales/en.json")
	all, _ := fs.Glob(assets, "locales/*.json")
	checked := 0
	for _, f := range all {
		base := strings.TrimSuffix(path.Base(f), ".json")
		lang, errorsCatalog := strings.CutPrefix(base, "messages.")
		if lang == "en" {
			continue
		}
		allowed := map[string]bool{}
		for _, id := range cognates[lang] {
			allowed[id] = true
		}
		var same []string
		for id, v := range read(f) {
			// The error catalogs are keyed by the English itself.
			want := any(id)
			if !errorsCatalog {
				want = english[id]
			}
			if mustJSON(want) == mustJSON(v) && !everywhere[id] && !allowed[id] {
				same = append(same, id)
			}
		}
		sort.Strings(same)
		if len(same) > 0 {
			t.Errorf("%s: %d entries are still the English (translate them, or list a true cognate in this test): %q", f, len(same), same)
		}
		checked++
	}
	if checked < 4 {
		t.Errorf("checked %d catalogs; want at least French and Spanish, each with its error catalog", checked)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
