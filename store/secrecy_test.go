package store_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// A cast vote as the test knows it, and as no stored artefact may tell.
type castVote struct {
	voter   member.User
	tracker string
	choice  ballot.Choice
}

// secretBallot runs a ballot on the fixture's amendment: n members vote in
// turn, the officer closes it, two tellers count it. beforeVotes runs once
// the ballot is open; look runs at each stage ("open" once everyone has
// voted, "closed", "counted") with the votes in the order cast.
func secretBallot(t *testing.T, db *store.DB, n int, beforeVotes func(), look func(stage string, votes []castVote)) {
	t.Helper()
	ctx := context.Background()
	f := newBallotFixture(t, db, n)
	b := f.notice(t)
	f.open(t, b)
	if beforeVotes != nil {
		beforeVotes()
	}
	var votes []castVote
	for i, m := range f.members {
		ch := []ballot.Choice{ballot.Yes, ballot.No, ballot.Abstain}[i%3]
		r, err := db.CastBallot(ctx, m, b.ID, []ballot.Choice{ch}, hashes(b))
		if err != nil {
			t.Fatal(err)
		}
		votes = append(votes, castVote{voter: m, tracker: r.Tracker, choice: ch})
	}
	look("open", votes)
	*f.clock = b.ClosesAt
	if err := db.CloseBallot(ctx, f.officer, b.ID); err != nil {
		t.Fatal(err)
	}
	look("closed", votes)
	storetest.Count(t, db, b.ID, f.tellers)
	look("counted", votes)
}

// holdsTracker tells whether a stored value spells any of the trackers,
// with or without their dashes.
func holdsTracker(v any, votes []castVote) (string, bool) {
	s := fmt.Sprint(v)
	if b, ok := v.([]byte); ok {
		s = string(b)
	}
	for _, cv := range votes {
		if strings.Contains(s, cv.tracker) || strings.Contains(s, strings.ReplaceAll(cv.tracker, "-", "")) {
			return cv.tracker, true
		}
	}
	return "", false
}

// TestNoCopyOfTheDatabaseLinksAVoterToAChoice dumps every table, as anyone
// holding a copy or a backup could, while the ballot is open, once it is
// closed and once it is counted. Until the count no tracker or choice is
// stored anywhere in the clear: each vote is a sealed paper, all of one
// size. After it, the trackers and choices stand only on the published
// papers, which hold nothing else, under ids no sealed paper had, in an
// order that is not the order of the votes; the sealed papers and the
// shares of the ballot's key are gone.
func TestNoCopyOfTheDatabaseLinksAVoterToAChoice(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sealedIDs := map[string]bool{}
		secretBallot(t, db, 12, nil, func(stage string, votes []castVote) {
			dump, err := db.DumpForTest(ctx)
			if err != nil {
				t.Fatal(err)
			}
			linksNoVoter(t, stage, dump, votes, sealedIDs)
		})
	})
}

