package store

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/audit"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
)

// Integrity is what CheckIntegrity read and what it found wrong. Problems
// empty means every check passed.
type Integrity struct {
	AuditEvents int // events in the chain, verified link by link
	Versions    int // versions whose text matches its SHA-256
	Amendments  int // amendments whose proposed text matches its SHA-256
	Followed    int // merged or adopted amendments whose words were followed to the head
	Ballots     int // ballots whose roll and papers agree
	Papers      int // papers cast, sealed or opened, over every ballot
	Problems    []string
}

// CheckIntegrity runs the checks an operator runs after a crash, a restore
// or a disk fault: on SQLite the file's own integrity and foreign keys; the
// audit chain; every version's and amendment's text against its SHA-256;
// every merged amendment recorded in the version it was merged into; every
// merged or adopted amendment's words still in the head unless a later
// amendment, merge or ballot struck them; in every ballot, its key as its
// notice recorded it and its published papers as its count recorded them;
// and, in every ballot, as many papers cast (sealed or opened) as members
// marked as having voted (one ballot per participant). It reads only, and
// may run beside a live server: each check that compares counts is one
// statement, so it sees one moment.
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
		if err := checkWordsKept(tx, &in, problem); err != nil {
			return err
		}
		if err := checkBallots(tx, &in, problem); err != nil {
			return err
		}
		return checkBallotSeals(tx, problem)
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

// checkWordsKept follows every merged or adopted amendment's changes from
// the version that took it in to the head (amendment.Watch says how) and
// names each amendment that a plain publication or import undid, striking
// words it put in or putting back words it struck, with no later version
// setting them right: a stale write that undid a decision of the members. Versions are read one at a time, each document from the
// first version that took an amendment in.
func checkWordsKept(tx *gorm.DB, in *Integrity, problem func(string, ...any)) error {
	var pairs []struct {
		DocumentID, VersionID, AmendmentID int64
		Number                             int
	}
	err := tx.Raw(`SELECT v.document_id, va.version_id, va.amendment_id, v.number FROM version_amendments va
		JOIN amendments a ON a.id = va.amendment_id JOIN versions v ON v.id = va.version_id
		WHERE a.status IN (?, ?) ORDER BY v.document_id, v.number, va.position`,
		string(amendment.StatusMerged), string(amendment.StatusAdopted)).Scan(&pairs).Error
	if err != nil {
		return fmt.Errorf("read merged amendments: %w", err)
	}
	for len(pairs) > 0 {
		n := 1
		for n < len(pairs) && pairs[n].DocumentID == pairs[0].DocumentID {
			n++
		}
		takenBy := map[int64][]int64{}
		for _, p := range pairs[:n] {
			takenBy[p.VersionID] = append(takenBy[p.VersionID], p.AmendmentID)
		}
		if err := watchDocument(tx, pairs[0].DocumentID, pairs[0].Number, takenBy, problem); err != nil {
			return err
		}
		in.Followed += n
		pairs = pairs[n:]
	}
	return nil
}

