package store

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"gorm.io/gorm"
)

// migrations are append-only: never edit one that has shipped; add the next.
// Each runs in its own transaction with its version recorded. The few types
// that differ between engines are written as {{placeholders}} and filled in
// by columnTypes, the one place where dialects differ.
var migrations = []string{
	// 1: settings, members and their credentials.
	`CREATE TABLE settings (
		name  TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);
	CREATE TABLE users (
		id            {{id}},
		email         TEXT NOT NULL UNIQUE,
		name          TEXT NOT NULL,
		member_number TEXT UNIQUE,
		password_hash TEXT NOT NULL DEFAULT '',
		good_standing BOOLEAN NOT NULL DEFAULT TRUE,
		language      TEXT NOT NULL DEFAULT '',
		created_at    {{time}} NOT NULL
	);
	CREATE TABLE user_roles (
		user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		role    TEXT NOT NULL,
		PRIMARY KEY (user_id, role)
	);
	CREATE TABLE sessions (
		token_hash TEXT PRIMARY KEY,
		user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		created_at {{time}} NOT NULL,
		expires_at {{time}} NOT NULL
	);
	CREATE INDEX sessions_user ON sessions(user_id);
	CREATE TABLE api_tokens (
		id           {{id}},
		user_id      BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		token_hash   TEXT NOT NULL UNIQUE,
		name         TEXT NOT NULL,
		created_at   {{time}} NOT NULL
	);
	CREATE TABLE invitations (
		token_hash TEXT PRIMARY KEY,
		user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		created_at {{time}} NOT NULL,
		expires_at {{time}} NOT NULL,
		used_at    {{time}}
	);
	CREATE TABLE login_failures (
		id         {{id}},
		key        TEXT NOT NULL,
		created_at {{time}} NOT NULL
	);
	CREATE INDEX login_failures_key ON login_failures(key, created_at);`,

	// 2: documents, their immutable versions, and each version's outline.
	`CREATE TABLE documents (
		id         {{id}},
		slug       TEXT NOT NULL UNIQUE,
		title      TEXT NOT NULL,
		numbering  TEXT NOT NULL,
		created_at {{time}} NOT NULL
	);
	CREATE TABLE versions (
		id          {{id}},
		document_id BIGINT NOT NULL REFERENCES documents(id),
		number      INTEGER NOT NULL,
		parent_id   BIGINT REFERENCES versions(id),
		sha256      TEXT NOT NULL,
		kind        TEXT NOT NULL,
		origin      TEXT NOT NULL,
		author_id   BIGINT REFERENCES users(id),
		markdown    TEXT NOT NULL,
		created_at  {{time}} NOT NULL,
		UNIQUE (document_id, number)
	);
	CREATE TABLE outline_nodes (
		version_id   BIGINT NOT NULL REFERENCES versions(id),
		ordinal      INTEGER NOT NULL,
		key          TEXT NOT NULL,
		number       TEXT NOT NULL,
		marker       TEXT NOT NULL,
		heading      TEXT NOT NULL,
		kind         TEXT NOT NULL,
		depth        INTEGER NOT NULL,
		parent       INTEGER NOT NULL,
		start_offset INTEGER NOT NULL,
		end_offset   INTEGER NOT NULL,
		PRIMARY KEY (version_id, ordinal),
		UNIQUE (version_id, key)
	);`,

	// 3: the audit chain. prev_hash is unique, so two writers racing to
	// append after the same event cannot fork the chain: one of them fails.
	`CREATE TABLE audit_events (
		id         {{id}},
		created_at {{time}} NOT NULL,
		actor_id   BIGINT,
		action     TEXT NOT NULL,
		subject    TEXT NOT NULL,
		detail     TEXT NOT NULL,
		prev_hash  TEXT NOT NULL UNIQUE,
		hash       TEXT NOT NULL
	);`,

	// 4: amendments and their co-sponsors; the number of co-sponsors a
	// document's amendment rule asks for.
	`ALTER TABLE documents ADD COLUMN cosponsors_needed INTEGER NOT NULL DEFAULT 1;
	CREATE TABLE amendments (
		id              {{id}},
		document_id     BIGINT NOT NULL REFERENCES documents(id),
		base_version_id BIGINT NOT NULL REFERENCES versions(id),
		parent_id       BIGINT REFERENCES amendments(id),
		title           TEXT NOT NULL,
		rationale       TEXT NOT NULL,
		sponsor_id      BIGINT NOT NULL REFERENCES users(id),
		proposed        TEXT NOT NULL,
		proposed_sha256 TEXT NOT NULL,
		status          TEXT NOT NULL,
		created_at      {{time}} NOT NULL,
		updated_at      {{time}} NOT NULL
	);
	CREATE INDEX amendments_document ON amendments(document_id, id);
	CREATE TABLE amendment_cosponsors (
		amendment_id BIGINT NOT NULL REFERENCES amendments(id),
		user_id      BIGINT NOT NULL REFERENCES users(id),
		created_at   {{time}} NOT NULL,
		PRIMARY KEY (amendment_id, user_id)
	);`,

	// 5: comments, where each stands in every version, supports, edits,
	// reports.
	`CREATE TABLE comments (
		id                 {{id}},
		document_id        BIGINT NOT NULL REFERENCES documents(id),
		version_id         BIGINT NOT NULL REFERENCES versions(id),
		parent_id          BIGINT REFERENCES comments(id),
		author_id          BIGINT NOT NULL REFERENCES users(id),
		stance             TEXT NOT NULL,
		body               TEXT NOT NULL,
		created_at         {{time}} NOT NULL,
		edited_at          {{time}},
		deleted_at         {{time}},
		hidden_reason      TEXT NOT NULL DEFAULT '',
		disposition        TEXT NOT NULL DEFAULT '',
		disposition_reason TEXT NOT NULL DEFAULT '',
		disposition_by     BIGINT REFERENCES users(id),
		disposition_at     {{time}}
	);
	CREATE INDEX comments_document ON comments(document_id, id);
	CREATE TABLE comment_placements (
		comment_id   BIGINT NOT NULL REFERENCES comments(id),
		version_id   BIGINT NOT NULL REFERENCES versions(id),
		section_key  TEXT NOT NULL,
		fate         TEXT NOT NULL,
		quote        TEXT NOT NULL DEFAULT '',
		quote_before TEXT NOT NULL DEFAULT '',
		quote_after  TEXT NOT NULL DEFAULT '',
		quote_offset INTEGER NOT NULL DEFAULT -1,
		PRIMARY KEY (comment_id, version_id)
	);
	CREATE INDEX comment_placements_version ON comment_placements(version_id, section_key);
	CREATE TABLE comment_supports (
		comment_id BIGINT NOT NULL REFERENCES comments(id),
		user_id    BIGINT NOT NULL REFERENCES users(id),
		created_at {{time}} NOT NULL,
		PRIMARY KEY (comment_id, user_id)
	);
	CREATE TABLE comment_edits (
		id          {{id}},
		comment_id  BIGINT NOT NULL REFERENCES comments(id),
		body        TEXT NOT NULL,
		replaced_at {{time}} NOT NULL
	);
	CREATE TABLE comment_reports (
		comment_id BIGINT NOT NULL REFERENCES comments(id),
		user_id    BIGINT NOT NULL REFERENCES users(id),
		reason     TEXT NOT NULL,
		created_at {{time}} NOT NULL,
		PRIMARY KEY (comment_id, user_id)
	);`,

	// 6: an incorporated comment names the amendment or version that took
	// it in.
	`ALTER TABLE comments ADD COLUMN disposition_amendment_id BIGINT REFERENCES amendments(id);
	ALTER TABLE comments ADD COLUMN disposition_version_id BIGINT REFERENCES versions(id);`,

	// 7: which amendments a merged version took in, in order; the draft an
	// amendment was merged into; a rebase that needs its sponsor.
	`CREATE TABLE version_amendments (
		version_id   BIGINT NOT NULL REFERENCES versions(id),
		amendment_id BIGINT NOT NULL REFERENCES amendments(id),
		position     INTEGER NOT NULL,
		PRIMARY KEY (version_id, amendment_id)
	);
	ALTER TABLE amendments ADD COLUMN merged_version_id BIGINT REFERENCES versions(id);
	ALTER TABLE amendments ADD COLUMN rebase_conflict TEXT NOT NULL DEFAULT '';`,

	// 8: secret ballots. Who voted (ballot_roll.voted) and what was chosen
	// (ballot_papers) are stored apart with nothing to link them: papers
	// have random ids and no times, and are blanks created at notice, one
	// per member on the roll, filled in at random. Both tables are kept in
	// key order, not insertion order ({{unordered}}). A document's vote
	// rule comes from its amendment article.
	`ALTER TABLE documents ADD COLUMN vote_threshold TEXT NOT NULL DEFAULT '2/3';
	ALTER TABLE documents ADD COLUMN vote_base TEXT NOT NULL DEFAULT 'cast';
	ALTER TABLE documents ADD COLUMN vote_quorum TEXT NOT NULL DEFAULT 'none';
	ALTER TABLE documents ADD COLUMN notice_days INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE documents ADD COLUMN online_ballot_clause TEXT NOT NULL DEFAULT '';
	CREATE TABLE ballots (
		id            {{id}},
		document_id   BIGINT REFERENCES documents(id),
		title         TEXT NOT NULL,
		status        TEXT NOT NULL,
		notice_at     {{time}} NOT NULL,
		opens_at      {{time}} NOT NULL,
		closes_at     {{time}} NOT NULL,
		roll_size     INTEGER NOT NULL,
		min_ballots   INTEGER NOT NULL,
		online_clause TEXT NOT NULL DEFAULT '',
		officer_id    BIGINT NOT NULL REFERENCES users(id),
		closed_at     {{time}},
		certified_at  {{time}},
		certified_by  BIGINT REFERENCES users(id),
		effective     TEXT NOT NULL DEFAULT '',
		retain_until  {{time}} NOT NULL
	);
	CREATE TABLE ballot_questions (
		id                 {{id}},
		ballot_id          BIGINT NOT NULL REFERENCES ballots(id),
		position           INTEGER NOT NULL,
		kind               TEXT NOT NULL,
		question           TEXT NOT NULL,
		amendment_id       BIGINT REFERENCES amendments(id),
		version_id         BIGINT REFERENCES versions(id),
		snapshot           TEXT NOT NULL,
		snapshot_sha256    TEXT NOT NULL,
		threshold          TEXT NOT NULL,
		base               TEXT NOT NULL,
		quorum             TEXT NOT NULL,
		notice_days        INTEGER NOT NULL,
		adopted            BOOLEAN,
		adopted_version_id BIGINT REFERENCES versions(id),
		UNIQUE (ballot_id, position)
	);
	CREATE TABLE ballot_roll (
		ballot_id BIGINT NOT NULL REFERENCES ballots(id),
		user_id   BIGINT NOT NULL REFERENCES users(id),
		voted     BOOLEAN NOT NULL DEFAULT FALSE,
		PRIMARY KEY (ballot_id, user_id)
	) {{unordered}};
	CREATE TABLE ballot_papers (
		ballot_id BIGINT NOT NULL REFERENCES ballots(id),
		id        TEXT NOT NULL,
		tracker   TEXT UNIQUE,
		choices   TEXT,
		PRIMARY KEY (ballot_id, id)
	) {{unordered}};
	CREATE TABLE ballot_roll_changes (
		id        {{id}},
		ballot_id BIGINT NOT NULL REFERENCES ballots(id),
		user_id   BIGINT NOT NULL REFERENCES users(id),
		change    TEXT NOT NULL,
		reason    TEXT NOT NULL,
		actor_id  BIGINT NOT NULL,
		at        {{time}} NOT NULL
	);
	ALTER TABLE versions ADD COLUMN ballot_id BIGINT REFERENCES ballots(id);`,

	// 9: ballot records are kept until their retain_until (a year after
	// notice): the database itself refuses to delete them. A blank paper
	// and the roll line of a member who has not voted are not records of
	// the vote: the officer's roll changes remove them, and log why.
	// Triggers are written per engine, in engineMigrations.
	``,

	// 10: the key that signs CSRF tokens is made with the schema, under
	// the migration lock, so that instances started together behind a load
	// balancer cannot race to create two; each reads it with Secret. The
	// random bytes come from the engine (engineMigrations).
	``,

	// 11: the comments a page no longer counts (deleted or hidden), so that
	// CommentsStamp counts them without reading every comment of a
	// document: the document page caches its counts under that stamp.
	`CREATE INDEX comments_withdrawn ON comments(document_id) WHERE deleted_at IS NOT NULL OR hidden_reason <> '';`,

	// 12: what the document page counts of pending amendments, read from
	// the index alone (PendingAmendments): an amendment's status and hash
	// are stored after its full text, and reading them from the table
	// walks every page of that text (500 amendments of a 68 KB bylaw: 34 MB
	// read for each view of the page).
	`CREATE INDEX amendments_pending ON amendments(document_id, base_version_id, status, parent_id, id, proposed_sha256);`,

	// 13: replies by their thread, for a section's page (SectionComments),
	// which otherwise read every comment of the document to find them.
	`CREATE INDEX comments_parent ON comments(parent_id) WHERE parent_id IS NOT NULL;`,

	// 14: a ballot's questions without their snapshots, from the index
	// alone. A question's rules and hash are stored after its snapshot
	// (the texts before and after, about 300 KB for the largest bylaw), and
	// reading them from the table walked every page of it: on every vote,
	// inside the write transaction, which held SQLite's lock that long.
	`CREATE INDEX ballot_questions_rules ON ballot_questions(ballot_id, position, id, kind, question, amendment_id, version_id,
		snapshot_sha256, threshold, base, quorum, notice_days, adopted, adopted_version_id);`,

	// 15: a version without its text, from the index alone (DocumentHead):
	// every view of a document's page asks for its current version, whose
	// columns after the text could only be read by walking the text's
	// pages.
	`CREATE INDEX versions_header ON versions(document_id, number, id, parent_id, sha256, kind, origin, author_id, created_at, ballot_id);`,

	// 16: sealed papers. A vote is sealed to its ballot's public key in the
	// transaction that marks the roll, so whatever ties the two (SQLite's
	// WAL, PostgreSQL's xmin, a backup) ties the voter to bytes that only
	// the ballot's private key opens. That key is split at notice among
	// tellers (ballot_tellers: each share sealed to the teller's own key,
	// whose private half only the teller keeps), and rebuilt in memory at
	// the count from the shares the tellers give (ballot_count_shares,
	// sealed to a count key that lives only in the memory of the instance
	// that holds ballot_counts' row). The count writes the opened papers
	// to ballot_papers in a random order, in one transaction, and deletes
	// the sealed ones. Blank papers are no longer laid out at notice.
	// Ballots closed before this version were counted at their close.
	`ALTER TABLE ballots ADD COLUMN public_key TEXT NOT NULL DEFAULT '';
	ALTER TABLE ballots ADD COLUMN shares_needed INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE ballots ADD COLUMN counted_at {{time}};
	CREATE TABLE teller_keys (
		user_id    BIGINT PRIMARY KEY REFERENCES users(id),
		public_key TEXT NOT NULL,
		created_at {{time}} NOT NULL
	);
	CREATE TABLE ballot_tellers (
		ballot_id    BIGINT NOT NULL REFERENCES ballots(id),
		user_id      BIGINT NOT NULL REFERENCES users(id),
		sealed_share TEXT,
		PRIMARY KEY (ballot_id, user_id)
	);
	CREATE TABLE sealed_papers (
		ballot_id BIGINT NOT NULL REFERENCES ballots(id),
		id        TEXT NOT NULL,
		sealed    TEXT NOT NULL,
		PRIMARY KEY (ballot_id, id)
	) {{unordered}};
	CREATE TABLE ballot_counts (
		ballot_id    BIGINT PRIMARY KEY REFERENCES ballots(id),
		public_key   TEXT NOT NULL,
		holder       TEXT NOT NULL,
		heartbeat_at {{time}} NOT NULL
	);
	CREATE TABLE ballot_count_shares (
		ballot_id    BIGINT NOT NULL REFERENCES ballots(id),
		user_id      BIGINT NOT NULL REFERENCES users(id),
		sealed_share TEXT NOT NULL,
		PRIMARY KEY (ballot_id, user_id)
	);
	DELETE FROM ballot_papers WHERE tracker IS NULL;
	UPDATE ballots SET status = 'counted', counted_at = closed_at WHERE status = 'closed';`,

	// 17: a question about a document keeps the document's own rule as it
	// stood at notice, and the officer's reason for departing from it,
	// which every voter reads. They join the index that a vote reads a
	// ballot's questions from (14): stored after the snapshot, they would
	// be read by walking it.
	`ALTER TABLE ballot_questions ADD COLUMN document_rule TEXT NOT NULL DEFAULT '';
	ALTER TABLE ballot_questions ADD COLUMN departure_reason TEXT NOT NULL DEFAULT '';
	DROP INDEX ballot_questions_rules;
	CREATE INDEX ballot_questions_rules ON ballot_questions(ballot_id, position, id, kind, question, amendment_id, version_id,
		snapshot_sha256, threshold, base, quorum, notice_days, adopted, adopted_version_id, document_rule, departure_reason);`,

	// 18: the login throttle and revocation. Failed logins are counted per
	// (account, device), per (account, client address) and per client
	// address, one row a bucket (logins.go), in place of one row a failure
	// per address and per client, which let anyone lock a member out.
	// Sessions get a public id, so that a member can list and end them
	// without a page showing what the cookie holds; a session from before
	// takes the start of its hash, which is no secret either.
	`DROP TABLE login_failures;
	CREATE TABLE login_throttles (
		key      TEXT PRIMARY KEY,
		failures INTEGER NOT NULL,
		last_at  {{time}} NOT NULL
	);
	CREATE INDEX login_throttles_last ON login_throttles(last_at);
	ALTER TABLE sessions ADD COLUMN public_id TEXT;
	UPDATE sessions SET public_id = substr(token_hash, 1, 32);
	CREATE UNIQUE INDEX sessions_public_id ON sessions(public_id);`,

	// 19: when an amendment was first submitted. Until then it is its
	// sponsor's private draft (amendment.VisibleTo), and stays so if they
	// withdraw it as a draft.
	// Amendments past draft before this migration count as submitted when
	// they were made: every member could read them then.
	`ALTER TABLE amendments ADD COLUMN submitted_at {{time}};
	UPDATE amendments SET submitted_at = created_at WHERE status <> 'draft';`,

	// 20: each teller's share names the teller key it was sealed to, whose
	// fingerprint the ballot shows beside the teller's name. Papers, a
	// ballot's key and the tellers' shares are never changed once written
	// (triggers in engineMigrations): someone writing to the database
	// behind Charter must drop a trigger first, which PostgreSQL's DDL log
	// records.
	`ALTER TABLE ballot_tellers ADD COLUMN teller_key TEXT NOT NULL DEFAULT '';`,

	// 21: the changes every instance reads to keep what it holds in memory
	// told of every change (changes.go): a row per change, kept ten
	// minutes.
	`CREATE TABLE changes (
		id      {{id}},
		topic   TEXT NOT NULL,
		subject BIGINT NOT NULL,
		origin  TEXT NOT NULL,
		at      {{time}} NOT NULL
	);
	CREATE INDEX changes_at ON changes(at);`,

	// 22: a complete revision, which replaces the whole text, under the
	// document's revision rule (DESIGN rule 4): an empty threshold means
	// the document has none of its own, and its amendment rule applies.
	`ALTER TABLE amendments ADD COLUMN revision BOOLEAN NOT NULL DEFAULT FALSE;
	ALTER TABLE documents ADD COLUMN revision_threshold TEXT NOT NULL DEFAULT '';
	ALTER TABLE documents ADD COLUMN revision_base TEXT NOT NULL DEFAULT '';
	ALTER TABLE documents ADD COLUMN revision_quorum TEXT NOT NULL DEFAULT '';
	ALTER TABLE documents ADD COLUMN revision_notice_days INTEGER NOT NULL DEFAULT 0;`,

	// 23: the language a document's text is written in (a BCP 47 tag),
	// which pages mark the text with when the reader's interface speaks
	// another. Documents before it were imported in English.
	`ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'en';`,

	// 24: the search index (search.go): a row per searchable text, each
	// rewritten by the use case that changes it, and the words of what
	// every member may read, for correcting a mistyped query, each in the
	// configuration of its document's language (23). The engines'
	// full-text tables are made in engineMigrations, and what is stored
	// already is indexed by migrationFills.
	`CREATE TABLE search_entries (
		id          {{id}},
		kind        TEXT NOT NULL,
		document_id BIGINT NOT NULL REFERENCES documents(id),
		ref_id      BIGINT NOT NULL,
		section_key TEXT NOT NULL DEFAULT '',
		number      TEXT NOT NULL DEFAULT '',
		private_to  BIGINT REFERENCES users(id),
		config      TEXT NOT NULL,
		title       TEXT NOT NULL,
		body        TEXT NOT NULL,
		UNIQUE (kind, ref_id, section_key)
	);
	CREATE INDEX search_entries_document ON search_entries(document_id, kind);
	CREATE TABLE search_words (
		word    TEXT PRIMARY KEY,
		length  INTEGER NOT NULL,
		entries INTEGER NOT NULL
	);
	CREATE INDEX search_words_length ON search_words(length);`,

	// 25: a clerical change (renumbering and cross-references after a
	// vote, amendment.CheckClerical) names the certified ballot that
	// authorised it and the committee's reason; the index of migration 15
	// holds the ballot too, so that a version's header is still read from
	// the index alone.
	`ALTER TABLE versions ADD COLUMN authorised_by BIGINT REFERENCES ballots(id);
	ALTER TABLE versions ADD COLUMN reason TEXT NOT NULL DEFAULT '';
	DROP INDEX versions_header;
	CREATE INDEX versions_header ON versions(document_id, number, id, parent_id, sha256, kind, origin, author_id, created_at, ballot_id, authorised_by);`,

	// 26: the outbox (outbox.go). An event that tells members something
	// writes, in its own transaction, what the message says once
	// (mail_contents: the facts as at the event, in no language) and a row
	// per recipient (outbox), which a sender claims, delivers and marks;
	// message_key, made at the event, is the Message-ID's left part on
	// every try. personal holds the recipient's own part (an invitation's
	// link) and is emptied once the message is sent. A message for a
	// member who chose a daily digest is never sent itself: it is folded
	// into that day's digest (folded_into). Members' choices of
	// what they receive are mail_choices; a ballot's reminder is queued
	// once (reminded_at). A ballot's messages are among its records, and
	// go with it when its records may be deleted.
	`CREATE TABLE mail_contents (
		id         {{id}},
		kind       TEXT NOT NULL,
		facts      TEXT NOT NULL,
		ballot_id  BIGINT REFERENCES ballots(id) ON DELETE CASCADE,
		created_at {{time}} NOT NULL
	);
	CREATE INDEX mail_contents_ballot ON mail_contents(ballot_id, kind);
	CREATE TABLE outbox (
		id            {{id}},
		content_id    BIGINT NOT NULL REFERENCES mail_contents(id) ON DELETE CASCADE,
		user_id       BIGINT REFERENCES users(id),
		address       TEXT NOT NULL,
		language      TEXT NOT NULL DEFAULT '',
		personal      TEXT NOT NULL DEFAULT '',
		message_key   TEXT NOT NULL UNIQUE,
		digest        BOOLEAN NOT NULL DEFAULT FALSE,
		folded_into   BIGINT REFERENCES outbox(id),
		created_at    {{time}} NOT NULL,
		due_at        {{time}} NOT NULL,
		attempts      INTEGER NOT NULL DEFAULT 0,
		claimed_by    TEXT NOT NULL DEFAULT '',
		claimed_until {{time}},
		sent_at       {{time}},
		failed_at     {{time}},
		error         TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX outbox_due ON outbox(due_at, id) WHERE sent_at IS NULL AND failed_at IS NULL AND folded_into IS NULL;
	CREATE INDEX outbox_content ON outbox(content_id, user_id);
	CREATE INDEX outbox_user ON outbox(user_id, id);
	CREATE TABLE mail_choices (
		user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		kind    TEXT NOT NULL,
		choice  TEXT NOT NULL,
		PRIMARY KEY (user_id, kind)
	);
	ALTER TABLE ballots ADD COLUMN reminded_at {{time}};`,

	// 27: members without email, reached by post. An account may have no
	// email address (it cannot log in; notices go by letter), and keeps a
	// postal address and a phone number from the roster. letters records
	// each letter an officer prepared: which message (a ballot's notice),
	// for whom, to which address, by whom, when, as PDF or CSV. Making
	// users.email nullable is written per engine (engineMigrations,
	// engineSteps): SQLite cannot drop a NOT NULL with ALTER TABLE.
	`ALTER TABLE users ADD COLUMN postal_address TEXT NOT NULL DEFAULT '';
	ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT '';
	CREATE TABLE letters (
		id         {{id}},
		content_id BIGINT NOT NULL REFERENCES mail_contents(id) ON DELETE CASCADE,
		user_id    BIGINT NOT NULL REFERENCES users(id),
		address    TEXT NOT NULL,
		officer_id BIGINT NOT NULL REFERENCES users(id),
		format     TEXT NOT NULL,
		created_at {{time}} NOT NULL
	);
	CREATE INDEX letters_content ON letters(content_id, user_id, id);`,

	// 28: petitions (petitions.go): members in good standing sign to force
	// a ballot or a special meeting. The document's rule (petition_*)
	// sets the threshold and the officers' days, and each petition keeps
	// the rule it was started under. A signature is one row per petition
	// and member, kept when withdrawn (withdrawn_at) so that nothing is
	// deleted; the primary key makes a second signature a conflict however
	// many arrive at once. Nothing links a signature to anything a member
	// or the public reads.
	`ALTER TABLE documents ADD COLUMN petition_threshold TEXT NOT NULL DEFAULT '10%';
	ALTER TABLE documents ADD COLUMN petition_days INTEGER NOT NULL DEFAULT 30;
	CREATE TABLE petitions (
		id           {{id}},
		document_id  BIGINT NOT NULL REFERENCES documents(id),
		kind         TEXT NOT NULL,
		question     TEXT NOT NULL,
		amendment_id BIGINT REFERENCES amendments(id),
		threshold    TEXT NOT NULL,
		days_to_act  INTEGER NOT NULL,
		status       TEXT NOT NULL,
		starter_id   BIGINT NOT NULL REFERENCES users(id),
		created_at   {{time}} NOT NULL,
		reached_at   {{time}},
		deadline     {{time}},
		noticed_at   {{time}},
		noticed_by   BIGINT REFERENCES users(id),
		ballot_id    BIGINT REFERENCES ballots(id),
		meeting_note TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX petitions_status ON petitions(status, deadline);
	CREATE TABLE petition_signatures (
		petition_id  BIGINT NOT NULL REFERENCES petitions(id),
		user_id      BIGINT NOT NULL REFERENCES users(id),
		signed_at    {{time}} NOT NULL,
		withdrawn_at {{time}},
		PRIMARY KEY (petition_id, user_id)
	);`,
	// 29: the Spanish text search configuration (search.go), made on
	// PostgreSQL in engineMigrations; the documents already written in
	// Spanish are indexed again with it by migrationFills. Nothing
	// portable.
	"",
	// 30: translations (translations.go). A row translates one wording of
	// one section's own words (source_sha256, with the words in source, so
	// that a translator sees what changed when they change) into one
	// language; rows are only added, the latest of a wording standing. The
	// admin grants translators their languages. A translation made from
	// an amendment names it (amendment_id): it stands only for the words
	// the amendment wrote, never as an earlier wording of the section. A
	// comment keeps the language it was written in.
	`CREATE TABLE translators (
		user_id    BIGINT NOT NULL REFERENCES users(id),
		language   TEXT NOT NULL,
		granted_at {{time}} NOT NULL,
		PRIMARY KEY (user_id, language)
	);
	CREATE TABLE section_translations (
		id            {{id}},
		document_id   BIGINT NOT NULL REFERENCES documents(id),
		section_key   TEXT NOT NULL,
		language      TEXT NOT NULL,
		source_sha256 TEXT NOT NULL,
		source        TEXT NOT NULL,
		body          TEXT NOT NULL,
		translator_id BIGINT NOT NULL REFERENCES users(id),
		created_at    {{time}} NOT NULL,
		amendment_id  BIGINT REFERENCES amendments(id)
	);
	CREATE INDEX section_translations_language ON section_translations(document_id, language, id);
	ALTER TABLE comments ADD COLUMN language TEXT NOT NULL DEFAULT '';
	ALTER TABLE search_entries ADD COLUMN language TEXT NOT NULL DEFAULT '';`,
	// 31: no table changes: an invitation queued in the outbox before
	// this version holds its link's secret until sent, which without a
	// mail server is never; its fill keeps only the invitation's hash, as
	// queueInvitations writes it since (fillInvitationHashes).
	``,
	// 32: membership meetings (meetings.go). A meeting's items are frozen
	// at notice (snapshot) and amended from the floor (text); attendance
	// is one row per member, so a second check-in is a conflict however
	// many arrive at once. Each vote at a meeting is a ballot naming its
	// item: a count of hands has no key and no papers, only the count the
	// tellers enter; a secret vote's roll is the members present, marked
	// when they vote on their phone or are handed a paper (papers_issued
	// counts those), and the tellers enter the paper ballots' count as a
	// pool beside the online papers (ballot_pool_counts, a ballot record
	// kept as the others are). A floor amendment keeps the words of its
	// item it was moved against (moved_against), which a later floor
	// amendment may change. The texts are named by their SHA-256
	// (snapshot_sha256, text_sha256, moved_against_sha256) so that a
	// meeting is read without them, at every step and by every page, and
	// they are read only where a cache keyed by the hashes misses. A
	// later meeting approves a meeting's minutes by an item naming it
	// (minutes_of); the meeting then names that item (minutes_item).
	`CREATE TABLE meetings (
		id            {{id}},
		document_id   BIGINT REFERENCES documents(id),
		title         TEXT NOT NULL,
		mode          TEXT NOT NULL,
		place         TEXT NOT NULL,
		starts_at     {{time}} NOT NULL,
		notice_at     {{time}} NOT NULL,
		status        TEXT NOT NULL,
		officer_id    BIGINT NOT NULL REFERENCES users(id),
		chair_id      BIGINT NOT NULL REFERENCES users(id),
		quorum        TEXT NOT NULL,
		roll_size     INTEGER NOT NULL DEFAULT 0,
		min_ballots   INTEGER NOT NULL,
		shares_needed INTEGER NOT NULL,
		current_item  BIGINT,
		opened_at     {{time}},
		adjourned_at  {{time}}
	);
	CREATE TABLE meeting_tellers (
		meeting_id BIGINT NOT NULL REFERENCES meetings(id),
		user_id    BIGINT NOT NULL REFERENCES users(id),
		PRIMARY KEY (meeting_id, user_id)
	);
	CREATE TABLE meeting_items (
		id              {{id}},
		meeting_id      BIGINT NOT NULL REFERENCES meetings(id),
		position        INTEGER NOT NULL,
		kind            TEXT NOT NULL,
		parent_id       BIGINT REFERENCES meeting_items(id),
		amendment_id    BIGINT REFERENCES amendments(id),
		question        TEXT NOT NULL,
		snapshot        TEXT NOT NULL DEFAULT '',
		snapshot_sha256 TEXT NOT NULL DEFAULT '',
		text            TEXT NOT NULL DEFAULT '',
		moved_against   TEXT NOT NULL DEFAULT '',
		text_sha256     TEXT NOT NULL DEFAULT '',
		moved_against_sha256 TEXT NOT NULL DEFAULT '',
		threshold       TEXT NOT NULL,
		base            TEXT NOT NULL,
		status          TEXT NOT NULL,
		mover_id        BIGINT REFERENCES users(id),
		moved_at        {{time}},
		scope           TEXT NOT NULL DEFAULT '',
		ruling          TEXT NOT NULL DEFAULT '',
		ruling_reason   TEXT NOT NULL DEFAULT '',
		method          TEXT NOT NULL DEFAULT '',
		ballot_id       BIGINT REFERENCES ballots(id),
		adopted         BOOLEAN,
		minutes_of      BIGINT REFERENCES meetings(id),
		UNIQUE (meeting_id, position)
	);
	ALTER TABLE meetings ADD COLUMN minutes_item BIGINT REFERENCES meeting_items(id);
	CREATE TABLE meeting_attendance (
		meeting_id    BIGINT NOT NULL REFERENCES meetings(id),
		user_id       BIGINT NOT NULL REFERENCES users(id),
		teller_id     BIGINT REFERENCES users(id),
		checked_in_at {{time}} NOT NULL,
		PRIMARY KEY (meeting_id, user_id)
	);
	ALTER TABLE ballots ADD COLUMN meeting_item_id BIGINT REFERENCES meeting_items(id);
	ALTER TABLE ballots ADD COLUMN method TEXT NOT NULL DEFAULT '';
	ALTER TABLE ballots ADD COLUMN papers_issued INTEGER NOT NULL DEFAULT 0;
	CREATE TABLE ballot_pool_counts (
		ballot_id   BIGINT NOT NULL REFERENCES ballots(id),
		question_id BIGINT NOT NULL REFERENCES ballot_questions(id),
		yes         INTEGER NOT NULL,
		no          INTEGER NOT NULL,
		abstain     INTEGER NOT NULL,
		teller_id   BIGINT NOT NULL REFERENCES users(id),
		entered_at  {{time}} NOT NULL,
		PRIMARY KEY (ballot_id, question_id)
	);`,
}