// linksNoVoter fails the test if a dump of the database at the stage of
// the ballot ("open", "closed", "counted") holds a tracker or a choice that
// could be tied to a voter: before the count none in the clear and one
// sealed paper of one size per vote, ids noted in sealedIDs; after it, the
// trackers and choices only on published papers that hold nothing else,
// under new ids, in another order than the votes'.
func linksNoVoter(t *testing.T, stage string, dump map[string][]map[string]any, votes []castVote, sealedIDs map[string]bool) {
	t.Helper()
	for table, rows := range dump {
		for _, row := range rows {
			for col, v := range row {
				if tr, ok := holdsTracker(v, votes); ok && (stage != "counted" || table != "ballot_papers") {
					t.Errorf("%s: tracker %s stored in %s.%s", stage, tr, table, col)
				}
			}
		}
	}
	if stage != "counted" {
		if len(dump["ballot_papers"]) != 0 {
			t.Errorf("%s: %d papers in the clear before the count", stage, len(dump["ballot_papers"]))
		}
		if len(dump["sealed_papers"]) != len(votes) {
			t.Fatalf("%s: %d sealed papers for %d votes", stage, len(dump["sealed_papers"]), len(votes))
		}
		for _, row := range dump["sealed_papers"] {
			for col := range row {
				if col != "ballot_id" && col != "id" && col != "sealed" {
					t.Errorf("a sealed paper holds %s", col)
				}
			}
			raw, err := base64.StdEncoding.DecodeString(fmt.Sprint(row["sealed"]))
			if err != nil || len(raw) != ballot.SealedPaperSize {
				t.Errorf("a sealed paper of %d bytes (%v), not %d", len(raw), err, ballot.SealedPaperSize)
			}
			sealedIDs[fmt.Sprint(row["id"])] = true
		}
		return
	}
	for _, table := range []string{"sealed_papers", "ballot_count_shares", "ballot_counts"} {
		if len(dump[table]) != 0 {
			t.Errorf("after the count, %s keeps %d rows", table, len(dump[table]))
		}
	}
	for _, row := range dump["ballot_tellers"] {
		if row["sealed_share"] != nil {
			t.Errorf("after the count, a teller's share is kept: %v", row)
		}
	}
	var order []string
	for _, row := range dump["ballot_papers"] {
		for col, v := range row {
			switch col {
			case "ballot_id", "id", "tracker", "choices":
			default:
				t.Errorf("a published paper holds %s = %v", col, v)
			}
			if _, isTime := v.(time.Time); isTime {
				t.Errorf("a published paper holds a time: %s", col)
			}
		}
		if sealedIDs[fmt.Sprint(row["id"])] {
			t.Errorf("published paper %v keeps its sealed paper's id", row["id"])
		}
		order = append(order, fmt.Sprint(row["tracker"]))
	}
	var cast []string
	for _, v := range votes {
		cast = append(cast, v.tracker)
	}
	if strings.Join(order, ",") == strings.Join(cast, ",") {
		t.Error("the published papers are stored in the order the votes were cast")
	}
	sort.Strings(order)
	sort.Strings(cast)
	if strings.Join(order, ",") != strings.Join(cast, ",") {
		t.Errorf("published trackers %v, cast %v", order, cast)
	}
}

// walCommit is one transaction as SQLite's write-ahead log holds it: the
// pages it wrote, the database's size in pages after it, and its frames'
// bytes as they lie in the file.
type walCommit struct {
	pages   map[uint32][]byte
	dbPages uint32
	raw     []byte
}

// readWAL splits a WAL file into its commits, as anyone with a copy of the
// file can (https://sqlite.org/fileformat2.html#walformat): a 32-byte
// header, then frames of a 24-byte header and a page; a frame whose header
// gives the database's size ends a commit; frames of an earlier generation
// of the file carry other salts.
func readWAL(t *testing.T, wal []byte) (pageSize int, commits []walCommit) {
	t.Helper()
	if len(wal) < 32 {
		t.Fatalf("a WAL of %d bytes", len(wal))
	}
	pageSize = int(binary.BigEndian.Uint32(wal[8:12]))
	salt := wal[16:24]
	current := walCommit{pages: map[uint32][]byte{}}
	start := 32
	for at := 32; at+24+pageSize <= len(wal); at += 24 + pageSize {
		frame := wal[at : at+24+pageSize]
		if !bytes.Equal(frame[8:16], salt) {
			break
		}
		current.pages[binary.BigEndian.Uint32(frame[0:4])] = frame[24:]
		if size := binary.BigEndian.Uint32(frame[4:8]); size != 0 {
			current.dbPages, current.raw = size, wal[start:at+24+pageSize]
			commits = append(commits, current)
			current, start = walCommit{pages: map[uint32][]byte{}}, at+24+pageSize
		}
	}
	return pageSize, commits
}

// replayedState is what a copy of the database says after one commit.
type replayedState struct {
	voted     map[int64]bool
	sealed    map[string]string // id → sealed paper
	published map[string]string // id → tracker
}

