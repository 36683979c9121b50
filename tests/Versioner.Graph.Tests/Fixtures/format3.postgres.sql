--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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
-- Name: versioner_guard_Appointments(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."versioner_guard_Appointments"() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_Authors(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."versioner_guard_Authors"() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_Books(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."versioner_guard_Books"() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_Rates(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."versioner_guard_Rates"() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_Revenues(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."versioner_guard_Revenues"() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_Tags(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."versioner_guard_Tags"() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_changes(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_changes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD.commit_id AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_commits(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_commits() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (OLD.state = 1) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_documents(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_documents() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD.commit_id AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_entities(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_entities() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_maintenance(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_maintenance() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN RAISE EXCEPTION 'versioner: only the owner of the versioner tables may lift the guards' USING ERRCODE = '42501'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_members(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_members() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_parents(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_parents() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD.commit_id AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_pointers(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_pointers() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_pruned(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_pruned() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_redacted_commits(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_redacted_commits() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_redacted_messages(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_redacted_messages() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_redacted_versions(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_redacted_versions() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_redactions(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_redactions() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_segments(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_segments() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE segment = OLD.id AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_lift_guards(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_lift_guards() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN INSERT INTO versioner_maintenance (token) VALUES (1); END $$;


--
-- Name: versioner_notify_refs(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_notify_refs() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN PERFORM pg_notify('versioner_refs', CASE WHEN TG_OP = 'DELETE' THEN OLD.name ELSE NEW.name END); RETURN NULL; END $$;


--
-- Name: versioner_restore_guards(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_restore_guards() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN DELETE FROM versioner_maintenance; END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Appointments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Appointments" (
    "VersionId" uuid NOT NULL,
    "RateVersionId" uuid NOT NULL,
    "Day" date NOT NULL,
    "EternalId" uuid NOT NULL,
    "CommitId" uuid NOT NULL
);


--
-- Name: Authors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Authors" (
    "VersionId" uuid NOT NULL,
    "Name" text NOT NULL,
    "EternalId" uuid NOT NULL,
    "CommitId" uuid NOT NULL
);


--
-- Name: Books; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Books" (
    "VersionId" uuid NOT NULL,
    "Title" text NOT NULL,
    "Price" numeric NOT NULL,
    "AuthorId" uuid,
    "Tags" bytea NOT NULL,
    "Blurb" bytea,
    "PublishedAt" timestamp with time zone,
    "Rating" double precision,
    "EternalId" uuid NOT NULL,
    "CommitId" uuid NOT NULL
);


--
-- Name: Rates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Rates" (
    "VersionId" uuid NOT NULL,
    "Name" text NOT NULL,
    "PerHour" numeric NOT NULL,
    "EternalId" uuid NOT NULL,
    "CommitId" uuid NOT NULL
);


--
-- Name: Revenues; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Revenues" (
    "VersionId" uuid NOT NULL,
    "BookId" uuid NOT NULL,
    "Year" integer NOT NULL,
    "Amount" numeric NOT NULL,
    "EternalId" uuid NOT NULL,
    "CommitId" uuid NOT NULL
);


--
-- Name: Tags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Tags" (
    "VersionId" uuid NOT NULL,
    "Label" text NOT NULL,
    "EternalId" uuid NOT NULL,
    "CommitId" uuid NOT NULL
);


--
-- Name: versioner_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_changes (
    commit_id uuid NOT NULL,
    eternal_id uuid NOT NULL,
    entity_type text NOT NULL,
    version_id uuid,
    adopted boolean NOT NULL,
    version_checksum bytea,
    segment bigint NOT NULL,
    depth bigint NOT NULL,
    until_depth bigint
);


--
-- Name: versioner_commit_parents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_commit_parents (
    commit_id uuid NOT NULL,
    ordinal integer NOT NULL,
    parent_id uuid NOT NULL
);


--
-- Name: versioner_commits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_commits (
    id uuid NOT NULL,
    state integer NOT NULL,
    checksum bytea,
    author text NOT NULL,
    message text NOT NULL,
    timestamp_us bigint NOT NULL,
    segment bigint NOT NULL,
    depth bigint NOT NULL,
    generation bigint NOT NULL,
    seq bigint,
    branch text
);


--
-- Name: versioner_documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_documents (
    version_id uuid NOT NULL,
    eternal_id uuid NOT NULL,
    commit_id uuid NOT NULL,
    entity_type text NOT NULL,
    data text NOT NULL
);


--
-- Name: versioner_entities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_entities (
    eternal_id uuid NOT NULL,
    entity_type text NOT NULL
);


--
-- Name: versioner_maintenance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_maintenance (
    token integer NOT NULL
);


--
-- Name: versioner_merge_conflicts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_merge_conflicts (
    commit_id uuid NOT NULL,
    eternal_id uuid NOT NULL,
    fields text NOT NULL,
    entity_type text NOT NULL,
    kind integer NOT NULL,
    base_version uuid,
    ours_version uuid,
    theirs_version uuid
);


--
-- Name: versioner_meta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_meta (
    key text NOT NULL,
    value text NOT NULL
);


--
-- Name: versioner_pointer_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_pointer_members (
    set_checksum bytea NOT NULL,
    member uuid NOT NULL
);


--
-- Name: versioner_pointers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_pointers (
    checksum bytea NOT NULL,
    kind smallint NOT NULL,
    content bytea NOT NULL
);


--
-- Name: versioner_pruned; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_pruned (
    version_id uuid NOT NULL,
    entity_type text NOT NULL,
    eternal_id uuid NOT NULL,
    commit_id uuid NOT NULL,
    checksum bytea NOT NULL,
    pruned_at_us bigint NOT NULL,
    policy text NOT NULL
);


--
-- Name: versioner_redacted_commits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_redacted_commits (
    redaction_id uuid NOT NULL,
    commit_id uuid NOT NULL,
    checksum bytea NOT NULL
);


--
-- Name: versioner_redacted_messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_redacted_messages (
    redaction_id uuid NOT NULL,
    commit_id uuid NOT NULL
);


--
-- Name: versioner_redacted_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_redacted_versions (
    redaction_id uuid NOT NULL,
    version_id uuid NOT NULL,
    entity_type text NOT NULL,
    eternal_id uuid NOT NULL,
    fields text NOT NULL
);


--
-- Name: versioner_redactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_redactions (
    id uuid NOT NULL,
    author text NOT NULL,
    reason text NOT NULL,
    timestamp_us bigint NOT NULL
);


--
-- Name: versioner_refs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_refs (
    name text NOT NULL,
    kind integer NOT NULL,
    commit_id uuid NOT NULL
);


--
-- Name: versioner_segments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_segments (
    id bigint NOT NULL,
    parent_segment bigint,
    fork_depth bigint NOT NULL
);


--
-- Data for Name: Appointments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Appointments" VALUES ('01a24b34-b81e-7ce6-9bde-109955f80a57', '01a24b34-b7f1-7a7d-9a0e-6fce8dd64749', '2026-01-05', '01a24b34-b81e-7ce6-9bde-1099318e5000', '01a24b34-b7ea-714d-b23d-8c1ebfdfb708');
INSERT INTO public."Appointments" VALUES ('01a24b34-b829-7052-a55c-9d7adbeebedb', '01a24b34-b800-7056-b30d-f2ac3c41748f', '2026-01-06', '01a24b34-b829-7052-a55c-9d7a8012251d', '01a24b34-b7ea-714d-b23d-8c1ebfdfb708');
INSERT INTO public."Appointments" VALUES ('01a24b34-bc5a-7ff4-adb5-38d566ffe92e', '01a24b34-bc52-78e5-9e9b-24343bbc02e4', '2026-02-02', '01a24b34-bc5a-7ff4-adb5-38d4bc234225', '01a24b34-bc4a-7aea-a6b3-589873c0b99c');


--
-- Data for Name: Authors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Authors" VALUES ('01a24b34-b535-7d20-b75a-61097d9f366a', 'Ursula K. Le Guin', '01a24b34-b530-72ad-af3e-7527ce7b77f0', '01a24b34-b4c6-7404-8546-9df9a3692aab');
INSERT INTO public."Authors" VALUES ('01a24b34-b5c2-7476-9194-7f1596bc1ebd', 'Frank Herbert', '01a24b34-b5c2-7476-9194-7f1502fd1470', '01a24b34-b4c6-7404-8546-9df9a3692aab');
INSERT INTO public."Authors" VALUES ('01a24b34-b5c6-7a6c-bf02-4376cf6c96e3', 'Octavia E. Butler', '01a24b34-b5c6-7a6c-bf02-437652dd4084', '01a24b34-b4c6-7404-8546-9df9a3692aab');
INSERT INTO public."Authors" VALUES ('01a24b34-b98d-7738-8ca4-9aaec3de1c63', 'Ursula Le Guin', '01a24b34-b530-72ad-af3e-7527ce7b77f0', '01a24b34-b987-73f1-bbfd-c67354d6d0eb');
INSERT INTO public."Authors" VALUES ('01a24b34-bd99-7695-b806-5da3461b1a1a', 'Octavia Butler', '01a24b34-b5c6-7a6c-bf02-437652dd4084', '01a24b34-bd97-7070-abad-2343df291989');
INSERT INTO public."Authors" VALUES ('01a24b34-be66-7670-a8d8-1785cc8034e3', 'Iain M. Banks', '01a24b34-be66-7670-a8d8-178560c75495', '01a24b34-be84-72c8-b6ed-eecf4807ccec');
INSERT INTO public."Authors" VALUES ('01a24b34-bf86-7583-9ab1-7e528e977539', 'O. E. Butler', '01a24b34-b5c6-7a6c-bf02-437652dd4084', '01a24b34-bf84-7540-a586-3d149b6c7425');
INSERT INTO public."Authors" VALUES ('01a24b34-bfa5-779c-bcb2-c9d265b98796', 'O. E. Butler', '01a24b34-b5c6-7a6c-bf02-437652dd4084', '01a24b34-bf95-77b5-96a1-0db02d5d415b');
INSERT INTO public."Authors" VALUES ('01a24b34-bfbe-7faa-a692-4a02eb7551f5', 'N. K. Jemisin', '01a24b34-bfbe-7faa-a692-4a024a870725', '01a24b34-bfaa-74a3-a488-74dcd6a1a1fd');


--
-- Data for Name: Books; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Books" VALUES ('01a24b34-b774-778f-8f61-b3c00575bcd2', 'Book 0', 10, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', '\xe77317dc1f7abc8066621df2ecf9d690016c3e916ff12c3bbe1324c1338c5a25', '1965-06-01 12:00:00+00', NULL, '01a24b34-b774-778f-8f61-b3bfa44f2ad6', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b777-7cdb-bdb5-c3d99d56f40e', 'Book 1', 11, '01a24b34-b5c2-7476-9194-7f1502fd1470', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', NULL, '1966-06-01 12:00:00+00', 3.6, '01a24b34-b777-7cdb-bdb5-c3d929a57402', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b777-7cdb-bdb5-c3dab83c784b', 'Book 2', 12, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', NULL, '1967-06-01 12:00:00+00', 3.7, '01a24b34-b777-7cdb-bdb5-c3d9f1946507', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b778-7a84-a375-61d2441ddf62', 'Book 3', 13, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', '\x0aeb3788fd7b2e7af5e77f0d9ddc440ec17b0c588cefb3c2e1a155eb2e5025df', '1968-06-01 12:00:00+00', 3.8, '01a24b34-b777-7cdb-bdb5-c3db3ffe61a0', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b780-7f6a-b603-36a1e4b2876c', 'Book 4', 14, '01a24b34-b5c2-7476-9194-7f1502fd1470', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', NULL, '1969-06-01 12:00:00+00', NULL, '01a24b34-b780-7f6a-b603-36a122013487', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b781-7f39-b641-d4819fe81e6f', 'Book 5', 15, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', NULL, '1970-06-01 12:00:00+00', 4, '01a24b34-b781-7f39-b641-d4817a06d784', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b781-7f39-b641-d4830dbf9176', 'Book 6', 16, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', '\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', '1971-06-01 12:00:00+00', 4.1, '01a24b34-b781-7f39-b641-d48298988b88', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b781-7f39-b641-d48430b74ab6', 'Book 7', 17, '01a24b34-b5c2-7476-9194-7f1502fd1470', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', NULL, '1972-06-01 12:00:00+00', 4.2, '01a24b34-b781-7f39-b641-d483f7edf789', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b781-7f39-b641-d48564a488d0', 'Book 8', 18, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', NULL, '1973-06-01 12:00:00+00', NULL, '01a24b34-b781-7f39-b641-d484f15b59a4', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b781-7f39-b641-d4872eb250ec', 'Book 9', 19, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', '\x9aef966aaca8a97e3e67bcb6e3ac830651bfe80da6257373d874650b9a4fbf92', '1974-06-01 12:00:00+00', 4.4, '01a24b34-b781-7f39-b641-d48647c0f21e', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b781-7f39-b641-d488c92c95ca', 'Book 10', 20, '01a24b34-b5c2-7476-9194-7f1502fd1470', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', NULL, '1975-06-01 12:00:00+00', 4.5, '01a24b34-b781-7f39-b641-d487fa71944f', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b781-7f39-b641-d48a2c7fb230', 'Book 11', 21, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', NULL, '1976-06-01 12:00:00+00', 4.6, '01a24b34-b781-7f39-b641-d48970686f35', '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public."Books" VALUES ('01a24b34-b938-7bd4-bf68-90e73cb2bdbe', 'Book 1', 19.99, '01a24b34-b5c2-7476-9194-7f1502fd1470', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', NULL, '1966-06-01 12:00:00+00', 3.6, '01a24b34-b777-7cdb-bdb5-c3d929a57402', '01a24b34-b912-7276-863f-609dbd48bf83');
INSERT INTO public."Books" VALUES ('01a24b34-b956-7e29-919f-ee90669036e4', 'Book 2', 21, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', NULL, '1967-06-01 12:00:00+00', 3.7, '01a24b34-b777-7cdb-bdb5-c3d9f1946507', '01a24b34-b912-7276-863f-609dbd48bf83');
INSERT INTO public."Books" VALUES ('01a24b34-baa5-76a1-9d71-4b936a62925e', 'Book 3', 13, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\xa99ebe2097726c86d810be87dec1c8ca33b33a400067407e4d53a7dd9c3ae1e5', '\x0aeb3788fd7b2e7af5e77f0d9ddc440ec17b0c588cefb3c2e1a155eb2e5025df', '1968-06-01 12:00:00+00', 3.8, '01a24b34-b777-7cdb-bdb5-c3db3ffe61a0', '01a24b34-ba9a-7dfa-b441-cae3c9d9eaaa');
INSERT INTO public."Books" VALUES ('01a24b34-baac-7adc-a6ed-915385b9e7a3', 'Book 4', 14, '01a24b34-b5c2-7476-9194-7f1502fd1470', '\x7577d0d3d1097dc50a661c714b1f369abecc395838a53c87522891b49afd3817', NULL, '1969-06-01 12:00:00+00', NULL, '01a24b34-b780-7f6a-b603-36a122013487', '01a24b34-ba9a-7dfa-b441-cae3c9d9eaaa');
INSERT INTO public."Books" VALUES ('01a24b34-babe-7ecf-8950-b3d7b20124e2', 'Book 3', 33, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', '\x0aeb3788fd7b2e7af5e77f0d9ddc440ec17b0c588cefb3c2e1a155eb2e5025df', '1968-06-01 12:00:00+00', 3.8, '01a24b34-b777-7cdb-bdb5-c3db3ffe61a0', '01a24b34-baba-7377-893f-5ebec63b82e9');
INSERT INTO public."Books" VALUES ('01a24b34-bac6-7653-b8b0-bfbcc35c920c', 'Book 4', 14, '01a24b34-b5c2-7476-9194-7f1502fd1470', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', NULL, '1969-06-01 12:00:00+00', NULL, '01a24b34-b780-7f6a-b603-36a122013487', '01a24b34-baba-7377-893f-5ebec63b82e9');
INSERT INTO public."Books" VALUES ('01a24b34-bb0b-7136-87e8-859107291716', 'Book 3', 33, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\xa99ebe2097726c86d810be87dec1c8ca33b33a400067407e4d53a7dd9c3ae1e5', '\x0aeb3788fd7b2e7af5e77f0d9ddc440ec17b0c588cefb3c2e1a155eb2e5025df', '1968-06-01 12:00:00+00', 3.8, '01a24b34-b777-7cdb-bdb5-c3db3ffe61a0', '01a24b34-bad6-79b1-a669-660752f6f581');
INSERT INTO public."Books" VALUES ('01a24b34-bb0b-7136-87e8-85914c43de9b', 'Book 4', 14, '01a24b34-b5c2-7476-9194-7f1502fd1470', '\xa99ebe2097726c86d810be87dec1c8ca33b33a400067407e4d53a7dd9c3ae1e5', NULL, '1969-06-01 12:00:00+00', NULL, '01a24b34-b780-7f6a-b603-36a122013487', '01a24b34-bad6-79b1-a669-660752f6f581');
INSERT INTO public."Books" VALUES ('01a24b34-bb7c-7ebc-922a-d889fa3ef926', 'Book 6: theirs', 66, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', '\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', '1971-06-01 12:00:00+00', 4.1, '01a24b34-b781-7f39-b641-d48298988b88', '01a24b34-bb6f-7ce5-a837-fa7294bb3464');
INSERT INTO public."Books" VALUES ('01a24b34-bb96-76c9-b5e6-3d3fcd3d2704', 'Book 6: ours', 16, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', '\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', '1971-06-01 12:00:00+00', 4.1, '01a24b34-b781-7f39-b641-d48298988b88', '01a24b34-bb8f-7d63-a512-71f027cd2654');
INSERT INTO public."Books" VALUES ('01a24b34-bbbd-7fc2-a3d0-d0ab23cdf3fe', 'Book 6: theirs', 66, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', '\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', '1971-06-01 12:00:00+00', 4.1, '01a24b34-b781-7f39-b641-d48298988b88', '01a24b34-bba7-7ca1-903d-4769fae00ed3');
INSERT INTO public."Books" VALUES ('01a24b34-bcaf-797c-a8c3-aab73b0a7bea', 'Book 7', 7.5, '01a24b34-b5c2-7476-9194-7f1502fd1470', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', NULL, '1972-06-01 12:00:00+00', 4.2, '01a24b34-b781-7f39-b641-d483f7edf789', '01a24b34-bcab-705a-bcd3-5ae687cd2133');
INSERT INTO public."Books" VALUES ('01a24b34-bce2-7362-a06f-cecef349304a', 'Book 8 (corrected)', 18, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', NULL, '1973-06-01 12:00:00+00', NULL, '01a24b34-b781-7f39-b641-d484f15b59a4', '01a24b34-bcdf-7e19-90bc-341f23c2a819');
INSERT INTO public."Books" VALUES ('01a24b34-bd64-73a8-871e-8feef2ad19f2', 'Book 2 (2nd ed.) with a leaked name', 12, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', NULL, '1967-06-01 12:00:00+00', 3.7, '01a24b34-b777-7cdb-bdb5-c3d9f1946507', '01a24b34-bd57-75c2-907b-665bf7ff18d0');
INSERT INTO public."Books" VALUES ('01a24b34-bd83-7f86-a56d-f45819161201', 'Book 10 (reissue)', 15, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\xafda6987fc702f39cead46084cad02de127cdee738022f8941e968927b76f916', NULL, NULL, NULL, '01a24b34-b781-7f39-b641-d487fa71944f', '01a24b34-bd80-782a-864d-62de44c76948');
INSERT INTO public."Books" VALUES ('01a24b34-bdab-7c00-ba71-4a143d4909ae', 'Book 11', 21, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', NULL, '1976-06-01 12:00:00+00', 5, '01a24b34-b781-7f39-b641-d48970686f35', '01a24b34-bda9-7e95-a55c-c20d4c8be6d0');
INSERT INTO public."Books" VALUES ('01a24b34-be6e-78f0-8041-0f17a6930762', 'Book 0 (revised)', 9, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', '\xe77317dc1f7abc8066621df2ecf9d690016c3e916ff12c3bbe1324c1338c5a25', '1965-06-01 12:00:00+00', NULL, '01a24b34-b774-778f-8f61-b3bfa44f2ad6', '01a24b34-be63-7beb-82d2-5536435a29ee');
INSERT INTO public."Books" VALUES ('01a24b34-be78-7911-a4cd-c6630ecd7216', 'Book 11', 11.5, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', NULL, '1976-06-01 12:00:00+00', 4.6, '01a24b34-b781-7f39-b641-d48970686f35', '01a24b34-be63-7beb-82d2-5536435a29ee');
INSERT INTO public."Books" VALUES ('01a24b34-be99-7a53-a572-a62bbf74bf97', 'Book 0 (revised)', 10, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', '\xe77317dc1f7abc8066621df2ecf9d690016c3e916ff12c3bbe1324c1338c5a25', '1965-06-01 12:00:00+00', NULL, '01a24b34-b774-778f-8f61-b3bfa44f2ad6', '01a24b34-be84-72c8-b6ed-eecf4807ccec');
INSERT INTO public."Books" VALUES ('01a24b34-b973-7255-88ae-ac2f114d83e4', '', 21, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', NULL, '1967-06-01 12:00:00+00', 3.7, '01a24b34-b777-7cdb-bdb5-c3d9f1946507', '01a24b34-b96d-761a-ba4a-47599456448c');
INSERT INTO public."Books" VALUES ('01a24b34-bf52-7281-9a11-bd67b7e758ef', 'Book 11', 11.5, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', '\xf9e793e56bc86d28d178e8e92a189fc4eeeac5d2a8119199dadd00760aa8a820', '1976-06-01 12:00:00+00', 4.6, '01a24b34-b781-7f39-b641-d48970686f35', '01a24b34-bf4f-7359-aad7-f2f731d6ce4f');
INSERT INTO public."Books" VALUES ('01a24b34-bf66-7971-963d-de6694aaf58e', 'Book 11 (draft title)', 11.5, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', '\xf9e793e56bc86d28d178e8e92a189fc4eeeac5d2a8119199dadd00760aa8a820', '1976-06-01 12:00:00+00', 4.6, '01a24b34-b781-7f39-b641-d48970686f35', '01a24b34-bf62-7a40-b042-9403efd992d7');
INSERT INTO public."Books" VALUES ('01a24b34-bf6e-767d-96cf-49d6051aa92b', 'Book 0 (revised)', 9, '01a24b34-b530-72ad-af3e-7527ce7b77f0', '\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', '\xe77317dc1f7abc8066621df2ecf9d690016c3e916ff12c3bbe1324c1338c5a25', '1965-06-01 12:00:00+00', 4.25, '01a24b34-b774-778f-8f61-b3bfa44f2ad6', '01a24b34-bf62-7a40-b042-9403efd992d7');
INSERT INTO public."Books" VALUES ('01a24b34-bf7b-7729-b828-8c8483174e8b', 'Book 11 (draft title)', 11.5, '01a24b34-b5c6-7a6c-bf02-437652dd4084', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', '\xf9e793e56bc86d28d178e8e92a189fc4eeeac5d2a8119199dadd00760aa8a820', '1976-06-01 12:00:00+00', 4.6, '01a24b34-b781-7f39-b641-d48970686f35', '01a24b34-bf74-7b9e-bd84-91ade8ba42e7');
INSERT INTO public."Books" VALUES ('01a24b34-bfaf-79a8-8f98-787207a4d4d0', 'Book 1', 26, '01a24b34-b5c2-7476-9194-7f1502fd1470', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', NULL, '1966-06-01 12:00:00+00', 3.6, '01a24b34-b777-7cdb-bdb5-c3d929a57402', '01a24b34-bfaa-74a3-a488-74dcd6a1a1fd');
INSERT INTO public."Books" VALUES ('01a24b34-bff7-7e89-b8bb-afcc190ca9b5', 'Book 7', 7.5, '01a24b34-b5c2-7476-9194-7f1502fd1470', '\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', NULL, '1972-06-01 12:00:00+00', 4.5, '01a24b34-b781-7f39-b641-d483f7edf789', '01a24b34-bfaa-74a3-a488-74dcd6a1a1fd');


--
-- Data for Name: Rates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Rates" VALUES ('01a24b34-b7f1-7a7d-9a0e-6fce8dd64749', 'standard', 80, '01a24b34-b7f1-7a7d-9a0e-6fce07e61b47', '01a24b34-b7ea-714d-b23d-8c1ebfdfb708');
INSERT INTO public."Rates" VALUES ('01a24b34-b800-7056-b30d-f2ac3c41748f', 'premium', 120, '01a24b34-b800-7056-b30d-f2ac2277fd52', '01a24b34-b7ea-714d-b23d-8c1ebfdfb708');
INSERT INTO public."Rates" VALUES ('01a24b34-bc52-78e5-9e9b-24343bbc02e4', 'premium', 135, '01a24b34-b800-7056-b30d-f2ac2277fd52', '01a24b34-bc4a-7aea-a6b3-589873c0b99c');


--
-- Data for Name: Revenues; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Revenues" VALUES ('01a24b34-b833-7574-8dc4-746a31cbfbfe', '01a24b34-b774-778f-8f61-b3bfa44f2ad6', 2024, 1000, '01a24b34-b833-7574-8dc4-746952537a1b', '01a24b34-b7ea-714d-b23d-8c1ebfdfb708');
INSERT INTO public."Revenues" VALUES ('01a24b34-b842-705b-8dd2-236f48da9581', '01a24b34-b774-778f-8f61-b3bfa44f2ad6', 2025, 1200, '01a24b34-b842-705b-8dd2-236ea7a0fad7', '01a24b34-b7ea-714d-b23d-8c1ebfdfb708');
INSERT INTO public."Revenues" VALUES ('01a24b34-b84d-715c-9112-456087914ae7', '01a24b34-b777-7cdb-bdb5-c3d929a57402', 2025, 300.25, '01a24b34-b84d-715c-9112-456068db5f8f', '01a24b34-b7ea-714d-b23d-8c1ebfdfb708');
INSERT INTO public."Revenues" VALUES ('01a24b34-b852-76bb-9db5-00c427e05e48', '01a24b34-b780-7f6a-b603-36a122013487', 2025, 42, '01a24b34-b852-76bb-9db5-00c327e63586', '01a24b34-b7ea-714d-b23d-8c1ebfdfb708');


--
-- Data for Name: Tags; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Tags" VALUES ('01a24b34-b5d3-77b9-ae9b-757f21e44bf1', 'sf', '01a24b34-b5d3-77b9-ae9b-757eb63bf0be', '01a24b34-b4c6-7404-8546-9df9a3692aab');
INSERT INTO public."Tags" VALUES ('01a24b34-b5e1-7bb2-9ec5-0fc71f4fc21f', 'classic', '01a24b34-b5e1-7bb2-9ec5-0fc6805f8d48', '01a24b34-b4c6-7404-8546-9df9a3692aab');
INSERT INTO public."Tags" VALUES ('01a24b34-b5e9-7c74-836c-8f2c8f9c6c8a', 'award', '01a24b34-b5e9-7c74-836c-8f2ba16c5a4a', '01a24b34-b4c6-7404-8546-9df9a3692aab');


--
-- Data for Name: versioner_changes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_changes VALUES ('01a24b34-b4c6-7404-8546-9df9a3692aab', '01a24b34-b5c2-7476-9194-7f1502fd1470', 'Author', '01a24b34-b5c2-7476-9194-7f1596bc1ebd', false, '\xfc06c2e17f5bf9c5a567dc6d9a593d80b8522d2a022d40ffbe1bdd0dec2c05ee', 64384628821205155, 0, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b4c6-7404-8546-9df9a3692aab', '01a24b34-b5d3-77b9-ae9b-757eb63bf0be', 'Tag', '01a24b34-b5d3-77b9-ae9b-757f21e44bf1', false, '\x8be68d4ad49297e9872e1ec282181a49317de2eeeeef6ef3be545770eadc97dd', 64384628821205155, 0, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b4c6-7404-8546-9df9a3692aab', '01a24b34-b5e1-7bb2-9ec5-0fc6805f8d48', 'Tag', '01a24b34-b5e1-7bb2-9ec5-0fc71f4fc21f', false, '\x0b17d3b76858fbff184adc12139808c1168b29d6072b5cc5f5ff97919936c59c', 64384628821205155, 0, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b4c6-7404-8546-9df9a3692aab', '01a24b34-b5e9-7c74-836c-8f2ba16c5a4a', 'Tag', '01a24b34-b5e9-7c74-836c-8f2c8f9c6c8a', false, '\x25f0aa6b89ae4caabdb049f79f2b5c7c10cef5909acc3768e1aaa28efa09c3ba', 64384628821205155, 0, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b774-778f-8f61-b3bfa44f2ad6', 'Book', '01a24b34-b774-778f-8f61-b3c00575bcd2', false, '\x477278b136f8f0b134f568c9ed77cbe49f4ef1e03425f532a2fd4b07fbd328ef', 64384628821205155, 1, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b781-7f39-b641-d48647c0f21e', 'Book', '01a24b34-b781-7f39-b641-d4872eb250ec', false, '\x045ddb7b004b6f590070c3f414c8bd7a1249231c1add9478ded78ce4a4b81214', 64384628821205155, 1, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b781-7f39-b641-d487fa71944f', 'Book', '01a24b34-b781-7f39-b641-d488c92c95ca', false, '\x8c7ac32ffe6ac89f4ddfcef4605df0a4ee61217eaa77ee3f61c3b0fa70cdf985', 64384628821205155, 1, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b781-7f39-b641-d48970686f35', 'Book', '01a24b34-b781-7f39-b641-d48a2c7fb230', false, '\x45960b47a51c10d896f1f1fad1ce1c02bdf5a3c4d5a2a788f215ff0e8d648978', 64384628821205155, 1, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b7ea-714d-b23d-8c1ebfdfb708', '01a24b34-b7f1-7a7d-9a0e-6fce07e61b47', 'Rate', '01a24b34-b7f1-7a7d-9a0e-6fce8dd64749', false, '\x6d2ed5adde4ab0f2e40dc909e87c21d5c58f407b5d9c7488c6568ccdaaae320f', 64384628821205155, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b7ea-714d-b23d-8c1ebfdfb708', '01a24b34-b81e-7ce6-9bde-1099318e5000', 'Appointment', '01a24b34-b81e-7ce6-9bde-109955f80a57', false, '\x8bbb4e09ba18142fb2a6b6a4235d6ef717dcac4a56c722d121533ee5ccd2985c', 64384628821205155, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b7ea-714d-b23d-8c1ebfdfb708', '01a24b34-b829-7052-a55c-9d7a8012251d', 'Appointment', '01a24b34-b829-7052-a55c-9d7adbeebedb', false, '\x124c636c24d69c0c3ac16879eac9a19ae6840a95744e7d5132f5d161d7478622', 64384628821205155, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b7ea-714d-b23d-8c1ebfdfb708', '01a24b34-b833-7574-8dc4-746952537a1b', 'Revenue', '01a24b34-b833-7574-8dc4-746a31cbfbfe', false, '\x3863fdcea2ad05b3b837a5dc03186d418c3c165ddebe021836deae306fd2afd6', 64384628821205155, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b7ea-714d-b23d-8c1ebfdfb708', '01a24b34-b842-705b-8dd2-236ea7a0fad7', 'Revenue', '01a24b34-b842-705b-8dd2-236f48da9581', false, '\x3859808ba480e6200f5b563d35922aac8fabe3fbcf2700776b1d686c77b3adba', 64384628821205155, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b7ea-714d-b23d-8c1ebfdfb708', '01a24b34-b84d-715c-9112-456068db5f8f', 'Revenue', '01a24b34-b84d-715c-9112-456087914ae7', false, '\x4d9ce15963c0f8f62a559cc224fabf03627b93af4d5f0c25286fc0bf018e7625', 64384628821205155, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b7ea-714d-b23d-8c1ebfdfb708', '01a24b34-b852-76bb-9db5-00c327e63586', 'Revenue', '01a24b34-b852-76bb-9db5-00c427e05e48', false, '\xdeb4e822571907b18d4083ab1ace92efac23d7b33850cc2cf6706ad4ac7176aa', 64384628821205155, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b8c2-7390-a37b-5c6f51dfadba', '01a24b34-b8c1-78ce-988f-7887a22c1056', 'Invoice', '01a24b34-b8db-7c86-8cb9-b6bc76d74d8e', false, '\x1abe8dd6b2e24170aeaade94cc0f8e0d543fa13bf6a230cf55ee6fdcdf9bf7c3', 64384628821205155, 3, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b912-7276-863f-609dbd48bf83', '01a24b34-b777-7cdb-bdb5-c3d929a57402', 'Book', '01a24b34-b938-7bd4-bf68-90e73cb2bdbe', false, '\x5e1ce592275f8e74a485d692b1e52569e62d7764a74f10947010833d8ba2b7c8', 858996103340316167, 4, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b912-7276-863f-609dbd48bf83', '01a24b34-b777-7cdb-bdb5-c3d9f1946507', 'Book', '01a24b34-b956-7e29-919f-ee90669036e4', false, '\x53a8877445a55c2ff1381838ef90efa5c7b3a53cdb92b5e4f0c34e19f321d848', 858996103340316167, 4, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b987-73f1-bbfd-c67354d6d0eb', '01a24b34-b530-72ad-af3e-7527ce7b77f0', 'Author', '01a24b34-b98d-7738-8ca4-9aaec3de1c63', false, '\xcb608b673f57fc3c8034352380c5e6db669cbcd2f24366ad1514b1392eaa4e8e', 983032029635959240, 4, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b99c-7d4d-a004-b94b6a6f6113', '01a24b34-b777-7cdb-bdb5-c3d929a57402', 'Book', '01a24b34-b938-7bd4-bf68-90e73cb2bdbe', true, '\x5e1ce592275f8e74a485d692b1e52569e62d7764a74f10947010833d8ba2b7c8', 983032029635959240, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-ba9a-7dfa-b441-cae3c9d9eaaa', '01a24b34-b777-7cdb-bdb5-c3db3ffe61a0', 'Book', '01a24b34-baa5-76a1-9d71-4b936a62925e', false, '\x518117e5f34de424325ef08906707faac4c1a0a7659b9dbe227be6f015937ea0', 1581811540857485013, 6, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-ba9a-7dfa-b441-cae3c9d9eaaa', '01a24b34-b780-7f6a-b603-36a122013487', 'Book', '01a24b34-baac-7adc-a6ed-915385b9e7a3', false, '\x93c5acebc2f7fdd4d7041f3662b7b93f066c884373b2a78e153d51342143b771', 1581811540857485013, 6, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bad6-79b1-a669-660752f6f581', '01a24b34-b777-7cdb-bdb5-c3db3ffe61a0', 'Book', '01a24b34-bb0b-7136-87e8-859107291716', false, '\x4449e72e8a84eb83f402ac311a7a697611453d1334e39b84cc67634a9aefb0ec', 983032029635959240, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bad6-79b1-a669-660752f6f581', '01a24b34-b780-7f6a-b603-36a122013487', 'Book', '01a24b34-bb0b-7136-87e8-85914c43de9b', false, '\x1744b83b339a98e623b1169ba27dae1cb746101713e193d6a5d9f74307b791e5', 983032029635959240, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-baba-7377-893f-5ebec63b82e9', '01a24b34-b777-7cdb-bdb5-c3db3ffe61a0', 'Book', '01a24b34-babe-7ecf-8950-b3d7b20124e2', false, '\x17f3f8c90efba13a0e3a2689918c610c636b9e51029104f1cd14e25295b9e4b0', 983032029635959240, 6, 7);
INSERT INTO public.versioner_changes VALUES ('01a24b34-baba-7377-893f-5ebec63b82e9', '01a24b34-b780-7f6a-b603-36a122013487', 'Book', '01a24b34-bac6-7653-b8b0-bfbcc35c920c', false, '\xe1bbfd80643f0dbda4cfe26b855c519bbd18644c2e73fb503b883b9ca5138502', 983032029635959240, 6, 7);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bb15-726a-b81d-312003eab9dc', '01a24b34-b781-7f39-b641-d4817a06d784', 'Book', NULL, false, NULL, 4353423993223127496, 8, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bb15-726a-b81d-312003eab9dc', '01a24b34-b8c1-78ce-988f-7888687b85ac', 'Invoice', NULL, false, NULL, 4353423993223127496, 8, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bb4a-7335-b28e-53fc8ec634b7', '01a24b34-b781-7f39-b641-d4817a06d784', 'Book', NULL, false, NULL, 983032029635959240, 8, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bb4a-7335-b28e-53fc8ec634b7', '01a24b34-b8c1-78ce-988f-7888687b85ac', 'Invoice', NULL, false, NULL, 983032029635959240, 8, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bb6f-7ce5-a837-fa7294bb3464', '01a24b34-b781-7f39-b641-d48298988b88', 'Book', '01a24b34-bb7c-7ebc-922a-d889fa3ef926', false, '\x96d7fb7759d99d9dd927580fb70308d055d5b112c4434dbd706243903d97e3f1', 869586692496619454, 9, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bba7-7ca1-903d-4769fae00ed3', '01a24b34-b781-7f39-b641-d48298988b88', 'Book', '01a24b34-bbbd-7fc2-a3d0-d0ab23cdf3fe', false, '\x447667b920f4fd1ba2d999e511d33e216f0ea67df7e836bf558e4b2ea6f4e333', 983032029635959240, 10, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bb8f-7d63-a512-71f027cd2654', '01a24b34-b781-7f39-b641-d48298988b88', 'Book', '01a24b34-bb96-76c9-b5e6-3d3fcd3d2704', false, '\x5cd4ad0b60eec7dabe7dea6f598d2571477d888f8e91cd0da126de85e2d11864', 983032029635959240, 9, 10);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bbf8-7d45-bf29-a92fc7d2cc83', '01a24b34-b8c1-78ce-988f-7886b2fdf0de', 'Invoice', '01a24b34-bbfb-7b2e-9423-de418bc70933', false, '\xd9780edb7575c7dd77dd3a02cbe41fd9fcb7c07097b933d4dfb8aac0711015eb', 4206586323226364175, 11, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bc24-7ece-bf40-0cc6315ddd29', '01a24b34-b8c1-78ce-988f-7886b2fdf0de', 'Invoice', '01a24b34-bc38-7061-82bc-abb8b11477f3', false, '\x8f35c5472d882c13c09a5ad299ad5f7762837182dbf6477b30605b63ea5b0943', 983032029635959240, 12, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bc0f-7aac-b27b-aabd0650e2c0', '01a24b34-b8c1-78ce-988f-7886b2fdf0de', 'Invoice', '01a24b34-bc12-7073-be90-f97071de12d9', false, '\xd56fe5d3d9f2b5e2ebacdb44b073f72edd4368e55514f6867e0b9f74a3b43186', 983032029635959240, 11, 12);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bc4a-7aea-a6b3-589873c0b99c', '01a24b34-b800-7056-b30d-f2ac2277fd52', 'Rate', '01a24b34-bc52-78e5-9e9b-24343bbc02e4', false, '\x3e4f1b8618d622c9fac55058fd71d350c2a915abeb2e52de808684aa8ea749f5', 3871399542334811047, 13, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bc4a-7aea-a6b3-589873c0b99c', '01a24b34-bc5a-7ff4-adb5-38d4bc234225', 'Appointment', '01a24b34-bc5a-7ff4-adb5-38d566ffe92e', false, '\x91b5294a05846600c6b3dcf5b3c40b32f583066e7675a57a926c03b31254d5fe', 3871399542334811047, 13, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bc6f-72c6-baa0-e22d7fd2a0df', '01a24b34-b800-7056-b30d-f2ac2277fd52', 'Rate', '01a24b34-bc52-78e5-9e9b-24343bbc02e4', true, '\x3e4f1b8618d622c9fac55058fd71d350c2a915abeb2e52de808684aa8ea749f5', 983032029635959240, 13, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bc6f-72c6-baa0-e22d7fd2a0df', '01a24b34-bc5a-7ff4-adb5-38d4bc234225', 'Appointment', '01a24b34-bc5a-7ff4-adb5-38d566ffe92e', true, '\x91b5294a05846600c6b3dcf5b3c40b32f583066e7675a57a926c03b31254d5fe', 983032029635959240, 13, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcab-705a-bcd3-5ae687cd2133', '01a24b34-b781-7f39-b641-d483f7edf789', 'Book', '01a24b34-bcaf-797c-a8c3-aab73b0a7bea', false, '\xd8348dd3bc2d7ad15fe3655be90de717d66392117d1ea4dc8019e0dd79574e29', 2296568837830231384, 14, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcdf-7e19-90bc-341f23c2a819', '01a24b34-b781-7f39-b641-d484f15b59a4', 'Book', '01a24b34-bce2-7362-a06f-cecef349304a', false, '\x41e0128fa664581899cc1204907ef30bf12a67c5f4a9959cb6080ecc6e2ed78e', 64384628821205155, 4, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b781-7f39-b641-d484f15b59a4', 'Book', '01a24b34-b781-7f39-b641-d48564a488d0', false, '\x138740d57de51c7e05fa76645baf09b2c0bd3aa259c783031ca793f4e302d5ff', 64384628821205155, 1, 4);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-b530-72ad-af3e-7527ce7b77f0', 'Author', '01a24b34-b98d-7738-8ca4-9aaec3de1c63', true, '\xcb608b673f57fc3c8034352380c5e6db669cbcd2f24366ad1514b1392eaa4e8e', 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b96d-761a-ba4a-47599456448c', '01a24b34-b777-7cdb-bdb5-c3d9f1946507', 'Book', '01a24b34-b973-7255-88ae-ac2f114d83e4', false, '\x9f2aa77daed1c2f19450e8e1710b7d12b10a27fe1237d3e8e7a1b0e7e1bb3da9', 858996103340316167, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b99c-7d4d-a004-b94b6a6f6113', '01a24b34-b777-7cdb-bdb5-c3d9f1946507', 'Book', '01a24b34-b973-7255-88ae-ac2f114d83e4', true, '\x9f2aa77daed1c2f19450e8e1710b7d12b10a27fe1237d3e8e7a1b0e7e1bb3da9', 983032029635959240, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b4c6-7404-8546-9df9a3692aab', '01a24b34-b5c6-7a6c-bf02-437652dd4084', 'Author', '01a24b34-b5c6-7a6c-bf02-4376cf6c96e3', false, '\xc188446a42f69adbb01c4123466398b173723716ea2e449f62ed2f991f2a7e0d', 64384628821205155, 0, 6);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-b777-7cdb-bdb5-c3d929a57402', 'Book', '01a24b34-b938-7bd4-bf68-90e73cb2bdbe', true, '\x5e1ce592275f8e74a485d692b1e52569e62d7764a74f10947010833d8ba2b7c8', 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-b777-7cdb-bdb5-c3db3ffe61a0', 'Book', '01a24b34-bb0b-7136-87e8-859107291716', true, '\x4449e72e8a84eb83f402ac311a7a697611453d1334e39b84cc67634a9aefb0ec', 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-b780-7f6a-b603-36a122013487', 'Book', '01a24b34-bb0b-7136-87e8-85914c43de9b', true, '\x1744b83b339a98e623b1169ba27dae1cb746101713e193d6a5d9f74307b791e5', 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-b781-7f39-b641-d4817a06d784', 'Book', NULL, false, NULL, 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-b781-7f39-b641-d48298988b88', 'Book', '01a24b34-bbbd-7fc2-a3d0-d0ab23cdf3fe', true, '\x447667b920f4fd1ba2d999e511d33e216f0ea67df7e836bf558e4b2ea6f4e333', 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-b781-7f39-b641-d483f7edf789', 'Book', '01a24b34-bcaf-797c-a8c3-aab73b0a7bea', true, '\xd8348dd3bc2d7ad15fe3655be90de717d66392117d1ea4dc8019e0dd79574e29', 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-b800-7056-b30d-f2ac2277fd52', 'Rate', '01a24b34-bc52-78e5-9e9b-24343bbc02e4', true, '\x3e4f1b8618d622c9fac55058fd71d350c2a915abeb2e52de808684aa8ea749f5', 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-b8c1-78ce-988f-7886b2fdf0de', 'Invoice', '01a24b34-bc38-7061-82bc-abb8b11477f3', true, '\x8f35c5472d882c13c09a5ad299ad5f7762837182dbf6477b30605b63ea5b0943', 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-b8c1-78ce-988f-7888687b85ac', 'Invoice', NULL, false, NULL, 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-bc5a-7ff4-adb5-38d4bc234225', 'Appointment', '01a24b34-bc5a-7ff4-adb5-38d566ffe92e', true, '\x91b5294a05846600c6b3dcf5b3c40b32f583066e7675a57a926c03b31254d5fe', 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b4c6-7404-8546-9df9a3692aab', '01a24b34-b530-72ad-af3e-7527ce7b77f0', 'Author', '01a24b34-b535-7d20-b75a-61097d9f366a', false, '\x7bac4b104fd0fdb7d3a75cc107a4410d742726d1921bed12af35d930aadda49f', 64384628821205155, 0, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b777-7cdb-bdb5-c3d929a57402', 'Book', '01a24b34-b777-7cdb-bdb5-c3d99d56f40e', false, '\x5eb4882bf5160dbb09203c2a563381cf3f3ce14af432a4694ba38b763ba0c592', 64384628821205155, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b777-7cdb-bdb5-c3d9f1946507', 'Book', '01a24b34-b777-7cdb-bdb5-c3dab83c784b', false, '\x98672e7c5fbf22e50b47fb09026cf09bc9f6fd49c6377c6003edf2b5a43c0b7b', 64384628821205155, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b777-7cdb-bdb5-c3db3ffe61a0', 'Book', '01a24b34-b778-7a84-a375-61d2441ddf62', false, '\xe8ae2f200988755a13e736e0c613bdefc7c1e1fd789015311f74a27e4aeba550', 64384628821205155, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b780-7f6a-b603-36a122013487', 'Book', '01a24b34-b780-7f6a-b603-36a1e4b2876c', false, '\x958329e83f32e37df8e46b73d6a4cb8baa80a57c63720497d2fa2c11d30b349a', 64384628821205155, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b781-7f39-b641-d4817a06d784', 'Book', '01a24b34-b781-7f39-b641-d4819fe81e6f', false, '\x366268cfe01d310f6e20c9d79bb45f45e94b3cffa978a57c16a180f88c081cd9', 64384628821205155, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b781-7f39-b641-d48298988b88', 'Book', '01a24b34-b781-7f39-b641-d4830dbf9176', false, '\xc052073911aaa289fd7a3e234d1b2894459ae4477edc071e4009ae11da12a01d', 64384628821205155, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', '01a24b34-b781-7f39-b641-d483f7edf789', 'Book', '01a24b34-b781-7f39-b641-d48430b74ab6', false, '\xc4d42344f5ab7c0a1aedf34d80cbf6fdf71f3210e1e3b80866e0cbdeae4ebbd6', 64384628821205155, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b7ea-714d-b23d-8c1ebfdfb708', '01a24b34-b800-7056-b30d-f2ac2277fd52', 'Rate', '01a24b34-b800-7056-b30d-f2ac3c41748f', false, '\xe9346c2797028877920d59cd54beae035852c43094093af0e584c6ef349d093b', 64384628821205155, 2, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b8c2-7390-a37b-5c6f51dfadba', '01a24b34-b8c1-78ce-988f-7886b2fdf0de', 'Invoice', '01a24b34-b8d3-73ef-89a0-b90559feaed3', false, '\xe05981606b58b5297aae05f405c220958029bc05b9af40cac4a02e48ffb880c7', 64384628821205155, 3, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-b8c2-7390-a37b-5c6f51dfadba', '01a24b34-b8c1-78ce-988f-7888687b85ac', 'Invoice', '01a24b34-b8e2-7333-9e70-4389f73902ef', false, '\x2efc5fc00f83e2bc70c2eb66d1591f9f562ba9021c2cce0017ea5c4629ebe1ef', 64384628821205155, 3, 5);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bd3c-7581-9e5b-0281d2988792', '01a24b34-b781-7f39-b641-d48647c0f21e', 'Book', '01a24b34-b781-7f39-b641-d4872eb250ec', true, '\x045ddb7b004b6f590070c3f414c8bd7a1249231c1add9478ded78ce4a4b81214', 2296568837830231384, 16, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bd22-7fc6-b1c5-1839083927ef', '01a24b34-b781-7f39-b641-d48647c0f21e', 'Book', NULL, false, NULL, 2296568837830231384, 15, 16);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bd57-75c2-907b-665bf7ff18d0', '01a24b34-b777-7cdb-bdb5-c3d929a57402', 'Book', '01a24b34-b777-7cdb-bdb5-c3d99d56f40e', true, '\x5eb4882bf5160dbb09203c2a563381cf3f3ce14af432a4694ba38b763ba0c592', 2296568837830231384, 17, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bd57-75c2-907b-665bf7ff18d0', '01a24b34-b777-7cdb-bdb5-c3d9f1946507', 'Book', '01a24b34-bd64-73a8-871e-8feef2ad19f2', false, '\x24fe1c44edacfaee56cf45ca9fd483157bcdb3442354c60fd7920c31a0b3b93d', 2296568837830231384, 17, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bd80-782a-864d-62de44c76948', '01a24b34-b781-7f39-b641-d487fa71944f', 'Book', '01a24b34-bd83-7f86-a56d-f45819161201', false, '\x2b8a5f433046acfe8f170934383ef836f2d19dcf8bebd66dc07c9c2d3c1e7b60', 2296568837830231384, 19, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bd6d-705e-b6cc-c4aa40ed6f95', '01a24b34-b781-7f39-b641-d487fa71944f', 'Book', NULL, false, NULL, 2296568837830231384, 18, 19);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bd97-7070-abad-2343df291989', '01a24b34-b5c6-7a6c-bf02-437652dd4084', 'Author', '01a24b34-bd99-7695-b806-5da3461b1a1a', false, '\x4b7d9ecb0b5a780b64f344bd818fed20f2d7fd4e5d75d4d28a6be88de2a12130', 2662116720650336864, 20, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bda9-7e95-a55c-c20d4c8be6d0', '01a24b34-b781-7f39-b641-d48970686f35', 'Book', '01a24b34-bdab-7c00-ba71-4a143d4909ae', false, '\x73bbf4bdcc711f00b9c2dd8988a5fdc9457c53b5c7ea20c82962015a9037df29', 2662116720650336864, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bdba-7df7-92b1-7ede320bd42a', '01a24b34-b5c6-7a6c-bf02-437652dd4084', 'Author', '01a24b34-bd99-7695-b806-5da3461b1a1a', true, '\x4b7d9ecb0b5a780b64f344bd818fed20f2d7fd4e5d75d4d28a6be88de2a12130', 2296568837830231384, 20, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bdde-78e7-a252-6984cbbebfb8', '01a24b34-bdd9-7225-a034-8bf09e38d9fd', 'Reading', '01a24b34-bdf8-726e-8c37-0b1202906472', false, '\xe653bd92caaf98842efe32ce1d6e9aac678f3ffe3b92aed691fccbb08fcd888d', 3338999970754949478, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bdde-78e7-a252-6984cbbebfb8', '01a24b34-bdd9-7225-a034-8bf0ce57a947', 'Reading', '01a24b34-bdfa-7c8d-8707-6a8fe5b04d6a', false, '\xba2b656330ae86154cbae8daed199c7264fc4430920ea2877aa937acb7d0349f', 3338999970754949478, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bdde-78e7-a252-6984cbbebfb8', '01a24b34-bdd9-7225-a034-8bf19888db1b', 'Reading', '01a24b34-bdfb-707f-bd35-ca7fa22a4e94', false, '\x8c75de73c5aa9af5f9b674c5df7032933b156b54ddac8da16b625ae8109f1237', 3338999970754949478, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be0c-73c2-9a70-3b7d66baaf2f', '01a24b34-bdd9-7225-a034-8bef27a8501a', 'Reading', '01a24b34-be0d-7ea5-af7d-f2781f052112', false, '\x7e6487388df568485a7400678dd0a34329c067f9479f34544340ea224dc0e960', 3338999970754949478, 22, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be0c-73c2-9a70-3b7d66baaf2f', '01a24b34-bdd9-7225-a034-8befdc66e028', 'Reading', '01a24b34-be0d-7ea5-af7d-f278567739a8', false, '\x7df5257d3514bc6aae757c62b697f1c21915ad0c3b81cca648acc48428df83ad', 3338999970754949478, 22, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be0c-73c2-9a70-3b7d66baaf2f', '01a24b34-bdd9-7225-a034-8bf27507c1ba', 'Reading', NULL, false, NULL, 3338999970754949478, 22, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bdde-78e7-a252-6984cbbebfb8', '01a24b34-bdd9-7225-a034-8bef27a8501a', 'Reading', '01a24b34-bded-73d6-a84a-7e92e6aadcc6', false, '\xb6a92955acf4be85776d4e0f3a8735b0006537d981e36b4ea6b454c144fe4cac', 3338999970754949478, 21, 22);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bdde-78e7-a252-6984cbbebfb8', '01a24b34-bdd9-7225-a034-8befdc66e028', 'Reading', '01a24b34-bdf7-7740-a51b-65bd9d15e1be', false, '\x329e87e88a69e61b328e4fb19511709c2378c9e697a58bef0fb04707345a97b6', 3338999970754949478, 21, 22);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bdde-78e7-a252-6984cbbebfb8', '01a24b34-bdd9-7225-a034-8bf27507c1ba', 'Reading', '01a24b34-bdfd-7512-8a41-dfbd7cc56165', false, '\xd4a174425c30927099c769a59114bbad637dbd84f9deaa69ad4c5c362ee5b828', 3338999970754949478, 21, 22);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be23-782e-855b-10326db57419', '01a24b34-bdd9-7225-a034-8bef27a8501a', 'Reading', '01a24b34-be0d-7ea5-af7d-f2781f052112', true, '\x7e6487388df568485a7400678dd0a34329c067f9479f34544340ea224dc0e960', 2296568837830231384, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be23-782e-855b-10326db57419', '01a24b34-bdd9-7225-a034-8befdc66e028', 'Reading', '01a24b34-be0d-7ea5-af7d-f278567739a8', true, '\x7df5257d3514bc6aae757c62b697f1c21915ad0c3b81cca648acc48428df83ad', 2296568837830231384, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be23-782e-855b-10326db57419', '01a24b34-bdd9-7225-a034-8bf09e38d9fd', 'Reading', '01a24b34-bdf8-726e-8c37-0b1202906472', true, '\xe653bd92caaf98842efe32ce1d6e9aac678f3ffe3b92aed691fccbb08fcd888d', 2296568837830231384, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be23-782e-855b-10326db57419', '01a24b34-bdd9-7225-a034-8bf0ce57a947', 'Reading', '01a24b34-bdfa-7c8d-8707-6a8fe5b04d6a', true, '\xba2b656330ae86154cbae8daed199c7264fc4430920ea2877aa937acb7d0349f', 2296568837830231384, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be23-782e-855b-10326db57419', '01a24b34-bdd9-7225-a034-8bf19888db1b', 'Reading', '01a24b34-bdfb-707f-bd35-ca7fa22a4e94', true, '\x8c75de73c5aa9af5f9b674c5df7032933b156b54ddac8da16b625ae8109f1237', 2296568837830231384, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be42-78bf-b67d-38ec6de0719d', '01a24b34-b781-7f39-b641-d484f15b59a4', 'Book', '01a24b34-bce2-7362-a06f-cecef349304a', true, '\x41e0128fa664581899cc1204907ef30bf12a67c5f4a9959cb6080ecc6e2ed78e', 2296568837830231384, 22, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be84-72c8-b6ed-eecf4807ccec', '01a24b34-be66-7670-a8d8-178560c75495', 'Author', '01a24b34-be66-7670-a8d8-1785cc8034e3', false, '\xb34817f81d0251e8d208582f5f6504527084fbb180d0dfe2f88764e661060ee9', 2296568837830231384, 23, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', '01a24b34-b777-7cdb-bdb5-c3d9f1946507', 'Book', '01a24b34-b973-7255-88ae-ac2f114d83e4', true, '\x9f2aa77daed1c2f19450e8e1710b7d12b10a27fe1237d3e8e7a1b0e7e1bb3da9', 64384628821205155, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be63-7beb-82d2-5536435a29ee', '01a24b34-b774-778f-8f61-b3bfa44f2ad6', 'Book', '01a24b34-be6e-78f0-8041-0f17a6930762', false, '\x9bc6c9e10f52351f2bb7ae2af2653279146a9ca9a2768839a989151089182676', 2296568837830231384, 24, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be63-7beb-82d2-5536435a29ee', '01a24b34-b781-7f39-b641-d48970686f35', 'Book', '01a24b34-be78-7911-a4cd-c6630ecd7216', false, '\x96345f71090117114cfc86069da6789dc5c95eb5bab2336ff823ad93feb2fc0c', 2296568837830231384, 24, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-be84-72c8-b6ed-eecf4807ccec', '01a24b34-b774-778f-8f61-b3bfa44f2ad6', 'Book', '01a24b34-be99-7a53-a572-a62bbf74bf97', false, '\x1033b7751b634b0ea80e680ea400d024cd44836ca6b3614f058531ae285edd05', 2296568837830231384, 23, 24);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bf74-7b9e-bd84-91ade8ba42e7', '01a24b34-b781-7f39-b641-d48970686f35', 'Book', '01a24b34-bf7b-7729-b828-8c8483174e8b', false, '\xadd7d26779201526367d286e804f4c2e1b25b6afb9aef304f4387cfe391ac5b3', 3504953913626858040, 26, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bf4f-7359-aad7-f2f731d6ce4f', '01a24b34-b781-7f39-b641-d48970686f35', 'Book', '01a24b34-bf52-7281-9a11-bd67b7e758ef', false, '\x5fbadab6f50ce4108ecf3df719e4590407719cb13f7a398b81256d235e5b5606', 3504953913626858040, 25, 26);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bf62-7a40-b042-9403efd992d7', '01a24b34-b781-7f39-b641-d48970686f35', 'Book', '01a24b34-bf66-7971-963d-de6694aaf58e', false, '\x603b13f53f97c8c68d3d8ff7f7d44202c708af85f15db54bdf11e6245bab6e25', 2054078087048437515, 27, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bf62-7a40-b042-9403efd992d7', '01a24b34-b774-778f-8f61-b3bfa44f2ad6', 'Book', '01a24b34-bf6e-767d-96cf-49d6051aa92b', false, '\x6cb8888d77dddf1a70a08cd304dd4416f7d1f6c4db5f7beda81f5c5810fec424', 2054078087048437515, 27, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bf84-7540-a586-3d149b6c7425', '01a24b34-b5c6-7a6c-bf02-437652dd4084', 'Author', '01a24b34-bf86-7583-9ab1-7e528e977539', false, '\x4666af0292cbdd58fd32e6d017bc9ef678d669060e802bcc8c9c71bc4ed5d547', 64384628821205155, 6, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bf95-77b5-96a1-0db02d5d415b', '01a24b34-b777-7cdb-bdb5-c3d929a57402', 'Book', '01a24b34-b777-7cdb-bdb5-c3d99d56f40e', true, '\x5eb4882bf5160dbb09203c2a563381cf3f3ce14af432a4694ba38b763ba0c592', 64384628821205155, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bf95-77b5-96a1-0db02d5d415b', '01a24b34-b777-7cdb-bdb5-c3d9f1946507', 'Book', '01a24b34-bd64-73a8-871e-8feef2ad19f2', true, '\x24fe1c44edacfaee56cf45ca9fd483157bcdb3442354c60fd7920c31a0b3b93d', 64384628821205155, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bf95-77b5-96a1-0db02d5d415b', '01a24b34-b781-7f39-b641-d487fa71944f', 'Book', '01a24b34-bd83-7f86-a56d-f45819161201', true, '\x2b8a5f433046acfe8f170934383ef836f2d19dcf8bebd66dc07c9c2d3c1e7b60', 64384628821205155, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bf95-77b5-96a1-0db02d5d415b', '01a24b34-b781-7f39-b641-d48970686f35', 'Book', '01a24b34-bdab-7c00-ba71-4a143d4909ae', true, '\x73bbf4bdcc711f00b9c2dd8988a5fdc9457c53b5c7ea20c82962015a9037df29', 64384628821205155, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bf95-77b5-96a1-0db02d5d415b', '01a24b34-b5c6-7a6c-bf02-437652dd4084', 'Author', '01a24b34-bfa5-779c-bcb2-c9d265b98796', false, '\xca49c33e37d9f34de0444d3e2deeda70a5e6497d6178155bfda762ffa2fb33b3', 64384628821205155, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bfaa-74a3-a488-74dcd6a1a1fd', '01a24b34-b777-7cdb-bdb5-c3d929a57402', 'Book', '01a24b34-bfaf-79a8-8f98-787207a4d4d0', false, '\xbc41fc4f56f2175c7eaa3628d128a731cdf77a4a3511716cf214da9042c0cd9f', 2296568837830231384, 25, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bfaa-74a3-a488-74dcd6a1a1fd', '01a24b34-bfbe-7faa-a692-4a024a870725', 'Author', '01a24b34-bfbe-7faa-a692-4a02eb7551f5', false, '\x882bac12cb3d3dd8d2092a07fe17c391bb08e331559497078d14ec1ded69cfb7', 2296568837830231384, 25, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bfaa-74a3-a488-74dcd6a1a1fd', '01a24b34-b852-76bb-9db5-00c327e63586', 'Revenue', NULL, false, NULL, 2296568837830231384, 25, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bfaa-74a3-a488-74dcd6a1a1fd', '01a24b34-b781-7f39-b641-d483f7edf789', 'Book', '01a24b34-bff7-7e89-b8bb-afcc190ca9b5', false, '\xd71f88a19f83756db100a8cf8abe625319c2cd443a16259da3f229d29c57abb9', 2296568837830231384, 25, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bfaa-74a3-a488-74dcd6a1a1fd', '01a24b34-bff9-7f0a-84da-b57d1e7891b9', 'Invoice', '01a24b34-bffa-7e11-8bfc-1159c0073816', false, '\x49f9060c6f686eaffda22f3c02619db5f715954b4b3e10248726eca7fa5855b5', 2296568837830231384, 25, NULL);
INSERT INTO public.versioner_changes VALUES ('01a24b34-bfaa-74a3-a488-74dcd6a1a1fd', '01a24b34-b8c1-78ce-988f-7887a22c1056', 'Invoice', NULL, false, NULL, 2296568837830231384, 25, NULL);


--
-- Data for Name: versioner_commit_parents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', 0, '01a24b34-b4c6-7404-8546-9df9a3692aab');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-b7ea-714d-b23d-8c1ebfdfb708', 0, '01a24b34-b73e-7534-95c9-57f82ff8ba33');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-b8c2-7390-a37b-5c6f51dfadba', 0, '01a24b34-b7ea-714d-b23d-8c1ebfdfb708');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-b912-7276-863f-609dbd48bf83', 0, '01a24b34-b8c2-7390-a37b-5c6f51dfadba');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-b96d-761a-ba4a-47599456448c', 0, '01a24b34-b912-7276-863f-609dbd48bf83');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-b987-73f1-bbfd-c67354d6d0eb', 0, '01a24b34-b8c2-7390-a37b-5c6f51dfadba');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-b99c-7d4d-a004-b94b6a6f6113', 0, '01a24b34-b987-73f1-bbfd-c67354d6d0eb');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-b99c-7d4d-a004-b94b6a6f6113', 1, '01a24b34-b96d-761a-ba4a-47599456448c');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-ba9a-7dfa-b441-cae3c9d9eaaa', 0, '01a24b34-b99c-7d4d-a004-b94b6a6f6113');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-baba-7377-893f-5ebec63b82e9', 0, '01a24b34-b99c-7d4d-a004-b94b6a6f6113');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bad6-79b1-a669-660752f6f581', 0, '01a24b34-baba-7377-893f-5ebec63b82e9');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bad6-79b1-a669-660752f6f581', 1, '01a24b34-ba9a-7dfa-b441-cae3c9d9eaaa');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bb15-726a-b81d-312003eab9dc', 0, '01a24b34-bad6-79b1-a669-660752f6f581');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bb4a-7335-b28e-53fc8ec634b7', 0, '01a24b34-bad6-79b1-a669-660752f6f581');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bb4a-7335-b28e-53fc8ec634b7', 1, '01a24b34-bb15-726a-b81d-312003eab9dc');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bb6f-7ce5-a837-fa7294bb3464', 0, '01a24b34-bb4a-7335-b28e-53fc8ec634b7');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bb8f-7d63-a512-71f027cd2654', 0, '01a24b34-bb4a-7335-b28e-53fc8ec634b7');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bba7-7ca1-903d-4769fae00ed3', 0, '01a24b34-bb8f-7d63-a512-71f027cd2654');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bba7-7ca1-903d-4769fae00ed3', 1, '01a24b34-bb6f-7ce5-a837-fa7294bb3464');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bbf8-7d45-bf29-a92fc7d2cc83', 0, '01a24b34-bba7-7ca1-903d-4769fae00ed3');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bc0f-7aac-b27b-aabd0650e2c0', 0, '01a24b34-bba7-7ca1-903d-4769fae00ed3');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bc24-7ece-bf40-0cc6315ddd29', 0, '01a24b34-bc0f-7aac-b27b-aabd0650e2c0');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bc24-7ece-bf40-0cc6315ddd29', 1, '01a24b34-bbf8-7d45-bf29-a92fc7d2cc83');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bc4a-7aea-a6b3-589873c0b99c', 0, '01a24b34-bc24-7ece-bf40-0cc6315ddd29');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bc6f-72c6-baa0-e22d7fd2a0df', 0, '01a24b34-bc24-7ece-bf40-0cc6315ddd29');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bc6f-72c6-baa0-e22d7fd2a0df', 1, '01a24b34-bc4a-7aea-a6b3-589873c0b99c');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bcab-705a-bcd3-5ae687cd2133', 0, '01a24b34-bc6f-72c6-baa0-e22d7fd2a0df');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bcdf-7e19-90bc-341f23c2a819', 0, '01a24b34-b8c2-7390-a37b-5c6f51dfadba');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', 0, '01a24b34-bcdf-7e19-90bc-341f23c2a819');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', 1, '01a24b34-bcab-705a-bcd3-5ae687cd2133');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bd22-7fc6-b1c5-1839083927ef', 0, '01a24b34-bcab-705a-bcd3-5ae687cd2133');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bd3c-7581-9e5b-0281d2988792', 0, '01a24b34-bd22-7fc6-b1c5-1839083927ef');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bd57-75c2-907b-665bf7ff18d0', 0, '01a24b34-bd3c-7581-9e5b-0281d2988792');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bd6d-705e-b6cc-c4aa40ed6f95', 0, '01a24b34-bd57-75c2-907b-665bf7ff18d0');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bd80-782a-864d-62de44c76948', 0, '01a24b34-bd6d-705e-b6cc-c4aa40ed6f95');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bd97-7070-abad-2343df291989', 0, '01a24b34-bd80-782a-864d-62de44c76948');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bda9-7e95-a55c-c20d4c8be6d0', 0, '01a24b34-bd97-7070-abad-2343df291989');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bdba-7df7-92b1-7ede320bd42a', 0, '01a24b34-bd80-782a-864d-62de44c76948');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bdde-78e7-a252-6984cbbebfb8', 0, '01a24b34-bdba-7df7-92b1-7ede320bd42a');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-be0c-73c2-9a70-3b7d66baaf2f', 0, '01a24b34-bdde-78e7-a252-6984cbbebfb8');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-be1a-76c7-9543-a5dffa8df482', 0, '01a24b34-be0c-73c2-9a70-3b7d66baaf2f');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-be23-782e-855b-10326db57419', 0, '01a24b34-bdba-7df7-92b1-7ede320bd42a');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-be23-782e-855b-10326db57419', 1, '01a24b34-be0c-73c2-9a70-3b7d66baaf2f');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-be42-78bf-b67d-38ec6de0719d', 0, '01a24b34-be23-782e-855b-10326db57419');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-be42-78bf-b67d-38ec6de0719d', 1, '01a24b34-bcf2-7cac-a498-ab3f572894e4');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-be84-72c8-b6ed-eecf4807ccec', 0, '01a24b34-be42-78bf-b67d-38ec6de0719d');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-be63-7beb-82d2-5536435a29ee', 0, '01a24b34-be84-72c8-b6ed-eecf4807ccec');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bf4f-7359-aad7-f2f731d6ce4f', 0, '01a24b34-be63-7beb-82d2-5536435a29ee');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bf74-7b9e-bd84-91ade8ba42e7', 0, '01a24b34-bf4f-7359-aad7-f2f731d6ce4f');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bf62-7a40-b042-9403efd992d7', 0, '01a24b34-bf74-7b9e-bd84-91ade8ba42e7');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bf84-7540-a586-3d149b6c7425', 0, '01a24b34-bcf2-7cac-a498-ab3f572894e4');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bf95-77b5-96a1-0db02d5d415b', 0, '01a24b34-bf84-7540-a586-3d149b6c7425');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bf95-77b5-96a1-0db02d5d415b', 1, '01a24b34-bda9-7e95-a55c-c20d4c8be6d0');
INSERT INTO public.versioner_commit_parents VALUES ('01a24b34-bfaa-74a3-a488-74dcd6a1a1fd', 0, '01a24b34-be63-7beb-82d2-5536435a29ee');


--
-- Data for Name: versioner_commits; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_commits VALUES ('01a24b34-b4c6-7404-8546-9df9a3692aab', 1, '\x424cbbdbc62932318f44b402de221638da8d1b6489e94b118c4ec2892a41e911', 'tester', 'catalogue: authors and tags', 1767323105000000, 64384628821205155, 0, 0, 1, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-b73e-7534-95c9-57f82ff8ba33', 1, '\x4b69fbfd3da0463dd193ea01d5e5daea93bd4acfd548fce2a1b70b13e4efd5a1', 'ada', 'catalogue: books', 1767323165000000, 64384628821205155, 1, 1, 2, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-b7ea-714d-b23d-8c1ebfdfb708', 1, '\x419a907e6ac78f7b0403cafa25fb603364e207e628ffecc987a3816b5230a557', 'ada', 'rates, appointments and revenues', 1767323225000000, 64384628821205155, 2, 2, 3, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-b8c2-7390-a37b-5c6f51dfadba', 1, '\x96cb998ca70fe3a1134c794cb76bee9fbcb41256eb7f40f37cdabd8f90117d7c', 'ada', 'invoices', 1767323285000000, 64384628821205155, 3, 3, 4, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-b912-7276-863f-609dbd48bf83', 1, '\xef5ecb6ab54213e3b786e391ab904c03eb53c5bbda3816cf35d8ff78d253c8b1', 'bob', 'reprice books 1 and 2', 1767323345000000, 858996103340316167, 4, 4, 5, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bcdf-7e19-90bc-341f23c2a819', 1, '\x487a8b0a40e068e1bf1464eb4a53bf6660031fbf1687bce80bbcaf53c24a1331', 'tester', 'release: fix book 8 title', 1767324485000000, 64384628821205155, 4, 4, 23, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-be1a-76c7-9543-a5dffa8df482', 0, NULL, '', '', 0, 3338999970754949478, 23, 26, NULL, 'ingest');
INSERT INTO public.versioner_commits VALUES ('01a24b34-b96d-761a-ba4a-47599456448c', 1, '\xcc02363c9195c852b13d5a84eca09d9826f5cf49c2e974ef2b2f68eebf342bf6', 'bob', 'retitle book 2', 1767323405000000, 858996103340316167, 5, 5, 6, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-b987-73f1-bbfd-c67354d6d0eb', 1, '\xbcac00857f1ef01326bb8dcf9ebeabbe84743a170662b592bb1274768004c74d', 'ada', '[message redacted]', 1767323465000000, 983032029635959240, 4, 4, 7, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bda9-7e95-a55c-c20d4c8be6d0', 1, '\x269cac866b1acc505b2e8f6ff8b3c8f1a1fae5ebb4eb819b0cd83a34e41e8c90', 'tester', 'exp: rate book 11', 1767324965000000, 2662116720650336864, 21, 24, 31, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bc6f-72c6-baa0-e22d7fd2a0df', 1, '\x246b6777621e4709431d4cee41716eb413cc5ff5b462457631c5c4f6c96f5c18', 'ada', 'Merge pr-rates into main', 1767324305000000, 983032029635959240, 13, 16, 21, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bcab-705a-bcd3-5ae687cd2133', 1, '\x1df79e3ee22340e7b731dd1df5a62c4d8178ced8f4d7c4e10bee8873e8da35bf', 'tester', 'hotfix: book 7 price', 1767324365000000, 2296568837830231384, 14, 17, 22, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-b99c-7d4d-a004-b94b6a6f6113', 1, '\xa166fc881ad4b52454b94dd4c5ab1671864f03cd1ecba1f5ac5abba0b051d49a', 'ada', 'Merge pr-prices into main', 1767323525000000, 983032029635959240, 5, 6, 8, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-ba9a-7dfa-b441-cae3c9d9eaaa', 1, '\xfe56cad7b9a56c49a60ab255e4d5d18e5f42f2fdc73e54f04385417dc2c8a8a8', 'bob', 'award tags', 1767323585000000, 1581811540857485013, 6, 7, 9, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-baba-7377-893f-5ebec63b82e9', 1, '\xb1ea6ee16511d429a4bc513cc80109c5a6375875b3c2cee97e6a16330142908b', 'ada', 'book 3 price, book 4 classic', 1767323645000000, 983032029635959240, 6, 7, 10, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bdba-7df7-92b1-7ede320bd42a', 1, '\x19110486458201a79691be1cf053167d3975c57d6dbe443a8ef57e0d4a6b33b2', 'tester', 'exp: rename Butler

(cherry picked from commit 97e2c83d49e537806d1d6d24555182e37ea283cca47b3c5bf5c180bc327505ac)', 1767325025000000, 2296568837830231384, 20, 23, 32, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bad6-79b1-a669-660752f6f581', 1, '\x2233875230d3d36d13e7fdc15dc4c4561e08d7d66f59dc6e81daf52ff3163c86', 'ada', 'Merge pr-tags into main', 1767323705000000, 983032029635959240, 7, 8, 11, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bcf2-7cac-a498-ab3f572894e4', 1, '\x88ca329f48ac4e1d14b640197515efc738dca7dffe5437f75b30606a24bd895e', 'ada', 'Merge main into release', 1767324545000000, 64384628821205155, 5, 18, 24, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bb15-726a-b81d-312003eab9dc', 1, '\xfaa3a4192bbfe14f2afda408d8d813309ccf64de7182d47c4ef5032210589d4d', 'bob', 'remove book 5 and invoice 3', 1767323765000000, 4353423993223127496, 8, 9, 12, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bb4a-7335-b28e-53fc8ec634b7', 1, '\xdfc2dcfc5a7ce69aeacc5efeb955581b984a3cfb3d7b432d3cddd7177b3ce36c', 'ada', 'Merge pr-remove into main', 1767323825000000, 983032029635959240, 8, 10, 13, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bb6f-7ce5-a837-fa7294bb3464', 1, '\xc9e894f72ac8be325d21ec8d975bfcbbcf48131cf45f56671e3d1b50219d81d7', 'bob', 'book 6 theirs', 1767323885000000, 869586692496619454, 9, 11, 14, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bd22-7fc6-b1c5-1839083927ef', 1, '\xb581d391657129862edbd2d745e8c6d24c47203cca205fced33a43d74af5a222', 'ada', 'remove book 9', 1767324605000000, 2296568837830231384, 15, 18, 25, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bb8f-7d63-a512-71f027cd2654', 1, '\x56da3bb897e4ca8daffb331c591cc7f983de0712b6aee4d748d41668fa92f904', 'ada', 'book 6 ours', 1767323945000000, 983032029635959240, 9, 11, 15, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bba7-7ca1-903d-4769fae00ed3', 1, '\xf13809c7db5fd91ce9a21ec939d79af39c57eab13b2ba27d15f8d5049e8cba69', 'ada', 'merge pr-conflict, theirs', 1767324005000000, 983032029635959240, 10, 12, 16, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bdde-78e7-a252-6984cbbebfb8', 1, '\x811620f6f9a823f3c35db570577a222d959a21dd26904cb3a43ff2a4caceb45d', 'gateway', 'readings 1', 1767325085000000, 3338999970754949478, 21, 24, 33, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bbf8-7d45-bf29-a92fc7d2cc83', 1, '\xb9d4fe60f490b03e6c5c30d5b40fc33a10fdbc2f3754b5aba58a2d3a9a615cd6', 'bob', 'invoice 1 paid', 1767324065000000, 4206586323226364175, 11, 13, 17, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bd3c-7581-9e5b-0281d2988792', 1, '\x51ee1f98216e25633c8b270badae793c63b10f599f5513f370391ed33798adc9', 'ada', 'Revert "remove book 9"

This reverts commit 35f2416a205becc0df401e3e752372ef31e8ba15096d038393afede258b4e679.', 1767324665000000, 2296568837830231384, 16, 19, 26, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bc0f-7aac-b27b-aabd0650e2c0', 1, '\xd23a4bfefad4ff42c610985606b34a153a00357bd596bb342f4a74f7bbe1b0be', 'ada', 'invoice 1 total', 1767324125000000, 983032029635959240, 11, 13, 18, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bc24-7ece-bf40-0cc6315ddd29', 1, '\xaeb6e94309df220a7660363a9f6e1a59203334d6c5f75c5b958b206900226770', 'ada', 'Merge pr-docs into main', 1767324185000000, 983032029635959240, 12, 14, 19, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bc4a-7aea-a6b3-589873c0b99c', 1, '\x32fca49aa4cf6d6d1c1a3a217fa064dcebbe7e657016f10b0a97a38ef71b9639', 'bob', 'raise premium, book an appointment at it', 1767324245000000, 3871399542334811047, 13, 15, 20, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bd57-75c2-907b-665bf7ff18d0', 1, '\x24ade3dcf74cc18ab2740906493dcb1dacca90d6360ba5a3e0d83cf70a35a594', 'ada', 'Revert "reprice books 1 and 2"

This reverts commit ef5ecb6ab54213e3b786e391ab904c03eb53c5bbda3816cf35d8ff78d253c8b1.', 1767324725000000, 2296568837830231384, 17, 20, 27, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-be0c-73c2-9a70-3b7d66baaf2f', 1, '\x9d77802d55eac776297a225372366582fe0eb464fffa784f602852fbfb0ca94a', 'gateway', 'readings 2', 1767325145000000, 3338999970754949478, 22, 25, 34, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bd6d-705e-b6cc-c4aa40ed6f95', 1, '\x7b8c5fa0e4b1e63ba953f5313383725b418442efef5c0c71856e9545d6121398', 'ada', 'retire book 10', 1767324785000000, 2296568837830231384, 18, 21, 28, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bd80-782a-864d-62de44c76948', 1, '\x0d3e6869c408a0173c7949a043de36e59eb0179cb2593c03d00cdc9a7a479f0e', 'ada', 'reissue book 10', 1767324845000000, 2296568837830231384, 19, 22, 29, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bd97-7070-abad-2343df291989', 1, '\x1b5681b279af077c39c3a84ebe0194b16da2ac6be81ef93f20eda41f383eb9af', 'tester', 'exp: rename Butler', 1767324905000000, 2662116720650336864, 20, 23, 30, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-be23-782e-855b-10326db57419', 1, '\x4827d053bfc84cfa253e61a6462c4fb736defbd1366999d462da602ffa018f41', 'ada', 'Merge ingest into main', 1767325205000000, 2296568837830231384, 21, 26, 35, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-be84-72c8-b6ed-eecf4807ccec', 1, '\xac3fd1f0f5fc70ca5ae75c0f8e5162b1ce01370c38ba92121780b3752a5313a7', 'ada', 'staged: Banks and book 0''s title', 1767325325000000, 2296568837830231384, 23, 28, 37, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-be42-78bf-b67d-38ec6de0719d', 1, '\x909e3d6fa724ee15b0bff8d748efd5b6c72cfff7b634b3e98590527e79d2fa6e', 'ada', 'Merge release into main', 1767325265000000, 2296568837830231384, 22, 27, 36, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-be63-7beb-82d2-5536435a29ee', 1, '\x8cc9c715e1934093350428f0a65857edc5e8593cfb5e619d4cd311bc302aa2bf', 'ada', 'the rest: prices', 1767325385000000, 2296568837830231384, 24, 29, 38, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bf4f-7359-aad7-f2f731d6ce4f', 1, '\xfcf27a8fca5a30606f56f90b68157d07eaf37553ba5633364679182e5abb7eb0', 'tester', 'draft: book 11 blurb', 1767325565000000, 3504953913626858040, 25, 30, 39, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bf62-7a40-b042-9403efd992d7', 0, NULL, '', '', 0, 2054078087048437515, 27, 32, NULL, 'pr-draft');
INSERT INTO public.versioner_commits VALUES ('01a24b34-bf74-7b9e-bd84-91ade8ba42e7', 1, '\x7351ddbe6a75bc9088793e5a28c28f6696d7f4abf59c6a44ce32e0746823368e', 'bob', 'draft: retitle book 11', 1767325625000000, 3504953913626858040, 26, 31, 40, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bf84-7540-a586-3d149b6c7425', 1, '\x06da078993d5e5d59409c83dd52e9c2a6ac18cc44cc79b20e4ea98a00944f6be', 'tester', 'release: Butler''s display name', 1767325685000000, 64384628821205155, 6, 19, 41, NULL);
INSERT INTO public.versioner_commits VALUES ('01a24b34-bf95-77b5-96a1-0db02d5d415b', 0, NULL, '', '', 0, 64384628821205155, 7, 20, NULL, 'release');
INSERT INTO public.versioner_commits VALUES ('01a24b34-bfaa-74a3-a488-74dcd6a1a1fd', 0, NULL, '', '', 0, 2296568837830231384, 25, 30, NULL, 'main');


--
-- Data for Name: versioner_documents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_documents VALUES ('01a24b34-b8d3-73ef-89a0-b90559feaed3', '01a24b34-b8c1-78ce-988f-7886b2fdf0de', '01a24b34-b8c2-7390-a37b-5c6f51dfadba', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-1","status":"open","total":100}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-b8db-7c86-8cb9-b6bc76d74d8e', '01a24b34-b8c1-78ce-988f-7887a22c1056', '01a24b34-b8c2-7390-a37b-5c6f51dfadba', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-2","status":"open","total":110}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-b8e2-7333-9e70-4389f73902ef', '01a24b34-b8c1-78ce-988f-7888687b85ac', '01a24b34-b8c2-7390-a37b-5c6f51dfadba', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-3","status":"open","total":120}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-bbfb-7b2e-9423-de418bc70933', '01a24b34-b8c1-78ce-988f-7886b2fdf0de', '01a24b34-bbf8-7d45-bf29-a92fc7d2cc83', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-1","status":"paid","total":100}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-bc12-7073-be90-f97071de12d9', '01a24b34-b8c1-78ce-988f-7886b2fdf0de', '01a24b34-bc0f-7aac-b27b-aabd0650e2c0', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-1","status":"open","total":130}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-bc38-7061-82bc-abb8b11477f3', '01a24b34-b8c1-78ce-988f-7886b2fdf0de', '01a24b34-bc24-7ece-bf40-0cc6315ddd29', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-1","status":"paid","total":130}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-bded-73d6-a84a-7e92e6aadcc6', '01a24b34-bdd9-7225-a034-8bef27a8501a', '01a24b34-bdde-78e7-a252-6984cbbebfb8', 'Reading', '{"celsius":18.5,"sensor":"s0"}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-bdf7-7740-a51b-65bd9d15e1be', '01a24b34-bdd9-7225-a034-8befdc66e028', '01a24b34-bdde-78e7-a252-6984cbbebfb8', 'Reading', '{"celsius":19.5,"sensor":"s1"}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-bdf8-726e-8c37-0b1202906472', '01a24b34-bdd9-7225-a034-8bf09e38d9fd', '01a24b34-bdde-78e7-a252-6984cbbebfb8', 'Reading', '{"celsius":20.5,"sensor":"s2"}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-bdfa-7c8d-8707-6a8fe5b04d6a', '01a24b34-bdd9-7225-a034-8bf0ce57a947', '01a24b34-bdde-78e7-a252-6984cbbebfb8', 'Reading', '{"celsius":21.5,"sensor":"s3"}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-bdfb-707f-bd35-ca7fa22a4e94', '01a24b34-bdd9-7225-a034-8bf19888db1b', '01a24b34-bdde-78e7-a252-6984cbbebfb8', 'Reading', '{"celsius":22.5,"sensor":"s4"}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-bdfd-7512-8a41-dfbd7cc56165', '01a24b34-bdd9-7225-a034-8bf27507c1ba', '01a24b34-bdde-78e7-a252-6984cbbebfb8', 'Reading', '{"celsius":23.5,"sensor":"s5"}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-be0d-7ea5-af7d-f2781f052112', '01a24b34-bdd9-7225-a034-8bef27a8501a', '01a24b34-be0c-73c2-9a70-3b7d66baaf2f', 'Reading', '{"celsius":21,"sensor":"s0"}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-be0d-7ea5-af7d-f278567739a8', '01a24b34-bdd9-7225-a034-8befdc66e028', '01a24b34-be0c-73c2-9a70-3b7d66baaf2f', 'Reading', '{"celsius":22,"note":"recalibrated","sensor":"s1"}');
INSERT INTO public.versioner_documents VALUES ('01a24b34-bffa-7e11-8bfc-1159c0073816', '01a24b34-bff9-7f0a-84da-b57d1e7891b9', '01a24b34-bfaa-74a3-a488-74dcd6a1a1fd', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-4","status":"draft","total":55}');


--
-- Data for Name: versioner_entities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_entities VALUES ('01a24b34-b530-72ad-af3e-7527ce7b77f0', 'Author');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b5c2-7476-9194-7f1502fd1470', 'Author');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b5c6-7a6c-bf02-437652dd4084', 'Author');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b5d3-77b9-ae9b-757eb63bf0be', 'Tag');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b5e1-7bb2-9ec5-0fc6805f8d48', 'Tag');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b5e9-7c74-836c-8f2ba16c5a4a', 'Tag');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b774-778f-8f61-b3bfa44f2ad6', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b777-7cdb-bdb5-c3d929a57402', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b777-7cdb-bdb5-c3d9f1946507', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b777-7cdb-bdb5-c3db3ffe61a0', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b780-7f6a-b603-36a122013487', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b781-7f39-b641-d4817a06d784', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b781-7f39-b641-d48298988b88', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b781-7f39-b641-d483f7edf789', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b781-7f39-b641-d484f15b59a4', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b781-7f39-b641-d48647c0f21e', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b781-7f39-b641-d487fa71944f', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b781-7f39-b641-d48970686f35', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b7f1-7a7d-9a0e-6fce07e61b47', 'Rate');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b800-7056-b30d-f2ac2277fd52', 'Rate');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b81e-7ce6-9bde-1099318e5000', 'Appointment');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b829-7052-a55c-9d7a8012251d', 'Appointment');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b833-7574-8dc4-746952537a1b', 'Revenue');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b842-705b-8dd2-236ea7a0fad7', 'Revenue');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b84d-715c-9112-456068db5f8f', 'Revenue');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b852-76bb-9db5-00c327e63586', 'Revenue');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b8c1-78ce-988f-7886b2fdf0de', 'Invoice');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b8c1-78ce-988f-7887a22c1056', 'Invoice');
INSERT INTO public.versioner_entities VALUES ('01a24b34-b8c1-78ce-988f-7888687b85ac', 'Invoice');
INSERT INTO public.versioner_entities VALUES ('01a24b34-bc5a-7ff4-adb5-38d4bc234225', 'Appointment');
INSERT INTO public.versioner_entities VALUES ('01a24b34-bdd9-7225-a034-8bef27a8501a', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a24b34-bdd9-7225-a034-8befdc66e028', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a24b34-bdd9-7225-a034-8bf09e38d9fd', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a24b34-bdd9-7225-a034-8bf0ce57a947', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a24b34-bdd9-7225-a034-8bf19888db1b', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a24b34-bdd9-7225-a034-8bf27507c1ba', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a24b34-be66-7670-a8d8-178560c75495', 'Author');
INSERT INTO public.versioner_entities VALUES ('01a24b34-bfbe-7faa-a692-4a024a870725', 'Author');
INSERT INTO public.versioner_entities VALUES ('01a24b34-bff9-7f0a-84da-b57d1e7891b9', 'Invoice');