// migrationFills fill, by version, what the version's tables derive from
// what is stored already; each runs last, in the version's transaction.
var migrationFills = map[int]func(tx *gorm.DB) error{
	24: fillSearch,
	29: fillSpanishSearch,
	31: fillInvitationHashes,
}

// migrationChecks refuse, by version, to migrate a database that the
// version cannot carry over; the message tells the operator what to do.
var migrationChecks = map[int]func(tx *gorm.DB) error{
	// A ballot noticed before sealed papers has no key to seal to.
	16: func(tx *gorm.DB) error {
		var ids []int64
		if err := tx.Table("ballots").Where("status IN ?", []string{"noticed", "open"}).Order("id").Pluck("id", &ids).Error; err != nil {
			return err
		}
		if len(ids) > 0 {
			return fmt.Errorf("ballots %v are noticed or open: close and count them with the Charter that noticed them, then upgrade", ids)
		}
		return nil
	},
}

// ballotTable holds a ballot's records; each but ballots names its ballot
// in ballot_id. The condition says which rows are records.
type ballotTable struct{ name, record string }

// ballotTables are the tables of migration 9.
var ballotTables = []ballotTable{
	{"ballots", "TRUE"},
	{"ballot_questions", "TRUE"},
	{"ballot_roll", "OLD.voted"},
	{"ballot_papers", "OLD.tracker IS NOT NULL"},
	{"ballot_roll_changes", "TRUE"},
}