// stateAfter writes the database as it stood after commits[:n] over the
// main file as it was before them, and reads the ballot's tables from it.
func stateAfter(t *testing.T, base []byte, pageSize int, commits []walCommit, n int) replayedState {
	t.Helper()
	file := append([]byte(nil), base...)
	for _, c := range commits[:n] {
		if size := int(c.dbPages) * pageSize; size > len(file) {
			file = append(file, make([]byte, size-len(file))...)
		} else {
			file = file[:size]
		}
		for page, data := range c.pages {
			copy(file[int(page-1)*pageSize:], data)
		}
	}
	path := filepath.Join(t.TempDir(), fmt.Sprintf("after-%d.db", n))
	if err := os.WriteFile(path, file, 0o600); err != nil {
		t.Fatal(err)
	}
	g, err := gorm.Open(sqlite.Open(path), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if sqlDB, err := g.DB(); err == nil {
			_ = sqlDB.Close()
		}
	}()
	s := replayedState{voted: map[int64]bool{}, sealed: map[string]string{}, published: map[string]string{}}
	var roll []struct{ UserID int64 }
	var sealed []struct{ ID, Sealed string }
	var published []struct{ ID, Tracker string }
	for _, q := range []struct {
		sql  string
		dest any
	}{
		{"SELECT user_id FROM ballot_roll WHERE voted", &roll},
		{"SELECT id, sealed FROM sealed_papers", &sealed},
		{"SELECT id, tracker FROM ballot_papers WHERE tracker IS NOT NULL", &published},
	} {
		if err := g.Raw(q.sql).Scan(q.dest).Error; err != nil {
			t.Fatalf("after commit %d: %s: %v", n, q.sql, err)
		}
	}
	for _, r := range roll {
		s.voted[r.UserID] = true
	}
	for _, r := range sealed {
		s.sealed[r.ID] = r.Sealed
	}
	for _, r := range published {
		s.published[r.ID] = r.Tracker
	}
	return s
}

// TestWALReplayLinksNoVoterToAChoice does what anyone holding a copy of
// the running files (or a file-level backup, or the files left by a
// kill -9) can: it replays SQLite's WAL commit by commit, from the first
// vote to the count, and pairs each member marked on the roll with what
// the same commit wrote. That pairs every voter with a sealed paper, which
// is the attack working; the test fails if any of those commits holds a
// tracker or a choice in the clear, if a sealed paper reappears among the
// published ones, or if the commit that publishes the papers marks anyone.
func TestWALReplayLinksNoVoterToAChoice(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "charter.db")
	db, err := store.Open(ctx, "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var base, wal []byte
	var cast []castVote
	secretBallot(t, db, 12, func() {
		// From here the WAL holds every commit, and the main file the
		// state before the first vote.
		if err := db.CheckpointForTest(ctx); err != nil {
			t.Fatal(err)
		}
		if base, err = os.ReadFile(path); err != nil {
			t.Fatal(err)
		}
	}, func(stage string, votes []castVote) {
		if stage != "counted" {
			return
		}
		cast = votes
		if wal, err = os.ReadFile(path + "-wal"); err != nil {
			t.Fatal(err)
		}
	})
	pageSize, commits := readWAL(t, wal)
	trackerOf := map[int64]string{}
	for _, v := range cast {
		trackerOf[v.voter.ID] = v.tracker
	}
	before := stateAfter(t, base, pageSize, commits, 0)
	final := stateAfter(t, base, pageSize, commits, len(commits))
	publishedIDs := map[string]bool{}
	for id := range final.published {
		publishedIDs[id] = true
	}
	marked, linked, publishing := 0, 0, 0
	for n := 1; n <= len(commits); n++ {
		after := stateAfter(t, base, pageSize, commits, n)
		var voters []int64
		for id := range after.voted {
			if !before.voted[id] {
				voters = append(voters, id)
			}
		}
		var newSealed []string
		for id := range after.sealed {
			if _, ok := before.sealed[id]; !ok {
				newSealed = append(newSealed, id)
			}
		}
		newlyPublished := len(after.published) - len(before.published)
		if newlyPublished > 0 {
			publishing++
			if len(voters) > 0 {
				t.Errorf("commit %d publishes %d papers and marks %d voters", n, newlyPublished, len(voters))
			}
		}
		if len(voters) > 0 {
			marked += len(voters)
			if len(voters) != 1 || len(newSealed) != 1 {
				t.Errorf("commit %d marks %d voters beside %d sealed papers", n, len(voters), len(newSealed))
			}
			for _, v := range voters {
				if tr, ok := holdsTracker(commits[n-1].raw, cast); ok {
					linked++
					t.Errorf("commit %d marks member %d and holds tracker %s (theirs: %s)", n, v, tr, trackerOf[v])
				}
			}
			for _, id := range newSealed {
				if publishedIDs[id] {
					linked++
					t.Errorf("sealed paper %s, written with a voter's mark, is published under the same id", id)
				}
				if _, ok := holdsTracker(after.sealed[id], cast); ok {
					linked++
					t.Errorf("sealed paper %s holds a tracker in the clear", id)
				}
			}
		}
		before = after
	}
	if marked != len(cast) || publishing != 1 || len(final.published) != len(cast) {
		t.Fatalf("the replay saw %d of %d voters marked and %d commits publishing %d papers: it did not replay the ballot", marked, len(cast), publishing, len(final.published))
	}
	t.Logf("%d commits replayed: %d voters each paired with one sealed paper, %d linked to a tracker or choice", len(commits), marked, linked)
}