--
-- Data for Name: versioner_maintenance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: versioner_merge_conflicts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_merge_conflicts VALUES ('01a24b34-bf95-77b5-96a1-0db02d5d415b', '01a24b34-b5c6-7a6c-bf02-437652dd4084', 'Name', 'Author', 0, '01a24b34-b5c6-7a6c-bf02-4376cf6c96e3', '01a24b34-bf86-7583-9ab1-7e528e977539', '01a24b34-bd99-7695-b806-5da3461b1a1a');


--
-- Data for Name: versioner_meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_meta VALUES ('format', '3');
INSERT INTO public.versioner_meta VALUES ('fields:Appointment', 'Day: System.DateOnly
RateVersionId: Versioner.VersionId');
INSERT INTO public.versioner_meta VALUES ('fields:Author', 'Name: System.String');
INSERT INTO public.versioner_meta VALUES ('fields:Book', 'AuthorId: Versioner.EternalId
Blurb: Versioner.LargeText
Price: System.Decimal
PublishedAt: System.DateTimeOffset
Rating: System.Double
Tags: Versioner.EternalIdSet
Title: System.String');
INSERT INTO public.versioner_meta VALUES ('fields:Rate', 'Name: System.String
PerHour: System.Decimal');
INSERT INTO public.versioner_meta VALUES ('fields:Revenue', 'Amount: System.Decimal
BookId: Versioner.EternalId
Year: System.Int32');
INSERT INTO public.versioner_meta VALUES ('fields:Tag', 'Label: System.String');
INSERT INTO public.versioner_meta VALUES ('schema:Appointment', '{"name":"Appointment","table":"Appointments","schema":null,"foreignKeys":true,"columns":[{"property":"VersionId","column":"VersionId","kind":"VersionId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"CommitId","column":"CommitId","kind":"CommitId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"Day","column":"Day","kind":"DateOnly","clrNullable":false,"storeType":"date","isNullable":false,"enum":null},{"property":"EternalId","column":"EternalId","kind":"EternalId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"RateVersionId","column":"RateVersionId","kind":"VersionId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null}],"references":[{"property":"RateVersionId","target":"Rate","pinned":true,"allowDangling":false}],"members":[],"unique":[],"unreadable":null,"key":"schema:Appointment"}');
INSERT INTO public.versioner_meta VALUES ('schema:Author', '{"name":"Author","table":"Authors","schema":null,"foreignKeys":true,"columns":[{"property":"VersionId","column":"VersionId","kind":"VersionId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"CommitId","column":"CommitId","kind":"CommitId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"EternalId","column":"EternalId","kind":"EternalId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"Name","column":"Name","kind":"String","clrNullable":false,"storeType":"text","isNullable":false,"enum":null}],"references":[],"members":[],"unique":[],"unreadable":null,"key":"schema:Author"}');
INSERT INTO public.versioner_meta VALUES ('schema:Book', '{"name":"Book","table":"Books","schema":null,"foreignKeys":true,"columns":[{"property":"VersionId","column":"VersionId","kind":"VersionId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"AuthorId","column":"AuthorId","kind":"EternalId","clrNullable":true,"storeType":"uuid","isNullable":true,"enum":null},{"property":"Blurb","column":"Blurb","kind":"LargeText","clrNullable":false,"storeType":"bytea","isNullable":true,"enum":null},{"property":"CommitId","column":"CommitId","kind":"CommitId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"EternalId","column":"EternalId","kind":"EternalId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"Price","column":"Price","kind":"Decimal","clrNullable":false,"storeType":"numeric","isNullable":false,"enum":null},{"property":"PublishedAt","column":"PublishedAt","kind":"DateTimeOffset","clrNullable":true,"storeType":"timestamp with time zone","isNullable":true,"enum":null},{"property":"Rating","column":"Rating","kind":"Double","clrNullable":true,"storeType":"double precision","isNullable":true,"enum":null},{"property":"Tags","column":"Tags","kind":"EternalIdSet","clrNullable":false,"storeType":"bytea","isNullable":false,"enum":null},{"property":"Title","column":"Title","kind":"String","clrNullable":false,"storeType":"text","isNullable":false,"enum":null}],"references":[{"property":"AuthorId","target":"Author","pinned":false,"allowDangling":false}],"members":[],"unique":[],"unreadable":null,"key":"schema:Book"}');
INSERT INTO public.versioner_meta VALUES ('schema:Rate', '{"name":"Rate","table":"Rates","schema":null,"foreignKeys":true,"columns":[{"property":"VersionId","column":"VersionId","kind":"VersionId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"CommitId","column":"CommitId","kind":"CommitId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"EternalId","column":"EternalId","kind":"EternalId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"Name","column":"Name","kind":"String","clrNullable":false,"storeType":"text","isNullable":false,"enum":null},{"property":"PerHour","column":"PerHour","kind":"Decimal","clrNullable":false,"storeType":"numeric","isNullable":false,"enum":null}],"references":[],"members":[],"unique":[],"unreadable":null,"key":"schema:Rate"}');
INSERT INTO public.versioner_meta VALUES ('schema:Revenue', '{"name":"Revenue","table":"Revenues","schema":null,"foreignKeys":true,"columns":[{"property":"VersionId","column":"VersionId","kind":"VersionId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"Amount","column":"Amount","kind":"Decimal","clrNullable":false,"storeType":"numeric","isNullable":false,"enum":null},{"property":"BookId","column":"BookId","kind":"EternalId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"CommitId","column":"CommitId","kind":"CommitId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"EternalId","column":"EternalId","kind":"EternalId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"Year","column":"Year","kind":"Int32","clrNullable":false,"storeType":"integer","isNullable":false,"enum":null}],"references":[{"property":"BookId","target":"Book","pinned":false,"allowDangling":false}],"members":[],"unique":[{"name":"Revenue(BookId, Year)","properties":["BookId","Year"]}],"unreadable":null,"key":"schema:Revenue"}');
INSERT INTO public.versioner_meta VALUES ('schema:Tag', '{"name":"Tag","table":"Tags","schema":null,"foreignKeys":true,"columns":[{"property":"VersionId","column":"VersionId","kind":"VersionId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"CommitId","column":"CommitId","kind":"CommitId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"EternalId","column":"EternalId","kind":"EternalId","clrNullable":false,"storeType":"uuid","isNullable":false,"enum":null},{"property":"Label","column":"Label","kind":"String","clrNullable":false,"storeType":"text","isNullable":false,"enum":null}],"references":[],"members":[],"unique":[],"unreadable":null,"key":"schema:Tag"}');
INSERT INTO public.versioner_meta VALUES ('database_id', 'e2f7bb4b-c862-4948-bcbd-3046bc62042f');


--
-- Data for Name: versioner_pointer_members; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_pointer_members VALUES ('\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', '01a24b34-b5d3-77b9-ae9b-757eb63bf0be');
INSERT INTO public.versioner_pointer_members VALUES ('\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', '01a24b34-b5d3-77b9-ae9b-757eb63bf0be');
INSERT INTO public.versioner_pointer_members VALUES ('\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', '01a24b34-b5e1-7bb2-9ec5-0fc6805f8d48');
INSERT INTO public.versioner_pointer_members VALUES ('\xa99ebe2097726c86d810be87dec1c8ca33b33a400067407e4d53a7dd9c3ae1e5', '01a24b34-b5d3-77b9-ae9b-757eb63bf0be');
INSERT INTO public.versioner_pointer_members VALUES ('\xa99ebe2097726c86d810be87dec1c8ca33b33a400067407e4d53a7dd9c3ae1e5', '01a24b34-b5e1-7bb2-9ec5-0fc6805f8d48');
INSERT INTO public.versioner_pointer_members VALUES ('\xa99ebe2097726c86d810be87dec1c8ca33b33a400067407e4d53a7dd9c3ae1e5', '01a24b34-b5e9-7c74-836c-8f2ba16c5a4a');
INSERT INTO public.versioner_pointer_members VALUES ('\x7577d0d3d1097dc50a661c714b1f369abecc395838a53c87522891b49afd3817', '01a24b34-b5d3-77b9-ae9b-757eb63bf0be');
INSERT INTO public.versioner_pointer_members VALUES ('\x7577d0d3d1097dc50a661c714b1f369abecc395838a53c87522891b49afd3817', '01a24b34-b5e9-7c74-836c-8f2ba16c5a4a');
INSERT INTO public.versioner_pointer_members VALUES ('\xafda6987fc702f39cead46084cad02de127cdee738022f8941e968927b76f916', '01a24b34-b5e1-7bb2-9ec5-0fc6805f8d48');


--
-- Data for Name: versioner_pointers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_pointers VALUES ('\xe77317dc1f7abc8066621df2ecf9d690016c3e916ff12c3bbe1324c1338c5a25', 2, '\x53656e74656e63652030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e');
INSERT INTO public.versioner_pointers VALUES ('\x3ca16bed9a34db6b044ce740dab1c8baeca45d2e0b9468c941f8fe3ec91e0dfd', 1, '\x0000000101a24b34b5d377b9ae9b757eb63bf0be');
INSERT INTO public.versioner_pointers VALUES ('\x6afb86ad2ffd86384da04a52d7f0488a451d36d7ad11457959a3adfe604541ac', 1, '\x0000000201a24b34b5d377b9ae9b757eb63bf0be01a24b34b5e17bb29ec50fc6805f8d48');
INSERT INTO public.versioner_pointers VALUES ('\x0aeb3788fd7b2e7af5e77f0d9ddc440ec17b0c588cefb3c2e1a155eb2e5025df', 2, '\x426c7572622033');
INSERT INTO public.versioner_pointers VALUES ('\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', 2, '\x426c7572622036');
INSERT INTO public.versioner_pointers VALUES ('\x9aef966aaca8a97e3e67bcb6e3ac830651bfe80da6257373d874650b9a4fbf92', 2, '\x426c7572622039');
INSERT INTO public.versioner_pointers VALUES ('\xa99ebe2097726c86d810be87dec1c8ca33b33a400067407e4d53a7dd9c3ae1e5', 1, '\x0000000301a24b34b5d377b9ae9b757eb63bf0be01a24b34b5e17bb29ec50fc6805f8d4801a24b34b5e97c74836c8f2ba16c5a4a');
INSERT INTO public.versioner_pointers VALUES ('\x7577d0d3d1097dc50a661c714b1f369abecc395838a53c87522891b49afd3817', 1, '\x0000000201a24b34b5d377b9ae9b757eb63bf0be01a24b34b5e97c74836c8f2ba16c5a4a');
INSERT INTO public.versioner_pointers VALUES ('\xafda6987fc702f39cead46084cad02de127cdee738022f8941e968927b76f916', 1, '\x0000000101a24b34b5e17bb29ec50fc6805f8d48');
INSERT INTO public.versioner_pointers VALUES ('\xf9e793e56bc86d28d178e8e92a189fc4eeeac5d2a8119199dadd00760aa8a820', 2, '\x53656e74656e63652030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e20416e64206d6f72652e');


--
-- Data for Name: versioner_pruned; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: versioner_redacted_commits; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-b96d-761a-ba4a-47599456448c', '\xcc02363c9195c852b13d5a84eca09d9826f5cf49c2e974ef2b2f68eebf342bf6');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-b99c-7d4d-a004-b94b6a6f6113', '\x4807ba9a7e702890bdf5da3579ccaed461a75142e77f615a943ebee1f66e1d27');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-ba9a-7dfa-b441-cae3c9d9eaaa', '\x06cad30210cf6986136afd32ae8d3bf0a850a4a5c3b16e0515a4fe1f155d3c98');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-baba-7377-893f-5ebec63b82e9', '\x27322d1e761350fdf8ed9b4b93beeb4f4f6e1953d248d40f917c4efa0bd2810b');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bad6-79b1-a669-660752f6f581', '\x90d7f1a3363445cba4175b328a8e39fbf8ef08b63c14a5ab1b79f542a6d18ad0');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bb15-726a-b81d-312003eab9dc', '\xc687668165b9a26a3df0255b52c60772e9ab9b726dce85b7fe37287f0380f17d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bb4a-7335-b28e-53fc8ec634b7', '\xf0528d63e80fdc4c8bca9aefe5ea416b1036b7327c9edd21fd629dd8846a61f1');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bb6f-7ce5-a837-fa7294bb3464', '\x2341e7ed07f649d4011ac3ed633601528e748c5f62f0f48a4d659d5c3315b8ee');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bb8f-7d63-a512-71f027cd2654', '\xeaca80f69720d3b4b3fa6f5d6827dc276f23cc2c93263639ddbb24fc49f9ee12');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bba7-7ca1-903d-4769fae00ed3', '\x95a2974dd3d4eb35c09a1312cdaacc9e6ca797b607089c011ea0ea1c0816b671');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bbf8-7d45-bf29-a92fc7d2cc83', '\x4c24055445d1a832292bd4b01845e32d1830f9bbb5d4ee948a8e3afdaa6abed2');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bc0f-7aac-b27b-aabd0650e2c0', '\x7d6ee835db3cb56748d0517519f9233bc6a9188ff5350011955b7fe1af6f4776');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bc24-7ece-bf40-0cc6315ddd29', '\xe6c24d09d01c911fcceee3ea761c56eae73a313c4fe997d21c6bc5f467a2bd05');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bc4a-7aea-a6b3-589873c0b99c', '\xe48acdfafa367915fd33e9e596840b528f8fc3e47f82deb077166293b219ecd1');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bc6f-72c6-baa0-e22d7fd2a0df', '\x4f2c975b83cfe4eb3e9c0a1f2ed7472ab26a4b9fdbfe8b8da5492dcf7070e58c');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bcab-705a-bcd3-5ae687cd2133', '\x10347b2ce184c7a15b25405bf625817e19cd7e2669511c96b9ca4a3515772e61');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bcf2-7cac-a498-ab3f572894e4', '\x79c491cecef87087563aec4c011822bc344ce05a1d0b518a459773ef735f9f81');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bd22-7fc6-b1c5-1839083927ef', '\x1a7835dc13e140799c5a34be4349f7824e0d03499d950447a26b36f4b797f7d0');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bd3c-7581-9e5b-0281d2988792', '\x73cfcbb4d09c0bb5aff816e74da9b9c1acc2e06d6309b80092dd2daaf267994d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bd57-75c2-907b-665bf7ff18d0', '\x2d517c640eb4aea7969468204db466a6a6f0798b59de9e68a5ab25f3668b9be6');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bd6d-705e-b6cc-c4aa40ed6f95', '\xd255baefb765319b572d09f549fc76cd2ff8b103f670fe8652621825a5b520dc');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bd80-782a-864d-62de44c76948', '\x9cc824defc2836a43de7a98271a8e2eef6fc6564e5259d358bef0988721c4423');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bd97-7070-abad-2343df291989', '\x2c8454cd916a5e6ebd1bd8ee29151ee41f50b15c66807a96a2a95f8b4c4c8cb8');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bda9-7e95-a55c-c20d4c8be6d0', '\x76f292a8dce55911edb36ec65833533ce430ff472b8c915939fd013a6dc4d724');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bdba-7df7-92b1-7ede320bd42a', '\xa1b7afa1f492e8797a2fec1153a0297401044a1493a9193042162e9f51937c92');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-bdde-78e7-a252-6984cbbebfb8', '\xa2230f201dd4e5646f0e41c8ad6f8c4e0e374aef9b54dc6be22b4d5d9e3452d7');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-be0c-73c2-9a70-3b7d66baaf2f', '\x73632a8b5ce71e96a87e2b6f5b08dfe7389f09c76732121fc06a8091b9300275');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-be23-782e-855b-10326db57419', '\x57853babef3c8296eecc49d45b8ac0dea05b9590a702d6d8159ace9e1e0f3d21');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-be42-78bf-b67d-38ec6de0719d', '\x6d0b0cf7e4b18a3287e75bb13777187a58c20e76549f34b32c2e6719c4938261');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-be84-72c8-b6ed-eecf4807ccec', '\x175066b98ce032164a4c221eb4d6c6e9efe5b04b30afe45e187b42925d8c997d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-be63-7beb-82d2-5536435a29ee', '\x7aafab0c4456e35458089065dcc26652a783a8f7b833d5cbb11833c20f270481');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-b987-73f1-bbfd-c67354d6d0eb', '\xbcac00857f1ef01326bb8dcf9ebeabbe84743a170662b592bb1274768004c74d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-b99c-7d4d-a004-b94b6a6f6113', '\xa166fc881ad4b52454b94dd4c5ab1671864f03cd1ecba1f5ac5abba0b051d49a');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-ba9a-7dfa-b441-cae3c9d9eaaa', '\xfe56cad7b9a56c49a60ab255e4d5d18e5f42f2fdc73e54f04385417dc2c8a8a8');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-baba-7377-893f-5ebec63b82e9', '\xb1ea6ee16511d429a4bc513cc80109c5a6375875b3c2cee97e6a16330142908b');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bad6-79b1-a669-660752f6f581', '\x2233875230d3d36d13e7fdc15dc4c4561e08d7d66f59dc6e81daf52ff3163c86');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bb15-726a-b81d-312003eab9dc', '\xfaa3a4192bbfe14f2afda408d8d813309ccf64de7182d47c4ef5032210589d4d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bb4a-7335-b28e-53fc8ec634b7', '\xdfc2dcfc5a7ce69aeacc5efeb955581b984a3cfb3d7b432d3cddd7177b3ce36c');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bb6f-7ce5-a837-fa7294bb3464', '\xc9e894f72ac8be325d21ec8d975bfcbbcf48131cf45f56671e3d1b50219d81d7');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bb8f-7d63-a512-71f027cd2654', '\x56da3bb897e4ca8daffb331c591cc7f983de0712b6aee4d748d41668fa92f904');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bba7-7ca1-903d-4769fae00ed3', '\xf13809c7db5fd91ce9a21ec939d79af39c57eab13b2ba27d15f8d5049e8cba69');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bbf8-7d45-bf29-a92fc7d2cc83', '\xb9d4fe60f490b03e6c5c30d5b40fc33a10fdbc2f3754b5aba58a2d3a9a615cd6');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bc0f-7aac-b27b-aabd0650e2c0', '\xd23a4bfefad4ff42c610985606b34a153a00357bd596bb342f4a74f7bbe1b0be');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bc24-7ece-bf40-0cc6315ddd29', '\xaeb6e94309df220a7660363a9f6e1a59203334d6c5f75c5b958b206900226770');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bc4a-7aea-a6b3-589873c0b99c', '\x32fca49aa4cf6d6d1c1a3a217fa064dcebbe7e657016f10b0a97a38ef71b9639');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bc6f-72c6-baa0-e22d7fd2a0df', '\x246b6777621e4709431d4cee41716eb413cc5ff5b462457631c5c4f6c96f5c18');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bcab-705a-bcd3-5ae687cd2133', '\x1df79e3ee22340e7b731dd1df5a62c4d8178ced8f4d7c4e10bee8873e8da35bf');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bcf2-7cac-a498-ab3f572894e4', '\x88ca329f48ac4e1d14b640197515efc738dca7dffe5437f75b30606a24bd895e');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bd22-7fc6-b1c5-1839083927ef', '\xb581d391657129862edbd2d745e8c6d24c47203cca205fced33a43d74af5a222');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bd3c-7581-9e5b-0281d2988792', '\x51ee1f98216e25633c8b270badae793c63b10f599f5513f370391ed33798adc9');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bd57-75c2-907b-665bf7ff18d0', '\x24ade3dcf74cc18ab2740906493dcb1dacca90d6360ba5a3e0d83cf70a35a594');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bd6d-705e-b6cc-c4aa40ed6f95', '\x7b8c5fa0e4b1e63ba953f5313383725b418442efef5c0c71856e9545d6121398');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bd80-782a-864d-62de44c76948', '\x0d3e6869c408a0173c7949a043de36e59eb0179cb2593c03d00cdc9a7a479f0e');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bd97-7070-abad-2343df291989', '\x1b5681b279af077c39c3a84ebe0194b16da2ac6be81ef93f20eda41f383eb9af');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bda9-7e95-a55c-c20d4c8be6d0', '\x269cac866b1acc505b2e8f6ff8b3c8f1a1fae5ebb4eb819b0cd83a34e41e8c90');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bdba-7df7-92b1-7ede320bd42a', '\x19110486458201a79691be1cf053167d3975c57d6dbe443a8ef57e0d4a6b33b2');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-bdde-78e7-a252-6984cbbebfb8', '\x811620f6f9a823f3c35db570577a222d959a21dd26904cb3a43ff2a4caceb45d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-be0c-73c2-9a70-3b7d66baaf2f', '\x9d77802d55eac776297a225372366582fe0eb464fffa784f602852fbfb0ca94a');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-be23-782e-855b-10326db57419', '\x4827d053bfc84cfa253e61a6462c4fb736defbd1366999d462da602ffa018f41');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-be42-78bf-b67d-38ec6de0719d', '\x909e3d6fa724ee15b0bff8d748efd5b6c72cfff7b634b3e98590527e79d2fa6e');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-be84-72c8-b6ed-eecf4807ccec', '\xac3fd1f0f5fc70ca5ae75c0f8e5162b1ce01370c38ba92121780b3752a5313a7');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-be63-7beb-82d2-5536435a29ee', '\x8cc9c715e1934093350428f0a65857edc5e8593cfb5e619d4cd311bc302aa2bf');


