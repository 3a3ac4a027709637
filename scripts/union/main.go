// Command union builds a generated union on an empty database, for load
// runs: 10,000 members, the largest corpus bylaw with 500 pending
// amendments and 50,000 comments, the same text again with 200 comments,
// and an open ballot on the real amendment whose roll is every member. It
// writes what a load generator needs (ids, session secrets for readers and
// an API token per member, and the keys of the ballot's three tellers) to a
// JSON file. After a load run, "check" closes the ballot on a clock moved
// past its close, has two tellers count it, and checks that every
// acknowledged tracker was counted once and nothing else was.
//
//	go run ./scripts/union generate -db sqlite:/tmp/union.db -out /tmp/union.json
//	go run ./scripts/union check -db sqlite:/tmp/union.db -union /tmp/union.json -trackers /tmp/trackers.txt
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/internal/corpus"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// Union is what the generator writes for the load generator.
type Union struct {
	Large, Small    string   // document slugs: 50,000 comments and 200 comments
	LargeSections   []string // section keys of the large document with comments
	Amendments      []int64
	Ballot          int64
	BallotHashes    []string
	Readers         []string // session secrets, one member each
	Voters          []string // API tokens, one member each, every member on the roll
	Base, Proposed  string   // the real amendment's texts, for redline timings
	CorpusCase      string
	CommentsLarge   int
	CommentsSmall   int
	MembersOnRoll   int
	TellerEmails    []string
	TellerKeys      []string // two of the three count the ballot
	TellerIDs       []int64
	OfficerToken    string // an API token of the election officer's, to give notice during the run
	GeneratedInSecs map[string]float64
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: union generate|check [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "generate":
		err = generate(os.Args[2:])
	case "check":
		err = check(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "union:", err)
		os.Exit(1)
	}
}