// TestXminLinksNoVoterToAChoice reads PostgreSQL's transaction ids, as
// anyone with ordinary read access can (select xmin, * from ...), while
// the ballot is open, once it is closed and once it is counted: a voter's
// roll line and the rows written in the same transaction share an xmin. It
// fails if any row sharing a voter's xmin holds a tracker, or if a voter's
// line shares its xmin with a published paper; it checks the published
// papers' physical order is not the order of the votes.
func TestXminLinksNoVoterToAChoice(t *testing.T) {
	db := storetest.Postgres(t)
	ctx := context.Background()
	query := func(sql string) []map[string]any {
		rows, err := db.QueryForTest(ctx, sql)
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	secretBallot(t, db, 12, nil, func(stage string, votes []castVote) {
		byXmin := map[string][]map[string]any{}
		for _, table := range []string{"sealed_papers", "ballot_papers"} {
			for _, row := range query("SELECT xmin::text AS xmin, * FROM " + table + " ORDER BY ctid") {
				row["table"] = table
				byXmin[fmt.Sprint(row["xmin"])] = append(byXmin[fmt.Sprint(row["xmin"])], row)
			}
		}
		paired := 0
		for _, line := range query("SELECT xmin::text AS xmin, user_id FROM ballot_roll WHERE voted") {
			for _, row := range byXmin[fmt.Sprint(line["xmin"])] {
				paired++
				if row["table"] == "ballot_papers" {
					t.Errorf("%s: member %v's roll line shares xmin %v with published paper %v", stage, line["user_id"], line["xmin"], row["tracker"])
				}
				for col, v := range row {
					if tr, ok := holdsTracker(v, votes); ok {
						t.Errorf("%s: member %v's roll line shares xmin %v with a row holding tracker %s in %s", stage, line["user_id"], line["xmin"], tr, col)
					}
				}
			}
		}
		if stage == "open" && paired != len(votes) {
			t.Errorf("while open, xmin paired %d voters with a sealed paper, not %d: the attack did not run", paired, len(votes))
		}
		if stage == "counted" {
			var order, cast []string
			for _, row := range query("SELECT tracker FROM ballot_papers ORDER BY ctid") {
				order = append(order, fmt.Sprint(row["tracker"]))
			}
			for _, v := range votes {
				cast = append(cast, v.tracker)
			}
			if len(order) != len(cast) || strings.Join(order, ",") == strings.Join(cast, ",") {
				t.Errorf("published papers in physical order %v; cast %v", order, cast)
			}
		}
	})
}