// watchDocument runs an amendment.Watch over one document's versions from
// number from to its head.
func watchDocument(tx *gorm.DB, docID int64, from int, takenBy map[int64][]int64, problem func(string, ...any)) error {
	var doc documentRow
	if err := tx.Where("id = ?", docID).Take(&doc).Error; err != nil {
		return fmt.Errorf("read document %d: %w", docID, err)
	}
	var headers []versionRow
	if err := tx.Select(versionHeader).Where("document_id = ? AND number >= ?", docID, from).Order("number").Find(&headers).Error; err != nil {
		return fmt.Errorf("read versions of %s: %w", doc.Slug, err)
	}
	var w amendment.Watch
	prev := ""
	for _, h := range headers {
		text, err := bodyOf(tx, h.ID)
		if err != nil {
			return err
		}
		var taken []amendment.Taken
		for _, id := range takenBy[h.ID] {
			var a amendmentRow
			if err := tx.Select("id, base_version_id, proposed").Where("id = ?", id).Take(&a).Error; err != nil {
				return fmt.Errorf("read amendment %d: %w", id, err)
			}
			base, err := bodyOf(tx, a.BaseVersionID)
			if err != nil {
				return err
			}
			taken = append(taken, amendment.Taken{AmendmentID: id, Base: base, Proposed: body(a.Proposed)})
		}
		w.Step(prev, h.domain(), text, taken)
		prev = text
	}
	for _, l := range w.Losses() {
		by := "an import from the command line"
		if id := l.By.AuthorID; id != 0 {
			var name string
			if err := tx.Model(&userRow{}).Select("name").Where("id = ?", id).Scan(&name).Error; err != nil {
				return err
			}
			by = fmt.Sprintf("a publication by %s", name)
		}
		undid := "struck words it put in, and no later version puts them back"
		if l.Undo == amendment.PutBackItStruck {
			undid = "put back words it struck, and no later version strikes them again"
		}
		problem("amendment %d, taken into version %d of %s: version %d, %s and not an amendment, merge or ballot, %s: %s",
			l.AmendmentID, l.TakenIn, doc.Slug, l.By.Number, by, undid, quotePassages(l.Passages))
	}
	return nil
}

// bodyOf reads a version's text without its front matter.
func bodyOf(tx *gorm.DB, versionID int64) (string, error) {
	var text string
	if err := tx.Model(&versionRow{}).Select("markdown").Where("id = ?", versionID).Scan(&text).Error; err != nil {
		return "", fmt.Errorf("read version %d: %w", versionID, err)
	}
	return body(text), nil
}

// body is a stored text without its front matter, whose metadata (a
// revision date) is no amendment's words; a text that no longer reads as a
// document (checkHashes names it) is taken whole.
func body(text string) string {
	src, err := document.ReadSource([]byte(text))
	if err != nil {
		return text
	}
	return string(src.Body())
}

// quotePassages quotes the first few passages, each shortened.
func quotePassages(passages []string) string {
	const shown = 3
	var b strings.Builder
	for i, p := range passages {
		if i == shown {
			fmt.Fprintf(&b, " and %d more", len(passages)-shown)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("“" + charter.Clip(p, 80) + "”")
	}
	return b.String()
}

// noticedKey reads the ballot key that a notice recorded in the audit chain.
var noticedKey = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`papers sealed to key ([A-Za-z0-9+/]{43}=),`) })

// checkBallotSeals: each ballot's key is the one its notice recorded in
// the audit chain (a key swapped while the ballot was open would let
// whoever swapped it read the papers), and each counted ballot's published
// papers are those its count recorded.
func checkBallotSeals(tx *gorm.DB, problem func(string, ...any)) error {
	var rows []struct {
		ID        int64
		PublicKey string
		Status    string
	}
	if err := tx.Table("ballots").Select("id", "public_key", "status").Where("public_key <> ''").Order("id").Scan(&rows).Error; err != nil {
		return fmt.Errorf("read ballots' keys: %w", err)
	}
	for _, b := range rows {
		var notice auditRow
		if err := tx.Where("subject = ? AND action = ?", fmt.Sprintf("ballot:%d", b.ID), "ballot.notice").Order("id").Limit(1).Find(&notice).Error; err != nil {
			return fmt.Errorf("read ballot %d's notice: %w", b.ID, err)
		}
		if m := noticedKey().FindStringSubmatch(notice.Detail); m == nil || m[1] != b.PublicKey {
			problem("ballot %d: its key is not the one its notice recorded in the audit log", b.ID)
		}
		if b.Status == string(ballot.StatusCounted) || b.Status == string(ballot.StatusCertified) {
			if err := checkPublishedPapers(tx, b.ID); charter.ErrorCode(err) == charter.ECONFLICT {
				problem("ballot %d: its published papers are not those its count recorded in the audit log", b.ID)
			} else if err != nil {
				return err
			}
		}
	}
	return nil
}