// tellerTables are the records of who held a ballot's key (migration 16).
var tellerTables = []ballotTable{{"ballot_tellers", "TRUE"}}

// poolTables are the counts of paper ballots and hands at a meeting
// (migration 32).
var poolTables = []ballotTable{{"ballot_pool_counts", "TRUE"}}

// engineMigrations holds, by version, statements written differently for
// each engine; each runs whole, after the version's portable statements and
// in the same transaction.
var engineMigrations = map[int]map[Dialect][]string{
	9: {SQLite: sqliteRetention(ballotTables), Postgres: append(postgresRetention(), postgresRetentionTriggers(ballotTables)...)},
	// A sealed paper is the only record of a vote until the count, which
	// writes it out opened before deleting it.
	16: {
		SQLite: append(sqliteRetention(tellerTables), `CREATE TRIGGER sealed_papers_kept BEFORE DELETE ON sealed_papers
			WHEN (SELECT counted_at FROM ballots WHERE id = OLD.ballot_id) IS NULL
			BEGIN SELECT RAISE(ABORT, '`+sealedRefusal+`'); END`),
		Postgres: append(postgresRetentionTriggers(tellerTables), `CREATE FUNCTION charter_keep_sealed_papers() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
				IF TG_OP = 'TRUNCATE' THEN
					RAISE EXCEPTION '`+sealedRefusal+`';
				END IF;
				IF (SELECT counted_at FROM ballots WHERE id = OLD.ballot_id) IS NULL THEN
					RAISE EXCEPTION '`+sealedRefusal+`';
				END IF;
				RETURN OLD;
			END $$`,
			"CREATE TRIGGER sealed_papers_kept BEFORE DELETE ON sealed_papers FOR EACH ROW EXECUTE FUNCTION charter_keep_sealed_papers()",
			"CREATE TRIGGER sealed_papers_not_truncated BEFORE TRUNCATE ON sealed_papers FOR EACH STATEMENT EXECUTE FUNCTION charter_keep_sealed_papers()"),
	},
	20: {
		SQLite: {
			`CREATE TRIGGER sealed_papers_unchanged BEFORE UPDATE ON sealed_papers
				BEGIN SELECT RAISE(ABORT, '` + unchangedRefusal + `'); END`,
			`CREATE TRIGGER ballot_papers_unchanged BEFORE UPDATE ON ballot_papers
				BEGIN SELECT RAISE(ABORT, '` + unchangedRefusal + `'); END`,
			`CREATE TRIGGER ballots_key_unchanged BEFORE UPDATE OF public_key, shares_needed ON ballots
				WHEN OLD.public_key <> '' AND (NEW.public_key IS NOT OLD.public_key OR NEW.shares_needed IS NOT OLD.shares_needed)
				BEGIN SELECT RAISE(ABORT, '` + unchangedRefusal + `'); END`,
			// The count clears the shares, and does nothing else to them.
			`CREATE TRIGGER ballot_tellers_unchanged BEFORE UPDATE ON ballot_tellers
				WHEN NEW.sealed_share IS NOT NULL OR NEW.user_id IS NOT OLD.user_id OR NEW.ballot_id IS NOT OLD.ballot_id OR NEW.teller_key IS NOT OLD.teller_key
				BEGIN SELECT RAISE(ABORT, '` + unchangedRefusal + `'); END`,
		},
		Postgres: {
			`CREATE FUNCTION charter_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN RAISE EXCEPTION '` + unchangedRefusal + `'; END $$`,
			"CREATE TRIGGER sealed_papers_unchanged BEFORE UPDATE ON sealed_papers FOR EACH ROW EXECUTE FUNCTION charter_refuse_change()",
			"CREATE TRIGGER ballot_papers_unchanged BEFORE UPDATE ON ballot_papers FOR EACH ROW EXECUTE FUNCTION charter_refuse_change()",
			`CREATE TRIGGER ballots_key_unchanged BEFORE UPDATE ON ballots FOR EACH ROW
				WHEN (OLD.public_key <> '' AND (NEW.public_key IS DISTINCT FROM OLD.public_key OR NEW.shares_needed IS DISTINCT FROM OLD.shares_needed))
				EXECUTE FUNCTION charter_refuse_change()`,
			`CREATE TRIGGER ballot_tellers_unchanged BEFORE UPDATE ON ballot_tellers FOR EACH ROW
				WHEN (NEW.sealed_share IS NOT NULL OR NEW.user_id <> OLD.user_id OR NEW.ballot_id <> OLD.ballot_id OR NEW.teller_key <> OLD.teller_key)
				EXECUTE FUNCTION charter_refuse_change()`,
		},
	},
	24: searchMigration,
	29: {Postgres: spanishSearchMigration},
	27: {Postgres: {"ALTER TABLE users ALTER COLUMN email DROP NOT NULL"}},
	32: {SQLite: sqliteRetention(poolTables), Postgres: postgresRetentionTriggers(poolTables)},
	10: {
		SQLite: {`INSERT INTO settings (name, value) SELECT 'csrf', lower(hex(randomblob(32)))
			WHERE NOT EXISTS (SELECT 1 FROM settings WHERE name = 'csrf')`},
		Postgres: {`INSERT INTO settings (name, value) SELECT 'csrf', encode(sha256((gen_random_uuid()::text || gen_random_uuid()::text)::bytea), 'hex')
			WHERE NOT EXISTS (SELECT 1 FROM settings WHERE name = 'csrf')`},
	},
}