func generate(args []string) error {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	dbAddr := fs.String("db", "", "empty database: sqlite:PATH or a postgres:// URL")
	out := fs.String("out", "union.json", "where to write the union's ids and secrets")
	members := fs.Int("members", 10000, "members on the roster (and on the ballot's roll)")
	amendments := fs.Int("amendments", 500, "pending amendments to the large document")
	comments := fs.Int("comments", 50000, "comments on the large document")
	small := fs.Int("small-comments", 200, "comments on the small document (same text)")
	readers := fs.Int("readers", 64, "members given a session, for page readers")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dbAddr == "" {
		return errors.New("generate: -db is required")
	}
	if *members < *readers || *members < *amendments || *members < 1 {
		return errors.New("generate: need at least as many members as readers and amendments")
	}
	ctx := context.Background()
	db, err := store.Open(ctx, *dbAddr)
	if err != nil {
		return err
	}
	defer db.Close()
	if n, err := db.CountUsers(ctx); err != nil || n > 0 {
		return fmt.Errorf("generate: the database must be empty (%d accounts, %v)", n, err)
	}
	caseID, base, proposed, err := corpus.LargestAmendment()
	if err != nil {
		return err
	}
	u := Union{Large: "bylaws", Small: "bylaws-200", CorpusCase: caseID, GeneratedInSecs: map[string]float64{}}
	step := func(name string, began time.Time) {
		u.GeneratedInSecs[name] = time.Since(began).Seconds()
		fmt.Fprintf(os.Stderr, "%-12s %6.2fs\n", name, time.Since(began).Seconds())
	}

	// The setup happens 31 days ago, so that the ballot's notice period has
	// run by now.
	now := time.Now().UTC().Truncate(time.Microsecond) // as PostgreSQL keeps times: the audit chain must verify once read back
	db.UseClock(func() time.Time { return now.AddDate(0, 0, -31) })

	began := time.Now()
	const password = "generated union password"
	admin, err := db.CreateUser(ctx, 0, store.NewUser{Email: "admin@union.invalid", Name: "Ada Admin", Password: password,
		Roles: []member.Role{member.RoleAdmin, member.RoleCommittee}, GoodStanding: true})
	if err != nil {
		return err
	}
	officer, err := db.CreateUser(ctx, admin.ID, store.NewUser{Email: "officer@union.invalid", Name: "Olu Officer", Password: password,
		Roles: []member.Role{member.RoleOfficer}, GoodStanding: true})
	if err != nil {
		return err
	}
	roster := make([]member.RosterEntry, *members)
	for i := range roster {
		roster[i] = member.RosterEntry{Line: i + 2, Name: fmt.Sprintf("Member %05d", i+1), Email: fmt.Sprintf("m%05d@union.invalid", i+1),
			MemberNumber: fmt.Sprintf("U-%05d", i+1), GoodStanding: true}
	}
	if _, err := db.ImportRoster(ctx, admin.ID, roster); err != nil {
		return err
	}
	all, err := db.Users(ctx)
	if err != nil {
		return err
	}
	var voters []member.User
	for _, x := range all {
		if x.Has(member.RoleMember) {
			voters = append(voters, x)
		}
	}
	step("members", began)

	began = time.Now()
	if _, _, err := db.CreateDocument(ctx, admin.ID, store.NewDocument{Slug: u.Large, Title: "Bylaw 3 (generated union)",
		Numbering: document.SchemeZeroBased, Markdown: base}); err != nil {
		return err
	}
	if _, _, err := db.CreateDocument(ctx, admin.ID, store.NewDocument{Slug: u.Small, Title: "Bylaw 3 (200 comments)",
		Numbering: document.SchemeZeroBased, Markdown: base}); err != nil {
		return err
	}
	if err := db.SetCosponsorsNeeded(ctx, admin.ID, u.Large, 0); err != nil {
		return err
	}
	rule, err := ballot.ParseRule("2/3", "cast", "20%", 30)
	if err != nil {
		return err
	}
	if err := db.SetVoteRule(ctx, admin, u.Large, rule, "Bylaw 3, section 0.1.5.c (generated)"); err != nil {
		return err
	}
	doc, err := db.Document(ctx, u.Large)
	if err != nil {
		return err
	}
	head, err := db.HeadVersion(ctx, doc.ID)
	if err != nil {
		return err
	}
	for i := range *amendments {
		text, title := string(proposed), "The real amendment of "+caseID
		if i > 0 {
			text, title = insertWordAt(string(base), i, *amendments), fmt.Sprintf("Generated amendment %d", i)
		}
		a, err := db.ProposeAmendment(ctx, voters[i], store.NewAmendment{DocumentSlug: u.Large, BaseVersionID: head.ID, Title: title,
			Rationale: "So that the members decide.", Proposed: []byte(text), Submit: true})
		if err != nil {
			return fmt.Errorf("amendment %d: %w", i+1, err)
		}
		u.Amendments = append(u.Amendments, a.ID)
	}
	step("amendments", began)

	began = time.Now()
	nodes, err := db.Outline(ctx, head.ID)
	if err != nil {
		return err
	}
	batch := seedComments(voters, nodes, head.Markdown, *comments)
	if _, err := db.SeedComments(ctx, u.Large, batch); err != nil {
		return err
	}
	smallDoc, err := db.Document(ctx, u.Small)
	if err != nil {
		return err
	}
	smallHead, err := db.HeadVersion(ctx, smallDoc.ID)
	if err != nil {
		return err
	}
	smallNodes, err := db.Outline(ctx, smallHead.ID)
	if err != nil {
		return err
	}
	if _, err := db.SeedComments(ctx, u.Small, seedComments(voters, smallNodes, smallHead.Markdown, *small)); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, c := range batch {
		if c.ParentID == 0 && !seen[c.SectionKey] {
			seen[c.SectionKey] = true
			u.LargeSections = append(u.LargeSections, c.SectionKey)
		}
	}
	u.CommentsLarge, u.CommentsSmall = *comments, *small
	step("comments", began)

	began = time.Now()
	var tellers []int64
	for i := range 3 {
		email := fmt.Sprintf("teller%d@union.invalid", i+1)
		t, err := db.CreateUser(ctx, admin.ID, store.NewUser{Email: email, Name: fmt.Sprintf("Teller %d", i+1), Password: password,
			Roles: []member.Role{member.RoleTeller}, GoodStanding: true})
		if err != nil {
			return err
		}
		key, err := db.CreateTellerKey(ctx, t)
		if err != nil {
			return err
		}
		tellers, u.TellerEmails, u.TellerKeys = append(tellers, t.ID), append(u.TellerEmails, email), append(u.TellerKeys, key)
	}
	b, err := db.NoticeBallot(ctx, officer, store.NewBallot{DocumentSlug: u.Large, Title: "Adopt the amendment of " + caseID,
		OpensAt: now.Add(-time.Hour), ClosesAt: now.Add(30 * 24 * time.Hour), MinBallots: ballot.MinMinBallots,
		Questions: []store.NewQuestion{{Kind: ballot.KindAmendment, AmendmentID: u.Amendments[0]}},
		Tellers:   tellers, SharesNeeded: 2})
	if err != nil {
		return err
	}
	db.UseClock(func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) })
	if err := db.OpenBallot(ctx, officer, b.ID); err != nil {
		return err
	}
	u.Ballot, u.MembersOnRoll = b.ID, b.RollSize
	for _, q := range b.Questions {
		u.BallotHashes = append(u.BallotHashes, q.SHA256)
	}
	step("ballot", began)

	began = time.Now()
	ids := make([]int64, len(voters))
	for i, v := range voters {
		ids[i] = v.ID
	}
	if u.Voters, err = db.SeedTokens(ctx, admin.ID, ids, "load run"); err != nil {
		return err
	}
	officerToken, err := db.SeedTokens(ctx, admin.ID, []int64{officer.ID}, "load run")
	if err != nil {
		return err
	}
	u.OfficerToken, u.TellerIDs = officerToken[0], tellers
	for _, v := range voters[:*readers] {
		s, err := db.CreateSession(ctx, v.ID)
		if err != nil {
			return err
		}
		u.Readers = append(u.Readers, s)
	}
	step("credentials", began)

	u.Base, u.Proposed = string(base), string(proposed)
	raw, err := json.Marshal(u)
	if err != nil {
		return err
	}
	return os.WriteFile(*out, raw, 0o600)
}