--
-- Data for Name: versioner_redacted_messages; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_redacted_messages VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', '01a24b34-b987-73f1-bbfd-c67354d6d0eb');


--
-- Data for Name: versioner_redacted_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_redacted_versions VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', '01a24b34-b973-7255-88ae-ac2f114d83e4', 'Book', '01a24b34-b777-7cdb-bdb5-c3d9f1946507', '["Title"]');


--
-- Data for Name: versioner_redactions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_redactions VALUES ('019b7cce-2b88-7ecf-915e-41e258b6a72f', 'security', 'INC-1: a name leaked into a title', 1767325445000000);
INSERT INTO public.versioner_redactions VALUES ('019b7ccf-15e8-7931-937b-1e990724dc0b', 'security', 'INC-2: a password in a message', 1767325505000000);


--
-- Data for Name: versioner_refs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_refs VALUES ('v1', 1, '01a24b34-b8c2-7390-a37b-5c6f51dfadba');
INSERT INTO public.versioner_refs VALUES ('pr-tags', 0, '01a24b34-ba9a-7dfa-b441-cae3c9d9eaaa');
INSERT INTO public.versioner_refs VALUES ('pr-remove', 0, '01a24b34-bb15-726a-b81d-312003eab9dc');
INSERT INTO public.versioner_refs VALUES ('pr-conflict', 0, '01a24b34-bb6f-7ce5-a837-fa7294bb3464');
INSERT INTO public.versioner_refs VALUES ('pr-docs', 0, '01a24b34-bbf8-7d45-bf29-a92fc7d2cc83');
INSERT INTO public.versioner_refs VALUES ('pr-rates', 0, '01a24b34-bc4a-7aea-a6b3-589873c0b99c');
INSERT INTO public.versioner_refs VALUES ('v2', 1, '01a24b34-bcf2-7cac-a498-ab3f572894e4');
INSERT INTO public.versioner_refs VALUES ('experiments', 0, '01a24b34-bda9-7e95-a55c-c20d4c8be6d0');
INSERT INTO public.versioner_refs VALUES ('ingest', 0, '01a24b34-be0c-73c2-9a70-3b7d66baaf2f');
INSERT INTO public.versioner_refs VALUES ('main', 0, '01a24b34-be63-7beb-82d2-5536435a29ee');
INSERT INTO public.versioner_refs VALUES ('v3', 1, '01a24b34-be63-7beb-82d2-5536435a29ee');
INSERT INTO public.versioner_refs VALUES ('pr-draft', 0, '01a24b34-bf74-7b9e-bd84-91ade8ba42e7');
INSERT INTO public.versioner_refs VALUES ('release', 0, '01a24b34-bf84-7540-a586-3d149b6c7425');