// engineSteps holds, by version, what an engine needs done in Go rather
// than in fixed statements; each runs after the version's engine
// statements, in the same transaction.
var engineSteps = map[int]map[Dialect]func(tx *gorm.DB) error{
	27: {SQLite: sqliteEmailNullable},
}

// usersEmailColumn is users.email as migration 1 declared it, in the text
// SQLite keeps of the table (migration 1's spacing, after columnTypes).
var usersEmailColumn = regexp.MustCompile(`\bemail\s+TEXT NOT NULL UNIQUE,`)

// sqliteEmailNullable drops users.email's NOT NULL on SQLite by the
// procedure sqlite.org documents for a change that alters no stored row
// (https://sqlite.org/lang_altertable.html#otheralter, "removing a NOT
// NULL constraint"): edit the table's text in sqlite_schema and bump the
// schema version, so every connection reads the schema again. Rebuilding
// users instead would mean dropping it, and the ON DELETE CASCADE of
// sessions, roles, invitations and tokens would follow the drop.
func sqliteEmailNullable(tx *gorm.DB) error {
	var table string
	if err := tx.Raw("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'users'").Scan(&table).Error; err != nil {
		return err
	}
	if n := len(usersEmailColumn.FindAllStringIndex(table, -1)); n != 1 {
		return fmt.Errorf("users.email: expected its declaration once in the table's schema, found it %d times", n)
	}
	edited := usersEmailColumn.ReplaceAllLiteralString(table, "email TEXT UNIQUE,")
	var version int64
	if err := tx.Raw("PRAGMA schema_version").Scan(&version).Error; err != nil {
		return err
	}
	if err := tx.Exec("PRAGMA writable_schema = ON").Error; err != nil {
		return err
	}
	res := tx.Exec("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'users' AND sql = ?", edited, table)
	if res.Error == nil && res.RowsAffected != 1 {
		res.Error = fmt.Errorf("users.email: %d rows of sqlite_schema changed, not 1", res.RowsAffected)
	}
	if res.Error != nil {
		tx.Exec("PRAGMA writable_schema = OFF")
		return res.Error
	}
	// A pragma takes no bound parameter; version is a number read above.
	if err := tx.Exec(fmt.Sprintf("PRAGMA schema_version = %d", version+1)).Error; err != nil {
		return err
	}
	if err := tx.Exec("PRAGMA writable_schema = OFF").Error; err != nil {
		return err
	}
	var check []string
	if err := tx.Raw("PRAGMA integrity_check").Scan(&check).Error; err != nil {
		return err
	}
	if len(check) != 1 || check[0] != "ok" {
		return fmt.Errorf("users.email: integrity check after the schema edit: %v", check)
	}
	return nil
}

