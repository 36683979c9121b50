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
    depth bigint NOT NULL
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



--
-- Data for Name: Authors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Authors" VALUES ('01a243b1-51f0-7157-8a67-8f55f3fedaf0', 'Le Guin', '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '01a243b1-51e5-7711-a281-480d0e60996c');


--
-- Data for Name: Books; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Books" VALUES ('01a243b1-52ae-7e10-bbd0-bcd51fb09568', 'Book 0', 10, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', '\x390e19c6b83670a043197c03059d47a44aa34c838b6abfd0d649429e642c8a2f', NULL, NULL, '01a243b1-52ae-7e10-bbd0-bcd4f110944e', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-52c0-7e5b-a581-c1e2c2b99c7c', 'Book 1', 11, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-52c0-7e5b-a581-c1e207450f9f', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-52ca-7a0e-8d4e-526ca30f2dd0', 'Book 2', 12, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-52ca-7a0e-8d4e-526c041b50bb', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-52d3-7031-9a54-85c0043e0110', 'Book 3', 13, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', '\x0aeb3788fd7b2e7af5e77f0d9ddc440ec17b0c588cefb3c2e1a155eb2e5025df', NULL, NULL, '01a243b1-52d3-7031-9a54-85bf6d96da8e', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-52dc-7d3f-9ac5-5600348bd72b', 'Book 4', 14, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-52dc-7d3f-9ac5-55ff67ffc0fb', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-52f9-7f9b-ab79-8678aeac6ba2', 'Book 5', 15, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-52f9-7f9b-ab79-867873a469e0', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-5303-7990-a85e-d3be94ed433e', 'Book 6', 16, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', '\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', NULL, NULL, '01a243b1-5303-7990-a85e-d3be322f03c5', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-5308-7a29-a8f3-7e0f6eead98b', 'Book 7', 17, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-5308-7a29-a8f3-7e0ebd152160', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-5311-7626-a962-136530053971', 'Book 8', 18, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-5311-7626-a962-136482ef05cb', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-5329-724e-902f-5b5ec587d7d0', 'Book 9', 19, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', '\x9aef966aaca8a97e3e67bcb6e3ac830651bfe80da6257373d874650b9a4fbf92', NULL, NULL, '01a243b1-5329-724e-902f-5b5dc5ed8679', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-5341-705a-a571-995ecc024969', 'Book 10', 20, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-5341-705a-a571-995e8c402e37', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-5361-792d-b934-3e58325bca7d', 'Book 11', 21, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-5361-792d-b934-3e57fc4daf3d', '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public."Books" VALUES ('01a243b1-53ad-7874-a0ff-030d09dd20af', 'Book 1', 99, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-52c0-7e5b-a581-c1e207450f9f', '01a243b1-539d-783f-a6b3-4304b3032bb5');
INSERT INTO public."Books" VALUES ('01a243b1-53c4-7c83-9b55-54426748482c', 'Book 2 (2nd ed.)', 12, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-52ca-7a0e-8d4e-526c041b50bb', '01a243b1-539d-783f-a6b3-4304b3032bb5');
INSERT INTO public."Books" VALUES ('01a243b1-549a-71df-afd5-99b0a35a74f0', 'Book 4', 44, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-52dc-7d3f-9ac5-55ff67ffc0fb', '01a243b1-548d-7a68-89cc-c5d707c27747');
INSERT INTO public."Books" VALUES ('01a243b1-54bb-7fbe-aeb9-1979859c97b4', 'Book 4 revised', 44, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-52dc-7d3f-9ac5-55ff67ffc0fb', '01a243b1-54b6-745f-9018-8d24b5cce7b7');
INSERT INTO public."Books" VALUES ('01a243b1-54c2-7f05-bd05-f80365201727', 'Book 5 revised', 15, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-52f9-7f9b-ab79-867873a469e0', '01a243b1-54b6-745f-9018-8d24b5cce7b7');
INSERT INTO public."Books" VALUES ('01a243b1-54dc-7e7e-8375-3504655f9870', 'Book 6', 66, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', '\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', NULL, NULL, '01a243b1-5303-7990-a85e-d3be322f03c5', '01a243b1-54d5-7554-a1ee-84df413addea');
INSERT INTO public."Books" VALUES ('01a243b1-55d6-779d-9d69-9b65e8d489db', 'Book 7', 70, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-5308-7a29-a8f3-7e0ebd152160', '01a243b1-55cf-793e-be6f-86289a16db29');
INSERT INTO public."Books" VALUES ('01a243b1-56f1-73b3-bb9f-2c988c27acf5', 'Book 8', 71, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-5311-7626-a962-136482ef05cb', '01a243b1-56a5-7395-b0d1-54c8a42446c7');
INSERT INTO public."Books" VALUES ('01a243b1-5773-7a54-b10c-1aae8091b515', 'Book 9', 72, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', '\x9aef966aaca8a97e3e67bcb6e3ac830651bfe80da6257373d874650b9a4fbf92', NULL, NULL, '01a243b1-5329-724e-902f-5b5dc5ed8679', '01a243b1-5769-728a-a997-adaec877f4c3');
INSERT INTO public."Books" VALUES ('01a243b1-582e-7b0d-ad8d-11d743441bad', 'Book 1', 100, '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', '\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', NULL, NULL, NULL, '01a243b1-52c0-7e5b-a581-c1e207450f9f', '01a243b1-5820-722b-876c-ffc17800f751');


--
-- Data for Name: Rates; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Revenues; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Tags; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Tags" VALUES ('01a243b1-5205-7aec-858c-4e8015837786', 'sf', '01a243b1-5205-7aec-858c-4e7fa62be478', '01a243b1-51e5-7711-a281-480d0e60996c');


--
-- Data for Name: versioner_changes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_changes VALUES ('01a243b1-51e5-7711-a281-480d0e60996c', '01a243b1-51f0-7157-8a67-8f55d6c3a4cd', 'Author', '01a243b1-51f0-7157-8a67-8f55f3fedaf0', false, '\x51351313f03025b4f219ed7c0e3c1a4c53d681042fb144a7c4541f128ddb6df0', 1253443121360207092, 0);
INSERT INTO public.versioner_changes VALUES ('01a243b1-51e5-7711-a281-480d0e60996c', '01a243b1-5205-7aec-858c-4e7fa62be478', 'Tag', '01a243b1-5205-7aec-858c-4e8015837786', false, '\x9f1922b3eb1b191276a1452dadb89486937deefc21b262c66cb09001ee96fa02', 1253443121360207092, 0);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-52ae-7e10-bbd0-bcd4f110944e', 'Book', '01a243b1-52ae-7e10-bbd0-bcd51fb09568', false, '\xeb6ee02623f2969412f3a26f9f9a5f4d026d64fe3c6c97da4a851eb3dc8c7dab', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-52c0-7e5b-a581-c1e207450f9f', 'Book', '01a243b1-52c0-7e5b-a581-c1e2c2b99c7c', false, '\xb5c26c0a283351ecf15b28eb251dae85b8d24facc3ba7fb0b5920c45f714aeb5', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-52ca-7a0e-8d4e-526c041b50bb', 'Book', '01a243b1-52ca-7a0e-8d4e-526ca30f2dd0', false, '\x94f776ff28157aeba3f8aa6f45ed89b1f99b2dfb17b2642bfaceaccef03e3f85', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-52d3-7031-9a54-85bf6d96da8e', 'Book', '01a243b1-52d3-7031-9a54-85c0043e0110', false, '\xe16db954d0b02ebec95961323fe4251dcccd489c60afeee840487e9438e73d0a', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-52dc-7d3f-9ac5-55ff67ffc0fb', 'Book', '01a243b1-52dc-7d3f-9ac5-5600348bd72b', false, '\x03266d950beb45feb7c13a1b09ea0443ae1f2ce1337d709bc136825e31cda654', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-52f9-7f9b-ab79-867873a469e0', 'Book', '01a243b1-52f9-7f9b-ab79-8678aeac6ba2', false, '\x4b23d77502a94a2454d3b8c11bcbea0c87c69f28a94b08d00fc6fe5a8c66deba', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-5303-7990-a85e-d3be322f03c5', 'Book', '01a243b1-5303-7990-a85e-d3be94ed433e', false, '\xae86836af552507f341355a63cc0937782f2d4a3ae7af8adaa7ccf1ebe74d457', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-5308-7a29-a8f3-7e0ebd152160', 'Book', '01a243b1-5308-7a29-a8f3-7e0f6eead98b', false, '\x08f604a1d85ac09a1b2487730473a543654c7021db9001bbc5ef2a26b275a897', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-5311-7626-a962-136482ef05cb', 'Book', '01a243b1-5311-7626-a962-136530053971', false, '\x012491fa63747f93a36513bf7ce084bd965316d44fb25608c3491a2b30745622', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-5329-724e-902f-5b5dc5ed8679', 'Book', '01a243b1-5329-724e-902f-5b5ec587d7d0', false, '\x7f60af837cf3b4c356fd4dfceeea9b130e447839614bc8e4a9b6071692ea7917', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-5341-705a-a571-995e8c402e37', 'Book', '01a243b1-5341-705a-a571-995ecc024969', false, '\x31513c938bbcbf78d13ddfdb4b0428ca00979501c7bbc49860990ca958a6b7bf', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', '01a243b1-5361-792d-b934-3e57fc4daf3d', 'Book', '01a243b1-5361-792d-b934-3e58325bca7d', false, '\x396efea80ebb8fc0e14555d0b6788d7e2c0841020abdd4fa73875cad4720d2e1', 1253443121360207092, 1);
INSERT INTO public.versioner_changes VALUES ('01a243b1-539d-783f-a6b3-4304b3032bb5', '01a243b1-52c0-7e5b-a581-c1e207450f9f', 'Book', '01a243b1-53ad-7874-a0ff-030d09dd20af', false, '\xa0e9f57cc8620199980d4b286e54b0f3e8cca0be60d9e4234d99d9071cc84c10', 1253443121360207092, 2);
INSERT INTO public.versioner_changes VALUES ('01a243b1-539d-783f-a6b3-4304b3032bb5', '01a243b1-52ca-7a0e-8d4e-526c041b50bb', 'Book', '01a243b1-53c4-7c83-9b55-54426748482c', false, '\x7dd85c39d34a7e3269e3cff9caf95f23bf07069d5c7a483f9821350d554d402d', 1253443121360207092, 2);
INSERT INTO public.versioner_changes VALUES ('01a243b1-53f4-70ff-8956-fee2cec1cf22', '01a243b1-52d3-7031-9a54-85bf6d96da8e', 'Book', NULL, false, NULL, 1253443121360207092, 3);
INSERT INTO public.versioner_changes VALUES ('01a243b1-548d-7a68-89cc-c5d707c27747', '01a243b1-52dc-7d3f-9ac5-55ff67ffc0fb', 'Book', '01a243b1-549a-71df-afd5-99b0a35a74f0', false, '\xa76399d1065275c003fb0fd2622e60f8bc9484f7d77f81ab5464692c105b9083', 1253443121360207092, 4);
INSERT INTO public.versioner_changes VALUES ('01a243b1-54b6-745f-9018-8d24b5cce7b7', '01a243b1-52dc-7d3f-9ac5-55ff67ffc0fb', 'Book', '01a243b1-54bb-7fbe-aeb9-1979859c97b4', false, '\xf3fd66e1e1598c84654322627901716174069e02dd0c12240224014e1d53fcd0', 1253443121360207092, 5);
INSERT INTO public.versioner_changes VALUES ('01a243b1-54b6-745f-9018-8d24b5cce7b7', '01a243b1-52f9-7f9b-ab79-867873a469e0', 'Book', '01a243b1-54c2-7f05-bd05-f80365201727', false, '\x42cd8c36fcf1432dcf8061ba2bf46f6ff96fb7bdcad808fabad5fd663a787fc8', 1253443121360207092, 5);
INSERT INTO public.versioner_changes VALUES ('01a243b1-54d5-7554-a1ee-84df413addea', '01a243b1-5303-7990-a85e-d3be322f03c5', 'Book', '01a243b1-54dc-7e7e-8375-3504655f9870', false, '\x693d61fd1b4490f8e8995b96ec36e21cd8e0065b2068394d78c081138f1ae9f7', 2863055560104686167, 4);
INSERT INTO public.versioner_changes VALUES ('01a243b1-54ee-7a8d-a0fd-ed152fe86587', '01a243b1-52dc-7d3f-9ac5-55ff67ffc0fb', 'Book', '01a243b1-54bb-7fbe-aeb9-1979859c97b4', true, '\xf3fd66e1e1598c84654322627901716174069e02dd0c12240224014e1d53fcd0', 2863055560104686167, 5);
INSERT INTO public.versioner_changes VALUES ('01a243b1-54ee-7a8d-a0fd-ed152fe86587', '01a243b1-52f9-7f9b-ab79-867873a469e0', 'Book', '01a243b1-54c2-7f05-bd05-f80365201727', true, '\x42cd8c36fcf1432dcf8061ba2bf46f6ff96fb7bdcad808fabad5fd663a787fc8', 2863055560104686167, 5);
INSERT INTO public.versioner_changes VALUES ('01a243b1-55cf-793e-be6f-86289a16db29', '01a243b1-5308-7a29-a8f3-7e0ebd152160', 'Book', '01a243b1-55d6-779d-9d69-9b65e8d489db', false, '\xb2fd4b8c06cb954aab69e74dc51fe86a17e969c287d87dcf5b306518a5aa054a', 2863055560104686167, 6);
INSERT INTO public.versioner_changes VALUES ('01a243b1-55f1-731b-9d1a-2932351456cf', '01a243b1-5308-7a29-a8f3-7e0ebd152160', 'Book', '01a243b1-55d6-779d-9d69-9b65e8d489db', true, '\xb2fd4b8c06cb954aab69e74dc51fe86a17e969c287d87dcf5b306518a5aa054a', 2231415270498418697, 6);
INSERT INTO public.versioner_changes VALUES ('01a243b1-56a5-7395-b0d1-54c8a42446c7', '01a243b1-5311-7626-a962-136482ef05cb', 'Book', '01a243b1-56f1-73b3-bb9f-2c988c27acf5', false, '\xb5c97f9adff03438db95773b416c06b9fd48ca155ff5993d0d10967b6731c6ab', 2231415270498418697, 7);
INSERT INTO public.versioner_changes VALUES ('01a243b1-571b-79af-b88b-49777e7445b7', '01a243b1-5311-7626-a962-136482ef05cb', 'Book', '01a243b1-56f1-73b3-bb9f-2c988c27acf5', true, '\xb5c97f9adff03438db95773b416c06b9fd48ca155ff5993d0d10967b6731c6ab', 4103501867357623002, 7);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5769-728a-a997-adaec877f4c3', '01a243b1-5329-724e-902f-5b5dc5ed8679', 'Book', '01a243b1-5773-7a54-b10c-1aae8091b515', false, '\xce74cf4442cd4b3f16ea6cdecffad64b537f066f8869c15f015fe4a68f90b6b6', 4103501867357623002, 8);
INSERT INTO public.versioner_changes VALUES ('01a243b1-57a2-7ab5-a169-987479ea665f', '01a243b1-5329-724e-902f-5b5dc5ed8679', 'Book', '01a243b1-5773-7a54-b10c-1aae8091b515', true, '\xce74cf4442cd4b3f16ea6cdecffad64b537f066f8869c15f015fe4a68f90b6b6', 3816489612476683215, 8);
INSERT INTO public.versioner_changes VALUES ('01a243b1-5820-722b-876c-ffc17800f751', '01a243b1-52c0-7e5b-a581-c1e207450f9f', 'Book', '01a243b1-582e-7b0d-ad8d-11d743441bad', false, '\x2d4a76c34b33db87e572a89b17ecd30252c72336f946b85ec96c1d9eb139c648', 3816489612476683215, 9);


--
-- Data for Name: versioner_commit_parents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', 0, '01a243b1-51e5-7711-a281-480d0e60996c');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-539d-783f-a6b3-4304b3032bb5', 0, '01a243b1-5298-77b8-9cfd-1f5210d35c30');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-53f4-70ff-8956-fee2cec1cf22', 0, '01a243b1-539d-783f-a6b3-4304b3032bb5');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-548d-7a68-89cc-c5d707c27747', 0, '01a243b1-53f4-70ff-8956-fee2cec1cf22');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-54b6-745f-9018-8d24b5cce7b7', 0, '01a243b1-548d-7a68-89cc-c5d707c27747');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-54d5-7554-a1ee-84df413addea', 0, '01a243b1-53f4-70ff-8956-fee2cec1cf22');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-54ee-7a8d-a0fd-ed152fe86587', 0, '01a243b1-54d5-7554-a1ee-84df413addea');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-54ee-7a8d-a0fd-ed152fe86587', 1, '01a243b1-54b6-745f-9018-8d24b5cce7b7');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-55cf-793e-be6f-86289a16db29', 0, '01a243b1-54ee-7a8d-a0fd-ed152fe86587');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-55f1-731b-9d1a-2932351456cf', 0, '01a243b1-54ee-7a8d-a0fd-ed152fe86587');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-55f1-731b-9d1a-2932351456cf', 1, '01a243b1-55cf-793e-be6f-86289a16db29');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-56a5-7395-b0d1-54c8a42446c7', 0, '01a243b1-55f1-731b-9d1a-2932351456cf');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-571b-79af-b88b-49777e7445b7', 0, '01a243b1-55f1-731b-9d1a-2932351456cf');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-571b-79af-b88b-49777e7445b7', 1, '01a243b1-56a5-7395-b0d1-54c8a42446c7');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-5769-728a-a997-adaec877f4c3', 0, '01a243b1-571b-79af-b88b-49777e7445b7');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-57a2-7ab5-a169-987479ea665f', 0, '01a243b1-571b-79af-b88b-49777e7445b7');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-57a2-7ab5-a169-987479ea665f', 1, '01a243b1-5769-728a-a997-adaec877f4c3');
INSERT INTO public.versioner_commit_parents VALUES ('01a243b1-5820-722b-876c-ffc17800f751', 0, '01a243b1-57a2-7ab5-a169-987479ea665f');


