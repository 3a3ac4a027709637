--
-- PostgreSQL database dump
--

\restrict F7m8GC5a6E9lT2JGkLeasKztsK28FhkXSe97g5XrhxLDyrzPoIXXp8TCr0hZQxj

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: charter_keep_ballot_records(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.charter_keep_ballot_records() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
		DECLARE kept TIMESTAMPTZ;
		BEGIN
			IF TG_OP = 'TRUNCATE' THEN
				RAISE EXCEPTION 'ballot records are kept until their retain_until date: TRUNCATE refused';
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
				RAISE EXCEPTION 'ballot records are kept until their retain_until date (%)', kept;
			END IF;
			RETURN OLD;
		END $$;


--
-- Name: charter_keep_sealed_papers(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.charter_keep_sealed_papers() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
			BEGIN
				IF TG_OP = 'TRUNCATE' THEN
					RAISE EXCEPTION 'sealed papers are kept until their ballot is counted';
				END IF;
				IF (SELECT counted_at FROM ballots WHERE id = OLD.ballot_id) IS NULL THEN
					RAISE EXCEPTION 'sealed papers are kept until their ballot is counted';
				END IF;
				RETURN OLD;
			END $$;


--
-- Name: charter_refuse_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.charter_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
				BEGIN RAISE EXCEPTION 'ballot papers, keys and shares are never changed'; END $$;


--
-- Name: charter_english_stem; Type: TEXT SEARCH DICTIONARY; Schema: public; Owner: -
--

CREATE TEXT SEARCH DICTIONARY public.charter_english_stem (
    TEMPLATE = pg_catalog.snowball,
    language = 'english' );


--
-- Name: charter_french_stem; Type: TEXT SEARCH DICTIONARY; Schema: public; Owner: -
--

CREATE TEXT SEARCH DICTIONARY public.charter_french_stem (
    TEMPLATE = pg_catalog.snowball,
    language = 'french' );


--
-- Name: charter_english; Type: TEXT SEARCH CONFIGURATION; Schema: public; Owner: -
--

CREATE TEXT SEARCH CONFIGURATION public.charter_english (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR asciiword WITH public.charter_english_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR word WITH public.charter_english_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR hword_part WITH public.charter_english_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR hword_asciipart WITH public.charter_english_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR asciihword WITH public.charter_english_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR hword WITH public.charter_english_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_english
    ADD MAPPING FOR uint WITH simple;


--
-- Name: charter_french; Type: TEXT SEARCH CONFIGURATION; Schema: public; Owner: -
--

CREATE TEXT SEARCH CONFIGURATION public.charter_french (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR asciiword WITH public.charter_french_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR word WITH public.charter_french_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR hword_part WITH public.charter_french_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR hword_asciipart WITH public.charter_french_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR asciihword WITH public.charter_french_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR hword WITH public.charter_french_stem;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.charter_french
    ADD MAPPING FOR uint WITH simple;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: amendment_cosponsors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.amendment_cosponsors (
    amendment_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: amendments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.amendments (
    id bigint NOT NULL,
    document_id bigint NOT NULL,
    base_version_id bigint NOT NULL,
    parent_id bigint,
    title text NOT NULL,
    rationale text NOT NULL,
    sponsor_id bigint NOT NULL,
    proposed text NOT NULL,
    proposed_sha256 text NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    merged_version_id bigint,
    rebase_conflict text DEFAULT ''::text NOT NULL,
    submitted_at timestamp with time zone,
    revision boolean DEFAULT false NOT NULL
);


--
-- Name: amendments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.amendments ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.amendments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_tokens (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    token_hash text NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: api_tokens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.api_tokens ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.api_tokens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    actor_id bigint,
    action text NOT NULL,
    subject text NOT NULL,
    detail text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
);


--
-- Name: audit_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit_events ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audit_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ballot_count_shares; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ballot_count_shares (
    ballot_id bigint NOT NULL,
    user_id bigint NOT NULL,
    sealed_share text NOT NULL
);


--
-- Name: ballot_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ballot_counts (
    ballot_id bigint NOT NULL,
    public_key text NOT NULL,
    holder text NOT NULL,
    heartbeat_at timestamp with time zone NOT NULL
);


--
-- Name: ballot_papers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ballot_papers (
    ballot_id bigint NOT NULL,
    id text NOT NULL,
    tracker text,
    choices text
)
WITH (fillfactor='50');


--
-- Name: ballot_questions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ballot_questions (
    id bigint NOT NULL,
    ballot_id bigint NOT NULL,
    "position" integer NOT NULL,
    kind text NOT NULL,
    question text NOT NULL,
    amendment_id bigint,
    version_id bigint,
    snapshot text NOT NULL,
    snapshot_sha256 text NOT NULL,
    threshold text NOT NULL,
    base text NOT NULL,
    quorum text NOT NULL,
    notice_days integer NOT NULL,
    adopted boolean,
    adopted_version_id bigint,
    document_rule text DEFAULT ''::text NOT NULL,
    departure_reason text DEFAULT ''::text NOT NULL
);


--
-- Name: ballot_questions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.ballot_questions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.ballot_questions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ballot_roll; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ballot_roll (
    ballot_id bigint NOT NULL,
    user_id bigint NOT NULL,
    voted boolean DEFAULT false NOT NULL
)
WITH (fillfactor='50');


--
-- Name: ballot_roll_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ballot_roll_changes (
    id bigint NOT NULL,
    ballot_id bigint NOT NULL,
    user_id bigint NOT NULL,
    change text NOT NULL,
    reason text NOT NULL,
    actor_id bigint NOT NULL,
    at timestamp with time zone NOT NULL
);


--
-- Name: ballot_roll_changes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.ballot_roll_changes ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.ballot_roll_changes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ballot_tellers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ballot_tellers (
    ballot_id bigint NOT NULL,
    user_id bigint NOT NULL,
    sealed_share text,
    teller_key text DEFAULT ''::text NOT NULL
);


--
-- Name: ballots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ballots (
    id bigint NOT NULL,
    document_id bigint,
    title text NOT NULL,
    status text NOT NULL,
    notice_at timestamp with time zone NOT NULL,
    opens_at timestamp with time zone NOT NULL,
    closes_at timestamp with time zone NOT NULL,
    roll_size integer NOT NULL,
    min_ballots integer NOT NULL,
    online_clause text DEFAULT ''::text NOT NULL,
    officer_id bigint NOT NULL,
    closed_at timestamp with time zone,
    certified_at timestamp with time zone,
    certified_by bigint,
    effective text DEFAULT ''::text NOT NULL,
    retain_until timestamp with time zone NOT NULL,
    public_key text DEFAULT ''::text NOT NULL,
    shares_needed integer DEFAULT 0 NOT NULL,
    counted_at timestamp with time zone,
    reminded_at timestamp with time zone
);


--
-- Name: ballots_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.ballots ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.ballots_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.changes (
    id bigint NOT NULL,
    topic text NOT NULL,
    subject bigint NOT NULL,
    origin text NOT NULL,
    at timestamp with time zone NOT NULL
);


--
-- Name: changes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.changes ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.changes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: comment_edits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comment_edits (
    id bigint NOT NULL,
    comment_id bigint NOT NULL,
    body text NOT NULL,
    replaced_at timestamp with time zone NOT NULL
);


--
-- Name: comment_edits_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.comment_edits ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.comment_edits_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: comment_placements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comment_placements (
    comment_id bigint NOT NULL,
    version_id bigint NOT NULL,
    section_key text NOT NULL,
    fate text NOT NULL,
    quote text DEFAULT ''::text NOT NULL,
    quote_before text DEFAULT ''::text NOT NULL,
    quote_after text DEFAULT ''::text NOT NULL,
    quote_offset integer DEFAULT '-1'::integer NOT NULL
);


--
-- Name: comment_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comment_reports (
    comment_id bigint NOT NULL,
    user_id bigint NOT NULL,
    reason text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: comment_supports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comment_supports (
    comment_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: comments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comments (
    id bigint NOT NULL,
    document_id bigint NOT NULL,
    version_id bigint NOT NULL,
    parent_id bigint,
    author_id bigint NOT NULL,
    stance text NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    edited_at timestamp with time zone,
    deleted_at timestamp with time zone,
    hidden_reason text DEFAULT ''::text NOT NULL,
    disposition text DEFAULT ''::text NOT NULL,
    disposition_reason text DEFAULT ''::text NOT NULL,
    disposition_by bigint,
    disposition_at timestamp with time zone,
    disposition_amendment_id bigint,
    disposition_version_id bigint
);


--
-- Name: comments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.comments ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.comments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.documents (
    id bigint NOT NULL,
    slug text NOT NULL,
    title text NOT NULL,
    numbering text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    cosponsors_needed integer DEFAULT 1 NOT NULL,
    vote_threshold text DEFAULT '2/3'::text NOT NULL,
    vote_base text DEFAULT 'cast'::text NOT NULL,
    vote_quorum text DEFAULT 'none'::text NOT NULL,
    notice_days integer DEFAULT 0 NOT NULL,
    online_ballot_clause text DEFAULT ''::text NOT NULL,
    revision_threshold text DEFAULT ''::text NOT NULL,
    revision_base text DEFAULT ''::text NOT NULL,
    revision_quorum text DEFAULT ''::text NOT NULL,
    revision_notice_days integer DEFAULT 0 NOT NULL,
    language text DEFAULT 'en'::text NOT NULL,
    petition_threshold text DEFAULT '10%'::text NOT NULL,
    petition_days integer DEFAULT 30 NOT NULL
);


--
-- Name: documents_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.documents ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.documents_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: invitations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invitations (
    token_hash text NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone
);


--
-- Name: letters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.letters (
    id bigint NOT NULL,
    content_id bigint NOT NULL,
    user_id bigint NOT NULL,
    address text NOT NULL,
    officer_id bigint NOT NULL,
    format text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: letters_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.letters ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.letters_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: login_throttles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_throttles (
    key text NOT NULL,
    failures integer NOT NULL,
    last_at timestamp with time zone NOT NULL
);


--
-- Name: mail_choices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mail_choices (
    user_id bigint NOT NULL,
    kind text NOT NULL,
    choice text NOT NULL
);


--
-- Name: mail_contents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mail_contents (
    id bigint NOT NULL,
    kind text NOT NULL,
    facts text NOT NULL,
    ballot_id bigint,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: mail_contents_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.mail_contents ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.mail_contents_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    id bigint NOT NULL,
    content_id bigint NOT NULL,
    user_id bigint,
    address text NOT NULL,
    language text DEFAULT ''::text NOT NULL,
    personal text DEFAULT ''::text NOT NULL,
    message_key text NOT NULL,
    digest boolean DEFAULT false NOT NULL,
    folded_into bigint,
    created_at timestamp with time zone NOT NULL,
    due_at timestamp with time zone NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    claimed_by text DEFAULT ''::text NOT NULL,
    claimed_until timestamp with time zone,
    sent_at timestamp with time zone,
    failed_at timestamp with time zone,
    error text DEFAULT ''::text NOT NULL
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.outbox ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: outline_nodes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outline_nodes (
    version_id bigint NOT NULL,
    ordinal integer NOT NULL,
    key text NOT NULL,
    number text NOT NULL,
    marker text NOT NULL,
    heading text NOT NULL,
    kind text NOT NULL,
    depth integer NOT NULL,
    parent integer NOT NULL,
    start_offset integer NOT NULL,
    end_offset integer NOT NULL
);


--
-- Name: petition_signatures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petition_signatures (
    petition_id bigint NOT NULL,
    user_id bigint NOT NULL,
    signed_at timestamp with time zone NOT NULL,
    withdrawn_at timestamp with time zone
);


--
-- Name: petitions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petitions (
    id bigint NOT NULL,
    document_id bigint NOT NULL,
    kind text NOT NULL,
    question text NOT NULL,
    amendment_id bigint,
    threshold text NOT NULL,
    days_to_act integer NOT NULL,
    status text NOT NULL,
    starter_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    reached_at timestamp with time zone,
    deadline timestamp with time zone,
    noticed_at timestamp with time zone,
    noticed_by bigint,
    ballot_id bigint,
    meeting_note text DEFAULT ''::text NOT NULL
);


--
-- Name: petitions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.petitions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.petitions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version integer NOT NULL,
    applied_at timestamp with time zone NOT NULL
);


--
-- Name: sealed_papers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sealed_papers (
    ballot_id bigint NOT NULL,
    id text NOT NULL,
    sealed text NOT NULL
)
WITH (fillfactor='50');


--
-- Name: search_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_entries (
    id bigint NOT NULL,
    kind text NOT NULL,
    document_id bigint NOT NULL,
    ref_id bigint NOT NULL,
    section_key text DEFAULT ''::text NOT NULL,
    number text DEFAULT ''::text NOT NULL,
    private_to bigint,
    config text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    tsv tsvector DEFAULT ''::tsvector NOT NULL
);


--
-- Name: search_entries_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.search_entries ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.search_entries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: search_words; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_words (
    word text NOT NULL,
    length integer NOT NULL,
    entries integer NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    token_hash text NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    public_id text
);


--
-- Name: settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.settings (
    name text NOT NULL,
    value text NOT NULL
);


--
-- Name: teller_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.teller_keys (
    user_id bigint NOT NULL,
    public_key text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: user_roles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_roles (
    user_id bigint NOT NULL,
    role text NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    email text,
    name text NOT NULL,
    member_number text,
    password_hash text DEFAULT ''::text NOT NULL,
    good_standing boolean DEFAULT true NOT NULL,
    language text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    postal_address text DEFAULT ''::text NOT NULL,
    phone text DEFAULT ''::text NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.users ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: version_amendments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.version_amendments (
    version_id bigint NOT NULL,
    amendment_id bigint NOT NULL,
    "position" integer NOT NULL
);


--
-- Name: versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versions (
    id bigint NOT NULL,
    document_id bigint NOT NULL,
    number integer NOT NULL,
    parent_id bigint,
    sha256 text NOT NULL,
    kind text NOT NULL,
    origin text NOT NULL,
    author_id bigint,
    markdown text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    ballot_id bigint,
    authorised_by bigint,
    reason text DEFAULT ''::text NOT NULL
);


--
-- Name: versions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.versions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.versions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: amendment_cosponsors; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.amendment_cosponsors (amendment_id, user_id, created_at) FROM stdin;
1	6	2026-12-03 14:16:39.204416+00
1	7	2026-12-03 14:16:39.208283+00
2	9	2026-12-03 14:16:39.243618+00
\.


--
-- Data for Name: amendments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.amendments (id, document_id, base_version_id, parent_id, title, rationale, sponsor_id, proposed, proposed_sha256, status, created_at, updated_at, merged_version_id, rebase_conflict, submitted_at, revision) FROM stdin;
2	1	4	\N	A third month's grace	Layoffs run longer than two months.	8	---\ntitle: Constitution of Warehouse and Logistics Workers United, Local 1\nstatus: Draft for member review\ndrafted_by: Drafting Committee\ndate: 2026-11-01\n---\n\n# Constitution of Warehouse and Logistics Workers United, Local 1\n\n## Preamble {.unnumbered}\n\nWe are the people who receive, store, pick, pack, sort, load and move the goods that everyone else depends on. We work nights, weekends and holidays, to rates set by software we did not write. Alone, each of us can be watched, pushed and replaced. Together, we keep the freight moving, and we have the right to a real say in how that work is done and what it is worth.\n\nWe adopt this constitution to build a union that belongs to its members: one that is run democratically, spends its money in the open, protects every member's right to speak and to vote, and settles disagreements fairly. Above all, the members, acting together and by secret ballot, decide the direction of this union and the rules by which it is governed.\n\n## Name and Jurisdiction\n\n### Name\n\n1. The name of this organization is Warehouse and Logistics Workers United, Local 1, called in this constitution "the Local".\n\n### Jurisdiction\n\n1. The Local represents and organizes workers employed in:\n   1. warehouses, distribution centers and fulfillment centers;\n   1. parcel sorting hubs, cross-docks and freight terminals; and\n   1. other logistics work that a general meeting decides is within the Local's jurisdiction.\n1. The Local's geographic jurisdiction is the metropolitan region in which its founding members work, and any further area approved by a general meeting.\n\n### Affiliation\n\n1. The Local is independent and is governed by its members. No employer, political party or outside body may direct its affairs.\n1. The Local may affiliate with, or disaffiliate from, a national union or labor federation only by a referendum held under the same procedure and threshold as an amendment under Article XI, Section 2.\n\n## Purposes\n\n### Objects\n\n1. The purposes of the Local are:\n   1. to bargain collectively over wages, hours, staffing, production rates, technology and safety;\n   1. to enforce collective agreements and to represent workers in disciplinary meetings, grievances and arbitration;\n   1. to organize unorganized workers in the logistics industry; and\n   1. to educate members about their rights at work and about how their union is run.\n1. The Local shall not be run for the private profit of any officer, employee or member.\n\n### Equality and Non-discrimination\n\n1. The Local shall not discriminate against any worker on the basis of race, color, national origin, citizenship or immigration status, religion, sex, sexual orientation, gender identity, age, disability, language, political belief, or temporary, part-time, seasonal or agency status.\n1. The Local shall translate notices, ballots and this constitution into any language that is the first language of at least 5 percent of members, and shall provide interpretation at general meetings on request.\n\n## Membership\n\n### Eligibility and Admission\n\n1. Any worker employed within the jurisdiction described in Article I, Section 2 is eligible for membership, whether employed directly or through a staffing agency.\n1. A worker becomes a member by:\n   1. signing a membership application, on paper or electronically; and\n   1. paying the first month's dues or authorizing dues deduction, unless exempt under Article V, Section 2.\n1. No initiation fee shall be charged during an organizing campaign or within 90 days after the Local wins recognition for a new bargaining unit.\n\n### Good Standing\n\n1. A member is in good standing if the member:\n   1. is not more than three full months behind in dues; and\n   1. is not serving a suspension imposed under Article X, Section 3.\n1. A member whose dues are deducted from wages shall not lose good standing because an employer failed to deduct or forward them.\n1. Only members in good standing may vote, nominate, hold office or sign a petition under this constitution.\n\n### Resignation\n\n1. A member may resign by written notice to the Secretary-Treasurer. Resignation does not cancel dues owed for earlier months.\n\n## Rights of Members\n\n### Equal Rights\n\nThe rights in this Article belong equally to every member in good standing. They may be limited only by a penalty imposed under Article X, Section 3 after a fair hearing.\n\n1. Every member in good standing has an equal right to:\n   1. attend, speak and vote at general and special meetings;\n   1. vote in every election and referendum of the Local;\n   1. nominate candidates for any office, and to be nominated, subject to Article IX, Section 2;\n   1. propose motions at general meetings; and\n   1. propose amendments to this constitution, including as a co-sponsor of a petition under Article XI, Section 1.\n1. Each member in good standing has one vote. No one may vote by proxy.\n1. Members may criticize the officers, staff and policies of the Local without fear of retaliation, provided they follow reasonable rules of order and do not threaten or harass anyone.\n\n### Secret Ballot\n\n1. The following shall always be decided by secret ballot:\n   1. elections of officers, Executive Board members, trustees and stewards;\n   1. ratification of collective agreements and authorization of strikes; and\n   1. amendments to this constitution, including a complete revision.\n1. Any other question at a general meeting shall be decided by secret ballot if 10 members present ask for it.\n1. No officer, candidate or observer may find out how any member voted.\n\n### Access to Information\n\n1. Every member in good standing has the right to:\n   1. receive a copy of this constitution and of every collective agreement that covers the member;\n   1. inspect the financial reports and the audit report described in Article V, Section 4; and\n   1. read the minutes of general meetings and Executive Board meetings, except for parts dealing with individual grievances, legal advice or personnel matters.\n1. The Local shall answer a request for information within 21 days.\n\n### Fair Representation\n\n1. The Local shall represent every worker in its bargaining units fairly and in good faith, whether or not the worker is a member.\n1. A member who believes a grievance was handled unfairly may ask the Executive Board to review it, and may appeal the Board's answer to the next regular general meeting.\n\n## Dues and Finances\n\n### Dues\n\n1. Monthly dues are 1.5 percent of base wages, up to a maximum of 45 dollars a month.\n1. The dues rate, the maximum, any initiation fee and any special assessment may be changed only:\n   1. by a majority of the votes cast in a secret ballot of members in good standing; and\n   1. after at least 30 days' written notice stating the reasons for the change.\n\n### Hardship and Exemptions\n\n1. A member owes no dues for any month in which the member earns no wages in the jurisdiction because of layoff, illness, injury, parental leave, a strike or a lockout.\n1. The Secretary-Treasurer and one other officer may grant a confidential hardship exemption. An exempt member remains in good standing.\n\n### Financial Controls\n\n1. The funds of the Local shall be used only for the purposes set out in Article II, Section 1, and shall be held in accounts in the Local's name.\n1. Spending shall be approved as follows:\n   1. every payment requires the approval of two officers, one of whom is the Secretary-Treasurer or, in that officer's absence, the President;\n   1. any single expenditure over 2,500 dollars requires the prior approval of the Executive Board; and\n   1. any single expenditure over 15,000 dollars requires the prior approval of a general meeting, except:\n      1. staff wages, rent and insurance already in the approved budget; and\n      1. strike pay and legal costs during a strike, which the Executive Board shall report to the next general meeting.\n1. The Executive Board shall present an annual budget for approval at the first regular general meeting of each calendar year.\n1. The Local shall not lend money to any officer, employee or member.\n\n### Audit and Reporting\n\n1. The Secretary-Treasurer shall present a written financial report to every regular general meeting.\n1. The accounts shall be examined every year by:\n   1. an independent accountant who is not a member of the Local; and\n   1. a Trustee Committee of three members in good standing, elected with the officers, who are not officers or staff.\n1. The audit report shall be sent to all members within 30 days after it is completed.\n\n## Officers\n\n### Officers of the Local\n\n1. The officers of the Local are the President, the Vice-President, the Secretary-Treasurer and the Recording Secretary.\n1. Officers are elected for three-year terms under Article IX, Section 3. No person may hold two offices at once.\n\n### Duties of Officers\n\n1. The President shall chair general meetings and Executive Board meetings, speak for the Local, and report in writing to every regular general meeting.\n1. The Vice-President shall coordinate the stewards and act as President when the President is absent.\n1. The Secretary-Treasurer shall:\n   1. keep the membership roll and the financial records;\n   1. make payments only in accordance with Article V, Section 3; and\n   1. hand over all records and passwords to a successor within 7 days after leaving office.\n1. The Recording Secretary shall keep minutes, send notices of meetings, and keep the official text of this constitution with a record of every amendment.\n\n### Vacancies\n\n1. If the office of President becomes vacant, the Vice-President becomes President for the rest of the term.\n1. Any other vacancy shall be filled:\n   1. if more than 12 months remain in the term, by a special election; or\n   1. otherwise, by appointment by the Executive Board, confirmed at the next regular general meeting.\n\n### Removal from Office\n\n1. An officer, Executive Board member or trustee may be removed:\n   1. as a penalty for an offense listed in Article X, Section 1, proven at a hearing under Article X, Section 2; or\n   1. by recall, on a petition signed by at least 15 percent of members in good standing.\n1. On a valid recall petition, the Election Committee shall hold a secret ballot within 45 days. The officer is removed if a majority of the votes cast favor removal.\n\n## Executive Board\n\n### Composition\n\n1. The Executive Board consists of:\n   1. the four officers;\n   1. one member elected by and from each district named in a district list approved by a general meeting; and\n   1. two members elected at large, at least one of whom holds a temporary, seasonal, part-time or agency position when nominated.\n1. Board members serve three-year terms and are elected with the officers.\n\n### Powers and Duties\n\n1. Between general meetings, the Executive Board directs the affairs of the Local, subject to this constitution and to the decisions of the general meeting.\n1. The Executive Board shall hire and supervise staff, appoint bargaining committees that include workers from each affected workplace, and decide which grievances go to arbitration, subject to Article IV, Section 4.\n1. The Executive Board may not:\n   1. accept a collective agreement without a ratification vote of the members covered;\n   1. call or end a strike without a vote of the members concerned; or\n   1. overturn a decision of a general meeting.\n\n### Board Meetings\n\n1. The Executive Board shall meet at least monthly. A majority of Board members in office is a quorum.\n1. Any member in good standing may observe Board meetings, except closed sessions on individual grievances, legal advice or personnel matters.\n\n### Stewards and Committees\n\n1. The members at each worksite shall elect stewards by secret ballot, at least one for every 40 members on each shift, for two-year terms.\n1. The standing committees are the Election Committee under Article IX, Section 1, the Trustee Committee under Article V, Section 4, and the Health and Safety, Organizing and Education Committees, which any member in good standing may join.\n\n## Meetings and Quorum\n\n### General Meetings\n\n1. The general meeting is the highest authority of the Local, subject to this constitution and to the results of referendums.\n1. Regular general meetings shall be held at least once every three months. So that every shift can take part:\n   1. meeting times shall rotate among morning, afternoon and evening; and\n   1. a meeting may be held at more than one location, or partly online, if members at every location can hear, speak and vote.\n1. Notice of each regular general meeting, with a draft agenda, shall be posted at every worksite and sent to members at least 14 days in advance.\n\n### Special Meetings\n\n1. The President shall call a special general meeting on a decision of the Executive Board, or on a petition signed by 5 percent of members in good standing or 50 members in good standing, whichever is fewer.\n1. A special meeting shall be held on at least 7 days' notice stating its business, and no other business may be decided at it.\n\n### Quorum and Procedure\n\n1. The quorum for a regular or special general meeting is 5 percent of members in good standing or 75 members in good standing, whichever is fewer. Members at every location of a meeting held under Article VIII, Section 1 are counted together.\n1. If there is no quorum 30 minutes after the scheduled start:\n   1. the members present may hear reports and discuss, but may not make binding decisions; and\n   1. the Executive Board shall reschedule the meeting within 30 days.\n1. Except where this constitution says otherwise, questions are decided by a majority of the votes cast.\n1. The chair shall call on members who have not yet spoken on a question before those who have.\n\n## Elections\n\n### Election Committee\n\n1. At least 120 days before the officers' terms end, a general meeting shall elect an Election Committee of five members in good standing. No committee member may be a candidate, an officer or an employee of the Local.\n1. The Election Committee shall:\n   1. run all elections, recalls and referendums, including referendums on amendments under Article XI;\n   1. appoint one of its members, or an independent person, as Election Officer to administer each vote; and\n   1. certify the results of every vote it runs.\n1. The Executive Board shall give the committee a budget and access to the membership roll, but shall not direct its decisions.\n\n### Nominations and Candidates\n\n1. Any member in good standing for the 6 months before nominations close may run for any office. Months of exemption under Article V, Section 2 count toward the 6 months.\n1. A candidate must be nominated by at least 10 members in good standing and accept in writing.\n1. At least 30 days before nominations close, the Election Committee shall send every member written notice of the offices to be filled, how to make nominations, and the dates and methods of voting.\n1. Every candidate has the right to:\n   1. have a statement of up to 300 words sent to all members at the Local's expense; and\n   1. inspect the list of members eligible to vote.\n1. The Local's funds, staff and publications shall not be used to support or oppose any candidate.\n\n### Voting\n\n1. All elections shall be held by secret ballot, in person at or near each worksite on every shift, by mail ballot in a double envelope, or by secure online secret ballot.\n1. Voting shall be open for at least 10 days, including a weekend. Notice of voting shall be sent to every member in good standing at least 15 days before voting opens.\n1. An online voting system may be used only if:\n   1. it is run by an independent provider with no connection to any candidate or employer;\n   1. the system:\n      1. separates each member's identity from the member's ballot, so that no one can learn how a member voted;\n      1. allows each eligible member to vote only once; and\n      1. keeps a record that allows the result to be checked independently; and\n   1. members who prefer not to vote online can vote on paper.\n1. The candidate with the most votes is elected. A tie is settled by a runoff within 21 days.\n1. Each candidate may appoint an observer at each polling station and at the count.\n\n### Challenges\n\n1. Any candidate or member in good standing may challenge an election by written complaint to the Election Committee within 10 days after the results are announced.\n1. After the count, the Election Committee shall seal all ballots, envelopes, voter lists and electronic voting records. The sealed materials shall be kept for one year, or until every challenge is finally decided, whichever is later, and may be opened only:\n   1. by the Election Committee, in the presence of the complainant and the affected candidates, to decide a challenge; or\n   1. by order of a court or government agency.\n1. The Election Committee shall decide each challenge in writing within 20 days, and shall order a new election only if a violation may have affected the result.\n1. Its decision may be appealed within 15 days to the Appeals Committee under Article X, Section 4.\n\n## Discipline and Appeals\n\n### Grounds for Discipline\n\nDiscipline protects the members and the Local. It shall never be used to silence disagreement.\n\n1. A member may be disciplined only for:\n   1. theft or deliberate misuse of the Local's funds or property;\n   1. acting for an employer to undermine the Local;\n   1. crossing a picket line during an authorized strike;\n   1. violence, threats or harassment against another member, including harassment on any ground listed in Article II, Section 2;\n   1. deliberately interfering with an election, referendum or meeting; or\n   1. in the case of an officer, Board member or trustee, serious neglect of duty.\n1. No member may be disciplined for criticizing the Local or its officers, for supporting any candidate, or for exercising any right in Article IV.\n\n### Charges and Hearing\n\n1. Charges must be written, signed by a member in good standing, and filed with the Recording Secretary within 6 months after the charging member learned of the conduct.\n1. The accused member shall receive the charges, stating the conduct alleged and the ground relied on, at least 21 days before the hearing.\n1. Charges are heard by a Trial Committee of five members in good standing chosen by lot, excluding officers, Board members, witnesses, and the parties and their relatives.\n1. At the hearing, the accused member may:\n   1. be assisted by another member of the accused member's choice;\n   1. question the witnesses against the member; and\n   1. call witnesses and present documents.\n1. Charges must be proven by clear and convincing evidence. The Trial Committee shall decide in writing, with reasons, within 14 days after the hearing.\n\n### Penalties\n\n1. If charges are proven, the Trial Committee may impose a penalty in proportion to the offense:\n   1. a written reprimand;\n   1. repayment of funds or property misused;\n   1. removal from office;\n   1. suspension of membership rights for up to two years; or\n   1. expulsion, only for theft, acting for an employer, or violence.\n1. No penalty takes effect until the time for appeal under Article X, Section 4 has passed or the appeal is decided.\n\n### Appeals\n\n1. The disciplined member or the charging member may appeal in writing within 30 days to an Appeals Committee of three members in good standing, elected each year by secret ballot at the first regular general meeting.\n1. The Appeals Committee may uphold the decision, reduce or cancel the penalty, or order a new hearing before a new Trial Committee.\n1. A member still not satisfied may appeal to the next regular general meeting, which decides by secret ballot. Its decision is final within the Local but does not limit any right the member has under law.\n1. The Appeals Committee also hears appeals from decisions of the Election Committee under Article IX, Section 4.\n\n## Amendments\n\n### Proposal and Notice\n\nThis constitution belongs to the members, and any group of members may ask the rest to change it. The rules in this Article apply to every amendment, however small.\n\n1. An amendment to this constitution may be proposed:\n   1. by a majority vote of the Executive Board; or\n   1. by a written petition signed by at least 25 members in good standing as co-sponsors.\n1. A petition shall:\n   1. set out the exact text of the proposed amendment, showing the words to be removed and the words to be added;\n   1. give the printed name, worksite and signature of each co-sponsor; and\n   1. be filed with the Recording Secretary, who shall check the signatures against the membership roll within 14 days and, if at least 25 co-sponsors are in good standing, refer the proposal to the Election Committee.\n1. The Executive Board may not change, delay or refuse to submit a valid petition, but may publish a recommendation, to which the co-sponsors may reply at equal length.\n1. Written notice of the exact text of each proposed amendment shall be given to all members in good standing at least 30 days before voting begins. The notice shall be posted at every worksite, sent to each member by mail or email, and state the dates and methods of voting.\n\n### Vote and Adoption\n\n1. Amendments are decided by a referendum of members in good standing, by secret ballot, run by the Election Committee under Article IX, Section 1.\n1. An amendment is adopted only if both of the following conditions are met:\n   1. at least two-thirds of the votes cast are in favor, where abstentions and blank or spoiled ballots are not counted as votes cast; and\n   1. at least 20 percent of members in good standing take part in the referendum, counting every ballot returned, including abstentions and blank ballots.\n1. Voting in a referendum under this Article may take place in person, by mail ballot, or by secure online secret ballot meeting the requirements of Article IX, Section 3, or by any combination of these methods that the Election Committee decides. Voting by secure online secret ballot is authorized for this purpose.\n1. Each proposed amendment shall be a separate question on the ballot, unless two amendments cannot work without each other and the notice says so.\n1. An amendment that fails may not be proposed again in substantially the same words within 12 months, unless it failed only because too few members took part.\n\n### Complete Revision\n\n1. A complete revision of this constitution, or its replacement by a new constitution, may be proposed in either of the ways set out in Article XI, Section 1.\n1. A complete revision is subject to every requirement for an amendment, except that written notice of its full text shall be given to all members in good standing at least 60 days before voting begins.\n1. A complete revision is adopted only if it meets the thresholds in Article XI, Section 2: at least two-thirds of the votes cast, with abstentions not counted, and participation by at least 20 percent of members in good standing.\n1. During the notice period, the Executive Board shall hold at least two meetings at which members can discuss the revision and question its drafters.\n\n### Effective Date\n\n1. An amendment or complete revision takes effect when the Election Committee certifies the results of the referendum, unless the amendment itself states a later date.\n1. The Election Committee shall certify the results within 7 days after voting closes and publish them to all members.\n1. Within 14 days after certification, the Recording Secretary shall publish the updated text of this constitution, showing the date on which each amendment took effect.\n1. No amendment shortens the term of an officer already in office, unless it expressly says so.\n	8c39288147ec1ba4156074c6ce0a138a1946f8c6f70a21173929aa27d7b2032c	submitted	2026-12-03 14:16:39.218414+00	2026-12-03 14:17:03.315188+00	\N		2026-12-03 14:16:39.218414+00	f
1	1	1	\N	Lower the dues cap	Part-time members pay the cap on a fraction of full-time wages.	1	---\ntitle: Constitution of Warehouse and Logistics Workers United, Local 1\nstatus: Draft for member review\ndrafted_by: Drafting Committee\ndate: 2026-11-01\n---\n\n# Constitution of Warehouse and Logistics Workers United, Local 1\n\n## Preamble {.unnumbered}\n\nWe are the people who receive, store, pick, pack, sort, load and move the goods that everyone else depends on. We work nights, weekends and holidays, to rates set by software we did not write. Alone, each of us can be watched, pushed and replaced. Together, we keep the freight moving, and we have the right to a real say in how that work is done and what it is worth.\n\nWe adopt this constitution to build a union that belongs to its members: one that is run democratically, spends its money in the open, protects every member's right to speak and to vote, and settles disagreements fairly. Above all, the members, acting together and by secret ballot, decide the direction of this union and the rules by which it is governed.\n\n## Name and Jurisdiction\n\n### Name\n\n1. The name of this organization is Warehouse and Logistics Workers United, Local 1, called in this constitution "the Local".\n\n### Jurisdiction\n\n1. The Local represents and organizes workers employed in:\n   1. warehouses, distribution centers and fulfillment centers;\n   1. parcel sorting hubs, cross-docks and freight terminals; and\n   1. other logistics work that a general meeting decides is within the Local's jurisdiction.\n1. The Local's geographic jurisdiction is the metropolitan region in which its founding members work, and any further area approved by a general meeting.\n\n### Affiliation\n\n1. The Local is independent and is governed by its members. No employer, political party or outside body may direct its affairs.\n1. The Local may affiliate with, or disaffiliate from, a national union or labor federation only by a referendum held under the same procedure and threshold as an amendment under Article XI, Section 2.\n\n## Purposes\n\n### Objects\n\n1. The purposes of the Local are:\n   1. to bargain collectively over wages, hours, staffing, production rates, technology and safety;\n   1. to enforce collective agreements and to represent workers in disciplinary meetings, grievances and arbitration;\n   1. to organize unorganized workers in the logistics industry; and\n   1. to educate members about their rights at work and about how their union is run.\n1. The Local shall not be run for the private profit of any officer, employee or member.\n\n### Equality and Non-discrimination\n\n1. The Local shall not discriminate against any worker on the basis of race, color, national origin, citizenship or immigration status, religion, sex, sexual orientation, gender identity, age, disability, language, political belief, or temporary, part-time, seasonal or agency status.\n1. The Local shall translate notices, ballots and this constitution into any language that is the first language of at least 5 percent of members, and shall provide interpretation at general meetings on request.\n\n## Membership\n\n### Eligibility and Admission\n\n1. Any worker employed within the jurisdiction described in Article I, Section 2 is eligible for membership, whether employed directly or through a staffing agency.\n1. A worker becomes a member by:\n   1. signing a membership application, on paper or electronically; and\n   1. paying the first month's dues or authorizing dues deduction, unless exempt under Article V, Section 2.\n1. No initiation fee shall be charged during an organizing campaign or within 90 days after the Local wins recognition for a new bargaining unit.\n\n### Good Standing\n\n1. A member is in good standing if the member:\n   1. is not more than two full months behind in dues; and\n   1. is not serving a suspension imposed under Article X, Section 3.\n1. A member whose dues are deducted from wages shall not lose good standing because an employer failed to deduct or forward them.\n1. Only members in good standing may vote, nominate, hold office or sign a petition under this constitution.\n\n### Resignation\n\n1. A member may resign by written notice to the Secretary-Treasurer. Resignation does not cancel dues owed for earlier months.\n\n## Rights of Members\n\n### Equal Rights\n\nThe rights in this Article belong equally to every member in good standing. They may be limited only by a penalty imposed under Article X, Section 3 after a fair hearing.\n\n1. Every member in good standing has an equal right to:\n   1. attend, speak and vote at general and special meetings;\n   1. vote in every election and referendum of the Local;\n   1. nominate candidates for any office, and to be nominated, subject to Article IX, Section 2;\n   1. propose motions at general meetings; and\n   1. propose amendments to this constitution, including as a co-sponsor of a petition under Article XI, Section 1.\n1. Each member in good standing has one vote. No one may vote by proxy.\n1. Members may criticize the officers, staff and policies of the Local without fear of retaliation, provided they follow reasonable rules of order and do not threaten or harass anyone.\n\n### Secret Ballot\n\n1. The following shall always be decided by secret ballot:\n   1. elections of officers, Executive Board members, trustees and stewards;\n   1. ratification of collective agreements and authorization of strikes; and\n   1. amendments to this constitution, including a complete revision.\n1. Any other question at a general meeting shall be decided by secret ballot if 10 members present ask for it.\n1. No officer, candidate or observer may find out how any member voted.\n\n### Access to Information\n\n1. Every member in good standing has the right to:\n   1. receive a copy of this constitution and of every collective agreement that covers the member;\n   1. inspect the financial reports and the audit report described in Article V, Section 4; and\n   1. read the minutes of general meetings and Executive Board meetings, except for parts dealing with individual grievances, legal advice or personnel matters.\n1. The Local shall answer a request for information within 21 days.\n\n### Fair Representation\n\n1. The Local shall represent every worker in its bargaining units fairly and in good faith, whether or not the worker is a member.\n1. A member who believes a grievance was handled unfairly may ask the Executive Board to review it, and may appeal the Board's answer to the next regular general meeting.\n\n## Dues and Finances\n\n### Dues\n\n1. Monthly dues are 1.5 percent of base wages, up to a maximum of 45 dollars a month.\n1. The dues rate, the maximum, any initiation fee and any special assessment may be changed only:\n   1. by a majority of the votes cast in a secret ballot of members in good standing; and\n   1. after at least 30 days' written notice stating the reasons for the change.\n\n### Hardship and Exemptions\n\n1. A member owes no dues for any month in which the member earns no wages in the jurisdiction because of layoff, illness, injury, parental leave, a strike or a lockout.\n1. The Secretary-Treasurer and one other officer may grant a confidential hardship exemption. An exempt member remains in good standing.\n\n### Financial Controls\n\n1. The funds of the Local shall be used only for the purposes set out in Article II, Section 1, and shall be held in accounts in the Local's name.\n1. Spending shall be approved as follows:\n   1. every payment requires the approval of two officers, one of whom is the Secretary-Treasurer or, in that officer's absence, the President;\n   1. any single expenditure over 2,500 dollars requires the prior approval of the Executive Board; and\n   1. any single expenditure over 15,000 dollars requires the prior approval of a general meeting, except:\n      1. staff wages, rent and insurance already in the approved budget; and\n      1. strike pay and legal costs during a strike, which the Executive Board shall report to the next general meeting.\n1. The Executive Board shall present an annual budget for approval at the first regular general meeting of each calendar year.\n1. The Local shall not lend money to any officer, employee or member.\n\n### Audit and Reporting\n\n1. The Secretary-Treasurer shall present a written financial report to every regular general meeting.\n1. The accounts shall be examined every year by:\n   1. an independent accountant who is not a member of the Local; and\n   1. a Trustee Committee of three members in good standing, elected with the officers, who are not officers or staff.\n1. The audit report shall be sent to all members within 30 days after it is completed.\n\n## Officers\n\n### Officers of the Local\n\n1. The officers of the Local are the President, the Vice-President, the Secretary-Treasurer and the Recording Secretary.\n1. Officers are elected for three-year terms under Article IX, Section 3. No person may hold two offices at once.\n\n### Duties of Officers\n\n1. The President shall chair general meetings and Executive Board meetings, speak for the Local, and report in writing to every regular general meeting.\n1. The Vice-President shall coordinate the stewards and act as President when the President is absent.\n1. The Secretary-Treasurer shall:\n   1. keep the membership roll and the financial records;\n   1. make payments only in accordance with Article V, Section 3; and\n   1. hand over all records and passwords to a successor within 7 days after leaving office.\n1. The Recording Secretary shall keep minutes, send notices of meetings, and keep the official text of this constitution with a record of every amendment.\n\n### Vacancies\n\n1. If the office of President becomes vacant, the Vice-President becomes President for the rest of the term.\n1. Any other vacancy shall be filled:\n   1. if more than 12 months remain in the term, by a special election; or\n   1. otherwise, by appointment by the Executive Board, confirmed at the next regular general meeting.\n\n### Removal from Office\n\n1. An officer, Executive Board member or trustee may be removed:\n   1. as a penalty for an offense listed in Article X, Section 1, proven at a hearing under Article X, Section 2; or\n   1. by recall, on a petition signed by at least 15 percent of members in good standing.\n1. On a valid recall petition, the Election Committee shall hold a secret ballot within 45 days. The officer is removed if a majority of the votes cast favor removal.\n\n## Executive Board\n\n### Composition\n\n1. The Executive Board consists of:\n   1. the four officers;\n   1. one member elected by and from each district named in a district list approved by a general meeting; and\n   1. two members elected at large, at least one of whom holds a temporary, seasonal, part-time or agency position when nominated.\n1. Board members serve three-year terms and are elected with the officers.\n\n### Powers and Duties\n\n1. Between general meetings, the Executive Board directs the affairs of the Local, subject to this constitution and to the decisions of the general meeting.\n1. The Executive Board shall hire and supervise staff, appoint bargaining committees that include workers from each affected workplace, and decide which grievances go to arbitration, subject to Article IV, Section 4.\n1. The Executive Board may not:\n   1. accept a collective agreement without a ratification vote of the members covered;\n   1. call or end a strike without a vote of the members concerned; or\n   1. overturn a decision of a general meeting.\n\n### Board Meetings\n\n1. The Executive Board shall meet at least monthly. A majority of Board members in office is a quorum.\n1. Any member in good standing may observe Board meetings, except closed sessions on individual grievances, legal advice or personnel matters.\n\n### Stewards and Committees\n\n1. The members at each worksite shall elect stewards by secret ballot, at least one for every 40 members on each shift, for two-year terms.\n1. The standing committees are the Election Committee under Article IX, Section 1, the Trustee Committee under Article V, Section 4, and the Health and Safety, Organizing and Education Committees, which any member in good standing may join.\n\n## Meetings and Quorum\n\n### General Meetings\n\n1. The general meeting is the highest authority of the Local, subject to this constitution and to the results of referendums.\n1. Regular general meetings shall be held at least once every three months. So that every shift can take part:\n   1. meeting times shall rotate among morning, afternoon and evening; and\n   1. a meeting may be held at more than one location, or partly online, if members at every location can hear, speak and vote.\n1. Notice of each regular general meeting, with a draft agenda, shall be posted at every worksite and sent to members at least 14 days in advance.\n\n### Special Meetings\n\n1. The President shall call a special general meeting on a decision of the Executive Board, or on a petition signed by 5 percent of members in good standing or 50 members in good standing, whichever is fewer.\n1. A special meeting shall be held on at least 7 days' notice stating its business, and no other business may be decided at it.\n\n### Quorum and Procedure\n\n1. The quorum for a regular or special general meeting is 5 percent of members in good standing or 75 members in good standing, whichever is fewer. Members at every location of a meeting held under Article VIII, Section 1 are counted together.\n1. If there is no quorum 30 minutes after the scheduled start:\n   1. the members present may hear reports and discuss, but may not make binding decisions; and\n   1. the Executive Board shall reschedule the meeting within 30 days.\n1. Except where this constitution says otherwise, questions are decided by a majority of the votes cast.\n1. The chair shall call on members who have not yet spoken on a question before those who have.\n\n## Elections\n\n### Election Committee\n\n1. At least 120 days before the officers' terms end, a general meeting shall elect an Election Committee of five members in good standing. No committee member may be a candidate, an officer or an employee of the Local.\n1. The Election Committee shall:\n   1. run all elections, recalls and referendums, including referendums on amendments under Article XI;\n   1. appoint one of its members, or an independent person, as Election Officer to administer each vote; and\n   1. certify the results of every vote it runs.\n1. The Executive Board shall give the committee a budget and access to the membership roll, but shall not direct its decisions.\n\n### Nominations and Candidates\n\n1. Any member in good standing for the 6 months before nominations close may run for any office. Months of exemption under Article V, Section 2 count toward the 6 months.\n1. A candidate must be nominated by at least 10 members in good standing and accept in writing.\n1. At least 30 days before nominations close, the Election Committee shall send every member written notice of the offices to be filled, how to make nominations, and the dates and methods of voting.\n1. Every candidate has the right to:\n   1. have a statement of up to 300 words sent to all members at the Local's expense; and\n   1. inspect the list of members eligible to vote.\n1. The Local's funds, staff and publications shall not be used to support or oppose any candidate.\n\n### Voting\n\n1. All elections shall be held by secret ballot, in person at or near each worksite on every shift, by mail ballot in a double envelope, or by secure online secret ballot.\n1. Voting shall be open for at least 10 days, including a weekend. Notice of voting shall be sent to every member in good standing at least 15 days before voting opens.\n1. An online voting system may be used only if:\n   1. it is run by an independent provider with no connection to any candidate or employer;\n   1. the system:\n      1. separates each member's identity from the member's ballot, so that no one can learn how a member voted;\n      1. allows each eligible member to vote only once; and\n      1. keeps a record that allows the result to be checked independently; and\n   1. members who prefer not to vote online can vote on paper.\n1. The candidate with the most votes is elected. A tie is settled by a runoff within 21 days.\n1. Each candidate may appoint an observer at each polling station and at the count.\n\n### Challenges\n\n1. Any candidate or member in good standing may challenge an election by written complaint to the Election Committee within 10 days after the results are announced.\n1. After the count, the Election Committee shall seal all ballots, envelopes, voter lists and electronic voting records. The sealed materials shall be kept for one year, or until every challenge is finally decided, whichever is later, and may be opened only:\n   1. by the Election Committee, in the presence of the complainant and the affected candidates, to decide a challenge; or\n   1. by order of a court or government agency.\n1. The Election Committee shall decide each challenge in writing within 20 days, and shall order a new election only if a violation may have affected the result.\n1. Its decision may be appealed within 15 days to the Appeals Committee under Article X, Section 4.\n\n## Discipline and Appeals\n\n### Grounds for Discipline\n\nDiscipline protects the members and the Local. It shall never be used to silence disagreement.\n\n1. A member may be disciplined only for:\n   1. theft or deliberate misuse of the Local's funds or property;\n   1. acting for an employer to undermine the Local;\n   1. crossing a picket line during an authorized strike;\n   1. violence, threats or harassment against another member, including harassment on any ground listed in Article II, Section 2;\n   1. deliberately interfering with an election, referendum or meeting; or\n   1. in the case of an officer, Board member or trustee, serious neglect of duty.\n1. No member may be disciplined for criticizing the Local or its officers, for supporting any candidate, or for exercising any right in Article IV.\n\n### Charges and Hearing\n\n1. Charges must be written, signed by a member in good standing, and filed with the Recording Secretary within 6 months after the charging member learned of the conduct.\n1. The accused member shall receive the charges, stating the conduct alleged and the ground relied on, at least 21 days before the hearing.\n1. Charges are heard by a Trial Committee of five members in good standing chosen by lot, excluding officers, Board members, witnesses, and the parties and their relatives.\n1. At the hearing, the accused member may:\n   1. be assisted by another member of the accused member's choice;\n   1. question the witnesses against the member; and\n   1. call witnesses and present documents.\n1. Charges must be proven by clear and convincing evidence. The Trial Committee shall decide in writing, with reasons, within 14 days after the hearing.\n\n### Penalties\n\n1. If charges are proven, the Trial Committee may impose a penalty in proportion to the offense:\n   1. a written reprimand;\n   1. repayment of funds or property misused;\n   1. removal from office;\n   1. suspension of membership rights for up to two years; or\n   1. expulsion, only for theft, acting for an employer, or violence.\n1. No penalty takes effect until the time for appeal under Article X, Section 4 has passed or the appeal is decided.\n\n### Appeals\n\n1. The disciplined member or the charging member may appeal in writing within 30 days to an Appeals Committee of three members in good standing, elected each year by secret ballot at the first regular general meeting.\n1. The Appeals Committee may uphold the decision, reduce or cancel the penalty, or order a new hearing before a new Trial Committee.\n1. A member still not satisfied may appeal to the next regular general meeting, which decides by secret ballot. Its decision is final within the Local but does not limit any right the member has under law.\n1. The Appeals Committee also hears appeals from decisions of the Election Committee under Article IX, Section 4.\n\n## Amendments\n\n### Proposal and Notice\n\nThis constitution belongs to the members, and any group of members may ask the rest to change it. The rules in this Article apply to every amendment, however small.\n\n1. An amendment to this constitution may be proposed:\n   1. by a majority vote of the Executive Board; or\n   1. by a written petition signed by at least 25 members in good standing as co-sponsors.\n1. A petition shall:\n   1. set out the exact text of the proposed amendment, showing the words to be removed and the words to be added;\n   1. give the printed name, worksite and signature of each co-sponsor; and\n   1. be filed with the Recording Secretary, who shall check the signatures against the membership roll within 14 days and, if at least 25 co-sponsors are in good standing, refer the proposal to the Election Committee.\n1. The Executive Board may not change, delay or refuse to submit a valid petition, but may publish a recommendation, to which the co-sponsors may reply at equal length.\n1. Written notice of the exact text of each proposed amendment shall be given to all members in good standing at least 30 days before voting begins. The notice shall be posted at every worksite, sent to each member by mail or email, and state the dates and methods of voting.\n\n### Vote and Adoption\n\n1. Amendments are decided by a referendum of members in good standing, by secret ballot, run by the Election Committee under Article IX, Section 1.\n1. An amendment is adopted only if both of the following conditions are met:\n   1. at least two-thirds of the votes cast are in favor, where abstentions and blank or spoiled ballots are not counted as votes cast; and\n   1. at least 20 percent of members in good standing take part in the referendum, counting every ballot returned, including abstentions and blank ballots.\n1. Voting in a referendum under this Article may take place in person, by mail ballot, or by secure online secret ballot meeting the requirements of Article IX, Section 3, or by any combination of these methods that the Election Committee decides. Voting by secure online secret ballot is authorized for this purpose.\n1. Each proposed amendment shall be a separate question on the ballot, unless two amendments cannot work without each other and the notice says so.\n1. An amendment that fails may not be proposed again in substantially the same words within 12 months, unless it failed only because too few members took part.\n\n### Complete Revision\n\n1. A complete revision of this constitution, or its replacement by a new constitution, may be proposed in either of the ways set out in Article XI, Section 1.\n1. A complete revision is subject to every requirement for an amendment, except that written notice of its full text shall be given to all members in good standing at least 60 days before voting begins.\n1. A complete revision is adopted only if it meets the thresholds in Article XI, Section 2: at least two-thirds of the votes cast, with abstentions not counted, and participation by at least 20 percent of members in good standing.\n1. During the notice period, the Executive Board shall hold at least two meetings at which members can discuss the revision and question its drafters.\n\n### Effective Date\n\n1. An amendment or complete revision takes effect when the Election Committee certifies the results of the referendum, unless the amendment itself states a later date.\n1. The Election Committee shall certify the results within 7 days after voting closes and publish them to all members.\n1. Within 14 days after certification, the Recording Secretary shall publish the updated text of this constitution, showing the date on which each amendment took effect.\n1. No amendment shortens the term of an officer already in office, unless it expressly says so.\n	1151d214dffbe1a2a81355111f87d261aba8e938e5f37037014d2d5d73a0f96b	adopted	2026-12-03 14:16:39.156461+00	2026-12-03 14:17:03.218886+00	\N		2026-12-03 14:16:39.156461+00	f
\.


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_tokens (id, user_id, token_hash, name, created_at) FROM stdin;
1	12	ff2eb8b5e7f8042ddf6ddb1d1eff52163ad0e6096ec2c330e7a5fe2a687062a4	fixture	2026-12-03 14:16:37.213541+00
2	13	7f6fd367386ebe41404629a8f26e2239f99fb85569fdcbe51400148f8fa5603b	fixture	2026-12-03 14:16:37.350627+00
3	1	a1e6539c9a614a009cf0d0f6b2744e5aa4b9c4ed2fe75f666dd1eef06666d31b	fixture	2026-12-03 14:16:37.474282+00
4	4	94395c7ab54f8030d14f4b089f9f2751b57ce18d4edb41740213f18ca48b9396	fixture	2026-12-03 14:16:37.613683+00
5	5	1f09242d0a90cdf0263d43b45c92232e5ebba1750e1021e475dbfb6ad617181f	fixture	2026-12-03 14:16:37.712461+00
6	10	e5354deeecf08ff76705e6247e424d292636a62523619b4b33159a9b362c52ee	fixture	2026-12-03 14:16:37.848854+00
7	11	e348e1f4d9778810026508a1b86bec09f8d09883adb1c9128f50e2e4a64ca90d	fixture	2026-12-03 14:16:38.015709+00
8	2	cc5c919320914a9e6e2ae3aa1ba92042fba00f22f0dbf51870f6d2e7df647df6	fixture	2026-12-03 14:16:38.129537+00
9	3	92432e54dd7da062d08893bb83d97df161e17eff92937c9138c2f258e2b0e596	fixture	2026-12-03 14:16:38.257668+00
10	6	950ea137e615e19b5882b1953d6c0d9dcc59a69e82d850b98398773bd883cca2	fixture	2026-12-03 14:16:38.354572+00
11	7	119b48ed100fe44bffc68bf310e678a09f722a14a83136f903eea0ad6e6cb325	fixture	2026-12-03 14:16:38.486389+00
12	8	6f2927b7adae508d3354aa60ae435d71e3753a91188af918c2c92662d20cce41	fixture	2026-12-03 14:16:38.634778+00
13	9	d5041d77393a210de9f407566eddc31cc0f24d280bce4008b6d4a97f5c91a686	fixture	2026-12-03 14:16:38.736588+00
14	15	79beaf769839d52b668ab8f5e7d4e8ae30f81a8bc09da74cc629614a275377db	fixture	2026-12-03 14:16:38.853787+00
\.


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_events (id, created_at, actor_id, action, subject, detail, prev_hash, hash) FROM stdin;
1	2026-12-03 14:16:35.595308+00	\N	user.create	user:1	created account member@demo.charter.invalid with roles member		b6761807b7757aef7c70560d29f36ce36da30c7dfd0cbde435408ed06cdb786f
2	2026-12-03 14:16:35.73585+00	\N	user.create	user:2	created account committee@demo.charter.invalid with roles committee	b6761807b7757aef7c70560d29f36ce36da30c7dfd0cbde435408ed06cdb786f	41944903242226d304b2eb93af3cccc3bd22f7a9238e41d7c0d01e0caa571707
3	2026-12-03 14:16:35.89733+00	\N	user.create	user:3	created account officer@demo.charter.invalid with roles officer	41944903242226d304b2eb93af3cccc3bd22f7a9238e41d7c0d01e0caa571707	b5eadbd2b04276a55f08122c6f10204a90738b84acdbd06d487252eb23b0444d
4	2026-12-03 14:16:35.921045+00	\N	user.create	user:4	created account admin@demo.charter.invalid with roles admin	b5eadbd2b04276a55f08122c6f10204a90738b84acdbd06d487252eb23b0444d	01eaa817927221e604bb3da8f1b0e1ba5cd41c41843bfcab07cfc8d68f5d357d
5	2026-12-03 14:16:35.946383+00	4	user.create	user:5	created account observer@demo.charter.invalid with roles observer	01eaa817927221e604bb3da8f1b0e1ba5cd41c41843bfcab07cfc8d68f5d357d	573086caf1a7bcf754c10ab5f51d4baa6b84da9e7ee2d337ddf8406ca6f7b1b5
6	2026-12-03 14:16:35.965154+00	4	user.create	user:6	created account member2@demo.charter.invalid with roles member	573086caf1a7bcf754c10ab5f51d4baa6b84da9e7ee2d337ddf8406ca6f7b1b5	ca9e46f507c2b89ab6ae12562efb35b45cb1bdea51e0cd5c60feafba64fd863d
7	2026-12-03 14:16:35.992347+00	4	user.create	user:7	created account member3@demo.charter.invalid with roles member	ca9e46f507c2b89ab6ae12562efb35b45cb1bdea51e0cd5c60feafba64fd863d	ca6e540a16b2755c3a8004d26b0c96e1097171d55f95c524dff70acd7823f817
8	2026-12-03 14:16:36.012853+00	4	user.create	user:8	created account member4@demo.charter.invalid with roles member	ca6e540a16b2755c3a8004d26b0c96e1097171d55f95c524dff70acd7823f817	9089861162451b9da6bc6ae784f41bb7f3a551f18e0117b36825ac3b6b660dda
9	2026-12-03 14:16:36.033429+00	4	user.create	user:9	created account member5@demo.charter.invalid with roles member	9089861162451b9da6bc6ae784f41bb7f3a551f18e0117b36825ac3b6b660dda	9823324b6811a650fb4e4acdb04b01f00bf1bfe34a4e6eac29bb9e940ca80f6e
10	2026-12-03 14:16:36.054469+00	4	user.create	user:10	created account member6@demo.charter.invalid with roles member	9823324b6811a650fb4e4acdb04b01f00bf1bfe34a4e6eac29bb9e940ca80f6e	184a09392df02480a2c3147a190b4d79fbd5d61eefe71fec79d324589f14db8e
11	2026-12-03 14:16:36.075772+00	4	user.create	user:11	created account teller1@demo.charter.invalid with roles teller	184a09392df02480a2c3147a190b4d79fbd5d61eefe71fec79d324589f14db8e	b6e693bb1976083b6358380d32787d2e9be5bb92b1f2b1c5b17d440e13fa23e6
12	2026-12-03 14:16:36.079786+00	11	teller.key	user:11	teller key made, fingerprint 1GJP-G44K-BM7T-YA0M	b6e693bb1976083b6358380d32787d2e9be5bb92b1f2b1c5b17d440e13fa23e6	6c395ce5c6007e6800b9a257b1ef13c6d26c39d0fa2ac9fb13b9b639d4bc8766
13	2026-12-03 14:16:36.101452+00	4	user.create	user:12	created account teller2@demo.charter.invalid with roles teller	6c395ce5c6007e6800b9a257b1ef13c6d26c39d0fa2ac9fb13b9b639d4bc8766	9f135c5f1e19f8ea8893da93b313db3a70dfe9ec33113c6f205d598f752e71a7
14	2026-12-03 14:16:36.103252+00	12	teller.key	user:12	teller key made, fingerprint GPCC-JDWC-RGZZ-4BVM	9f135c5f1e19f8ea8893da93b313db3a70dfe9ec33113c6f205d598f752e71a7	470ee7df3b53b301e0bbe7ecd6bf778cac6392a243ba86f1cf57884e8429fef5
15	2026-12-03 14:16:36.127009+00	4	user.create	user:13	created account teller3@demo.charter.invalid with roles teller	470ee7df3b53b301e0bbe7ecd6bf778cac6392a243ba86f1cf57884e8429fef5	4315f44174b2ad8ded2928550737f1cd8da272df40f6d7c9cd79084f5058cfd0
16	2026-12-03 14:16:36.135726+00	13	teller.key	user:13	teller key made, fingerprint 051G-2FSB-8FZ9-C5CP	4315f44174b2ad8ded2928550737f1cd8da272df40f6d7c9cd79084f5058cfd0	a39014e072c59f4a90feba405b3b0f4959fc6febb8a243d050ab64d30555ffbf
17	2026-12-03 14:16:36.223768+00	4	document.create	document:constitution	created "Constitution of Warehouse and Logistics Workers United, Local 1" (article numbering, in en) with version 1, sha256 910f8fe78e66909c8838783dfefd66308e6e7999bcae5b8c24937181016dd81f	a39014e072c59f4a90feba405b3b0f4959fc6febb8a243d050ab64d30555ffbf	8f4ed2596ce436bc54c6105a06075be74e73077d5ab33b5e20def74e9f351fe0
18	2026-12-03 14:16:36.227703+00	4	document.rule	document:constitution	vote rule: 2/3 of votes cast, quorum 20.0 %, 30 days' notice; online ballots: "Article XI, Section 2(c)"	8f4ed2596ce436bc54c6105a06075be74e73077d5ab33b5e20def74e9f351fe0	6a3760dd1961a1d3c71951d388625f11e609752009706f04e45b94540e21b225
19	2026-12-03 14:16:36.229271+00	4	document.rule	document:constitution	co-sponsors needed for an amendment: 1 → 2	6a3760dd1961a1d3c71951d388625f11e609752009706f04e45b94540e21b225	ed144d38322f107e1b0e814fa388657fe9379567f72e445bb824074e630599af
20	2026-12-03 14:16:36.425353+00	\N	document.create	document:bylaws	created "Bylaws" (decimal numbering, in en) with version 1, sha256 9e3e18959c308b3c2b17f6fc2984204fd5d63df4ff2cb20c3cd504441df75a32	ed144d38322f107e1b0e814fa388657fe9379567f72e445bb824074e630599af	484519800a1e8735ed21246ddbaec082167cc45e3b3dabb2de4e1c043f03bdf2
21	2026-12-03 14:16:36.602243+00	\N	version.publish	document:bylaws	published version 2 (import), sha256 bf78cc08018380fbe4a3260bca925cf269f55d5534b01f603ede17700d2e9349	484519800a1e8735ed21246ddbaec082167cc45e3b3dabb2de4e1c043f03bdf2	a78a7b63013b571ba8cfae9a9a555a3bb5c5e0a07395a9b824db25a45e5232d8
22	2026-12-03 14:16:36.754842+00	\N	user.create	user:14	created account second.admin@fixture.invalid with roles admin	a78a7b63013b571ba8cfae9a9a555a3bb5c5e0a07395a9b824db25a45e5232d8	a698f37b4d08a5a2c17d45611d6a85210e589f9f34972890fc0681ba183430cb
23	2026-12-03 14:16:36.771065+00	\N	user.invite	user:14	invitation issued to second.admin@fixture.invalid	a698f37b4d08a5a2c17d45611d6a85210e589f9f34972890fc0681ba183430cb	84925fbdd5d61cb6605812a86e55e7845f4a53ead53b088f1148401a1159329d
24	2026-12-03 14:16:37.099016+00	\N	user.create	user:15	created account rosa@fixture.invalid with roles member	84925fbdd5d61cb6605812a86e55e7845f4a53ead53b088f1148401a1159329d	b50064cffb4d9e85f789e4719f2e48da034b0364558605c480ef0e1840198045
25	2026-12-03 14:16:37.218612+00	\N	token.create	user:12	access token "fixture" issued to teller2@demo.charter.invalid	b50064cffb4d9e85f789e4719f2e48da034b0364558605c480ef0e1840198045	3877b8c6c84149929a76a45cfffe1bc380fafc0653bfd25f7ee52d9bb90ae4a2
26	2026-12-03 14:16:37.356854+00	\N	token.create	user:13	access token "fixture" issued to teller3@demo.charter.invalid	3877b8c6c84149929a76a45cfffe1bc380fafc0653bfd25f7ee52d9bb90ae4a2	f996fc803980f6f8a3b2dcb42f2e0795b1872764f38b6ceb6da2fc0865cce5e1
27	2026-12-03 14:16:37.479246+00	\N	token.create	user:1	access token "fixture" issued to member@demo.charter.invalid	f996fc803980f6f8a3b2dcb42f2e0795b1872764f38b6ceb6da2fc0865cce5e1	18998eef8fabf5aa70c80318a7dc6ce9a95e55ceb98e460f695f6528129cfc3d
28	2026-12-03 14:16:37.618194+00	\N	token.create	user:4	access token "fixture" issued to admin@demo.charter.invalid	18998eef8fabf5aa70c80318a7dc6ce9a95e55ceb98e460f695f6528129cfc3d	ece294264e84fca1bc83106980b94d1ac06f25efacb7e832521ca7f77613b0f6
29	2026-12-03 14:16:37.716162+00	\N	token.create	user:5	access token "fixture" issued to observer@demo.charter.invalid	ece294264e84fca1bc83106980b94d1ac06f25efacb7e832521ca7f77613b0f6	90db559f95d5ef2be79dde0edd51f5d4336cb7484bd6316dfa8963161b9bdca1
30	2026-12-03 14:16:37.861473+00	\N	token.create	user:10	access token "fixture" issued to member6@demo.charter.invalid	90db559f95d5ef2be79dde0edd51f5d4336cb7484bd6316dfa8963161b9bdca1	bffcd038ce7f473465d8f5ed49cdba9df7696569dfe78abab5b0e5ab35cc7842
31	2026-12-03 14:16:38.019538+00	\N	token.create	user:11	access token "fixture" issued to teller1@demo.charter.invalid	bffcd038ce7f473465d8f5ed49cdba9df7696569dfe78abab5b0e5ab35cc7842	37c7ed6e7ebcbbd02cc613336b2f1b279900871b32c35325c65539968e676afa
32	2026-12-03 14:16:38.133839+00	\N	token.create	user:2	access token "fixture" issued to committee@demo.charter.invalid	37c7ed6e7ebcbbd02cc613336b2f1b279900871b32c35325c65539968e676afa	26da859cae610872a95ffd8ef4a3e175357aa971e68de96825ee4058324f82d4
33	2026-12-03 14:16:38.263739+00	\N	token.create	user:3	access token "fixture" issued to officer@demo.charter.invalid	26da859cae610872a95ffd8ef4a3e175357aa971e68de96825ee4058324f82d4	50e5ff7f6ecb5078038e8940a35f6f8f09719eaea5e5a2527f4ce9ef028ccc33
34	2026-12-03 14:16:38.358497+00	\N	token.create	user:6	access token "fixture" issued to member2@demo.charter.invalid	50e5ff7f6ecb5078038e8940a35f6f8f09719eaea5e5a2527f4ce9ef028ccc33	be91e1ff1ab9a2005639bde205efcb946f7c6e6b28285b5b8a32b0ba33e9a367
35	2026-12-03 14:16:38.489887+00	\N	token.create	user:7	access token "fixture" issued to member3@demo.charter.invalid	be91e1ff1ab9a2005639bde205efcb946f7c6e6b28285b5b8a32b0ba33e9a367	93cff9e2b790fdad0d96aa89c4bc4efdf436a89560d19ba779adb06b2d7a3cd5
36	2026-12-03 14:16:38.638999+00	\N	token.create	user:8	access token "fixture" issued to member4@demo.charter.invalid	93cff9e2b790fdad0d96aa89c4bc4efdf436a89560d19ba779adb06b2d7a3cd5	3048eec609ac38d58c80d01841ddb840672a4f16a239d5d4b9b38ca688fa5d54
37	2026-12-03 14:16:38.742555+00	\N	token.create	user:9	access token "fixture" issued to member5@demo.charter.invalid	3048eec609ac38d58c80d01841ddb840672a4f16a239d5d4b9b38ca688fa5d54	9349ff056f0eed2b36b21998018759d81e7be9a144afcba75528d04ecb5f3bf7
38	2026-12-03 14:16:38.861224+00	\N	token.create	user:15	access token "fixture" issued to rosa@fixture.invalid	9349ff056f0eed2b36b21998018759d81e7be9a144afcba75528d04ecb5f3bf7	cd3944d70c81281ec78031c3e3296575bf13b448fb9679cfe9926441d3c977ae
39	2026-12-03 14:16:39.120036+00	2	comment.disposition	comment:1	answered: An amendment to lower the cap is before the members.	cd3944d70c81281ec78031c3e3296575bf13b448fb9679cfe9926441d3c977ae	7c56593eaaead82d38b9c2a7be115ad4884c7ef99555a45290792b17fc28ade1
40	2026-12-03 14:16:39.418277+00	4	user.invite	user:14	invitation issued to second.admin@fixture.invalid; 1 earlier unused links revoked	7c56593eaaead82d38b9c2a7be115ad4884c7ef99555a45290792b17fc28ade1	18957a141f08e689de4c3f62f469fe37557b0786ad522dd1a37c016f40f4289e
41	2026-12-03 14:16:39.616363+00	3	ballot.notice	ballot:1	notice of "The dues cap, and officer elections": 2 questions (snapshots 2487b71f4fe8, 3163782f19c2), roll of 7 frozen, opens 2026-12-03T14:16:42Z, closes 2026-12-03T14:17:02Z; papers sealed to key 9+dH880kFSnuqwOIqBEESXUarYlu3SFultkj6J/021A=, opened by 2 of tellers 12 (key GPCC-JDWC-RGZZ-4BVM), 11 (key 1GJP-G44K-BM7T-YA0M), 13 (key 051G-2FSB-8FZ9-C5CP)	18957a141f08e689de4c3f62f469fe37557b0786ad522dd1a37c016f40f4289e	42848f6479a06c1fb617b717926e627dee5b266f02bcb7a6ab634888e2061d6f
42	2026-12-03 14:16:39.616785+00	3	ballot.departure	ballot:1	question 1 departs from the document's rule: 0 days' notice instead of 30; reason: The membership meeting of 3 March waived the notice period by unanimous consent.	42848f6479a06c1fb617b717926e627dee5b266f02bcb7a6ab634888e2061d6f	c42d284c4ee4b9339142541385c2a0cc25e5f641b3c7ef5561b3cf029d124118
43	2026-12-03 14:16:39.638062+00	3	ballot.notice	ballot:2	notice of "A strike fund": 1 questions (snapshots 1eb5075e0603), roll of 7 frozen, opens 2027-01-12T14:00:00Z, closes 2027-01-26T14:00:00Z; papers sealed to key AO/9QgVmu9NVx09WiNj4JEVEduXfEeJRx39/7NIDhg0=, opened by 2 of tellers 12 (key GPCC-JDWC-RGZZ-4BVM), 11 (key 1GJP-G44K-BM7T-YA0M), 13 (key 051G-2FSB-8FZ9-C5CP)	c42d284c4ee4b9339142541385c2a0cc25e5f641b3c7ef5561b3cf029d124118	664a0f1c8bc6dd317c0aaa72026cbdf74701d2056e5f17af4b79ce190a559dd3
44	2026-12-03 14:16:43.12136+00	3	ballot.open	ballot:1	opened, roll of 7	664a0f1c8bc6dd317c0aaa72026cbdf74701d2056e5f17af4b79ce190a559dd3	fae9d47364736bc25127326767b405091b9b994e0fb17d63712e38e11473ec2f
45	2026-12-03 14:17:03.114017+00	3	ballot.close	ballot:1	closed: 7 ballots returned of 7 on the roll	fae9d47364736bc25127326767b405091b9b994e0fb17d63712e38e11473ec2f	69d0cbda868ffa58be9f5186c2fde650bd5279254753d8f04cef304461250e0a
46	2026-12-03 14:17:03.126537+00	11	ballot.share	ballot:1	a teller gave their share to the count (1 of the 2 needed)	69d0cbda868ffa58be9f5186c2fde650bd5279254753d8f04cef304461250e0a	5bb05f1ba5d1adda5ca03f5ac889314d445f66e258327e7a9acdd8d84dd097bb
47	2026-12-03 14:17:03.135971+00	12	ballot.share	ballot:1	a teller gave their share to the count (2 of the 2 needed)	5bb05f1ba5d1adda5ca03f5ac889314d445f66e258327e7a9acdd8d84dd097bb	f371f0d46b950b15d3b2d7e98d83e2d027207b469a1f7e7fa342e8f74895934e
48	2026-12-03 14:17:03.147422+00	\N	ballot.count	ballot:1	counted with the shares of Tomás Teller, Thandiwe Teller: 7 sealed papers opened and published in a random order; the sealed papers and the shares of the key destroyed; papers SHA-256 0de03742b6251dc580695f55104986407981be29e3dc7b6075919a33b53c5e61	f371f0d46b950b15d3b2d7e98d83e2d027207b469a1f7e7fa342e8f74895934e	8f9c4b3db9a9a837c8287d8d9163ea57be79ad4584ccebf5e5c645fccab543cf
49	2026-12-03 14:17:03.312696+00	3	version.publish	document:constitution	published version 2 (ballot), sha256 1151d214dffbe1a2a81355111f87d261aba8e938e5f37037014d2d5d73a0f96b	8f9c4b3db9a9a837c8287d8d9163ea57be79ad4584ccebf5e5c645fccab543cf	545ce029c40ec01449fcc4435b9cef0a0ea5d5c13ecb6c6db1460e4275475f77
50	2026-12-03 14:17:03.351504+00	3	ballot.certify	ballot:1	question 1: 5 yes of 6 votes cast = 83.3 %, at least two-thirds required: adopted; 7 of 7 eligible voted = 100.0 %, quorum 20.0 %: met | question 2: 4 yes of 6 votes cast = 66.7 %, more than half required: adopted; 7 of 7 eligible voted = 100.0 %, no quorum required	545ce029c40ec01449fcc4435b9cef0a0ea5d5c13ecb6c6db1460e4275475f77	599cc53e33255dc802ce6bc1be0680534f2fbb3d5b212c421562d9ac9c5cba12
\.


--
-- Data for Name: ballot_count_shares; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ballot_count_shares (ballot_id, user_id, sealed_share) FROM stdin;
\.


--
-- Data for Name: ballot_counts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ballot_counts (ballot_id, public_key, holder, heartbeat_at) FROM stdin;
\.


--
-- Data for Name: ballot_papers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ballot_papers (ballot_id, id, tracker, choices) FROM stdin;
1	53793c3c21580f82ed2206f93c148c9e	85X-N2B-22M-QSD	yes,abstain
1	a6df09ef96d38adaf912715e7c30c61a	G55-8D9-6SM-149	yes,yes
1	e1726100e55bf4c383e974f6692188c1	Y5J-V5W-YWA-ZS9	abstain,no
1	4a527cc75520960eb5e817627e1b99fe	82T-PTQ-1S1-0M6	no,yes
1	2f7692c8ea3fb02386ff7d3f80cdc130	72P-6KN-T4T-8MC	yes,no
1	0415741d7ff96837fc140bc7b32fb24b	T5W-3K3-BVX-3KZ	yes,yes
1	0b46fb3647e73e63bac41c3f5ff5105b	P28-XD4-H7X-DMM	yes,yes
\.


--
-- Data for Name: ballot_questions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ballot_questions (id, ballot_id, "position", kind, question, amendment_id, version_id, snapshot, snapshot_sha256, threshold, base, quorum, notice_days, adopted, adopted_version_id, document_rule, departure_reason) FROM stdin;
3	2	0	referendum	Shall one dollar a month of dues go to a strike fund?	\N	\N	{"kind":"referendum","question":"Shall one dollar a month of dues go to a strike fund?","notice_at":"2026-12-03T14:16:39.634707Z"}	1eb5075e060333a07f1a111efc49e9fa619bba17dbaf842c3c2a586357ea49ed	majority	cast	none	0	\N	\N		
1	1	0	amendment	Adopt amendment #1, "Lower the dues cap", to Constitution of Warehouse and Logistics Workers United, Local 1?	1	\N	{"kind":"amendment","question":"Adopt amendment #1, \\"Lower the dues cap\\", to Constitution of Warehouse and Logistics Workers United, Local 1?","document_slug":"constitution","document_title":"Constitution of Warehouse and Logistics Workers United, Local 1","amendment_id":1,"from_version_id":1,"before":"---\\ntitle: Constitution of Warehouse and Logistics Workers United, Local 1\\nstatus: Draft for member review\\ndrafted_by: Drafting Committee\\ndate: 2026-11-01\\n---\\n\\n# Constitution of Warehouse and Logistics Workers United, Local 1\\n\\n## Preamble {.unnumbered}\\n\\nWe are the people who receive, store, pick, pack, sort, load and move the goods that everyone else depends on. We work nights, weekends and holidays, to rates set by software we did not write. Alone, each of us can be watched, pushed and replaced. Together, we keep the freight moving, and we have the right to a real say in how that work is done and what it is worth.\\n\\nWe adopt this constitution to build a union that belongs to its members: one that is run democratically, spends its money in the open, protects every member's right to speak and to vote, and settles disagreements fairly. Above all, the members, acting together and by secret ballot, decide the direction of this union and the rules by which it is governed.\\n\\n## Name and Jurisdiction\\n\\n### Name\\n\\n1. The name of this organization is Warehouse and Logistics Workers United, Local 1, called in this constitution \\"the Local\\".\\n\\n### Jurisdiction\\n\\n1. The Local represents and organizes workers employed in:\\n   1. warehouses, distribution centers and fulfillment centers;\\n   1. parcel sorting hubs, cross-docks and freight terminals; and\\n   1. other logistics work that a general meeting decides is within the Local's jurisdiction.\\n1. The Local's geographic jurisdiction is the metropolitan region in which its founding members work, and any further area approved by a general meeting.\\n\\n### Affiliation\\n\\n1. The Local is independent and is governed by its members. No employer, political party or outside body may direct its affairs.\\n1. The Local may affiliate with, or disaffiliate from, a national union or labor federation only by a referendum held under the same procedure and threshold as an amendment under Article XI, Section 2.\\n\\n## Purposes\\n\\n### Objects\\n\\n1. The purposes of the Local are:\\n   1. to bargain collectively over wages, hours, staffing, production rates, technology and safety;\\n   1. to enforce collective agreements and to represent workers in disciplinary meetings, grievances and arbitration;\\n   1. to organize unorganized workers in the logistics industry; and\\n   1. to educate members about their rights at work and about how their union is run.\\n1. The Local shall not be run for the private profit of any officer, employee or member.\\n\\n### Equality and Non-discrimination\\n\\n1. The Local shall not discriminate against any worker on the basis of race, color, national origin, citizenship or immigration status, religion, sex, sexual orientation, gender identity, age, disability, language, political belief, or temporary, part-time, seasonal or agency status.\\n1. The Local shall translate notices, ballots and this constitution into any language that is the first language of at least 5 percent of members, and shall provide interpretation at general meetings on request.\\n\\n## Membership\\n\\n### Eligibility and Admission\\n\\n1. Any worker employed within the jurisdiction described in Article I, Section 2 is eligible for membership, whether employed directly or through a staffing agency.\\n1. A worker becomes a member by:\\n   1. signing a membership application, on paper or electronically; and\\n   1. paying the first month's dues or authorizing dues deduction, unless exempt under Article V, Section 2.\\n1. No initiation fee shall be charged during an organizing campaign or within 90 days after the Local wins recognition for a new bargaining unit.\\n\\n### Good Standing\\n\\n1. A member is in good standing if the member:\\n   1. is not more than two full months behind in dues; and\\n   1. is not serving a suspension imposed under Article X, Section 3.\\n1. A member whose dues are deducted from wages shall not lose good standing because an employer failed to deduct or forward them.\\n1. Only members in good standing may vote, nominate, hold office or sign a petition under this constitution.\\n\\n### Resignation\\n\\n1. A member may resign by written notice to the Secretary-Treasurer. Resignation does not cancel dues owed for earlier months.\\n\\n## Rights of Members\\n\\n### Equal Rights\\n\\nThe rights in this Article belong equally to every member in good standing. They may be limited only by a penalty imposed under Article X, Section 3 after a fair hearing.\\n\\n1. Every member in good standing has an equal right to:\\n   1. attend, speak and vote at general and special meetings;\\n   1. vote in every election and referendum of the Local;\\n   1. nominate candidates for any office, and to be nominated, subject to Article IX, Section 2;\\n   1. propose motions at general meetings; and\\n   1. propose amendments to this constitution, including as a co-sponsor of a petition under Article XI, Section 1.\\n1. Each member in good standing has one vote. No one may vote by proxy.\\n1. Members may criticize the officers, staff and policies of the Local without fear of retaliation, provided they follow reasonable rules of order and do not threaten or harass anyone.\\n\\n### Secret Ballot\\n\\n1. The following shall always be decided by secret ballot:\\n   1. elections of officers, Executive Board members, trustees and stewards;\\n   1. ratification of collective agreements and authorization of strikes; and\\n   1. amendments to this constitution, including a complete revision.\\n1. Any other question at a general meeting shall be decided by secret ballot if 10 members present ask for it.\\n1. No officer, candidate or observer may find out how any member voted.\\n\\n### Access to Information\\n\\n1. Every member in good standing has the right to:\\n   1. receive a copy of this constitution and of every collective agreement that covers the member;\\n   1. inspect the financial reports and the audit report described in Article V, Section 4; and\\n   1. read the minutes of general meetings and Executive Board meetings, except for parts dealing with individual grievances, legal advice or personnel matters.\\n1. The Local shall answer a request for information within 21 days.\\n\\n### Fair Representation\\n\\n1. The Local shall represent every worker in its bargaining units fairly and in good faith, whether or not the worker is a member.\\n1. A member who believes a grievance was handled unfairly may ask the Executive Board to review it, and may appeal the Board's answer to the next regular general meeting.\\n\\n## Dues and Finances\\n\\n### Dues\\n\\n1. Monthly dues are 1.5 percent of base wages, up to a maximum of 60 dollars a month.\\n1. The dues rate, the maximum, any initiation fee and any special assessment may be changed only:\\n   1. by a majority of the votes cast in a secret ballot of members in good standing; and\\n   1. after at least 30 days' written notice stating the reasons for the change.\\n\\n### Hardship and Exemptions\\n\\n1. A member owes no dues for any month in which the member earns no wages in the jurisdiction because of layoff, illness, injury, parental leave, a strike or a lockout.\\n1. The Secretary-Treasurer and one other officer may grant a confidential hardship exemption. An exempt member remains in good standing.\\n\\n### Financial Controls\\n\\n1. The funds of the Local shall be used only for the purposes set out in Article II, Section 1, and shall be held in accounts in the Local's name.\\n1. Spending shall be approved as follows:\\n   1. every payment requires the approval of two officers, one of whom is the Secretary-Treasurer or, in that officer's absence, the President;\\n   1. any single expenditure over 2,500 dollars requires the prior approval of the Executive Board; and\\n   1. any single expenditure over 15,000 dollars requires the prior approval of a general meeting, except:\\n      1. staff wages, rent and insurance already in the approved budget; and\\n      1. strike pay and legal costs during a strike, which the Executive Board shall report to the next general meeting.\\n1. The Executive Board shall present an annual budget for approval at the first regular general meeting of each calendar year.\\n1. The Local shall not lend money to any officer, employee or member.\\n\\n### Audit and Reporting\\n\\n1. The Secretary-Treasurer shall present a written financial report to every regular general meeting.\\n1. The accounts shall be examined every year by:\\n   1. an independent accountant who is not a member of the Local; and\\n   1. a Trustee Committee of three members in good standing, elected with the officers, who are not officers or staff.\\n1. The audit report shall be sent to all members within 30 days after it is completed.\\n\\n## Officers\\n\\n### Officers of the Local\\n\\n1. The officers of the Local are the President, the Vice-President, the Secretary-Treasurer and the Recording Secretary.\\n1. Officers are elected for three-year terms under Article IX, Section 3. No person may hold two offices at once.\\n\\n### Duties of Officers\\n\\n1. The President shall chair general meetings and Executive Board meetings, speak for the Local, and report in writing to every regular general meeting.\\n1. The Vice-President shall coordinate the stewards and act as President when the President is absent.\\n1. The Secretary-Treasurer shall:\\n   1. keep the membership roll and the financial records;\\n   1. make payments only in accordance with Article V, Section 3; and\\n   1. hand over all records and passwords to a successor within 7 days after leaving office.\\n1. The Recording Secretary shall keep minutes, send notices of meetings, and keep the official text of this constitution with a record of every amendment.\\n\\n### Vacancies\\n\\n1. If the office of President becomes vacant, the Vice-President becomes President for the rest of the term.\\n1. Any other vacancy shall be filled:\\n   1. if more than 12 months remain in the term, by a special election; or\\n   1. otherwise, by appointment by the Executive Board, confirmed at the next regular general meeting.\\n\\n### Removal from Office\\n\\n1. An officer, Executive Board member or trustee may be removed:\\n   1. as a penalty for an offense listed in Article X, Section 1, proven at a hearing under Article X, Section 2; or\\n   1. by recall, on a petition signed by at least 15 percent of members in good standing.\\n1. On a valid recall petition, the Election Committee shall hold a secret ballot within 45 days. The officer is removed if a majority of the votes cast favor removal.\\n\\n## Executive Board\\n\\n### Composition\\n\\n1. The Executive Board consists of:\\n   1. the four officers;\\n   1. one member elected by and from each district named in a district list approved by a general meeting; and\\n   1. two members elected at large, at least one of whom holds a temporary, seasonal, part-time or agency position when nominated.\\n1. Board members serve three-year terms and are elected with the officers.\\n\\n### Powers and Duties\\n\\n1. Between general meetings, the Executive Board directs the affairs of the Local, subject to this constitution and to the decisions of the general meeting.\\n1. The Executive Board shall hire and supervise staff, appoint bargaining committees that include workers from each affected workplace, and decide which grievances go to arbitration, subject to Article IV, Section 4.\\n1. The Executive Board may not:\\n   1. accept a collective agreement without a ratification vote of the members covered;\\n   1. call or end a strike without a vote of the members concerned; or\\n   1. overturn a decision of a general meeting.\\n\\n### Board Meetings\\n\\n1. The Executive Board shall meet at least monthly. A majority of Board members in office is a quorum.\\n1. Any member in good standing may observe Board meetings, except closed sessions on individual grievances, legal advice or personnel matters.\\n\\n### Stewards and Committees\\n\\n1. The members at each worksite shall elect stewards by secret ballot, at least one for every 40 members on each shift, for two-year terms.\\n1. The standing committees are the Election Committee under Article IX, Section 1, the Trustee Committee under Article V, Section 4, and the Health and Safety, Organizing and Education Committees, which any member in good standing may join.\\n\\n## Meetings and Quorum\\n\\n### General Meetings\\n\\n1. The general meeting is the highest authority of the Local, subject to this constitution and to the results of referendums.\\n1. Regular general meetings shall be held at least once every three months. So that every shift can take part:\\n   1. meeting times shall rotate among morning, afternoon and evening; and\\n   1. a meeting may be held at more than one location, or partly online, if members at every location can hear, speak and vote.\\n1. Notice of each regular general meeting, with a draft agenda, shall be posted at every worksite and sent to members at least 14 days in advance.\\n\\n### Special Meetings\\n\\n1. The President shall call a special general meeting on a decision of the Executive Board, or on a petition signed by 5 percent of members in good standing or 50 members in good standing, whichever is fewer.\\n1. A special meeting shall be held on at least 7 days' notice stating its business, and no other business may be decided at it.\\n\\n### Quorum and Procedure\\n\\n1. The quorum for a regular or special general meeting is 5 percent of members in good standing or 75 members in good standing, whichever is fewer. Members at every location of a meeting held under Article VIII, Section 1 are counted together.\\n1. If there is no quorum 30 minutes after the scheduled start:\\n   1. the members present may hear reports and discuss, but may not make binding decisions; and\\n   1. the Executive Board shall reschedule the meeting within 30 days.\\n1. Except where this constitution says otherwise, questions are decided by a majority of the votes cast.\\n1. The chair shall call on members who have not yet spoken on a question before those who have.\\n\\n## Elections\\n\\n### Election Committee\\n\\n1. At least 120 days before the officers' terms end, a general meeting shall elect an Election Committee of five members in good standing. No committee member may be a candidate, an officer or an employee of the Local.\\n1. The Election Committee shall:\\n   1. run all elections, recalls and referendums, including referendums on amendments under Article XI;\\n   1. appoint one of its members, or an independent person, as Election Officer to administer each vote; and\\n   1. certify the results of every vote it runs.\\n1. The Executive Board shall give the committee a budget and access to the membership roll, but shall not direct its decisions.\\n\\n### Nominations and Candidates\\n\\n1. Any member in good standing for the 6 months before nominations close may run for any office. Months of exemption under Article V, Section 2 count toward the 6 months.\\n1. A candidate must be nominated by at least 10 members in good standing and accept in writing.\\n1. At least 30 days before nominations close, the Election Committee shall send every member written notice of the offices to be filled, how to make nominations, and the dates and methods of voting.\\n1. Every candidate has the right to:\\n   1. have a statement of up to 300 words sent to all members at the Local's expense; and\\n   1. inspect the list of members eligible to vote.\\n1. The Local's funds, staff and publications shall not be used to support or oppose any candidate.\\n\\n### Voting\\n\\n1. All elections shall be held by secret ballot, in person at or near each worksite on every shift, by mail ballot in a double envelope, or by secure online secret ballot.\\n1. Voting shall be open for at least 10 days, including a weekend. Notice of voting shall be sent to every member in good standing at least 15 days before voting opens.\\n1. An online voting system may be used only if:\\n   1. it is run by an independent provider with no connection to any candidate or employer;\\n   1. the system:\\n      1. separates each member's identity from the member's ballot, so that no one can learn how a member voted;\\n      1. allows each eligible member to vote only once; and\\n      1. keeps a record that allows the result to be checked independently; and\\n   1. members who prefer not to vote online can vote on paper.\\n1. The candidate with the most votes is elected. A tie is settled by a runoff within 21 days.\\n1. Each candidate may appoint an observer at each polling station and at the count.\\n\\n### Challenges\\n\\n1. Any candidate or member in good standing may challenge an election by written complaint to the Election Committee within 10 days after the results are announced.\\n1. After the count, the Election Committee shall seal all ballots, envelopes, voter lists and electronic voting records. The sealed materials shall be kept for one year, or until every challenge is finally decided, whichever is later, and may be opened only:\\n   1. by the Election Committee, in the presence of the complainant and the affected candidates, to decide a challenge; or\\n   1. by order of a court or government agency.\\n1. The Election Committee shall decide each challenge in writing within 20 days, and shall order a new election only if a violation may have affected the result.\\n1. Its decision may be appealed within 15 days to the Appeals Committee under Article X, Section 4.\\n\\n## Discipline and Appeals\\n\\n### Grounds for Discipline\\n\\nDiscipline protects the members and the Local. It shall never be used to silence disagreement.\\n\\n1. A member may be disciplined only for:\\n   1. theft or deliberate misuse of the Local's funds or property;\\n   1. acting for an employer to undermine the Local;\\n   1. crossing a picket line during an authorized strike;\\n   1. violence, threats or harassment against another member, including harassment on any ground listed in Article II, Section 2;\\n   1. deliberately interfering with an election, referendum or meeting; or\\n   1. in the case of an officer, Board member or trustee, serious neglect of duty.\\n1. No member may be disciplined for criticizing the Local or its officers, for supporting any candidate, or for exercising any right in Article IV.\\n\\n### Charges and Hearing\\n\\n1. Charges must be written, signed by a member in good standing, and filed with the Recording Secretary within 6 months after the charging member learned of the conduct.\\n1. The accused member shall receive the charges, stating the conduct alleged and the ground relied on, at least 21 days before the hearing.\\n1. Charges are heard by a Trial Committee of five members in good standing chosen by lot, excluding officers, Board members, witnesses, and the parties and their relatives.\\n1. At the hearing, the accused member may:\\n   1. be assisted by another member of the accused member's choice;\\n   1. question the witnesses against the member; and\\n   1. call witnesses and present documents.\\n1. Charges must be proven by clear and convincing evidence. The Trial Committee shall decide in writing, with reasons, within 14 days after the hearing.\\n\\n### Penalties\\n\\n1. If charges are proven, the Trial Committee may impose a penalty in proportion to the offense:\\n   1. a written reprimand;\\n   1. repayment of funds or property misused;\\n   1. removal from office;\\n   1. suspension of membership rights for up to two years; or\\n   1. expulsion, only for theft, acting for an employer, or violence.\\n1. No penalty takes effect until the time for appeal under Article X, Section 4 has passed or the appeal is decided.\\n\\n### Appeals\\n\\n1. The disciplined member or the charging member may appeal in writing within 30 days to an Appeals Committee of three members in good standing, elected each year by secret ballot at the first regular general meeting.\\n1. The Appeals Committee may uphold the decision, reduce or cancel the penalty, or order a new hearing before a new Trial Committee.\\n1. A member still not satisfied may appeal to the next regular general meeting, which decides by secret ballot. Its decision is final within the Local but does not limit any right the member has under law.\\n1. The Appeals Committee also hears appeals from decisions of the Election Committee under Article IX, Section 4.\\n\\n## Amendments\\n\\n### Proposal and Notice\\n\\nThis constitution belongs to the members, and any group of members may ask the rest to change it. The rules in this Article apply to every amendment, however small.\\n\\n1. An amendment to this constitution may be proposed:\\n   1. by a majority vote of the Executive Board; or\\n   1. by a written petition signed by at least 25 members in good standing as co-sponsors.\\n1. A petition shall:\\n   1. set out the exact text of the proposed amendment, showing the words to be removed and the words to be added;\\n   1. give the printed name, worksite and signature of each co-sponsor; and\\n   1. be filed with the Recording Secretary, who shall check the signatures against the membership roll within 14 days and, if at least 25 co-sponsors are in good standing, refer the proposal to the Election Committee.\\n1. The Executive Board may not change, delay or refuse to submit a valid petition, but may publish a recommendation, to which the co-sponsors may reply at equal length.\\n1. Written notice of the exact text of each proposed amendment shall be given to all members in good standing at least 30 days before voting begins. The notice shall be posted at every worksite, sent to each member by mail or email, and state the dates and methods of voting.\\n\\n### Vote and Adoption\\n\\n1. Amendments are decided by a referendum of members in good standing, by secret ballot, run by the Election Committee under Article IX, Section 1.\\n1. An amendment is adopted only if both of the following conditions are met:\\n   1. at least two-thirds of the votes cast are in favor, where abstentions and blank or spoiled ballots are not counted as votes cast; and\\n   1. at least 20 percent of members in good standing take part in the referendum, counting every ballot returned, including abstentions and blank ballots.\\n1. Voting in a referendum under this Article may take place in person, by mail ballot, or by secure online secret ballot meeting the requirements of Article IX, Section 3, or by any combination of these methods that the Election Committee decides. Voting by secure online secret ballot is authorized for this purpose.\\n1. Each proposed amendment shall be a separate question on the ballot, unless two amendments cannot work without each other and the notice says so.\\n1. An amendment that fails may not be proposed again in substantially the same words within 12 months, unless it failed only because too few members took part.\\n\\n### Complete Revision\\n\\n1. A complete revision of this constitution, or its replacement by a new constitution, may be proposed in either of the ways set out in Article XI, Section 1.\\n1. A complete revision is subject to every requirement for an amendment, except that written notice of its full text shall be given to all members in good standing at least 60 days before voting begins.\\n1. A complete revision is adopted only if it meets the thresholds in Article XI, Section 2: at least two-thirds of the votes cast, with abstentions not counted, and participation by at least 20 percent of members in good standing.\\n1. During the notice period, the Executive Board shall hold at least two meetings at which members can discuss the revision and question its drafters.\\n\\n### Effective Date\\n\\n1. An amendment or complete revision takes effect when the Election Committee certifies the results of the referendum, unless the amendment itself states a later date.\\n1. The Election Committee shall certify the results within 7 days after voting closes and publish them to all members.\\n1. Within 14 days after certification, the Recording Secretary shall publish the updated text of this constitution, showing the date on which each amendment took effect.\\n1. No amendment shortens the term of an officer already in office, unless it expressly says so.\\n","after":"---\\ntitle: Constitution of Warehouse and Logistics Workers United, Local 1\\nstatus: Draft for member review\\ndrafted_by: Drafting Committee\\ndate: 2026-11-01\\n---\\n\\n# Constitution of Warehouse and Logistics Workers United, Local 1\\n\\n## Preamble {.unnumbered}\\n\\nWe are the people who receive, store, pick, pack, sort, load and move the goods that everyone else depends on. We work nights, weekends and holidays, to rates set by software we did not write. Alone, each of us can be watched, pushed and replaced. Together, we keep the freight moving, and we have the right to a real say in how that work is done and what it is worth.\\n\\nWe adopt this constitution to build a union that belongs to its members: one that is run democratically, spends its money in the open, protects every member's right to speak and to vote, and settles disagreements fairly. Above all, the members, acting together and by secret ballot, decide the direction of this union and the rules by which it is governed.\\n\\n## Name and Jurisdiction\\n\\n### Name\\n\\n1. The name of this organization is Warehouse and Logistics Workers United, Local 1, called in this constitution \\"the Local\\".\\n\\n### Jurisdiction\\n\\n1. The Local represents and organizes workers employed in:\\n   1. warehouses, distribution centers and fulfillment centers;\\n   1. parcel sorting hubs, cross-docks and freight terminals; and\\n   1. other logistics work that a general meeting decides is within the Local's jurisdiction.\\n1. The Local's geographic jurisdiction is the metropolitan region in which its founding members work, and any further area approved by a general meeting.\\n\\n### Affiliation\\n\\n1. The Local is independent and is governed by its members. No employer, political party or outside body may direct its affairs.\\n1. The Local may affiliate with, or disaffiliate from, a national union or labor federation only by a referendum held under the same procedure and threshold as an amendment under Article XI, Section 2.\\n\\n## Purposes\\n\\n### Objects\\n\\n1. The purposes of the Local are:\\n   1. to bargain collectively over wages, hours, staffing, production rates, technology and safety;\\n   1. to enforce collective agreements and to represent workers in disciplinary meetings, grievances and arbitration;\\n   1. to organize unorganized workers in the logistics industry; and\\n   1. to educate members about their rights at work and about how their union is run.\\n1. The Local shall not be run for the private profit of any officer, employee or member.\\n\\n### Equality and Non-discrimination\\n\\n1. The Local shall not discriminate against any worker on the basis of race, color, national origin, citizenship or immigration status, religion, sex, sexual orientation, gender identity, age, disability, language, political belief, or temporary, part-time, seasonal or agency status.\\n1. The Local shall translate notices, ballots and this constitution into any language that is the first language of at least 5 percent of members, and shall provide interpretation at general meetings on request.\\n\\n## Membership\\n\\n### Eligibility and Admission\\n\\n1. Any worker employed within the jurisdiction described in Article I, Section 2 is eligible for membership, whether employed directly or through a staffing agency.\\n1. A worker becomes a member by:\\n   1. signing a membership application, on paper or electronically; and\\n   1. paying the first month's dues or authorizing dues deduction, unless exempt under Article V, Section 2.\\n1. No initiation fee shall be charged during an organizing campaign or within 90 days after the Local wins recognition for a new bargaining unit.\\n\\n### Good Standing\\n\\n1. A member is in good standing if the member:\\n   1. is not more than two full months behind in dues; and\\n   1. is not serving a suspension imposed under Article X, Section 3.\\n1. A member whose dues are deducted from wages shall not lose good standing because an employer failed to deduct or forward them.\\n1. Only members in good standing may vote, nominate, hold office or sign a petition under this constitution.\\n\\n### Resignation\\n\\n1. A member may resign by written notice to the Secretary-Treasurer. Resignation does not cancel dues owed for earlier months.\\n\\n## Rights of Members\\n\\n### Equal Rights\\n\\nThe rights in this Article belong equally to every member in good standing. They may be limited only by a penalty imposed under Article X, Section 3 after a fair hearing.\\n\\n1. Every member in good standing has an equal right to:\\n   1. attend, speak and vote at general and special meetings;\\n   1. vote in every election and referendum of the Local;\\n   1. nominate candidates for any office, and to be nominated, subject to Article IX, Section 2;\\n   1. propose motions at general meetings; and\\n   1. propose amendments to this constitution, including as a co-sponsor of a petition under Article XI, Section 1.\\n1. Each member in good standing has one vote. No one may vote by proxy.\\n1. Members may criticize the officers, staff and policies of the Local without fear of retaliation, provided they follow reasonable rules of order and do not threaten or harass anyone.\\n\\n### Secret Ballot\\n\\n1. The following shall always be decided by secret ballot:\\n   1. elections of officers, Executive Board members, trustees and stewards;\\n   1. ratification of collective agreements and authorization of strikes; and\\n   1. amendments to this constitution, including a complete revision.\\n1. Any other question at a general meeting shall be decided by secret ballot if 10 members present ask for it.\\n1. No officer, candidate or observer may find out how any member voted.\\n\\n### Access to Information\\n\\n1. Every member in good standing has the right to:\\n   1. receive a copy of this constitution and of every collective agreement that covers the member;\\n   1. inspect the financial reports and the audit report described in Article V, Section 4; and\\n   1. read the minutes of general meetings and Executive Board meetings, except for parts dealing with individual grievances, legal advice or personnel matters.\\n1. The Local shall answer a request for information within 21 days.\\n\\n### Fair Representation\\n\\n1. The Local shall represent every worker in its bargaining units fairly and in good faith, whether or not the worker is a member.\\n1. A member who believes a grievance was handled unfairly may ask the Executive Board to review it, and may appeal the Board's answer to the next regular general meeting.\\n\\n## Dues and Finances\\n\\n### Dues\\n\\n1. Monthly dues are 1.5 percent of base wages, up to a maximum of 45 dollars a month.\\n1. The dues rate, the maximum, any initiation fee and any special assessment may be changed only:\\n   1. by a majority of the votes cast in a secret ballot of members in good standing; and\\n   1. after at least 30 days' written notice stating the reasons for the change.\\n\\n### Hardship and Exemptions\\n\\n1. A member owes no dues for any month in which the member earns no wages in the jurisdiction because of layoff, illness, injury, parental leave, a strike or a lockout.\\n1. The Secretary-Treasurer and one other officer may grant a confidential hardship exemption. An exempt member remains in good standing.\\n\\n### Financial Controls\\n\\n1. The funds of the Local shall be used only for the purposes set out in Article II, Section 1, and shall be held in accounts in the Local's name.\\n1. Spending shall be approved as follows:\\n   1. every payment requires the approval of two officers, one of whom is the Secretary-Treasurer or, in that officer's absence, the President;\\n   1. any single expenditure over 2,500 dollars requires the prior approval of the Executive Board; and\\n   1. any single expenditure over 15,000 dollars requires the prior approval of a general meeting, except:\\n      1. staff wages, rent and insurance already in the approved budget; and\\n      1. strike pay and legal costs during a strike, which the Executive Board shall report to the next general meeting.\\n1. The Executive Board shall present an annual budget for approval at the first regular general meeting of each calendar year.\\n1. The Local shall not lend money to any officer, employee or member.\\n\\n### Audit and Reporting\\n\\n1. The Secretary-Treasurer shall present a written financial report to every regular general meeting.\\n1. The accounts shall be examined every year by:\\n   1. an independent accountant who is not a member of the Local; and\\n   1. a Trustee Committee of three members in good standing, elected with the officers, who are not officers or staff.\\n1. The audit report shall be sent to all members within 30 days after it is completed.\\n\\n## Officers\\n\\n### Officers of the Local\\n\\n1. The officers of the Local are the President, the Vice-President, the Secretary-Treasurer and the Recording Secretary.\\n1. Officers are elected for three-year terms under Article IX, Section 3. No person may hold two offices at once.\\n\\n### Duties of Officers\\n\\n1. The President shall chair general meetings and Executive Board meetings, speak for the Local, and report in writing to every regular general meeting.\\n1. The Vice-President shall coordinate the stewards and act as President when the President is absent.\\n1. The Secretary-Treasurer shall:\\n   1. keep the membership roll and the financial records;\\n   1. make payments only in accordance with Article V, Section 3; and\\n   1. hand over all records and passwords to a successor within 7 days after leaving office.\\n1. The Recording Secretary shall keep minutes, send notices of meetings, and keep the official text of this constitution with a record of every amendment.\\n\\n### Vacancies\\n\\n1. If the office of President becomes vacant, the Vice-President becomes President for the rest of the term.\\n1. Any other vacancy shall be filled:\\n   1. if more than 12 months remain in the term, by a special election; or\\n   1. otherwise, by appointment by the Executive Board, confirmed at the next regular general meeting.\\n\\n### Removal from Office\\n\\n1. An officer, Executive Board member or trustee may be removed:\\n   1. as a penalty for an offense listed in Article X, Section 1, proven at a hearing under Article X, Section 2; or\\n   1. by recall, on a petition signed by at least 15 percent of members in good standing.\\n1. On a valid recall petition, the Election Committee shall hold a secret ballot within 45 days. The officer is removed if a majority of the votes cast favor removal.\\n\\n## Executive Board\\n\\n### Composition\\n\\n1. The Executive Board consists of:\\n   1. the four officers;\\n   1. one member elected by and from each district named in a district list approved by a general meeting; and\\n   1. two members elected at large, at least one of whom holds a temporary, seasonal, part-time or agency position when nominated.\\n1. Board members serve three-year terms and are elected with the officers.\\n\\n### Powers and Duties\\n\\n1. Between general meetings, the Executive Board directs the affairs of the Local, subject to this constitution and to the decisions of the general meeting.\\n1. The Executive Board shall hire and supervise staff, appoint bargaining committees that include workers from each affected workplace, and decide which grievances go to arbitration, subject to Article IV, Section 4.\\n1. The Executive Board may not:\\n   1. accept a collective agreement without a ratification vote of the members covered;\\n   1. call or end a strike without a vote of the members concerned; or\\n   1. overturn a decision of a general meeting.\\n\\n### Board Meetings\\n\\n1. The Executive Board shall meet at least monthly. A majority of Board members in office is a quorum.\\n1. Any member in good standing may observe Board meetings, except closed sessions on individual grievances, legal advice or personnel matters.\\n\\n### Stewards and Committees\\n\\n1. The members at each worksite shall elect stewards by secret ballot, at least one for every 40 members on each shift, for two-year terms.\\n1. The standing committees are the Election Committee under Article IX, Section 1, the Trustee Committee under Article V, Section 4, and the Health and Safety, Organizing and Education Committees, which any member in good standing may join.\\n\\n## Meetings and Quorum\\n\\n### General Meetings\\n\\n1. The general meeting is the highest authority of the Local, subject to this constitution and to the results of referendums.\\n1. Regular general meetings shall be held at least once every three months. So that every shift can take part:\\n   1. meeting times shall rotate among morning, afternoon and evening; and\\n   1. a meeting may be held at more than one location, or partly online, if members at every location can hear, speak and vote.\\n1. Notice of each regular general meeting, with a draft agenda, shall be posted at every worksite and sent to members at least 14 days in advance.\\n\\n### Special Meetings\\n\\n1. The President shall call a special general meeting on a decision of the Executive Board, or on a petition signed by 5 percent of members in good standing or 50 members in good standing, whichever is fewer.\\n1. A special meeting shall be held on at least 7 days' notice stating its business, and no other business may be decided at it.\\n\\n### Quorum and Procedure\\n\\n1. The quorum for a regular or special general meeting is 5 percent of members in good standing or 75 members in good standing, whichever is fewer. Members at every location of a meeting held under Article VIII, Section 1 are counted together.\\n1. If there is no quorum 30 minutes after the scheduled start:\\n   1. the members present may hear reports and discuss, but may not make binding decisions; and\\n   1. the Executive Board shall reschedule the meeting within 30 days.\\n1. Except where this constitution says otherwise, questions are decided by a majority of the votes cast.\\n1. The chair shall call on members who have not yet spoken on a question before those who have.\\n\\n## Elections\\n\\n### Election Committee\\n\\n1. At least 120 days before the officers' terms end, a general meeting shall elect an Election Committee of five members in good standing. No committee member may be a candidate, an officer or an employee of the Local.\\n1. The Election Committee shall:\\n   1. run all elections, recalls and referendums, including referendums on amendments under Article XI;\\n   1. appoint one of its members, or an independent person, as Election Officer to administer each vote; and\\n   1. certify the results of every vote it runs.\\n1. The Executive Board shall give the committee a budget and access to the membership roll, but shall not direct its decisions.\\n\\n### Nominations and Candidates\\n\\n1. Any member in good standing for the 6 months before nominations close may run for any office. Months of exemption under Article V, Section 2 count toward the 6 months.\\n1. A candidate must be nominated by at least 10 members in good standing and accept in writing.\\n1. At least 30 days before nominations close, the Election Committee shall send every member written notice of the offices to be filled, how to make nominations, and the dates and methods of voting.\\n1. Every candidate has the right to:\\n   1. have a statement of up to 300 words sent to all members at the Local's expense; and\\n   1. inspect the list of members eligible to vote.\\n1. The Local's funds, staff and publications shall not be used to support or oppose any candidate.\\n\\n### Voting\\n\\n1. All elections shall be held by secret ballot, in person at or near each worksite on every shift, by mail ballot in a double envelope, or by secure online secret ballot.\\n1. Voting shall be open for at least 10 days, including a weekend. Notice of voting shall be sent to every member in good standing at least 15 days before voting opens.\\n1. An online voting system may be used only if:\\n   1. it is run by an independent provider with no connection to any candidate or employer;\\n   1. the system:\\n      1. separates each member's identity from the member's ballot, so that no one can learn how a member voted;\\n      1. allows each eligible member to vote only once; and\\n      1. keeps a record that allows the result to be checked independently; and\\n   1. members who prefer not to vote online can vote on paper.\\n1. The candidate with the most votes is elected. A tie is settled by a runoff within 21 days.\\n1. Each candidate may appoint an observer at each polling station and at the count.\\n\\n### Challenges\\n\\n1. Any candidate or member in good standing may challenge an election by written complaint to the Election Committee within 10 days after the results are announced.\\n1. After the count, the Election Committee shall seal all ballots, envelopes, voter lists and electronic voting records. The sealed materials shall be kept for one year, or until every challenge is finally decided, whichever is later, and may be opened only:\\n   1. by the Election Committee, in the presence of the complainant and the affected candidates, to decide a challenge; or\\n   1. by order of a court or government agency.\\n1. The Election Committee shall decide each challenge in writing within 20 days, and shall order a new election only if a violation may have affected the result.\\n1. Its decision may be appealed within 15 days to the Appeals Committee under Article X, Section 4.\\n\\n## Discipline and Appeals\\n\\n### Grounds for Discipline\\n\\nDiscipline protects the members and the Local. It shall never be used to silence disagreement.\\n\\n1. A member may be disciplined only for:\\n   1. theft or deliberate misuse of the Local's funds or property;\\n   1. acting for an employer to undermine the Local;\\n   1. crossing a picket line during an authorized strike;\\n   1. violence, threats or harassment against another member, including harassment on any ground listed in Article II, Section 2;\\n   1. deliberately interfering with an election, referendum or meeting; or\\n   1. in the case of an officer, Board member or trustee, serious neglect of duty.\\n1. No member may be disciplined for criticizing the Local or its officers, for supporting any candidate, or for exercising any right in Article IV.\\n\\n### Charges and Hearing\\n\\n1. Charges must be written, signed by a member in good standing, and filed with the Recording Secretary within 6 months after the charging member learned of the conduct.\\n1. The accused member shall receive the charges, stating the conduct alleged and the ground relied on, at least 21 days before the hearing.\\n1. Charges are heard by a Trial Committee of five members in good standing chosen by lot, excluding officers, Board members, witnesses, and the parties and their relatives.\\n1. At the hearing, the accused member may:\\n   1. be assisted by another member of the accused member's choice;\\n   1. question the witnesses against the member; and\\n   1. call witnesses and present documents.\\n1. Charges must be proven by clear and convincing evidence. The Trial Committee shall decide in writing, with reasons, within 14 days after the hearing.\\n\\n### Penalties\\n\\n1. If charges are proven, the Trial Committee may impose a penalty in proportion to the offense:\\n   1. a written reprimand;\\n   1. repayment of funds or property misused;\\n   1. removal from office;\\n   1. suspension of membership rights for up to two years; or\\n   1. expulsion, only for theft, acting for an employer, or violence.\\n1. No penalty takes effect until the time for appeal under Article X, Section 4 has passed or the appeal is decided.\\n\\n### Appeals\\n\\n1. The disciplined member or the charging member may appeal in writing within 30 days to an Appeals Committee of three members in good standing, elected each year by secret ballot at the first regular general meeting.\\n1. The Appeals Committee may uphold the decision, reduce or cancel the penalty, or order a new hearing before a new Trial Committee.\\n1. A member still not satisfied may appeal to the next regular general meeting, which decides by secret ballot. Its decision is final within the Local but does not limit any right the member has under law.\\n1. The Appeals Committee also hears appeals from decisions of the Election Committee under Article IX, Section 4.\\n\\n## Amendments\\n\\n### Proposal and Notice\\n\\nThis constitution belongs to the members, and any group of members may ask the rest to change it. The rules in this Article apply to every amendment, however small.\\n\\n1. An amendment to this constitution may be proposed:\\n   1. by a majority vote of the Executive Board; or\\n   1. by a written petition signed by at least 25 members in good standing as co-sponsors.\\n1. A petition shall:\\n   1. set out the exact text of the proposed amendment, showing the words to be removed and the words to be added;\\n   1. give the printed name, worksite and signature of each co-sponsor; and\\n   1. be filed with the Recording Secretary, who shall check the signatures against the membership roll within 14 days and, if at least 25 co-sponsors are in good standing, refer the proposal to the Election Committee.\\n1. The Executive Board may not change, delay or refuse to submit a valid petition, but may publish a recommendation, to which the co-sponsors may reply at equal length.\\n1. Written notice of the exact text of each proposed amendment shall be given to all members in good standing at least 30 days before voting begins. The notice shall be posted at every worksite, sent to each member by mail or email, and state the dates and methods of voting.\\n\\n### Vote and Adoption\\n\\n1. Amendments are decided by a referendum of members in good standing, by secret ballot, run by the Election Committee under Article IX, Section 1.\\n1. An amendment is adopted only if both of the following conditions are met:\\n   1. at least two-thirds of the votes cast are in favor, where abstentions and blank or spoiled ballots are not counted as votes cast; and\\n   1. at least 20 percent of members in good standing take part in the referendum, counting every ballot returned, including abstentions and blank ballots.\\n1. Voting in a referendum under this Article may take place in person, by mail ballot, or by secure online secret ballot meeting the requirements of Article IX, Section 3, or by any combination of these methods that the Election Committee decides. Voting by secure online secret ballot is authorized for this purpose.\\n1. Each proposed amendment shall be a separate question on the ballot, unless two amendments cannot work without each other and the notice says so.\\n1. An amendment that fails may not be proposed again in substantially the same words within 12 months, unless it failed only because too few members took part.\\n\\n### Complete Revision\\n\\n1. A complete revision of this constitution, or its replacement by a new constitution, may be proposed in either of the ways set out in Article XI, Section 1.\\n1. A complete revision is subject to every requirement for an amendment, except that written notice of its full text shall be given to all members in good standing at least 60 days before voting begins.\\n1. A complete revision is adopted only if it meets the thresholds in Article XI, Section 2: at least two-thirds of the votes cast, with abstentions not counted, and participation by at least 20 percent of members in good standing.\\n1. During the notice period, the Executive Board shall hold at least two meetings at which members can discuss the revision and question its drafters.\\n\\n### Effective Date\\n\\n1. An amendment or complete revision takes effect when the Election Committee certifies the results of the referendum, unless the amendment itself states a later date.\\n1. The Election Committee shall certify the results within 7 days after voting closes and publish them to all members.\\n1. Within 14 days after certification, the Recording Secretary shall publish the updated text of this constitution, showing the date on which each amendment took effect.\\n1. No amendment shortens the term of an officer already in office, unless it expressly says so.\\n","redline":"---\\ntitle: Constitution of Warehouse and Logistics Workers United, Local 1\\nstatus: Draft for member review\\ndrafted_by: Drafting Committee\\ndate: 2026-11-01\\n---\\n\\n# Constitution of Warehouse and Logistics Workers United, Local 1\\n\\n## Preamble {.unnumbered}\\n\\nWe are the people who receive, store, pick, pack, sort, load and move the goods that everyone else depends on. We work nights, weekends and holidays, to rates set by software we did not write. Alone, each of us can be watched, pushed and replaced. Together, we keep the freight moving, and we have the right to a real say in how that work is done and what it is worth.\\n\\nWe adopt this constitution to build a union that belongs to its members: one that is run democratically, spends its money in the open, protects every member's right to speak and to vote, and settles disagreements fairly. Above all, the members, acting together and by secret ballot, decide the direction of this union and the rules by which it is governed.\\n\\n## Name and Jurisdiction\\n\\n### Name\\n\\n1. The name of this organization is Warehouse and Logistics Workers United, Local 1, called in this constitution \\"the Local\\".\\n\\n### Jurisdiction\\n\\n1. The Local represents and organizes workers employed in:\\n   1. warehouses, distribution centers and fulfillment centers;\\n   1. parcel sorting hubs, cross-docks and freight terminals; and\\n   1. other logistics work that a general meeting decides is within the Local's jurisdiction.\\n1. The Local's geographic jurisdiction is the metropolitan region in which its founding members work, and any further area approved by a general meeting.\\n\\n### Affiliation\\n\\n1. The Local is independent and is governed by its members. No employer, political party or outside body may direct its affairs.\\n1. The Local may affiliate with, or disaffiliate from, a national union or labor federation only by a referendum held under the same procedure and threshold as an amendment under Article XI, Section 2.\\n\\n## Purposes\\n\\n### Objects\\n\\n1. The purposes of the Local are:\\n   1. to bargain collectively over wages, hours, staffing, production rates, technology and safety;\\n   1. to enforce collective agreements and to represent workers in disciplinary meetings, grievances and arbitration;\\n   1. to organize unorganized workers in the logistics industry; and\\n   1. to educate members about their rights at work and about how their union is run.\\n1. The Local shall not be run for the private profit of any officer, employee or member.\\n\\n### Equality and Non-discrimination\\n\\n1. The Local shall not discriminate against any worker on the basis of race, color, national origin, citizenship or immigration status, religion, sex, sexual orientation, gender identity, age, disability, language, political belief, or temporary, part-time, seasonal or agency status.\\n1. The Local shall translate notices, ballots and this constitution into any language that is the first language of at least 5 percent of members, and shall provide interpretation at general meetings on request.\\n\\n## Membership\\n\\n### Eligibility and Admission\\n\\n1. Any worker employed within the jurisdiction described in Article I, Section 2 is eligible for membership, whether employed directly or through a staffing agency.\\n1. A worker becomes a member by:\\n   1. signing a membership application, on paper or electronically; and\\n   1. paying the first month's dues or authorizing dues deduction, unless exempt under Article V, Section 2.\\n1. No initiation fee shall be charged during an organizing campaign or within 90 days after the Local wins recognition for a new bargaining unit.\\n\\n### Good Standing\\n\\n1. A member is in good standing if the member:\\n   1. is not more than two full months behind in dues; and\\n   1. is not serving a suspension imposed under Article X, Section 3.\\n1. A member whose dues are deducted from wages shall not lose good standing because an employer failed to deduct or forward them.\\n1. Only members in good standing may vote, nominate, hold office or sign a petition under this constitution.\\n\\n### Resignation\\n\\n1. A member may resign by written notice to the Secretary-Treasurer. Resignation does not cancel dues owed for earlier months.\\n\\n## Rights of Members\\n\\n### Equal Rights\\n\\nThe rights in this Article belong equally to every member in good standing. They may be limited only by a penalty imposed under Article X, Section 3 after a fair hearing.\\n\\n1. Every member in good standing has an equal right to:\\n   1. attend, speak and vote at general and special meetings;\\n   1. vote in every election and referendum of the Local;\\n   1. nominate candidates for any office, and to be nominated, subject to Article IX, Section 2;\\n   1. propose motions at general meetings; and\\n   1. propose amendments to this constitution, including as a co-sponsor of a petition under Article XI, Section 1.\\n1. Each member in good standing has one vote. No one may vote by proxy.\\n1. Members may criticize the officers, staff and policies of the Local without fear of retaliation, provided they follow reasonable rules of order and do not threaten or harass anyone.\\n\\n### Secret Ballot\\n\\n1. The following shall always be decided by secret ballot:\\n   1. elections of officers, Executive Board members, trustees and stewards;\\n   1. ratification of collective agreements and authorization of strikes; and\\n   1. amendments to this constitution, including a complete revision.\\n1. Any other question at a general meeting shall be decided by secret ballot if 10 members present ask for it.\\n1. No officer, candidate or observer may find out how any member voted.\\n\\n### Access to Information\\n\\n1. Every member in good standing has the right to:\\n   1. receive a copy of this constitution and of every collective agreement that covers the member;\\n   1. inspect the financial reports and the audit report described in Article V, Section 4; and\\n   1. read the minutes of general meetings and Executive Board meetings, except for parts dealing with individual grievances, legal advice or personnel matters.\\n1. The Local shall answer a request for information within 21 days.\\n\\n### Fair Representation\\n\\n1. The Local shall represent every worker in its bargaining units fairly and in good faith, whether or not the worker is a member.\\n1. A member who believes a grievance was handled unfairly may ask the Executive Board to review it, and may appeal the Board's answer to the next regular general meeting.\\n\\n## Dues and Finances\\n\\n### Dues\\n\\n1. Monthly dues are 1.5 percent of base wages, up to a maximum of {~~60~>45~~} dollars a month.\\n1. The dues rate, the maximum, any initiation fee and any special assessment may be changed only:\\n   1. by a majority of the votes cast in a secret ballot of members in good standing; and\\n   1. after at least 30 days' written notice stating the reasons for the change.\\n\\n### Hardship and Exemptions\\n\\n1. A member owes no dues for any month in which the member earns no wages in the jurisdiction because of layoff, illness, injury, parental leave, a strike or a lockout.\\n1. The Secretary-Treasurer and one other officer may grant a confidential hardship exemption. An exempt member remains in good standing.\\n\\n### Financial Controls\\n\\n1. The funds of the Local shall be used only for the purposes set out in Article II, Section 1, and shall be held in accounts in the Local's name.\\n1. Spending shall be approved as follows:\\n   1. every payment requires the approval of two officers, one of whom is the Secretary-Treasurer or, in that officer's absence, the President;\\n   1. any single expenditure over 2,500 dollars requires the prior approval of the Executive Board; and\\n   1. any single expenditure over 15,000 dollars requires the prior approval of a general meeting, except:\\n      1. staff wages, rent and insurance already in the approved budget; and\\n      1. strike pay and legal costs during a strike, which the Executive Board shall report to the next general meeting.\\n1. The Executive Board shall present an annual budget for approval at the first regular general meeting of each calendar year.\\n1. The Local shall not lend money to any officer, employee or member.\\n\\n### Audit and Reporting\\n\\n1. The Secretary-Treasurer shall present a written financial report to every regular general meeting.\\n1. The accounts shall be examined every year by:\\n   1. an independent accountant who is not a member of the Local; and\\n   1. a Trustee Committee of three members in good standing, elected with the officers, who are not officers or staff.\\n1. The audit report shall be sent to all members within 30 days after it is completed.\\n\\n## Officers\\n\\n### Officers of the Local\\n\\n1. The officers of the Local are the President, the Vice-President, the Secretary-Treasurer and the Recording Secretary.\\n1. Officers are elected for three-year terms under Article IX, Section 3. No person may hold two offices at once.\\n\\n### Duties of Officers\\n\\n1. The President shall chair general meetings and Executive Board meetings, speak for the Local, and report in writing to every regular general meeting.\\n1. The Vice-President shall coordinate the stewards and act as President when the President is absent.\\n1. The Secretary-Treasurer shall:\\n   1. keep the membership roll and the financial records;\\n   1. make payments only in accordance with Article V, Section 3; and\\n   1. hand over all records and passwords to a successor within 7 days after leaving office.\\n1. The Recording Secretary shall keep minutes, send notices of meetings, and keep the official text of this constitution with a record of every amendment.\\n\\n### Vacancies\\n\\n1. If the office of President becomes vacant, the Vice-President becomes President for the rest of the term.\\n1. Any other vacancy shall be filled:\\n   1. if more than 12 months remain in the term, by a special election; or\\n   1. otherwise, by appointment by the Executive Board, confirmed at the next regular general meeting.\\n\\n### Removal from Office\\n\\n1. An officer, Executive Board member or trustee may be removed:\\n   1. as a penalty for an offense listed in Article X, Section 1, proven at a hearing under Article X, Section 2; or\\n   1. by recall, on a petition signed by at least 15 percent of members in good standing.\\n1. On a valid recall petition, the Election Committee shall hold a secret ballot within 45 days. The officer is removed if a majority of the votes cast favor removal.\\n\\n## Executive Board\\n\\n### Composition\\n\\n1. The Executive Board consists of:\\n   1. the four officers;\\n   1. one member elected by and from each district named in a district list approved by a general meeting; and\\n   1. two members elected at large, at least one of whom holds a temporary, seasonal, part-time or agency position when nominated.\\n1. Board members serve three-year terms and are elected with the officers.\\n\\n### Powers and Duties\\n\\n1. Between general meetings, the Executive Board directs the affairs of the Local, subject to this constitution and to the decisions of the general meeting.\\n1. The Executive Board shall hire and supervise staff, appoint bargaining committees that include workers from each affected workplace, and decide which grievances go to arbitration, subject to Article IV, Section 4.\\n1. The Executive Board may not:\\n   1. accept a collective agreement without a ratification vote of the members covered;\\n   1. call or end a strike without a vote of the members concerned; or\\n   1. overturn a decision of a general meeting.\\n\\n### Board Meetings\\n\\n1. The Executive Board shall meet at least monthly. A majority of Board members in office is a quorum.\\n1. Any member in good standing may observe Board meetings, except closed sessions on individual grievances, legal advice or personnel matters.\\n\\n### Stewards and Committees\\n\\n1. The members at each worksite shall elect stewards by secret ballot, at least one for every 40 members on each shift, for two-year terms.\\n1. The standing committees are the Election Committee under Article IX, Section 1, the Trustee Committee under Article V, Section 4, and the Health and Safety, Organizing and Education Committees, which any member in good standing may join.\\n\\n## Meetings and Quorum\\n\\n### General Meetings\\n\\n1. The general meeting is the highest authority of the Local, subject to this constitution and to the results of referendums.\\n1. Regular general meetings shall be held at least once every three months. So that every shift can take part:\\n   1. meeting times shall rotate among morning, afternoon and evening; and\\n   1. a meeting may be held at more than one location, or partly online, if members at every location can hear, speak and vote.\\n1. Notice of each regular general meeting, with a draft agenda, shall be posted at every worksite and sent to members at least 14 days in advance.\\n\\n### Special Meetings\\n\\n1. The President shall call a special general meeting on a decision of the Executive Board, or on a petition signed by 5 percent of members in good standing or 50 members in good standing, whichever is fewer.\\n1. A special meeting shall be held on at least 7 days' notice stating its business, and no other business may be decided at it.\\n\\n### Quorum and Procedure\\n\\n1. The quorum for a regular or special general meeting is 5 percent of members in good standing or 75 members in good standing, whichever is fewer. Members at every location of a meeting held under Article VIII, Section 1 are counted together.\\n1. If there is no quorum 30 minutes after the scheduled start:\\n   1. the members present may hear reports and discuss, but may not make binding decisions; and\\n   1. the Executive Board shall reschedule the meeting within 30 days.\\n1. Except where this constitution says otherwise, questions are decided by a majority of the votes cast.\\n1. The chair shall call on members who have not yet spoken on a question before those who have.\\n\\n## Elections\\n\\n### Election Committee\\n\\n1. At least 120 days before the officers' terms end, a general meeting shall elect an Election Committee of five members in good standing. No committee member may be a candidate, an officer or an employee of the Local.\\n1. The Election Committee shall:\\n   1. run all elections, recalls and referendums, including referendums on amendments under Article XI;\\n   1. appoint one of its members, or an independent person, as Election Officer to administer each vote; and\\n   1. certify the results of every vote it runs.\\n1. The Executive Board shall give the committee a budget and access to the membership roll, but shall not direct its decisions.\\n\\n### Nominations and Candidates\\n\\n1. Any member in good standing for the 6 months before nominations close may run for any office. Months of exemption under Article V, Section 2 count toward the 6 months.\\n1. A candidate must be nominated by at least 10 members in good standing and accept in writing.\\n1. At least 30 days before nominations close, the Election Committee shall send every member written notice of the offices to be filled, how to make nominations, and the dates and methods of voting.\\n1. Every candidate has the right to:\\n   1. have a statement of up to 300 words sent to all members at the Local's expense; and\\n   1. inspect the list of members eligible to vote.\\n1. The Local's funds, staff and publications shall not be used to support or oppose any candidate.\\n\\n### Voting\\n\\n1. All elections shall be held by secret ballot, in person at or near each worksite on every shift, by mail ballot in a double envelope, or by secure online secret ballot.\\n1. Voting shall be open for at least 10 days, including a weekend. Notice of voting shall be sent to every member in good standing at least 15 days before voting opens.\\n1. An online voting system may be used only if:\\n   1. it is run by an independent provider with no connection to any candidate or employer;\\n   1. the system:\\n      1. separates each member's identity from the member's ballot, so that no one can learn how a member voted;\\n      1. allows each eligible member to vote only once; and\\n      1. keeps a record that allows the result to be checked independently; and\\n   1. members who prefer not to vote online can vote on paper.\\n1. The candidate with the most votes is elected. A tie is settled by a runoff within 21 days.\\n1. Each candidate may appoint an observer at each polling station and at the count.\\n\\n### Challenges\\n\\n1. Any candidate or member in good standing may challenge an election by written complaint to the Election Committee within 10 days after the results are announced.\\n1. After the count, the Election Committee shall seal all ballots, envelopes, voter lists and electronic voting records. The sealed materials shall be kept for one year, or until every challenge is finally decided, whichever is later, and may be opened only:\\n   1. by the Election Committee, in the presence of the complainant and the affected candidates, to decide a challenge; or\\n   1. by order of a court or government agency.\\n1. The Election Committee shall decide each challenge in writing within 20 days, and shall order a new election only if a violation may have affected the result.\\n1. Its decision may be appealed within 15 days to the Appeals Committee under Article X, Section 4.\\n\\n## Discipline and Appeals\\n\\n### Grounds for Discipline\\n\\nDiscipline protects the members and the Local. It shall never be used to silence disagreement.\\n\\n1. A member may be disciplined only for:\\n   1. theft or deliberate misuse of the Local's funds or property;\\n   1. acting for an employer to undermine the Local;\\n   1. crossing a picket line during an authorized strike;\\n   1. violence, threats or harassment against another member, including harassment on any ground listed in Article II, Section 2;\\n   1. deliberately interfering with an election, referendum or meeting; or\\n   1. in the case of an officer, Board member or trustee, serious neglect of duty.\\n1. No member may be disciplined for criticizing the Local or its officers, for supporting any candidate, or for exercising any right in Article IV.\\n\\n### Charges and Hearing\\n\\n1. Charges must be written, signed by a member in good standing, and filed with the Recording Secretary within 6 months after the charging member learned of the conduct.\\n1. The accused member shall receive the charges, stating the conduct alleged and the ground relied on, at least 21 days before the hearing.\\n1. Charges are heard by a Trial Committee of five members in good standing chosen by lot, excluding officers, Board members, witnesses, and the parties and their relatives.\\n1. At the hearing, the accused member may:\\n   1. be assisted by another member of the accused member's choice;\\n   1. question the witnesses against the member; and\\n   1. call witnesses and present documents.\\n1. Charges must be proven by clear and convincing evidence. The Trial Committee shall decide in writing, with reasons, within 14 days after the hearing.\\n\\n### Penalties\\n\\n1. If charges are proven, the Trial Committee may impose a penalty in proportion to the offense:\\n   1. a written reprimand;\\n   1. repayment of funds or property misused;\\n   1. removal from office;\\n   1. suspension of membership rights for up to two years; or\\n   1. expulsion, only for theft, acting for an employer, or violence.\\n1. No penalty takes effect until the time for appeal under Article X, Section 4 has passed or the appeal is decided.\\n\\n### Appeals\\n\\n1. The disciplined member or the charging member may appeal in writing within 30 days to an Appeals Committee of three members in good standing, elected each year by secret ballot at the first regular general meeting.\\n1. The Appeals Committee may uphold the decision, reduce or cancel the penalty, or order a new hearing before a new Trial Committee.\\n1. A member still not satisfied may appeal to the next regular general meeting, which decides by secret ballot. Its decision is final within the Local but does not limit any right the member has under law.\\n1. The Appeals Committee also hears appeals from decisions of the Election Committee under Article IX, Section 4.\\n\\n## Amendments\\n\\n### Proposal and Notice\\n\\nThis constitution belongs to the members, and any group of members may ask the rest to change it. The rules in this Article apply to every amendment, however small.\\n\\n1. An amendment to this constitution may be proposed:\\n   1. by a majority vote of the Executive Board; or\\n   1. by a written petition signed by at least 25 members in good standing as co-sponsors.\\n1. A petition shall:\\n   1. set out the exact text of the proposed amendment, showing the words to be removed and the words to be added;\\n   1. give the printed name, worksite and signature of each co-sponsor; and\\n   1. be filed with the Recording Secretary, who shall check the signatures against the membership roll within 14 days and, if at least 25 co-sponsors are in good standing, refer the proposal to the Election Committee.\\n1. The Executive Board may not change, delay or refuse to submit a valid petition, but may publish a recommendation, to which the co-sponsors may reply at equal length.\\n1. Written notice of the exact text of each proposed amendment shall be given to all members in good standing at least 30 days before voting begins. The notice shall be posted at every worksite, sent to each member by mail or email, and state the dates and methods of voting.\\n\\n### Vote and Adoption\\n\\n1. Amendments are decided by a referendum of members in good standing, by secret ballot, run by the Election Committee under Article IX, Section 1.\\n1. An amendment is adopted only if both of the following conditions are met:\\n   1. at least two-thirds of the votes cast are in favor, where abstentions and blank or spoiled ballots are not counted as votes cast; and\\n   1. at least 20 percent of members in good standing take part in the referendum, counting every ballot returned, including abstentions and blank ballots.\\n1. Voting in a referendum under this Article may take place in person, by mail ballot, or by secure online secret ballot meeting the requirements of Article IX, Section 3, or by any combination of these methods that the Election Committee decides. Voting by secure online secret ballot is authorized for this purpose.\\n1. Each proposed amendment shall be a separate question on the ballot, unless two amendments cannot work without each other and the notice says so.\\n1. An amendment that fails may not be proposed again in substantially the same words within 12 months, unless it failed only because too few members took part.\\n\\n### Complete Revision\\n\\n1. A complete revision of this constitution, or its replacement by a new constitution, may be proposed in either of the ways set out in Article XI, Section 1.\\n1. A complete revision is subject to every requirement for an amendment, except that written notice of its full text shall be given to all members in good standing at least 60 days before voting begins.\\n1. A complete revision is adopted only if it meets the thresholds in Article XI, Section 2: at least two-thirds of the votes cast, with abstentions not counted, and participation by at least 20 percent of members in good standing.\\n1. During the notice period, the Executive Board shall hold at least two meetings at which members can discuss the revision and question its drafters.\\n\\n### Effective Date\\n\\n1. An amendment or complete revision takes effect when the Election Committee certifies the results of the referendum, unless the amendment itself states a later date.\\n1. The Election Committee shall certify the results within 7 days after voting closes and publish them to all members.\\n1. Within 14 days after certification, the Recording Secretary shall publish the updated text of this constitution, showing the date on which each amendment took effect.\\n1. No amendment shortens the term of an officer already in office, unless it expressly says so.\\n","motions":["In Article V, Section 1(a), strike “60” and insert “45”."],"sponsors":["Mara Member","Amadou Diallo","Fatima Benali"],"rationale":"Part-time members pay the cap on a fraction of full-time wages.","notice_at":"2026-12-03T14:16:39.60206Z"}	2487b71f4fe8d974eae13405026296ad6d7e75dd3b33df9feb602788616cbef9	2/3	cast	20.0 %	0	t	4	2/3;cast;20.0 %;30	The membership meeting of 3 March waived the notice period by unanimous consent.
2	1	1	referendum	Shall the local elect its officers every two years?	\N	\N	{"kind":"referendum","question":"Shall the local elect its officers every two years?","document_slug":"constitution","document_title":"Constitution of Warehouse and Logistics Workers United, Local 1","notice_at":"2026-12-03T14:16:39.60206Z"}	3163782f19c279e7983a42eb0e256ff3335b37d22c7a2c6be2538e046eba2b25	majority	cast	none	0	t	\N		
\.


--
-- Data for Name: ballot_roll; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ballot_roll (ballot_id, user_id, voted) FROM stdin;
2	1	f
2	6	f
2	7	f
2	8	f
2	9	f
2	10	f
2	15	f
1	1	t
1	6	t
1	7	t
1	8	t
1	9	t
1	10	t
1	15	t
\.


--
-- Data for Name: ballot_roll_changes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ballot_roll_changes (id, ballot_id, user_id, change, reason, actor_id, at) FROM stdin;
\.


--
-- Data for Name: ballot_tellers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ballot_tellers (ballot_id, user_id, sealed_share, teller_key) FROM stdin;
2	12	pTgQgOlPu5Yto2X5t6NNlSVjcd1pMIRYLPgYWaw8/hPJw0wVKi5yJkjBxAL88hIUwNaAUCd6H7T/1e9lIhKkoegxg1TKLNcjy/Dbj1BImrDw	AUyOAPU1Q8eEBb9UXYoTJ/JGPcBTp4PCzh5Duwu5yDI=
2	11	xSpYevyVthrGM44+/lXuiqicov0pNmzu26/XrGVE5W7YMmFqNDxJHlGap/RNGzfuuudCkqL6jeCLq61b6FhBKiwqAZM7e26xeU4Kl7gEgtwI	4j2sR44TBlnsORv0XjX/kTDTjGZ+Qxa1yNiWB5Mqbyk=
2	13	cpncl4N9Di29Kwwk1g4HlSDeIgvs4RGXgUaQOF04mg9mqMvk9mqhv3AgXEb8MwfmEU8GoSk/V2gv9p/jzHpY/yrYWCnH6fUtH0VfNRkvwyfH	WTO7sII2lYrGBvypbOgd75k9CspuMBP84iiLkdTiq3o=
1	12	\N	AUyOAPU1Q8eEBb9UXYoTJ/JGPcBTp4PCzh5Duwu5yDI=
1	11	\N	4j2sR44TBlnsORv0XjX/kTDTjGZ+Qxa1yNiWB5Mqbyk=
1	13	\N	WTO7sII2lYrGBvypbOgd75k9CspuMBP84iiLkdTiq3o=
\.


--
-- Data for Name: ballots; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ballots (id, document_id, title, status, notice_at, opens_at, closes_at, roll_size, min_ballots, online_clause, officer_id, closed_at, certified_at, certified_by, effective, retain_until, public_key, shares_needed, counted_at, reminded_at) FROM stdin;
2	\N	A strike fund	noticed	2026-12-03 14:16:39.634707+00	2027-01-12 14:00:00+00	2027-01-26 14:00:00+00	7	3		3	\N	\N	\N		2027-12-03 14:16:39.634707+00	AO/9QgVmu9NVx09WiNj4JEVEduXfEeJRx39/7NIDhg0=	2	\N	\N
1	1	The dues cap, and officer elections	certified	2026-12-03 14:16:39.60206+00	2026-12-03 14:16:42.600759+00	2026-12-03 14:17:02.600759+00	7	3	Article XI, Section 2(c)	3	2026-12-03 14:17:03.108705+00	2026-12-03 14:17:03.218886+00	3	2027-01-01	2027-12-03 14:16:39.60206+00	9+dH880kFSnuqwOIqBEESXUarYlu3SFultkj6J/021A=	2	2026-12-03 14:17:03.139533+00	\N
\.


--
-- Data for Name: changes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.changes (id, topic, subject, origin, at) FROM stdin;
1	document	1	210b2b3c80acdb25b5e071766aeb6d6b	2026-12-03 14:16:36.177423+00
2	document	1	210b2b3c80acdb25b5e071766aeb6d6b	2026-12-03 14:16:36.227152+00
3	document	1	210b2b3c80acdb25b5e071766aeb6d6b	2026-12-03 14:16:36.228756+00
4	document	2	03fc2e345a2007a4b58e5c1a367938e2	2026-12-03 14:16:36.401588+00
5	document	2	8fbee5329e456ce227a706e50311ac4c	2026-12-03 14:16:36.597037+00
6	comments	2	8fbee5329e456ce227a706e50311ac4c	2026-12-03 14:16:36.599764+00
7	amendments	2	8fbee5329e456ce227a706e50311ac4c	2026-12-03 14:16:36.601119+00
8	mail	1	136b20160ff54e589df4325ffe7b92d2	2026-12-03 14:16:36.769735+00
9	comments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.063777+00
10	comments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.093771+00
11	comments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.099527+00
12	mail	2	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.118797+00
13	comments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.119262+00
14	mail	3	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.19471+00
15	amendments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.195036+00
16	amendments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.206295+00
17	mail	4	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.213078+00
18	amendments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.213332+00
19	mail	5	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.237282+00
20	amendments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.237523+00
21	amendments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.244908+00
22	mail	6	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.417491+00
23	mail	7	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.618745+00
24	ballot	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.619029+00
25	amendments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.619244+00
26	mail	8	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.640299+00
27	ballot	2	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:39.640609+00
28	ballot	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:16:43.120833+00
29	ballot	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:17:03.113564+00
30	ballot	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:17:03.12157+00
31	ballot	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:17:03.13456+00
32	ballot	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:17:03.137617+00
33	document	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:17:03.310399+00
34	comments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:17:03.31206+00
35	amendments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:17:03.312361+00
36	mail	9	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:17:03.35087+00
37	ballot	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:17:03.351121+00
38	amendments	1	8001459040009c8de9d99b47eeaa983c	2026-12-03 14:17:03.351231+00
\.


--
-- Data for Name: comment_edits; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.comment_edits (id, comment_id, body, replaced_at) FROM stdin;
\.


--
-- Data for Name: comment_placements; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.comment_placements (comment_id, version_id, section_key, fate, quote, quote_before, quote_after, quote_offset) FROM stdin;
1	1	s7zduzhjt	kept				-1
2	1	s7zduzhjt	kept				-1
1	4	s7zduzhjt	kept				-1
2	4	s7zduzhjt	kept				-1
\.


--
-- Data for Name: comment_reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.comment_reports (comment_id, user_id, reason, created_at) FROM stdin;
\.


--
-- Data for Name: comment_supports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.comment_supports (comment_id, user_id, created_at) FROM stdin;
1	7	2026-12-03 14:16:39.098933+00
\.


--
-- Data for Name: comments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.comments (id, document_id, version_id, parent_id, author_id, stance, body, created_at, edited_at, deleted_at, hidden_reason, disposition, disposition_reason, disposition_by, disposition_at, disposition_amendment_id, disposition_version_id) FROM stdin;
2	1	1	1	6		Agreed: most of us work 25 hours.	2026-12-03 14:16:39.085316+00	\N	\N				\N	\N	\N	\N
1	1	1	\N	15	concern	Sixty dollars a month is too much for part-timers.	2026-12-03 14:16:39.050142+00	\N	\N		answered	An amendment to lower the cap is before the members.	2	2026-12-03 14:16:39.107029+00	\N	\N
\.


--
-- Data for Name: documents; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.documents (id, slug, title, numbering, created_at, cosponsors_needed, vote_threshold, vote_base, vote_quorum, notice_days, online_ballot_clause, revision_threshold, revision_base, revision_quorum, revision_notice_days, language, petition_threshold, petition_days) FROM stdin;
1	constitution	Constitution of Warehouse and Logistics Workers United, Local 1	article	2026-12-03 14:16:36.1542+00	2	2/3	cast	20.0 %	30	Article XI, Section 2(c)				0	en	10%	30
2	bylaws	Bylaws	decimal	2026-12-03 14:16:36.383271+00	1	2/3	cast	none	0					0	en	10%	30
\.


--
-- Data for Name: invitations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.invitations (token_hash, user_id, created_at, expires_at, used_at) FROM stdin;
edb113c6ce4503e7ab03e0aa7e4d67403652067217d85cb3392c9b34641b14fb	14	2026-12-03 14:16:39.416216+00	2027-01-02 14:16:39.416216+00	\N
\.


--
-- Data for Name: letters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.letters (id, content_id, user_id, address, officer_id, format, created_at) FROM stdin;
\.


--
-- Data for Name: login_throttles; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_throttles (key, failures, last_at) FROM stdin;
e3972e7a74b7e252c6242bb56c1b2e83c616a72c050806735f2e89af612b936d	0	2026-12-03 14:16:39.426051+00
\.


--
-- Data for Name: mail_choices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mail_choices (user_id, kind, choice) FROM stdin;
\.


--
-- Data for Name: mail_contents; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mail_contents (id, kind, facts, ballot_id, created_at) FROM stdin;
1	invitation	{}	\N	2026-12-03 14:16:36.765615+00
2	comment.answer	{"CommentID":1,"Place":{"DocumentSlug":"constitution","DocumentTitle":"Constitution of Warehouse and Logistics Workers United, Local 1","SectionKey":"s7zduzhjt","Section":"Article V"},"Body":"Sixty dollars a month is too much for part-timers.","Disposition":"answered","Reason":"An amendment to lower the cap is before the members.","AmendmentID":0,"VersionNumber":0}	\N	2026-12-03 14:16:39.116727+00
3	committee	{"Proposed":{"AmendmentID":1,"Title":"Lower the dues cap","DocumentTitle":"Constitution of Warehouse and Logistics Workers United, Local 1","Sponsor":"Mara Member","Secondary":false,"Revision":false}}	\N	2026-12-03 14:16:39.19411+00
4	amendment.sponsor	{"Event":"seconded","AmendmentID":1,"Title":"Lower the dues cap","DocumentTitle":"Constitution of Warehouse and Logistics Workers United, Local 1","Cosponsors":2,"VersionNumber":0,"Reason":""}	\N	2026-12-03 14:16:39.211296+00
5	committee	{"Proposed":{"AmendmentID":2,"Title":"A third month's grace","DocumentTitle":"Constitution of Warehouse and Logistics Workers United, Local 1","Sponsor":"Jean Tremblay","Secondary":false,"Revision":false}}	\N	2026-12-03 14:16:39.236743+00
6	invitation	{}	\N	2026-12-03 14:16:39.416955+00
7	ballot.notice	{"BallotID":1,"Title":"The dues cap, and officer elections","NoticeAt":"2026-12-03T14:16:39.60206Z","OpensAt":"2026-12-03T14:16:42.600759949Z","ClosesAt":"2026-12-03T14:17:02.600759949Z","RollSize":7,"MinBallots":3,"OnlineClause":"Article XI, Section 2(c)","Questions":[{"Question":"Adopt amendment #1, \\"Lower the dues cap\\", to Constitution of Warehouse and Logistics Workers United, Local 1?","DocumentTitle":"Constitution of Warehouse and Logistics Workers United, Local 1","SHA256":"2487b71f4fe8d974eae13405026296ad6d7e75dd3b33df9feb602788616cbef9","Rule":{"Threshold":{"Num":2,"Den":3,"Strict":false},"Base":"cast","Quorum":{"Count":0,"PerMille":200},"NoticeDays":0},"DocumentRule":{"Threshold":{"Num":2,"Den":3,"Strict":false},"Base":"cast","Quorum":{"Count":0,"PerMille":200},"NoticeDays":30},"DepartureReason":"The membership meeting of 3 March waived the notice period by unanimous consent."},{"Question":"Shall the local elect its officers every two years?","DocumentTitle":"Constitution of Warehouse and Logistics Workers United, Local 1","SHA256":"3163782f19c279e7983a42eb0e256ff3335b37d22c7a2c6be2538e046eba2b25","Rule":{"Threshold":{"Num":1,"Den":2,"Strict":true},"Base":"cast","Quorum":{"Count":0,"PerMille":0},"NoticeDays":0},"DocumentRule":null,"DepartureReason":""}]}	1	2026-12-03 14:16:39.617686+00
8	ballot.notice	{"BallotID":2,"Title":"A strike fund","NoticeAt":"2026-12-03T14:16:39.634707Z","OpensAt":"2027-01-12T14:00:00Z","ClosesAt":"2027-01-26T14:00:00Z","RollSize":7,"MinBallots":3,"OnlineClause":"","Questions":[{"Question":"Shall one dollar a month of dues go to a strike fund?","DocumentTitle":"","SHA256":"1eb5075e060333a07f1a111efc49e9fa619bba17dbaf842c3c2a586357ea49ed","Rule":{"Threshold":{"Num":1,"Den":2,"Strict":true},"Base":"cast","Quorum":{"Count":0,"PerMille":0},"NoticeDays":0},"DocumentRule":null,"DepartureReason":""}]}	2	2026-12-03 14:16:39.638898+00
9	ballot.result	{"BallotID":1,"Title":"The dues cap, and officer elections","Effective":"2027-01-01","Questions":[{"Question":"Adopt amendment #1, \\"Lower the dues cap\\", to Constitution of Warehouse and Logistics Workers United, Local 1?","Count":{"Yes":5,"No":1,"Abstain":1},"Roll":7,"Rule":{"Threshold":{"Num":2,"Den":3,"Strict":false},"Base":"cast","Quorum":{"Count":0,"PerMille":200},"NoticeDays":0}},{"Question":"Shall the local elect its officers every two years?","Count":{"Yes":4,"No":2,"Abstain":1},"Roll":7,"Rule":{"Threshold":{"Num":1,"Den":2,"Strict":true},"Base":"cast","Quorum":{"Count":0,"PerMille":0},"NoticeDays":0}}]}	1	2026-12-03 14:17:03.349223+00
\.


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbox (id, content_id, user_id, address, language, personal, message_key, digest, folded_into, created_at, due_at, attempts, claimed_by, claimed_until, sent_at, failed_at, error) FROM stdin;
1	1	14	second.admin@fixture.invalid		{"name":"Second Admin","secret":"ci_Ipy3lfHQ4_3ZlTfVHC3p8jQc9UMsxHZ0S16gKeMYx-Q"}	06c241f4992c0c2e2ed991e1a07d24e5	f	\N	2026-12-03 14:16:36.767798+00	2026-12-03 14:16:36.767798+00	0		\N	\N	\N	
2	2	15	rosa@fixture.invalid	en	{"name":"Rosa Reyes"}	f689f59de3552538aaf582582057f5d8	f	\N	2026-12-03 14:16:39.117584+00	2026-12-03 14:16:39.117584+00	0		\N	\N	\N	
3	3	2	committee@demo.charter.invalid	en	{"name":"Colm Committee"}	b42362c15be57f8a2da707448cc0445a	f	\N	2026-12-03 14:16:39.194314+00	2026-12-03 14:16:39.194314+00	0		\N	\N	\N	
4	4	1	member@demo.charter.invalid	en	{"name":"Mara Member"}	cc4e591de8d3447c0c9084fefea845bd	f	\N	2026-12-03 14:16:39.211886+00	2026-12-03 14:16:39.211886+00	0		\N	\N	\N	
5	4	6	member2@demo.charter.invalid	en	{"name":"Amadou Diallo"}	bd6943349378978e1be0e24735cacb93	f	\N	2026-12-03 14:16:39.211886+00	2026-12-03 14:16:39.211886+00	0		\N	\N	\N	
6	5	2	committee@demo.charter.invalid	en	{"name":"Colm Committee"}	152fe194ac13fed6824861c612f585fd	f	\N	2026-12-03 14:16:39.236932+00	2026-12-03 14:16:39.236932+00	0		\N	\N	\N	
7	6	14	second.admin@fixture.invalid		{"name":"Second Admin","secret":"ci_Vf6rBnjuK6hWwRc6sREmBtYuegISTirs8x-um_kjsao"}	92e5ef02d040fd33919eb0c5b87ca961	f	\N	2026-12-03 14:16:39.417194+00	2026-12-03 14:16:39.417194+00	0		\N	\N	\N	
8	7	1	member@demo.charter.invalid	en	{"name":"Mara Member"}	79131dcbb59b9bd5e73792ca6d421704	f	\N	2026-12-03 14:16:39.618076+00	2026-12-03 14:16:39.618076+00	0		\N	\N	\N	
9	7	6	member2@demo.charter.invalid	en	{"name":"Amadou Diallo"}	630f9dffbc0beebe3e3b135d4dc72ae9	f	\N	2026-12-03 14:16:39.618076+00	2026-12-03 14:16:39.618076+00	0		\N	\N	\N	
10	7	7	member3@demo.charter.invalid	en	{"name":"Fatima Benali"}	ca4ea4b74c623ce0848caf8fe5082f1c	f	\N	2026-12-03 14:16:39.618076+00	2026-12-03 14:16:39.618076+00	0		\N	\N	\N	
11	7	8	member4@demo.charter.invalid	en	{"name":"Jean Tremblay"}	0d5d634f7b486e1880f7a896d27c3ba5	f	\N	2026-12-03 14:16:39.618076+00	2026-12-03 14:16:39.618076+00	0		\N	\N	\N	
12	7	9	member5@demo.charter.invalid	en	{"name":"Lucía Ortega"}	f06ed92e223967049bb7abbbde288703	f	\N	2026-12-03 14:16:39.618076+00	2026-12-03 14:16:39.618076+00	0		\N	\N	\N	
13	7	10	member6@demo.charter.invalid	en	{"name":"Nguyễn Thị Lan"}	f37e89cf071d1c195863ad4dd1930118	f	\N	2026-12-03 14:16:39.618076+00	2026-12-03 14:16:39.618076+00	0		\N	\N	\N	
14	7	15	rosa@fixture.invalid	en	{"name":"Rosa Reyes"}	9aa0cb4a8cae6d3a9d97a62036a8a2ae	f	\N	2026-12-03 14:16:39.618076+00	2026-12-03 14:16:39.618076+00	0		\N	\N	\N	
15	8	1	member@demo.charter.invalid		{"name":"Mara Member"}	62094a1cb25a2edf2bf678447f4e5c0f	f	\N	2026-12-03 14:16:39.639844+00	2026-12-03 14:16:39.639844+00	0		\N	\N	\N	
16	8	6	member2@demo.charter.invalid		{"name":"Amadou Diallo"}	e2b42bba37d689490156c2658929a026	f	\N	2026-12-03 14:16:39.639844+00	2026-12-03 14:16:39.639844+00	0		\N	\N	\N	
17	8	7	member3@demo.charter.invalid		{"name":"Fatima Benali"}	9a4d0005a499e3c986b3899dda9ec1e0	f	\N	2026-12-03 14:16:39.639844+00	2026-12-03 14:16:39.639844+00	0		\N	\N	\N	
18	8	8	member4@demo.charter.invalid		{"name":"Jean Tremblay"}	98decf73770c39004a04e7c1fb29d177	f	\N	2026-12-03 14:16:39.639844+00	2026-12-03 14:16:39.639844+00	0		\N	\N	\N	
19	8	9	member5@demo.charter.invalid		{"name":"Lucía Ortega"}	aabb7783e52783622c8636f366ee21b4	f	\N	2026-12-03 14:16:39.639844+00	2026-12-03 14:16:39.639844+00	0		\N	\N	\N	
20	8	10	member6@demo.charter.invalid		{"name":"Nguyễn Thị Lan"}	9ffd6d3182f0c00855bc26f34812cf51	f	\N	2026-12-03 14:16:39.639844+00	2026-12-03 14:16:39.639844+00	0		\N	\N	\N	
21	8	15	rosa@fixture.invalid		{"name":"Rosa Reyes"}	77837dae89cfaf512110fcbd0f525e7f	f	\N	2026-12-03 14:16:39.639844+00	2026-12-03 14:16:39.639844+00	0		\N	\N	\N	
22	9	1	member@demo.charter.invalid	en	{"name":"Mara Member"}	030b291603cfc6605b7f9476085396a0	f	\N	2026-12-03 14:17:03.349659+00	2026-12-03 14:17:03.349659+00	0		\N	\N	\N	
23	9	6	member2@demo.charter.invalid	en	{"name":"Amadou Diallo"}	34d2f9a38de69800ddb77713a7cdd181	f	\N	2026-12-03 14:17:03.349659+00	2026-12-03 14:17:03.349659+00	0		\N	\N	\N	
24	9	7	member3@demo.charter.invalid	en	{"name":"Fatima Benali"}	25b93510262cd26e525632f2b2684c3c	f	\N	2026-12-03 14:17:03.349659+00	2026-12-03 14:17:03.349659+00	0		\N	\N	\N	
25	9	8	member4@demo.charter.invalid	en	{"name":"Jean Tremblay"}	dde96b42b741316df080d5711f0b0f66	f	\N	2026-12-03 14:17:03.349659+00	2026-12-03 14:17:03.349659+00	0		\N	\N	\N	
26	9	9	member5@demo.charter.invalid	en	{"name":"Lucía Ortega"}	a012db417b8d3aa4136b797aeee24d7f	f	\N	2026-12-03 14:17:03.349659+00	2026-12-03 14:17:03.349659+00	0		\N	\N	\N	
27	9	10	member6@demo.charter.invalid	en	{"name":"Nguyễn Thị Lan"}	d692a4f8e3837e43e5332331f65bb259	f	\N	2026-12-03 14:17:03.349659+00	2026-12-03 14:17:03.349659+00	0		\N	\N	\N	
28	9	15	rosa@fixture.invalid	en	{"name":"Rosa Reyes"}	5743bd8ec541622d7afd26adcc93caa6	f	\N	2026-12-03 14:17:03.349659+00	2026-12-03 14:17:03.349659+00	0		\N	\N	\N	
\.


--
-- Data for Name: outline_nodes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outline_nodes (version_id, ordinal, key, number, marker, heading, kind, depth, parent, start_offset, end_offset) FROM stdin;
1	0	salvslsz2	Article I	Article I	Name and Jurisdiction	heading	0	-1	982	1948
1	1	sxqih667m	Article I, Section 1	Section 1	Name	heading	1	0	1008	1143
1	2	s37ykwyhk	Article I, Section 1(a)	(a)	The name of this organization is Warehouse and Logistics Workers United, Local…	clause	2	1	1018	1143
1	3	sxlnt6co2	Article I, Section 2	Section 2	Jurisdiction	heading	1	0	1145	1599
1	4	sdym7mxqw	Article I, Section 2(a)	(a)	The Local represents and organizes workers employed in:	clause	2	3	1163	1445
1	5	ss44ysavt	Article I, Section 2(a)(i)	(i)	warehouses, distribution centers and fulfillment centers;	clause	3	4	1222	1285
1	6	srkb3s6x7	Article I, Section 2(a)(ii)	(ii)	parcel sorting hubs, cross-docks and freight terminals; and	clause	3	4	1286	1351
1	7	sfkh3mumo	Article I, Section 2(a)(iii)	(iii)	other logistics work that a general meeting decides is within the Local's…	clause	3	4	1352	1445
1	8	s7pw7j6fn	Article I, Section 2(b)	(b)	The Local's geographic jurisdiction is the metropolitan region in which its…	clause	2	3	1446	1599
1	9	sr6akq6pj	Article I, Section 3	Section 3	Affiliation	heading	1	0	1601	1948
1	10	sm2vv5l2h	Article I, Section 3(a)	(a)	The Local is independent and is governed by its members. No employer, political…	clause	2	9	1618	1746
1	11	s65c2puhf	Article I, Section 3(b)	(b)	The Local may affiliate with, or disaffiliate from, a national union or labor…	clause	2	9	1747	1948
1	12	su7faq4nb	Article II	Article II	Purposes	heading	0	-1	1950	3006
1	13	ssnp2godn	Article II, Section 1	Section 1	Objects	heading	1	12	1963	2471
1	14	shkqh53oh	Article II, Section 1(a)	(a)	The purposes of the Local are:	clause	2	13	1976	2382
1	15	svrgevesj	Article II, Section 1(a)(i)	(i)	to bargain collectively over wages, hours, staffing, production rates,…	clause	3	14	2010	2109
1	16	swekbaijt	Article II, Section 1(a)(ii)	(ii)	to enforce collective agreements and to represent workers in disciplinary…	clause	3	14	2110	2227
1	17	s42ulcc6q	Article II, Section 1(a)(iii)	(iii)	to organize unorganized workers in the logistics industry; and	clause	3	14	2228	2296
1	18	s44qtduqe	Article II, Section 1(a)(iv)	(iv)	to educate members about their rights at work and about how their union is run.	clause	3	14	2297	2382
1	19	sbrpitrxx	Article II, Section 1(b)	(b)	The Local shall not be run for the private profit of any officer, employee or…	clause	2	13	2383	2471
1	20	sjsxc6hpi	Article II, Section 2	Section 2	Equality and Non-discrimination	heading	1	12	2473	3006
1	21	sac6bibnp	Article II, Section 2(a)	(a)	The Local shall not discriminate against any worker on the basis of race,…	clause	2	20	2510	2794
1	22	sqtn33mrk	Article II, Section 2(b)	(b)	The Local shall translate notices, ballots and this constitution into any…	clause	2	20	2795	3006
1	23	s74hk2npv	Article III	Article III	Membership	heading	0	-1	3008	4158
1	24	sn6fy5ywv	Article III, Section 1	Section 1	Eligibility and Admission	heading	1	23	3023	3578
1	25	svqmj7el7	Article III, Section 1(a)	(a)	Any worker employed within the jurisdiction described in Article I, Section 2…	clause	2	24	3054	3218
1	26	sco6ll6zm	Article III, Section 1(b)	(b)	A worker becomes a member by:	clause	2	24	3219	3432
1	27	sbyqgvmeh	Article III, Section 1(b)(i)	(i)	signing a membership application, on paper or electronically; and	clause	3	26	3252	3323
1	28	sklybk4pn	Article III, Section 1(b)(ii)	(ii)	paying the first month's dues or authorizing dues deduction, unless exempt…	clause	3	26	3324	3432
1	29	sw3763hvt	Article III, Section 1(c)	(c)	No initiation fee shall be charged during an organizing campaign or within 90…	clause	2	24	3433	3578
1	30	sbynb66qz	Article III, Section 2	Section 2	Good Standing	heading	1	23	3580	4013
1	31	sb3e53i3o	Article III, Section 2(a)	(a)	A member is in good standing if the member:	clause	2	30	3599	3774
1	32	slz4lct7p	Article III, Section 2(a)(i)	(i)	is not more than two full months behind in dues; and	clause	3	31	3646	3704
1	33	stgidgqal	Article III, Section 2(a)(ii)	(ii)	is not serving a suspension imposed under Article X, Section 3.	clause	3	31	3705	3774
1	34	sszkbppqo	Article III, Section 2(b)	(b)	A member whose dues are deducted from wages shall not lose good standing…	clause	2	30	3775	3904
1	35	sppmuxuoi	Article III, Section 2(c)	(c)	Only members in good standing may vote, nominate, hold office or sign a…	clause	2	30	3905	4013
1	36	sxoz7j4mk	Article III, Section 3	Section 3	Resignation	heading	1	23	4015	4158
1	37	sm3ntbhka	Article III, Section 3(a)	(a)	A member may resign by written notice to the Secretary-Treasurer. Resignation…	clause	2	36	4032	4158
1	38	spfm7lea2	Article IV	Article IV	Rights of Members	heading	0	-1	4160	6383
1	39	sdavlevhg	Article IV, Section 1	Section 1	Equal Rights	heading	1	38	4182	5064
1	40	so7cfeeov	Article IV, Section 1(a)	(a)	Every member in good standing has an equal right to:	clause	2	39	4372	4807
1	41	smsjcsqfq	Article IV, Section 1(a)(i)	(i)	attend, speak and vote at general and special meetings;	clause	3	40	4428	4489
1	42	sczuvwdgu	Article IV, Section 1(a)(ii)	(ii)	vote in every election and referendum of the Local;	clause	3	40	4490	4547
1	43	sqxydvn4e	Article IV, Section 1(a)(iii)	(iii)	nominate candidates for any office, and to be nominated, subject to Article IX,…	clause	3	40	4548	4644
1	44	sfrgmbpzs	Article IV, Section 1(a)(iv)	(iv)	propose motions at general meetings; and	clause	3	40	4645	4691
1	45	sejgxzs2c	Article IV, Section 1(a)(v)	(v)	propose amendments to this constitution, including as a co-sponsor of a…	clause	3	40	4692	4807
1	46	ssy72kezt	Article IV, Section 1(b)	(b)	Each member in good standing has one vote. No one may vote by proxy.	clause	2	39	4808	4879
1	47	sbtu6fbyl	Article IV, Section 1(c)	(c)	Members may criticize the officers, staff and policies of the Local without…	clause	2	39	4880	5064
1	48	s7rwd2a6q	Article IV, Section 2	Section 2	Secret Ballot	heading	1	38	5066	5551
1	49	spyle6amm	Article IV, Section 2(a)	(a)	The following shall always be decided by secret ballot:	clause	2	48	5085	5368
4	44	sfrgmbpzs	Article IV, Section 1(a)(iv)	(iv)	propose motions at general meetings; and	clause	3	40	4645	4691
1	50	sctoskdof	Article IV, Section 2(a)(i)	(i)	elections of officers, Executive Board members, trustees and stewards;	clause	3	49	5144	5220
1	51	sihn6n5dm	Article IV, Section 2(a)(ii)	(ii)	ratification of collective agreements and authorization of strikes; and	clause	3	49	5221	5298
1	52	s44qapehi	Article IV, Section 2(a)(iii)	(iii)	amendments to this constitution, including a complete revision.	clause	3	49	5299	5368
1	53	st2e3uxxd	Article IV, Section 2(b)	(b)	Any other question at a general meeting shall be decided by secret ballot if 10…	clause	2	48	5369	5479
1	54	sccrb74ph	Article IV, Section 2(c)	(c)	No officer, candidate or observer may find out how any member voted.	clause	2	48	5480	5551
1	55	srkm6tev7	Article IV, Section 3	Section 3	Access to Information	heading	1	38	5553	6055
1	56	sbw4bbzzx	Article IV, Section 3(a)	(a)	Every member in good standing has the right to:	clause	2	55	5580	5987
1	57	sywqrknfn	Article IV, Section 3(a)(i)	(i)	receive a copy of this constitution and of every collective agreement that…	clause	3	56	5631	5730
1	58	s7s6nthrr	Article IV, Section 3(a)(ii)	(ii)	inspect the financial reports and the audit report described in Article V,…	clause	3	56	5731	5826
1	59	sazdq6iz4	Article IV, Section 3(a)(iii)	(iii)	read the minutes of general meetings and Executive Board meetings, except for…	clause	3	56	5827	5987
1	60	s3vfw2h72	Article IV, Section 3(b)	(b)	The Local shall answer a request for information within 21 days.	clause	2	55	5988	6055
1	61	s5v7lqogu	Article IV, Section 4	Section 4	Fair Representation	heading	1	38	6057	6383
1	62	s245vzktq	Article IV, Section 4(a)	(a)	The Local shall represent every worker in its bargaining units fairly and in…	clause	2	61	6082	6212
1	63	snfrpuq2a	Article IV, Section 4(b)	(b)	A member who believes a grievance was handled unfairly may ask the Executive…	clause	2	61	6213	6383
1	64	s7zduzhjt	Article V	Article V	Dues and Finances	heading	0	-1	6385	8524
1	65	shvx4ismh	Article V, Section 1	Section 1	Dues	heading	1	64	6407	6771
1	66	si5mn6gum	Article V, Section 1(a)	(a)	Monthly dues are 1.5 percent of base wages, up to a maximum of 60 dollars a…	clause	2	65	6417	6502
1	67	s4nh4iofh	Article V, Section 1(b)	(b)	The dues rate, the maximum, any initiation fee and any special assessment may…	clause	2	65	6503	6771
1	68	stdxdbvuz	Article V, Section 1(b)(i)	(i)	by a majority of the votes cast in a secret ballot of members in good standing;…	clause	3	67	6601	6690
1	69	si5xlz4e6	Article V, Section 1(b)(ii)	(ii)	after at least 30 days' written notice stating the reasons for the change.	clause	3	67	6691	6771
1	70	s2icacgv3	Article V, Section 2	Section 2	Hardship and Exemptions	heading	1	64	6773	7107
1	71	sjafb5hop	Article V, Section 2(a)	(a)	A member owes no dues for any month in which the member earns no wages in the…	clause	2	70	6802	6970
1	72	s5rz7jfft	Article V, Section 2(b)	(b)	The Secretary-Treasurer and one other officer may grant a confidential hardship…	clause	2	70	6971	7107
1	73	sdnsax3yx	Article V, Section 3	Section 3	Financial Controls	heading	1	64	7109	8071
1	74	s7nstrpeg	Article V, Section 3(a)	(a)	The funds of the Local shall be used only for the purposes set out in Article…	clause	2	73	7133	7279
1	75	sf2ydya5h	Article V, Section 3(b)	(b)	Spending shall be approved as follows:	clause	2	73	7280	7874
1	76	sc6t5jwqi	Article V, Section 3(b)(i)	(i)	every payment requires the approval of two officers, one of whom is the…	clause	3	75	7322	7465
1	77	sx4kn7f7e	Article V, Section 3(b)(ii)	(ii)	any single expenditure over 2,500 dollars requires the prior approval of the…	clause	3	75	7466	7569
1	78	syxjva64o	Article V, Section 3(b)(iii)	(iii)	any single expenditure over 15,000 dollars requires the prior approval of a…	clause	3	75	7570	7874
1	79	s4k64okxf	Article V, Section 3(b)(iii)(A)	(A)	staff wages, rent and insurance already in the approved budget; and	clause	4	78	7677	7753
1	80	sad5gucbb	Article V, Section 3(b)(iii)(B)	(B)	strike pay and legal costs during a strike, which the Executive Board shall…	clause	4	78	7754	7874
1	81	swxbj53yk	Article V, Section 3(c)	(c)	The Executive Board shall present an annual budget for approval at the first…	clause	2	73	7875	8001
1	82	sn2gpwxwd	Article V, Section 3(d)	(d)	The Local shall not lend money to any officer, employee or member.	clause	2	73	8002	8071
1	83	s4mxcardh	Article V, Section 4	Section 4	Audit and Reporting	heading	1	64	8073	8524
1	84	spqrk6pc6	Article V, Section 4(a)	(a)	The Secretary-Treasurer shall present a written financial report to every…	clause	2	83	8098	8199
1	85	sj5ml5zyi	Article V, Section 4(b)	(b)	The accounts shall be examined every year by:	clause	2	83	8200	8437
1	86	s6aeefktg	Article V, Section 4(b)(i)	(i)	an independent accountant who is not a member of the Local; and	clause	3	85	8249	8318
1	87	sdomycnlz	Article V, Section 4(b)(ii)	(ii)	a Trustee Committee of three members in good standing, elected with the…	clause	3	85	8319	8437
1	88	st74ygcx5	Article V, Section 4(c)	(c)	The audit report shall be sent to all members within 30 days after it is…	clause	2	83	8438	8524
1	89	skktahgy4	Article VI	Article VI	Officers	heading	0	-1	8526	10297
1	90	spfl3ydfe	Article VI, Section 1	Section 1	Officers of the Local	heading	1	89	8539	8800
1	91	s54wh3bru	Article VI, Section 1(a)	(a)	The officers of the Local are the President, the Vice-President, the…	clause	2	90	8566	8686
1	92	spjbrmmh3	Article VI, Section 1(b)	(b)	Officers are elected for three-year terms under Article IX, Section 3. No…	clause	2	90	8687	8800
1	93	s4lmrv2aq	Article VI, Section 2	Section 2	Duties of Officers	heading	1	89	8802	9491
1	94	sqcy5q3we	Article VI, Section 2(a)	(a)	The President shall chair general meetings and Executive Board meetings, speak…	clause	2	93	8826	8978
1	95	sehmhpqei	Article VI, Section 2(b)	(b)	The Vice-President shall coordinate the stewards and act as President when the…	clause	2	93	8979	9081
1	96	syrdbkvyn	Article VI, Section 2(c)	(c)	The Secretary-Treasurer shall:	clause	2	93	9082	9336
1	97	sjhtobz4z	Article VI, Section 2(c)(i)	(i)	keep the membership roll and the financial records;	clause	3	96	9116	9173
1	98	sogdzegbq	Article VI, Section 2(c)(ii)	(ii)	make payments only in accordance with Article V, Section 3; and	clause	3	96	9174	9243
1	99	sio7gs5o3	Article VI, Section 2(c)(iii)	(iii)	hand over all records and passwords to a successor within 7 days after leaving…	clause	3	96	9244	9336
1	100	sk6xmkfwj	Article VI, Section 2(d)	(d)	The Recording Secretary shall keep minutes, send notices of meetings, and keep…	clause	2	93	9337	9491
1	101	sxn5yjbgs	Article VI, Section 3	Section 3	Vacancies	heading	1	89	9493	9832
1	102	s4a6prc5t	Article VI, Section 3(a)	(a)	If the office of President becomes vacant, the Vice-President becomes President…	clause	2	101	9508	9616
1	103	swy477zz7	Article VI, Section 3(b)	(b)	Any other vacancy shall be filled:	clause	2	101	9617	9832
1	104	sbaim4m6r	Article VI, Section 3(b)(i)	(i)	if more than 12 months remain in the term, by a special election; or	clause	3	103	9655	9729
1	105	shefcpzvv	Article VI, Section 3(b)(ii)	(ii)	otherwise, by appointment by the Executive Board, confirmed at the next regular…	clause	3	103	9730	9832
1	106	skkmlwikd	Article VI, Section 4	Section 4	Removal from Office	heading	1	89	9834	10297
1	107	s7on23yl6	Article VI, Section 4(a)	(a)	An officer, Executive Board member or trustee may be removed:	clause	2	106	9859	10130
1	108	sgyzgfc6n	Article VI, Section 4(a)(i)	(i)	as a penalty for an offense listed in Article X, Section 1, proven at a hearing…	clause	3	107	9924	10040
1	109	skjf7cslk	Article VI, Section 4(a)(ii)	(ii)	by recall, on a petition signed by at least 15 percent of members in good…	clause	3	107	10041	10130
1	110	smeilfhsr	Article VI, Section 4(b)	(b)	On a valid recall petition, the Election Committee shall hold a secret ballot…	clause	2	106	10131	10297
1	111	ss5w5e7qx	Article VII	Article VII	Executive Board	heading	0	-1	10299	12028
1	112	sbccq3krv	Article VII, Section 1	Section 1	Composition	heading	1	111	10319	10713
1	113	ses4tmqso	Article VII, Section 1(a)	(a)	The Executive Board consists of:	clause	2	112	10336	10638
1	114	s754edsn4	Article VII, Section 1(a)(i)	(i)	the four officers;	clause	3	113	10372	10396
1	115	styficgre	Article VII, Section 1(a)(ii)	(ii)	one member elected by and from each district named in a district list approved…	clause	3	113	10397	10507
1	116	s36tvjkyk	Article VII, Section 1(a)(iii)	(iii)	two members elected at large, at least one of whom holds a temporary, seasonal,…	clause	3	113	10508	10638
1	117	snaiwu2wb	Article VII, Section 1(b)	(b)	Board members serve three-year terms and are elected with the officers.	clause	2	112	10639	10713
1	118	sli56fd7b	Article VII, Section 2	Section 2	Powers and Duties	heading	1	111	10715	11350
1	119	saz52ikor	Article VII, Section 2(a)	(a)	Between general meetings, the Executive Board directs the affairs of the Local,…	clause	2	118	10738	10894
1	120	sggzkbvks	Article VII, Section 2(b)	(b)	The Executive Board shall hire and supervise staff, appoint bargaining…	clause	2	118	10895	11111
1	121	szznn2hi7	Article VII, Section 2(c)	(c)	The Executive Board may not:	clause	2	118	11112	11350
1	122	siorb7dh7	Article VII, Section 2(c)(i)	(i)	accept a collective agreement without a ratification vote of the members…	clause	3	121	11144	11231
1	123	snmffcz5x	Article VII, Section 2(c)(ii)	(ii)	call or end a strike without a vote of the members concerned; or	clause	3	121	11232	11302
1	124	s4unt5u3o	Article VII, Section 2(c)(iii)	(iii)	overturn a decision of a general meeting.	clause	3	121	11303	11350
1	125	sbxjeycuz	Article VII, Section 3	Section 3	Board Meetings	heading	1	111	11352	11617
1	126	sxo22wj5p	Article VII, Section 3(a)	(a)	The Executive Board shall meet at least monthly. A majority of Board members in…	clause	2	125	11372	11474
1	127	srqax4l2k	Article VII, Section 3(b)	(b)	Any member in good standing may observe Board meetings, except closed sessions…	clause	2	125	11475	11617
1	128	s2x6zeuwy	Article VII, Section 4	Section 4	Stewards and Committees	heading	1	111	11619	12028
1	129	snyrp63ba	Article VII, Section 4(a)	(a)	The members at each worksite shall elect stewards by secret ballot, at least…	clause	2	128	11648	11787
1	130	sp2u6in7i	Article VII, Section 4(b)	(b)	The standing committees are the Election Committee under Article IX, Section 1,…	clause	2	128	11788	12028
1	131	s4e5bcam7	Article VIII	Article VIII	Meetings and Quorum	heading	0	-1	12030	13724
1	132	sc2wl7rib	Article VIII, Section 1	Section 1	General Meetings	heading	1	131	12054	12662
1	133	sb2jyojik	Article VIII, Section 1(a)	(a)	The general meeting is the highest authority of the Local, subject to this…	clause	2	132	12076	12201
1	134	skxng4pcr	Article VIII, Section 1(b)	(b)	Regular general meetings shall be held at least once every three months. So…	clause	2	132	12202	12515
1	135	s3cmf2spz	Article VIII, Section 1(b)(i)	(i)	meeting times shall rotate among morning, afternoon and evening; and	clause	3	134	12313	12387
1	136	ssz7dtjmc	Article VIII, Section 1(b)(ii)	(ii)	a meeting may be held at more than one location, or partly online, if members…	clause	3	134	12388	12515
1	137	s75njn2vf	Article VIII, Section 1(c)	(c)	Notice of each regular general meeting, with a draft agenda, shall be posted at…	clause	2	132	12516	12662
1	138	s424tguyz	Article VIII, Section 2	Section 2	Special Meetings	heading	1	131	12664	13022
1	139	sr47oheyd	Article VIII, Section 2(a)	(a)	The President shall call a special general meeting on a decision of the…	clause	2	138	12686	12894
1	140	sxzy7dn7g	Article VIII, Section 2(b)	(b)	A special meeting shall be held on at least 7 days' notice stating its…	clause	2	138	12895	13022
1	141	sdqhcvpev	Article VIII, Section 3	Section 3	Quorum and Procedure	heading	1	131	13024	13724
1	142	snihedsez	Article VIII, Section 3(a)	(a)	The quorum for a regular or special general meeting is 5 percent of members in…	clause	2	141	13050	13293
1	143	sslbbylbr	Article VIII, Section 3(b)	(b)	If there is no quorum 30 minutes after the scheduled start:	clause	2	141	13294	13523
1	144	sofbyg2ny	Article VIII, Section 3(b)(i)	(i)	the members present may hear reports and discuss, but may not make binding…	clause	3	143	13357	13452
1	145	sxj25n2ww	Article VIII, Section 3(b)(ii)	(ii)	the Executive Board shall reschedule the meeting within 30 days.	clause	3	143	13453	13523
4	93	s4lmrv2aq	Article VI, Section 2	Section 2	Duties of Officers	heading	1	89	8802	9491
1	146	sul43mjh5	Article VIII, Section 3(c)	(c)	Except where this constitution says otherwise, questions are decided by a…	clause	2	141	13524	13628
1	147	snlthfpwv	Article VIII, Section 3(d)	(d)	The chair shall call on members who have not yet spoken on a question before…	clause	2	141	13629	13724
1	148	srizj4koy	Article IX	Article IX	Elections	heading	0	-1	13726	17062
1	149	s4rfa6jym	Article IX, Section 1	Section 1	Election Committee	heading	1	148	13740	14405
1	150	sw4rwceeq	Article IX, Section 1(a)	(a)	At least 120 days before the officers' terms end, a general meeting shall elect…	clause	2	149	13764	13982
1	151	s473ebgnn	Article IX, Section 1(b)	(b)	The Election Committee shall:	clause	2	149	13983	14277
1	152	sjzsv7fyw	Article IX, Section 1(b)(i)	(i)	run all elections, recalls and referendums, including referendums on amendments…	clause	3	151	14016	14119
1	153	szenwlnfq	Article IX, Section 1(b)(ii)	(ii)	appoint one of its members, or an independent person, as Election Officer to…	clause	3	151	14120	14228
1	154	shqfwjlcl	Article IX, Section 1(b)(iii)	(iii)	certify the results of every vote it runs.	clause	3	151	14229	14277
1	155	sokknu7xg	Article IX, Section 1(c)	(c)	The Executive Board shall give the committee a budget and access to the…	clause	2	149	14278	14405
1	156	savm6237x	Article IX, Section 2	Section 2	Nominations and Candidates	heading	1	148	14407	15182
1	157	sfttnjems	Article IX, Section 2(a)	(a)	Any member in good standing for the 6 months before nominations close may run…	clause	2	156	14439	14609
1	158	sjpmxyoon	Article IX, Section 2(b)	(b)	A candidate must be nominated by at least 10 members in good standing and…	clause	2	156	14610	14705
1	159	suntzpbvj	Article IX, Section 2(c)	(c)	At least 30 days before nominations close, the Election Committee shall send…	clause	2	156	14706	14904
1	160	sozpg7z4l	Article IX, Section 2(d)	(d)	Every candidate has the right to:	clause	2	156	14905	15083
1	161	sjyuoe5qh	Article IX, Section 2(d)(i)	(i)	have a statement of up to 300 words sent to all members at the Local's expense;…	clause	3	160	14942	15031
1	162	s3gbjsj5y	Article IX, Section 2(d)(ii)	(ii)	inspect the list of members eligible to vote.	clause	3	160	15032	15083
1	163	spneznzuw	Article IX, Section 2(e)	(e)	The Local's funds, staff and publications shall not be used to support or…	clause	2	156	15084	15182
1	164	sxx4wgmtq	Article IX, Section 3	Section 3	Voting	heading	1	148	15184	16188
1	165	sstil26zn	Article IX, Section 3(a)	(a)	All elections shall be held by secret ballot, in person at or near each…	clause	2	164	15196	15367
1	166	sffqnuory	Article IX, Section 3(b)	(b)	Voting shall be open for at least 10 days, including a weekend. Notice of…	clause	2	164	15368	15536
1	167	swvnvmc2f	Article IX, Section 3(c)	(c)	An online voting system may be used only if:	clause	2	164	15537	16010
1	168	sftmbolwr	Article IX, Section 3(c)(i)	(i)	it is run by an independent provider with no connection to any candidate or…	clause	3	167	15585	15676
1	169	sj7mr6tmw	Article IX, Section 3(c)(ii)	(ii)	the system:	clause	3	167	15677	15947
1	170	sspjoad4e	Article IX, Section 3(c)(ii)(A)	(A)	separates each member's identity from the member's ballot, so that no one can…	clause	4	169	15695	15807
1	171	su5mkb4nc	Article IX, Section 3(c)(ii)(B)	(B)	allows each eligible member to vote only once; and	clause	4	169	15808	15867
1	172	sbwulaegs	Article IX, Section 3(c)(ii)(C)	(C)	keeps a record that allows the result to be checked independently; and	clause	4	169	15868	15947
1	173	skt52ustg	Article IX, Section 3(c)(iii)	(iii)	members who prefer not to vote online can vote on paper.	clause	3	167	15948	16010
1	174	si2kyngr7	Article IX, Section 3(d)	(d)	The candidate with the most votes is elected. A tie is settled by a runoff…	clause	2	164	16011	16104
1	175	szei7lyl2	Article IX, Section 3(e)	(e)	Each candidate may appoint an observer at each polling station and at the count.	clause	2	164	16105	16188
1	176	sxexzk4j3	Article IX, Section 4	Section 4	Challenges	heading	1	148	16190	17062
1	177	syxm3vmlm	Article IX, Section 4(a)	(a)	Any candidate or member in good standing may challenge an election by written…	clause	2	176	16206	16370
1	178	sc66f5mgk	Article IX, Section 4(b)	(b)	After the count, the Election Committee shall seal all ballots, envelopes,…	clause	2	176	16371	16800
1	179	sb6jfls36	Article IX, Section 4(b)(i)	(i)	by the Election Committee, in the presence of the complainant and the affected…	clause	3	178	16630	16752
1	180	sbuvyt6jx	Article IX, Section 4(b)(ii)	(ii)	by order of a court or government agency.	clause	3	178	16753	16800
1	181	slfhzkxfh	Article IX, Section 4(c)	(c)	The Election Committee shall decide each challenge in writing within 20 days,…	clause	2	176	16801	16962
1	182	sghmrwyz7	Article IX, Section 4(d)	(d)	Its decision may be appealed within 15 days to the Appeals Committee under…	clause	2	176	16963	17062
1	183	sfczot5jp	Article X	Article X	Discipline and Appeals	heading	0	-1	17064	19886
1	184	sft3nvtur	Article X, Section 1	Section 1	Grounds for Discipline	heading	1	183	17091	17869
1	185	smc5r5eqv	Article X, Section 1(a)	(a)	A member may be disciplined only for:	clause	2	184	17215	17721
1	186	szttknjyb	Article X, Section 1(a)(i)	(i)	theft or deliberate misuse of the Local's funds or property;	clause	3	185	17256	17322
1	187	smq43e72a	Article X, Section 1(a)(ii)	(ii)	acting for an employer to undermine the Local;	clause	3	185	17323	17375
1	188	s3vver77c	Article X, Section 1(a)(iii)	(iii)	crossing a picket line during an authorized strike;	clause	3	185	17376	17433
1	189	s6rlmd4mz	Article X, Section 1(a)(iv)	(iv)	violence, threats or harassment against another member, including harassment on…	clause	3	185	17434	17563
1	190	sjouityfb	Article X, Section 1(a)(v)	(v)	deliberately interfering with an election, referendum or meeting; or	clause	3	185	17564	17638
1	191	suj3mohbo	Article X, Section 1(a)(vi)	(vi)	in the case of an officer, Board member or trustee, serious neglect of duty.	clause	3	185	17639	17721
1	192	svzeiyyzt	Article X, Section 1(b)	(b)	No member may be disciplined for criticizing the Local or its officers, for…	clause	2	184	17722	17869
1	193	s33buhk2f	Article X, Section 2	Section 2	Charges and Hearing	heading	1	183	17871	18739
1	194	sv3zs2azr	Article X, Section 2(a)	(a)	Charges must be written, signed by a member in good standing, and filed with…	clause	2	193	17896	18065
1	195	srkwgpcqc	Article X, Section 2(b)	(b)	The accused member shall receive the charges, stating the conduct alleged and…	clause	2	193	18066	18205
1	196	simcmtr6e	Article X, Section 2(c)	(c)	Charges are heard by a Trial Committee of five members in good standing chosen…	clause	2	193	18206	18378
1	197	sjmcjqpne	Article X, Section 2(d)	(d)	At the hearing, the accused member may:	clause	2	193	18379	18586
1	198	sm5mzaipk	Article X, Section 2(d)(i)	(i)	be assisted by another member of the accused member's choice;	clause	3	197	18422	18489
1	199	sqo3eymx4	Article X, Section 2(d)(ii)	(ii)	question the witnesses against the member; and	clause	3	197	18490	18542
1	200	swqjj37r4	Article X, Section 2(d)(iii)	(iii)	call witnesses and present documents.	clause	3	197	18543	18586
1	201	se4wvzdk7	Article X, Section 2(e)	(e)	Charges must be proven by clear and convincing evidence. The Trial Committee…	clause	2	193	18587	18739
1	202	suiqgnv6i	Article X, Section 3	Section 3	Penalties	heading	1	183	18741	19201
1	203	s7gntqjkz	Article X, Section 3(a)	(a)	If charges are proven, the Trial Committee may impose a penalty in proportion…	clause	2	202	18756	19084
1	204	syrw744kk	Article X, Section 3(a)(i)	(i)	a written reprimand;	clause	3	203	18853	18879
1	205	s4ghaxl6b	Article X, Section 3(a)(ii)	(ii)	repayment of funds or property misused;	clause	3	203	18880	18925
1	206	sqogir5ej	Article X, Section 3(a)(iii)	(iii)	removal from office;	clause	3	203	18926	18952
1	207	swtylqn5u	Article X, Section 3(a)(iv)	(iv)	suspension of membership rights for up to two years; or	clause	3	203	18953	19014
1	208	sbl5uyiyw	Article X, Section 3(a)(v)	(v)	expulsion, only for theft, acting for an employer, or violence.	clause	3	203	19015	19084
1	209	sn64uuxk4	Article X, Section 3(b)	(b)	No penalty takes effect until the time for appeal under Article X, Section 4…	clause	2	202	19085	19201
1	210	sqkcken6v	Article X, Section 4	Section 4	Appeals	heading	1	183	19203	19886
1	211	sfahuhcqb	Article X, Section 4(a)	(a)	The disciplined member or the charging member may appeal in writing within 30…	clause	2	210	19216	19433
1	212	ssri2jbgj	Article X, Section 4(b)	(b)	The Appeals Committee may uphold the decision, reduce or cancel the penalty, or…	clause	2	210	19434	19566
1	213	sbdqbgfg6	Article X, Section 4(c)	(c)	A member still not satisfied may appeal to the next regular general meeting,…	clause	2	210	19567	19772
1	214	s6vvxy5vi	Article X, Section 4(d)	(d)	The Appeals Committee also hears appeals from decisions of the Election…	clause	2	210	19773	19886
1	215	snyln5rtp	Article XI	Article XI	Amendments	heading	0	-1	19888	23679
1	216	s3zwhyrox	Article XI, Section 1	Section 1	Proposal and Notice	heading	1	215	19903	21166
1	217	s6uisr2ea	Article XI, Section 1(a)	(a)	An amendment to this constitution may be proposed:	clause	2	216	20094	20290
1	218	skzmxsxgf	Article XI, Section 1(a)(i)	(i)	by a majority vote of the Executive Board; or	clause	3	217	20148	20199
1	219	sbgkhizrf	Article XI, Section 1(a)(ii)	(ii)	by a written petition signed by at least 25 members in good standing as…	clause	3	217	20200	20290
1	220	sw46sywms	Article XI, Section 1(b)	(b)	A petition shall:	clause	2	216	20291	20721
1	221	sgrthrncm	Article XI, Section 1(b)(i)	(i)	set out the exact text of the proposed amendment, showing the words to be…	clause	3	220	20312	20426
1	222	sxzrljlzl	Article XI, Section 1(b)(ii)	(ii)	give the printed name, worksite and signature of each co-sponsor; and	clause	3	220	20427	20502
1	223	svsq6urna	Article XI, Section 1(b)(iii)	(iii)	be filed with the Recording Secretary, who shall check the signatures against…	clause	3	220	20503	20721
1	224	sizo7mbn3	Article XI, Section 1(c)	(c)	The Executive Board may not change, delay or refuse to submit a valid petition,…	clause	2	216	20722	20890
1	225	s33bgdcwy	Article XI, Section 1(d)	(d)	Written notice of the exact text of each proposed amendment shall be given to…	clause	2	216	20891	21166
1	226	ssafzskpy	Article XI, Section 2	Section 2	Vote and Adoption	heading	1	215	21168	22337
1	227	shdvxt3w7	Article XI, Section 2(a)	(a)	Amendments are decided by a referendum of members in good standing, by secret…	clause	2	226	21191	21338
1	228	srhdtfg55	Article XI, Section 2(b)	(b)	An amendment is adopted only if both of the following conditions are met:	clause	2	226	21339	21711
1	229	s2psywjz6	Article XI, Section 2(b)(i)	(i)	at least two-thirds of the votes cast are in favor, where abstentions and blank…	clause	3	228	21416	21555
1	230	shblqkjeb	Article XI, Section 2(b)(ii)	(ii)	at least 20 percent of members in good standing take part in the referendum,…	clause	3	228	21556	21711
1	231	sovv2iogl	Article XI, Section 2(c)	(c)	Voting in a referendum under this Article may take place in person, by mail…	clause	2	226	21712	22029
1	232	ss463vmal	Article XI, Section 2(d)	(d)	Each proposed amendment shall be a separate question on the ballot, unless two…	clause	2	226	22030	22177
1	233	slivqn5nj	Article XI, Section 2(e)	(e)	An amendment that fails may not be proposed again in substantially the same…	clause	2	226	22178	22337
1	234	sxskq2aid	Article XI, Section 3	Section 3	Complete Revision	heading	1	215	22339	23105
1	235	s6ni4sr7v	Article XI, Section 3(a)	(a)	A complete revision of this constitution, or its replacement by a new…	clause	2	234	22362	22520
1	236	sdeqxcil6	Article XI, Section 3(b)	(b)	A complete revision is subject to every requirement for an amendment, except…	clause	2	234	22521	22723
1	237	sbflhflra	Article XI, Section 3(c)	(c)	A complete revision is adopted only if it meets the thresholds in Article XI,…	clause	2	234	22724	22954
1	238	sud2qy44d	Article XI, Section 3(d)	(d)	During the notice period, the Executive Board shall hold at least two meetings…	clause	2	234	22955	23105
1	239	szqmplk66	Article XI, Section 4	Section 4	Effective Date	heading	1	215	23107	23679
1	240	sm4ecn6zn	Article XI, Section 4(a)	(a)	An amendment or complete revision takes effect when the Election Committee…	clause	2	239	23127	23294
1	241	s3rxlybo7	Article XI, Section 4(b)	(b)	The Election Committee shall certify the results within 7 days after voting…	clause	2	239	23295	23413
1	242	sutfjr3im	Article XI, Section 4(c)	(c)	Within 14 days after certification, the Recording Secretary shall publish the…	clause	2	239	23414	23583
1	243	snlpw7xkn	Article XI, Section 4(d)	(d)	No amendment shortens the term of an officer already in office, unless it…	clause	2	239	23584	23679
2	0	snzgag3es	1	1	Meetings	heading	0	-1	10	91
2	1	s7bfpr3ys	1.1	1.1	The membership meets every month.	clause	1	0	23	59
2	2	shcedfast	1.2	1.2	Twenty members are a quorum.	clause	1	0	60	91
3	0	snzgag3es	1	1	Meetings	heading	0	-1	10	92
3	1	s7bfpr3ys	1.1	1.1	The membership meets every month.	clause	1	0	23	59
3	2	shcedfast	1.2	1.2	Fifteen members are a quorum.	clause	1	0	60	92
4	0	salvslsz2	Article I	Article I	Name and Jurisdiction	heading	0	-1	982	1948
4	1	sxqih667m	Article I, Section 1	Section 1	Name	heading	1	0	1008	1143
4	2	s37ykwyhk	Article I, Section 1(a)	(a)	The name of this organization is Warehouse and Logistics Workers United, Local…	clause	2	1	1018	1143
4	3	sxlnt6co2	Article I, Section 2	Section 2	Jurisdiction	heading	1	0	1145	1599
4	4	sdym7mxqw	Article I, Section 2(a)	(a)	The Local represents and organizes workers employed in:	clause	2	3	1163	1445
4	5	ss44ysavt	Article I, Section 2(a)(i)	(i)	warehouses, distribution centers and fulfillment centers;	clause	3	4	1222	1285
4	6	srkb3s6x7	Article I, Section 2(a)(ii)	(ii)	parcel sorting hubs, cross-docks and freight terminals; and	clause	3	4	1286	1351
4	7	sfkh3mumo	Article I, Section 2(a)(iii)	(iii)	other logistics work that a general meeting decides is within the Local's…	clause	3	4	1352	1445
4	8	s7pw7j6fn	Article I, Section 2(b)	(b)	The Local's geographic jurisdiction is the metropolitan region in which its…	clause	2	3	1446	1599
4	9	sr6akq6pj	Article I, Section 3	Section 3	Affiliation	heading	1	0	1601	1948
4	10	sm2vv5l2h	Article I, Section 3(a)	(a)	The Local is independent and is governed by its members. No employer, political…	clause	2	9	1618	1746
4	11	s65c2puhf	Article I, Section 3(b)	(b)	The Local may affiliate with, or disaffiliate from, a national union or labor…	clause	2	9	1747	1948
4	12	su7faq4nb	Article II	Article II	Purposes	heading	0	-1	1950	3006
4	13	ssnp2godn	Article II, Section 1	Section 1	Objects	heading	1	12	1963	2471
4	14	shkqh53oh	Article II, Section 1(a)	(a)	The purposes of the Local are:	clause	2	13	1976	2382
4	15	svrgevesj	Article II, Section 1(a)(i)	(i)	to bargain collectively over wages, hours, staffing, production rates,…	clause	3	14	2010	2109
4	16	swekbaijt	Article II, Section 1(a)(ii)	(ii)	to enforce collective agreements and to represent workers in disciplinary…	clause	3	14	2110	2227
4	17	s42ulcc6q	Article II, Section 1(a)(iii)	(iii)	to organize unorganized workers in the logistics industry; and	clause	3	14	2228	2296
4	18	s44qtduqe	Article II, Section 1(a)(iv)	(iv)	to educate members about their rights at work and about how their union is run.	clause	3	14	2297	2382
4	19	sbrpitrxx	Article II, Section 1(b)	(b)	The Local shall not be run for the private profit of any officer, employee or…	clause	2	13	2383	2471
4	20	sjsxc6hpi	Article II, Section 2	Section 2	Equality and Non-discrimination	heading	1	12	2473	3006
4	21	sac6bibnp	Article II, Section 2(a)	(a)	The Local shall not discriminate against any worker on the basis of race,…	clause	2	20	2510	2794
4	22	sqtn33mrk	Article II, Section 2(b)	(b)	The Local shall translate notices, ballots and this constitution into any…	clause	2	20	2795	3006
4	23	s74hk2npv	Article III	Article III	Membership	heading	0	-1	3008	4158
4	24	sn6fy5ywv	Article III, Section 1	Section 1	Eligibility and Admission	heading	1	23	3023	3578
4	25	svqmj7el7	Article III, Section 1(a)	(a)	Any worker employed within the jurisdiction described in Article I, Section 2…	clause	2	24	3054	3218
4	26	sco6ll6zm	Article III, Section 1(b)	(b)	A worker becomes a member by:	clause	2	24	3219	3432
4	27	sbyqgvmeh	Article III, Section 1(b)(i)	(i)	signing a membership application, on paper or electronically; and	clause	3	26	3252	3323
4	28	sklybk4pn	Article III, Section 1(b)(ii)	(ii)	paying the first month's dues or authorizing dues deduction, unless exempt…	clause	3	26	3324	3432
4	29	sw3763hvt	Article III, Section 1(c)	(c)	No initiation fee shall be charged during an organizing campaign or within 90…	clause	2	24	3433	3578
4	30	sbynb66qz	Article III, Section 2	Section 2	Good Standing	heading	1	23	3580	4013
4	31	sb3e53i3o	Article III, Section 2(a)	(a)	A member is in good standing if the member:	clause	2	30	3599	3774
4	32	slz4lct7p	Article III, Section 2(a)(i)	(i)	is not more than two full months behind in dues; and	clause	3	31	3646	3704
4	33	stgidgqal	Article III, Section 2(a)(ii)	(ii)	is not serving a suspension imposed under Article X, Section 3.	clause	3	31	3705	3774
4	34	sszkbppqo	Article III, Section 2(b)	(b)	A member whose dues are deducted from wages shall not lose good standing…	clause	2	30	3775	3904
4	35	sppmuxuoi	Article III, Section 2(c)	(c)	Only members in good standing may vote, nominate, hold office or sign a…	clause	2	30	3905	4013
4	36	sxoz7j4mk	Article III, Section 3	Section 3	Resignation	heading	1	23	4015	4158
4	37	sm3ntbhka	Article III, Section 3(a)	(a)	A member may resign by written notice to the Secretary-Treasurer. Resignation…	clause	2	36	4032	4158
4	38	spfm7lea2	Article IV	Article IV	Rights of Members	heading	0	-1	4160	6383
4	39	sdavlevhg	Article IV, Section 1	Section 1	Equal Rights	heading	1	38	4182	5064
4	40	so7cfeeov	Article IV, Section 1(a)	(a)	Every member in good standing has an equal right to:	clause	2	39	4372	4807
4	41	smsjcsqfq	Article IV, Section 1(a)(i)	(i)	attend, speak and vote at general and special meetings;	clause	3	40	4428	4489
4	42	sczuvwdgu	Article IV, Section 1(a)(ii)	(ii)	vote in every election and referendum of the Local;	clause	3	40	4490	4547
4	43	sqxydvn4e	Article IV, Section 1(a)(iii)	(iii)	nominate candidates for any office, and to be nominated, subject to Article IX,…	clause	3	40	4548	4644
4	45	sejgxzs2c	Article IV, Section 1(a)(v)	(v)	propose amendments to this constitution, including as a co-sponsor of a…	clause	3	40	4692	4807
4	46	ssy72kezt	Article IV, Section 1(b)	(b)	Each member in good standing has one vote. No one may vote by proxy.	clause	2	39	4808	4879
4	47	sbtu6fbyl	Article IV, Section 1(c)	(c)	Members may criticize the officers, staff and policies of the Local without…	clause	2	39	4880	5064
4	48	s7rwd2a6q	Article IV, Section 2	Section 2	Secret Ballot	heading	1	38	5066	5551
4	49	spyle6amm	Article IV, Section 2(a)	(a)	The following shall always be decided by secret ballot:	clause	2	48	5085	5368
4	50	sctoskdof	Article IV, Section 2(a)(i)	(i)	elections of officers, Executive Board members, trustees and stewards;	clause	3	49	5144	5220
4	51	sihn6n5dm	Article IV, Section 2(a)(ii)	(ii)	ratification of collective agreements and authorization of strikes; and	clause	3	49	5221	5298
4	52	s44qapehi	Article IV, Section 2(a)(iii)	(iii)	amendments to this constitution, including a complete revision.	clause	3	49	5299	5368
4	53	st2e3uxxd	Article IV, Section 2(b)	(b)	Any other question at a general meeting shall be decided by secret ballot if 10…	clause	2	48	5369	5479
4	54	sccrb74ph	Article IV, Section 2(c)	(c)	No officer, candidate or observer may find out how any member voted.	clause	2	48	5480	5551
4	55	srkm6tev7	Article IV, Section 3	Section 3	Access to Information	heading	1	38	5553	6055
4	56	sbw4bbzzx	Article IV, Section 3(a)	(a)	Every member in good standing has the right to:	clause	2	55	5580	5987
4	57	sywqrknfn	Article IV, Section 3(a)(i)	(i)	receive a copy of this constitution and of every collective agreement that…	clause	3	56	5631	5730
4	58	s7s6nthrr	Article IV, Section 3(a)(ii)	(ii)	inspect the financial reports and the audit report described in Article V,…	clause	3	56	5731	5826
4	59	sazdq6iz4	Article IV, Section 3(a)(iii)	(iii)	read the minutes of general meetings and Executive Board meetings, except for…	clause	3	56	5827	5987
4	60	s3vfw2h72	Article IV, Section 3(b)	(b)	The Local shall answer a request for information within 21 days.	clause	2	55	5988	6055
4	61	s5v7lqogu	Article IV, Section 4	Section 4	Fair Representation	heading	1	38	6057	6383
4	62	s245vzktq	Article IV, Section 4(a)	(a)	The Local shall represent every worker in its bargaining units fairly and in…	clause	2	61	6082	6212
4	63	snfrpuq2a	Article IV, Section 4(b)	(b)	A member who believes a grievance was handled unfairly may ask the Executive…	clause	2	61	6213	6383
4	64	s7zduzhjt	Article V	Article V	Dues and Finances	heading	0	-1	6385	8524
4	65	shvx4ismh	Article V, Section 1	Section 1	Dues	heading	1	64	6407	6771
4	66	si5mn6gum	Article V, Section 1(a)	(a)	Monthly dues are 1.5 percent of base wages, up to a maximum of 45 dollars a…	clause	2	65	6417	6502
4	67	s4nh4iofh	Article V, Section 1(b)	(b)	The dues rate, the maximum, any initiation fee and any special assessment may…	clause	2	65	6503	6771
4	68	stdxdbvuz	Article V, Section 1(b)(i)	(i)	by a majority of the votes cast in a secret ballot of members in good standing;…	clause	3	67	6601	6690
4	69	si5xlz4e6	Article V, Section 1(b)(ii)	(ii)	after at least 30 days' written notice stating the reasons for the change.	clause	3	67	6691	6771
4	70	s2icacgv3	Article V, Section 2	Section 2	Hardship and Exemptions	heading	1	64	6773	7107
4	71	sjafb5hop	Article V, Section 2(a)	(a)	A member owes no dues for any month in which the member earns no wages in the…	clause	2	70	6802	6970
4	72	s5rz7jfft	Article V, Section 2(b)	(b)	The Secretary-Treasurer and one other officer may grant a confidential hardship…	clause	2	70	6971	7107
4	73	sdnsax3yx	Article V, Section 3	Section 3	Financial Controls	heading	1	64	7109	8071
4	74	s7nstrpeg	Article V, Section 3(a)	(a)	The funds of the Local shall be used only for the purposes set out in Article…	clause	2	73	7133	7279
4	75	sf2ydya5h	Article V, Section 3(b)	(b)	Spending shall be approved as follows:	clause	2	73	7280	7874
4	76	sc6t5jwqi	Article V, Section 3(b)(i)	(i)	every payment requires the approval of two officers, one of whom is the…	clause	3	75	7322	7465
4	77	sx4kn7f7e	Article V, Section 3(b)(ii)	(ii)	any single expenditure over 2,500 dollars requires the prior approval of the…	clause	3	75	7466	7569
4	78	syxjva64o	Article V, Section 3(b)(iii)	(iii)	any single expenditure over 15,000 dollars requires the prior approval of a…	clause	3	75	7570	7874
4	79	s4k64okxf	Article V, Section 3(b)(iii)(A)	(A)	staff wages, rent and insurance already in the approved budget; and	clause	4	78	7677	7753
4	80	sad5gucbb	Article V, Section 3(b)(iii)(B)	(B)	strike pay and legal costs during a strike, which the Executive Board shall…	clause	4	78	7754	7874
4	81	swxbj53yk	Article V, Section 3(c)	(c)	The Executive Board shall present an annual budget for approval at the first…	clause	2	73	7875	8001
4	82	sn2gpwxwd	Article V, Section 3(d)	(d)	The Local shall not lend money to any officer, employee or member.	clause	2	73	8002	8071
4	83	s4mxcardh	Article V, Section 4	Section 4	Audit and Reporting	heading	1	64	8073	8524
4	84	spqrk6pc6	Article V, Section 4(a)	(a)	The Secretary-Treasurer shall present a written financial report to every…	clause	2	83	8098	8199
4	85	sj5ml5zyi	Article V, Section 4(b)	(b)	The accounts shall be examined every year by:	clause	2	83	8200	8437
4	86	s6aeefktg	Article V, Section 4(b)(i)	(i)	an independent accountant who is not a member of the Local; and	clause	3	85	8249	8318
4	87	sdomycnlz	Article V, Section 4(b)(ii)	(ii)	a Trustee Committee of three members in good standing, elected with the…	clause	3	85	8319	8437
4	88	st74ygcx5	Article V, Section 4(c)	(c)	The audit report shall be sent to all members within 30 days after it is…	clause	2	83	8438	8524
4	89	skktahgy4	Article VI	Article VI	Officers	heading	0	-1	8526	10297
4	90	spfl3ydfe	Article VI, Section 1	Section 1	Officers of the Local	heading	1	89	8539	8800
4	91	s54wh3bru	Article VI, Section 1(a)	(a)	The officers of the Local are the President, the Vice-President, the…	clause	2	90	8566	8686
4	92	spjbrmmh3	Article VI, Section 1(b)	(b)	Officers are elected for three-year terms under Article IX, Section 3. No…	clause	2	90	8687	8800
4	94	sqcy5q3we	Article VI, Section 2(a)	(a)	The President shall chair general meetings and Executive Board meetings, speak…	clause	2	93	8826	8978
4	95	sehmhpqei	Article VI, Section 2(b)	(b)	The Vice-President shall coordinate the stewards and act as President when the…	clause	2	93	8979	9081
4	96	syrdbkvyn	Article VI, Section 2(c)	(c)	The Secretary-Treasurer shall:	clause	2	93	9082	9336
4	97	sjhtobz4z	Article VI, Section 2(c)(i)	(i)	keep the membership roll and the financial records;	clause	3	96	9116	9173
4	98	sogdzegbq	Article VI, Section 2(c)(ii)	(ii)	make payments only in accordance with Article V, Section 3; and	clause	3	96	9174	9243
4	99	sio7gs5o3	Article VI, Section 2(c)(iii)	(iii)	hand over all records and passwords to a successor within 7 days after leaving…	clause	3	96	9244	9336
4	100	sk6xmkfwj	Article VI, Section 2(d)	(d)	The Recording Secretary shall keep minutes, send notices of meetings, and keep…	clause	2	93	9337	9491
4	101	sxn5yjbgs	Article VI, Section 3	Section 3	Vacancies	heading	1	89	9493	9832
4	102	s4a6prc5t	Article VI, Section 3(a)	(a)	If the office of President becomes vacant, the Vice-President becomes President…	clause	2	101	9508	9616
4	103	swy477zz7	Article VI, Section 3(b)	(b)	Any other vacancy shall be filled:	clause	2	101	9617	9832
4	104	sbaim4m6r	Article VI, Section 3(b)(i)	(i)	if more than 12 months remain in the term, by a special election; or	clause	3	103	9655	9729
4	105	shefcpzvv	Article VI, Section 3(b)(ii)	(ii)	otherwise, by appointment by the Executive Board, confirmed at the next regular…	clause	3	103	9730	9832
4	106	skkmlwikd	Article VI, Section 4	Section 4	Removal from Office	heading	1	89	9834	10297
4	107	s7on23yl6	Article VI, Section 4(a)	(a)	An officer, Executive Board member or trustee may be removed:	clause	2	106	9859	10130
4	108	sgyzgfc6n	Article VI, Section 4(a)(i)	(i)	as a penalty for an offense listed in Article X, Section 1, proven at a hearing…	clause	3	107	9924	10040
4	109	skjf7cslk	Article VI, Section 4(a)(ii)	(ii)	by recall, on a petition signed by at least 15 percent of members in good…	clause	3	107	10041	10130
4	110	smeilfhsr	Article VI, Section 4(b)	(b)	On a valid recall petition, the Election Committee shall hold a secret ballot…	clause	2	106	10131	10297
4	111	ss5w5e7qx	Article VII	Article VII	Executive Board	heading	0	-1	10299	12028
4	112	sbccq3krv	Article VII, Section 1	Section 1	Composition	heading	1	111	10319	10713
4	113	ses4tmqso	Article VII, Section 1(a)	(a)	The Executive Board consists of:	clause	2	112	10336	10638
4	114	s754edsn4	Article VII, Section 1(a)(i)	(i)	the four officers;	clause	3	113	10372	10396
4	115	styficgre	Article VII, Section 1(a)(ii)	(ii)	one member elected by and from each district named in a district list approved…	clause	3	113	10397	10507
4	116	s36tvjkyk	Article VII, Section 1(a)(iii)	(iii)	two members elected at large, at least one of whom holds a temporary, seasonal,…	clause	3	113	10508	10638
4	117	snaiwu2wb	Article VII, Section 1(b)	(b)	Board members serve three-year terms and are elected with the officers.	clause	2	112	10639	10713
4	118	sli56fd7b	Article VII, Section 2	Section 2	Powers and Duties	heading	1	111	10715	11350
4	119	saz52ikor	Article VII, Section 2(a)	(a)	Between general meetings, the Executive Board directs the affairs of the Local,…	clause	2	118	10738	10894
4	120	sggzkbvks	Article VII, Section 2(b)	(b)	The Executive Board shall hire and supervise staff, appoint bargaining…	clause	2	118	10895	11111
4	121	szznn2hi7	Article VII, Section 2(c)	(c)	The Executive Board may not:	clause	2	118	11112	11350
4	122	siorb7dh7	Article VII, Section 2(c)(i)	(i)	accept a collective agreement without a ratification vote of the members…	clause	3	121	11144	11231
4	123	snmffcz5x	Article VII, Section 2(c)(ii)	(ii)	call or end a strike without a vote of the members concerned; or	clause	3	121	11232	11302
4	124	s4unt5u3o	Article VII, Section 2(c)(iii)	(iii)	overturn a decision of a general meeting.	clause	3	121	11303	11350
4	125	sbxjeycuz	Article VII, Section 3	Section 3	Board Meetings	heading	1	111	11352	11617
4	126	sxo22wj5p	Article VII, Section 3(a)	(a)	The Executive Board shall meet at least monthly. A majority of Board members in…	clause	2	125	11372	11474
4	127	srqax4l2k	Article VII, Section 3(b)	(b)	Any member in good standing may observe Board meetings, except closed sessions…	clause	2	125	11475	11617
4	128	s2x6zeuwy	Article VII, Section 4	Section 4	Stewards and Committees	heading	1	111	11619	12028
4	129	snyrp63ba	Article VII, Section 4(a)	(a)	The members at each worksite shall elect stewards by secret ballot, at least…	clause	2	128	11648	11787
4	130	sp2u6in7i	Article VII, Section 4(b)	(b)	The standing committees are the Election Committee under Article IX, Section 1,…	clause	2	128	11788	12028
4	131	s4e5bcam7	Article VIII	Article VIII	Meetings and Quorum	heading	0	-1	12030	13724
4	132	sc2wl7rib	Article VIII, Section 1	Section 1	General Meetings	heading	1	131	12054	12662
4	133	sb2jyojik	Article VIII, Section 1(a)	(a)	The general meeting is the highest authority of the Local, subject to this…	clause	2	132	12076	12201
4	134	skxng4pcr	Article VIII, Section 1(b)	(b)	Regular general meetings shall be held at least once every three months. So…	clause	2	132	12202	12515
4	135	s3cmf2spz	Article VIII, Section 1(b)(i)	(i)	meeting times shall rotate among morning, afternoon and evening; and	clause	3	134	12313	12387
4	136	ssz7dtjmc	Article VIII, Section 1(b)(ii)	(ii)	a meeting may be held at more than one location, or partly online, if members…	clause	3	134	12388	12515
4	137	s75njn2vf	Article VIII, Section 1(c)	(c)	Notice of each regular general meeting, with a draft agenda, shall be posted at…	clause	2	132	12516	12662
4	138	s424tguyz	Article VIII, Section 2	Section 2	Special Meetings	heading	1	131	12664	13022
4	139	sr47oheyd	Article VIII, Section 2(a)	(a)	The President shall call a special general meeting on a decision of the…	clause	2	138	12686	12894
4	140	sxzy7dn7g	Article VIII, Section 2(b)	(b)	A special meeting shall be held on at least 7 days' notice stating its…	clause	2	138	12895	13022
4	141	sdqhcvpev	Article VIII, Section 3	Section 3	Quorum and Procedure	heading	1	131	13024	13724
4	142	snihedsez	Article VIII, Section 3(a)	(a)	The quorum for a regular or special general meeting is 5 percent of members in…	clause	2	141	13050	13293
4	143	sslbbylbr	Article VIII, Section 3(b)	(b)	If there is no quorum 30 minutes after the scheduled start:	clause	2	141	13294	13523
4	144	sofbyg2ny	Article VIII, Section 3(b)(i)	(i)	the members present may hear reports and discuss, but may not make binding…	clause	3	143	13357	13452
4	145	sxj25n2ww	Article VIII, Section 3(b)(ii)	(ii)	the Executive Board shall reschedule the meeting within 30 days.	clause	3	143	13453	13523
4	146	sul43mjh5	Article VIII, Section 3(c)	(c)	Except where this constitution says otherwise, questions are decided by a…	clause	2	141	13524	13628
4	147	snlthfpwv	Article VIII, Section 3(d)	(d)	The chair shall call on members who have not yet spoken on a question before…	clause	2	141	13629	13724
4	148	srizj4koy	Article IX	Article IX	Elections	heading	0	-1	13726	17062
4	149	s4rfa6jym	Article IX, Section 1	Section 1	Election Committee	heading	1	148	13740	14405
4	150	sw4rwceeq	Article IX, Section 1(a)	(a)	At least 120 days before the officers' terms end, a general meeting shall elect…	clause	2	149	13764	13982
4	151	s473ebgnn	Article IX, Section 1(b)	(b)	The Election Committee shall:	clause	2	149	13983	14277
4	152	sjzsv7fyw	Article IX, Section 1(b)(i)	(i)	run all elections, recalls and referendums, including referendums on amendments…	clause	3	151	14016	14119
4	153	szenwlnfq	Article IX, Section 1(b)(ii)	(ii)	appoint one of its members, or an independent person, as Election Officer to…	clause	3	151	14120	14228
4	154	shqfwjlcl	Article IX, Section 1(b)(iii)	(iii)	certify the results of every vote it runs.	clause	3	151	14229	14277
4	155	sokknu7xg	Article IX, Section 1(c)	(c)	The Executive Board shall give the committee a budget and access to the…	clause	2	149	14278	14405
4	156	savm6237x	Article IX, Section 2	Section 2	Nominations and Candidates	heading	1	148	14407	15182
4	157	sfttnjems	Article IX, Section 2(a)	(a)	Any member in good standing for the 6 months before nominations close may run…	clause	2	156	14439	14609
4	158	sjpmxyoon	Article IX, Section 2(b)	(b)	A candidate must be nominated by at least 10 members in good standing and…	clause	2	156	14610	14705
4	159	suntzpbvj	Article IX, Section 2(c)	(c)	At least 30 days before nominations close, the Election Committee shall send…	clause	2	156	14706	14904
4	160	sozpg7z4l	Article IX, Section 2(d)	(d)	Every candidate has the right to:	clause	2	156	14905	15083
4	161	sjyuoe5qh	Article IX, Section 2(d)(i)	(i)	have a statement of up to 300 words sent to all members at the Local's expense;…	clause	3	160	14942	15031
4	162	s3gbjsj5y	Article IX, Section 2(d)(ii)	(ii)	inspect the list of members eligible to vote.	clause	3	160	15032	15083
4	163	spneznzuw	Article IX, Section 2(e)	(e)	The Local's funds, staff and publications shall not be used to support or…	clause	2	156	15084	15182
4	164	sxx4wgmtq	Article IX, Section 3	Section 3	Voting	heading	1	148	15184	16188
4	165	sstil26zn	Article IX, Section 3(a)	(a)	All elections shall be held by secret ballot, in person at or near each…	clause	2	164	15196	15367
4	166	sffqnuory	Article IX, Section 3(b)	(b)	Voting shall be open for at least 10 days, including a weekend. Notice of…	clause	2	164	15368	15536
4	167	swvnvmc2f	Article IX, Section 3(c)	(c)	An online voting system may be used only if:	clause	2	164	15537	16010
4	168	sftmbolwr	Article IX, Section 3(c)(i)	(i)	it is run by an independent provider with no connection to any candidate or…	clause	3	167	15585	15676
4	169	sj7mr6tmw	Article IX, Section 3(c)(ii)	(ii)	the system:	clause	3	167	15677	15947
4	170	sspjoad4e	Article IX, Section 3(c)(ii)(A)	(A)	separates each member's identity from the member's ballot, so that no one can…	clause	4	169	15695	15807
4	171	su5mkb4nc	Article IX, Section 3(c)(ii)(B)	(B)	allows each eligible member to vote only once; and	clause	4	169	15808	15867
4	172	sbwulaegs	Article IX, Section 3(c)(ii)(C)	(C)	keeps a record that allows the result to be checked independently; and	clause	4	169	15868	15947
4	173	skt52ustg	Article IX, Section 3(c)(iii)	(iii)	members who prefer not to vote online can vote on paper.	clause	3	167	15948	16010
4	174	si2kyngr7	Article IX, Section 3(d)	(d)	The candidate with the most votes is elected. A tie is settled by a runoff…	clause	2	164	16011	16104
4	175	szei7lyl2	Article IX, Section 3(e)	(e)	Each candidate may appoint an observer at each polling station and at the count.	clause	2	164	16105	16188
4	176	sxexzk4j3	Article IX, Section 4	Section 4	Challenges	heading	1	148	16190	17062
4	177	syxm3vmlm	Article IX, Section 4(a)	(a)	Any candidate or member in good standing may challenge an election by written…	clause	2	176	16206	16370
4	178	sc66f5mgk	Article IX, Section 4(b)	(b)	After the count, the Election Committee shall seal all ballots, envelopes,…	clause	2	176	16371	16800
4	179	sb6jfls36	Article IX, Section 4(b)(i)	(i)	by the Election Committee, in the presence of the complainant and the affected…	clause	3	178	16630	16752
4	180	sbuvyt6jx	Article IX, Section 4(b)(ii)	(ii)	by order of a court or government agency.	clause	3	178	16753	16800
4	181	slfhzkxfh	Article IX, Section 4(c)	(c)	The Election Committee shall decide each challenge in writing within 20 days,…	clause	2	176	16801	16962
4	182	sghmrwyz7	Article IX, Section 4(d)	(d)	Its decision may be appealed within 15 days to the Appeals Committee under…	clause	2	176	16963	17062
4	183	sfczot5jp	Article X	Article X	Discipline and Appeals	heading	0	-1	17064	19886
4	184	sft3nvtur	Article X, Section 1	Section 1	Grounds for Discipline	heading	1	183	17091	17869
4	185	smc5r5eqv	Article X, Section 1(a)	(a)	A member may be disciplined only for:	clause	2	184	17215	17721
4	186	szttknjyb	Article X, Section 1(a)(i)	(i)	theft or deliberate misuse of the Local's funds or property;	clause	3	185	17256	17322
4	187	smq43e72a	Article X, Section 1(a)(ii)	(ii)	acting for an employer to undermine the Local;	clause	3	185	17323	17375
4	188	s3vver77c	Article X, Section 1(a)(iii)	(iii)	crossing a picket line during an authorized strike;	clause	3	185	17376	17433
4	189	s6rlmd4mz	Article X, Section 1(a)(iv)	(iv)	violence, threats or harassment against another member, including harassment on…	clause	3	185	17434	17563
4	190	sjouityfb	Article X, Section 1(a)(v)	(v)	deliberately interfering with an election, referendum or meeting; or	clause	3	185	17564	17638
4	191	suj3mohbo	Article X, Section 1(a)(vi)	(vi)	in the case of an officer, Board member or trustee, serious neglect of duty.	clause	3	185	17639	17721
4	192	svzeiyyzt	Article X, Section 1(b)	(b)	No member may be disciplined for criticizing the Local or its officers, for…	clause	2	184	17722	17869
4	193	s33buhk2f	Article X, Section 2	Section 2	Charges and Hearing	heading	1	183	17871	18739
4	194	sv3zs2azr	Article X, Section 2(a)	(a)	Charges must be written, signed by a member in good standing, and filed with…	clause	2	193	17896	18065
4	195	srkwgpcqc	Article X, Section 2(b)	(b)	The accused member shall receive the charges, stating the conduct alleged and…	clause	2	193	18066	18205
4	196	simcmtr6e	Article X, Section 2(c)	(c)	Charges are heard by a Trial Committee of five members in good standing chosen…	clause	2	193	18206	18378
4	197	sjmcjqpne	Article X, Section 2(d)	(d)	At the hearing, the accused member may:	clause	2	193	18379	18586
4	198	sm5mzaipk	Article X, Section 2(d)(i)	(i)	be assisted by another member of the accused member's choice;	clause	3	197	18422	18489
4	199	sqo3eymx4	Article X, Section 2(d)(ii)	(ii)	question the witnesses against the member; and	clause	3	197	18490	18542
4	200	swqjj37r4	Article X, Section 2(d)(iii)	(iii)	call witnesses and present documents.	clause	3	197	18543	18586
4	201	se4wvzdk7	Article X, Section 2(e)	(e)	Charges must be proven by clear and convincing evidence. The Trial Committee…	clause	2	193	18587	18739
4	202	suiqgnv6i	Article X, Section 3	Section 3	Penalties	heading	1	183	18741	19201
4	203	s7gntqjkz	Article X, Section 3(a)	(a)	If charges are proven, the Trial Committee may impose a penalty in proportion…	clause	2	202	18756	19084
4	204	syrw744kk	Article X, Section 3(a)(i)	(i)	a written reprimand;	clause	3	203	18853	18879
4	205	s4ghaxl6b	Article X, Section 3(a)(ii)	(ii)	repayment of funds or property misused;	clause	3	203	18880	18925
4	206	sqogir5ej	Article X, Section 3(a)(iii)	(iii)	removal from office;	clause	3	203	18926	18952
4	207	swtylqn5u	Article X, Section 3(a)(iv)	(iv)	suspension of membership rights for up to two years; or	clause	3	203	18953	19014
4	208	sbl5uyiyw	Article X, Section 3(a)(v)	(v)	expulsion, only for theft, acting for an employer, or violence.	clause	3	203	19015	19084
4	209	sn64uuxk4	Article X, Section 3(b)	(b)	No penalty takes effect until the time for appeal under Article X, Section 4…	clause	2	202	19085	19201
4	210	sqkcken6v	Article X, Section 4	Section 4	Appeals	heading	1	183	19203	19886
4	211	sfahuhcqb	Article X, Section 4(a)	(a)	The disciplined member or the charging member may appeal in writing within 30…	clause	2	210	19216	19433
4	212	ssri2jbgj	Article X, Section 4(b)	(b)	The Appeals Committee may uphold the decision, reduce or cancel the penalty, or…	clause	2	210	19434	19566
4	213	sbdqbgfg6	Article X, Section 4(c)	(c)	A member still not satisfied may appeal to the next regular general meeting,…	clause	2	210	19567	19772
4	214	s6vvxy5vi	Article X, Section 4(d)	(d)	The Appeals Committee also hears appeals from decisions of the Election…	clause	2	210	19773	19886
4	215	snyln5rtp	Article XI	Article XI	Amendments	heading	0	-1	19888	23679
4	216	s3zwhyrox	Article XI, Section 1	Section 1	Proposal and Notice	heading	1	215	19903	21166
4	217	s6uisr2ea	Article XI, Section 1(a)	(a)	An amendment to this constitution may be proposed:	clause	2	216	20094	20290
4	218	skzmxsxgf	Article XI, Section 1(a)(i)	(i)	by a majority vote of the Executive Board; or	clause	3	217	20148	20199
4	219	sbgkhizrf	Article XI, Section 1(a)(ii)	(ii)	by a written petition signed by at least 25 members in good standing as…	clause	3	217	20200	20290
4	220	sw46sywms	Article XI, Section 1(b)	(b)	A petition shall:	clause	2	216	20291	20721
4	221	sgrthrncm	Article XI, Section 1(b)(i)	(i)	set out the exact text of the proposed amendment, showing the words to be…	clause	3	220	20312	20426
4	222	sxzrljlzl	Article XI, Section 1(b)(ii)	(ii)	give the printed name, worksite and signature of each co-sponsor; and	clause	3	220	20427	20502
4	223	svsq6urna	Article XI, Section 1(b)(iii)	(iii)	be filed with the Recording Secretary, who shall check the signatures against…	clause	3	220	20503	20721
4	224	sizo7mbn3	Article XI, Section 1(c)	(c)	The Executive Board may not change, delay or refuse to submit a valid petition,…	clause	2	216	20722	20890
4	225	s33bgdcwy	Article XI, Section 1(d)	(d)	Written notice of the exact text of each proposed amendment shall be given to…	clause	2	216	20891	21166
4	226	ssafzskpy	Article XI, Section 2	Section 2	Vote and Adoption	heading	1	215	21168	22337
4	227	shdvxt3w7	Article XI, Section 2(a)	(a)	Amendments are decided by a referendum of members in good standing, by secret…	clause	2	226	21191	21338
4	228	srhdtfg55	Article XI, Section 2(b)	(b)	An amendment is adopted only if both of the following conditions are met:	clause	2	226	21339	21711
4	229	s2psywjz6	Article XI, Section 2(b)(i)	(i)	at least two-thirds of the votes cast are in favor, where abstentions and blank…	clause	3	228	21416	21555
4	230	shblqkjeb	Article XI, Section 2(b)(ii)	(ii)	at least 20 percent of members in good standing take part in the referendum,…	clause	3	228	21556	21711
4	231	sovv2iogl	Article XI, Section 2(c)	(c)	Voting in a referendum under this Article may take place in person, by mail…	clause	2	226	21712	22029
4	232	ss463vmal	Article XI, Section 2(d)	(d)	Each proposed amendment shall be a separate question on the ballot, unless two…	clause	2	226	22030	22177
4	233	slivqn5nj	Article XI, Section 2(e)	(e)	An amendment that fails may not be proposed again in substantially the same…	clause	2	226	22178	22337
4	234	sxskq2aid	Article XI, Section 3	Section 3	Complete Revision	heading	1	215	22339	23105
4	235	s6ni4sr7v	Article XI, Section 3(a)	(a)	A complete revision of this constitution, or its replacement by a new…	clause	2	234	22362	22520
4	236	sdeqxcil6	Article XI, Section 3(b)	(b)	A complete revision is subject to every requirement for an amendment, except…	clause	2	234	22521	22723
4	237	sbflhflra	Article XI, Section 3(c)	(c)	A complete revision is adopted only if it meets the thresholds in Article XI,…	clause	2	234	22724	22954
4	238	sud2qy44d	Article XI, Section 3(d)	(d)	During the notice period, the Executive Board shall hold at least two meetings…	clause	2	234	22955	23105
4	239	szqmplk66	Article XI, Section 4	Section 4	Effective Date	heading	1	215	23107	23679
4	240	sm4ecn6zn	Article XI, Section 4(a)	(a)	An amendment or complete revision takes effect when the Election Committee…	clause	2	239	23127	23294
4	241	s3rxlybo7	Article XI, Section 4(b)	(b)	The Election Committee shall certify the results within 7 days after voting…	clause	2	239	23295	23413
4	242	sutfjr3im	Article XI, Section 4(c)	(c)	Within 14 days after certification, the Recording Secretary shall publish the…	clause	2	239	23414	23583
4	243	snlpw7xkn	Article XI, Section 4(d)	(d)	No amendment shortens the term of an officer already in office, unless it…	clause	2	239	23584	23679
\.


--
-- Data for Name: petition_signatures; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.petition_signatures (petition_id, user_id, signed_at, withdrawn_at) FROM stdin;
\.


--
-- Data for Name: petitions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.petitions (id, document_id, kind, question, amendment_id, threshold, days_to_act, status, starter_id, created_at, reached_at, deadline, noticed_at, noticed_by, ballot_id, meeting_note) FROM stdin;
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_migrations (version, applied_at) FROM stdin;
1	2026-12-03 14:16:35.209224+00
2	2026-12-03 14:16:35.219218+00
3	2026-12-03 14:16:35.223441+00
4	2026-12-03 14:16:35.234266+00
5	2026-12-03 14:16:35.249145+00
6	2026-12-03 14:16:35.251929+00
7	2026-12-03 14:16:35.254622+00
8	2026-12-03 14:16:35.270625+00
9	2026-12-03 14:16:35.276825+00
10	2026-12-03 14:16:35.27902+00
11	2026-12-03 14:16:35.28101+00
12	2026-12-03 14:16:35.282877+00
13	2026-12-03 14:16:35.284619+00
14	2026-12-03 14:16:35.286569+00
15	2026-12-03 14:16:35.288659+00
16	2026-12-03 14:16:35.308735+00
17	2026-12-03 14:16:35.312826+00
18	2026-12-03 14:16:35.320256+00
19	2026-12-03 14:16:35.322357+00
20	2026-12-03 14:16:35.324222+00
21	2026-12-03 14:16:35.328205+00
22	2026-12-03 14:16:35.331111+00
23	2026-12-03 14:16:35.3323+00
24	2026-12-03 14:16:35.346534+00
25	2026-12-03 14:16:35.350212+00
26	2026-12-03 14:16:35.36431+00
27	2026-12-03 14:16:35.370468+00
28	2026-12-03 14:16:35.378319+00
\.


--
-- Data for Name: sealed_papers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sealed_papers (ballot_id, id, sealed) FROM stdin;
\.


--
-- Data for Name: search_entries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.search_entries (id, kind, document_id, ref_id, section_key, number, private_to, config, title, body, tsv) FROM stdin;
270	text	1	4	s42ulcc6q	Article II, Section 1(a)(iii)	\N	charter_english		to organize unorganized workers in the logistics industry; and	'and':9B 'in':5B 'industri':8B 'logist':7B 'organ':2B 'the':6B 'to':1B 'unorgan':3B 'worker':4B
291	text	1	4	spfm7lea2	Article IV	\N	charter_english	Rights of Members	Rights of Members	'member':3A,6B 'of':2A,5B 'right':1A,4B
245	text	2	2	snzgag3es	1	\N	charter_english	Meetings	Meetings	'meet':1A,2B
246	text	2	2	s7bfpr3ys	1.1	\N	charter_english		The membership meets every month.	'everi':4B 'meet':3B 'membership':2B 'month':5B 'the':1B
247	text	2	2	shcedfast	1.2	\N	charter_english		Twenty members are a quorum.	'a':4B 'are':3B 'member':2B 'quorum':5B 'twenti':1B
248	draft	2	3	shcedfast	1.2	\N	charter_english		Fifteen members are a quorum.	'a':4B 'are':3B 'fifteen':1B 'member':2B 'quorum':5B
249	comment	1	1			\N	charter_english		Sixty dollars a month is too much for part-timers.	'a':3B 'dollar':2B 'for':8B 'is':5B 'month':4B 'much':7B 'part':9B 'sixti':1B 'timer':10B 'too':6B
250	comment	1	2			\N	charter_english		Agreed: most of us work 25 hours.	'25':6B 'agre':1B 'hour':7B 'most':2B 'of':3B 'us':4B 'work':5B
251	amendment	1	1	si5mn6gum	Article V, Section 1(a)	\N	charter_english	Lower the dues cap	Part-time members pay the cap on a fraction of full-time wages.\n60 45	'45':19B '60':18B 'a':12B 'cap':4A,10B 'due':3A 'fraction':13B 'full':15B 'lower':1A 'member':7B 'of':14B 'on':11B 'part':5B 'pay':8B 'the':2A,9B 'time':6B,16B 'wage':17B
252	amendment	1	2	slz4lct7p	Article III, Section 2(a)(i)	\N	charter_english	A third month's grace	Layoffs run longer than two months.\ntwo three	'a':1A 'grace':5A 'layoff':6B 'longer':8B 'month':3A,11B 'run':7B 's':4A 'than':9B 'third':2A 'three':13B 'two':10B,12B
253	text	1	4	salvslsz2	Article I	\N	charter_english	Name and Jurisdiction	Name and Jurisdiction	'and':2A,5B 'jurisdict':3A,6B 'name':1A,4B
254	text	1	4	sxqih667m	Article I, Section 1	\N	charter_english	Name	Name	'name':1A,2B
255	text	1	4	s37ykwyhk	Article I, Section 1(a)	\N	charter_english		The name of this organization is Warehouse and Logistics Workers United, Local 1, called in this constitution "the Local".	'1':13B 'and':8B 'call':14B 'constitut':17B 'in':15B 'is':6B 'local':12B,19B 'logist':9B 'name':2B 'of':3B 'organ':5B 'the':1B,18B 'this':4B,16B 'unit':11B 'warehous':7B 'worker':10B
256	text	1	4	sxlnt6co2	Article I, Section 2	\N	charter_english	Jurisdiction	Jurisdiction	'jurisdict':1A,2B
257	text	1	4	sdym7mxqw	Article I, Section 2(a)	\N	charter_english		The Local represents and organizes workers employed in:	'and':4B 'employ':7B 'in':8B 'local':2B 'organ':5B 'repres':3B 'the':1B 'worker':6B
258	text	1	4	ss44ysavt	Article I, Section 2(a)(i)	\N	charter_english		warehouses, distribution centers and fulfillment centers;	'and':4B 'center':3B,6B 'distribut':2B 'fulfil':5B 'warehous':1B
259	text	1	4	srkb3s6x7	Article I, Section 2(a)(ii)	\N	charter_english		parcel sorting hubs, cross-docks and freight terminals; and	'and':6B,9B 'cross':4B 'dock':5B 'freight':7B 'hub':3B 'parcel':1B 'sort':2B 'termin':8B
260	text	1	4	sfkh3mumo	Article I, Section 2(a)(iii)	\N	charter_english		other logistics work that a general meeting decides is within the Local's jurisdiction.	'a':5B 'decid':8B 'general':6B 'is':9B 'jurisdict':14B 'local':12B 'logist':2B 'meet':7B 'other':1B 's':13B 'that':4B 'the':11B 'within':10B 'work':3B
261	text	1	4	s7pw7j6fn	Article I, Section 2(b)	\N	charter_english		The Local's geographic jurisdiction is the metropolitan region in which its founding members work, and any further area approved by a general meeting.	'a':22B 'and':16B 'ani':17B 'approv':20B 'area':19B 'by':21B 'found':13B 'further':18B 'general':23B 'geograph':4B 'in':10B 'is':6B 'it':12B 'jurisdict':5B 'local':2B 'meet':24B 'member':14B 'metropolitan':8B 'region':9B 's':3B 'the':1B,7B 'which':11B 'work':15B
262	text	1	4	sr6akq6pj	Article I, Section 3	\N	charter_english	Affiliation	Affiliation	'affili':1A,2B
263	text	1	4	sm2vv5l2h	Article I, Section 3(a)	\N	charter_english		The Local is independent and is governed by its members. No employer, political party or outside body may direct its affairs.	'affair':21B 'and':5B 'bodi':17B 'by':8B 'direct':19B 'employ':12B 'govern':7B 'independ':4B 'is':3B,6B 'it':9B,20B 'local':2B 'may':18B 'member':10B 'no':11B 'or':15B 'outsid':16B 'parti':14B 'polit':13B 'the':1B
264	text	1	4	s65c2puhf	Article I, Section 3(b)	\N	charter_english		The Local may affiliate with, or disaffiliate from, a national union or labor federation only by a referendum held under the same procedure and threshold as an amendment under Article XI, Section 2.	'2':33B 'a':9B,17B 'affili':4B 'amend':28B 'an':27B 'and':24B 'articl':30B 'as':26B 'by':16B 'disaffili':7B 'feder':14B 'from':8B 'held':19B 'labor':13B 'local':2B 'may':3B 'nation':10B 'onli':15B 'or':6B,12B 'procedur':23B 'referendum':18B 'same':22B 'section':32B 'the':1B,21B 'threshold':25B 'under':20B,29B 'union':11B 'with':5B 'xi':31B
265	text	1	4	su7faq4nb	Article II	\N	charter_english	Purposes	Purposes	'purpos':1A,2B
266	text	1	4	ssnp2godn	Article II, Section 1	\N	charter_english	Objects	Objects	'object':1A,2B
267	text	1	4	shkqh53oh	Article II, Section 1(a)	\N	charter_english		The purposes of the Local are:	'are':6B 'local':5B 'of':3B 'purpos':2B 'the':1B,4B
268	text	1	4	svrgevesj	Article II, Section 1(a)(i)	\N	charter_english		to bargain collectively over wages, hours, staffing, production rates, technology and safety;	'and':11B 'bargain':2B 'collect':3B 'hour':6B 'over':4B 'product':8B 'rate':9B 'safeti':12B 'staf':7B 'technolog':10B 'to':1B 'wage':5B
269	text	1	4	swekbaijt	Article II, Section 1(a)(ii)	\N	charter_english		to enforce collective agreements and to represent workers in disciplinary meetings, grievances and arbitration;	'agreement':4B 'and':5B,13B 'arbitr':14B 'collect':3B 'disciplinari':10B 'enforc':2B 'grievanc':12B 'in':9B 'meet':11B 'repres':7B 'to':1B,6B 'worker':8B
271	text	1	4	s44qtduqe	Article II, Section 1(a)(iv)	\N	charter_english		to educate members about their rights at work and about how their union is run.	'about':4B,10B 'and':9B 'at':7B 'educ':2B 'how':11B 'is':14B 'member':3B 'right':6B 'run':15B 'their':5B,12B 'to':1B 'union':13B 'work':8B
272	text	1	4	sbrpitrxx	Article II, Section 1(b)	\N	charter_english		The Local shall not be run for the private profit of any officer, employee or member.	'ani':12B 'be':5B 'employe':14B 'for':7B 'local':2B 'member':16B 'not':4B 'of':11B 'offic':13B 'or':15B 'privat':9B 'profit':10B 'run':6B 'shall':3B 'the':1B,8B
273	text	1	4	sjsxc6hpi	Article II, Section 2	\N	charter_english	Equality and Non-discrimination	Equality and Non-discrimination	'and':2A,6B 'discrimin':4A,8B 'equal':1A,5B 'non':3A,7B
274	text	1	4	sac6bibnp	Article II, Section 2(a)	\N	charter_english		The Local shall not discriminate against any worker on the basis of race, color, national origin, citizenship or immigration status, religion, sex, sexual orientation, gender identity, age, disability, language, political belief, or temporary, part-time, seasonal or agency status.	'against':6B 'age':27B 'agenc':38B 'ani':7B 'basi':11B 'belief':31B 'citizenship':17B 'color':14B 'disabl':28B 'discrimin':5B 'gender':25B 'ident':26B 'immigr':19B 'languag':29B 'local':2B 'nation':15B 'not':4B 'of':12B 'on':9B 'or':18B,32B,37B 'orient':24B 'origin':16B 'part':34B 'polit':30B 'race':13B 'religion':21B 'season':36B 'sex':22B 'sexual':23B 'shall':3B 'status':20B,39B 'temporari':33B 'the':1B,10B 'time':35B 'worker':8B
275	text	1	4	sqtn33mrk	Article II, Section 2(b)	\N	charter_english		The Local shall translate notices, ballots and this constitution into any language that is the first language of at least 5 percent of members, and shall provide interpretation at general meetings on request.	'5':21B 'and':7B,25B 'ani':11B 'at':19B,29B 'ballot':6B 'constitut':9B 'first':16B 'general':30B 'interpret':28B 'into':10B 'is':14B 'languag':12B,17B 'least':20B 'local':2B 'meet':31B 'member':24B 'notic':5B 'of':18B,23B 'on':32B 'percent':22B 'provid':27B 'request':33B 'shall':3B,26B 'that':13B 'the':1B,15B 'this':8B 'translat':4B
276	text	1	4	s74hk2npv	Article III	\N	charter_english	Membership	Membership	'membership':1A,2B
277	text	1	4	sn6fy5ywv	Article III, Section 1	\N	charter_english	Eligibility and Admission	Eligibility and Admission	'admiss':3A,6B 'and':2A,5B 'elig':1A,4B
278	text	1	4	svqmj7el7	Article III, Section 1(a)	\N	charter_english		Any worker employed within the jurisdiction described in Article I, Section 2 is eligible for membership, whether employed directly or through a staffing agency.	'2':12B 'a':22B 'agenc':24B 'ani':1B 'articl':9B 'describ':7B 'direct':19B 'elig':14B 'employ':3B,18B 'for':15B 'i':10B 'in':8B 'is':13B 'jurisdict':6B 'membership':16B 'or':20B 'section':11B 'staf':23B 'the':5B 'through':21B 'whether':17B 'within':4B 'worker':2B
279	text	1	4	sco6ll6zm	Article III, Section 1(b)	\N	charter_english		A worker becomes a member by:	'a':1B,4B 'becom':3B 'by':6B 'member':5B 'worker':2B
280	text	1	4	sbyqgvmeh	Article III, Section 1(b)(i)	\N	charter_english		signing a membership application, on paper or electronically; and	'a':2B 'and':9B 'applic':4B 'electron':8B 'membership':3B 'on':5B 'or':7B 'paper':6B 'sign':1B
281	text	1	4	sklybk4pn	Article III, Section 1(b)(ii)	\N	charter_english		paying the first month's dues or authorizing dues deduction, unless exempt under Article V, Section 2.	'2':17B 'articl':14B 'author':8B 'deduct':10B 'due':6B,9B 'exempt':12B 'first':3B 'month':4B 'or':7B 'pay':1B 's':5B 'section':16B 'the':2B 'under':13B 'unless':11B 'v':15B
282	text	1	4	sw3763hvt	Article III, Section 1(c)	\N	charter_english		No initiation fee shall be charged during an organizing campaign or within 90 days after the Local wins recognition for a new bargaining unit.	'90':13B 'a':21B 'after':15B 'an':8B 'bargain':23B 'be':5B 'campaign':10B 'charg':6B 'day':14B 'dure':7B 'fee':3B 'for':20B 'initi':2B 'local':17B 'new':22B 'no':1B 'or':11B 'organ':9B 'recognit':19B 'shall':4B 'the':16B 'unit':24B 'win':18B 'within':12B
283	text	1	4	sbynb66qz	Article III, Section 2	\N	charter_english	Good Standing	Good Standing	'good':1A,3B 'stand':2A,4B
284	text	1	4	sb3e53i3o	Article III, Section 2(a)	\N	charter_english		A member is in good standing if the member:	'a':1B 'good':5B 'if':7B 'in':4B 'is':3B 'member':2B,9B 'stand':6B 'the':8B
285	text	1	4	slz4lct7p	Article III, Section 2(a)(i)	\N	charter_english		is not more than two full months behind in dues; and	'and':11B 'behind':8B 'due':10B 'full':6B 'in':9B 'is':1B 'month':7B 'more':3B 'not':2B 'than':4B 'two':5B
286	text	1	4	stgidgqal	Article III, Section 2(a)(ii)	\N	charter_english		is not serving a suspension imposed under Article X, Section 3.	'3':11B 'a':4B 'articl':8B 'impos':6B 'is':1B 'not':2B 'section':10B 'serv':3B 'suspens':5B 'under':7B 'x':9B
287	text	1	4	sszkbppqo	Article III, Section 2(b)	\N	charter_english		A member whose dues are deducted from wages shall not lose good standing because an employer failed to deduct or forward them.	'a':1B 'an':15B 'are':5B 'becaus':14B 'deduct':6B,19B 'due':4B 'employ':16B 'fail':17B 'forward':21B 'from':7B 'good':12B 'lose':11B 'member':2B 'not':10B 'or':20B 'shall':9B 'stand':13B 'them':22B 'to':18B 'wage':8B 'whose':3B
288	text	1	4	sppmuxuoi	Article III, Section 2(c)	\N	charter_english		Only members in good standing may vote, nominate, hold office or sign a petition under this constitution.	'a':13B 'constitut':17B 'good':4B 'hold':9B 'in':3B 'may':6B 'member':2B 'nomin':8B 'offic':10B 'onli':1B 'or':11B 'petit':14B 'sign':12B 'stand':5B 'this':16B 'under':15B 'vote':7B
289	text	1	4	sxoz7j4mk	Article III, Section 3	\N	charter_english	Resignation	Resignation	'resign':1A,2B
290	text	1	4	sm3ntbhka	Article III, Section 3(a)	\N	charter_english		A member may resign by written notice to the Secretary-Treasurer. Resignation does not cancel dues owed for earlier months.	'a':1B 'by':5B 'cancel':15B 'doe':13B 'due':16B 'earlier':19B 'for':18B 'may':3B 'member':2B 'month':20B 'not':14B 'notic':7B 'owe':17B 'resign':4B,12B 'secretari':10B 'the':9B 'to':8B 'treasur':11B 'written':6B
292	text	1	4	sdavlevhg	Article IV, Section 1	\N	charter_english	Equal Rights	Equal Rights The rights in this Article belong equally to every member in good standing. They may be limited only by a penalty imposed under Article X, Section 3 after a fair hearing.	'3':31B 'a':24B,33B 'after':32B 'articl':9B,28B 'be':20B 'belong':10B 'by':23B 'equal':1A,3B,11B 'everi':13B 'fair':34B 'good':16B 'hear':35B 'impos':26B 'in':7B,15B 'limit':21B 'may':19B 'member':14B 'onli':22B 'penalti':25B 'right':2A,4B,6B 'section':30B 'stand':17B 'the':5B 'they':18B 'this':8B 'to':12B 'under':27B 'x':29B
293	text	1	4	so7cfeeov	Article IV, Section 1(a)	\N	charter_english		Every member in good standing has an equal right to:	'an':7B 'equal':8B 'everi':1B 'good':4B 'has':6B 'in':3B 'member':2B 'right':9B 'stand':5B 'to':10B
294	text	1	4	smsjcsqfq	Article IV, Section 1(a)(i)	\N	charter_english		attend, speak and vote at general and special meetings;	'and':3B,7B 'at':5B 'attend':1B 'general':6B 'meet':9B 'speak':2B 'special':8B 'vote':4B
295	text	1	4	sczuvwdgu	Article IV, Section 1(a)(ii)	\N	charter_english		vote in every election and referendum of the Local;	'and':5B 'elect':4B 'everi':3B 'in':2B 'local':9B 'of':7B 'referendum':6B 'the':8B 'vote':1B
296	text	1	4	sqxydvn4e	Article IV, Section 1(a)(iii)	\N	charter_english		nominate candidates for any office, and to be nominated, subject to Article IX, Section 2;	'2':15B 'and':6B 'ani':4B 'articl':12B 'be':8B 'candid':2B 'for':3B 'ix':13B 'nomin':1B,9B 'offic':5B 'section':14B 'subject':10B 'to':7B,11B
297	text	1	4	sfrgmbpzs	Article IV, Section 1(a)(iv)	\N	charter_english		propose motions at general meetings; and	'and':6B 'at':3B 'general':4B 'meet':5B 'motion':2B 'propos':1B
298	text	1	4	sejgxzs2c	Article IV, Section 1(a)(v)	\N	charter_english		propose amendments to this constitution, including as a co-sponsor of a petition under Article XI, Section 1.	'1':18B 'a':8B,12B 'amend':2B 'articl':15B 'as':7B 'co':9B 'constitut':5B 'includ':6B 'of':11B 'petit':13B 'propos':1B 'section':17B 'sponsor':10B 'this':4B 'to':3B 'under':14B 'xi':16B
299	text	1	4	ssy72kezt	Article IV, Section 1(b)	\N	charter_english		Each member in good standing has one vote. No one may vote by proxy.	'by':13B 'each':1B 'good':4B 'has':6B 'in':3B 'may':11B 'member':2B 'no':9B 'one':7B,10B 'proxi':14B 'stand':5B 'vote':8B,12B
300	text	1	4	sbtu6fbyl	Article IV, Section 1(c)	\N	charter_english		Members may criticize the officers, staff and policies of the Local without fear of retaliation, provided they follow reasonable rules of order and do not threaten or harass anyone.	'and':7B,23B 'anyon':29B 'critic':3B 'do':24B 'fear':13B 'follow':18B 'harass':28B 'local':11B 'may':2B 'member':1B 'not':25B 'of':9B,14B,21B 'offic':5B 'or':27B 'order':22B 'polici':8B 'provid':16B 'reason':19B 'retali':15B 'rule':20B 'staff':6B 'the':4B,10B 'they':17B 'threaten':26B 'without':12B
301	text	1	4	s7rwd2a6q	Article IV, Section 2	\N	charter_english	Secret Ballot	Secret Ballot	'ballot':2A,4B 'secret':1A,3B
302	text	1	4	spyle6amm	Article IV, Section 2(a)	\N	charter_english		The following shall always be decided by secret ballot:	'alway':4B 'ballot':9B 'be':5B 'by':7B 'decid':6B 'follow':2B 'secret':8B 'shall':3B 'the':1B
303	text	1	4	sctoskdof	Article IV, Section 2(a)(i)	\N	charter_english		elections of officers, Executive Board members, trustees and stewards;	'and':8B 'board':5B 'elect':1B 'execut':4B 'member':6B 'of':2B 'offic':3B 'steward':9B 'truste':7B
304	text	1	4	sihn6n5dm	Article IV, Section 2(a)(ii)	\N	charter_english		ratification of collective agreements and authorization of strikes; and	'agreement':4B 'and':5B,9B 'author':6B 'collect':3B 'of':2B,7B 'ratif':1B 'strike':8B
305	text	1	4	s44qapehi	Article IV, Section 2(a)(iii)	\N	charter_english		amendments to this constitution, including a complete revision.	'a':6B 'amend':1B 'complet':7B 'constitut':4B 'includ':5B 'revis':8B 'this':3B 'to':2B
306	text	1	4	st2e3uxxd	Article IV, Section 2(b)	\N	charter_english		Any other question at a general meeting shall be decided by secret ballot if 10 members present ask for it.	'10':15B 'a':5B 'ani':1B 'ask':18B 'at':4B 'ballot':13B 'be':9B 'by':11B 'decid':10B 'for':19B 'general':6B 'if':14B 'it':20B 'meet':7B 'member':16B 'other':2B 'present':17B 'question':3B 'secret':12B 'shall':8B
307	text	1	4	sccrb74ph	Article IV, Section 2(c)	\N	charter_english		No officer, candidate or observer may find out how any member voted.	'ani':10B 'candid':3B 'find':7B 'how':9B 'may':6B 'member':11B 'no':1B 'observ':5B 'offic':2B 'or':4B 'out':8B 'vote':12B
308	text	1	4	srkm6tev7	Article IV, Section 3	\N	charter_english	Access to Information	Access to Information	'access':1A,4B 'inform':3A,6B 'to':2A,5B
309	text	1	4	sbw4bbzzx	Article IV, Section 3(a)	\N	charter_english		Every member in good standing has the right to:	'everi':1B 'good':4B 'has':6B 'in':3B 'member':2B 'right':8B 'stand':5B 'the':7B 'to':9B
310	text	1	4	sywqrknfn	Article IV, Section 3(a)(i)	\N	charter_english		receive a copy of this constitution and of every collective agreement that covers the member;	'a':2B 'agreement':11B 'and':7B 'collect':10B 'constitut':6B 'copi':3B 'cover':13B 'everi':9B 'member':15B 'of':4B,8B 'receiv':1B 'that':12B 'the':14B 'this':5B
311	text	1	4	s7s6nthrr	Article IV, Section 3(a)(ii)	\N	charter_english		inspect the financial reports and the audit report described in Article V, Section 4; and	'4':14B 'and':5B,15B 'articl':11B 'audit':7B 'describ':9B 'financi':3B 'in':10B 'inspect':1B 'report':4B,8B 'section':13B 'the':2B,6B 'v':12B
312	text	1	4	sazdq6iz4	Article IV, Section 3(a)(iii)	\N	charter_english		read the minutes of general meetings and Executive Board meetings, except for parts dealing with individual grievances, legal advice or personnel matters.	'advic':19B 'and':7B 'board':9B 'deal':14B 'except':11B 'execut':8B 'for':12B 'general':5B 'grievanc':17B 'individu':16B 'legal':18B 'matter':22B 'meet':6B,10B 'minut':3B 'of':4B 'or':20B 'part':13B 'personnel':21B 'read':1B 'the':2B 'with':15B
313	text	1	4	s3vfw2h72	Article IV, Section 3(b)	\N	charter_english		The Local shall answer a request for information within 21 days.	'21':10B 'a':5B 'answer':4B 'day':11B 'for':7B 'inform':8B 'local':2B 'request':6B 'shall':3B 'the':1B 'within':9B
314	text	1	4	s5v7lqogu	Article IV, Section 4	\N	charter_english	Fair Representation	Fair Representation	'fair':1A,3B 'represent':2A,4B
315	text	1	4	s245vzktq	Article IV, Section 4(a)	\N	charter_english		The Local shall represent every worker in its bargaining units fairly and in good faith, whether or not the worker is a member.	'a':22B 'and':12B 'bargain':9B 'everi':5B 'fair':11B 'faith':15B 'good':14B 'in':7B,13B 'is':21B 'it':8B 'local':2B 'member':23B 'not':18B 'or':17B 'repres':4B 'shall':3B 'the':1B,19B 'unit':10B 'whether':16B 'worker':6B,20B
316	text	1	4	snfrpuq2a	Article IV, Section 4(b)	\N	charter_english		A member who believes a grievance was handled unfairly may ask the Executive Board to review it, and may appeal the Board's answer to the next regular general meeting.	'a':1B,5B 'and':18B 'answer':24B 'appeal':20B 'ask':11B 'believ':4B 'board':14B,22B 'execut':13B 'general':29B 'grievanc':6B 'handl':8B 'it':17B 'may':10B,19B 'meet':30B 'member':2B 'next':27B 'regular':28B 'review':16B 's':23B 'the':12B,21B,26B 'to':15B,25B 'unfair':9B 'was':7B 'who':3B
317	text	1	4	s7zduzhjt	Article V	\N	charter_english	Dues and Finances	Dues and Finances	'and':2A,5B 'due':1A,4B 'financ':3A,6B
318	text	1	4	shvx4ismh	Article V, Section 1	\N	charter_english	Dues	Dues	'due':1A,2B
319	text	1	4	si5mn6gum	Article V, Section 1(a)	\N	charter_english		Monthly dues are 1.5 percent of base wages, up to a maximum of 45 dollars a month.	'1':4B '45':15B '5':5B 'a':12B,17B 'are':3B 'base':8B 'dollar':16B 'due':2B 'maximum':13B 'month':1B,18B 'of':7B,14B 'percent':6B 'to':11B 'up':10B 'wage':9B
320	text	1	4	s4nh4iofh	Article V, Section 1(b)	\N	charter_english		The dues rate, the maximum, any initiation fee and any special assessment may be changed only:	'and':9B 'ani':6B,10B 'assess':12B 'be':14B 'chang':15B 'due':2B 'fee':8B 'initi':7B 'maximum':5B 'may':13B 'onli':16B 'rate':3B 'special':11B 'the':1B,4B
321	text	1	4	stdxdbvuz	Article V, Section 1(b)(i)	\N	charter_english		by a majority of the votes cast in a secret ballot of members in good standing; and	'a':2B,9B 'and':17B 'ballot':11B 'by':1B 'cast':7B 'good':15B 'in':8B,14B 'major':3B 'member':13B 'of':4B,12B 'secret':10B 'stand':16B 'the':5B 'vote':6B
322	text	1	4	si5xlz4e6	Article V, Section 1(b)(ii)	\N	charter_english		after at least 30 days' written notice stating the reasons for the change.	'30':4B 'after':1B 'at':2B 'chang':13B 'day':5B 'for':11B 'least':3B 'notic':7B 'reason':10B 'state':8B 'the':9B,12B 'written':6B
323	text	1	4	s2icacgv3	Article V, Section 2	\N	charter_english	Hardship and Exemptions	Hardship and Exemptions	'and':2A,5B 'exempt':3A,6B 'hardship':1A,4B
324	text	1	4	sjafb5hop	Article V, Section 2(a)	\N	charter_english		A member owes no dues for any month in which the member earns no wages in the jurisdiction because of layoff, illness, injury, parental leave, a strike or a lockout.	'a':1B,26B,29B 'ani':7B 'becaus':19B 'due':5B 'earn':13B 'for':6B 'ill':22B 'in':9B,16B 'injuri':23B 'jurisdict':18B 'layoff':21B 'leav':25B 'lockout':30B 'member':2B,12B 'month':8B 'no':4B,14B 'of':20B 'or':28B 'owe':3B 'parent':24B 'strike':27B 'the':11B,17B 'wage':15B 'which':10B
325	text	1	4	s5rz7jfft	Article V, Section 2(b)	\N	charter_english		The Secretary-Treasurer and one other officer may grant a confidential hardship exemption. An exempt member remains in good standing.	'a':10B 'an':14B 'and':4B 'confidenti':11B 'exempt':13B,15B 'good':19B 'grant':9B 'hardship':12B 'in':18B 'may':8B 'member':16B 'offic':7B 'one':5B 'other':6B 'remain':17B 'secretari':2B 'stand':20B 'the':1B 'treasur':3B
326	text	1	4	sdnsax3yx	Article V, Section 3	\N	charter_english	Financial Controls	Financial Controls	'control':2A,4B 'financi':1A,3B
327	text	1	4	s7nstrpeg	Article V, Section 3(a)	\N	charter_english		The funds of the Local shall be used only for the purposes set out in Article II, Section 1, and shall be held in accounts in the Local's name.	'1':19B 'account':25B 'and':20B 'articl':16B 'be':7B,22B 'for':10B 'fund':2B 'held':23B 'ii':17B 'in':15B,24B,26B 'local':5B,28B 'name':30B 'of':3B 'onli':9B 'out':14B 'purpos':12B 's':29B 'section':18B 'set':13B 'shall':6B,21B 'the':1B,4B,11B,27B 'use':8B
328	text	1	4	sf2ydya5h	Article V, Section 3(b)	\N	charter_english		Spending shall be approved as follows:	'approv':4B 'as':5B 'be':3B 'follow':6B 'shall':2B 'spend':1B
329	text	1	4	sc6t5jwqi	Article V, Section 3(b)(i)	\N	charter_english		every payment requires the approval of two officers, one of whom is the Secretary-Treasurer or, in that officer's absence, the President;	'absenc':21B 'approv':5B 'everi':1B 'in':17B 'is':12B 'of':6B,10B 'offic':8B,19B 'one':9B 'or':16B 'payment':2B 'presid':23B 'requir':3B 's':20B 'secretari':14B 'that':18B 'the':4B,13B,22B 'treasur':15B 'two':7B 'whom':11B
330	text	1	4	sx4kn7f7e	Article V, Section 3(b)(ii)	\N	charter_english		any single expenditure over 2,500 dollars requires the prior approval of the Executive Board; and	'2':5B '500':6B 'and':16B 'ani':1B 'approv':11B 'board':15B 'dollar':7B 'execut':14B 'expenditur':3B 'of':12B 'over':4B 'prior':10B 'requir':8B 'singl':2B 'the':9B,13B
331	text	1	4	syxjva64o	Article V, Section 3(b)(iii)	\N	charter_english		any single expenditure over 15,000 dollars requires the prior approval of a general meeting, except:	'000':6B '15':5B 'a':13B 'ani':1B 'approv':11B 'dollar':7B 'except':16B 'expenditur':3B 'general':14B 'meet':15B 'of':12B 'over':4B 'prior':10B 'requir':8B 'singl':2B 'the':9B
332	text	1	4	s4k64okxf	Article V, Section 3(b)(iii)(A)	\N	charter_english		staff wages, rent and insurance already in the approved budget; and	'alreadi':6B 'and':4B,11B 'approv':9B 'budget':10B 'in':7B 'insur':5B 'rent':3B 'staff':1B 'the':8B 'wage':2B
355	text	1	4	s4a6prc5t	Article VI, Section 3(a)	\N	charter_english		If the office of President becomes vacant, the Vice-President becomes President for the rest of the term.	'becom':6B,11B 'for':13B 'if':1B 'of':4B,16B 'offic':3B 'presid':5B,10B,12B 'rest':15B 'term':18B 'the':2B,8B,14B,17B 'vacant':7B 'vice':9B
333	text	1	4	sad5gucbb	Article V, Section 3(b)(iii)(B)	\N	charter_english		strike pay and legal costs during a strike, which the Executive Board shall report to the next general meeting.	'a':7B 'and':3B 'board':12B 'cost':5B 'dure':6B 'execut':11B 'general':18B 'legal':4B 'meet':19B 'next':17B 'pay':2B 'report':14B 'shall':13B 'strike':1B,8B 'the':10B,16B 'to':15B 'which':9B
334	text	1	4	swxbj53yk	Article V, Section 3(c)	\N	charter_english		The Executive Board shall present an annual budget for approval at the first regular general meeting of each calendar year.	'an':6B 'annual':7B 'approv':10B 'at':11B 'board':3B 'budget':8B 'calendar':19B 'each':18B 'execut':2B 'first':13B 'for':9B 'general':15B 'meet':16B 'of':17B 'present':5B 'regular':14B 'shall':4B 'the':1B,12B 'year':20B
335	text	1	4	sn2gpwxwd	Article V, Section 3(d)	\N	charter_english		The Local shall not lend money to any officer, employee or member.	'ani':8B 'employe':10B 'lend':5B 'local':2B 'member':12B 'money':6B 'not':4B 'offic':9B 'or':11B 'shall':3B 'the':1B 'to':7B
336	text	1	4	s4mxcardh	Article V, Section 4	\N	charter_english	Audit and Reporting	Audit and Reporting	'and':2A,5B 'audit':1A,4B 'report':3A,6B
337	text	1	4	spqrk6pc6	Article V, Section 4(a)	\N	charter_english		The Secretary-Treasurer shall present a written financial report to every regular general meeting.	'a':6B 'everi':11B 'financi':8B 'general':13B 'meet':14B 'present':5B 'regular':12B 'report':9B 'secretari':2B 'shall':4B 'the':1B 'to':10B 'treasur':3B 'written':7B
338	text	1	4	sj5ml5zyi	Article V, Section 4(b)	\N	charter_english		The accounts shall be examined every year by:	'account':2B 'be':4B 'by':8B 'everi':6B 'examin':5B 'shall':3B 'the':1B 'year':7B
339	text	1	4	s6aeefktg	Article V, Section 4(b)(i)	\N	charter_english		an independent accountant who is not a member of the Local; and	'a':7B 'account':3B 'an':1B 'and':12B 'independ':2B 'is':5B 'local':11B 'member':8B 'not':6B 'of':9B 'the':10B 'who':4B
340	text	1	4	sdomycnlz	Article V, Section 4(b)(ii)	\N	charter_english		a Trustee Committee of three members in good standing, elected with the officers, who are not officers or staff.	'a':1B 'are':15B 'committe':3B 'elect':10B 'good':8B 'in':7B 'member':6B 'not':16B 'of':4B 'offic':13B,17B 'or':18B 'staff':19B 'stand':9B 'the':12B 'three':5B 'truste':2B 'who':14B 'with':11B
341	text	1	4	st74ygcx5	Article V, Section 4(c)	\N	charter_english		The audit report shall be sent to all members within 30 days after it is completed.	'30':11B 'after':13B 'all':8B 'audit':2B 'be':5B 'complet':16B 'day':12B 'is':15B 'it':14B 'member':9B 'report':3B 'sent':6B 'shall':4B 'the':1B 'to':7B 'within':10B
342	text	1	4	skktahgy4	Article VI	\N	charter_english	Officers	Officers	'offic':1A,2B
343	text	1	4	spfl3ydfe	Article VI, Section 1	\N	charter_english	Officers of the Local	Officers of the Local	'local':4A,8B 'of':2A,6B 'offic':1A,5B 'the':3A,7B
344	text	1	4	s54wh3bru	Article VI, Section 1(a)	\N	charter_english		The officers of the Local are the President, the Vice-President, the Secretary-Treasurer and the Recording Secretary.	'and':15B 'are':6B 'local':5B 'of':3B 'offic':2B 'presid':8B,11B 'record':17B 'secretari':13B,18B 'the':1B,4B,7B,9B,12B,16B 'treasur':14B 'vice':10B
345	text	1	4	spjbrmmh3	Article VI, Section 1(b)	\N	charter_english		Officers are elected for three-year terms under Article IX, Section 3. No person may hold two offices at once.	'3':12B 'are':2B 'articl':9B 'at':19B 'elect':3B 'for':4B 'hold':16B 'ix':10B 'may':15B 'no':13B 'offic':1B,18B 'onc':20B 'person':14B 'section':11B 'term':7B 'three':5B 'two':17B 'under':8B 'year':6B
346	text	1	4	s4lmrv2aq	Article VI, Section 2	\N	charter_english	Duties of Officers	Duties of Officers	'duti':1A,4B 'of':2A,5B 'offic':3A,6B
347	text	1	4	sqcy5q3we	Article VI, Section 2(a)	\N	charter_english		The President shall chair general meetings and Executive Board meetings, speak for the Local, and report in writing to every regular general meeting.	'and':7B,15B 'board':9B 'chair':4B 'everi':20B 'execut':8B 'for':12B 'general':5B,22B 'in':17B 'local':14B 'meet':6B,10B,23B 'presid':2B 'regular':21B 'report':16B 'shall':3B 'speak':11B 'the':1B,13B 'to':19B 'write':18B
348	text	1	4	sehmhpqei	Article VI, Section 2(b)	\N	charter_english		The Vice-President shall coordinate the stewards and act as President when the President is absent.	'absent':16B 'act':9B 'and':8B 'as':10B 'coordin':5B 'is':15B 'presid':3B,11B,14B 'shall':4B 'steward':7B 'the':1B,6B,13B 'vice':2B 'when':12B
349	text	1	4	syrdbkvyn	Article VI, Section 2(c)	\N	charter_english		The Secretary-Treasurer shall:	'secretari':2B 'shall':4B 'the':1B 'treasur':3B
350	text	1	4	sjhtobz4z	Article VI, Section 2(c)(i)	\N	charter_english		keep the membership roll and the financial records;	'and':5B 'financi':7B 'keep':1B 'membership':3B 'record':8B 'roll':4B 'the':2B,6B
351	text	1	4	sogdzegbq	Article VI, Section 2(c)(ii)	\N	charter_english		make payments only in accordance with Article V, Section 3; and	'3':10B 'accord':5B 'and':11B 'articl':7B 'in':4B 'make':1B 'onli':3B 'payment':2B 'section':9B 'v':8B 'with':6B
352	text	1	4	sio7gs5o3	Article VI, Section 2(c)(iii)	\N	charter_english		hand over all records and passwords to a successor within 7 days after leaving office.	'7':11B 'a':8B 'after':13B 'all':3B 'and':5B 'day':12B 'hand':1B 'leav':14B 'offic':15B 'over':2B 'password':6B 'record':4B 'successor':9B 'to':7B 'within':10B
353	text	1	4	sk6xmkfwj	Article VI, Section 2(d)	\N	charter_english		The Recording Secretary shall keep minutes, send notices of meetings, and keep the official text of this constitution with a record of every amendment.	'a':20B 'amend':24B 'and':11B 'constitut':18B 'everi':23B 'keep':5B,12B 'meet':10B 'minut':6B 'notic':8B 'of':9B,16B,22B 'offici':14B 'record':2B,21B 'secretari':3B 'send':7B 'shall':4B 'text':15B 'the':1B,13B 'this':17B 'with':19B
354	text	1	4	sxn5yjbgs	Article VI, Section 3	\N	charter_english	Vacancies	Vacancies	'vacanc':1A,2B
356	text	1	4	swy477zz7	Article VI, Section 3(b)	\N	charter_english		Any other vacancy shall be filled:	'ani':1B 'be':5B 'fill':6B 'other':2B 'shall':4B 'vacanc':3B
357	text	1	4	sbaim4m6r	Article VI, Section 3(b)(i)	\N	charter_english		if more than 12 months remain in the term, by a special election; or	'12':4B 'a':11B 'by':10B 'elect':13B 'if':1B 'in':7B 'month':5B 'more':2B 'or':14B 'remain':6B 'special':12B 'term':9B 'than':3B 'the':8B
358	text	1	4	shefcpzvv	Article VI, Section 3(b)(ii)	\N	charter_english		otherwise, by appointment by the Executive Board, confirmed at the next regular general meeting.	'appoint':3B 'at':9B 'board':7B 'by':2B,4B 'confirm':8B 'execut':6B 'general':13B 'meet':14B 'next':11B 'otherwis':1B 'regular':12B 'the':5B,10B
359	text	1	4	skkmlwikd	Article VI, Section 4	\N	charter_english	Removal from Office	Removal from Office	'from':2A,5B 'offic':3A,6B 'remov':1A,4B
360	text	1	4	s7on23yl6	Article VI, Section 4(a)	\N	charter_english		An officer, Executive Board member or trustee may be removed:	'an':1B 'be':9B 'board':4B 'execut':3B 'may':8B 'member':5B 'offic':2B 'or':6B 'remov':10B 'truste':7B
361	text	1	4	sgyzgfc6n	Article VI, Section 4(a)(i)	\N	charter_english		as a penalty for an offense listed in Article X, Section 1, proven at a hearing under Article X, Section 2; or	'1':12B '2':21B 'a':2B,15B 'an':5B 'articl':9B,18B 'as':1B 'at':14B 'for':4B 'hear':16B 'in':8B 'list':7B 'offens':6B 'or':22B 'penalti':3B 'proven':13B 'section':11B,20B 'under':17B 'x':10B,19B
362	text	1	4	skjf7cslk	Article VI, Section 4(a)(ii)	\N	charter_english		by recall, on a petition signed by at least 15 percent of members in good standing.	'15':10B 'a':4B 'at':8B 'by':1B,7B 'good':15B 'in':14B 'least':9B 'member':13B 'of':12B 'on':3B 'percent':11B 'petit':5B 'recal':2B 'sign':6B 'stand':16B
363	text	1	4	smeilfhsr	Article VI, Section 4(b)	\N	charter_english		On a valid recall petition, the Election Committee shall hold a secret ballot within 45 days. The officer is removed if a majority of the votes cast favor removal.	'45':15B 'a':2B,11B,22B 'ballot':13B 'cast':27B 'committe':8B 'day':16B 'elect':7B 'favor':28B 'hold':10B 'if':21B 'is':19B 'major':23B 'of':24B 'offic':18B 'on':1B 'petit':5B 'recal':4B 'remov':20B,29B 'secret':12B 'shall':9B 'the':6B,17B,25B 'valid':3B 'vote':26B 'within':14B
364	text	1	4	ss5w5e7qx	Article VII	\N	charter_english	Executive Board	Executive Board	'board':2A,4B 'execut':1A,3B
365	text	1	4	sbccq3krv	Article VII, Section 1	\N	charter_english	Composition	Composition	'composit':1A,2B
366	text	1	4	ses4tmqso	Article VII, Section 1(a)	\N	charter_english		The Executive Board consists of:	'board':3B 'consist':4B 'execut':2B 'of':5B 'the':1B
367	text	1	4	s754edsn4	Article VII, Section 1(a)(i)	\N	charter_english		the four officers;	'four':2B 'offic':3B 'the':1B
368	text	1	4	styficgre	Article VII, Section 1(a)(ii)	\N	charter_english		one member elected by and from each district named in a district list approved by a general meeting; and	'a':11B,16B 'and':5B,19B 'approv':14B 'by':4B,15B 'district':8B,12B 'each':7B 'elect':3B 'from':6B 'general':17B 'in':10B 'list':13B 'meet':18B 'member':2B 'name':9B 'one':1B
369	text	1	4	s36tvjkyk	Article VII, Section 1(a)(iii)	\N	charter_english		two members elected at large, at least one of whom holds a temporary, seasonal, part-time or agency position when nominated.	'a':12B 'agenc':18B 'at':4B,6B 'elect':3B 'hold':11B 'larg':5B 'least':7B 'member':2B 'nomin':21B 'of':9B 'one':8B 'or':17B 'part':15B 'posit':19B 'season':14B 'temporari':13B 'time':16B 'two':1B 'when':20B 'whom':10B
370	text	1	4	snaiwu2wb	Article VII, Section 1(b)	\N	charter_english		Board members serve three-year terms and are elected with the officers.	'and':7B 'are':8B 'board':1B 'elect':9B 'member':2B 'offic':12B 'serv':3B 'term':6B 'the':11B 'three':4B 'with':10B 'year':5B
371	text	1	4	sli56fd7b	Article VII, Section 2	\N	charter_english	Powers and Duties	Powers and Duties	'and':2A,5B 'duti':3A,6B 'power':1A,4B
372	text	1	4	saz52ikor	Article VII, Section 2(a)	\N	charter_english		Between general meetings, the Executive Board directs the affairs of the Local, subject to this constitution and to the decisions of the general meeting.	'affair':9B 'and':17B 'between':1B 'board':6B 'constitut':16B 'decis':20B 'direct':7B 'execut':5B 'general':2B,23B 'local':12B 'meet':3B,24B 'of':10B,21B 'subject':13B 'the':4B,8B,11B,19B,22B 'this':15B 'to':14B,18B
373	text	1	4	sggzkbvks	Article VII, Section 2(b)	\N	charter_english		The Executive Board shall hire and supervise staff, appoint bargaining committees that include workers from each affected workplace, and decide which grievances go to arbitration, subject to Article IV, Section 4.	'4':31B 'affect':17B 'and':6B,19B 'appoint':9B 'arbitr':25B 'articl':28B 'bargain':10B 'board':3B 'committe':11B 'decid':20B 'each':16B 'execut':2B 'from':15B 'go':23B 'grievanc':22B 'hire':5B 'includ':13B 'iv':29B 'section':30B 'shall':4B 'staff':8B 'subject':26B 'supervis':7B 'that':12B 'the':1B 'to':24B,27B 'which':21B 'worker':14B 'workplac':18B
374	text	1	4	szznn2hi7	Article VII, Section 2(c)	\N	charter_english		The Executive Board may not:	'board':3B 'execut':2B 'may':4B 'not':5B 'the':1B
375	text	1	4	siorb7dh7	Article VII, Section 2(c)(i)	\N	charter_english		accept a collective agreement without a ratification vote of the members covered;	'a':2B,6B 'accept':1B 'agreement':4B 'collect':3B 'cover':12B 'member':11B 'of':9B 'ratif':7B 'the':10B 'vote':8B 'without':5B
376	text	1	4	snmffcz5x	Article VII, Section 2(c)(ii)	\N	charter_english		call or end a strike without a vote of the members concerned; or	'a':4B,7B 'call':1B 'concern':12B 'end':3B 'member':11B 'of':9B 'or':2B,13B 'strike':5B 'the':10B 'vote':8B 'without':6B
377	text	1	4	s4unt5u3o	Article VII, Section 2(c)(iii)	\N	charter_english		overturn a decision of a general meeting.	'a':2B,5B 'decis':3B 'general':6B 'meet':7B 'of':4B 'overturn':1B
378	text	1	4	sbxjeycuz	Article VII, Section 3	\N	charter_english	Board Meetings	Board Meetings	'board':1A,3B 'meet':2A,4B
460	text	1	4	swtylqn5u	Article X, Section 3(a)(iv)	\N	charter_english		suspension of membership rights for up to two years; or	'for':5B 'membership':3B 'of':2B 'or':10B 'right':4B 'suspens':1B 'to':7B 'two':8B 'up':6B 'year':9B
379	text	1	4	sxo22wj5p	Article VII, Section 3(a)	\N	charter_english		The Executive Board shall meet at least monthly. A majority of Board members in office is a quorum.	'a':9B,17B 'at':6B 'board':3B,12B 'execut':2B 'in':14B 'is':16B 'least':7B 'major':10B 'meet':5B 'member':13B 'month':8B 'of':11B 'offic':15B 'quorum':18B 'shall':4B 'the':1B
380	text	1	4	srqax4l2k	Article VII, Section 3(b)	\N	charter_english		Any member in good standing may observe Board meetings, except closed sessions on individual grievances, legal advice or personnel matters.	'advic':17B 'ani':1B 'board':8B 'close':11B 'except':10B 'good':4B 'grievanc':15B 'in':3B 'individu':14B 'legal':16B 'matter':20B 'may':6B 'meet':9B 'member':2B 'observ':7B 'on':13B 'or':18B 'personnel':19B 'session':12B 'stand':5B
381	text	1	4	s2x6zeuwy	Article VII, Section 4	\N	charter_english	Stewards and Committees	Stewards and Committees	'and':2A,5B 'committe':3A,6B 'steward':1A,4B
382	text	1	4	snyrp63ba	Article VII, Section 4(a)	\N	charter_english		The members at each worksite shall elect stewards by secret ballot, at least one for every 40 members on each shift, for two-year terms.	'40':17B 'at':3B,12B 'ballot':11B 'by':9B 'each':4B,20B 'elect':7B 'everi':16B 'for':15B,22B 'least':13B 'member':2B,18B 'on':19B 'one':14B 'secret':10B 'shall':6B 'shift':21B 'steward':8B 'term':25B 'the':1B 'two':23B 'worksit':5B 'year':24B
383	text	1	4	sp2u6in7i	Article VII, Section 4(b)	\N	charter_english		The standing committees are the Election Committee under Article IX, Section 1, the Trustee Committee under Article V, Section 4, and the Health and Safety, Organizing and Education Committees, which any member in good standing may join.	'1':12B '4':20B 'and':21B,24B,27B 'ani':31B 'are':4B 'articl':9B,17B 'committe':3B,7B,15B,29B 'educ':28B 'elect':6B 'good':34B 'health':23B 'in':33B 'ix':10B 'join':37B 'may':36B 'member':32B 'organ':26B 'safeti':25B 'section':11B,19B 'stand':2B,35B 'the':1B,5B,13B,22B 'truste':14B 'under':8B,16B 'v':18B 'which':30B
384	text	1	4	s4e5bcam7	Article VIII	\N	charter_english	Meetings and Quorum	Meetings and Quorum	'and':2A,5B 'meet':1A,4B 'quorum':3A,6B
385	text	1	4	sc2wl7rib	Article VIII, Section 1	\N	charter_english	General Meetings	General Meetings	'general':1A,3B 'meet':2A,4B
386	text	1	4	sb2jyojik	Article VIII, Section 1(a)	\N	charter_english		The general meeting is the highest authority of the Local, subject to this constitution and to the results of referendums.	'and':15B 'author':7B 'constitut':14B 'general':2B 'highest':6B 'is':4B 'local':10B 'meet':3B 'of':8B,19B 'referendum':20B 'result':18B 'subject':11B 'the':1B,5B,9B,17B 'this':13B 'to':12B,16B
387	text	1	4	skxng4pcr	Article VIII, Section 1(b)	\N	charter_english		Regular general meetings shall be held at least once every three months. So that every shift can take part:	'at':7B 'be':5B 'can':17B 'everi':10B,15B 'general':2B 'held':6B 'least':8B 'meet':3B 'month':12B 'onc':9B 'part':19B 'regular':1B 'shall':4B 'shift':16B 'so':13B 'take':18B 'that':14B 'three':11B
388	text	1	4	s3cmf2spz	Article VIII, Section 1(b)(i)	\N	charter_english		meeting times shall rotate among morning, afternoon and evening; and	'afternoon':7B 'among':5B 'and':8B,10B 'even':9B 'meet':1B 'morn':6B 'rotat':4B 'shall':3B 'time':2B
389	text	1	4	ssz7dtjmc	Article VIII, Section 1(b)(ii)	\N	charter_english		a meeting may be held at more than one location, or partly online, if members at every location can hear, speak and vote.	'a':1B 'and':22B 'at':6B,16B 'be':4B 'can':19B 'everi':17B 'hear':20B 'held':5B 'if':14B 'locat':10B,18B 'may':3B 'meet':2B 'member':15B 'more':7B 'one':9B 'onlin':13B 'or':11B 'part':12B 'speak':21B 'than':8B 'vote':23B
390	text	1	4	s75njn2vf	Article VIII, Section 1(c)	\N	charter_english		Notice of each regular general meeting, with a draft agenda, shall be posted at every worksite and sent to members at least 14 days in advance.	'14':23B 'a':8B 'advanc':26B 'agenda':10B 'and':17B 'at':14B,21B 'be':12B 'day':24B 'draft':9B 'each':3B 'everi':15B 'general':5B 'in':25B 'least':22B 'meet':6B 'member':20B 'notic':1B 'of':2B 'post':13B 'regular':4B 'sent':18B 'shall':11B 'to':19B 'with':7B 'worksit':16B
391	text	1	4	s424tguyz	Article VIII, Section 2	\N	charter_english	Special Meetings	Special Meetings	'meet':2A,4B 'special':1A,3B
392	text	1	4	sr47oheyd	Article VIII, Section 2(a)	\N	charter_english		The President shall call a special general meeting on a decision of the Executive Board, or on a petition signed by 5 percent of members in good standing or 50 members in good standing, whichever is fewer.	'5':22B '50':30B 'a':5B,10B,18B 'board':15B 'by':21B 'call':4B 'decis':11B 'execut':14B 'fewer':37B 'general':7B 'good':27B,33B 'in':26B,32B 'is':36B 'meet':8B 'member':25B,31B 'of':12B,24B 'on':9B,17B 'or':16B,29B 'percent':23B 'petit':19B 'presid':2B 'shall':3B 'sign':20B 'special':6B 'stand':28B,34B 'the':1B,13B 'whichev':35B
393	text	1	4	sxzy7dn7g	Article VIII, Section 2(b)	\N	charter_english		A special meeting shall be held on at least 7 days' notice stating its business, and no other business may be decided at it.	'7':10B 'a':1B 'and':16B 'at':8B,23B 'be':5B,21B 'busi':15B,19B 'day':11B 'decid':22B 'held':6B 'it':14B,24B 'least':9B 'may':20B 'meet':3B 'no':17B 'notic':12B 'on':7B 'other':18B 'shall':4B 'special':2B 'state':13B
394	text	1	4	sdqhcvpev	Article VIII, Section 3	\N	charter_english	Quorum and Procedure	Quorum and Procedure	'and':2A,5B 'procedur':3A,6B 'quorum':1A,4B
395	text	1	4	snihedsez	Article VIII, Section 3(a)	\N	charter_english		The quorum for a regular or special general meeting is 5 percent of members in good standing or 75 members in good standing, whichever is fewer. Members at every location of a meeting held under Article VIII, Section 1 are counted together.	'1':39B '5':11B '75':19B 'a':4B,32B 'are':40B 'articl':36B 'at':28B 'count':41B 'everi':29B 'fewer':26B 'for':3B 'general':8B 'good':16B,22B 'held':34B 'in':15B,21B 'is':10B,25B 'locat':30B 'meet':9B,33B 'member':14B,20B,27B 'of':13B,31B 'or':6B,18B 'percent':12B 'quorum':2B 'regular':5B 'section':38B 'special':7B 'stand':17B,23B 'the':1B 'togeth':42B 'under':35B 'viii':37B 'whichev':24B
396	text	1	4	sslbbylbr	Article VIII, Section 3(b)	\N	charter_english		If there is no quorum 30 minutes after the scheduled start:	'30':6B 'after':8B 'if':1B 'is':3B 'minut':7B 'no':4B 'quorum':5B 'schedul':10B 'start':11B 'the':9B 'there':2B
397	text	1	4	sofbyg2ny	Article VIII, Section 3(b)(i)	\N	charter_english		the members present may hear reports and discuss, but may not make binding decisions; and	'and':7B,15B 'bind':13B 'but':9B 'decis':14B 'discuss':8B 'hear':5B 'make':12B 'may':4B,10B 'member':2B 'not':11B 'present':3B 'report':6B 'the':1B
398	text	1	4	sxj25n2ww	Article VIII, Section 3(b)(ii)	\N	charter_english		the Executive Board shall reschedule the meeting within 30 days.	'30':9B 'board':3B 'day':10B 'execut':2B 'meet':7B 'reschedul':5B 'shall':4B 'the':1B,6B 'within':8B
399	text	1	4	sul43mjh5	Article VIII, Section 3(c)	\N	charter_english		Except where this constitution says otherwise, questions are decided by a majority of the votes cast.	'a':11B 'are':8B 'by':10B 'cast':16B 'constitut':4B 'decid':9B 'except':1B 'major':12B 'of':13B 'otherwis':6B 'question':7B 'say':5B 'the':14B 'this':3B 'vote':15B 'where':2B
400	text	1	4	snlthfpwv	Article VIII, Section 3(d)	\N	charter_english		The chair shall call on members who have not yet spoken on a question before those who have.	'a':13B 'befor':15B 'call':4B 'chair':2B 'have':8B,18B 'member':6B 'not':9B 'on':5B,12B 'question':14B 'shall':3B 'spoken':11B 'the':1B 'those':16B 'who':7B,17B 'yet':10B
401	text	1	4	srizj4koy	Article IX	\N	charter_english	Elections	Elections	'elect':1A,2B
402	text	1	4	s4rfa6jym	Article IX, Section 1	\N	charter_english	Election Committee	Election Committee	'committe':2A,4B 'elect':1A,3B
403	text	1	4	sw4rwceeq	Article IX, Section 1(a)	\N	charter_english		At least 120 days before the officers' terms end, a general meeting shall elect an Election Committee of five members in good standing. No committee member may be a candidate, an officer or an employee of the Local.	'120':3B 'a':10B,29B 'an':15B,31B,34B 'at':1B 'be':28B 'befor':5B 'candid':30B 'committe':17B,25B 'day':4B 'elect':14B,16B 'employe':35B 'end':9B 'five':19B 'general':11B 'good':22B 'in':21B 'least':2B 'local':38B 'may':27B 'meet':12B 'member':20B,26B 'no':24B 'of':18B,36B 'offic':7B,32B 'or':33B 'shall':13B 'stand':23B 'term':8B 'the':6B,37B
404	text	1	4	s473ebgnn	Article IX, Section 1(b)	\N	charter_english		The Election Committee shall:	'committe':3B 'elect':2B 'shall':4B 'the':1B
405	text	1	4	sjzsv7fyw	Article IX, Section 1(b)(i)	\N	charter_english		run all elections, recalls and referendums, including referendums on amendments under Article XI;	'all':2B 'amend':10B 'and':5B 'articl':12B 'elect':3B 'includ':7B 'on':9B 'recal':4B 'referendum':6B,8B 'run':1B 'under':11B 'xi':13B
406	text	1	4	szenwlnfq	Article IX, Section 1(b)(ii)	\N	charter_english		appoint one of its members, or an independent person, as Election Officer to administer each vote; and	'administ':14B 'an':7B 'and':17B 'appoint':1B 'as':10B 'each':15B 'elect':11B 'independ':8B 'it':4B 'member':5B 'of':3B 'offic':12B 'one':2B 'or':6B 'person':9B 'to':13B 'vote':16B
407	text	1	4	shqfwjlcl	Article IX, Section 1(b)(iii)	\N	charter_english		certify the results of every vote it runs.	'certifi':1B 'everi':5B 'it':7B 'of':4B 'result':3B 'run':8B 'the':2B 'vote':6B
408	text	1	4	sokknu7xg	Article IX, Section 1(c)	\N	charter_english		The Executive Board shall give the committee a budget and access to the membership roll, but shall not direct its decisions.	'a':8B 'access':11B 'and':10B 'board':3B 'budget':9B 'but':16B 'committe':7B 'decis':21B 'direct':19B 'execut':2B 'give':5B 'it':20B 'membership':14B 'not':18B 'roll':15B 'shall':4B,17B 'the':1B,6B,13B 'to':12B
409	text	1	4	savm6237x	Article IX, Section 2	\N	charter_english	Nominations and Candidates	Nominations and Candidates	'and':2A,5B 'candid':3A,6B 'nomin':1A,4B
410	text	1	4	sfttnjems	Article IX, Section 2(a)	\N	charter_english		Any member in good standing for the 6 months before nominations close may run for any office. Months of exemption under Article V, Section 2 count toward the 6 months.	'2':25B '6':8B,29B 'ani':1B,16B 'articl':22B 'befor':10B 'close':12B 'count':26B 'exempt':20B 'for':6B,15B 'good':4B 'in':3B 'may':13B 'member':2B 'month':9B,18B,30B 'nomin':11B 'of':19B 'offic':17B 'run':14B 'section':24B 'stand':5B 'the':7B,28B 'toward':27B 'under':21B 'v':23B
411	text	1	4	sjpmxyoon	Article IX, Section 2(b)	\N	charter_english		A candidate must be nominated by at least 10 members in good standing and accept in writing.	'10':9B 'a':1B 'accept':15B 'and':14B 'at':7B 'be':4B 'by':6B 'candid':2B 'good':12B 'in':11B,16B 'least':8B 'member':10B 'must':3B 'nomin':5B 'stand':13B 'write':17B
412	text	1	4	suntzpbvj	Article IX, Section 2(c)	\N	charter_english		At least 30 days before nominations close, the Election Committee shall send every member written notice of the offices to be filled, how to make nominations, and the dates and methods of voting.	'30':3B 'and':27B,30B 'at':1B 'be':21B 'befor':5B 'close':7B 'committe':10B 'date':29B 'day':4B 'elect':9B 'everi':13B 'fill':22B 'how':23B 'least':2B 'make':25B 'member':14B 'method':31B 'nomin':6B,26B 'notic':16B 'of':17B,32B 'offic':19B 'send':12B 'shall':11B 'the':8B,18B,28B 'to':20B,24B 'vote':33B 'written':15B
413	text	1	4	sozpg7z4l	Article IX, Section 2(d)	\N	charter_english		Every candidate has the right to:	'candid':2B 'everi':1B 'has':3B 'right':5B 'the':4B 'to':6B
414	text	1	4	sjyuoe5qh	Article IX, Section 2(d)(i)	\N	charter_english		have a statement of up to 300 words sent to all members at the Local's expense; and	'300':7B 'a':2B 'all':11B 'and':18B 'at':13B 'expens':17B 'have':1B 'local':15B 'member':12B 'of':4B 's':16B 'sent':9B 'statement':3B 'the':14B 'to':6B,10B 'up':5B 'word':8B
415	text	1	4	s3gbjsj5y	Article IX, Section 2(d)(ii)	\N	charter_english		inspect the list of members eligible to vote.	'elig':6B 'inspect':1B 'list':3B 'member':5B 'of':4B 'the':2B 'to':7B 'vote':8B
416	text	1	4	spneznzuw	Article IX, Section 2(e)	\N	charter_english		The Local's funds, staff and publications shall not be used to support or oppose any candidate.	'and':6B 'ani':16B 'be':10B 'candid':17B 'fund':4B 'local':2B 'not':9B 'oppos':15B 'or':14B 'public':7B 's':3B 'shall':8B 'staff':5B 'support':13B 'the':1B 'to':12B 'use':11B
417	text	1	4	sxx4wgmtq	Article IX, Section 3	\N	charter_english	Voting	Voting	'vote':1A,2B
418	text	1	4	sstil26zn	Article IX, Section 3(a)	\N	charter_english		All elections shall be held by secret ballot, in person at or near each worksite on every shift, by mail ballot in a double envelope, or by secure online secret ballot.	'a':23B 'all':1B 'at':11B 'ballot':8B,21B,31B 'be':4B 'by':6B,19B,27B 'doubl':24B 'each':14B 'elect':2B 'envelop':25B 'everi':17B 'held':5B 'in':9B,22B 'mail':20B 'near':13B 'on':16B 'onlin':29B 'or':12B,26B 'person':10B 'secret':7B,30B 'secur':28B 'shall':3B 'shift':18B 'worksit':15B
419	text	1	4	sffqnuory	Article IX, Section 3(b)	\N	charter_english		Voting shall be open for at least 10 days, including a weekend. Notice of voting shall be sent to every member in good standing at least 15 days before voting opens.	'10':8B '15':27B 'a':11B 'at':6B,25B 'be':3B,17B 'befor':29B 'day':9B,28B 'everi':20B 'for':5B 'good':23B 'in':22B 'includ':10B 'least':7B,26B 'member':21B 'notic':13B 'of':14B 'open':4B,31B 'sent':18B 'shall':2B,16B 'stand':24B 'to':19B 'vote':1B,15B,30B 'weekend':12B
420	text	1	4	swvnvmc2f	Article IX, Section 3(c)	\N	charter_english		An online voting system may be used only if:	'an':1B 'be':6B 'if':9B 'may':5B 'onli':8B 'onlin':2B 'system':4B 'use':7B 'vote':3B
421	text	1	4	sftmbolwr	Article IX, Section 3(c)(i)	\N	charter_english		it is run by an independent provider with no connection to any candidate or employer;	'an':5B 'ani':12B 'by':4B 'candid':13B 'connect':10B 'employ':15B 'independ':6B 'is':2B 'it':1B 'no':9B 'or':14B 'provid':7B 'run':3B 'to':11B 'with':8B
422	text	1	4	sj7mr6tmw	Article IX, Section 3(c)(ii)	\N	charter_english		the system:	'system':2B 'the':1B
423	text	1	4	sspjoad4e	Article IX, Section 3(c)(ii)(A)	\N	charter_english		separates each member's identity from the member's ballot, so that no one can learn how a member voted;	'a':18B 'ballot':10B 'can':15B 'each':2B 'from':6B 'how':17B 'ident':5B 'learn':16B 'member':3B,8B,19B 'no':13B 'one':14B 's':4B,9B 'separ':1B 'so':11B 'that':12B 'the':7B 'vote':20B
424	text	1	4	su5mkb4nc	Article IX, Section 3(c)(ii)(B)	\N	charter_english		allows each eligible member to vote only once; and	'allow':1B 'and':9B 'each':2B 'elig':3B 'member':4B 'onc':8B 'onli':7B 'to':5B 'vote':6B
425	text	1	4	sbwulaegs	Article IX, Section 3(c)(ii)(C)	\N	charter_english		keeps a record that allows the result to be checked independently; and	'a':2B 'allow':5B 'and':12B 'be':9B 'check':10B 'independ':11B 'keep':1B 'record':3B 'result':7B 'that':4B 'the':6B 'to':8B
426	text	1	4	skt52ustg	Article IX, Section 3(c)(iii)	\N	charter_english		members who prefer not to vote online can vote on paper.	'can':8B 'member':1B 'not':4B 'on':10B 'onlin':7B 'paper':11B 'prefer':3B 'to':5B 'vote':6B,9B 'who':2B
427	text	1	4	si2kyngr7	Article IX, Section 3(d)	\N	charter_english		The candidate with the most votes is elected. A tie is settled by a runoff within 21 days.	'21':17B 'a':9B,14B 'by':13B 'candid':2B 'day':18B 'elect':8B 'is':7B,11B 'most':5B 'runoff':15B 'settl':12B 'the':1B,4B 'tie':10B 'vote':6B 'with':3B 'within':16B
428	text	1	4	szei7lyl2	Article IX, Section 3(e)	\N	charter_english		Each candidate may appoint an observer at each polling station and at the count.	'an':5B 'and':11B 'appoint':4B 'at':7B,12B 'candid':2B 'count':14B 'each':1B,8B 'may':3B 'observ':6B 'poll':9B 'station':10B 'the':13B
429	text	1	4	sxexzk4j3	Article IX, Section 4	\N	charter_english	Challenges	Challenges	'challeng':1A,2B
430	text	1	4	syxm3vmlm	Article IX, Section 4(a)	\N	charter_english		Any candidate or member in good standing may challenge an election by written complaint to the Election Committee within 10 days after the results are announced.	'10':20B 'after':22B 'an':10B 'ani':1B 'announc':26B 'are':25B 'by':12B 'candid':2B 'challeng':9B 'committe':18B 'complaint':14B 'day':21B 'elect':11B,17B 'good':6B 'in':5B 'may':8B 'member':4B 'or':3B 'result':24B 'stand':7B 'the':16B,23B 'to':15B 'within':19B 'written':13B
431	text	1	4	sc66f5mgk	Article IX, Section 4(b)	\N	charter_english		After the count, the Election Committee shall seal all ballots, envelopes, voter lists and electronic voting records. The sealed materials shall be kept for one year, or until every challenge is finally decided, whichever is later, and may be opened only:	'after':1B 'all':9B 'and':14B,37B 'ballot':10B 'be':22B,39B 'challeng':30B 'committe':6B 'count':3B 'decid':33B 'elect':5B 'electron':15B 'envelop':11B 'everi':29B 'final':32B 'for':24B 'is':31B,35B 'kept':23B 'later':36B 'list':13B 'materi':20B 'may':38B 'one':25B 'onli':41B 'open':40B 'or':27B 'record':17B 'seal':8B,19B 'shall':7B,21B 'the':2B,4B,18B 'until':28B 'vote':16B 'voter':12B 'whichev':34B 'year':26B
432	text	1	4	sb6jfls36	Article IX, Section 4(b)(i)	\N	charter_english		by the Election Committee, in the presence of the complainant and the affected candidates, to decide a challenge; or	'a':17B 'affect':13B 'and':11B 'by':1B 'candid':14B 'challeng':18B 'committe':4B 'complain':10B 'decid':16B 'elect':3B 'in':5B 'of':8B 'or':19B 'presenc':7B 'the':2B,6B,9B,12B 'to':15B
433	text	1	4	sbuvyt6jx	Article IX, Section 4(b)(ii)	\N	charter_english		by order of a court or government agency.	'a':4B 'agenc':8B 'by':1B 'court':5B 'govern':7B 'of':3B 'or':6B 'order':2B
434	text	1	4	slfhzkxfh	Article IX, Section 4(c)	\N	charter_english		The Election Committee shall decide each challenge in writing within 20 days, and shall order a new election only if a violation may have affected the result.	'20':11B 'a':16B,21B 'affect':25B 'and':13B 'challeng':7B 'committe':3B 'day':12B 'decid':5B 'each':6B 'elect':2B,18B 'have':24B 'if':20B 'in':8B 'may':23B 'new':17B 'onli':19B 'order':15B 'result':27B 'shall':4B,14B 'the':1B,26B 'violat':22B 'within':10B 'write':9B
435	text	1	4	sghmrwyz7	Article IX, Section 4(d)	\N	charter_english		Its decision may be appealed within 15 days to the Appeals Committee under Article X, Section 4.	'15':7B '4':17B 'appeal':5B,11B 'articl':14B 'be':4B 'committe':12B 'day':8B 'decis':2B 'it':1B 'may':3B 'section':16B 'the':10B 'to':9B 'under':13B 'within':6B 'x':15B
436	text	1	4	sfczot5jp	Article X	\N	charter_english	Discipline and Appeals	Discipline and Appeals	'and':2A,5B 'appeal':3A,6B 'disciplin':1A,4B
437	text	1	4	sft3nvtur	Article X, Section 1	\N	charter_english	Grounds for Discipline	Grounds for Discipline Discipline protects the members and the Local. It shall never be used to silence disagreement.	'and':11B 'be':17B 'disagr':21B 'disciplin':3A,6B,7B 'for':2A,5B 'ground':1A,4B 'it':14B 'local':13B 'member':10B 'never':16B 'protect':8B 'shall':15B 'silenc':20B 'the':9B,12B 'to':19B 'use':18B
438	text	1	4	smc5r5eqv	Article X, Section 1(a)	\N	charter_english		A member may be disciplined only for:	'a':1B 'be':4B 'disciplin':5B 'for':7B 'may':3B 'member':2B 'onli':6B
439	text	1	4	szttknjyb	Article X, Section 1(a)(i)	\N	charter_english		theft or deliberate misuse of the Local's funds or property;	'deliber':3B 'fund':9B 'local':7B 'misus':4B 'of':5B 'or':2B,10B 'properti':11B 's':8B 'the':6B 'theft':1B
440	text	1	4	smq43e72a	Article X, Section 1(a)(ii)	\N	charter_english		acting for an employer to undermine the Local;	'act':1B 'an':3B 'employ':4B 'for':2B 'local':8B 'the':7B 'to':5B 'undermin':6B
441	text	1	4	s3vver77c	Article X, Section 1(a)(iii)	\N	charter_english		crossing a picket line during an authorized strike;	'a':2B 'an':6B 'author':7B 'cross':1B 'dure':5B 'line':4B 'picket':3B 'strike':8B
442	text	1	4	s6rlmd4mz	Article X, Section 1(a)(iv)	\N	charter_english		violence, threats or harassment against another member, including harassment on any ground listed in Article II, Section 2;	'2':18B 'against':5B 'ani':11B 'anoth':6B 'articl':15B 'ground':12B 'harass':4B,9B 'ii':16B 'in':14B 'includ':8B 'list':13B 'member':7B 'on':10B 'or':3B 'section':17B 'threat':2B 'violenc':1B
443	text	1	4	sjouityfb	Article X, Section 1(a)(v)	\N	charter_english		deliberately interfering with an election, referendum or meeting; or	'an':4B 'deliber':1B 'elect':5B 'interf':2B 'meet':8B 'or':7B,9B 'referendum':6B 'with':3B
444	text	1	4	suj3mohbo	Article X, Section 1(a)(vi)	\N	charter_english		in the case of an officer, Board member or trustee, serious neglect of duty.	'an':5B 'board':7B 'case':3B 'duti':14B 'in':1B 'member':8B 'neglect':12B 'of':4B,13B 'offic':6B 'or':9B 'serious':11B 'the':2B 'truste':10B
445	text	1	4	svzeiyyzt	Article X, Section 1(b)	\N	charter_english		No member may be disciplined for criticizing the Local or its officers, for supporting any candidate, or for exercising any right in Article IV.	'ani':15B,20B 'articl':23B 'be':4B 'candid':16B 'critic':7B 'disciplin':5B 'exercis':19B 'for':6B,13B,18B 'in':22B 'it':11B 'iv':24B 'local':9B 'may':3B 'member':2B 'no':1B 'offic':12B 'or':10B,17B 'right':21B 'support':14B 'the':8B
446	text	1	4	s33buhk2f	Article X, Section 2	\N	charter_english	Charges and Hearing	Charges and Hearing	'and':2A,5B 'charg':1A,4B 'hear':3A,6B
447	text	1	4	sv3zs2azr	Article X, Section 2(a)	\N	charter_english		Charges must be written, signed by a member in good standing, and filed with the Recording Secretary within 6 months after the charging member learned of the conduct.	'6':19B 'a':7B 'after':21B 'and':12B 'be':3B 'by':6B 'charg':1B,23B 'conduct':28B 'file':13B 'good':10B 'in':9B 'learn':25B 'member':8B,24B 'month':20B 'must':2B 'of':26B 'record':16B 'secretari':17B 'sign':5B 'stand':11B 'the':15B,22B,27B 'with':14B 'within':18B 'written':4B
448	text	1	4	srkwgpcqc	Article X, Section 2(b)	\N	charter_english		The accused member shall receive the charges, stating the conduct alleged and the ground relied on, at least 21 days before the hearing.	'21':19B 'accus':2B 'alleg':11B 'and':12B 'at':17B 'befor':21B 'charg':7B 'conduct':10B 'day':20B 'ground':14B 'hear':23B 'least':18B 'member':3B 'on':16B 'receiv':5B 'reli':15B 'shall':4B 'state':8B 'the':1B,6B,9B,13B,22B
449	text	1	4	simcmtr6e	Article X, Section 2(c)	\N	charter_english		Charges are heard by a Trial Committee of five members in good standing chosen by lot, excluding officers, Board members, witnesses, and the parties and their relatives.	'a':5B 'and':22B,25B 'are':2B 'board':19B 'by':4B,15B 'charg':1B 'chosen':14B 'committe':7B 'exclud':17B 'five':9B 'good':12B 'heard':3B 'in':11B 'lot':16B 'member':10B,20B 'of':8B 'offic':18B 'parti':24B 'relat':27B 'stand':13B 'the':23B 'their':26B 'trial':6B 'wit':21B
450	text	1	4	sjmcjqpne	Article X, Section 2(d)	\N	charter_english		At the hearing, the accused member may:	'accus':5B 'at':1B 'hear':3B 'may':7B 'member':6B 'the':2B,4B
451	text	1	4	sm5mzaipk	Article X, Section 2(d)(i)	\N	charter_english		be assisted by another member of the accused member's choice;	'accus':8B 'anoth':4B 'assist':2B 'be':1B 'by':3B 'choic':11B 'member':5B,9B 'of':6B 's':10B 'the':7B
452	text	1	4	sqo3eymx4	Article X, Section 2(d)(ii)	\N	charter_english		question the witnesses against the member; and	'against':4B 'and':7B 'member':6B 'question':1B 'the':2B,5B 'wit':3B
453	text	1	4	swqjj37r4	Article X, Section 2(d)(iii)	\N	charter_english		call witnesses and present documents.	'and':3B 'call':1B 'document':5B 'present':4B 'wit':2B
454	text	1	4	se4wvzdk7	Article X, Section 2(e)	\N	charter_english		Charges must be proven by clear and convincing evidence. The Trial Committee shall decide in writing, with reasons, within 14 days after the hearing.	'14':20B 'after':22B 'and':7B 'be':3B 'by':5B 'charg':1B 'clear':6B 'committe':12B 'convinc':8B 'day':21B 'decid':14B 'evid':9B 'hear':24B 'in':15B 'must':2B 'proven':4B 'reason':18B 'shall':13B 'the':10B,23B 'trial':11B 'with':17B 'within':19B 'write':16B
455	text	1	4	suiqgnv6i	Article X, Section 3	\N	charter_english	Penalties	Penalties	'penalti':1A,2B
456	text	1	4	s7gntqjkz	Article X, Section 3(a)	\N	charter_english		If charges are proven, the Trial Committee may impose a penalty in proportion to the offense:	'a':10B 'are':3B 'charg':2B 'committe':7B 'if':1B 'impos':9B 'in':12B 'may':8B 'offens':16B 'penalti':11B 'proport':13B 'proven':4B 'the':5B,15B 'to':14B 'trial':6B
457	text	1	4	syrw744kk	Article X, Section 3(a)(i)	\N	charter_english		a written reprimand;	'a':1B 'reprimand':3B 'written':2B
458	text	1	4	s4ghaxl6b	Article X, Section 3(a)(ii)	\N	charter_english		repayment of funds or property misused;	'fund':3B 'misus':6B 'of':2B 'or':4B 'properti':5B 'repay':1B
459	text	1	4	sqogir5ej	Article X, Section 3(a)(iii)	\N	charter_english		removal from office;	'from':2B 'offic':3B 'remov':1B
461	text	1	4	sbl5uyiyw	Article X, Section 3(a)(v)	\N	charter_english		expulsion, only for theft, acting for an employer, or violence.	'act':5B 'an':7B 'employ':8B 'expuls':1B 'for':3B,6B 'onli':2B 'or':9B 'theft':4B 'violenc':10B
462	text	1	4	sn64uuxk4	Article X, Section 3(b)	\N	charter_english		No penalty takes effect until the time for appeal under Article X, Section 4 has passed or the appeal is decided.	'4':14B 'appeal':9B,19B 'articl':11B 'decid':21B 'effect':4B 'for':8B 'has':15B 'is':20B 'no':1B 'or':17B 'pass':16B 'penalti':2B 'section':13B 'take':3B 'the':6B,18B 'time':7B 'under':10B 'until':5B 'x':12B
463	text	1	4	sqkcken6v	Article X, Section 4	\N	charter_english	Appeals	Appeals	'appeal':1A,2B
464	text	1	4	sfahuhcqb	Article X, Section 4(a)	\N	charter_english		The disciplined member or the charging member may appeal in writing within 30 days to an Appeals Committee of three members in good standing, elected each year by secret ballot at the first regular general meeting.	'30':13B 'an':16B 'appeal':9B,17B 'at':31B 'ballot':30B 'by':28B 'charg':6B 'committe':18B 'day':14B 'disciplin':2B 'each':26B 'elect':25B 'first':33B 'general':35B 'good':23B 'in':10B,22B 'may':8B 'meet':36B 'member':3B,7B,21B 'of':19B 'or':4B 'regular':34B 'secret':29B 'stand':24B 'the':1B,5B,32B 'three':20B 'to':15B 'within':12B 'write':11B 'year':27B
465	text	1	4	ssri2jbgj	Article X, Section 4(b)	\N	charter_english		The Appeals Committee may uphold the decision, reduce or cancel the penalty, or order a new hearing before a new Trial Committee.	'a':15B,19B 'appeal':2B 'befor':18B 'cancel':10B 'committe':3B,22B 'decis':7B 'hear':17B 'may':4B 'new':16B,20B 'or':9B,13B 'order':14B 'penalti':12B 'reduc':8B 'the':1B,6B,11B 'trial':21B 'uphold':5B
466	text	1	4	sbdqbgfg6	Article X, Section 4(c)	\N	charter_english		A member still not satisfied may appeal to the next regular general meeting, which decides by secret ballot. Its decision is final within the Local but does not limit any right the member has under law.	'a':1B 'ani':30B 'appeal':7B 'ballot':18B 'but':26B 'by':16B 'decid':15B 'decis':20B 'doe':27B 'final':22B 'general':12B 'has':34B 'is':21B 'it':19B 'law':36B 'limit':29B 'local':25B 'may':6B 'meet':13B 'member':2B,33B 'next':10B 'not':4B,28B 'regular':11B 'right':31B 'satisfi':5B 'secret':17B 'still':3B 'the':9B,24B,32B 'to':8B 'under':35B 'which':14B 'within':23B
467	text	1	4	s6vvxy5vi	Article X, Section 4(d)	\N	charter_english		The Appeals Committee also hears appeals from decisions of the Election Committee under Article IX, Section 4.	'4':17B 'also':4B 'appeal':2B,6B 'articl':14B 'committe':3B,12B 'decis':8B 'elect':11B 'from':7B 'hear':5B 'ix':15B 'of':9B 'section':16B 'the':1B,10B 'under':13B
468	text	1	4	snyln5rtp	Article XI	\N	charter_english	Amendments	Amendments	'amend':1A,2B
469	text	1	4	s3zwhyrox	Article XI, Section 1	\N	charter_english	Proposal and Notice	Proposal and Notice This constitution belongs to the members, and any group of members may ask the rest to change it. The rules in this Article apply to every amendment, however small.	'amend':33B 'and':2A,5B,13B 'ani':14B 'appli':30B 'articl':29B 'ask':19B 'belong':9B 'chang':23B 'constitut':8B 'everi':32B 'group':15B 'howev':34B 'in':27B 'it':24B 'may':18B 'member':12B,17B 'notic':3A,6B 'of':16B 'propos':1A,4B 'rest':21B 'rule':26B 'small':35B 'the':11B,20B,25B 'this':7B,28B 'to':10B,22B,31B
470	text	1	4	s6uisr2ea	Article XI, Section 1(a)	\N	charter_english		An amendment to this constitution may be proposed:	'amend':2B 'an':1B 'be':7B 'constitut':5B 'may':6B 'propos':8B 'this':4B 'to':3B
471	text	1	4	skzmxsxgf	Article XI, Section 1(a)(i)	\N	charter_english		by a majority vote of the Executive Board; or	'a':2B 'board':8B 'by':1B 'execut':7B 'major':3B 'of':5B 'or':9B 'the':6B 'vote':4B
472	text	1	4	sbgkhizrf	Article XI, Section 1(a)(ii)	\N	charter_english		by a written petition signed by at least 25 members in good standing as co-sponsors.	'25':9B 'a':2B 'as':14B 'at':7B 'by':1B,6B 'co':15B 'good':12B 'in':11B 'least':8B 'member':10B 'petit':4B 'sign':5B 'sponsor':16B 'stand':13B 'written':3B
473	text	1	4	sw46sywms	Article XI, Section 1(b)	\N	charter_english		A petition shall:	'a':1B 'petit':2B 'shall':3B
474	text	1	4	sgrthrncm	Article XI, Section 1(b)(i)	\N	charter_english		set out the exact text of the proposed amendment, showing the words to be removed and the words to be added;	'ad':21B 'amend':9B 'and':16B 'be':14B,20B 'exact':4B 'of':6B 'out':2B 'propos':8B 'remov':15B 'set':1B 'show':10B 'text':5B 'the':3B,7B,11B,17B 'to':13B,19B 'word':12B,18B
475	text	1	4	sxzrljlzl	Article XI, Section 1(b)(ii)	\N	charter_english		give the printed name, worksite and signature of each co-sponsor; and	'and':6B,12B 'co':10B 'each':9B 'give':1B 'name':4B 'of':8B 'print':3B 'signatur':7B 'sponsor':11B 'the':2B 'worksit':5B
476	text	1	4	svsq6urna	Article XI, Section 1(b)(iii)	\N	charter_english		be filed with the Recording Secretary, who shall check the signatures against the membership roll within 14 days and, if at least 25 co-sponsors are in good standing, refer the proposal to the Election Committee.	'14':17B '25':23B 'against':12B 'and':19B 'are':26B 'at':21B 'be':1B 'check':9B 'co':24B 'committe':36B 'day':18B 'elect':35B 'file':2B 'good':28B 'if':20B 'in':27B 'least':22B 'membership':14B 'propos':32B 'record':5B 'refer':30B 'roll':15B 'secretari':6B 'shall':8B 'signatur':11B 'sponsor':25B 'stand':29B 'the':4B,10B,13B,31B,34B 'to':33B 'who':7B 'with':3B 'within':16B
477	text	1	4	sizo7mbn3	Article XI, Section 1(c)	\N	charter_english		The Executive Board may not change, delay or refuse to submit a valid petition, but may publish a recommendation, to which the co-sponsors may reply at equal length.	'a':12B,18B 'at':27B 'board':3B 'but':15B 'chang':6B 'co':23B 'delay':7B 'equal':28B 'execut':2B 'length':29B 'may':4B,16B,25B 'not':5B 'or':8B 'petit':14B 'publish':17B 'recommend':19B 'refus':9B 'repli':26B 'sponsor':24B 'submit':11B 'the':1B,22B 'to':10B,20B 'valid':13B 'which':21B
491	text	1	4	sud2qy44d	Article XI, Section 3(d)	\N	charter_english		During the notice period, the Executive Board shall hold at least two meetings at which members can discuss the revision and question its drafters.	'and':21B 'at':10B,14B 'board':7B 'can':17B 'discuss':18B 'drafter':24B 'dure':1B 'execut':6B 'hold':9B 'it':23B 'least':11B 'meet':13B 'member':16B 'notic':3B 'period':4B 'question':22B 'revis':20B 'shall':8B 'the':2B,5B,19B 'two':12B 'which':15B
478	text	1	4	s33bgdcwy	Article XI, Section 1(d)	\N	charter_english		Written notice of the exact text of each proposed amendment shall be given to all members in good standing at least 30 days before voting begins. The notice shall be posted at every worksite, sent to each member by mail or email, and state the dates and methods of voting.	'30':22B 'all':15B 'amend':10B 'and':43B,47B 'at':20B,32B 'be':12B,30B 'befor':24B 'begin':26B 'by':39B 'date':46B 'day':23B 'each':8B,37B 'email':42B 'everi':33B 'exact':5B 'given':13B 'good':18B 'in':17B 'least':21B 'mail':40B 'member':16B,38B 'method':48B 'notic':2B,28B 'of':3B,7B,49B 'or':41B 'post':31B 'propos':9B 'sent':35B 'shall':11B,29B 'stand':19B 'state':44B 'text':6B 'the':4B,27B,45B 'to':14B,36B 'vote':25B,50B 'worksit':34B 'written':1B
479	text	1	4	ssafzskpy	Article XI, Section 2	\N	charter_english	Vote and Adoption	Vote and Adoption	'adopt':3A,6B 'and':2A,5B 'vote':1A,4B
480	text	1	4	shdvxt3w7	Article XI, Section 2(a)	\N	charter_english		Amendments are decided by a referendum of members in good standing, by secret ballot, run by the Election Committee under Article IX, Section 1.	'1':24B 'a':5B 'amend':1B 'are':2B 'articl':21B 'ballot':14B 'by':4B,12B,16B 'committe':19B 'decid':3B 'elect':18B 'good':10B 'in':9B 'ix':22B 'member':8B 'of':7B 'referendum':6B 'run':15B 'secret':13B 'section':23B 'stand':11B 'the':17B 'under':20B
481	text	1	4	srhdtfg55	Article XI, Section 2(b)	\N	charter_english		An amendment is adopted only if both of the following conditions are met:	'adopt':4B 'amend':2B 'an':1B 'are':12B 'both':7B 'condit':11B 'follow':10B 'if':6B 'is':3B 'met':13B 'of':8B 'onli':5B 'the':9B
482	text	1	4	s2psywjz6	Article XI, Section 2(b)(i)	\N	charter_english		at least two-thirds of the votes cast are in favor, where abstentions and blank or spoiled ballots are not counted as votes cast; and	'abstent':13B 'and':14B,25B 'are':9B,19B 'as':22B 'at':1B 'ballot':18B 'blank':15B 'cast':8B,24B 'count':21B 'favor':11B 'in':10B 'least':2B 'not':20B 'of':5B 'or':16B 'spoil':17B 'the':6B 'third':4B 'two':3B 'vote':7B,23B 'where':12B
483	text	1	4	shblqkjeb	Article XI, Section 2(b)(ii)	\N	charter_english		at least 20 percent of members in good standing take part in the referendum, counting every ballot returned, including abstentions and blank ballots.	'20':3B 'abstent':20B 'and':21B 'at':1B 'ballot':17B,23B 'blank':22B 'count':15B 'everi':16B 'good':8B 'in':7B,12B 'includ':19B 'least':2B 'member':6B 'of':5B 'part':11B 'percent':4B 'referendum':14B 'return':18B 'stand':9B 'take':10B 'the':13B
484	text	1	4	sovv2iogl	Article XI, Section 2(c)	\N	charter_english		Voting in a referendum under this Article may take place in person, by mail ballot, or by secure online secret ballot meeting the requirements of Article IX, Section 3, or by any combination of these methods that the Election Committee decides. Voting by secure online secret ballot is authorized for this purpose.	'3':29B 'a':3B 'ani':32B 'articl':7B,26B 'author':49B 'ballot':15B,21B,47B 'by':13B,17B,31B,43B 'combin':33B 'committe':40B 'decid':41B 'elect':39B 'for':50B 'in':2B,11B 'is':48B 'ix':27B 'mail':14B 'may':8B 'meet':22B 'method':36B 'of':25B,34B 'onlin':19B,45B 'or':16B,30B 'person':12B 'place':10B 'purpos':52B 'referendum':4B 'requir':24B 'secret':20B,46B 'section':28B 'secur':18B,44B 'take':9B 'that':37B 'the':23B,38B 'these':35B 'this':6B,51B 'under':5B 'vote':1B,42B
485	text	1	4	ss463vmal	Article XI, Section 2(d)	\N	charter_english		Each proposed amendment shall be a separate question on the ballot, unless two amendments cannot work without each other and the notice says so.	'a':6B 'amend':3B,14B 'and':20B 'ballot':11B 'be':5B 'cannot':15B 'each':1B,18B 'notic':22B 'on':9B 'other':19B 'propos':2B 'question':8B 'say':23B 'separ':7B 'shall':4B 'so':24B 'the':10B,21B 'two':13B 'unless':12B 'without':17B 'work':16B
486	text	1	4	slivqn5nj	Article XI, Section 2(e)	\N	charter_english		An amendment that fails may not be proposed again in substantially the same words within 12 months, unless it failed only because too few members took part.	'12':16B 'again':9B 'amend':2B 'an':1B 'be':7B 'becaus':22B 'fail':4B,20B 'few':24B 'in':10B 'it':19B 'may':5B 'member':25B 'month':17B 'not':6B 'onli':21B 'part':27B 'propos':8B 'same':13B 'substanti':11B 'that':3B 'the':12B 'too':23B 'took':26B 'unless':18B 'within':15B 'word':14B
487	text	1	4	sxskq2aid	Article XI, Section 3	\N	charter_english	Complete Revision	Complete Revision	'complet':1A,3B 'revis':2A,4B
488	text	1	4	s6ni4sr7v	Article XI, Section 3(a)	\N	charter_english		A complete revision of this constitution, or its replacement by a new constitution, may be proposed in either of the ways set out in Article XI, Section 1.	'1':28B 'a':1B,11B 'articl':25B 'be':15B 'by':10B 'complet':2B 'constitut':6B,13B 'either':18B 'in':17B,24B 'it':8B 'may':14B 'new':12B 'of':4B,19B 'or':7B 'out':23B 'propos':16B 'replac':9B 'revis':3B 'section':27B 'set':22B 'the':20B 'this':5B 'way':21B 'xi':26B
489	text	1	4	sdeqxcil6	Article XI, Section 3(b)	\N	charter_english		A complete revision is subject to every requirement for an amendment, except that written notice of its full text shall be given to all members in good standing at least 60 days before voting begins.	'60':31B 'a':1B 'all':24B 'amend':11B 'an':10B 'at':29B 'be':21B 'befor':33B 'begin':35B 'complet':2B 'day':32B 'everi':7B 'except':12B 'for':9B 'full':18B 'given':22B 'good':27B 'in':26B 'is':4B 'it':17B 'least':30B 'member':25B 'notic':15B 'of':16B 'requir':8B 'revis':3B 'shall':20B 'stand':28B 'subject':5B 'text':19B 'that':13B 'to':6B,23B 'vote':34B 'written':14B
490	text	1	4	sbflhflra	Article XI, Section 3(c)	\N	charter_english		A complete revision is adopted only if it meets the thresholds in Article XI, Section 2: at least two-thirds of the votes cast, with abstentions not counted, and participation by at least 20 percent of members in good standing.	'2':16B '20':34B 'a':1B 'abstent':26B 'adopt':5B 'and':29B 'articl':13B 'at':17B,32B 'by':31B 'cast':24B 'complet':2B 'count':28B 'good':39B 'if':7B 'in':12B,38B 'is':4B 'it':8B 'least':18B,33B 'meet':9B 'member':37B 'not':27B 'of':21B,36B 'onli':6B 'particip':30B 'percent':35B 'revis':3B 'section':15B 'stand':40B 'the':10B,22B 'third':20B 'threshold':11B 'two':19B 'vote':23B 'with':25B 'xi':14B
492	text	1	4	szqmplk66	Article XI, Section 4	\N	charter_english	Effective Date	Effective Date	'date':2A,4B 'effect':1A,3B
493	text	1	4	sm4ecn6zn	Article XI, Section 4(a)	\N	charter_english		An amendment or complete revision takes effect when the Election Committee certifies the results of the referendum, unless the amendment itself states a later date.	'a':23B 'amend':2B,20B 'an':1B 'certifi':12B 'committe':11B 'complet':4B 'date':25B 'effect':7B 'elect':10B 'itself':21B 'later':24B 'of':15B 'or':3B 'referendum':17B 'result':14B 'revis':5B 'state':22B 'take':6B 'the':9B,13B,16B,19B 'unless':18B 'when':8B
494	text	1	4	s3rxlybo7	Article XI, Section 4(b)	\N	charter_english		The Election Committee shall certify the results within 7 days after voting closes and publish them to all members.	'7':9B 'after':11B 'all':18B 'and':14B 'certifi':5B 'close':13B 'committe':3B 'day':10B 'elect':2B 'member':19B 'publish':15B 'result':7B 'shall':4B 'the':1B,6B 'them':16B 'to':17B 'vote':12B 'within':8B
495	text	1	4	sutfjr3im	Article XI, Section 4(c)	\N	charter_english		Within 14 days after certification, the Recording Secretary shall publish the updated text of this constitution, showing the date on which each amendment took effect.	'14':2B 'after':4B 'amend':23B 'certif':5B 'constitut':16B 'date':19B 'day':3B 'each':22B 'effect':25B 'of':14B 'on':20B 'publish':10B 'record':7B 'secretari':8B 'shall':9B 'show':17B 'text':13B 'the':6B,11B,18B 'this':15B 'took':24B 'updat':12B 'which':21B 'within':1B
496	text	1	4	snlpw7xkn	Article XI, Section 4(d)	\N	charter_english		No amendment shortens the term of an officer already in office, unless it expressly says so.	'alreadi':9B 'amend':2B 'an':7B 'expressli':14B 'in':10B 'it':13B 'no':1B 'of':6B 'offic':8B,11B 'say':15B 'shorten':3B 'so':16B 'term':5B 'the':4B 'unless':12B
\.


--
-- Data for Name: search_words; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.search_words (word, length, entries) FROM stdin;
about	5	1
absence	7	1
absent	6	1
abstentions	11	3
accept	6	2
access	6	2
accordance	10	1
accountant	10	1
accounts	8	2
accused	7	3
act	3	1
acting	6	2
added	5	1
administer	10	1
admission	9	1
adopted	7	2
adoption	8	1
advance	7	1
advice	6	2
affairs	7	2
affected	8	3
affiliate	9	1
affiliation	11	1
after	5	12
afternoon	9	1
again	5	1
against	7	4
age	3	1
agency	6	4
agenda	6	1
agreement	9	2
agreements	10	2
all	3	9
alleged	7	1
allows	6	2
already	7	2
also	4	1
always	6	1
amendment	9	13
amendments	10	6
among	5	1
and	3	97
announced	9	1
annual	6	1
another	7	2
answer	6	2
any	3	25
anyone	6	1
appeal	6	4
appealed	8	1
appeals	7	6
application	11	1
apply	5	1
appoint	7	3
appointment	11	1
approval	8	4
approved	8	4
arbitration	11	2
area	4	1
article	7	27
ask	3	3
assessment	10	1
assisted	8	1
attend	6	1
audit	5	3
authority	9	1
authorization	13	1
authorized	10	2
authorizing	11	1
ballot	6	14
ballots	7	4
bargain	7	1
bargaining	10	3
base	4	1
basis	5	1
because	7	3
becomes	7	2
before	6	9
begins	6	2
behind	6	1
belief	6	1
believes	8	1
belong	6	1
belongs	7	1
between	7	1
binding	7	1
blank	5	2
board	5	26
body	4	1
both	4	1
budget	6	3
business	8	1
but	3	4
calendar	8	1
call	4	4
called	6	1
campaign	8	1
can	3	5
cancel	6	2
candidate	9	10
candidates	10	3
cannot	6	1
case	4	1
cast	4	5
centers	7	1
certification	13	1
certifies	9	1
certify	7	2
chair	5	2
challenge	9	4
challenges	10	1
change	6	3
changed	7	1
charged	7	1
charges	7	6
charging	8	2
check	5	1
checked	7	1
choice	6	1
chosen	6	1
citizenship	11	1
clear	5	1
close	5	2
closed	6	1
closes	6	1
collective	10	4
collectively	12	1
color	5	1
combination	11	1
committee	9	24
committees	10	3
complainant	11	1
complaint	9	1
complete	8	6
completed	9	1
composition	11	1
concerned	9	1
conditions	10	1
conduct	7	2
confidential	12	1
confirmed	9	1
connection	10	1
consists	8	1
constitution	12	14
controls	8	1
convincing	10	1
coordinate	10	1
copy	4	1
costs	5	1
count	5	3
counted	7	3
counting	8	1
court	5	1
covered	7	1
covers	6	1
criticize	9	1
criticizing	11	1
cross	5	1
crossing	8	1
date	4	3
dates	5	2
days	4	24
dealing	7	1
decide	6	4
decided	7	7
decides	7	3
decision	8	5
decisions	9	4
deduct	6	1
deducted	8	1
deduction	9	1
delay	5	1
deliberate	10	1
deliberately	12	1
described	9	2
direct	6	2
directly	8	1
directs	7	1
disability	10	1
disaffiliate	12	1
disagreement	12	1
disciplinary	12	1
discipline	10	2
disciplined	11	3
discriminate	12	1
discrimination	14	1
discuss	7	2
distribution	12	1
district	8	1
docks	5	1
documents	9	1
does	4	2
double	6	1
draft	5	1
drafters	8	1
during	6	4
duties	6	2
duty	4	1
each	4	17
earlier	7	1
earns	5	1
educate	7	1
education	9	1
effect	6	3
effective	9	1
either	6	1
elect	5	2
elected	7	7
election	8	20
elections	9	4
electronic	10	1
electronically	14	1
eligibility	11	1
eligible	8	3
email	5	1
employed	8	2
employee	8	3
employer	8	5
end	3	2
enforce	7	1
envelope	8	1
envelopes	9	1
equal	5	3
equality	8	1
equally	7	1
evening	7	1
evidence	8	1
exact	5	2
examined	8	1
except	6	5
excluding	9	1
executive	9	21
exempt	6	2
exemption	9	2
exemptions	10	1
exercising	10	1
expenditure	11	2
expense	7	1
expressly	9	1
expulsion	9	1
failed	6	2
fails	5	1
fair	4	2
fairly	6	1
faith	5	1
favor	5	2
fear	4	1
federation	10	1
fee	3	2
few	3	1
fewer	5	2
filed	5	2
filled	6	2
final	5	1
finally	7	1
finances	8	1
financial	9	4
find	4	1
first	5	4
five	4	2
follow	6	1
following	9	2
follows	7	1
forward	7	1
founding	8	1
four	4	1
freight	7	1
from	4	8
fulfillment	11	1
funds	5	4
further	7	1
gender	6	1
general	7	26
geographic	10	1
give	4	2
given	5	2
good	4	32
governed	8	1
government	10	1
grant	5	1
grievance	9	1
grievances	10	4
ground	6	2
grounds	7	1
group	5	1
hand	4	1
handled	7	1
harass	6	1
harassment	10	1
hardship	8	2
has	3	6
have	4	3
health	6	1
hear	4	2
heard	5	1
hearing	7	7
hears	5	1
held	4	7
highest	7	1
hire	4	1
hold	4	4
holds	5	1
how	3	4
however	7	1
hubs	4	1
identity	8	2
illness	7	1
immigration	11	1
impose	6	1
imposed	7	2
include	7	1
including	9	6
independent	11	4
independently	13	1
individual	10	2
industry	8	1
information	11	2
initiation	10	2
injury	6	1
inspect	7	2
insurance	9	1
interfering	11	1
interpretation	14	1
into	4	1
its	3	12
itself	6	1
join	4	1
jurisdiction	12	6
keep	4	2
keeps	5	1
kept	4	1
labor	5	1
language	8	2
large	5	1
later	5	2
law	3	1
layoff	6	1
learn	5	1
learned	7	1
dollars	7	4
hours	5	2
dues	4	10
full	4	3
least	5	22
leave	5	1
leaving	7	1
legal	5	3
lend	4	1
length	6	1
limit	5	1
limited	7	1
line	4	1
list	4	2
listed	6	2
lists	5	1
local	5	31
location	8	2
lockout	7	1
logistics	9	3
lose	4	1
lot	3	1
mail	4	3
majority	8	5
make	4	3
materials	9	1
matters	7	2
maximum	7	2
may	3	40
meet	4	1
meeting	7	26
member	6	40
met	3	1
methods	7	3
metropolitan	12	1
minutes	7	3
misuse	6	1
misused	7	1
money	5	1
monthly	7	2
more	4	3
morning	7	1
motions	7	1
must	4	3
name	4	5
named	5	1
national	8	2
near	4	1
neglect	7	1
never	5	1
new	3	4
next	4	4
nominate	8	2
nominated	9	3
nominations	11	3
non	3	1
not	3	22
notice	6	11
notices	7	2
objects	7	1
observe	7	1
observer	8	2
offense	7	2
office	6	9
officer	7	11
officers	8	14
offices	7	2
official	8	1
once	4	3
one	3	10
online	6	5
only	4	15
open	4	1
opened	6	1
opens	5	1
oppose	6	1
order	5	4
organization	12	1
organize	8	1
organizes	9	1
organizing	10	2
orientation	11	1
origin	6	1
other	5	6
otherwise	9	2
out	3	4
outside	7	1
over	4	4
overturn	8	1
owed	4	1
owes	4	1
paper	5	2
parcel	6	1
parental	8	1
participation	13	1
parties	7	1
partly	6	1
parts	5	1
party	5	1
passed	6	1
passwords	9	1
paying	6	1
payment	7	1
payments	8	1
penalties	9	1
penalty	7	5
percent	7	7
period	6	1
person	6	4
personnel	9	2
petition	8	8
picket	6	1
place	5	1
policies	8	1
political	9	2
polling	7	1
position	8	1
posted	6	2
powers	6	1
prefer	6	1
presence	8	1
present	7	5
president	9	6
printed	7	1
prior	5	2
private	7	1
procedure	9	2
production	10	1
profit	6	1
property	8	2
proportion	10	1
proposal	8	2
propose	7	2
proposed	8	6
protects	8	1
proven	6	3
provide	7	1
provided	8	1
provider	8	1
proxy	5	1
publications	12	1
publish	7	3
purpose	7	1
purposes	8	3
question	8	5
questions	9	1
race	4	1
rate	4	1
rates	5	1
ratification	12	2
read	4	1
reasonable	10	1
reasons	7	2
recall	6	2
recalls	7	1
receive	7	2
recognition	11	1
recommendation	14	1
record	6	2
recording	9	5
records	7	3
reduce	6	1
refer	5	1
referendum	10	7
referendums	11	2
refuse	6	1
region	6	1
regular	7	10
relatives	9	1
months	6	8
most	4	2
part	4	7
pay	3	2
relied	6	1
religion	8	1
remain	6	1
remains	7	1
removal	7	3
removed	7	3
rent	4	1
repayment	9	1
replacement	11	1
reply	5	1
report	6	5
reporting	9	1
reports	7	2
represent	9	2
representation	14	1
represents	10	1
reprimand	9	1
request	7	2
requirement	11	1
requirements	12	1
requires	8	3
reschedule	10	1
resign	6	1
resignation	11	2
rest	4	2
result	6	2
results	7	5
retaliation	11	1
returned	8	1
review	6	1
revision	8	7
right	5	5
rights	6	4
roll	4	3
rotate	6	1
rules	5	2
runoff	6	1
runs	4	1
safety	6	2
same	4	2
satisfied	9	1
says	4	3
scheduled	9	1
seal	4	1
sealed	6	1
seasonal	8	2
secret	6	11
secretary	9	10
section	7	24
secure	6	2
send	4	2
sent	4	5
separate	8	1
separates	9	1
serious	7	1
serve	5	1
serving	7	1
sessions	8	1
set	3	3
settled	7	1
sex	3	1
sexual	6	1
shall	5	53
shift	5	3
shortens	8	1
showing	7	2
sign	4	1
signature	9	1
signatures	10	1
signed	6	4
signing	7	1
silence	7	1
single	6	2
small	5	1
sorting	7	1
speak	5	3
special	7	7
spending	8	1
spoiled	7	1
spoken	6	1
sponsor	7	2
sponsors	8	3
staff	5	5
staffing	8	2
standing	8	31
start	5	1
state	5	1
statement	9	1
states	6	1
stating	7	3
station	7	1
status	6	1
stewards	8	4
still	5	1
strike	6	4
strikes	7	1
subject	7	5
submit	6	1
substantially	13	1
successor	9	1
supervise	9	1
support	7	1
supporting	10	1
suspension	10	2
system	6	2
take	4	3
takes	5	2
technology	10	1
temporary	9	2
term	4	3
terminals	9	1
terms	5	4
text	4	5
that	4	11
theft	5	2
their	5	2
them	4	2
there	5	1
these	5	1
they	4	2
thirds	6	2
this	4	16
those	5	1
threaten	8	1
threats	7	1
threshold	9	1
thresholds	10	1
through	7	1
tie	3	1
times	5	1
together	8	1
took	4	2
toward	6	1
translate	9	1
treasurer	9	6
trial	5	4
trustee	7	4
trustees	8	1
under	5	18
undermine	9	1
unfairly	8	1
union	5	2
unit	4	1
united	6	1
units	5	1
unless	6	5
unorganized	11	1
until	5	2
updated	7	1
uphold	6	1
used	4	4
vacancies	9	1
vacancy	7	1
vacant	6	1
valid	5	2
vice	4	3
viii	4	1
violation	9	1
violence	8	2
vote	4	14
voted	5	2
voter	5	1
votes	5	6
voting	6	9
warehouse	9	1
warehouses	10	1
was	3	1
too	3	2
time	4	4
run	3	7
than	4	4
ways	4	1
weekend	7	1
when	4	3
where	5	2
whether	7	2
which	5	9
whichever	9	3
who	3	6
whom	4	2
whose	5	1
wins	4	1
with	4	14
within	6	20
without	7	4
witnesses	9	3
words	5	3
worker	6	4
workers	7	5
workplace	9	1
worksite	8	5
writing	7	5
written	7	10
year	4	7
years	5	1
yet	3	1
every	5	27
meetings	8	16
meets	5	2
membership	10	8
twenty	6	1
are	3	19
fifteen	7	1
quorum	6	7
for	3	31
much	4	1
sixty	5	1
timers	6	1
agreed	6	1
work	4	5
cap	3	1
fraction	8	1
lower	5	1
members	7	47
the	3	136
wages	5	6
grace	5	1
layoffs	7	1
longer	6	1
month	5	6
third	5	1
three	5	6
two	3	11
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sessions (token_hash, user_id, created_at, expires_at, public_id) FROM stdin;
61be43ba78ec276c7c66f51f4096470e2e2aa24b185b44205e75bf832a6ec35f	4	2026-12-03 14:16:39.396211+00	2026-12-17 14:16:39.396211+00	b78b15d8581f8aefdf8514030a8364a1
5ca5a8b596b68f1f05fc7ec90562f3ba36656222a887a16b97c7fd77cf83b3d3	3	2026-12-03 14:16:39.580739+00	2026-12-17 14:16:39.580739+00	07e7ce2cded90cd11e89145276d92b52
\.


--
-- Data for Name: settings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.settings (name, value) FROM stdin;
csrf	ab7f352bbc5ea4b07895c07fd874bfb54c48179c82544ce920457206dcaa05a1
unsubscribe	d211941b025142819c512a20fe2d52f7e8404f6a74ccec2df55851bf19a2e684
\.


--
-- Data for Name: teller_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.teller_keys (user_id, public_key, created_at) FROM stdin;
11	4j2sR44TBlnsORv0XjX/kTDTjGZ+Qxa1yNiWB5Mqbyk=	2026-12-03 14:16:36.078438+00
12	AUyOAPU1Q8eEBb9UXYoTJ/JGPcBTp4PCzh5Duwu5yDI=	2026-12-03 14:16:36.102744+00
13	WTO7sII2lYrGBvypbOgd75k9CspuMBP84iiLkdTiq3o=	2026-12-03 14:16:36.135189+00
\.


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_roles (user_id, role) FROM stdin;
1	member
2	committee
3	officer
4	admin
5	observer
6	member
7	member
8	member
9	member
10	member
11	teller
12	teller
13	teller
14	admin
15	member
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (id, email, name, member_number, password_hash, good_standing, language, created_at, postal_address, phone) FROM stdin;
1	member@demo.charter.invalid	Mara Member	D-001	$argon2id$v=19$m=19456,t=2,p=1$fzCKKSMf9MN6UHAC0NHYmg$bwuEJqvthAdhnhNGqnBd1LinB0wPRxAEBQkvkLN3pJw	t		2026-12-03 14:16:35.589547+00		
2	committee@demo.charter.invalid	Colm Committee	D-002	$argon2id$v=19$m=19456,t=2,p=1$P/CPS04MMYVEkSG4J3cwFA$CmK4yAgvG4nhX0trv6tUGMMXBFW/SjUZDpYIcq419mM	t		2026-12-03 14:16:35.734683+00		
3	officer@demo.charter.invalid	Olu Officer	D-003	$argon2id$v=19$m=19456,t=2,p=1$peM3yXqf41cY72HOXHWaAQ$a+V9zbqp1qQ1L8vpF3hP6geglaDoEdzaadXihJbgtNw	t		2026-12-03 14:16:35.896038+00		
4	admin@demo.charter.invalid	Ada Admin	D-004	$argon2id$v=19$m=19456,t=2,p=1$DjlZGEA6A8X221lcY2ZWvg$nqZgLu6IFZqp5z+lR7hEIw0mF8J69Usn7IyexBGMcWQ	t		2026-12-03 14:16:35.91986+00		
5	observer@demo.charter.invalid	Oksana Observer	D-005	$argon2id$v=19$m=19456,t=2,p=1$a+eCZFugQ1R4BqvyeTIcpQ$W+q1prqj7zwR7qpIKGgitMcdEwW7SuleaeSXrfrLOf4	t		2026-12-03 14:16:35.945287+00		
6	member2@demo.charter.invalid	Amadou Diallo	D-006	$argon2id$v=19$m=19456,t=2,p=1$+JPTxzEz+GCHFCmthQgb4Q$Ed9/7lgP659Sw69LEsTCnP6dCu78eoarf7XLTBoEufU	t		2026-12-03 14:16:35.963997+00		
7	member3@demo.charter.invalid	Fatima Benali	D-007	$argon2id$v=19$m=19456,t=2,p=1$BRA9LWkxBYt70KjOlG9ZcQ$IHoEVKyQFegXZ5j3O5TMz6el9M/9GjSphUbwhwDWiy4	t		2026-12-03 14:16:35.990267+00		
8	member4@demo.charter.invalid	Jean Tremblay	D-008	$argon2id$v=19$m=19456,t=2,p=1$K/3o7zHODeOV92WBCm3V5Q$viRb0XxP2oSK4Wu4wUZ+G9TDeb0Rhv2cAGDUUQUAWD8	t		2026-12-03 14:16:36.011856+00		
9	member5@demo.charter.invalid	Lucía Ortega	D-009	$argon2id$v=19$m=19456,t=2,p=1$r/IZTDxxJV/SJn/1BPq1fg$UNV/LqkPl78DgvRdEjrj6p9tXyTWaS6dQ1K9Oviiv8U	t		2026-12-03 14:16:36.032584+00		
10	member6@demo.charter.invalid	Nguyễn Thị Lan	D-010	$argon2id$v=19$m=19456,t=2,p=1$2BPIy1SftrfIOjxNhsWYxQ$11EE0kdIbFNjnLJ+cf8KybRESnAPs85Dgk5KIEPEj4M	t		2026-12-03 14:16:36.053772+00		
11	teller1@demo.charter.invalid	Tomás Teller	D-011	$argon2id$v=19$m=19456,t=2,p=1$h8LNLJWjc2dR4jWRz4qozg$LTNbQVN6iDSiQb/L0P5HMSQDMgmrqbj+IFBZ3sMgPyg	t		2026-12-03 14:16:36.075161+00		
12	teller2@demo.charter.invalid	Thandiwe Teller	D-012	$argon2id$v=19$m=19456,t=2,p=1$zTl3RcW12E2WyG+eKyw7Vw$pvE0OwU9RqSPndhpLWcXa/nhSD1hLRP8lYyNfqscf+I	t		2026-12-03 14:16:36.100404+00		
13	teller3@demo.charter.invalid	Tuyết Teller	D-013	$argon2id$v=19$m=19456,t=2,p=1$jPiKoL3aGQGp1hjdbcuHpA$mvT5HUiGbxrMWBWGttBmaVU/jDxhyXCQKdSL6RWfUDI	t		2026-12-03 14:16:36.125774+00		
14	second.admin@fixture.invalid	Second Admin	\N		t		2026-12-03 14:16:36.7409+00		
15	rosa@fixture.invalid	Rosa Reyes	F-001	$argon2id$v=19$m=19456,t=2,p=1$1wss7kISK3b/67Hf9BTd1w$YV0+Ohzxw1fpMKnN2b3jmxokE5ORTrtIdJDDNIF6nHA	t		2026-12-03 14:16:37.092011+00		
\.


--
-- Data for Name: version_amendments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.version_amendments (version_id, amendment_id, "position") FROM stdin;
4	1	0
\.


--
-- Data for Name: versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.versions (id, document_id, number, parent_id, sha256, kind, origin, author_id, markdown, created_at, ballot_id, authorised_by, reason) FROM stdin;
1	1	1	\N	910f8fe78e66909c8838783dfefd66308e6e7999bcae5b8c24937181016dd81f	draft	import	4	---\ntitle: Constitution of Warehouse and Logistics Workers United, Local 1\nstatus: Draft for member review\ndrafted_by: Drafting Committee\ndate: 2026-11-01\n---\n\n# Constitution of Warehouse and Logistics Workers United, Local 1\n\n## Preamble {.unnumbered}\n\nWe are the people who receive, store, pick, pack, sort, load and move the goods that everyone else depends on. We work nights, weekends and holidays, to rates set by software we did not write. Alone, each of us can be watched, pushed and replaced. Together, we keep the freight moving, and we have the right to a real say in how that work is done and what it is worth.\n\nWe adopt this constitution to build a union that belongs to its members: one that is run democratically, spends its money in the open, protects every member's right to speak and to vote, and settles disagreements fairly. Above all, the members, acting together and by secret ballot, decide the direction of this union and the rules by which it is governed.\n\n## Name and Jurisdiction\n\n### Name\n\n1. The name of this organization is Warehouse and Logistics Workers United, Local 1, called in this constitution "the Local".\n\n### Jurisdiction\n\n1. The Local represents and organizes workers employed in:\n   1. warehouses, distribution centers and fulfillment centers;\n   1. parcel sorting hubs, cross-docks and freight terminals; and\n   1. other logistics work that a general meeting decides is within the Local's jurisdiction.\n1. The Local's geographic jurisdiction is the metropolitan region in which its founding members work, and any further area approved by a general meeting.\n\n### Affiliation\n\n1. The Local is independent and is governed by its members. No employer, political party or outside body may direct its affairs.\n1. The Local may affiliate with, or disaffiliate from, a national union or labor federation only by a referendum held under the same procedure and threshold as an amendment under Article XI, Section 2.\n\n## Purposes\n\n### Objects\n\n1. The purposes of the Local are:\n   1. to bargain collectively over wages, hours, staffing, production rates, technology and safety;\n   1. to enforce collective agreements and to represent workers in disciplinary meetings, grievances and arbitration;\n   1. to organize unorganized workers in the logistics industry; and\n   1. to educate members about their rights at work and about how their union is run.\n1. The Local shall not be run for the private profit of any officer, employee or member.\n\n### Equality and Non-discrimination\n\n1. The Local shall not discriminate against any worker on the basis of race, color, national origin, citizenship or immigration status, religion, sex, sexual orientation, gender identity, age, disability, language, political belief, or temporary, part-time, seasonal or agency status.\n1. The Local shall translate notices, ballots and this constitution into any language that is the first language of at least 5 percent of members, and shall provide interpretation at general meetings on request.\n\n## Membership\n\n### Eligibility and Admission\n\n1. Any worker employed within the jurisdiction described in Article I, Section 2 is eligible for membership, whether employed directly or through a staffing agency.\n1. A worker becomes a member by:\n   1. signing a membership application, on paper or electronically; and\n   1. paying the first month's dues or authorizing dues deduction, unless exempt under Article V, Section 2.\n1. No initiation fee shall be charged during an organizing campaign or within 90 days after the Local wins recognition for a new bargaining unit.\n\n### Good Standing\n\n1. A member is in good standing if the member:\n   1. is not more than two full months behind in dues; and\n   1. is not serving a suspension imposed under Article X, Section 3.\n1. A member whose dues are deducted from wages shall not lose good standing because an employer failed to deduct or forward them.\n1. Only members in good standing may vote, nominate, hold office or sign a petition under this constitution.\n\n### Resignation\n\n1. A member may resign by written notice to the Secretary-Treasurer. Resignation does not cancel dues owed for earlier months.\n\n## Rights of Members\n\n### Equal Rights\n\nThe rights in this Article belong equally to every member in good standing. They may be limited only by a penalty imposed under Article X, Section 3 after a fair hearing.\n\n1. Every member in good standing has an equal right to:\n   1. attend, speak and vote at general and special meetings;\n   1. vote in every election and referendum of the Local;\n   1. nominate candidates for any office, and to be nominated, subject to Article IX, Section 2;\n   1. propose motions at general meetings; and\n   1. propose amendments to this constitution, including as a co-sponsor of a petition under Article XI, Section 1.\n1. Each member in good standing has one vote. No one may vote by proxy.\n1. Members may criticize the officers, staff and policies of the Local without fear of retaliation, provided they follow reasonable rules of order and do not threaten or harass anyone.\n\n### Secret Ballot\n\n1. The following shall always be decided by secret ballot:\n   1. elections of officers, Executive Board members, trustees and stewards;\n   1. ratification of collective agreements and authorization of strikes; and\n   1. amendments to this constitution, including a complete revision.\n1. Any other question at a general meeting shall be decided by secret ballot if 10 members present ask for it.\n1. No officer, candidate or observer may find out how any member voted.\n\n### Access to Information\n\n1. Every member in good standing has the right to:\n   1. receive a copy of this constitution and of every collective agreement that covers the member;\n   1. inspect the financial reports and the audit report described in Article V, Section 4; and\n   1. read the minutes of general meetings and Executive Board meetings, except for parts dealing with individual grievances, legal advice or personnel matters.\n1. The Local shall answer a request for information within 21 days.\n\n### Fair Representation\n\n1. The Local shall represent every worker in its bargaining units fairly and in good faith, whether or not the worker is a member.\n1. A member who believes a grievance was handled unfairly may ask the Executive Board to review it, and may appeal the Board's answer to the next regular general meeting.\n\n## Dues and Finances\n\n### Dues\n\n1. Monthly dues are 1.5 percent of base wages, up to a maximum of 60 dollars a month.\n1. The dues rate, the maximum, any initiation fee and any special assessment may be changed only:\n   1. by a majority of the votes cast in a secret ballot of members in good standing; and\n   1. after at least 30 days' written notice stating the reasons for the change.\n\n### Hardship and Exemptions\n\n1. A member owes no dues for any month in which the member earns no wages in the jurisdiction because of layoff, illness, injury, parental leave, a strike or a lockout.\n1. The Secretary-Treasurer and one other officer may grant a confidential hardship exemption. An exempt member remains in good standing.\n\n### Financial Controls\n\n1. The funds of the Local shall be used only for the purposes set out in Article II, Section 1, and shall be held in accounts in the Local's name.\n1. Spending shall be approved as follows:\n   1. every payment requires the approval of two officers, one of whom is the Secretary-Treasurer or, in that officer's absence, the President;\n   1. any single expenditure over 2,500 dollars requires the prior approval of the Executive Board; and\n   1. any single expenditure over 15,000 dollars requires the prior approval of a general meeting, except:\n      1. staff wages, rent and insurance already in the approved budget; and\n      1. strike pay and legal costs during a strike, which the Executive Board shall report to the next general meeting.\n1. The Executive Board shall present an annual budget for approval at the first regular general meeting of each calendar year.\n1. The Local shall not lend money to any officer, employee or member.\n\n### Audit and Reporting\n\n1. The Secretary-Treasurer shall present a written financial report to every regular general meeting.\n1. The accounts shall be examined every year by:\n   1. an independent accountant who is not a member of the Local; and\n   1. a Trustee Committee of three members in good standing, elected with the officers, who are not officers or staff.\n1. The audit report shall be sent to all members within 30 days after it is completed.\n\n## Officers\n\n### Officers of the Local\n\n1. The officers of the Local are the President, the Vice-President, the Secretary-Treasurer and the Recording Secretary.\n1. Officers are elected for three-year terms under Article IX, Section 3. No person may hold two offices at once.\n\n### Duties of Officers\n\n1. The President shall chair general meetings and Executive Board meetings, speak for the Local, and report in writing to every regular general meeting.\n1. The Vice-President shall coordinate the stewards and act as President when the President is absent.\n1. The Secretary-Treasurer shall:\n   1. keep the membership roll and the financial records;\n   1. make payments only in accordance with Article V, Section 3; and\n   1. hand over all records and passwords to a successor within 7 days after leaving office.\n1. The Recording Secretary shall keep minutes, send notices of meetings, and keep the official text of this constitution with a record of every amendment.\n\n### Vacancies\n\n1. If the office of President becomes vacant, the Vice-President becomes President for the rest of the term.\n1. Any other vacancy shall be filled:\n   1. if more than 12 months remain in the term, by a special election; or\n   1. otherwise, by appointment by the Executive Board, confirmed at the next regular general meeting.\n\n### Removal from Office\n\n1. An officer, Executive Board member or trustee may be removed:\n   1. as a penalty for an offense listed in Article X, Section 1, proven at a hearing under Article X, Section 2; or\n   1. by recall, on a petition signed by at least 15 percent of members in good standing.\n1. On a valid recall petition, the Election Committee shall hold a secret ballot within 45 days. The officer is removed if a majority of the votes cast favor removal.\n\n## Executive Board\n\n### Composition\n\n1. The Executive Board consists of:\n   1. the four officers;\n   1. one member elected by and from each district named in a district list approved by a general meeting; and\n   1. two members elected at large, at least one of whom holds a temporary, seasonal, part-time or agency position when nominated.\n1. Board members serve three-year terms and are elected with the officers.\n\n### Powers and Duties\n\n1. Between general meetings, the Executive Board directs the affairs of the Local, subject to this constitution and to the decisions of the general meeting.\n1. The Executive Board shall hire and supervise staff, appoint bargaining committees that include workers from each affected workplace, and decide which grievances go to arbitration, subject to Article IV, Section 4.\n1. The Executive Board may not:\n   1. accept a collective agreement without a ratification vote of the members covered;\n   1. call or end a strike without a vote of the members concerned; or\n   1. overturn a decision of a general meeting.\n\n### Board Meetings\n\n1. The Executive Board shall meet at least monthly. A majority of Board members in office is a quorum.\n1. Any member in good standing may observe Board meetings, except closed sessions on individual grievances, legal advice or personnel matters.\n\n### Stewards and Committees\n\n1. The members at each worksite shall elect stewards by secret ballot, at least one for every 40 members on each shift, for two-year terms.\n1. The standing committees are the Election Committee under Article IX, Section 1, the Trustee Committee under Article V, Section 4, and the Health and Safety, Organizing and Education Committees, which any member in good standing may join.\n\n## Meetings and Quorum\n\n### General Meetings\n\n1. The general meeting is the highest authority of the Local, subject to this constitution and to the results of referendums.\n1. Regular general meetings shall be held at least once every three months. So that every shift can take part:\n   1. meeting times shall rotate among morning, afternoon and evening; and\n   1. a meeting may be held at more than one location, or partly online, if members at every location can hear, speak and vote.\n1. Notice of each regular general meeting, with a draft agenda, shall be posted at every worksite and sent to members at least 14 days in advance.\n\n### Special Meetings\n\n1. The President shall call a special general meeting on a decision of the Executive Board, or on a petition signed by 5 percent of members in good standing or 50 members in good standing, whichever is fewer.\n1. A special meeting shall be held on at least 7 days' notice stating its business, and no other business may be decided at it.\n\n### Quorum and Procedure\n\n1. The quorum for a regular or special general meeting is 5 percent of members in good standing or 75 members in good standing, whichever is fewer. Members at every location of a meeting held under Article VIII, Section 1 are counted together.\n1. If there is no quorum 30 minutes after the scheduled start:\n   1. the members present may hear reports and discuss, but may not make binding decisions; and\n   1. the Executive Board shall reschedule the meeting within 30 days.\n1. Except where this constitution says otherwise, questions are decided by a majority of the votes cast.\n1. The chair shall call on members who have not yet spoken on a question before those who have.\n\n## Elections\n\n### Election Committee\n\n1. At least 120 days before the officers' terms end, a general meeting shall elect an Election Committee of five members in good standing. No committee member may be a candidate, an officer or an employee of the Local.\n1. The Election Committee shall:\n   1. run all elections, recalls and referendums, including referendums on amendments under Article XI;\n   1. appoint one of its members, or an independent person, as Election Officer to administer each vote; and\n   1. certify the results of every vote it runs.\n1. The Executive Board shall give the committee a budget and access to the membership roll, but shall not direct its decisions.\n\n### Nominations and Candidates\n\n1. Any member in good standing for the 6 months before nominations close may run for any office. Months of exemption under Article V, Section 2 count toward the 6 months.\n1. A candidate must be nominated by at least 10 members in good standing and accept in writing.\n1. At least 30 days before nominations close, the Election Committee shall send every member written notice of the offices to be filled, how to make nominations, and the dates and methods of voting.\n1. Every candidate has the right to:\n   1. have a statement of up to 300 words sent to all members at the Local's expense; and\n   1. inspect the list of members eligible to vote.\n1. The Local's funds, staff and publications shall not be used to support or oppose any candidate.\n\n### Voting\n\n1. All elections shall be held by secret ballot, in person at or near each worksite on every shift, by mail ballot in a double envelope, or by secure online secret ballot.\n1. Voting shall be open for at least 10 days, including a weekend. Notice of voting shall be sent to every member in good standing at least 15 days before voting opens.\n1. An online voting system may be used only if:\n   1. it is run by an independent provider with no connection to any candidate or employer;\n   1. the system:\n      1. separates each member's identity from the member's ballot, so that no one can learn how a member voted;\n      1. allows each eligible member to vote only once; and\n      1. keeps a record that allows the result to be checked independently; and\n   1. members who prefer not to vote online can vote on paper.\n1. The candidate with the most votes is elected. A tie is settled by a runoff within 21 days.\n1. Each candidate may appoint an observer at each polling station and at the count.\n\n### Challenges\n\n1. Any candidate or member in good standing may challenge an election by written complaint to the Election Committee within 10 days after the results are announced.\n1. After the count, the Election Committee shall seal all ballots, envelopes, voter lists and electronic voting records. The sealed materials shall be kept for one year, or until every challenge is finally decided, whichever is later, and may be opened only:\n   1. by the Election Committee, in the presence of the complainant and the affected candidates, to decide a challenge; or\n   1. by order of a court or government agency.\n1. The Election Committee shall decide each challenge in writing within 20 days, and shall order a new election only if a violation may have affected the result.\n1. Its decision may be appealed within 15 days to the Appeals Committee under Article X, Section 4.\n\n## Discipline and Appeals\n\n### Grounds for Discipline\n\nDiscipline protects the members and the Local. It shall never be used to silence disagreement.\n\n1. A member may be disciplined only for:\n   1. theft or deliberate misuse of the Local's funds or property;\n   1. acting for an employer to undermine the Local;\n   1. crossing a picket line during an authorized strike;\n   1. violence, threats or harassment against another member, including harassment on any ground listed in Article II, Section 2;\n   1. deliberately interfering with an election, referendum or meeting; or\n   1. in the case of an officer, Board member or trustee, serious neglect of duty.\n1. No member may be disciplined for criticizing the Local or its officers, for supporting any candidate, or for exercising any right in Article IV.\n\n### Charges and Hearing\n\n1. Charges must be written, signed by a member in good standing, and filed with the Recording Secretary within 6 months after the charging member learned of the conduct.\n1. The accused member shall receive the charges, stating the conduct alleged and the ground relied on, at least 21 days before the hearing.\n1. Charges are heard by a Trial Committee of five members in good standing chosen by lot, excluding officers, Board members, witnesses, and the parties and their relatives.\n1. At the hearing, the accused member may:\n   1. be assisted by another member of the accused member's choice;\n   1. question the witnesses against the member; and\n   1. call witnesses and present documents.\n1. Charges must be proven by clear and convincing evidence. The Trial Committee shall decide in writing, with reasons, within 14 days after the hearing.\n\n### Penalties\n\n1. If charges are proven, the Trial Committee may impose a penalty in proportion to the offense:\n   1. a written reprimand;\n   1. repayment of funds or property misused;\n   1. removal from office;\n   1. suspension of membership rights for up to two years; or\n   1. expulsion, only for theft, acting for an employer, or violence.\n1. No penalty takes effect until the time for appeal under Article X, Section 4 has passed or the appeal is decided.\n\n### Appeals\n\n1. The disciplined member or the charging member may appeal in writing within 30 days to an Appeals Committee of three members in good standing, elected each year by secret ballot at the first regular general meeting.\n1. The Appeals Committee may uphold the decision, reduce or cancel the penalty, or order a new hearing before a new Trial Committee.\n1. A member still not satisfied may appeal to the next regular general meeting, which decides by secret ballot. Its decision is final within the Local but does not limit any right the member has under law.\n1. The Appeals Committee also hears appeals from decisions of the Election Committee under Article IX, Section 4.\n\n## Amendments\n\n### Proposal and Notice\n\nThis constitution belongs to the members, and any group of members may ask the rest to change it. The rules in this Article apply to every amendment, however small.\n\n1. An amendment to this constitution may be proposed:\n   1. by a majority vote of the Executive Board; or\n   1. by a written petition signed by at least 25 members in good standing as co-sponsors.\n1. A petition shall:\n   1. set out the exact text of the proposed amendment, showing the words to be removed and the words to be added;\n   1. give the printed name, worksite and signature of each co-sponsor; and\n   1. be filed with the Recording Secretary, who shall check the signatures against the membership roll within 14 days and, if at least 25 co-sponsors are in good standing, refer the proposal to the Election Committee.\n1. The Executive Board may not change, delay or refuse to submit a valid petition, but may publish a recommendation, to which the co-sponsors may reply at equal length.\n1. Written notice of the exact text of each proposed amendment shall be given to all members in good standing at least 30 days before voting begins. The notice shall be posted at every worksite, sent to each member by mail or email, and state the dates and methods of voting.\n\n### Vote and Adoption\n\n1. Amendments are decided by a referendum of members in good standing, by secret ballot, run by the Election Committee under Article IX, Section 1.\n1. An amendment is adopted only if both of the following conditions are met:\n   1. at least two-thirds of the votes cast are in favor, where abstentions and blank or spoiled ballots are not counted as votes cast; and\n   1. at least 20 percent of members in good standing take part in the referendum, counting every ballot returned, including abstentions and blank ballots.\n1. Voting in a referendum under this Article may take place in person, by mail ballot, or by secure online secret ballot meeting the requirements of Article IX, Section 3, or by any combination of these methods that the Election Committee decides. Voting by secure online secret ballot is authorized for this purpose.\n1. Each proposed amendment shall be a separate question on the ballot, unless two amendments cannot work without each other and the notice says so.\n1. An amendment that fails may not be proposed again in substantially the same words within 12 months, unless it failed only because too few members took part.\n\n### Complete Revision\n\n1. A complete revision of this constitution, or its replacement by a new constitution, may be proposed in either of the ways set out in Article XI, Section 1.\n1. A complete revision is subject to every requirement for an amendment, except that written notice of its full text shall be given to all members in good standing at least 60 days before voting begins.\n1. A complete revision is adopted only if it meets the thresholds in Article XI, Section 2: at least two-thirds of the votes cast, with abstentions not counted, and participation by at least 20 percent of members in good standing.\n1. During the notice period, the Executive Board shall hold at least two meetings at which members can discuss the revision and question its drafters.\n\n### Effective Date\n\n1. An amendment or complete revision takes effect when the Election Committee certifies the results of the referendum, unless the amendment itself states a later date.\n1. The Election Committee shall certify the results within 7 days after voting closes and publish them to all members.\n1. Within 14 days after certification, the Recording Secretary shall publish the updated text of this constitution, showing the date on which each amendment took effect.\n1. No amendment shortens the term of an officer already in office, unless it expressly says so.\n	2026-12-03 14:16:36.154935+00	\N	\N	
2	2	1	\N	9e3e18959c308b3c2b17f6fc2984204fd5d63df4ff2cb20c3cd504441df75a32	draft	import	\N	# Bylaws\n\n## Meetings\n\n1. The membership meets every month.\n1. Twenty members are a quorum.\n	2026-12-03 14:16:36.386113+00	\N	\N	
3	2	2	2	bf78cc08018380fbe4a3260bca925cf269f55d5534b01f603ede17700d2e9349	draft	import	\N	# Bylaws\n\n## Meetings\n\n1. The membership meets every month.\n1. Fifteen members are a quorum.\n	2026-12-03 14:16:36.59239+00	\N	\N	
4	1	2	1	1151d214dffbe1a2a81355111f87d261aba8e938e5f37037014d2d5d73a0f96b	adopted	ballot	3	---\ntitle: Constitution of Warehouse and Logistics Workers United, Local 1\nstatus: Draft for member review\ndrafted_by: Drafting Committee\ndate: 2026-11-01\n---\n\n# Constitution of Warehouse and Logistics Workers United, Local 1\n\n## Preamble {.unnumbered}\n\nWe are the people who receive, store, pick, pack, sort, load and move the goods that everyone else depends on. We work nights, weekends and holidays, to rates set by software we did not write. Alone, each of us can be watched, pushed and replaced. Together, we keep the freight moving, and we have the right to a real say in how that work is done and what it is worth.\n\nWe adopt this constitution to build a union that belongs to its members: one that is run democratically, spends its money in the open, protects every member's right to speak and to vote, and settles disagreements fairly. Above all, the members, acting together and by secret ballot, decide the direction of this union and the rules by which it is governed.\n\n## Name and Jurisdiction\n\n### Name\n\n1. The name of this organization is Warehouse and Logistics Workers United, Local 1, called in this constitution "the Local".\n\n### Jurisdiction\n\n1. The Local represents and organizes workers employed in:\n   1. warehouses, distribution centers and fulfillment centers;\n   1. parcel sorting hubs, cross-docks and freight terminals; and\n   1. other logistics work that a general meeting decides is within the Local's jurisdiction.\n1. The Local's geographic jurisdiction is the metropolitan region in which its founding members work, and any further area approved by a general meeting.\n\n### Affiliation\n\n1. The Local is independent and is governed by its members. No employer, political party or outside body may direct its affairs.\n1. The Local may affiliate with, or disaffiliate from, a national union or labor federation only by a referendum held under the same procedure and threshold as an amendment under Article XI, Section 2.\n\n## Purposes\n\n### Objects\n\n1. The purposes of the Local are:\n   1. to bargain collectively over wages, hours, staffing, production rates, technology and safety;\n   1. to enforce collective agreements and to represent workers in disciplinary meetings, grievances and arbitration;\n   1. to organize unorganized workers in the logistics industry; and\n   1. to educate members about their rights at work and about how their union is run.\n1. The Local shall not be run for the private profit of any officer, employee or member.\n\n### Equality and Non-discrimination\n\n1. The Local shall not discriminate against any worker on the basis of race, color, national origin, citizenship or immigration status, religion, sex, sexual orientation, gender identity, age, disability, language, political belief, or temporary, part-time, seasonal or agency status.\n1. The Local shall translate notices, ballots and this constitution into any language that is the first language of at least 5 percent of members, and shall provide interpretation at general meetings on request.\n\n## Membership\n\n### Eligibility and Admission\n\n1. Any worker employed within the jurisdiction described in Article I, Section 2 is eligible for membership, whether employed directly or through a staffing agency.\n1. A worker becomes a member by:\n   1. signing a membership application, on paper or electronically; and\n   1. paying the first month's dues or authorizing dues deduction, unless exempt under Article V, Section 2.\n1. No initiation fee shall be charged during an organizing campaign or within 90 days after the Local wins recognition for a new bargaining unit.\n\n### Good Standing\n\n1. A member is in good standing if the member:\n   1. is not more than two full months behind in dues; and\n   1. is not serving a suspension imposed under Article X, Section 3.\n1. A member whose dues are deducted from wages shall not lose good standing because an employer failed to deduct or forward them.\n1. Only members in good standing may vote, nominate, hold office or sign a petition under this constitution.\n\n### Resignation\n\n1. A member may resign by written notice to the Secretary-Treasurer. Resignation does not cancel dues owed for earlier months.\n\n## Rights of Members\n\n### Equal Rights\n\nThe rights in this Article belong equally to every member in good standing. They may be limited only by a penalty imposed under Article X, Section 3 after a fair hearing.\n\n1. Every member in good standing has an equal right to:\n   1. attend, speak and vote at general and special meetings;\n   1. vote in every election and referendum of the Local;\n   1. nominate candidates for any office, and to be nominated, subject to Article IX, Section 2;\n   1. propose motions at general meetings; and\n   1. propose amendments to this constitution, including as a co-sponsor of a petition under Article XI, Section 1.\n1. Each member in good standing has one vote. No one may vote by proxy.\n1. Members may criticize the officers, staff and policies of the Local without fear of retaliation, provided they follow reasonable rules of order and do not threaten or harass anyone.\n\n### Secret Ballot\n\n1. The following shall always be decided by secret ballot:\n   1. elections of officers, Executive Board members, trustees and stewards;\n   1. ratification of collective agreements and authorization of strikes; and\n   1. amendments to this constitution, including a complete revision.\n1. Any other question at a general meeting shall be decided by secret ballot if 10 members present ask for it.\n1. No officer, candidate or observer may find out how any member voted.\n\n### Access to Information\n\n1. Every member in good standing has the right to:\n   1. receive a copy of this constitution and of every collective agreement that covers the member;\n   1. inspect the financial reports and the audit report described in Article V, Section 4; and\n   1. read the minutes of general meetings and Executive Board meetings, except for parts dealing with individual grievances, legal advice or personnel matters.\n1. The Local shall answer a request for information within 21 days.\n\n### Fair Representation\n\n1. The Local shall represent every worker in its bargaining units fairly and in good faith, whether or not the worker is a member.\n1. A member who believes a grievance was handled unfairly may ask the Executive Board to review it, and may appeal the Board's answer to the next regular general meeting.\n\n## Dues and Finances\n\n### Dues\n\n1. Monthly dues are 1.5 percent of base wages, up to a maximum of 45 dollars a month.\n1. The dues rate, the maximum, any initiation fee and any special assessment may be changed only:\n   1. by a majority of the votes cast in a secret ballot of members in good standing; and\n   1. after at least 30 days' written notice stating the reasons for the change.\n\n### Hardship and Exemptions\n\n1. A member owes no dues for any month in which the member earns no wages in the jurisdiction because of layoff, illness, injury, parental leave, a strike or a lockout.\n1. The Secretary-Treasurer and one other officer may grant a confidential hardship exemption. An exempt member remains in good standing.\n\n### Financial Controls\n\n1. The funds of the Local shall be used only for the purposes set out in Article II, Section 1, and shall be held in accounts in the Local's name.\n1. Spending shall be approved as follows:\n   1. every payment requires the approval of two officers, one of whom is the Secretary-Treasurer or, in that officer's absence, the President;\n   1. any single expenditure over 2,500 dollars requires the prior approval of the Executive Board; and\n   1. any single expenditure over 15,000 dollars requires the prior approval of a general meeting, except:\n      1. staff wages, rent and insurance already in the approved budget; and\n      1. strike pay and legal costs during a strike, which the Executive Board shall report to the next general meeting.\n1. The Executive Board shall present an annual budget for approval at the first regular general meeting of each calendar year.\n1. The Local shall not lend money to any officer, employee or member.\n\n### Audit and Reporting\n\n1. The Secretary-Treasurer shall present a written financial report to every regular general meeting.\n1. The accounts shall be examined every year by:\n   1. an independent accountant who is not a member of the Local; and\n   1. a Trustee Committee of three members in good standing, elected with the officers, who are not officers or staff.\n1. The audit report shall be sent to all members within 30 days after it is completed.\n\n## Officers\n\n### Officers of the Local\n\n1. The officers of the Local are the President, the Vice-President, the Secretary-Treasurer and the Recording Secretary.\n1. Officers are elected for three-year terms under Article IX, Section 3. No person may hold two offices at once.\n\n### Duties of Officers\n\n1. The President shall chair general meetings and Executive Board meetings, speak for the Local, and report in writing to every regular general meeting.\n1. The Vice-President shall coordinate the stewards and act as President when the President is absent.\n1. The Secretary-Treasurer shall:\n   1. keep the membership roll and the financial records;\n   1. make payments only in accordance with Article V, Section 3; and\n   1. hand over all records and passwords to a successor within 7 days after leaving office.\n1. The Recording Secretary shall keep minutes, send notices of meetings, and keep the official text of this constitution with a record of every amendment.\n\n### Vacancies\n\n1. If the office of President becomes vacant, the Vice-President becomes President for the rest of the term.\n1. Any other vacancy shall be filled:\n   1. if more than 12 months remain in the term, by a special election; or\n   1. otherwise, by appointment by the Executive Board, confirmed at the next regular general meeting.\n\n### Removal from Office\n\n1. An officer, Executive Board member or trustee may be removed:\n   1. as a penalty for an offense listed in Article X, Section 1, proven at a hearing under Article X, Section 2; or\n   1. by recall, on a petition signed by at least 15 percent of members in good standing.\n1. On a valid recall petition, the Election Committee shall hold a secret ballot within 45 days. The officer is removed if a majority of the votes cast favor removal.\n\n## Executive Board\n\n### Composition\n\n1. The Executive Board consists of:\n   1. the four officers;\n   1. one member elected by and from each district named in a district list approved by a general meeting; and\n   1. two members elected at large, at least one of whom holds a temporary, seasonal, part-time or agency position when nominated.\n1. Board members serve three-year terms and are elected with the officers.\n\n### Powers and Duties\n\n1. Between general meetings, the Executive Board directs the affairs of the Local, subject to this constitution and to the decisions of the general meeting.\n1. The Executive Board shall hire and supervise staff, appoint bargaining committees that include workers from each affected workplace, and decide which grievances go to arbitration, subject to Article IV, Section 4.\n1. The Executive Board may not:\n   1. accept a collective agreement without a ratification vote of the members covered;\n   1. call or end a strike without a vote of the members concerned; or\n   1. overturn a decision of a general meeting.\n\n### Board Meetings\n\n1. The Executive Board shall meet at least monthly. A majority of Board members in office is a quorum.\n1. Any member in good standing may observe Board meetings, except closed sessions on individual grievances, legal advice or personnel matters.\n\n### Stewards and Committees\n\n1. The members at each worksite shall elect stewards by secret ballot, at least one for every 40 members on each shift, for two-year terms.\n1. The standing committees are the Election Committee under Article IX, Section 1, the Trustee Committee under Article V, Section 4, and the Health and Safety, Organizing and Education Committees, which any member in good standing may join.\n\n## Meetings and Quorum\n\n### General Meetings\n\n1. The general meeting is the highest authority of the Local, subject to this constitution and to the results of referendums.\n1. Regular general meetings shall be held at least once every three months. So that every shift can take part:\n   1. meeting times shall rotate among morning, afternoon and evening; and\n   1. a meeting may be held at more than one location, or partly online, if members at every location can hear, speak and vote.\n1. Notice of each regular general meeting, with a draft agenda, shall be posted at every worksite and sent to members at least 14 days in advance.\n\n### Special Meetings\n\n1. The President shall call a special general meeting on a decision of the Executive Board, or on a petition signed by 5 percent of members in good standing or 50 members in good standing, whichever is fewer.\n1. A special meeting shall be held on at least 7 days' notice stating its business, and no other business may be decided at it.\n\n### Quorum and Procedure\n\n1. The quorum for a regular or special general meeting is 5 percent of members in good standing or 75 members in good standing, whichever is fewer. Members at every location of a meeting held under Article VIII, Section 1 are counted together.\n1. If there is no quorum 30 minutes after the scheduled start:\n   1. the members present may hear reports and discuss, but may not make binding decisions; and\n   1. the Executive Board shall reschedule the meeting within 30 days.\n1. Except where this constitution says otherwise, questions are decided by a majority of the votes cast.\n1. The chair shall call on members who have not yet spoken on a question before those who have.\n\n## Elections\n\n### Election Committee\n\n1. At least 120 days before the officers' terms end, a general meeting shall elect an Election Committee of five members in good standing. No committee member may be a candidate, an officer or an employee of the Local.\n1. The Election Committee shall:\n   1. run all elections, recalls and referendums, including referendums on amendments under Article XI;\n   1. appoint one of its members, or an independent person, as Election Officer to administer each vote; and\n   1. certify the results of every vote it runs.\n1. The Executive Board shall give the committee a budget and access to the membership roll, but shall not direct its decisions.\n\n### Nominations and Candidates\n\n1. Any member in good standing for the 6 months before nominations close may run for any office. Months of exemption under Article V, Section 2 count toward the 6 months.\n1. A candidate must be nominated by at least 10 members in good standing and accept in writing.\n1. At least 30 days before nominations close, the Election Committee shall send every member written notice of the offices to be filled, how to make nominations, and the dates and methods of voting.\n1. Every candidate has the right to:\n   1. have a statement of up to 300 words sent to all members at the Local's expense; and\n   1. inspect the list of members eligible to vote.\n1. The Local's funds, staff and publications shall not be used to support or oppose any candidate.\n\n### Voting\n\n1. All elections shall be held by secret ballot, in person at or near each worksite on every shift, by mail ballot in a double envelope, or by secure online secret ballot.\n1. Voting shall be open for at least 10 days, including a weekend. Notice of voting shall be sent to every member in good standing at least 15 days before voting opens.\n1. An online voting system may be used only if:\n   1. it is run by an independent provider with no connection to any candidate or employer;\n   1. the system:\n      1. separates each member's identity from the member's ballot, so that no one can learn how a member voted;\n      1. allows each eligible member to vote only once; and\n      1. keeps a record that allows the result to be checked independently; and\n   1. members who prefer not to vote online can vote on paper.\n1. The candidate with the most votes is elected. A tie is settled by a runoff within 21 days.\n1. Each candidate may appoint an observer at each polling station and at the count.\n\n### Challenges\n\n1. Any candidate or member in good standing may challenge an election by written complaint to the Election Committee within 10 days after the results are announced.\n1. After the count, the Election Committee shall seal all ballots, envelopes, voter lists and electronic voting records. The sealed materials shall be kept for one year, or until every challenge is finally decided, whichever is later, and may be opened only:\n   1. by the Election Committee, in the presence of the complainant and the affected candidates, to decide a challenge; or\n   1. by order of a court or government agency.\n1. The Election Committee shall decide each challenge in writing within 20 days, and shall order a new election only if a violation may have affected the result.\n1. Its decision may be appealed within 15 days to the Appeals Committee under Article X, Section 4.\n\n## Discipline and Appeals\n\n### Grounds for Discipline\n\nDiscipline protects the members and the Local. It shall never be used to silence disagreement.\n\n1. A member may be disciplined only for:\n   1. theft or deliberate misuse of the Local's funds or property;\n   1. acting for an employer to undermine the Local;\n   1. crossing a picket line during an authorized strike;\n   1. violence, threats or harassment against another member, including harassment on any ground listed in Article II, Section 2;\n   1. deliberately interfering with an election, referendum or meeting; or\n   1. in the case of an officer, Board member or trustee, serious neglect of duty.\n1. No member may be disciplined for criticizing the Local or its officers, for supporting any candidate, or for exercising any right in Article IV.\n\n### Charges and Hearing\n\n1. Charges must be written, signed by a member in good standing, and filed with the Recording Secretary within 6 months after the charging member learned of the conduct.\n1. The accused member shall receive the charges, stating the conduct alleged and the ground relied on, at least 21 days before the hearing.\n1. Charges are heard by a Trial Committee of five members in good standing chosen by lot, excluding officers, Board members, witnesses, and the parties and their relatives.\n1. At the hearing, the accused member may:\n   1. be assisted by another member of the accused member's choice;\n   1. question the witnesses against the member; and\n   1. call witnesses and present documents.\n1. Charges must be proven by clear and convincing evidence. The Trial Committee shall decide in writing, with reasons, within 14 days after the hearing.\n\n### Penalties\n\n1. If charges are proven, the Trial Committee may impose a penalty in proportion to the offense:\n   1. a written reprimand;\n   1. repayment of funds or property misused;\n   1. removal from office;\n   1. suspension of membership rights for up to two years; or\n   1. expulsion, only for theft, acting for an employer, or violence.\n1. No penalty takes effect until the time for appeal under Article X, Section 4 has passed or the appeal is decided.\n\n### Appeals\n\n1. The disciplined member or the charging member may appeal in writing within 30 days to an Appeals Committee of three members in good standing, elected each year by secret ballot at the first regular general meeting.\n1. The Appeals Committee may uphold the decision, reduce or cancel the penalty, or order a new hearing before a new Trial Committee.\n1. A member still not satisfied may appeal to the next regular general meeting, which decides by secret ballot. Its decision is final within the Local but does not limit any right the member has under law.\n1. The Appeals Committee also hears appeals from decisions of the Election Committee under Article IX, Section 4.\n\n## Amendments\n\n### Proposal and Notice\n\nThis constitution belongs to the members, and any group of members may ask the rest to change it. The rules in this Article apply to every amendment, however small.\n\n1. An amendment to this constitution may be proposed:\n   1. by a majority vote of the Executive Board; or\n   1. by a written petition signed by at least 25 members in good standing as co-sponsors.\n1. A petition shall:\n   1. set out the exact text of the proposed amendment, showing the words to be removed and the words to be added;\n   1. give the printed name, worksite and signature of each co-sponsor; and\n   1. be filed with the Recording Secretary, who shall check the signatures against the membership roll within 14 days and, if at least 25 co-sponsors are in good standing, refer the proposal to the Election Committee.\n1. The Executive Board may not change, delay or refuse to submit a valid petition, but may publish a recommendation, to which the co-sponsors may reply at equal length.\n1. Written notice of the exact text of each proposed amendment shall be given to all members in good standing at least 30 days before voting begins. The notice shall be posted at every worksite, sent to each member by mail or email, and state the dates and methods of voting.\n\n### Vote and Adoption\n\n1. Amendments are decided by a referendum of members in good standing, by secret ballot, run by the Election Committee under Article IX, Section 1.\n1. An amendment is adopted only if both of the following conditions are met:\n   1. at least two-thirds of the votes cast are in favor, where abstentions and blank or spoiled ballots are not counted as votes cast; and\n   1. at least 20 percent of members in good standing take part in the referendum, counting every ballot returned, including abstentions and blank ballots.\n1. Voting in a referendum under this Article may take place in person, by mail ballot, or by secure online secret ballot meeting the requirements of Article IX, Section 3, or by any combination of these methods that the Election Committee decides. Voting by secure online secret ballot is authorized for this purpose.\n1. Each proposed amendment shall be a separate question on the ballot, unless two amendments cannot work without each other and the notice says so.\n1. An amendment that fails may not be proposed again in substantially the same words within 12 months, unless it failed only because too few members took part.\n\n### Complete Revision\n\n1. A complete revision of this constitution, or its replacement by a new constitution, may be proposed in either of the ways set out in Article XI, Section 1.\n1. A complete revision is subject to every requirement for an amendment, except that written notice of its full text shall be given to all members in good standing at least 60 days before voting begins.\n1. A complete revision is adopted only if it meets the thresholds in Article XI, Section 2: at least two-thirds of the votes cast, with abstentions not counted, and participation by at least 20 percent of members in good standing.\n1. During the notice period, the Executive Board shall hold at least two meetings at which members can discuss the revision and question its drafters.\n\n### Effective Date\n\n1. An amendment or complete revision takes effect when the Election Committee certifies the results of the referendum, unless the amendment itself states a later date.\n1. The Election Committee shall certify the results within 7 days after voting closes and publish them to all members.\n1. Within 14 days after certification, the Recording Secretary shall publish the updated text of this constitution, showing the date on which each amendment took effect.\n1. No amendment shortens the term of an officer already in office, unless it expressly says so.\n	2026-12-03 14:17:03.298183+00	1	\N	
\.


--
-- Name: amendments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.amendments_id_seq', 2, true);


--
-- Name: api_tokens_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_tokens_id_seq', 14, true);


--
-- Name: audit_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_events_id_seq', 50, true);


--
-- Name: ballot_questions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.ballot_questions_id_seq', 3, true);


--
-- Name: ballot_roll_changes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.ballot_roll_changes_id_seq', 1, false);


--
-- Name: ballots_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.ballots_id_seq', 2, true);


--
-- Name: changes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.changes_id_seq', 38, true);


--
-- Name: comment_edits_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.comment_edits_id_seq', 1, false);


--
-- Name: comments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.comments_id_seq', 2, true);


--
-- Name: documents_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.documents_id_seq', 2, true);


--
-- Name: letters_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.letters_id_seq', 1, false);


--
-- Name: mail_contents_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mail_contents_id_seq', 9, true);


--
-- Name: outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_id_seq', 28, true);


--
-- Name: petitions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.petitions_id_seq', 1, false);


--
-- Name: search_entries_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.search_entries_id_seq', 496, true);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.users_id_seq', 15, true);


--
-- Name: versions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.versions_id_seq', 4, true);


--
-- Name: amendment_cosponsors amendment_cosponsors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.amendment_cosponsors
    ADD CONSTRAINT amendment_cosponsors_pkey PRIMARY KEY (amendment_id, user_id);


--
-- Name: amendments amendments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.amendments
    ADD CONSTRAINT amendments_pkey PRIMARY KEY (id);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (id);


--
-- Name: api_tokens api_tokens_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_token_hash_key UNIQUE (token_hash);


--
-- Name: audit_events audit_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events
    ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id);


--
-- Name: audit_events audit_events_prev_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events
    ADD CONSTRAINT audit_events_prev_hash_key UNIQUE (prev_hash);


--
-- Name: ballot_count_shares ballot_count_shares_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_count_shares
    ADD CONSTRAINT ballot_count_shares_pkey PRIMARY KEY (ballot_id, user_id);


--
-- Name: ballot_counts ballot_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_counts
    ADD CONSTRAINT ballot_counts_pkey PRIMARY KEY (ballot_id);


--
-- Name: ballot_papers ballot_papers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_papers
    ADD CONSTRAINT ballot_papers_pkey PRIMARY KEY (ballot_id, id);


--
-- Name: ballot_papers ballot_papers_tracker_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_papers
    ADD CONSTRAINT ballot_papers_tracker_key UNIQUE (tracker);


--
-- Name: ballot_questions ballot_questions_ballot_id_position_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_questions
    ADD CONSTRAINT ballot_questions_ballot_id_position_key UNIQUE (ballot_id, "position");


--
-- Name: ballot_questions ballot_questions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_questions
    ADD CONSTRAINT ballot_questions_pkey PRIMARY KEY (id);


--
-- Name: ballot_roll_changes ballot_roll_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_roll_changes
    ADD CONSTRAINT ballot_roll_changes_pkey PRIMARY KEY (id);


--
-- Name: ballot_roll ballot_roll_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_roll
    ADD CONSTRAINT ballot_roll_pkey PRIMARY KEY (ballot_id, user_id);


--
-- Name: ballot_tellers ballot_tellers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_tellers
    ADD CONSTRAINT ballot_tellers_pkey PRIMARY KEY (ballot_id, user_id);


--
-- Name: ballots ballots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballots
    ADD CONSTRAINT ballots_pkey PRIMARY KEY (id);


--
-- Name: changes changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.changes
    ADD CONSTRAINT changes_pkey PRIMARY KEY (id);


--
-- Name: comment_edits comment_edits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_edits
    ADD CONSTRAINT comment_edits_pkey PRIMARY KEY (id);


--
-- Name: comment_placements comment_placements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_placements
    ADD CONSTRAINT comment_placements_pkey PRIMARY KEY (comment_id, version_id);


--
-- Name: comment_reports comment_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_reports
    ADD CONSTRAINT comment_reports_pkey PRIMARY KEY (comment_id, user_id);


--
-- Name: comment_supports comment_supports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_supports
    ADD CONSTRAINT comment_supports_pkey PRIMARY KEY (comment_id, user_id);


--
-- Name: comments comments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_pkey PRIMARY KEY (id);


--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);


--
-- Name: documents documents_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_slug_key UNIQUE (slug);


--
-- Name: invitations invitations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_pkey PRIMARY KEY (token_hash);


--
-- Name: letters letters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.letters
    ADD CONSTRAINT letters_pkey PRIMARY KEY (id);


--
-- Name: login_throttles login_throttles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_throttles
    ADD CONSTRAINT login_throttles_pkey PRIMARY KEY (key);


--
-- Name: mail_choices mail_choices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_choices
    ADD CONSTRAINT mail_choices_pkey PRIMARY KEY (user_id, kind);


--
-- Name: mail_contents mail_contents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_contents
    ADD CONSTRAINT mail_contents_pkey PRIMARY KEY (id);


--
-- Name: outbox outbox_message_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_message_key_key UNIQUE (message_key);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: outline_nodes outline_nodes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outline_nodes
    ADD CONSTRAINT outline_nodes_pkey PRIMARY KEY (version_id, ordinal);


--
-- Name: outline_nodes outline_nodes_version_id_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outline_nodes
    ADD CONSTRAINT outline_nodes_version_id_key_key UNIQUE (version_id, key);


--
-- Name: petition_signatures petition_signatures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_signatures
    ADD CONSTRAINT petition_signatures_pkey PRIMARY KEY (petition_id, user_id);


--
-- Name: petitions petitions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sealed_papers sealed_papers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sealed_papers
    ADD CONSTRAINT sealed_papers_pkey PRIMARY KEY (ballot_id, id);


--
-- Name: search_entries search_entries_kind_ref_id_section_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_entries
    ADD CONSTRAINT search_entries_kind_ref_id_section_key_key UNIQUE (kind, ref_id, section_key);


--
-- Name: search_entries search_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_entries
    ADD CONSTRAINT search_entries_pkey PRIMARY KEY (id);


--
-- Name: search_words search_words_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_words
    ADD CONSTRAINT search_words_pkey PRIMARY KEY (word);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token_hash);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (name);


--
-- Name: teller_keys teller_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.teller_keys
    ADD CONSTRAINT teller_keys_pkey PRIMARY KEY (user_id);


--
-- Name: user_roles user_roles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_member_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_member_number_key UNIQUE (member_number);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: version_amendments version_amendments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.version_amendments
    ADD CONSTRAINT version_amendments_pkey PRIMARY KEY (version_id, amendment_id);


--
-- Name: versions versions_document_id_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versions
    ADD CONSTRAINT versions_document_id_number_key UNIQUE (document_id, number);


--
-- Name: versions versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versions
    ADD CONSTRAINT versions_pkey PRIMARY KEY (id);


--
-- Name: amendments_document; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX amendments_document ON public.amendments USING btree (document_id, id);


--
-- Name: amendments_pending; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX amendments_pending ON public.amendments USING btree (document_id, base_version_id, status, parent_id, id, proposed_sha256);


--
-- Name: ballot_questions_rules; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ballot_questions_rules ON public.ballot_questions USING btree (ballot_id, "position", id, kind, question, amendment_id, version_id, snapshot_sha256, threshold, base, quorum, notice_days, adopted, adopted_version_id, document_rule, departure_reason);


--
-- Name: changes_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX changes_at ON public.changes USING btree (at);


--
-- Name: comment_placements_version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comment_placements_version ON public.comment_placements USING btree (version_id, section_key);


--
-- Name: comments_document; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_document ON public.comments USING btree (document_id, id);


--
-- Name: comments_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_parent ON public.comments USING btree (parent_id) WHERE (parent_id IS NOT NULL);


--
-- Name: comments_withdrawn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_withdrawn ON public.comments USING btree (document_id) WHERE ((deleted_at IS NOT NULL) OR (hidden_reason <> ''::text));


--
-- Name: letters_content; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX letters_content ON public.letters USING btree (content_id, user_id, id);


--
-- Name: login_throttles_last; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_throttles_last ON public.login_throttles USING btree (last_at);


--
-- Name: mail_contents_ballot; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_contents_ballot ON public.mail_contents USING btree (ballot_id, kind);


--
-- Name: outbox_content; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_content ON public.outbox USING btree (content_id, user_id);


--
-- Name: outbox_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_due ON public.outbox USING btree (due_at, id) WHERE ((sent_at IS NULL) AND (failed_at IS NULL) AND (folded_into IS NULL));


--
-- Name: outbox_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_user ON public.outbox USING btree (user_id, id);


--
-- Name: petitions_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_status ON public.petitions USING btree (status, deadline);


--
-- Name: search_entries_document; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX search_entries_document ON public.search_entries USING btree (document_id, kind);


--
-- Name: search_entries_tsv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX search_entries_tsv ON public.search_entries USING gin (tsv);


--
-- Name: search_words_length; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX search_words_length ON public.search_words USING btree (length);


--
-- Name: sessions_public_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sessions_public_id ON public.sessions USING btree (public_id);


--
-- Name: sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user ON public.sessions USING btree (user_id);


--
-- Name: versions_header; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX versions_header ON public.versions USING btree (document_id, number, id, parent_id, sha256, kind, origin, author_id, created_at, ballot_id, authorised_by);


--
-- Name: ballot_papers ballot_papers_kept; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_papers_kept BEFORE DELETE ON public.ballot_papers FOR EACH ROW EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: ballot_papers ballot_papers_not_truncated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_papers_not_truncated BEFORE TRUNCATE ON public.ballot_papers FOR EACH STATEMENT EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: ballot_papers ballot_papers_unchanged; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_papers_unchanged BEFORE UPDATE ON public.ballot_papers FOR EACH ROW EXECUTE FUNCTION public.charter_refuse_change();


--
-- Name: ballot_questions ballot_questions_kept; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_questions_kept BEFORE DELETE ON public.ballot_questions FOR EACH ROW EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: ballot_questions ballot_questions_not_truncated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_questions_not_truncated BEFORE TRUNCATE ON public.ballot_questions FOR EACH STATEMENT EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: ballot_roll_changes ballot_roll_changes_kept; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_roll_changes_kept BEFORE DELETE ON public.ballot_roll_changes FOR EACH ROW EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: ballot_roll_changes ballot_roll_changes_not_truncated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_roll_changes_not_truncated BEFORE TRUNCATE ON public.ballot_roll_changes FOR EACH STATEMENT EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: ballot_roll ballot_roll_kept; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_roll_kept BEFORE DELETE ON public.ballot_roll FOR EACH ROW EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: ballot_roll ballot_roll_not_truncated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_roll_not_truncated BEFORE TRUNCATE ON public.ballot_roll FOR EACH STATEMENT EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: ballot_tellers ballot_tellers_kept; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_tellers_kept BEFORE DELETE ON public.ballot_tellers FOR EACH ROW EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: ballot_tellers ballot_tellers_not_truncated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_tellers_not_truncated BEFORE TRUNCATE ON public.ballot_tellers FOR EACH STATEMENT EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: ballot_tellers ballot_tellers_unchanged; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballot_tellers_unchanged BEFORE UPDATE ON public.ballot_tellers FOR EACH ROW WHEN (((new.sealed_share IS NOT NULL) OR (new.user_id <> old.user_id) OR (new.ballot_id <> old.ballot_id) OR (new.teller_key <> old.teller_key))) EXECUTE FUNCTION public.charter_refuse_change();


--
-- Name: ballots ballots_kept; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballots_kept BEFORE DELETE ON public.ballots FOR EACH ROW EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: ballots ballots_key_unchanged; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballots_key_unchanged BEFORE UPDATE ON public.ballots FOR EACH ROW WHEN (((old.public_key <> ''::text) AND ((new.public_key IS DISTINCT FROM old.public_key) OR (new.shares_needed IS DISTINCT FROM old.shares_needed)))) EXECUTE FUNCTION public.charter_refuse_change();


--
-- Name: ballots ballots_not_truncated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ballots_not_truncated BEFORE TRUNCATE ON public.ballots FOR EACH STATEMENT EXECUTE FUNCTION public.charter_keep_ballot_records();


--
-- Name: sealed_papers sealed_papers_kept; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sealed_papers_kept BEFORE DELETE ON public.sealed_papers FOR EACH ROW EXECUTE FUNCTION public.charter_keep_sealed_papers();


--
-- Name: sealed_papers sealed_papers_not_truncated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sealed_papers_not_truncated BEFORE TRUNCATE ON public.sealed_papers FOR EACH STATEMENT EXECUTE FUNCTION public.charter_keep_sealed_papers();


--
-- Name: sealed_papers sealed_papers_unchanged; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sealed_papers_unchanged BEFORE UPDATE ON public.sealed_papers FOR EACH ROW EXECUTE FUNCTION public.charter_refuse_change();


--
-- Name: amendment_cosponsors amendment_cosponsors_amendment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.amendment_cosponsors
    ADD CONSTRAINT amendment_cosponsors_amendment_id_fkey FOREIGN KEY (amendment_id) REFERENCES public.amendments(id);


--
-- Name: amendment_cosponsors amendment_cosponsors_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.amendment_cosponsors
    ADD CONSTRAINT amendment_cosponsors_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: amendments amendments_base_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.amendments
    ADD CONSTRAINT amendments_base_version_id_fkey FOREIGN KEY (base_version_id) REFERENCES public.versions(id);


--
-- Name: amendments amendments_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.amendments
    ADD CONSTRAINT amendments_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id);


--
-- Name: amendments amendments_merged_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.amendments
    ADD CONSTRAINT amendments_merged_version_id_fkey FOREIGN KEY (merged_version_id) REFERENCES public.versions(id);


--
-- Name: amendments amendments_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.amendments
    ADD CONSTRAINT amendments_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.amendments(id);


--
-- Name: amendments amendments_sponsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.amendments
    ADD CONSTRAINT amendments_sponsor_id_fkey FOREIGN KEY (sponsor_id) REFERENCES public.users(id);


--
-- Name: api_tokens api_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: ballot_count_shares ballot_count_shares_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_count_shares
    ADD CONSTRAINT ballot_count_shares_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id);


--
-- Name: ballot_count_shares ballot_count_shares_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_count_shares
    ADD CONSTRAINT ballot_count_shares_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: ballot_counts ballot_counts_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_counts
    ADD CONSTRAINT ballot_counts_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id);


--
-- Name: ballot_papers ballot_papers_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_papers
    ADD CONSTRAINT ballot_papers_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id);


--
-- Name: ballot_questions ballot_questions_adopted_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_questions
    ADD CONSTRAINT ballot_questions_adopted_version_id_fkey FOREIGN KEY (adopted_version_id) REFERENCES public.versions(id);


--
-- Name: ballot_questions ballot_questions_amendment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_questions
    ADD CONSTRAINT ballot_questions_amendment_id_fkey FOREIGN KEY (amendment_id) REFERENCES public.amendments(id);


--
-- Name: ballot_questions ballot_questions_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_questions
    ADD CONSTRAINT ballot_questions_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id);


--
-- Name: ballot_questions ballot_questions_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_questions
    ADD CONSTRAINT ballot_questions_version_id_fkey FOREIGN KEY (version_id) REFERENCES public.versions(id);


--
-- Name: ballot_roll ballot_roll_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_roll
    ADD CONSTRAINT ballot_roll_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id);


--
-- Name: ballot_roll_changes ballot_roll_changes_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_roll_changes
    ADD CONSTRAINT ballot_roll_changes_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id);


--
-- Name: ballot_roll_changes ballot_roll_changes_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_roll_changes
    ADD CONSTRAINT ballot_roll_changes_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: ballot_roll ballot_roll_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_roll
    ADD CONSTRAINT ballot_roll_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: ballot_tellers ballot_tellers_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_tellers
    ADD CONSTRAINT ballot_tellers_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id);


--
-- Name: ballot_tellers ballot_tellers_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballot_tellers
    ADD CONSTRAINT ballot_tellers_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: ballots ballots_certified_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballots
    ADD CONSTRAINT ballots_certified_by_fkey FOREIGN KEY (certified_by) REFERENCES public.users(id);


--
-- Name: ballots ballots_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballots
    ADD CONSTRAINT ballots_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id);


--
-- Name: ballots ballots_officer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ballots
    ADD CONSTRAINT ballots_officer_id_fkey FOREIGN KEY (officer_id) REFERENCES public.users(id);


--
-- Name: comment_edits comment_edits_comment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_edits
    ADD CONSTRAINT comment_edits_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES public.comments(id);


--
-- Name: comment_placements comment_placements_comment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_placements
    ADD CONSTRAINT comment_placements_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES public.comments(id);


--
-- Name: comment_placements comment_placements_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_placements
    ADD CONSTRAINT comment_placements_version_id_fkey FOREIGN KEY (version_id) REFERENCES public.versions(id);


--
-- Name: comment_reports comment_reports_comment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_reports
    ADD CONSTRAINT comment_reports_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES public.comments(id);


--
-- Name: comment_reports comment_reports_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_reports
    ADD CONSTRAINT comment_reports_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: comment_supports comment_supports_comment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_supports
    ADD CONSTRAINT comment_supports_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES public.comments(id);


--
-- Name: comment_supports comment_supports_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_supports
    ADD CONSTRAINT comment_supports_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: comments comments_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.users(id);


--
-- Name: comments comments_disposition_amendment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_disposition_amendment_id_fkey FOREIGN KEY (disposition_amendment_id) REFERENCES public.amendments(id);


--
-- Name: comments comments_disposition_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_disposition_by_fkey FOREIGN KEY (disposition_by) REFERENCES public.users(id);


--
-- Name: comments comments_disposition_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_disposition_version_id_fkey FOREIGN KEY (disposition_version_id) REFERENCES public.versions(id);


--
-- Name: comments comments_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id);


--
-- Name: comments comments_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.comments(id);


--
-- Name: comments comments_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_version_id_fkey FOREIGN KEY (version_id) REFERENCES public.versions(id);


--
-- Name: invitations invitations_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: letters letters_content_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.letters
    ADD CONSTRAINT letters_content_id_fkey FOREIGN KEY (content_id) REFERENCES public.mail_contents(id) ON DELETE CASCADE;


--
-- Name: letters letters_officer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.letters
    ADD CONSTRAINT letters_officer_id_fkey FOREIGN KEY (officer_id) REFERENCES public.users(id);


--
-- Name: letters letters_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.letters
    ADD CONSTRAINT letters_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: mail_choices mail_choices_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_choices
    ADD CONSTRAINT mail_choices_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: mail_contents mail_contents_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_contents
    ADD CONSTRAINT mail_contents_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id) ON DELETE CASCADE;


--
-- Name: outbox outbox_content_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_content_id_fkey FOREIGN KEY (content_id) REFERENCES public.mail_contents(id) ON DELETE CASCADE;


--
-- Name: outbox outbox_folded_into_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_folded_into_fkey FOREIGN KEY (folded_into) REFERENCES public.outbox(id);


--
-- Name: outbox outbox_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: outline_nodes outline_nodes_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outline_nodes
    ADD CONSTRAINT outline_nodes_version_id_fkey FOREIGN KEY (version_id) REFERENCES public.versions(id);


--
-- Name: petition_signatures petition_signatures_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_signatures
    ADD CONSTRAINT petition_signatures_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);


--
-- Name: petition_signatures petition_signatures_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_signatures
    ADD CONSTRAINT petition_signatures_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: petitions petitions_amendment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_amendment_id_fkey FOREIGN KEY (amendment_id) REFERENCES public.amendments(id);


--
-- Name: petitions petitions_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id);


--
-- Name: petitions petitions_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id);


--
-- Name: petitions petitions_noticed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_noticed_by_fkey FOREIGN KEY (noticed_by) REFERENCES public.users(id);


--
-- Name: petitions petitions_starter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_starter_id_fkey FOREIGN KEY (starter_id) REFERENCES public.users(id);


--
-- Name: sealed_papers sealed_papers_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sealed_papers
    ADD CONSTRAINT sealed_papers_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id);


--
-- Name: search_entries search_entries_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_entries
    ADD CONSTRAINT search_entries_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id);


--
-- Name: search_entries search_entries_private_to_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_entries
    ADD CONSTRAINT search_entries_private_to_fkey FOREIGN KEY (private_to) REFERENCES public.users(id);


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: teller_keys teller_keys_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.teller_keys
    ADD CONSTRAINT teller_keys_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: user_roles user_roles_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT user_roles_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: version_amendments version_amendments_amendment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.version_amendments
    ADD CONSTRAINT version_amendments_amendment_id_fkey FOREIGN KEY (amendment_id) REFERENCES public.amendments(id);


--
-- Name: version_amendments version_amendments_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.version_amendments
    ADD CONSTRAINT version_amendments_version_id_fkey FOREIGN KEY (version_id) REFERENCES public.versions(id);


--
-- Name: versions versions_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versions
    ADD CONSTRAINT versions_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.users(id);


--
-- Name: versions versions_authorised_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versions
    ADD CONSTRAINT versions_authorised_by_fkey FOREIGN KEY (authorised_by) REFERENCES public.ballots(id);


--
-- Name: versions versions_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versions
    ADD CONSTRAINT versions_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id);


--
-- Name: versions versions_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versions
    ADD CONSTRAINT versions_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id);


--
-- Name: versions versions_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versions
    ADD CONSTRAINT versions_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.versions(id);


--
-- PostgreSQL database dump complete
--

\unrestrict F7m8GC5a6E9lT2JGkLeasKztsK28FhkXSe97g5XrhxLDyrzPoIXXp8TCr0hZQxj