const (
	retentionRefusal = "ballot records are kept until their retain_until date"
	sealedRefusal    = "sealed papers are kept until their ballot is counted"
	unchangedRefusal = "ballot papers, keys and shares are never changed"
)

func sqliteRetention(tables []ballotTable) []string {
	var out []string
	for _, t := range tables {
		kept := "(SELECT retain_until FROM ballots WHERE id = OLD.ballot_id)"
		if t.name == "ballots" {
			kept = "OLD.retain_until"
		}
		out = append(out, fmt.Sprintf(`CREATE TRIGGER %s_kept BEFORE DELETE ON %s
			WHEN %s AND julianday(%s) > julianday('now')
			BEGIN SELECT RAISE(ABORT, '%s'); END`, t.name, t.name, t.record, kept, retentionRefusal))
	}
	return out
}

// postgresRetention lets one transaction delete and re-insert the roll and
// papers of the ballot it names in charter.rewriting_ballot: the close
// rewrites them in key order (see rewriteInKeyOrder). TRUNCATE is refused.
func postgresRetention() []string {
	out := []string{`CREATE FUNCTION charter_keep_ballot_records() RETURNS trigger LANGUAGE plpgsql AS $$
		DECLARE kept TIMESTAMPTZ;
		BEGIN
			IF TG_OP = 'TRUNCATE' THEN
				RAISE EXCEPTION '` + retentionRefusal + `: TRUNCATE refused';
			END IF;
			IF TG_TABLE_NAME = 'ballots' THEN
				kept := OLD.retain_until;
			ELSIF current_setting('charter.rewriting_ballot', true) = OLD.ballot_id::text THEN
				RETURN OLD;
			ELSE
				-- Nested: a condition naming a field the table lacks fails
				-- even where AND would not need it.
				IF TG_TABLE_NAME = 'ballot_roll' THEN
					IF NOT OLD.voted THEN RETURN OLD; END IF;
				ELSIF TG_TABLE_NAME = 'ballot_papers' THEN
					IF OLD.tracker IS NULL THEN RETURN OLD; END IF;
				END IF;
				SELECT retain_until INTO kept FROM ballots WHERE id = OLD.ballot_id;
			END IF;
			IF kept > now() THEN
				RAISE EXCEPTION '` + retentionRefusal + ` (%)', kept;
			END IF;
			RETURN OLD;
		END $$`}
	return out
}