--
-- Data for Name: versioner_segments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_segments VALUES (64384628821205155, NULL, -1);
INSERT INTO public.versioner_segments VALUES (858996103340316167, 64384628821205155, 3);
INSERT INTO public.versioner_segments VALUES (983032029635959240, 64384628821205155, 3);
INSERT INTO public.versioner_segments VALUES (1581811540857485013, 983032029635959240, 5);
INSERT INTO public.versioner_segments VALUES (4353423993223127496, 983032029635959240, 7);
INSERT INTO public.versioner_segments VALUES (869586692496619454, 983032029635959240, 8);
INSERT INTO public.versioner_segments VALUES (4206586323226364175, 983032029635959240, 10);
INSERT INTO public.versioner_segments VALUES (3871399542334811047, 983032029635959240, 12);
INSERT INTO public.versioner_segments VALUES (2296568837830231384, 983032029635959240, 13);
INSERT INTO public.versioner_segments VALUES (2662116720650336864, 2296568837830231384, 19);
INSERT INTO public.versioner_segments VALUES (3338999970754949478, 2296568837830231384, 20);
INSERT INTO public.versioner_segments VALUES (3504953913626858040, 2296568837830231384, 24);
INSERT INTO public.versioner_segments VALUES (2054078087048437515, 3504953913626858040, 26);