--
-- Data for Name: versioner_commits; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_commits VALUES ('01a243b1-51e5-7711-a281-480d0e60996c', 1, '\xfef44b9cc7bb173d926805c8da71273eda307d64787f966370f4c58f0c28bcab', 'tester', 'authors', 1767323105000000, 1253443121360207092, 0, 0, 1, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-5298-77b8-9cfd-1f5210d35c30', 1, '\xcfa22ae13521bb60aba5e8b0c6dd0e8340518068625d3a73d961ac7186c56bad', 'tester', 'books', 1767323165000000, 1253443121360207092, 1, 1, 2, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-539d-783f-a6b3-4304b3032bb5', 1, '\xae6596ef8aafa5f6b845a111edf764b35786c47ab2a8ed7499ac94148e7369dc', 'tester', 'prices', 1767323225000000, 1253443121360207092, 2, 2, 3, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-53f4-70ff-8956-fee2cec1cf22', 1, '\xcc2959b0b298802d744721607a04438b79093e80efebe374b69205af42b81617', 'tester', 'remove book 3', 1767323285000000, 1253443121360207092, 3, 3, 4, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-548d-7a68-89cc-c5d707c27747', 1, '\x6a5298ef441e11de6e9a1c59ff184ee99cb7d2d23188e5e4194b25ec778cc7c0', 'tester', 'feature: book 4', 1767323345000000, 1253443121360207092, 4, 4, 5, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-54b6-745f-9018-8d24b5cce7b7', 1, '\x27c6a7c65188a33717f382a2bcd7e6135947d50bde428e570eb88634aab0bdd0', 'tester', 'feature: books 4 and 5', 1767323405000000, 1253443121360207092, 5, 5, 6, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-54d5-7554-a1ee-84df413addea', 1, '\x2b8c067a7c618cdc3cb5e19c4ecb6a6cf194700b530df5ce78cab45459b6c018', 'tester', 'main: book 6', 1767323465000000, 2863055560104686167, 4, 4, 7, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-54ee-7a8d-a0fd-ed152fe86587', 1, '\x6ee5755858c7a5d6e04d75bcf7ea6aa6559028c67cb7c02bf06659fbbb929f2c', 'ada', 'merge feature', 1767323525000000, 2863055560104686167, 5, 6, 8, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-55cf-793e-be6f-86289a16db29', 1, '\x6f33571ca9b652a7a38b70d6f353604625a6e6613ac6df31958554b759405ca4', 'tester', 'pr 0', 1767323585000000, 2863055560104686167, 6, 7, 9, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-55f1-731b-9d1a-2932351456cf', 1, '\x1ca4d391ae010d45e073545f00f11b473c2cc56c74e68832452a0323eda663fc', 'ada', 'merge pr 0', 1767323645000000, 2231415270498418697, 6, 8, 10, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-56a5-7395-b0d1-54c8a42446c7', 1, '\xb4c063fd0345359f6ce8d7b6f81e970fee1079a285d8d8fad88083e5e28c78f3', 'tester', 'pr 1', 1767323705000000, 2231415270498418697, 7, 9, 11, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-571b-79af-b88b-49777e7445b7', 1, '\x70b9add2610bb33d47cfcc3f0cf404c9478fad7a46485387020d92026c8b42e5', 'ada', 'merge pr 1', 1767323765000000, 4103501867357623002, 7, 10, 12, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-5769-728a-a997-adaec877f4c3', 1, '\xe7c7319626b672746c215e3cada4c848bd42a3ec79e0bf3231dd27447326e4f4', 'tester', 'pr 2', 1767323825000000, 4103501867357623002, 8, 11, 13, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-57a2-7ab5-a169-987479ea665f', 1, '\xbe7774b155d173b6cb33a1ae8b215819bf40f9d1b12b09c99081a1fcf483b84a', 'ada', 'merge pr 2', 1767323885000000, 3816489612476683215, 8, 12, 14, NULL);
INSERT INTO public.versioner_commits VALUES ('01a243b1-5820-722b-876c-ffc17800f751', 1, '\x1585b3a9b0352b2a097b51e719015e005aeb201e39880a3b4890bd581b7d8af0', 'tester', 'book 1 again', 1767323945000000, 3816489612476683215, 9, 13, 15, NULL);


--
-- Data for Name: versioner_documents; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: versioner_entities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_entities VALUES ('01a243b1-51f0-7157-8a67-8f55d6c3a4cd', 'Author');
INSERT INTO public.versioner_entities VALUES ('01a243b1-5205-7aec-858c-4e7fa62be478', 'Tag');
INSERT INTO public.versioner_entities VALUES ('01a243b1-52ae-7e10-bbd0-bcd4f110944e', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a243b1-52c0-7e5b-a581-c1e207450f9f', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a243b1-52ca-7a0e-8d4e-526c041b50bb', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a243b1-52d3-7031-9a54-85bf6d96da8e', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a243b1-52dc-7d3f-9ac5-55ff67ffc0fb', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a243b1-52f9-7f9b-ab79-867873a469e0', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a243b1-5303-7990-a85e-d3be322f03c5', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a243b1-5308-7a29-a8f3-7e0ebd152160', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a243b1-5311-7626-a962-136482ef05cb', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a243b1-5329-724e-902f-5b5dc5ed8679', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a243b1-5341-705a-a571-995e8c402e37', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a243b1-5361-792d-b934-3e57fc4daf3d', 'Book');


--
-- Data for Name: versioner_maintenance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: versioner_merge_conflicts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: versioner_meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_meta VALUES ('format', '1');
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
INSERT INTO public.versioner_meta VALUES ('database_id', '16eb8b14-cc9c-4f81-bf9d-646a17a64da4');


--
-- Data for Name: versioner_pointer_members; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_pointer_members VALUES ('\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', '01a243b1-5205-7aec-858c-4e7fa62be478');


--
-- Data for Name: versioner_pointers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_pointers VALUES ('\x390e19c6b83670a043197c03059d47a44aa34c838b6abfd0d649429e642c8a2f', 2, '\x426c7572622030');
INSERT INTO public.versioner_pointers VALUES ('\x34bb699fcd8d2cdbbb4e315e3cf82ea7493b15223dbc8796325399a23acf8db7', 1, '\x0000000101a243b152057aec858c4e7fa62be478');
INSERT INTO public.versioner_pointers VALUES ('\x0aeb3788fd7b2e7af5e77f0d9ddc440ec17b0c588cefb3c2e1a155eb2e5025df', 2, '\x426c7572622033');
INSERT INTO public.versioner_pointers VALUES ('\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', 2, '\x426c7572622036');
INSERT INTO public.versioner_pointers VALUES ('\x9aef966aaca8a97e3e67bcb6e3ac830651bfe80da6257373d874650b9a4fbf92', 2, '\x426c7572622039');


--
-- Data for Name: versioner_pruned; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: versioner_redacted_commits; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: versioner_redacted_messages; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: versioner_redacted_versions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: versioner_redactions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: versioner_refs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_refs VALUES ('v1', 1, '01a243b1-53f4-70ff-8956-fee2cec1cf22');
INSERT INTO public.versioner_refs VALUES ('feature', 0, '01a243b1-54b6-745f-9018-8d24b5cce7b7');
INSERT INTO public.versioner_refs VALUES ('pr0', 0, '01a243b1-55cf-793e-be6f-86289a16db29');
INSERT INTO public.versioner_refs VALUES ('pr1', 0, '01a243b1-56a5-7395-b0d1-54c8a42446c7');
INSERT INTO public.versioner_refs VALUES ('pr2', 0, '01a243b1-5769-728a-a997-adaec877f4c3');
INSERT INTO public.versioner_refs VALUES ('main', 0, '01a243b1-5820-722b-876c-ffc17800f751');


--
-- Data for Name: versioner_segments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_segments VALUES (1253443121360207092, NULL, -1);
INSERT INTO public.versioner_segments VALUES (2863055560104686167, 1253443121360207092, 3);
INSERT INTO public.versioner_segments VALUES (2231415270498418697, 2863055560104686167, 5);
INSERT INTO public.versioner_segments VALUES (4103501867357623002, 2231415270498418697, 6);
INSERT INTO public.versioner_segments VALUES (3816489612476683215, 4103501867357623002, 7);


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

CREATE TRIGGER versioner_guard_changes BEFORE DELETE OR UPDATE ON public.versioner_changes FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_changes();


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


