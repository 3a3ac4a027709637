package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/charter-org/charter/backup"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestNoBackupLinksAVoterToAChoice takes real backups with `charter
// backup`'s code while a ballot is open, after everyone has voted, and
// again once it is counted; restores each with `charter restore`'s code
// into a database of its own, and reads every row of it as the backup's
// holder could. The same checks as TestNoCopyOfTheDatabaseLinksAVoterToAChoice
// hold: no tracker or choice in the clear until the count, one sealed paper
// per vote, and after it only the published papers. Besides: a SQLite
// backup carries no write-ahead log to replay, and in a restored PostgreSQL
// database no voter's roll line shares a transaction id (xmin) with a
// sealed paper, as they do in the live database.
func TestNoBackupLinksAVoterToAChoice(t *testing.T) {
	storetest.EachAddress(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		live := fresh()
		db, err := store.Open(ctx, live)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		dir := t.TempDir()
		sealedIDs := map[string]bool{}
		secretBallot(t, db, 12, nil, func(stage string, votes []castVote) {
			if stage == "closed" {
				return
			}
			file := filepath.Join(dir, stage+backup.Extension(live))
			if _, err := backup.Take(ctx, live, file, false); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(file + "-wal"); err == nil {
				t.Errorf("%s: the backup has a write-ahead log beside it", stage)
			}
			restored := fresh()
			if _, err := backup.Restore(ctx, restored, file, false); err != nil {
				t.Fatal(err)
			}
			copy, err := store.Open(ctx, restored)
			if err != nil {
				t.Fatal(err)
			}
			defer copy.Close()
			dump, err := copy.DumpForTest(ctx)
			if err != nil {
				t.Fatal(err)
			}
			linksNoVoter(t, stage, dump, votes, sealedIDs)
			if copy.Dialect == store.Postgres {
				pairedByXmin(t, stage, copy)
			}
		})
	})
}

// pairedByXmin fails if xmin tells one voter's sealed paper from another's:
// in the live database each voter's roll line shares its transaction id
// with their paper alone; in a restored one, a roll line must share it with
// every sealed paper (pg_restore --single-transaction wrote them all) or
// none.
func pairedByXmin(t *testing.T, stage string, db *store.DB) {
	t.Helper()
	rows, err := db.QueryForTest(context.Background(), `SELECT r.user_id, count(p.id) AS n, (SELECT count(*) FROM sealed_papers) AS sealed
		FROM ballot_roll r LEFT JOIN sealed_papers p ON p.xmin = r.xmin WHERE r.voted GROUP BY r.user_id`)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if n := fmt.Sprint(r["n"]); n != "0" && n != fmt.Sprint(r["sealed"]) {
			t.Errorf("%s: in the restored backup, member %v's roll line shares an xmin with %s of %v sealed papers", stage, r["user_id"], n, r["sealed"])
		}
	}
	if stage == "open" && len(rows) != 12 {
		t.Errorf("%s: %d voters on the restored roll", stage, len(rows))
	}
}