--
-- Name: Appointments PK_Appointments; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Appointments"
    ADD CONSTRAINT "PK_Appointments" PRIMARY KEY ("VersionId");


--
-- Name: Authors PK_Authors; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Authors"
    ADD CONSTRAINT "PK_Authors" PRIMARY KEY ("VersionId");


--
-- Name: Books PK_Books; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Books"
    ADD CONSTRAINT "PK_Books" PRIMARY KEY ("VersionId");


--
-- Name: Rates PK_Rates; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rates"
    ADD CONSTRAINT "PK_Rates" PRIMARY KEY ("VersionId");


--
-- Name: Revenues PK_Revenues; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Revenues"
    ADD CONSTRAINT "PK_Revenues" PRIMARY KEY ("VersionId");


--
-- Name: Tags PK_Tags; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Tags"
    ADD CONSTRAINT "PK_Tags" PRIMARY KEY ("VersionId");


--
-- Name: versioner_changes PK_versioner_changes; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_changes
    ADD CONSTRAINT "PK_versioner_changes" PRIMARY KEY (commit_id, eternal_id);


--
-- Name: versioner_commit_parents PK_versioner_commit_parents; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_commit_parents
    ADD CONSTRAINT "PK_versioner_commit_parents" PRIMARY KEY (commit_id, ordinal);