// insertWordAt inserts one word after the i-th of n evenly spaced places
// in text, at a word boundary: a small amendment of its own.
func insertWordAt(text string, i, n int) string {
	at := i * len(text) / (n + 1)
	for at < len(text) && text[at] != ' ' {
		at++
	}
	return text[:at] + fmt.Sprintf(" amended%d", i) + text[at:]
}

var bodies = []string{
	"This should say who decides, and how the members are told.",
	"I support this: it is what we agreed at the last general meeting.",
	"Does this apply to part-time and agency workers too?",
	"Two weeks' notice is too short for people on nights; make it thirty days.",
	"The wording here is unclear; a steward could read it either way.",
	"We tried this at the other site and it worked well.",
	"Who pays for this, and where is it in the budget?",
	"Please translate this section before the vote.",
}

// seedComments spreads n comments over a version's sections: stances in
// turn, one in five on a quoted passage, one in ten a reply.
func seedComments(authors []member.User, nodes []document.Node, text string, n int) []store.SeedComment {
	out := make([]store.SeedComment, 0, n)
	for i := range n {
		node := nodes[(i*7919)%len(nodes)]
		c := store.SeedComment{Author: authors[(i*31)%len(authors)], NewComment: store.NewComment{SectionKey: node.Key,
			Stance: comment.Stances[i%len(comment.Stances)], Body: bodies[i%len(bodies)]}}
		// A reply names a comment at least one chunk of the batch back.
		if parent := (i/500)*500 - 1 - i%50; i%10 == 9 && parent >= 0 && out[parent].ParentID == 0 {
			c.ParentID = -int64(parent + 1)
		} else if i%5 == 0 {
			if start, end, ok := passage(text, node, i); ok {
				c.QuoteStart, c.QuoteEnd = start, end
			}
		}
		out = append(out, c)
	}
	return out
}