func postgresRetentionTriggers(tables []ballotTable) []string {
	var out []string
	for _, t := range tables {
		out = append(out,
			fmt.Sprintf("CREATE TRIGGER %s_kept BEFORE DELETE ON %s FOR EACH ROW EXECUTE FUNCTION charter_keep_ballot_records()", t.name, t.name),
			fmt.Sprintf("CREATE TRIGGER %s_not_truncated BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION charter_keep_ballot_records()", t.name, t.name))
	}
	return out
}

func columnTypes(d Dialect) *strings.Replacer {
	if d == Postgres {
		return strings.NewReplacer(
			"{{id}}", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
			"{{time}}", "TIMESTAMPTZ",
			// Room on each page, so that an updated row stays where it
			// was rather than moving to the end in the order of updates.
			"{{unordered}}", "WITH (fillfactor = 50)",
		)
	}
	return strings.NewReplacer(
		"{{id}}", "INTEGER PRIMARY KEY AUTOINCREMENT",
		"{{time}}", "DATETIME",
		// A table stored by its key, with no rowid counting insertions.
		"{{unordered}}", "WITHOUT ROWID",
	)
}

type schemaMigration struct {
	Version   int `gorm:"primaryKey"`
	AppliedAt time.Time
}

func (db *DB) migrate(ctx context.Context) error {
	g := db.gorm.WithContext(ctx)
	if err := g.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at ` +
		columnTypes(db.Dialect).Replace("{{time}}") + ` NOT NULL)`).Error; err != nil {
		return fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	var current int
	if err := g.Table("schema_migrations").Select("COALESCE(MAX(version), 0)").Scan(&current).Error; err != nil {
		return fmt.Errorf("migrate: read version: %w", err)
	}
	if current > len(migrations) {
		return newerSchema(current)
	}
	for v := current + 1; v <= len(migrations); v++ {
		if err := db.applyMigration(g, v); err != nil {
			return err
		}
	}
	return nil
}

// newerSchema refuses a database that a newer Charter has migrated: this
// binary cannot know what the later migrations changed, so it would read
// and write the tables wrongly. Every command opens the database through
// migrate, so every command refuses, before touching anything.
func newerSchema(current int) error {
	return fmt.Errorf("%w: it is at schema version %d, and this Charter knows versions up to %d "+
		"(charter version tells which): a newer Charter has upgraded it. Run the newer Charter again, "+
		"or, to go back to this one, restore the backup taken before the upgrade", ErrNewerSchema, current, len(migrations))
}

// applyMigration runs migration v in a transaction of its own: its check,
// its statements, its engine's, its fill, and its row in
// schema_migrations.
func (db *DB) applyMigration(g *gorm.DB, v int) error {
	types := columnTypes(db.Dialect)
	err := g.Transaction(func(tx *gorm.DB) error {
		if check := migrationChecks[v]; check != nil {
			if err := check(tx); err != nil {
				return err
			}
		}
		for _, stmt := range strings.Split(types.Replace(migrations[v-1]), ";") {
			if strings.TrimSpace(stmt) == "" {
				continue
			}
			if err := tx.Exec(stmt).Error; err != nil {
				return err
			}
		}
		for _, stmt := range engineMigrations[v][db.Dialect] {
			if err := tx.Exec(stmt).Error; err != nil {
				return err
			}
		}
		if step := engineSteps[v][db.Dialect]; step != nil {
			if err := step(tx); err != nil {
				return err
			}
		}
		if fill := migrationFills[v]; fill != nil {
			if err := fill(tx); err != nil {
				return err
			}
		}
		return tx.Table("schema_migrations").Create(&schemaMigration{Version: v, AppliedAt: db.now()}).Error
	})
	if err != nil {
		return fmt.Errorf("migrate: version %d: %w", v, err)
	}
	return nil
}