--
-- Name: versioner_commits PK_versioner_commits; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_commits
    ADD CONSTRAINT "PK_versioner_commits" PRIMARY KEY (id);


--
-- Name: versioner_documents PK_versioner_documents; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_documents
    ADD CONSTRAINT "PK_versioner_documents" PRIMARY KEY (version_id);


--
-- Name: versioner_entities PK_versioner_entities; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_entities
    ADD CONSTRAINT "PK_versioner_entities" PRIMARY KEY (eternal_id);


--
-- Name: versioner_maintenance PK_versioner_maintenance; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_maintenance
    ADD CONSTRAINT "PK_versioner_maintenance" PRIMARY KEY (token);


--
-- Name: versioner_merge_conflicts PK_versioner_merge_conflicts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_merge_conflicts
    ADD CONSTRAINT "PK_versioner_merge_conflicts" PRIMARY KEY (commit_id, eternal_id, fields);


--
-- Name: versioner_meta PK_versioner_meta; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_meta
    ADD CONSTRAINT "PK_versioner_meta" PRIMARY KEY (key);


--
-- Name: versioner_pointer_members PK_versioner_pointer_members; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_pointer_members
    ADD CONSTRAINT "PK_versioner_pointer_members" PRIMARY KEY (set_checksum, member);


--
-- Name: versioner_pointers PK_versioner_pointers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_pointers
    ADD CONSTRAINT "PK_versioner_pointers" PRIMARY KEY (checksum);


