package store

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/audit"
	"github.com/charter-org/charter/document"
)

// Integrity is what CheckIntegrity read and what it found wrong. Problems
// empty means every check passed.
type Integrity struct {
	AuditEvents int // events in the chain, verified link by link
	Versions    int // versions whose text matches its SHA-256
	Amendments  int // amendments whose proposed text matches its SHA-256
	Ballots     int // ballots whose roll and papers agree
	Papers      int // papers cast, sealed or opened, over every ballot
	Problems    []string
}

// CheckIntegrity runs the checks an operator runs after a crash, a restore
// or a disk fault: on SQLite the file's own integrity and foreign keys; the
// audit chain; every version's and amendment's text against its SHA-256;
// every merged amendment recorded in the version it was merged into; and,
// in every ballot, as many papers cast (sealed or opened) as members marked as having
// voted (one ballot per participant). It reads only, and may run beside a
// live server: each check that compares counts is one statement, so it
// sees one moment.
func (db *DB) CheckIntegrity(ctx context.Context) (Integrity, error) {
	var in Integrity
	problem := func(format string, args ...any) { in.Problems = append(in.Problems, fmt.Sprintf(format, args...)) }
	err := db.read(ctx, "check integrity", func(tx *gorm.DB) error {
		if db.Dialect == SQLite {
			if err := checkSQLiteFile(tx, problem); err != nil {
				return err
			}
		}
		if err := checkHashes(tx, &in, problem); err != nil {
			return err
		}
		if err := checkMerged(tx, problem); err != nil {
			return err
		}
		return checkBallots(tx, &in, problem)
	})
	if err != nil {
		return in, err
	}
	events, err := db.AuditEvents(ctx, 0)
	if err != nil {
		return in, err
	}
	in.AuditEvents = len(events)
	if err := audit.Verify(events); err != nil {
		problem("audit chain: %v", err)
	}
	return in, nil
}

// checkSQLiteFile: PRAGMA integrity_check reads every page and index;
// foreign_key_check finds rows whose reference points nowhere.
func checkSQLiteFile(tx *gorm.DB, problem func(string, ...any)) error {
	var lines []string
	if err := tx.Raw("PRAGMA integrity_check").Scan(&lines).Error; err != nil {
		return fmt.Errorf("integrity_check: %w", err)
	}
	if len(lines) != 1 || lines[0] != "ok" {
		for _, l := range lines {
			problem("SQLite integrity_check: %s", l)
		}
	}
	rows, err := tx.Raw("PRAGMA foreign_key_check").Rows()
	if err != nil {
		return fmt.Errorf("foreign_key_check: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid, fk any
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			return fmt.Errorf("foreign_key_check: %w", err)
		}
		problem("SQLite foreign_key_check: row %v of %s refers to a missing row of %s", rowid, table, parent)
	}
	return rows.Err()
}

// checkHashes streams every version's and amendment's text and hashes it.
func checkHashes(tx *gorm.DB, in *Integrity, problem func(string, ...any)) error {
	for _, t := range []struct {
		what, query string
		count       *int
	}{
		{"version", "SELECT id, sha256, markdown FROM versions ORDER BY id", &in.Versions},
		{"amendment", "SELECT id, proposed_sha256, proposed FROM amendments ORDER BY id", &in.Amendments},
	} {
		rows, err := tx.Raw(t.query).Rows()
		if err != nil {
			return fmt.Errorf("read %ss: %w", t.what, err)
		}
		for rows.Next() {
			var id int64
			var sum, text string
			if err := rows.Scan(&id, &sum, &text); err != nil {
				_ = rows.Close()
				return fmt.Errorf("read %ss: %w", t.what, err)
			}
			if got := document.Hash([]byte(text)); got != sum {
				problem("%s %d: its text hashes to %s, not the %s stored", t.what, id, got, sum)
				continue
			}
			*t.count++
		}
		err = rows.Err()
		_ = rows.Close()
		if err != nil {
			return fmt.Errorf("read %ss: %w", t.what, err)
		}
	}
	return nil
}

// checkMerged: an amendment marked merged is listed among the amendments
// of the version it names.
func checkMerged(tx *gorm.DB, problem func(string, ...any)) error {
	var ids []int64
	err := tx.Raw(`SELECT a.id FROM amendments a WHERE a.status = ? AND NOT EXISTS
		(SELECT 1 FROM version_amendments va WHERE va.amendment_id = a.id AND va.version_id = a.merged_version_id)
		ORDER BY a.id`, string(amendment.StatusMerged)).Scan(&ids).Error
	if err != nil {
		return fmt.Errorf("read merged amendments: %w", err)
	}
	for _, id := range ids {
		problem("amendment %d is marked merged, but no version records taking it in", id)
	}
	return nil
}

// checkBallots: one paper per member marked as having voted, sealed until
// the count and opened after it.
func checkBallots(tx *gorm.DB, in *Integrity, problem func(string, ...any)) error {
	var rows []struct {
		ID            int64
		Voted, Filled int
	}
	err := tx.Raw(`SELECT b.id,
		(SELECT COUNT(*) FROM ballot_roll r WHERE r.ballot_id = b.id AND r.voted) AS voted,
		(SELECT COUNT(*) FROM ballot_papers p WHERE p.ballot_id = b.id AND p.tracker IS NOT NULL)
			+ (SELECT COUNT(*) FROM sealed_papers s WHERE s.ballot_id = b.id) AS filled
		FROM ballots b ORDER BY b.id`).Scan(&rows).Error
	if err != nil {
		return fmt.Errorf("count ballots: %w", err)
	}
	for _, b := range rows {
		if b.Voted != b.Filled {
			problem("ballot %d: %d members marked as having voted, %d papers cast", b.ID, b.Voted, b.Filled)
			continue
		}
		in.Ballots++
		in.Papers += b.Filled
	}
	return nil
}