// passage picks a few words inside a section's own text.
func passage(text string, node document.Node, i int) (int, int, bool) {
	within := text[node.Start:node.End]
	words := strings.Fields(within)
	if len(words) < 6 {
		return 0, 0, false
	}
	w := i % (len(words) - 4)
	start := strings.Index(within, words[w]+" "+words[w+1])
	if start < 0 {
		return 0, 0, false
	}
	end := start + len(words[w]) + 1 + len(words[w+1])
	return node.Start + start, node.Start + end, true
}

func check(args []string) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	dbAddr := fs.String("db", "", "the union's database")
	unionFile := fs.String("union", "union.json", "the generator's output")
	trackers := fs.String("trackers", "", "trackers acknowledged during the load run, one a line")
	if err := fs.Parse(args); err != nil {
		return err
	}
	raw, err := os.ReadFile(*unionFile)
	if err != nil {
		return err
	}
	var u Union
	if err := json.Unmarshal(raw, &u); err != nil {
		return err
	}
	acked := map[string]bool{}
	if *trackers != "" {
		f, err := os.Open(*trackers)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if t := strings.TrimSpace(sc.Text()); t != "" {
				if acked[t] {
					return fmt.Errorf("check: tracker %s was acknowledged twice", t)
				}
				acked[t] = true
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	ctx := context.Background()
	db, err := store.Open(ctx, *dbAddr)
	if err != nil {
		return err
	}
	defer db.Close()
	b, err := db.Ballot(ctx, u.Ballot)
	if err != nil {
		return err
	}
	officer, err := db.UserByEmail(ctx, "officer@union.invalid")
	if err != nil {
		return err
	}
	// Close the ballot on a clock moved past its announced close, then count.
	closeAt := b.ClosesAt.Add(time.Minute)
	db.UseClock(func() time.Time { return closeAt })
	if err := db.CloseBallot(ctx, officer, u.Ballot); err != nil {
		return err
	}
	began := time.Now()
	for i := range 2 {
		teller, err := db.UserByEmail(ctx, u.TellerEmails[i])
		if err != nil {
			return err
		}
		if _, err := db.GiveShare(ctx, teller, u.Ballot, u.TellerKeys[i]); err != nil {
			return err
		}
	}
	fmt.Printf("count: two tellers' shares given, %d papers opened and published in %.2fs\n", b.Turnout, time.Since(began).Seconds())
	res, err := db.BallotResults(ctx, u.Ballot)
	if err != nil {
		return err
	}
	counted := map[string]bool{}
	for _, p := range res.Papers {
		if counted[p.Tracker] {
			return fmt.Errorf("check: tracker %s is on two papers", p.Tracker)
		}
		counted[p.Tracker] = true
	}
	missing := 0
	for t := range acked {
		if !counted[t] {
			missing++
		}
	}
	fmt.Printf("roll %d, turnout (members marked as voted) %d, papers filled %d, acknowledged %d, acknowledged but not counted %d, counted but not acknowledged %d\n",
		res.Ballot.RollSize, res.Ballot.Turnout, len(res.Papers), len(acked), missing, len(res.Papers)-(len(acked)-missing))
	for _, r := range res.Results {
		fmt.Printf("tally: yes %d, no %d, abstain %d\n", r.Count.Yes, r.Count.No, r.Count.Abstain)
	}
	if res.Ballot.Turnout != len(res.Papers) || missing > 0 || (*trackers != "" && len(res.Papers) != len(acked)) {
		return errors.New("check: FAILED: the papers, the roll and the acknowledgements disagree")
	}
	fmt.Println("check: one paper per member marked as voted; every acknowledged ballot counted once; no double votes")
	return nil
}