--
-- Name: versioner_pruned PK_versioner_pruned; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_pruned
    ADD CONSTRAINT "PK_versioner_pruned" PRIMARY KEY (version_id);


--
-- Name: versioner_redacted_commits PK_versioner_redacted_commits; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_redacted_commits
    ADD CONSTRAINT "PK_versioner_redacted_commits" PRIMARY KEY (redaction_id, commit_id);


--
-- Name: versioner_redacted_messages PK_versioner_redacted_messages; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_redacted_messages
    ADD CONSTRAINT "PK_versioner_redacted_messages" PRIMARY KEY (redaction_id, commit_id);


--
-- Name: versioner_redacted_versions PK_versioner_redacted_versions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_redacted_versions
    ADD CONSTRAINT "PK_versioner_redacted_versions" PRIMARY KEY (redaction_id, version_id);


--
-- Name: versioner_redactions PK_versioner_redactions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_redactions
    ADD CONSTRAINT "PK_versioner_redactions" PRIMARY KEY (id);


--
-- Name: versioner_refs PK_versioner_refs; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_refs
    ADD CONSTRAINT "PK_versioner_refs" PRIMARY KEY (name);


--
-- Name: versioner_segments PK_versioner_segments; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_segments
    ADD CONSTRAINT "PK_versioner_segments" PRIMARY KEY (id);


--
-- Name: IX_Appointments_CommitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Appointments_CommitId" ON public."Appointments" USING btree ("CommitId");


--
-- Name: IX_Appointments_EternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Appointments_EternalId" ON public."Appointments" USING btree ("EternalId");


--
-- Name: IX_Appointments_RateVersionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Appointments_RateVersionId" ON public."Appointments" USING btree ("RateVersionId");


--
-- Name: IX_Authors_CommitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Authors_CommitId" ON public."Authors" USING btree ("CommitId");


--
-- Name: IX_Authors_EternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Authors_EternalId" ON public."Authors" USING btree ("EternalId");


--
-- Name: IX_Books_AuthorId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Books_AuthorId" ON public."Books" USING btree ("AuthorId");


--
-- Name: IX_Books_CommitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Books_CommitId" ON public."Books" USING btree ("CommitId");


--
-- Name: IX_Books_EternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Books_EternalId" ON public."Books" USING btree ("EternalId");


--
-- Name: IX_Rates_CommitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Rates_CommitId" ON public."Rates" USING btree ("CommitId");


--
-- Name: IX_Rates_EternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Rates_EternalId" ON public."Rates" USING btree ("EternalId");


--
-- Name: IX_Revenues_BookId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Revenues_BookId" ON public."Revenues" USING btree ("BookId");


--
-- Name: IX_Revenues_CommitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Revenues_CommitId" ON public."Revenues" USING btree ("CommitId");


--
-- Name: IX_Revenues_EternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Revenues_EternalId" ON public."Revenues" USING btree ("EternalId");


--
-- Name: IX_Tags_CommitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Tags_CommitId" ON public."Tags" USING btree ("CommitId");


--
-- Name: IX_Tags_EternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Tags_EternalId" ON public."Tags" USING btree ("EternalId");


--
-- Name: IX_versioner_documents_commit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_versioner_documents_commit_id" ON public.versioner_documents USING btree (commit_id);


--
-- Name: IX_versioner_documents_eternal_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_versioner_documents_eternal_id" ON public.versioner_documents USING btree (eternal_id);


--
-- Name: IX_versioner_pruned_commit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_versioner_pruned_commit_id" ON public.versioner_pruned USING btree (commit_id);


--
-- Name: IX_versioner_refs_commit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_versioner_refs_commit_id" ON public.versioner_refs USING btree (commit_id);


--
-- Name: ix_versioner_changes_entity_path; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_versioner_changes_entity_path ON public.versioner_changes USING btree (eternal_id, segment, depth);


--
-- Name: ix_versioner_changes_type_path; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_versioner_changes_type_path ON public.versioner_changes USING btree (entity_type, segment, depth);


--
-- Name: ix_versioner_commit_parents_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_versioner_commit_parents_parent ON public.versioner_commit_parents USING btree (parent_id);


--
-- Name: ix_versioner_commits_checksum; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_versioner_commits_checksum ON public.versioner_commits USING btree (checksum);


--
-- Name: ix_versioner_commits_segment_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ix_versioner_commits_segment_depth ON public.versioner_commits USING btree (segment, depth);


--
-- Name: ix_versioner_commits_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ix_versioner_commits_seq ON public.versioner_commits USING btree (seq);


--
-- Name: ix_versioner_pointer_members_member; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_versioner_pointer_members_member ON public.versioner_pointer_members USING btree (member);


--
-- Name: ix_versioner_redacted_commits_commit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_versioner_redacted_commits_commit ON public.versioner_redacted_commits USING btree (commit_id);


--
-- Name: ix_versioner_redacted_versions_version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_versioner_redacted_versions_version ON public.versioner_redacted_versions USING btree (version_id);


--
-- Name: Appointments versioner_guard_Appointments; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "versioner_guard_Appointments" BEFORE DELETE OR UPDATE ON public."Appointments" FOR EACH ROW EXECUTE FUNCTION public."versioner_guard_Appointments"();


--
-- Name: Authors versioner_guard_Authors; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "versioner_guard_Authors" BEFORE DELETE OR UPDATE ON public."Authors" FOR EACH ROW EXECUTE FUNCTION public."versioner_guard_Authors"();


--
-- Name: Books versioner_guard_Books; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "versioner_guard_Books" BEFORE DELETE OR UPDATE ON public."Books" FOR EACH ROW EXECUTE FUNCTION public."versioner_guard_Books"();


--
-- Name: Rates versioner_guard_Rates; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "versioner_guard_Rates" BEFORE DELETE OR UPDATE ON public."Rates" FOR EACH ROW EXECUTE FUNCTION public."versioner_guard_Rates"();


--
-- Name: Revenues versioner_guard_Revenues; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "versioner_guard_Revenues" BEFORE DELETE OR UPDATE ON public."Revenues" FOR EACH ROW EXECUTE FUNCTION public."versioner_guard_Revenues"();


--
-- Name: Tags versioner_guard_Tags; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "versioner_guard_Tags" BEFORE DELETE OR UPDATE ON public."Tags" FOR EACH ROW EXECUTE FUNCTION public."versioner_guard_Tags"();


--
-- Name: versioner_changes versioner_guard_changes; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_changes BEFORE DELETE OR UPDATE OF commit_id, eternal_id, entity_type, version_id, adopted, version_checksum, segment, depth ON public.versioner_changes FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_changes();


--
-- Name: versioner_commits versioner_guard_commits; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_commits BEFORE DELETE OR UPDATE ON public.versioner_commits FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_commits();


--
-- Name: versioner_documents versioner_guard_documents; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_documents BEFORE DELETE OR UPDATE ON public.versioner_documents FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_documents();


--
-- Name: versioner_entities versioner_guard_entities; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_entities BEFORE UPDATE ON public.versioner_entities FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_entities();


--
-- Name: versioner_maintenance versioner_guard_maintenance; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_maintenance BEFORE INSERT OR DELETE OR UPDATE ON public.versioner_maintenance FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_maintenance();


--
-- Name: versioner_pointer_members versioner_guard_members; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_members BEFORE DELETE OR UPDATE ON public.versioner_pointer_members FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_members();


--
-- Name: versioner_commit_parents versioner_guard_parents; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_parents BEFORE DELETE OR UPDATE ON public.versioner_commit_parents FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_parents();


--
-- Name: versioner_pointers versioner_guard_pointers; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_pointers BEFORE DELETE OR UPDATE ON public.versioner_pointers FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_pointers();


--
-- Name: versioner_pruned versioner_guard_pruned; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_pruned BEFORE DELETE OR UPDATE ON public.versioner_pruned FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_pruned();


--
-- Name: versioner_redacted_commits versioner_guard_redacted_commits; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_redacted_commits BEFORE DELETE OR UPDATE ON public.versioner_redacted_commits FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_redacted_commits();


--
-- Name: versioner_redacted_messages versioner_guard_redacted_messages; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_redacted_messages BEFORE DELETE OR UPDATE ON public.versioner_redacted_messages FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_redacted_messages();


--
-- Name: versioner_redacted_versions versioner_guard_redacted_versions; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_redacted_versions BEFORE DELETE OR UPDATE ON public.versioner_redacted_versions FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_redacted_versions();


--
-- Name: versioner_redactions versioner_guard_redactions; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_redactions BEFORE DELETE OR UPDATE ON public.versioner_redactions FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_redactions();


--
-- Name: versioner_segments versioner_guard_segments; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_segments BEFORE DELETE OR UPDATE ON public.versioner_segments FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_segments();


--
-- Name: versioner_refs versioner_notify_refs; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_notify_refs AFTER INSERT OR DELETE OR UPDATE ON public.versioner_refs FOR EACH ROW EXECUTE FUNCTION public.versioner_notify_refs();


--
-- Name: Appointments FK_Appointments_Rates_RateVersionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Appointments"
    ADD CONSTRAINT "FK_Appointments_Rates_RateVersionId" FOREIGN KEY ("RateVersionId") REFERENCES public."Rates"("VersionId") ON DELETE RESTRICT;


--
-- Name: Appointments FK_Appointments_versioner_commits_CommitId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Appointments"
    ADD CONSTRAINT "FK_Appointments_versioner_commits_CommitId" FOREIGN KEY ("CommitId") REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: Appointments FK_Appointments_versioner_entities_EternalId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Appointments"
    ADD CONSTRAINT "FK_Appointments_versioner_entities_EternalId" FOREIGN KEY ("EternalId") REFERENCES public.versioner_entities(eternal_id) ON DELETE RESTRICT;


--
-- Name: Authors FK_Authors_versioner_commits_CommitId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Authors"
    ADD CONSTRAINT "FK_Authors_versioner_commits_CommitId" FOREIGN KEY ("CommitId") REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: Authors FK_Authors_versioner_entities_EternalId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Authors"
    ADD CONSTRAINT "FK_Authors_versioner_entities_EternalId" FOREIGN KEY ("EternalId") REFERENCES public.versioner_entities(eternal_id) ON DELETE RESTRICT;


--
-- Name: Books FK_Books_versioner_commits_CommitId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Books"
    ADD CONSTRAINT "FK_Books_versioner_commits_CommitId" FOREIGN KEY ("CommitId") REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: Books FK_Books_versioner_entities_AuthorId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Books"
    ADD CONSTRAINT "FK_Books_versioner_entities_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES public.versioner_entities(eternal_id) ON DELETE RESTRICT;


--
-- Name: Books FK_Books_versioner_entities_EternalId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Books"
    ADD CONSTRAINT "FK_Books_versioner_entities_EternalId" FOREIGN KEY ("EternalId") REFERENCES public.versioner_entities(eternal_id) ON DELETE RESTRICT;


--
-- Name: Rates FK_Rates_versioner_commits_CommitId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rates"
    ADD CONSTRAINT "FK_Rates_versioner_commits_CommitId" FOREIGN KEY ("CommitId") REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: Rates FK_Rates_versioner_entities_EternalId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rates"
    ADD CONSTRAINT "FK_Rates_versioner_entities_EternalId" FOREIGN KEY ("EternalId") REFERENCES public.versioner_entities(eternal_id) ON DELETE RESTRICT;


--
-- Name: Revenues FK_Revenues_versioner_commits_CommitId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Revenues"
    ADD CONSTRAINT "FK_Revenues_versioner_commits_CommitId" FOREIGN KEY ("CommitId") REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: Revenues FK_Revenues_versioner_entities_BookId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Revenues"
    ADD CONSTRAINT "FK_Revenues_versioner_entities_BookId" FOREIGN KEY ("BookId") REFERENCES public.versioner_entities(eternal_id) ON DELETE RESTRICT;


--
-- Name: Revenues FK_Revenues_versioner_entities_EternalId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Revenues"
    ADD CONSTRAINT "FK_Revenues_versioner_entities_EternalId" FOREIGN KEY ("EternalId") REFERENCES public.versioner_entities(eternal_id) ON DELETE RESTRICT;


--
-- Name: Tags FK_Tags_versioner_commits_CommitId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Tags"
    ADD CONSTRAINT "FK_Tags_versioner_commits_CommitId" FOREIGN KEY ("CommitId") REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: Tags FK_Tags_versioner_entities_EternalId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Tags"
    ADD CONSTRAINT "FK_Tags_versioner_entities_EternalId" FOREIGN KEY ("EternalId") REFERENCES public.versioner_entities(eternal_id) ON DELETE RESTRICT;


--
-- Name: versioner_changes FK_versioner_changes_versioner_commits_commit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_changes
    ADD CONSTRAINT "FK_versioner_changes_versioner_commits_commit_id" FOREIGN KEY (commit_id) REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: versioner_changes FK_versioner_changes_versioner_entities_eternal_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_changes
    ADD CONSTRAINT "FK_versioner_changes_versioner_entities_eternal_id" FOREIGN KEY (eternal_id) REFERENCES public.versioner_entities(eternal_id) ON DELETE RESTRICT;


--
-- Name: versioner_commit_parents FK_versioner_commit_parents_versioner_commits_commit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_commit_parents
    ADD CONSTRAINT "FK_versioner_commit_parents_versioner_commits_commit_id" FOREIGN KEY (commit_id) REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: versioner_commit_parents FK_versioner_commit_parents_versioner_commits_parent_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_commit_parents
    ADD CONSTRAINT "FK_versioner_commit_parents_versioner_commits_parent_id" FOREIGN KEY (parent_id) REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: versioner_documents FK_versioner_documents_versioner_commits_commit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_documents
    ADD CONSTRAINT "FK_versioner_documents_versioner_commits_commit_id" FOREIGN KEY (commit_id) REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: versioner_documents FK_versioner_documents_versioner_entities_eternal_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_documents
    ADD CONSTRAINT "FK_versioner_documents_versioner_entities_eternal_id" FOREIGN KEY (eternal_id) REFERENCES public.versioner_entities(eternal_id) ON DELETE RESTRICT;


--
-- Name: versioner_merge_conflicts FK_versioner_merge_conflicts_versioner_commits_commit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_merge_conflicts
    ADD CONSTRAINT "FK_versioner_merge_conflicts_versioner_commits_commit_id" FOREIGN KEY (commit_id) REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: versioner_pruned FK_versioner_pruned_versioner_commits_commit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_pruned
    ADD CONSTRAINT "FK_versioner_pruned_versioner_commits_commit_id" FOREIGN KEY (commit_id) REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- Name: versioner_redacted_commits FK_versioner_redacted_commits_versioner_redactions_redaction_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_redacted_commits
    ADD CONSTRAINT "FK_versioner_redacted_commits_versioner_redactions_redaction_id" FOREIGN KEY (redaction_id) REFERENCES public.versioner_redactions(id) ON DELETE RESTRICT;


--
-- Name: versioner_redacted_messages FK_versioner_redacted_messages_versioner_redactions_redaction_~; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_redacted_messages
    ADD CONSTRAINT "FK_versioner_redacted_messages_versioner_redactions_redaction_~" FOREIGN KEY (redaction_id) REFERENCES public.versioner_redactions(id) ON DELETE RESTRICT;


--
-- Name: versioner_redacted_versions FK_versioner_redacted_versions_versioner_redactions_redaction_~; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_redacted_versions
    ADD CONSTRAINT "FK_versioner_redacted_versions_versioner_redactions_redaction_~" FOREIGN KEY (redaction_id) REFERENCES public.versioner_redactions(id) ON DELETE RESTRICT;


--
-- Name: versioner_refs FK_versioner_refs_versioner_commits_commit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_refs
    ADD CONSTRAINT "FK_versioner_refs_versioner_commits_commit_id" FOREIGN KEY (commit_id) REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--


