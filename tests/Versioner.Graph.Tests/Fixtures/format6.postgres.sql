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
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) AND (TG_OP = 'DELETE' OR (to_jsonb(NEW) - 'versioner_until') IS DISTINCT FROM (to_jsonb(OLD) - 'versioner_until')) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_Authors(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."versioner_guard_Authors"() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) AND (TG_OP = 'DELETE' OR (to_jsonb(NEW) - 'versioner_until') IS DISTINCT FROM (to_jsonb(OLD) - 'versioner_until')) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_Books(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."versioner_guard_Books"() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) AND (TG_OP = 'DELETE' OR (to_jsonb(NEW) - 'versioner_until') IS DISTINCT FROM (to_jsonb(OLD) - 'versioner_until')) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_Rates(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."versioner_guard_Rates"() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) AND (TG_OP = 'DELETE' OR (to_jsonb(NEW) - 'versioner_until') IS DISTINCT FROM (to_jsonb(OLD) - 'versioner_until')) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_Revenues(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."versioner_guard_Revenues"() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) AND (TG_OP = 'DELETE' OR (to_jsonb(NEW) - 'versioner_until') IS DISTINCT FROM (to_jsonb(OLD) - 'versioner_until')) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


--
-- Name: versioner_guard_Tags(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."versioner_guard_Tags"() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD."CommitId" AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) AND (TG_OP = 'DELETE' OR (to_jsonb(NEW) - 'versioner_until') IS DISTINCT FROM (to_jsonb(OLD) - 'versioner_until')) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


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
    AS $$ BEGIN IF (EXISTS (SELECT 1 FROM versioner_commits WHERE id = OLD.commit_id AND state = 1)) AND NOT EXISTS (SELECT 1 FROM versioner_maintenance) AND (TG_OP = 'DELETE' OR (to_jsonb(NEW) - 'versioner_until') IS DISTINCT FROM (to_jsonb(OLD) - 'versioner_until')) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


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
-- Name: versioner_guard_manifests(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.versioner_guard_manifests() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM versioner_maintenance) THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;


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
    versioner_checksum bytea,
    versioner_depth bigint NOT NULL,
    versioner_segment bigint NOT NULL,
    versioner_until bigint,
    "EternalId" uuid NOT NULL,
    "CommitId" uuid NOT NULL
);


--
-- Name: Authors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Authors" (
    "VersionId" uuid NOT NULL,
    "Name" text NOT NULL,
    versioner_checksum bytea,
    versioner_depth bigint NOT NULL,
    versioner_segment bigint NOT NULL,
    versioner_until bigint,
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
    versioner_checksum bytea,
    versioner_depth bigint NOT NULL,
    versioner_segment bigint NOT NULL,
    versioner_until bigint,
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
    versioner_checksum bytea,
    versioner_depth bigint NOT NULL,
    versioner_segment bigint NOT NULL,
    versioner_until bigint,
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
    versioner_checksum bytea,
    versioner_depth bigint NOT NULL,
    versioner_segment bigint NOT NULL,
    versioner_until bigint,
    "EternalId" uuid NOT NULL,
    "CommitId" uuid NOT NULL
);


--
-- Name: Tags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Tags" (
    "VersionId" uuid NOT NULL,
    "Label" text NOT NULL,
    versioner_checksum bytea,
    versioner_depth bigint NOT NULL,
    versioner_segment bigint NOT NULL,
    versioner_until bigint,
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
    data text NOT NULL,
    versioner_segment bigint NOT NULL,
    versioner_depth bigint NOT NULL,
    versioner_until bigint,
    versioner_checksum bytea
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
-- Name: versioner_manifests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versioner_manifests (
    commit_id uuid NOT NULL,
    changes bytea NOT NULL
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

INSERT INTO public."Appointments" VALUES ('01a25213-6785-72c7-a8f3-95f382d38610', '01a25213-675c-7a7b-a3d8-a4571d83bd04', '2026-01-05', '\xed5ae0d50bd21326f5893521e45049068e1a77439611fd2980f7f7afc33f8356', 2, 1752971133115955029, NULL, '01a25213-6785-72c7-a8f3-95f3411430df', '01a25213-674e-7007-805b-5bc70ac26460');
INSERT INTO public."Appointments" VALUES ('01a25213-6799-7e98-bfb9-a028c78165a1', '01a25213-6776-7f3c-bc7b-33c99836b24c', '2026-01-06', '\x9138864b4907052a8206d23c87df5368d4416d0fc78424f87756f01b195c8351', 2, 1752971133115955029, NULL, '01a25213-6799-7e98-bfb9-a0284b80dba7', '01a25213-674e-7007-805b-5bc70ac26460');
INSERT INTO public."Appointments" VALUES ('01a25213-74f8-7fe2-acad-45cccf882202', '01a25213-74ef-785d-a3a7-1448f5f18fb7', '2026-02-02', '\x3e67ae9f0e46070e782f53ea339f5487b87ccf4f404bda3b58e070504002a5c7', 13, 531229682969756330, NULL, '01a25213-74f8-7fe2-acad-45cc8ce75d2d', '01a25213-74e1-7395-8e00-6cf721a7f48f');


--
-- Data for Name: Authors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Authors" VALUES ('01a25213-6368-7ca2-b14f-8bb5f80dcb4c', 'Frank Herbert', '\xfdc30de34f16bb917d50594163746a4474849e81f39043c717454dfa0407481e', 0, 1752971133115955029, NULL, '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', '01a25213-6280-7fe0-bcd8-68fe21340577');
INSERT INTO public."Authors" VALUES ('01a25213-6a9a-7112-ae86-989045ec2bab', 'Ursula Le Guin', '\x16cb045a52d99b4ec996bdc9b0cb347df4751e46368852105cb94f37d245f36c', 4, 967361960999769075, NULL, '01a25213-62ee-7df1-b366-d8cb7553e69a', '01a25213-6a88-7c47-b89b-d00b05a8ad22');
INSERT INTO public."Authors" VALUES ('01a25213-62f4-7ae6-bbfb-1cb2820b9b5d', 'Ursula K. Le Guin', '\xe3593e0f3f42b3ae193d5917f0f45a4e62ef22e8c9340ef9fc75c10212588ac2', 0, 1752971133115955029, 5, '01a25213-62ee-7df1-b366-d8cb7553e69a', '01a25213-6280-7fe0-bcd8-68fe21340577');
INSERT INTO public."Authors" VALUES ('01a25213-7934-7423-896f-add5923f2e6f', 'Octavia Butler', '\x143e67ca0646d0cfad3a11dff455172a82680d0157f586ae24d7893888c21a58', 20, 4157283908850586186, NULL, '01a25213-638c-76f9-a212-b41282bd9522', '01a25213-792f-71e1-a18d-92932fd3f712');
INSERT INTO public."Authors" VALUES ('01a25213-7b19-778f-b028-cb155bda7ccc', 'Iain M. Banks', '\x24d40ecf19982a540bfce3eb84b8fe65ae43d46d32703e3c7ff28ef203fb7536', 23, 2205544225713995805, NULL, '01a25213-7b19-778f-b028-cb1468536f2d', '01a25213-7ba8-7ceb-927a-7ed14979c87f');
INSERT INTO public."Authors" VALUES ('01a25213-7fd1-7281-9be0-468cd5ae8ce6', 'O. E. Butler', '\x39677c218fa2d14a626c81adebe52b382c0c6f51340281645435c87bfa5cf8de', 6, 1752971133115955029, NULL, '01a25213-638c-76f9-a212-b41282bd9522', '01a25213-7fc6-726b-9df5-46323d206c26');
INSERT INTO public."Authors" VALUES ('01a25213-638d-7468-bd28-e2dfcc689702', 'Octavia E. Butler', '\x5ef12379f1126f4e0876a25622086f4d1169e869ddd8d170aca44c2b26810d92', 0, 1752971133115955029, 6, '01a25213-638c-76f9-a212-b41282bd9522', '01a25213-6280-7fe0-bcd8-68fe21340577');
INSERT INTO public."Authors" VALUES ('01a25213-8071-7b42-af62-218f2839962e', 'O. E. Butler', '\xdc320c6e046ccdc960befb1455902c7be5b2e01d40321dafc8419669863b85d7', 7, 1752971133115955029, NULL, '01a25213-638c-76f9-a212-b41282bd9522', '01a25213-8018-77d8-bd28-f1fa6e0e0517');
INSERT INTO public."Authors" VALUES ('01a25213-80c8-747b-b06d-93e7af64115a', 'N. K. Jemisin', '\xa0d022b4dcc381c20cc4a7ae643f4cee706fe2cccbf4e000473658db7462cb82', 25, 2205544225713995805, NULL, '01a25213-80c8-747b-b06d-93e7604a42a3', '01a25213-8084-7bfd-90be-339b280fe330');


--
-- Data for Name: Books; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Books" VALUES ('01a25213-66d7-7975-986e-a11dc965a0b1', 'Book 0', 10, '01a25213-62ee-7df1-b366-d8cb7553e69a', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', '\xe77317dc1f7abc8066621df2ecf9d690016c3e916ff12c3bbe1324c1338c5a25', '1965-06-01 12:00:00+00', NULL, '\x470ae52a733fa3fa157c484fdb032a07081ec1260039d196f659839f09bb1c22', 1, 1752971133115955029, NULL, '01a25213-66d7-7975-986e-a11d8f2c1b9d', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-66db-700f-a3a0-02c0fbe671e1', 'Book 9', 19, '01a25213-62ee-7df1-b366-d8cb7553e69a', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', '\x9aef966aaca8a97e3e67bcb6e3ac830651bfe80da6257373d874650b9a4fbf92', '1974-06-01 12:00:00+00', 4.4, '\xcead41ab2354bbcda84c50d324085d798d7d8e0476c0010c2e93aee5bb94ed13', 1, 1752971133115955029, NULL, '01a25213-66db-700f-a3a0-02c0b682822a', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-66db-700f-a3a0-02c1660caeb6', 'Book 10', 20, '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', NULL, '1975-06-01 12:00:00+00', 4.5, '\x2a928660291d08879b6d9b8a898667f5969d7e31c1ef7062f0b9c7816a42810e', 1, 1752971133115955029, NULL, '01a25213-66db-700f-a3a0-02c145e68ffb', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-66db-700f-a3a0-02c24692f532', 'Book 11', 21, '01a25213-638c-76f9-a212-b41282bd9522', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', NULL, '1976-06-01 12:00:00+00', 4.6, '\xa8b2a04e8c68c22e13bc5b09154a71c7cd711fd519362306db370068c8550785', 1, 1752971133115955029, NULL, '01a25213-66db-700f-a3a0-02c236e68bd4', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-69c8-7447-9c88-64d0f41b0dcc', 'Book 1', 19.99, '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', NULL, '1966-06-01 12:00:00+00', 3.6, '\xd539b0b1bba4cb5d732b67f2876aef5d8dc7ff051b88a486e3bd40995311d402', 4, 569822027238746890, NULL, '01a25213-66db-700f-a3a0-02b85b354f61', '01a25213-6950-7227-99d6-1b34ea5ff738');
INSERT INTO public."Books" VALUES ('01a25213-6d36-7beb-a7fc-c6023d2c397d', 'Book 3', 13, '01a25213-62ee-7df1-b366-d8cb7553e69a', '\x0bc52c986e5a9012d8eee41b04302ebcc5489d6258d1a1c6415ab76fe7b749c4', '\x0aeb3788fd7b2e7af5e77f0d9ddc440ec17b0c588cefb3c2e1a155eb2e5025df', '1968-06-01 12:00:00+00', 3.8, '\x495f9c2b14f3512b7536e121d60d9325a2974e8e0cde96ba4ceb1fdb3be0661b', 6, 572647472582934459, NULL, '01a25213-66db-700f-a3a0-02b9dad988d6', '01a25213-6d1f-7af4-8979-567244e9a8f2');
INSERT INTO public."Books" VALUES ('01a25213-6dfb-71de-90bd-9490a927e6eb', 'Book 4', 14, '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', '\x56aed8d94d451acf1a8470275faf108f247001dbee5855d181003256e156bc6d', NULL, '1969-06-01 12:00:00+00', NULL, '\x0cc09273d6a88c3d909ff9798ce621b643be5076f89919b7baddb6cf800b9622', 6, 572647472582934459, NULL, '01a25213-66db-700f-a3a0-02bb527bdd68', '01a25213-6d1f-7af4-8979-567244e9a8f2');
INSERT INTO public."Books" VALUES ('01a25213-7068-7b03-b941-cb8cf02ccdc3', 'Book 3', 33, '01a25213-62ee-7df1-b366-d8cb7553e69a', '\x0bc52c986e5a9012d8eee41b04302ebcc5489d6258d1a1c6415ab76fe7b749c4', '\x0aeb3788fd7b2e7af5e77f0d9ddc440ec17b0c588cefb3c2e1a155eb2e5025df', '1968-06-01 12:00:00+00', 3.8, '\xf046473129e7a0cd55972e3eb0a39a49a46302a00eced1aec52cc6153e28da07', 7, 967361960999769075, NULL, '01a25213-66db-700f-a3a0-02b9dad988d6', '01a25213-6fb9-762a-bee5-5b859661295e');
INSERT INTO public."Books" VALUES ('01a25213-7068-7b03-b941-cb8d18faf027', 'Book 4', 14, '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', '\x0bc52c986e5a9012d8eee41b04302ebcc5489d6258d1a1c6415ab76fe7b749c4', NULL, '1969-06-01 12:00:00+00', NULL, '\x3768be80c2ef9977361ad082621f379d2ba8e404c37d93d1e3f39d3f011ea57d', 7, 967361960999769075, NULL, '01a25213-66db-700f-a3a0-02bb527bdd68', '01a25213-6fb9-762a-bee5-5b859661295e');
INSERT INTO public."Books" VALUES ('01a25213-72c2-70e5-b562-00fdab35588e', 'Book 6: theirs', 66, '01a25213-62ee-7df1-b366-d8cb7553e69a', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', '\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', '1971-06-01 12:00:00+00', 4.1, '\x447c366bafc9d9464dee7f1458cea1f24079a6a4d7357c7b28505b694f7012ae', 9, 3591199391897849880, NULL, '01a25213-66db-700f-a3a0-02bdd5f7649e', '01a25213-72b0-761f-ba91-8db5b296dc2e');
INSERT INTO public."Books" VALUES ('01a25213-66db-700f-a3a0-02bfe6efb150', 'Book 8', 18, '01a25213-638c-76f9-a212-b41282bd9522', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', NULL, '1973-06-01 12:00:00+00', NULL, '\x1a2c661f166b41d3c9c99efa9863d7bd64e5c84bcc104a26c6a9e36712635179', 1, 1752971133115955029, 4, '01a25213-66db-700f-a3a0-02bf9afa27b3', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-73b4-750e-8dd5-071a948ed17b', 'Book 6: theirs', 66, '01a25213-62ee-7df1-b366-d8cb7553e69a', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', '\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', '1971-06-01 12:00:00+00', 4.1, '\xb80a04eb5f72e49c539e3575c3da48582fa37075466b34bf16897fe6a5a1f9d2', 10, 967361960999769075, NULL, '01a25213-66db-700f-a3a0-02bdd5f7649e', '01a25213-7365-79bc-a552-9da69f28e251');
INSERT INTO public."Books" VALUES ('01a25213-759b-7921-bb5b-56d1a2399fe9', 'Book 7', 7.5, '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', NULL, '1972-06-01 12:00:00+00', 4.2, '\x4e52d9f53179514bee792e0cb7918256858ecc13512bd16961d81c24d6fe4794', 14, 2205544225713995805, NULL, '01a25213-66db-700f-a3a0-02bebc53baf6', '01a25213-7594-784a-ace9-3d75f4034ed5');
INSERT INTO public."Books" VALUES ('01a25213-760a-7717-9d72-2d47ce275388', 'Book 8 (corrected)', 18, '01a25213-638c-76f9-a212-b41282bd9522', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', NULL, '1973-06-01 12:00:00+00', NULL, '\x0751861cd932c76b7cb0fe11114621baf287a67a26c786203a814de07f94d711', 4, 1752971133115955029, NULL, '01a25213-66db-700f-a3a0-02bf9afa27b3', '01a25213-7604-7adc-95c7-e639ebb1a4f8');
INSERT INTO public."Books" VALUES ('01a25213-66db-700f-a3a0-02b8a1858969', 'Book 1', 11, '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', NULL, '1966-06-01 12:00:00+00', 3.6, '\xb0bccd8b04d92235b93165f7304e3d25e2066075ef5c1f084f60f64f00acd83d', 1, 1752971133115955029, 5, '01a25213-66db-700f-a3a0-02b85b354f61', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-66db-700f-a3a0-02b9827c00d3', 'Book 2', 12, '01a25213-638c-76f9-a212-b41282bd9522', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', NULL, '1967-06-01 12:00:00+00', 3.7, '\xd366f3f18040caf828f006bb04c96a92ebb561bcdd53c74cec2a490b9404a1fc', 1, 1752971133115955029, 5, '01a25213-66db-700f-a3a0-02b8d0508e0a', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-66db-700f-a3a0-02baa0b59889', 'Book 3', 13, '01a25213-62ee-7df1-b366-d8cb7553e69a', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', '\x0aeb3788fd7b2e7af5e77f0d9ddc440ec17b0c588cefb3c2e1a155eb2e5025df', '1968-06-01 12:00:00+00', 3.8, '\x359d9ad967d285f6c0963ded654210d4170e4c49165b0162dd5d947f3471cff2', 1, 1752971133115955029, 5, '01a25213-66db-700f-a3a0-02b9dad988d6', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-66db-700f-a3a0-02bb5fda0e31', 'Book 4', 14, '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', NULL, '1969-06-01 12:00:00+00', NULL, '\x219e0b433a32375d28cbaa6c5936bfabb245d01097418430e9e02911305125bf', 1, 1752971133115955029, 5, '01a25213-66db-700f-a3a0-02bb527bdd68', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-66db-700f-a3a0-02bce2788f29', 'Book 5', 15, '01a25213-638c-76f9-a212-b41282bd9522', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', NULL, '1970-06-01 12:00:00+00', 4, '\x3b692d767559f96ec35e8e95eb2f2d59ff5104be0ce078a49d3bb1e6beed1cbe', 1, 1752971133115955029, 5, '01a25213-66db-700f-a3a0-02bc0acf7a20', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-66db-700f-a3a0-02be33fff965', 'Book 6', 16, '01a25213-62ee-7df1-b366-d8cb7553e69a', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', '\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', '1971-06-01 12:00:00+00', 4.1, '\x98d9d7219f51845d11dbee7b9d250248c184a37bbef6d7433bf3086bdb3ebf10', 1, 1752971133115955029, 5, '01a25213-66db-700f-a3a0-02bdd5f7649e', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-66db-700f-a3a0-02bf29ed73dd', 'Book 7', 17, '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', NULL, '1972-06-01 12:00:00+00', 4.2, '\xb2d3309484360401d329bb9619f175557f83b54f1434d73449b292430e9b787a', 1, 1752971133115955029, 5, '01a25213-66db-700f-a3a0-02bebc53baf6', '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public."Books" VALUES ('01a25213-78bc-787a-b810-688370871d5a', 'Book 2 (2nd ed.) with a leaked name', 12, '01a25213-638c-76f9-a212-b41282bd9522', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', NULL, '1967-06-01 12:00:00+00', 3.7, '\x22cb9390684fe427579347302af5a72d801d9614b7bc050301ec94e6a32cf607', 17, 2205544225713995805, NULL, '01a25213-66db-700f-a3a0-02b8d0508e0a', '01a25213-7892-7cf6-8e19-e369d6a15a8e');
INSERT INTO public."Books" VALUES ('01a25213-7912-7492-b743-cb6d0c175261', 'Book 10 (reissue)', 15, '01a25213-62ee-7df1-b366-d8cb7553e69a', '\x20df8a2d5eb5d8aa33279be76df95176a47dc9d69c83c74ca0b43b0b75a43fa6', NULL, NULL, NULL, '\xfdffb248249560082498ed3224ec2f5eeaffed1d5976ad931814ed238ddb7fcb', 19, 2205544225713995805, NULL, '01a25213-66db-700f-a3a0-02c145e68ffb', '01a25213-790c-7a03-823f-d350ebac8456');
INSERT INTO public."Books" VALUES ('01a25213-795a-79d1-9f8c-4a81b3ab4fbf', 'Book 11', 21, '01a25213-638c-76f9-a212-b41282bd9522', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', NULL, '1976-06-01 12:00:00+00', 5, '\x409252e3cfb4d70f8f95060eb52d83532dc3e544cc20cf110e63586556194cc3', 21, 4157283908850586186, NULL, '01a25213-66db-700f-a3a0-02c236e68bd4', '01a25213-7954-740b-8f9b-a06be557b72e');
INSERT INTO public."Books" VALUES ('01a25213-6a3a-7b23-a8c4-18e22668b84f', '', 21, '01a25213-638c-76f9-a212-b41282bd9522', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', NULL, '1967-06-01 12:00:00+00', 3.7, '\xd8adc2c5fb1153b8d55dd4716f6c962f750377425c1368565838a7f8c04e7baa', 5, 569822027238746890, NULL, '01a25213-66db-700f-a3a0-02b8d0508e0a', '01a25213-6a26-7dcc-a253-604511108d2c');
INSERT INTO public."Books" VALUES ('01a25213-7b35-7951-8fb9-33953cace297', 'Book 0 (revised)', 9, '01a25213-62ee-7df1-b366-d8cb7553e69a', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', '\xe77317dc1f7abc8066621df2ecf9d690016c3e916ff12c3bbe1324c1338c5a25', '1965-06-01 12:00:00+00', NULL, '\x3da6c42991fd4dfaaa297df8c06e706dded92ef26a6e9a09127cdc8fe3a68000', 24, 2205544225713995805, NULL, '01a25213-66d7-7975-986e-a11d8f2c1b9d', '01a25213-7b17-7071-ad29-ec496a6ebc3f');
INSERT INTO public."Books" VALUES ('01a25213-7b69-740c-b785-9656846d80f6', 'Book 11', 11.5, '01a25213-638c-76f9-a212-b41282bd9522', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', NULL, '1976-06-01 12:00:00+00', 4.6, '\xf19706cbddb422d82dacd2b447ad225c36b8e8050ce2e1bf016d0728e9419ab6', 24, 2205544225713995805, NULL, '01a25213-66db-700f-a3a0-02c236e68bd4', '01a25213-7b17-7071-ad29-ec496a6ebc3f');
INSERT INTO public."Books" VALUES ('01a25213-7f8c-77de-9b6b-f5a01663e6ed', 'Book 11 (draft title)', 11.5, '01a25213-638c-76f9-a212-b41282bd9522', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', '\xf9e793e56bc86d28d178e8e92a189fc4eeeac5d2a8119199dadd00760aa8a820', '1976-06-01 12:00:00+00', 4.6, '\x39cff0459cebb79702b33e32c4194199cb625693d4ac2a1a5302551b93e1935c', 26, 3299549037726985423, NULL, '01a25213-66db-700f-a3a0-02c236e68bd4', '01a25213-7f4f-7cc2-98af-a2858eaf90dc');
INSERT INTO public."Books" VALUES ('01a25213-7ef6-7334-afa5-4d2a30a7fc96', 'Book 11', 11.5, '01a25213-638c-76f9-a212-b41282bd9522', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', '\xf9e793e56bc86d28d178e8e92a189fc4eeeac5d2a8119199dadd00760aa8a820', '1976-06-01 12:00:00+00', 4.6, '\x00b8ccfd13aa45f7254eee4c8c9d1c29d7ce3b3f3fe41a3a0e16dbfa98192fac', 25, 3299549037726985423, 26, '01a25213-66db-700f-a3a0-02c236e68bd4', '01a25213-7ee6-7ad1-91bf-90db21620aa0');
INSERT INTO public."Books" VALUES ('01a25213-7f25-7b72-b9c0-a1b850683745', 'Book 11 (draft title)', 11.5, '01a25213-638c-76f9-a212-b41282bd9522', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', '\xf9e793e56bc86d28d178e8e92a189fc4eeeac5d2a8119199dadd00760aa8a820', '1976-06-01 12:00:00+00', 4.6, '\xe67f74e5e04375e0a377a5185d2b685e7daee92c0fd4544c66cc162ce3c73d7d', 27, 4051201437206467816, NULL, '01a25213-66db-700f-a3a0-02c236e68bd4', '01a25213-7f1a-7583-b295-b1e0f7206cef');
INSERT INTO public."Books" VALUES ('01a25213-7f38-72c5-8184-638fcc494895', 'Book 0 (revised)', 9, '01a25213-62ee-7df1-b366-d8cb7553e69a', '\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', '\xe77317dc1f7abc8066621df2ecf9d690016c3e916ff12c3bbe1324c1338c5a25', '1965-06-01 12:00:00+00', 4.25, '\x22f3cd33d8dc2fad88d6e34a97344da52735cf3487cb6c38743665d877076f51', 27, 4051201437206467816, NULL, '01a25213-66d7-7975-986e-a11d8f2c1b9d', '01a25213-7f1a-7583-b295-b1e0f7206cef');
INSERT INTO public."Books" VALUES ('01a25213-809d-7295-8e8e-817157cdaf8b', 'Book 1', 26, '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', NULL, '1966-06-01 12:00:00+00', 3.6, '\xde6c924cfe5cbaf2df75c20a71d882715db41a7e92b2175b5227c695dadf4eb8', 25, 2205544225713995805, NULL, '01a25213-66db-700f-a3a0-02b85b354f61', '01a25213-8084-7bfd-90be-339b280fe330');
INSERT INTO public."Books" VALUES ('01a25213-80ff-743a-9548-6ee73b7232e3', 'Book 7', 7.5, '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', '\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', NULL, '1972-06-01 12:00:00+00', 4.5, '\x3cd681bc19f491ce4a252e89f47d4d14795608eb7be1654e067fce4ed17e1ebe', 25, 2205544225713995805, NULL, '01a25213-66db-700f-a3a0-02bebc53baf6', '01a25213-8084-7bfd-90be-339b280fe330');


--
-- Data for Name: Rates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Rates" VALUES ('01a25213-675c-7a7b-a3d8-a4571d83bd04', 'standard', 80, '\x80b0816d36eba3c104307c68270daa5a4a39723ba665a591e29b1d06c179a164', 2, 1752971133115955029, NULL, '01a25213-675c-7a7b-a3d8-a456be5ea295', '01a25213-674e-7007-805b-5bc70ac26460');
INSERT INTO public."Rates" VALUES ('01a25213-74ef-785d-a3a7-1448f5f18fb7', 'premium', 135, '\x8dde4dceab0c7cd076abba941a6104d82cdf511c69742b0695eb7062de9832bf', 13, 531229682969756330, NULL, '01a25213-6776-7f3c-bc7b-33c8c5f065ee', '01a25213-74e1-7395-8e00-6cf721a7f48f');
INSERT INTO public."Rates" VALUES ('01a25213-6776-7f3c-bc7b-33c99836b24c', 'premium', 120, '\x8d9c81a326914a12033ee68bf5f92754aeaf6fd0d78dda5dee28727542e4bbbe', 2, 1752971133115955029, 5, '01a25213-6776-7f3c-bc7b-33c8c5f065ee', '01a25213-674e-7007-805b-5bc70ac26460');


--
-- Data for Name: Revenues; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Revenues" VALUES ('01a25213-67a9-788f-bcb1-bbcadbe6f725', '01a25213-66d7-7975-986e-a11d8f2c1b9d', 2024, 1000, '\xa0b8a0e9ec8e3fa7f345189a6bc0ae8b615d926ce0cc2fa54c31d2981b14225d', 2, 1752971133115955029, NULL, '01a25213-67a9-788f-bcb1-bbca68cb2892', '01a25213-674e-7007-805b-5bc70ac26460');
INSERT INTO public."Revenues" VALUES ('01a25213-67b8-7fc4-bc4f-580ae949d2b8', '01a25213-66d7-7975-986e-a11d8f2c1b9d', 2025, 1200, '\x4814c0e2715afbe363e1c4e5893eb0972a8e67a8cee5f463f044a9f1ea19ea5b', 2, 1752971133115955029, NULL, '01a25213-67b8-7fc4-bc4f-580a8b5e817d', '01a25213-674e-7007-805b-5bc70ac26460');
INSERT INTO public."Revenues" VALUES ('01a25213-67c1-7d12-9c58-3900184d1068', '01a25213-66db-700f-a3a0-02b85b354f61', 2025, 300.25, '\x692481ecf53890977dac5e849836c43b47c5cf9f5663eb065fa2f32100d81291', 2, 1752971133115955029, NULL, '01a25213-67c1-7d12-9c58-38ff1f8480d3', '01a25213-674e-7007-805b-5bc70ac26460');
INSERT INTO public."Revenues" VALUES ('01a25213-67ca-734d-b4e0-51ca74a35bf4', '01a25213-66db-700f-a3a0-02bb527bdd68', 2025, 42, '\x9461479366490ca52eae062bf61814e11e00d70c7654f3c4294cf3942837369f', 2, 1752971133115955029, NULL, '01a25213-67ca-734d-b4e0-51ca4f4c49da', '01a25213-674e-7007-805b-5bc70ac26460');


--
-- Data for Name: Tags; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Tags" VALUES ('01a25213-639a-711a-815d-8e2200f58788', 'sf', '\x19304313381a7eca13dbd614b502a1b7b9e7dc29899d08c3efbc34ba7d7bf942', 0, 1752971133115955029, NULL, '01a25213-639a-711a-815d-8e21f25b4fa4', '01a25213-6280-7fe0-bcd8-68fe21340577');
INSERT INTO public."Tags" VALUES ('01a25213-63af-7cd9-8765-ebfb9d58ea75', 'classic', '\xcd1f04733d8693faa09d72bd3819c5fe4eeb9f05d41a35b5faa590e57fd7d74b', 0, 1752971133115955029, NULL, '01a25213-63af-7cd9-8765-ebfb344e9fb7', '01a25213-6280-7fe0-bcd8-68fe21340577');
INSERT INTO public."Tags" VALUES ('01a25213-63c1-73f8-ba61-07c586879086', 'award', '\xaee9476bdf9bb33dcb04bce05b087ced767d7b868e5f69ab110b3773b5431923', 0, 1752971133115955029, NULL, '01a25213-63c1-73f8-ba61-07c52aa2e20b', '01a25213-6280-7fe0-bcd8-68fe21340577');


--
-- Data for Name: versioner_changes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_changes VALUES ('01a25213-6280-7fe0-bcd8-68fe21340577', '01a25213-6368-7ca2-b14f-8bb4f8c8fba2', 'Author', '01a25213-6368-7ca2-b14f-8bb5f80dcb4c', false, '\xfdc30de34f16bb917d50594163746a4474849e81f39043c717454dfa0407481e', 1752971133115955029, 0, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6280-7fe0-bcd8-68fe21340577', '01a25213-639a-711a-815d-8e21f25b4fa4', 'Tag', '01a25213-639a-711a-815d-8e2200f58788', false, '\x19304313381a7eca13dbd614b502a1b7b9e7dc29899d08c3efbc34ba7d7bf942', 1752971133115955029, 0, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6280-7fe0-bcd8-68fe21340577', '01a25213-63af-7cd9-8765-ebfb344e9fb7', 'Tag', '01a25213-63af-7cd9-8765-ebfb9d58ea75', false, '\xcd1f04733d8693faa09d72bd3819c5fe4eeb9f05d41a35b5faa590e57fd7d74b', 1752971133115955029, 0, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6280-7fe0-bcd8-68fe21340577', '01a25213-63c1-73f8-ba61-07c52aa2e20b', 'Tag', '01a25213-63c1-73f8-ba61-07c586879086', false, '\xaee9476bdf9bb33dcb04bce05b087ced767d7b868e5f69ab110b3773b5431923', 1752971133115955029, 0, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66d7-7975-986e-a11d8f2c1b9d', 'Book', '01a25213-66d7-7975-986e-a11dc965a0b1', false, '\x470ae52a733fa3fa157c484fdb032a07081ec1260039d196f659839f09bb1c22', 1752971133115955029, 1, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66db-700f-a3a0-02c0b682822a', 'Book', '01a25213-66db-700f-a3a0-02c0fbe671e1', false, '\xcead41ab2354bbcda84c50d324085d798d7d8e0476c0010c2e93aee5bb94ed13', 1752971133115955029, 1, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66db-700f-a3a0-02c145e68ffb', 'Book', '01a25213-66db-700f-a3a0-02c1660caeb6', false, '\x2a928660291d08879b6d9b8a898667f5969d7e31c1ef7062f0b9c7816a42810e', 1752971133115955029, 1, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66db-700f-a3a0-02c236e68bd4', 'Book', '01a25213-66db-700f-a3a0-02c24692f532', false, '\xa8b2a04e8c68c22e13bc5b09154a71c7cd711fd519362306db370068c8550785', 1752971133115955029, 1, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-674e-7007-805b-5bc70ac26460', '01a25213-675c-7a7b-a3d8-a456be5ea295', 'Rate', '01a25213-675c-7a7b-a3d8-a4571d83bd04', false, '\x80b0816d36eba3c104307c68270daa5a4a39723ba665a591e29b1d06c179a164', 1752971133115955029, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-674e-7007-805b-5bc70ac26460', '01a25213-6785-72c7-a8f3-95f3411430df', 'Appointment', '01a25213-6785-72c7-a8f3-95f382d38610', false, '\xed5ae0d50bd21326f5893521e45049068e1a77439611fd2980f7f7afc33f8356', 1752971133115955029, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-674e-7007-805b-5bc70ac26460', '01a25213-6799-7e98-bfb9-a0284b80dba7', 'Appointment', '01a25213-6799-7e98-bfb9-a028c78165a1', false, '\x9138864b4907052a8206d23c87df5368d4416d0fc78424f87756f01b195c8351', 1752971133115955029, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-674e-7007-805b-5bc70ac26460', '01a25213-67a9-788f-bcb1-bbca68cb2892', 'Revenue', '01a25213-67a9-788f-bcb1-bbcadbe6f725', false, '\xa0b8a0e9ec8e3fa7f345189a6bc0ae8b615d926ce0cc2fa54c31d2981b14225d', 1752971133115955029, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-674e-7007-805b-5bc70ac26460', '01a25213-67b8-7fc4-bc4f-580a8b5e817d', 'Revenue', '01a25213-67b8-7fc4-bc4f-580ae949d2b8', false, '\x4814c0e2715afbe363e1c4e5893eb0972a8e67a8cee5f463f044a9f1ea19ea5b', 1752971133115955029, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-674e-7007-805b-5bc70ac26460', '01a25213-67c1-7d12-9c58-38ff1f8480d3', 'Revenue', '01a25213-67c1-7d12-9c58-3900184d1068', false, '\x692481ecf53890977dac5e849836c43b47c5cf9f5663eb065fa2f32100d81291', 1752971133115955029, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-674e-7007-805b-5bc70ac26460', '01a25213-67ca-734d-b4e0-51ca4f4c49da', 'Revenue', '01a25213-67ca-734d-b4e0-51ca74a35bf4', false, '\x9461479366490ca52eae062bf61814e11e00d70c7654f3c4294cf3942837369f', 1752971133115955029, 2, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-68c0-7ace-8319-10b49553f084', '01a25213-68bd-7238-99d0-a539023401ae', 'Invoice', '01a25213-68ef-7a68-ae56-c832765b8066', false, '\x164667f79325ca820268f6ad47f414121e2d500e5c08a9ca41591a71eb642c10', 1752971133115955029, 3, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6950-7227-99d6-1b34ea5ff738', '01a25213-66db-700f-a3a0-02b85b354f61', 'Book', '01a25213-69c8-7447-9c88-64d0f41b0dcc', false, '\xd539b0b1bba4cb5d732b67f2876aef5d8dc7ff051b88a486e3bd40995311d402', 569822027238746890, 4, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6950-7227-99d6-1b34ea5ff738', '01a25213-66db-700f-a3a0-02b8d0508e0a', 'Book', '01a25213-69e1-7b9b-b075-31db3056d1f6', false, '\x004f34fb6da73ef40c8e757f464a4f9d9c6e7c50acf39287bacd4c9d34a86698', 569822027238746890, 4, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-6a88-7c47-b89b-d00b05a8ad22', '01a25213-62ee-7df1-b366-d8cb7553e69a', 'Author', '01a25213-6a9a-7112-ae86-989045ec2bab', false, '\x16cb045a52d99b4ec996bdc9b0cb347df4751e46368852105cb94f37d245f36c', 967361960999769075, 4, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6ac9-73bc-b076-66ad102712e1', '01a25213-66db-700f-a3a0-02b85b354f61', 'Book', '01a25213-69c8-7447-9c88-64d0f41b0dcc', true, '\xd539b0b1bba4cb5d732b67f2876aef5d8dc7ff051b88a486e3bd40995311d402', 967361960999769075, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6d1f-7af4-8979-567244e9a8f2', '01a25213-66db-700f-a3a0-02b9dad988d6', 'Book', '01a25213-6d36-7beb-a7fc-c6023d2c397d', false, '\x495f9c2b14f3512b7536e121d60d9325a2974e8e0cde96ba4ceb1fdb3be0661b', 572647472582934459, 6, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6d1f-7af4-8979-567244e9a8f2', '01a25213-66db-700f-a3a0-02bb527bdd68', 'Book', '01a25213-6dfb-71de-90bd-9490a927e6eb', false, '\x0cc09273d6a88c3d909ff9798ce621b643be5076f89919b7baddb6cf800b9622', 572647472582934459, 6, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6fb9-762a-bee5-5b859661295e', '01a25213-66db-700f-a3a0-02b9dad988d6', 'Book', '01a25213-7068-7b03-b941-cb8cf02ccdc3', false, '\xf046473129e7a0cd55972e3eb0a39a49a46302a00eced1aec52cc6153e28da07', 967361960999769075, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6fb9-762a-bee5-5b859661295e', '01a25213-66db-700f-a3a0-02bb527bdd68', 'Book', '01a25213-7068-7b03-b941-cb8d18faf027', false, '\x3768be80c2ef9977361ad082621f379d2ba8e404c37d93d1e3f39d3f011ea57d', 967361960999769075, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6ed8-7d4b-b9d9-a82ab8b991aa', '01a25213-66db-700f-a3a0-02b9dad988d6', 'Book', '01a25213-6f10-7ca4-91a9-a19c848e1653', false, '\xc9b997cc95ecf4c680b96d308b2097eddbdcb125b4a44be99eba2f71df8a0f5f', 967361960999769075, 6, 7);
INSERT INTO public.versioner_changes VALUES ('01a25213-6ed8-7d4b-b9d9-a82ab8b991aa', '01a25213-66db-700f-a3a0-02bb527bdd68', 'Book', '01a25213-6f3c-7ada-be37-eb6a15e214eb', false, '\xc2c3b235bb02ceb82570e86c768c9a490e144adb7ff4e7b8b0234cfbd4bfd528', 967361960999769075, 6, 7);
INSERT INTO public.versioner_changes VALUES ('01a25213-70d4-7ead-adbd-ab4cdacfdd94', '01a25213-66db-700f-a3a0-02bc0acf7a20', 'Book', NULL, false, NULL, 390881811379202932, 8, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-70d4-7ead-adbd-ab4cdacfdd94', '01a25213-68bd-7238-99d0-a539264873f5', 'Invoice', NULL, false, NULL, 390881811379202932, 8, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-71c4-7e19-a086-9a07ea16f612', '01a25213-66db-700f-a3a0-02bc0acf7a20', 'Book', NULL, false, NULL, 967361960999769075, 8, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-71c4-7e19-a086-9a07ea16f612', '01a25213-68bd-7238-99d0-a539264873f5', 'Invoice', NULL, false, NULL, 967361960999769075, 8, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-72b0-761f-ba91-8db5b296dc2e', '01a25213-66db-700f-a3a0-02bdd5f7649e', 'Book', '01a25213-72c2-70e5-b562-00fdab35588e', false, '\x447c366bafc9d9464dee7f1458cea1f24079a6a4d7357c7b28505b694f7012ae', 3591199391897849880, 9, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7365-79bc-a552-9da69f28e251', '01a25213-66db-700f-a3a0-02bdd5f7649e', 'Book', '01a25213-73b4-750e-8dd5-071a948ed17b', false, '\xb80a04eb5f72e49c539e3575c3da48582fa37075466b34bf16897fe6a5a1f9d2', 967361960999769075, 10, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-72f5-7da0-a6be-0e664b2e0235', '01a25213-66db-700f-a3a0-02bdd5f7649e', 'Book', '01a25213-730c-732e-a152-347cd33f350f', false, '\x6f1e65853280889eff1f0a9f353aab29289a138d5ab2226b2b767d74ddab2fac', 967361960999769075, 9, 10);
INSERT INTO public.versioner_changes VALUES ('01a25213-7449-7660-a573-d97af095498a', '01a25213-68bd-7238-99d0-a538e163f350', 'Invoice', '01a25213-7450-747c-a0ff-30ee958be589', false, '\xd988ed11aa25ea93b105543f52f6e558a6815bfc2f80e2d5bb1d84bd0da106e6', 158747857504354442, 11, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7497-7e8e-b970-405353c46aea', '01a25213-68bd-7238-99d0-a538e163f350', 'Invoice', '01a25213-74c1-780e-822d-203177cc9e0e', false, '\xc871a9e411f8e2d47aecb4e28ce269833c8e84a3eef75aa492606e58a6cb7324', 967361960999769075, 12, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-746c-7235-a100-9b3ba7b50e1b', '01a25213-68bd-7238-99d0-a538e163f350', 'Invoice', '01a25213-7475-76f2-9b8a-7740acded5d8', false, '\xc07c34ef3a7d55d7b4d7ad7aaf0dc6034c20c4f6704d4849da3468278b1c1ba7', 967361960999769075, 11, 12);
INSERT INTO public.versioner_changes VALUES ('01a25213-74e1-7395-8e00-6cf721a7f48f', '01a25213-6776-7f3c-bc7b-33c8c5f065ee', 'Rate', '01a25213-74ef-785d-a3a7-1448f5f18fb7', false, '\x8dde4dceab0c7cd076abba941a6104d82cdf511c69742b0695eb7062de9832bf', 531229682969756330, 13, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-74e1-7395-8e00-6cf721a7f48f', '01a25213-74f8-7fe2-acad-45cc8ce75d2d', 'Appointment', '01a25213-74f8-7fe2-acad-45cccf882202', false, '\x3e67ae9f0e46070e782f53ea339f5487b87ccf4f404bda3b58e070504002a5c7', 531229682969756330, 13, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-751e-7c4a-a0cc-c40fe5cb6126', '01a25213-6776-7f3c-bc7b-33c8c5f065ee', 'Rate', '01a25213-74ef-785d-a3a7-1448f5f18fb7', true, '\x8dde4dceab0c7cd076abba941a6104d82cdf511c69742b0695eb7062de9832bf', 967361960999769075, 13, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-751e-7c4a-a0cc-c40fe5cb6126', '01a25213-74f8-7fe2-acad-45cc8ce75d2d', 'Appointment', '01a25213-74f8-7fe2-acad-45cccf882202', true, '\x3e67ae9f0e46070e782f53ea339f5487b87ccf4f404bda3b58e070504002a5c7', 967361960999769075, 13, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7594-784a-ace9-3d75f4034ed5', '01a25213-66db-700f-a3a0-02bebc53baf6', 'Book', '01a25213-759b-7921-bb5b-56d1a2399fe9', false, '\x4e52d9f53179514bee792e0cb7918256858ecc13512bd16961d81c24d6fe4794', 2205544225713995805, 14, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7604-7adc-95c7-e639ebb1a4f8', '01a25213-66db-700f-a3a0-02bf9afa27b3', 'Book', '01a25213-760a-7717-9d72-2d47ce275388', false, '\x0751861cd932c76b7cb0fe11114621baf287a67a26c786203a814de07f94d711', 1752971133115955029, 4, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66db-700f-a3a0-02bf9afa27b3', 'Book', '01a25213-66db-700f-a3a0-02bfe6efb150', false, '\x1a2c661f166b41d3c9c99efa9863d7bd64e5c84bcc104a26c6a9e36712635179', 1752971133115955029, 1, 4);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-62ee-7df1-b366-d8cb7553e69a', 'Author', '01a25213-6a9a-7112-ae86-989045ec2bab', true, '\x16cb045a52d99b4ec996bdc9b0cb347df4751e46368852105cb94f37d245f36c', 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6a26-7dcc-a253-604511108d2c', '01a25213-66db-700f-a3a0-02b8d0508e0a', 'Book', '01a25213-6a3a-7b23-a8c4-18e22668b84f', false, '\xd8adc2c5fb1153b8d55dd4716f6c962f750377425c1368565838a7f8c04e7baa', 569822027238746890, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6ac9-73bc-b076-66ad102712e1', '01a25213-66db-700f-a3a0-02b8d0508e0a', 'Book', '01a25213-6a3a-7b23-a8c4-18e22668b84f', true, '\xd8adc2c5fb1153b8d55dd4716f6c962f750377425c1368565838a7f8c04e7baa', 967361960999769075, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6280-7fe0-bcd8-68fe21340577', '01a25213-638c-76f9-a212-b41282bd9522', 'Author', '01a25213-638d-7468-bd28-e2dfcc689702', false, '\x5ef12379f1126f4e0876a25622086f4d1169e869ddd8d170aca44c2b26810d92', 1752971133115955029, 0, 6);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-66db-700f-a3a0-02b85b354f61', 'Book', '01a25213-69c8-7447-9c88-64d0f41b0dcc', true, '\xd539b0b1bba4cb5d732b67f2876aef5d8dc7ff051b88a486e3bd40995311d402', 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-66db-700f-a3a0-02b9dad988d6', 'Book', '01a25213-7068-7b03-b941-cb8cf02ccdc3', true, '\xf046473129e7a0cd55972e3eb0a39a49a46302a00eced1aec52cc6153e28da07', 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-66db-700f-a3a0-02bb527bdd68', 'Book', '01a25213-7068-7b03-b941-cb8d18faf027', true, '\x3768be80c2ef9977361ad082621f379d2ba8e404c37d93d1e3f39d3f011ea57d', 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-66db-700f-a3a0-02bc0acf7a20', 'Book', NULL, false, NULL, 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-66db-700f-a3a0-02bdd5f7649e', 'Book', '01a25213-73b4-750e-8dd5-071a948ed17b', true, '\xb80a04eb5f72e49c539e3575c3da48582fa37075466b34bf16897fe6a5a1f9d2', 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-66db-700f-a3a0-02bebc53baf6', 'Book', '01a25213-759b-7921-bb5b-56d1a2399fe9', true, '\x4e52d9f53179514bee792e0cb7918256858ecc13512bd16961d81c24d6fe4794', 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-6776-7f3c-bc7b-33c8c5f065ee', 'Rate', '01a25213-74ef-785d-a3a7-1448f5f18fb7', true, '\x8dde4dceab0c7cd076abba941a6104d82cdf511c69742b0695eb7062de9832bf', 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-68bd-7238-99d0-a538e163f350', 'Invoice', '01a25213-74c1-780e-822d-203177cc9e0e', true, '\xc871a9e411f8e2d47aecb4e28ce269833c8e84a3eef75aa492606e58a6cb7324', 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-68bd-7238-99d0-a539264873f5', 'Invoice', NULL, false, NULL, 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-74f8-7fe2-acad-45cc8ce75d2d', 'Appointment', '01a25213-74f8-7fe2-acad-45cccf882202', true, '\x3e67ae9f0e46070e782f53ea339f5487b87ccf4f404bda3b58e070504002a5c7', 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-6280-7fe0-bcd8-68fe21340577', '01a25213-62ee-7df1-b366-d8cb7553e69a', 'Author', '01a25213-62f4-7ae6-bbfb-1cb2820b9b5d', false, '\xe3593e0f3f42b3ae193d5917f0f45a4e62ef22e8c9340ef9fc75c10212588ac2', 1752971133115955029, 0, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66db-700f-a3a0-02b85b354f61', 'Book', '01a25213-66db-700f-a3a0-02b8a1858969', false, '\xb0bccd8b04d92235b93165f7304e3d25e2066075ef5c1f084f60f64f00acd83d', 1752971133115955029, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66db-700f-a3a0-02b8d0508e0a', 'Book', '01a25213-66db-700f-a3a0-02b9827c00d3', false, '\xd366f3f18040caf828f006bb04c96a92ebb561bcdd53c74cec2a490b9404a1fc', 1752971133115955029, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66db-700f-a3a0-02b9dad988d6', 'Book', '01a25213-66db-700f-a3a0-02baa0b59889', false, '\x359d9ad967d285f6c0963ded654210d4170e4c49165b0162dd5d947f3471cff2', 1752971133115955029, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66db-700f-a3a0-02bb527bdd68', 'Book', '01a25213-66db-700f-a3a0-02bb5fda0e31', false, '\x219e0b433a32375d28cbaa6c5936bfabb245d01097418430e9e02911305125bf', 1752971133115955029, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66db-700f-a3a0-02bc0acf7a20', 'Book', '01a25213-66db-700f-a3a0-02bce2788f29', false, '\x3b692d767559f96ec35e8e95eb2f2d59ff5104be0ce078a49d3bb1e6beed1cbe', 1752971133115955029, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66db-700f-a3a0-02bdd5f7649e', 'Book', '01a25213-66db-700f-a3a0-02be33fff965', false, '\x98d9d7219f51845d11dbee7b9d250248c184a37bbef6d7433bf3086bdb3ebf10', 1752971133115955029, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '01a25213-66db-700f-a3a0-02bebc53baf6', 'Book', '01a25213-66db-700f-a3a0-02bf29ed73dd', false, '\xb2d3309484360401d329bb9619f175557f83b54f1434d73449b292430e9b787a', 1752971133115955029, 1, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-674e-7007-805b-5bc70ac26460', '01a25213-6776-7f3c-bc7b-33c8c5f065ee', 'Rate', '01a25213-6776-7f3c-bc7b-33c99836b24c', false, '\x8d9c81a326914a12033ee68bf5f92754aeaf6fd0d78dda5dee28727542e4bbbe', 1752971133115955029, 2, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-68c0-7ace-8319-10b49553f084', '01a25213-68bd-7238-99d0-a538e163f350', 'Invoice', '01a25213-68dc-7de4-806f-c576874b3dd2', false, '\x0785c61a3301ab05a7b6fe4f480acd146c7c795b4ed213429f9f5fdf3ed10618', 1752971133115955029, 3, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-68c0-7ace-8319-10b49553f084', '01a25213-68bd-7238-99d0-a539264873f5', 'Invoice', '01a25213-68f9-72e0-9e42-598df0d6a779', false, '\xb502b1d5a33028b5f969162bc8ae9a21f3009b2d57b92f21abf8da839b936701', 1752971133115955029, 3, 5);
INSERT INTO public.versioner_changes VALUES ('01a25213-7831-785d-b964-57d3ee607cfb', '01a25213-66db-700f-a3a0-02c0b682822a', 'Book', '01a25213-66db-700f-a3a0-02c0fbe671e1', true, '\xcead41ab2354bbcda84c50d324085d798d7d8e0476c0010c2e93aee5bb94ed13', 2205544225713995805, 16, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-775e-7e82-9452-92be9706f556', '01a25213-66db-700f-a3a0-02c0b682822a', 'Book', NULL, false, NULL, 2205544225713995805, 15, 16);
INSERT INTO public.versioner_changes VALUES ('01a25213-7892-7cf6-8e19-e369d6a15a8e', '01a25213-66db-700f-a3a0-02b85b354f61', 'Book', '01a25213-66db-700f-a3a0-02b8a1858969', true, '\xb0bccd8b04d92235b93165f7304e3d25e2066075ef5c1f084f60f64f00acd83d', 2205544225713995805, 17, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7892-7cf6-8e19-e369d6a15a8e', '01a25213-66db-700f-a3a0-02b8d0508e0a', 'Book', '01a25213-78bc-787a-b810-688370871d5a', false, '\x22cb9390684fe427579347302af5a72d801d9614b7bc050301ec94e6a32cf607', 2205544225713995805, 17, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-790c-7a03-823f-d350ebac8456', '01a25213-66db-700f-a3a0-02c145e68ffb', 'Book', '01a25213-7912-7492-b743-cb6d0c175261', false, '\xfdffb248249560082498ed3224ec2f5eeaffed1d5976ad931814ed238ddb7fcb', 2205544225713995805, 19, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-78e3-7c93-82c3-6bb5bbad7388', '01a25213-66db-700f-a3a0-02c145e68ffb', 'Book', NULL, false, NULL, 2205544225713995805, 18, 19);
INSERT INTO public.versioner_changes VALUES ('01a25213-792f-71e1-a18d-92932fd3f712', '01a25213-638c-76f9-a212-b41282bd9522', 'Author', '01a25213-7934-7423-896f-add5923f2e6f', false, '\x143e67ca0646d0cfad3a11dff455172a82680d0157f586ae24d7893888c21a58', 4157283908850586186, 20, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7954-740b-8f9b-a06be557b72e', '01a25213-66db-700f-a3a0-02c236e68bd4', 'Book', '01a25213-795a-79d1-9f8c-4a81b3ab4fbf', false, '\x409252e3cfb4d70f8f95060eb52d83532dc3e544cc20cf110e63586556194cc3', 4157283908850586186, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7972-70ab-a946-460cffb8380e', '01a25213-638c-76f9-a212-b41282bd9522', 'Author', '01a25213-7934-7423-896f-add5923f2e6f', true, '\x143e67ca0646d0cfad3a11dff455172a82680d0157f586ae24d7893888c21a58', 2205544225713995805, 20, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a00-7a73-90ff-38dc229e489f', '01a25213-79f6-76bd-930c-dc27721bb0c3', 'Reading', '01a25213-7a27-7ea6-baf7-0a3d73beef35', false, '\x55ac526a90485ae0b1ca50649f03a308952b066cbf0c5c98e6d69b8328df78f6', 2708998479743065614, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a00-7a73-90ff-38dc229e489f', '01a25213-79f6-76bd-930c-dc27d208d1f5', 'Reading', '01a25213-7a28-7c83-8313-c5ee9dfbd043', false, '\xb5820b2c7380ae182b812203390da5aa9b27e7516d4fd1cbfdab79222db0ee10', 2708998479743065614, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a00-7a73-90ff-38dc229e489f', '01a25213-79f6-76bd-930c-dc285fdd1863', 'Reading', '01a25213-7a29-78dd-b00b-14dc1a4d0914', false, '\x8fa0a17274af26b2430d99ee5adc7383df5f1d9798569a80da4f9bd1c9d82d23', 2708998479743065614, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a34-7fbb-93ee-fb16102ca57d', '01a25213-79f6-76bd-930c-dc259c42b559', 'Reading', '01a25213-7a41-7e56-bc98-c83391c6e0b5', false, '\xb0c5593b2304ffb6d488f5d690703de278ab8b7e34557c7541caeb59426887bb', 2708998479743065614, 22, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a34-7fbb-93ee-fb16102ca57d', '01a25213-79f6-76bd-930c-dc267b2cde51', 'Reading', '01a25213-7a41-7e56-bc98-c834792014d3', false, '\x2589e36c5bc35106a9ae6dd42c539056ddb904e59d5cdcd33b88d8c75f7b390d', 2708998479743065614, 22, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a34-7fbb-93ee-fb16102ca57d', '01a25213-79f6-76bd-930c-dc28b2943eb7', 'Reading', NULL, false, NULL, 2708998479743065614, 22, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a00-7a73-90ff-38dc229e489f', '01a25213-79f6-76bd-930c-dc259c42b559', 'Reading', '01a25213-7a1c-74b4-afeb-9d2b2c848486', false, '\x859ad2e3562588d7890cbff0caaa60e970088d00d43b23815613f3299d9008e7', 2708998479743065614, 21, 22);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a00-7a73-90ff-38dc229e489f', '01a25213-79f6-76bd-930c-dc267b2cde51', 'Reading', '01a25213-7a20-77a7-b772-8a4b3b4ad57a', false, '\x80264ae65da331ece71b747889167cb4573d69731f08d185e4a1b2244f1259ca', 2708998479743065614, 21, 22);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a00-7a73-90ff-38dc229e489f', '01a25213-79f6-76bd-930c-dc28b2943eb7', 'Reading', '01a25213-7a2b-7438-9ab1-e5b6844d09ba', false, '\xe39f4aed631ebae6f202a40e9eb52368a71d6f8a4afc7f05085e5c9ae5d62673', 2708998479743065614, 21, 22);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a5d-7034-85ed-810a44a306f8', '01a25213-79f6-76bd-930c-dc259c42b559', 'Reading', '01a25213-7a41-7e56-bc98-c83391c6e0b5', true, '\xb0c5593b2304ffb6d488f5d690703de278ab8b7e34557c7541caeb59426887bb', 2205544225713995805, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a5d-7034-85ed-810a44a306f8', '01a25213-79f6-76bd-930c-dc267b2cde51', 'Reading', '01a25213-7a41-7e56-bc98-c834792014d3', true, '\x2589e36c5bc35106a9ae6dd42c539056ddb904e59d5cdcd33b88d8c75f7b390d', 2205544225713995805, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a5d-7034-85ed-810a44a306f8', '01a25213-79f6-76bd-930c-dc27721bb0c3', 'Reading', '01a25213-7a27-7ea6-baf7-0a3d73beef35', true, '\x55ac526a90485ae0b1ca50649f03a308952b066cbf0c5c98e6d69b8328df78f6', 2205544225713995805, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a5d-7034-85ed-810a44a306f8', '01a25213-79f6-76bd-930c-dc27d208d1f5', 'Reading', '01a25213-7a28-7c83-8313-c5ee9dfbd043', true, '\xb5820b2c7380ae182b812203390da5aa9b27e7516d4fd1cbfdab79222db0ee10', 2205544225713995805, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7a5d-7034-85ed-810a44a306f8', '01a25213-79f6-76bd-930c-dc285fdd1863', 'Reading', '01a25213-7a29-78dd-b00b-14dc1a4d0914', true, '\x8fa0a17274af26b2430d99ee5adc7383df5f1d9798569a80da4f9bd1c9d82d23', 2205544225713995805, 21, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7ad7-7d5f-ba8c-f630d678499e', '01a25213-66db-700f-a3a0-02bf9afa27b3', 'Book', '01a25213-760a-7717-9d72-2d47ce275388', true, '\x0751861cd932c76b7cb0fe11114621baf287a67a26c786203a814de07f94d711', 2205544225713995805, 22, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7ba8-7ceb-927a-7ed14979c87f', '01a25213-7b19-778f-b028-cb1468536f2d', 'Author', '01a25213-7b19-778f-b028-cb155bda7ccc', false, '\x24d40ecf19982a540bfce3eb84b8fe65ae43d46d32703e3c7ff28ef203fb7536', 2205544225713995805, 23, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '01a25213-66db-700f-a3a0-02b8d0508e0a', 'Book', '01a25213-6a3a-7b23-a8c4-18e22668b84f', true, '\xd8adc2c5fb1153b8d55dd4716f6c962f750377425c1368565838a7f8c04e7baa', 1752971133115955029, 5, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7b17-7071-ad29-ec496a6ebc3f', '01a25213-66d7-7975-986e-a11d8f2c1b9d', 'Book', '01a25213-7b35-7951-8fb9-33953cace297', false, '\x3da6c42991fd4dfaaa297df8c06e706dded92ef26a6e9a09127cdc8fe3a68000', 2205544225713995805, 24, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7b17-7071-ad29-ec496a6ebc3f', '01a25213-66db-700f-a3a0-02c236e68bd4', 'Book', '01a25213-7b69-740c-b785-9656846d80f6', false, '\xf19706cbddb422d82dacd2b447ad225c36b8e8050ce2e1bf016d0728e9419ab6', 2205544225713995805, 24, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7ba8-7ceb-927a-7ed14979c87f', '01a25213-66d7-7975-986e-a11d8f2c1b9d', 'Book', '01a25213-7c00-7abe-b814-9d9de55a9b2c', false, '\x42bb5c99e270565021a8a64a4f46d20332df53797d8083d012e64ade7e7eeb36', 2205544225713995805, 23, 24);
INSERT INTO public.versioner_changes VALUES ('01a25213-7f4f-7cc2-98af-a2858eaf90dc', '01a25213-66db-700f-a3a0-02c236e68bd4', 'Book', '01a25213-7f8c-77de-9b6b-f5a01663e6ed', false, '\x39cff0459cebb79702b33e32c4194199cb625693d4ac2a1a5302551b93e1935c', 3299549037726985423, 26, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7ee6-7ad1-91bf-90db21620aa0', '01a25213-66db-700f-a3a0-02c236e68bd4', 'Book', '01a25213-7ef6-7334-afa5-4d2a30a7fc96', false, '\x00b8ccfd13aa45f7254eee4c8c9d1c29d7ce3b3f3fe41a3a0e16dbfa98192fac', 3299549037726985423, 25, 26);
INSERT INTO public.versioner_changes VALUES ('01a25213-7f1a-7583-b295-b1e0f7206cef', '01a25213-66db-700f-a3a0-02c236e68bd4', 'Book', '01a25213-7f25-7b72-b9c0-a1b850683745', false, '\xe67f74e5e04375e0a377a5185d2b685e7daee92c0fd4544c66cc162ce3c73d7d', 4051201437206467816, 27, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7f1a-7583-b295-b1e0f7206cef', '01a25213-66d7-7975-986e-a11d8f2c1b9d', 'Book', '01a25213-7f38-72c5-8184-638fcc494895', false, '\x22f3cd33d8dc2fad88d6e34a97344da52735cf3487cb6c38743665d877076f51', 4051201437206467816, 27, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-7fc6-726b-9df5-46323d206c26', '01a25213-638c-76f9-a212-b41282bd9522', 'Author', '01a25213-7fd1-7281-9be0-468cd5ae8ce6', false, '\x39677c218fa2d14a626c81adebe52b382c0c6f51340281645435c87bfa5cf8de', 1752971133115955029, 6, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-8018-77d8-bd28-f1fa6e0e0517', '01a25213-66db-700f-a3a0-02b85b354f61', 'Book', '01a25213-66db-700f-a3a0-02b8a1858969', true, '\xb0bccd8b04d92235b93165f7304e3d25e2066075ef5c1f084f60f64f00acd83d', 1752971133115955029, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-8018-77d8-bd28-f1fa6e0e0517', '01a25213-66db-700f-a3a0-02b8d0508e0a', 'Book', '01a25213-78bc-787a-b810-688370871d5a', true, '\x22cb9390684fe427579347302af5a72d801d9614b7bc050301ec94e6a32cf607', 1752971133115955029, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-8018-77d8-bd28-f1fa6e0e0517', '01a25213-66db-700f-a3a0-02c145e68ffb', 'Book', '01a25213-7912-7492-b743-cb6d0c175261', true, '\xfdffb248249560082498ed3224ec2f5eeaffed1d5976ad931814ed238ddb7fcb', 1752971133115955029, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-8018-77d8-bd28-f1fa6e0e0517', '01a25213-66db-700f-a3a0-02c236e68bd4', 'Book', '01a25213-795a-79d1-9f8c-4a81b3ab4fbf', true, '\x409252e3cfb4d70f8f95060eb52d83532dc3e544cc20cf110e63586556194cc3', 1752971133115955029, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-8018-77d8-bd28-f1fa6e0e0517', '01a25213-638c-76f9-a212-b41282bd9522', 'Author', '01a25213-8071-7b42-af62-218f2839962e', false, '\xdc320c6e046ccdc960befb1455902c7be5b2e01d40321dafc8419669863b85d7', 1752971133115955029, 7, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-8084-7bfd-90be-339b280fe330', '01a25213-66db-700f-a3a0-02b85b354f61', 'Book', '01a25213-809d-7295-8e8e-817157cdaf8b', false, '\xde6c924cfe5cbaf2df75c20a71d882715db41a7e92b2175b5227c695dadf4eb8', 2205544225713995805, 25, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-8084-7bfd-90be-339b280fe330', '01a25213-80c8-747b-b06d-93e7604a42a3', 'Author', '01a25213-80c8-747b-b06d-93e7af64115a', false, '\xa0d022b4dcc381c20cc4a7ae643f4cee706fe2cccbf4e000473658db7462cb82', 2205544225713995805, 25, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-8084-7bfd-90be-339b280fe330', '01a25213-67ca-734d-b4e0-51ca4f4c49da', 'Revenue', NULL, false, NULL, 2205544225713995805, 25, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-8084-7bfd-90be-339b280fe330', '01a25213-66db-700f-a3a0-02bebc53baf6', 'Book', '01a25213-80ff-743a-9548-6ee73b7232e3', false, '\x3cd681bc19f491ce4a252e89f47d4d14795608eb7be1654e067fce4ed17e1ebe', 2205544225713995805, 25, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-8084-7bfd-90be-339b280fe330', '01a25213-8104-784d-943c-533cbe3a4a3e', 'Invoice', '01a25213-810a-7f67-9cd3-ea79f73e545a', false, '\xd4824e945d0b47e419ff344f8371e0be795fde1580a898c1c458e24e95e3bdff', 2205544225713995805, 25, NULL);
INSERT INTO public.versioner_changes VALUES ('01a25213-8084-7bfd-90be-339b280fe330', '01a25213-68bd-7238-99d0-a539023401ae', 'Invoice', NULL, false, NULL, 2205544225713995805, 25, NULL);


--
-- Data for Name: versioner_commit_parents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_commit_parents VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', 0, '01a25213-6280-7fe0-bcd8-68fe21340577');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-674e-7007-805b-5bc70ac26460', 0, '01a25213-6678-7573-8db2-fc8ba76f8454');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-68c0-7ace-8319-10b49553f084', 0, '01a25213-674e-7007-805b-5bc70ac26460');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-6950-7227-99d6-1b34ea5ff738', 0, '01a25213-68c0-7ace-8319-10b49553f084');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-6a26-7dcc-a253-604511108d2c', 0, '01a25213-6950-7227-99d6-1b34ea5ff738');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-6a88-7c47-b89b-d00b05a8ad22', 0, '01a25213-68c0-7ace-8319-10b49553f084');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-6ac9-73bc-b076-66ad102712e1', 0, '01a25213-6a88-7c47-b89b-d00b05a8ad22');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-6ac9-73bc-b076-66ad102712e1', 1, '01a25213-6a26-7dcc-a253-604511108d2c');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-6d1f-7af4-8979-567244e9a8f2', 0, '01a25213-6ac9-73bc-b076-66ad102712e1');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-6ed8-7d4b-b9d9-a82ab8b991aa', 0, '01a25213-6ac9-73bc-b076-66ad102712e1');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-6fb9-762a-bee5-5b859661295e', 0, '01a25213-6ed8-7d4b-b9d9-a82ab8b991aa');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-6fb9-762a-bee5-5b859661295e', 1, '01a25213-6d1f-7af4-8979-567244e9a8f2');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-70d4-7ead-adbd-ab4cdacfdd94', 0, '01a25213-6fb9-762a-bee5-5b859661295e');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-71c4-7e19-a086-9a07ea16f612', 0, '01a25213-6fb9-762a-bee5-5b859661295e');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-71c4-7e19-a086-9a07ea16f612', 1, '01a25213-70d4-7ead-adbd-ab4cdacfdd94');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-72b0-761f-ba91-8db5b296dc2e', 0, '01a25213-71c4-7e19-a086-9a07ea16f612');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-72f5-7da0-a6be-0e664b2e0235', 0, '01a25213-71c4-7e19-a086-9a07ea16f612');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7365-79bc-a552-9da69f28e251', 0, '01a25213-72f5-7da0-a6be-0e664b2e0235');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7365-79bc-a552-9da69f28e251', 1, '01a25213-72b0-761f-ba91-8db5b296dc2e');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7449-7660-a573-d97af095498a', 0, '01a25213-7365-79bc-a552-9da69f28e251');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-746c-7235-a100-9b3ba7b50e1b', 0, '01a25213-7365-79bc-a552-9da69f28e251');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7497-7e8e-b970-405353c46aea', 0, '01a25213-746c-7235-a100-9b3ba7b50e1b');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7497-7e8e-b970-405353c46aea', 1, '01a25213-7449-7660-a573-d97af095498a');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-74e1-7395-8e00-6cf721a7f48f', 0, '01a25213-7497-7e8e-b970-405353c46aea');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-751e-7c4a-a0cc-c40fe5cb6126', 0, '01a25213-7497-7e8e-b970-405353c46aea');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-751e-7c4a-a0cc-c40fe5cb6126', 1, '01a25213-74e1-7395-8e00-6cf721a7f48f');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7594-784a-ace9-3d75f4034ed5', 0, '01a25213-751e-7c4a-a0cc-c40fe5cb6126');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7604-7adc-95c7-e639ebb1a4f8', 0, '01a25213-68c0-7ace-8319-10b49553f084');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', 0, '01a25213-7604-7adc-95c7-e639ebb1a4f8');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', 1, '01a25213-7594-784a-ace9-3d75f4034ed5');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-775e-7e82-9452-92be9706f556', 0, '01a25213-7594-784a-ace9-3d75f4034ed5');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7831-785d-b964-57d3ee607cfb', 0, '01a25213-775e-7e82-9452-92be9706f556');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7892-7cf6-8e19-e369d6a15a8e', 0, '01a25213-7831-785d-b964-57d3ee607cfb');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-78e3-7c93-82c3-6bb5bbad7388', 0, '01a25213-7892-7cf6-8e19-e369d6a15a8e');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-790c-7a03-823f-d350ebac8456', 0, '01a25213-78e3-7c93-82c3-6bb5bbad7388');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-792f-71e1-a18d-92932fd3f712', 0, '01a25213-790c-7a03-823f-d350ebac8456');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7954-740b-8f9b-a06be557b72e', 0, '01a25213-792f-71e1-a18d-92932fd3f712');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7972-70ab-a946-460cffb8380e', 0, '01a25213-790c-7a03-823f-d350ebac8456');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7a00-7a73-90ff-38dc229e489f', 0, '01a25213-7972-70ab-a946-460cffb8380e');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7a34-7fbb-93ee-fb16102ca57d', 0, '01a25213-7a00-7a73-90ff-38dc229e489f');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7a55-7fb6-b393-490417c3c2c8', 0, '01a25213-7a34-7fbb-93ee-fb16102ca57d');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7a5d-7034-85ed-810a44a306f8', 0, '01a25213-7972-70ab-a946-460cffb8380e');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7a5d-7034-85ed-810a44a306f8', 1, '01a25213-7a34-7fbb-93ee-fb16102ca57d');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7ad7-7d5f-ba8c-f630d678499e', 0, '01a25213-7a5d-7034-85ed-810a44a306f8');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7ad7-7d5f-ba8c-f630d678499e', 1, '01a25213-7648-771f-91aa-9a96824ce9a6');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7ba8-7ceb-927a-7ed14979c87f', 0, '01a25213-7ad7-7d5f-ba8c-f630d678499e');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7b17-7071-ad29-ec496a6ebc3f', 0, '01a25213-7ba8-7ceb-927a-7ed14979c87f');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7ee6-7ad1-91bf-90db21620aa0', 0, '01a25213-7b17-7071-ad29-ec496a6ebc3f');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7f4f-7cc2-98af-a2858eaf90dc', 0, '01a25213-7ee6-7ad1-91bf-90db21620aa0');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7f1a-7583-b295-b1e0f7206cef', 0, '01a25213-7f4f-7cc2-98af-a2858eaf90dc');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-7fc6-726b-9df5-46323d206c26', 0, '01a25213-7648-771f-91aa-9a96824ce9a6');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-8018-77d8-bd28-f1fa6e0e0517', 0, '01a25213-7fc6-726b-9df5-46323d206c26');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-8018-77d8-bd28-f1fa6e0e0517', 1, '01a25213-7954-740b-8f9b-a06be557b72e');
INSERT INTO public.versioner_commit_parents VALUES ('01a25213-8084-7bfd-90be-339b280fe330', 0, '01a25213-7b17-7071-ad29-ec496a6ebc3f');


--
-- Data for Name: versioner_commits; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_commits VALUES ('01a25213-6280-7fe0-bcd8-68fe21340577', 1, '\x75960d9c250392fee4c2e57537871ca7982688d0058f55748ff141a69bc9dc19', 'tester', 'catalogue: authors and tags', 1767323105000000, 1752971133115955029, 0, 0, 1, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', 1, '\x0b15bb092c47d139274113a6485c254449ed94556fff8e1ce3fde351949d397b', 'ada', 'catalogue: books', 1767323165000000, 1752971133115955029, 1, 1, 2, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-674e-7007-805b-5bc70ac26460', 1, '\x89cf8e050a5ac81970642bea3b6d0cd7c097453219e0f1d60a81fe28785aa292', 'ada', 'rates, appointments and revenues', 1767323225000000, 1752971133115955029, 2, 2, 3, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-68c0-7ace-8319-10b49553f084', 1, '\x60118915f390e41bb04f7714ccfa69d65bfc1d8c0a1ff0903c702174ba50b00a', 'ada', 'invoices', 1767323285000000, 1752971133115955029, 3, 3, 4, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-6950-7227-99d6-1b34ea5ff738', 1, '\x6126f712e104950180dc525b078bdea6dd27513c111500839687c439e57476e0', 'bob', 'reprice books 1 and 2', 1767323345000000, 569822027238746890, 4, 4, 5, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7604-7adc-95c7-e639ebb1a4f8', 1, '\x2e5f6104b83b6ba47228488f977aa05e13a99dca4cf3f6c2fb8683800a776f9c', 'tester', 'release: fix book 8 title', 1767324485000000, 1752971133115955029, 4, 4, 23, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7a55-7fb6-b393-490417c3c2c8', 0, NULL, '', '', 0, 2708998479743065614, 23, 26, NULL, 'ingest');
INSERT INTO public.versioner_commits VALUES ('01a25213-6a26-7dcc-a253-604511108d2c', 1, '\x9a4637ce66651ab59da97a7c2d66a4b7576d54f467925379a5b7b9f36cfbcc99', 'bob', 'retitle book 2', 1767323405000000, 569822027238746890, 5, 5, 6, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-6a88-7c47-b89b-d00b05a8ad22', 1, '\x188c3cdab4782773cc882cfd2818353aab324f2bc34b891ae132db2a825c2f8f', 'ada', '[message redacted]', 1767323465000000, 967361960999769075, 4, 4, 7, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7954-740b-8f9b-a06be557b72e', 1, '\xf8245f53d9fd4d62b7ede90e3d7868c59edc32355583f31af1e60011806be70b', 'tester', 'exp: rate book 11', 1767324965000000, 4157283908850586186, 21, 24, 31, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-751e-7c4a-a0cc-c40fe5cb6126', 1, '\x0307894f92f5ef36f6c3a6d19aced7565324daa496768c04f5fa068b2e9a3ec6', 'ada', 'Merge pr-rates into main', 1767324305000000, 967361960999769075, 13, 16, 21, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7594-784a-ace9-3d75f4034ed5', 1, '\x5662927d3a1a251e7ae4aecd5438a28242c916d4d2b102e6c29efcf15a57aa63', 'tester', 'hotfix: book 7 price', 1767324365000000, 2205544225713995805, 14, 17, 22, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-6ac9-73bc-b076-66ad102712e1', 1, '\xd4a8fdf064f364d182ac3c53db3f425362b6437129e40a7621188dafb8c72dea', 'ada', 'Merge pr-prices into main', 1767323525000000, 967361960999769075, 5, 6, 8, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-6d1f-7af4-8979-567244e9a8f2', 1, '\xd64b0580a60c0f9a7ede5a552e41b6e8be659ac9ab52c1f783b7cc31ad25c98d', 'bob', 'award tags', 1767323585000000, 572647472582934459, 6, 7, 9, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-6ed8-7d4b-b9d9-a82ab8b991aa', 1, '\x7b6512bc84c453b7306ab4589c73f3e6e656f5c7468885c0142b479e36d3a3d7', 'ada', 'book 3 price, book 4 classic', 1767323645000000, 967361960999769075, 6, 7, 10, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7972-70ab-a946-460cffb8380e', 1, '\x3eecbb9c3f59728bcd8aa328b473833b1131cc524a9f332fb186cc2b0dc8f052', 'tester', 'exp: rename Butler

(cherry picked from commit 7eb2a0b1dba505fb08f51678a0cceb4b8ddc05034d6687da6276b4adfb2f7784)', 1767325025000000, 2205544225713995805, 20, 23, 32, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-6fb9-762a-bee5-5b859661295e', 1, '\x837a549d785eab3faa5a52197630018610fe03c5f451240b548d5f90a950df05', 'ada', 'Merge pr-tags into main', 1767323705000000, 967361960999769075, 7, 8, 11, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', 1, '\x6d73345fa1c120d3f320b5daf2b67408ec32788cbc55e23f40ca8df252089d46', 'ada', 'Merge main into release', 1767324545000000, 1752971133115955029, 5, 18, 24, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-70d4-7ead-adbd-ab4cdacfdd94', 1, '\x09267a090d3a1652f8caa61d23f8ead401deba078ca4c1a3e13ee80f7a73ec07', 'bob', 'remove book 5 and invoice 3', 1767323765000000, 390881811379202932, 8, 9, 12, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-71c4-7e19-a086-9a07ea16f612', 1, '\x29b1602c8157eff0b903bcf12692f11ed8246acf094dc56966be54e1fcaf897d', 'ada', 'Merge pr-remove into main', 1767323825000000, 967361960999769075, 8, 10, 13, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-72b0-761f-ba91-8db5b296dc2e', 1, '\xb95b32670cd40fd4e964b6af264c2678182e45470b6d7e6c4a9edeb27c8958a9', 'bob', 'book 6 theirs', 1767323885000000, 3591199391897849880, 9, 11, 14, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-775e-7e82-9452-92be9706f556', 1, '\x5d9d35944bd4b63634e2c44baa64d45a78a612ddbda71419f17d89e9bf007bed', 'ada', 'remove book 9', 1767324605000000, 2205544225713995805, 15, 18, 25, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-72f5-7da0-a6be-0e664b2e0235', 1, '\x91682af01ce5f6ecc4457ac9468daf8d3056bfbe9e7738b67106eabecaa53a6a', 'ada', 'book 6 ours', 1767323945000000, 967361960999769075, 9, 11, 15, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7365-79bc-a552-9da69f28e251', 1, '\xbe77ed72d74eb82de1a1b7bc57626421e9a48db645e8eb6c0ec4c0d822dbc1d7', 'ada', 'merge pr-conflict, theirs', 1767324005000000, 967361960999769075, 10, 12, 16, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7a00-7a73-90ff-38dc229e489f', 1, '\x0ea70ce9613e9fa30d1675eef1aa78b8704fc3033eac5f96eb34c27d078c8554', 'gateway', 'readings 1', 1767325085000000, 2708998479743065614, 21, 24, 33, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7449-7660-a573-d97af095498a', 1, '\x8f1fe17be06f367fea64eb62a5eaad723702000733efae5d6b4da11d1118652f', 'bob', 'invoice 1 paid', 1767324065000000, 158747857504354442, 11, 13, 17, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7831-785d-b964-57d3ee607cfb', 1, '\xe65bd7bafbc6962e7abb02297432232815c6dd031529bc402adf2aeffc05ce83', 'ada', 'Revert "remove book 9"

This reverts commit f9c422f841423198cdca425a977e0868f1214c2c6db2ec86bed1c7912ced12c8.', 1767324665000000, 2205544225713995805, 16, 19, 26, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-746c-7235-a100-9b3ba7b50e1b', 1, '\x0b3144004f11e654f95a0ccdbd33ed6595d58b663d4929e664464b1b3522335b', 'ada', 'invoice 1 total', 1767324125000000, 967361960999769075, 11, 13, 18, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7497-7e8e-b970-405353c46aea', 1, '\x6ba0be8b4504f93272d0f8eb2d1d096016b914de6264c2e35f2b72a7c7a15a35', 'ada', 'Merge pr-docs into main', 1767324185000000, 967361960999769075, 12, 14, 19, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-74e1-7395-8e00-6cf721a7f48f', 1, '\xb648455e0b6900b045422ca9c85393eefd56e6ab09db406c8cd2064021671f2d', 'bob', 'raise premium, book an appointment at it', 1767324245000000, 531229682969756330, 13, 15, 20, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7892-7cf6-8e19-e369d6a15a8e', 1, '\x0b53619b8795638e49a3a5e0d6b797c0fd7639b93519beadfc62f1e620b99cbd', 'ada', 'Revert "reprice books 1 and 2"

This reverts commit 6126f712e104950180dc525b078bdea6dd27513c111500839687c439e57476e0.', 1767324725000000, 2205544225713995805, 17, 20, 27, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7a34-7fbb-93ee-fb16102ca57d', 1, '\xa747a06a0a90336b6fb05ac36d36a2e361614e4725b3236b046bfee1401cb11d', 'gateway', 'readings 2', 1767325145000000, 2708998479743065614, 22, 25, 34, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-78e3-7c93-82c3-6bb5bbad7388', 1, '\xffbc7525492ac93aa7b79adc36d2474e24f1294b81cbe09dff508f12607f24b3', 'ada', 'retire book 10', 1767324785000000, 2205544225713995805, 18, 21, 28, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-790c-7a03-823f-d350ebac8456', 1, '\x4b88dd6e3618e664d25a34d858194bcf18de52bc5924795239ac3c608fa580b2', 'ada', 'reissue book 10', 1767324845000000, 2205544225713995805, 19, 22, 29, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-792f-71e1-a18d-92932fd3f712', 1, '\xd3d349a463f742dbabebb71c78fa1a1116e9bd3385bd586c670199542e756315', 'tester', 'exp: rename Butler', 1767324905000000, 4157283908850586186, 20, 23, 30, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7a5d-7034-85ed-810a44a306f8', 1, '\x4e7c304c637e0b54f7673b21fa961bc8fc1b09736039714d3308f44ede16c66a', 'ada', 'Merge ingest into main', 1767325205000000, 2205544225713995805, 21, 26, 35, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7ba8-7ceb-927a-7ed14979c87f', 1, '\xc181963605c5835883823fcf3937e96af057e6394b56602c374054607b0ed0f8', 'ada', 'staged: Banks and book 0''s title', 1767325325000000, 2205544225713995805, 23, 28, 37, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7ad7-7d5f-ba8c-f630d678499e', 1, '\x68593bce4eb609a703d93fdec4baa504823e136de700d0815aa343134c2e24ba', 'ada', 'Merge release into main', 1767325265000000, 2205544225713995805, 22, 27, 36, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7b17-7071-ad29-ec496a6ebc3f', 1, '\x69267b5402d672bbdc0d466043627b851005fa17a1a031d81d6bc36a98384a77', 'ada', 'the rest: prices', 1767325385000000, 2205544225713995805, 24, 29, 38, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7ee6-7ad1-91bf-90db21620aa0', 1, '\x134b219d994ff6528012e75bdea7401e5d28ae00db326fbc356181cccec674df', 'tester', 'draft: book 11 blurb', 1767325625000000, 3299549037726985423, 25, 30, 39, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7f1a-7583-b295-b1e0f7206cef', 0, NULL, '', '', 0, 4051201437206467816, 27, 32, NULL, 'pr-draft');
INSERT INTO public.versioner_commits VALUES ('01a25213-7f4f-7cc2-98af-a2858eaf90dc', 1, '\x86b70e459c0520fc7a1584809e57c33c5ada02d9599e5ff8646c8c542c825c09', 'bob', 'draft: retitle book 11', 1767325685000000, 3299549037726985423, 26, 31, 40, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-7fc6-726b-9df5-46323d206c26', 1, '\x54de9a839e64ff2546dfade145bedc059d29334000195e39a02b06330a440ff6', 'tester', 'release: Butler''s display name', 1767325745000000, 1752971133115955029, 6, 19, 41, NULL);
INSERT INTO public.versioner_commits VALUES ('01a25213-8018-77d8-bd28-f1fa6e0e0517', 0, NULL, '', '', 0, 1752971133115955029, 7, 20, NULL, 'release');
INSERT INTO public.versioner_commits VALUES ('01a25213-8084-7bfd-90be-339b280fe330', 0, NULL, '', '', 0, 2205544225713995805, 25, 30, NULL, 'main');


--
-- Data for Name: versioner_documents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_documents VALUES ('01a25213-68ef-7a68-ae56-c832765b8066', '01a25213-68bd-7238-99d0-a539023401ae', '01a25213-68c0-7ace-8319-10b49553f084', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-2","status":"open","total":110}', 1752971133115955029, 3, NULL, '\x164667f79325ca820268f6ad47f414121e2d500e5c08a9ca41591a71eb642c10');
INSERT INTO public.versioner_documents VALUES ('01a25213-7450-747c-a0ff-30ee958be589', '01a25213-68bd-7238-99d0-a538e163f350', '01a25213-7449-7660-a573-d97af095498a', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-1","status":"paid","total":100}', 158747857504354442, 11, NULL, '\xd988ed11aa25ea93b105543f52f6e558a6815bfc2f80e2d5bb1d84bd0da106e6');
INSERT INTO public.versioner_documents VALUES ('01a25213-74c1-780e-822d-203177cc9e0e', '01a25213-68bd-7238-99d0-a538e163f350', '01a25213-7497-7e8e-b970-405353c46aea', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-1","status":"paid","total":130}', 967361960999769075, 12, NULL, '\xc871a9e411f8e2d47aecb4e28ce269833c8e84a3eef75aa492606e58a6cb7324');
INSERT INTO public.versioner_documents VALUES ('01a25213-68dc-7de4-806f-c576874b3dd2', '01a25213-68bd-7238-99d0-a538e163f350', '01a25213-68c0-7ace-8319-10b49553f084', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-1","status":"open","total":100}', 1752971133115955029, 3, 5, '\x0785c61a3301ab05a7b6fe4f480acd146c7c795b4ed213429f9f5fdf3ed10618');
INSERT INTO public.versioner_documents VALUES ('01a25213-68f9-72e0-9e42-598df0d6a779', '01a25213-68bd-7238-99d0-a539264873f5', '01a25213-68c0-7ace-8319-10b49553f084', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-3","status":"open","total":120}', 1752971133115955029, 3, 5, '\xb502b1d5a33028b5f969162bc8ae9a21f3009b2d57b92f21abf8da839b936701');
INSERT INTO public.versioner_documents VALUES ('01a25213-7a27-7ea6-baf7-0a3d73beef35', '01a25213-79f6-76bd-930c-dc27721bb0c3', '01a25213-7a00-7a73-90ff-38dc229e489f', 'Reading', '{"celsius":20.5,"sensor":"s2"}', 2708998479743065614, 21, NULL, '\x55ac526a90485ae0b1ca50649f03a308952b066cbf0c5c98e6d69b8328df78f6');
INSERT INTO public.versioner_documents VALUES ('01a25213-7a28-7c83-8313-c5ee9dfbd043', '01a25213-79f6-76bd-930c-dc27d208d1f5', '01a25213-7a00-7a73-90ff-38dc229e489f', 'Reading', '{"celsius":21.5,"sensor":"s3"}', 2708998479743065614, 21, NULL, '\xb5820b2c7380ae182b812203390da5aa9b27e7516d4fd1cbfdab79222db0ee10');
INSERT INTO public.versioner_documents VALUES ('01a25213-7a29-78dd-b00b-14dc1a4d0914', '01a25213-79f6-76bd-930c-dc285fdd1863', '01a25213-7a00-7a73-90ff-38dc229e489f', 'Reading', '{"celsius":22.5,"sensor":"s4"}', 2708998479743065614, 21, NULL, '\x8fa0a17274af26b2430d99ee5adc7383df5f1d9798569a80da4f9bd1c9d82d23');
INSERT INTO public.versioner_documents VALUES ('01a25213-7a41-7e56-bc98-c83391c6e0b5', '01a25213-79f6-76bd-930c-dc259c42b559', '01a25213-7a34-7fbb-93ee-fb16102ca57d', 'Reading', '{"celsius":21,"sensor":"s0"}', 2708998479743065614, 22, NULL, '\xb0c5593b2304ffb6d488f5d690703de278ab8b7e34557c7541caeb59426887bb');
INSERT INTO public.versioner_documents VALUES ('01a25213-7a41-7e56-bc98-c834792014d3', '01a25213-79f6-76bd-930c-dc267b2cde51', '01a25213-7a34-7fbb-93ee-fb16102ca57d', 'Reading', '{"celsius":22,"note":"recalibrated","sensor":"s1"}', 2708998479743065614, 22, NULL, '\x2589e36c5bc35106a9ae6dd42c539056ddb904e59d5cdcd33b88d8c75f7b390d');
INSERT INTO public.versioner_documents VALUES ('01a25213-7a2b-7438-9ab1-e5b6844d09ba', '01a25213-79f6-76bd-930c-dc28b2943eb7', '01a25213-7a00-7a73-90ff-38dc229e489f', 'Reading', '{"celsius":23.5,"sensor":"s5"}', 2708998479743065614, 21, 22, '\xe39f4aed631ebae6f202a40e9eb52368a71d6f8a4afc7f05085e5c9ae5d62673');
INSERT INTO public.versioner_documents VALUES ('01a25213-810a-7f67-9cd3-ea79f73e545a', '01a25213-8104-784d-943c-533cbe3a4a3e', '01a25213-8084-7bfd-90be-339b280fe330', 'Invoice', '{"customer":"Acme","lines":[{"item":"books","qty":3}],"number":"INV-4","status":"draft","total":55}', 2205544225713995805, 25, NULL, '\xd4824e945d0b47e419ff344f8371e0be795fde1580a898c1c458e24e95e3bdff');


--
-- Data for Name: versioner_entities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_entities VALUES ('01a25213-62ee-7df1-b366-d8cb7553e69a', 'Author');
INSERT INTO public.versioner_entities VALUES ('01a25213-6368-7ca2-b14f-8bb4f8c8fba2', 'Author');
INSERT INTO public.versioner_entities VALUES ('01a25213-638c-76f9-a212-b41282bd9522', 'Author');
INSERT INTO public.versioner_entities VALUES ('01a25213-639a-711a-815d-8e21f25b4fa4', 'Tag');
INSERT INTO public.versioner_entities VALUES ('01a25213-63af-7cd9-8765-ebfb344e9fb7', 'Tag');
INSERT INTO public.versioner_entities VALUES ('01a25213-63c1-73f8-ba61-07c52aa2e20b', 'Tag');
INSERT INTO public.versioner_entities VALUES ('01a25213-66d7-7975-986e-a11d8f2c1b9d', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-66db-700f-a3a0-02b85b354f61', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-66db-700f-a3a0-02b8d0508e0a', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-66db-700f-a3a0-02b9dad988d6', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-66db-700f-a3a0-02bb527bdd68', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-66db-700f-a3a0-02bc0acf7a20', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-66db-700f-a3a0-02bdd5f7649e', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-66db-700f-a3a0-02bebc53baf6', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-66db-700f-a3a0-02bf9afa27b3', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-66db-700f-a3a0-02c0b682822a', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-66db-700f-a3a0-02c145e68ffb', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-66db-700f-a3a0-02c236e68bd4', 'Book');
INSERT INTO public.versioner_entities VALUES ('01a25213-675c-7a7b-a3d8-a456be5ea295', 'Rate');
INSERT INTO public.versioner_entities VALUES ('01a25213-6776-7f3c-bc7b-33c8c5f065ee', 'Rate');
INSERT INTO public.versioner_entities VALUES ('01a25213-6785-72c7-a8f3-95f3411430df', 'Appointment');
INSERT INTO public.versioner_entities VALUES ('01a25213-6799-7e98-bfb9-a0284b80dba7', 'Appointment');
INSERT INTO public.versioner_entities VALUES ('01a25213-67a9-788f-bcb1-bbca68cb2892', 'Revenue');
INSERT INTO public.versioner_entities VALUES ('01a25213-67b8-7fc4-bc4f-580a8b5e817d', 'Revenue');
INSERT INTO public.versioner_entities VALUES ('01a25213-67c1-7d12-9c58-38ff1f8480d3', 'Revenue');
INSERT INTO public.versioner_entities VALUES ('01a25213-67ca-734d-b4e0-51ca4f4c49da', 'Revenue');
INSERT INTO public.versioner_entities VALUES ('01a25213-68bd-7238-99d0-a538e163f350', 'Invoice');
INSERT INTO public.versioner_entities VALUES ('01a25213-68bd-7238-99d0-a539023401ae', 'Invoice');
INSERT INTO public.versioner_entities VALUES ('01a25213-68bd-7238-99d0-a539264873f5', 'Invoice');
INSERT INTO public.versioner_entities VALUES ('01a25213-74f8-7fe2-acad-45cc8ce75d2d', 'Appointment');
INSERT INTO public.versioner_entities VALUES ('01a25213-79f6-76bd-930c-dc259c42b559', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a25213-79f6-76bd-930c-dc267b2cde51', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a25213-79f6-76bd-930c-dc27721bb0c3', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a25213-79f6-76bd-930c-dc27d208d1f5', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a25213-79f6-76bd-930c-dc285fdd1863', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a25213-79f6-76bd-930c-dc28b2943eb7', 'Reading');
INSERT INTO public.versioner_entities VALUES ('01a25213-7b19-778f-b028-cb1468536f2d', 'Author');
INSERT INTO public.versioner_entities VALUES ('01a25213-80c8-747b-b06d-93e7604a42a3', 'Author');
INSERT INTO public.versioner_entities VALUES ('01a25213-8104-784d-943c-533cbe3a4a3e', 'Invoice');


--
-- Data for Name: versioner_maintenance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: versioner_manifests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_manifests VALUES ('01a25213-6280-7fe0-bcd8-68fe21340577', '\x01a2521362f47ae6bbfb1cb2820b9b5d01a2521363687ca2b14f8bb5f80dcb4c01a25213638d7468bd28e2dfcc68970201a25213639a711a815d8e2200f5878801a2521363af7cd98765ebfb9d58ea7501a2521363c173f8ba6107c586879086');
INSERT INTO public.versioner_manifests VALUES ('01a25213-6678-7573-8db2-fc8ba76f8454', '\x01a2521366d77975986ea11dc965a0b101a2521366db700fa3a002b8a185896901a2521366db700fa3a002b9827c00d301a2521366db700fa3a002baa0b5988901a2521366db700fa3a002bb5fda0e3101a2521366db700fa3a002bce2788f2901a2521366db700fa3a002be33fff96501a2521366db700fa3a002bf29ed73dd01a2521366db700fa3a002bfe6efb15001a2521366db700fa3a002c0fbe671e101a2521366db700fa3a002c1660caeb601a2521366db700fa3a002c24692f532');
INSERT INTO public.versioner_manifests VALUES ('01a25213-674e-7007-805b-5bc70ac26460', '\x01a25213675c7a7ba3d8a4571d83bd0401a2521367767f3cbc7b33c99836b24c01a25213678572c7a8f395f382d3861001a2521367997e98bfb9a028c78165a101a2521367a9788fbcb1bbcadbe6f72501a2521367b87fc4bc4f580ae949d2b801a2521367c17d129c583900184d106801a2521367ca734db4e051ca74a35bf4');
INSERT INTO public.versioner_manifests VALUES ('01a25213-68c0-7ace-8319-10b49553f084', '\x01a2521368dc7de4806fc576874b3dd201a2521368ef7a68ae56c832765b806601a2521368f972e09e42598df0d6a779');
INSERT INTO public.versioner_manifests VALUES ('01a25213-6950-7227-99d6-1b34ea5ff738', '\x01a2521369c874479c8864d0f41b0dcc01a2521369e17b9bb07531db3056d1f6');
INSERT INTO public.versioner_manifests VALUES ('01a25213-6a26-7dcc-a253-604511108d2c', '\x01a252136a3a7b23a8c418e22668b84f');
INSERT INTO public.versioner_manifests VALUES ('01a25213-6a88-7c47-b89b-d00b05a8ad22', '\x01a252136a9a7112ae86989045ec2bab');
INSERT INTO public.versioner_manifests VALUES ('01a25213-6ac9-73bc-b076-66ad102712e1', '\x01a2521369c874479c8864d0f41b0dcc01a252136a3a7b23a8c418e22668b84f');
INSERT INTO public.versioner_manifests VALUES ('01a25213-6d1f-7af4-8979-567244e9a8f2', '\x01a252136d367beba7fcc6023d2c397d01a252136dfb71de90bd9490a927e6eb');
INSERT INTO public.versioner_manifests VALUES ('01a25213-6ed8-7d4b-b9d9-a82ab8b991aa', '\x01a252136f107ca491a9a19c848e165301a252136f3c7adabe37eb6a15e214eb');
INSERT INTO public.versioner_manifests VALUES ('01a25213-6fb9-762a-bee5-5b859661295e', '\x01a2521370687b03b941cb8cf02ccdc301a2521370687b03b941cb8d18faf027');
INSERT INTO public.versioner_manifests VALUES ('01a25213-70d4-7ead-adbd-ab4cdacfdd94', '\x01a2521366db700fa3a002bc0acf7a2001a2521368bd723899d0a539264873f5');
INSERT INTO public.versioner_manifests VALUES ('01a25213-71c4-7e19-a086-9a07ea16f612', '\x01a2521366db700fa3a002bc0acf7a2001a2521368bd723899d0a539264873f5');
INSERT INTO public.versioner_manifests VALUES ('01a25213-72b0-761f-ba91-8db5b296dc2e', '\x01a2521372c270e5b56200fdab35588e');
INSERT INTO public.versioner_manifests VALUES ('01a25213-72f5-7da0-a6be-0e664b2e0235', '\x01a25213730c732ea152347cd33f350f');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7365-79bc-a552-9da69f28e251', '\x01a2521373b4750e8dd5071a948ed17b');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7449-7660-a573-d97af095498a', '\x01a252137450747ca0ff30ee958be589');
INSERT INTO public.versioner_manifests VALUES ('01a25213-746c-7235-a100-9b3ba7b50e1b', '\x01a25213747576f29b8a7740acded5d8');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7497-7e8e-b970-405353c46aea', '\x01a2521374c1780e822d203177cc9e0e');
INSERT INTO public.versioner_manifests VALUES ('01a25213-74e1-7395-8e00-6cf721a7f48f', '\x01a2521374ef785da3a71448f5f18fb701a2521374f87fe2acad45cccf882202');
INSERT INTO public.versioner_manifests VALUES ('01a25213-751e-7c4a-a0cc-c40fe5cb6126', '\x01a2521374ef785da3a71448f5f18fb701a2521374f87fe2acad45cccf882202');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7594-784a-ace9-3d75f4034ed5', '\x01a25213759b7921bb5b56d1a2399fe9');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7604-7adc-95c7-e639ebb1a4f8', '\x01a25213760a77179d722d47ce275388');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7648-771f-91aa-9a96824ce9a6', '\x01a2521366db700fa3a002bc0acf7a2001a2521368bd723899d0a539264873f501a2521369c874479c8864d0f41b0dcc01a252136a3a7b23a8c418e22668b84f01a252136a9a7112ae86989045ec2bab01a2521370687b03b941cb8cf02ccdc301a2521370687b03b941cb8d18faf02701a2521373b4750e8dd5071a948ed17b01a2521374c1780e822d203177cc9e0e01a2521374ef785da3a71448f5f18fb701a2521374f87fe2acad45cccf88220201a25213759b7921bb5b56d1a2399fe9');
INSERT INTO public.versioner_manifests VALUES ('01a25213-775e-7e82-9452-92be9706f556', '\x01a2521366db700fa3a002c0b682822a');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7831-785d-b964-57d3ee607cfb', '\x01a2521366db700fa3a002c0fbe671e1');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7892-7cf6-8e19-e369d6a15a8e', '\x01a2521366db700fa3a002b8a185896901a2521378bc787ab810688370871d5a');
INSERT INTO public.versioner_manifests VALUES ('01a25213-78e3-7c93-82c3-6bb5bbad7388', '\x01a2521366db700fa3a002c145e68ffb');
INSERT INTO public.versioner_manifests VALUES ('01a25213-790c-7a03-823f-d350ebac8456', '\x01a2521379127492b743cb6d0c175261');
INSERT INTO public.versioner_manifests VALUES ('01a25213-792f-71e1-a18d-92932fd3f712', '\x01a2521379347423896fadd5923f2e6f');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7954-740b-8f9b-a06be557b72e', '\x01a25213795a79d19f8c4a81b3ab4fbf');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7972-70ab-a946-460cffb8380e', '\x01a2521379347423896fadd5923f2e6f');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7a00-7a73-90ff-38dc229e489f', '\x01a252137a1c74b4afeb9d2b2c84848601a252137a2077a7b7728a4b3b4ad57a01a252137a277ea6baf70a3d73beef3501a252137a287c838313c5ee9dfbd04301a252137a2978ddb00b14dc1a4d091401a252137a2b74389ab1e5b6844d09ba');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7a34-7fbb-93ee-fb16102ca57d', '\x01a2521379f676bd930cdc28b2943eb701a252137a417e56bc98c83391c6e0b501a252137a417e56bc98c834792014d3');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7a5d-7034-85ed-810a44a306f8', '\x01a252137a277ea6baf70a3d73beef3501a252137a287c838313c5ee9dfbd04301a252137a2978ddb00b14dc1a4d091401a252137a417e56bc98c83391c6e0b501a252137a417e56bc98c834792014d3');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7ad7-7d5f-ba8c-f630d678499e', '\x01a25213760a77179d722d47ce275388');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7ba8-7ceb-927a-7ed14979c87f', '\x01a252137b19778fb028cb155bda7ccc01a252137c007abeb8149d9de55a9b2c');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7b17-7071-ad29-ec496a6ebc3f', '\x01a252137b3579518fb933953cace29701a252137b69740cb7859656846d80f6');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7ee6-7ad1-91bf-90db21620aa0', '\x01a252137ef67334afa54d2a30a7fc96');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7f4f-7cc2-98af-a2858eaf90dc', '\x01a252137f8c77de9b6bf5a01663e6ed');
INSERT INTO public.versioner_manifests VALUES ('01a25213-7fc6-726b-9df5-46323d206c26', '\x01a252137fd172819be0468cd5ae8ce6');


--
-- Data for Name: versioner_merge_conflicts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_merge_conflicts VALUES ('01a25213-8018-77d8-bd28-f1fa6e0e0517', '01a25213-638c-76f9-a212-b41282bd9522', 'Name', 'Author', 0, '01a25213-638d-7468-bd28-e2dfcc689702', '01a25213-7fd1-7281-9be0-468cd5ae8ce6', '01a25213-7934-7423-896f-add5923f2e6f');


--
-- Data for Name: versioner_meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_meta VALUES ('format', '6');
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
INSERT INTO public.versioner_meta VALUES ('database_id', 'f5b5e26e-40d2-4521-9ff1-09e86a506a3c');


--
-- Data for Name: versioner_pointer_members; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_pointer_members VALUES ('\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', '01a25213-639a-711a-815d-8e21f25b4fa4');
INSERT INTO public.versioner_pointer_members VALUES ('\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', '01a25213-639a-711a-815d-8e21f25b4fa4');
INSERT INTO public.versioner_pointer_members VALUES ('\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', '01a25213-63af-7cd9-8765-ebfb344e9fb7');
INSERT INTO public.versioner_pointer_members VALUES ('\x0bc52c986e5a9012d8eee41b04302ebcc5489d6258d1a1c6415ab76fe7b749c4', '01a25213-639a-711a-815d-8e21f25b4fa4');
INSERT INTO public.versioner_pointer_members VALUES ('\x0bc52c986e5a9012d8eee41b04302ebcc5489d6258d1a1c6415ab76fe7b749c4', '01a25213-63af-7cd9-8765-ebfb344e9fb7');
INSERT INTO public.versioner_pointer_members VALUES ('\x0bc52c986e5a9012d8eee41b04302ebcc5489d6258d1a1c6415ab76fe7b749c4', '01a25213-63c1-73f8-ba61-07c52aa2e20b');
INSERT INTO public.versioner_pointer_members VALUES ('\x56aed8d94d451acf1a8470275faf108f247001dbee5855d181003256e156bc6d', '01a25213-639a-711a-815d-8e21f25b4fa4');
INSERT INTO public.versioner_pointer_members VALUES ('\x56aed8d94d451acf1a8470275faf108f247001dbee5855d181003256e156bc6d', '01a25213-63c1-73f8-ba61-07c52aa2e20b');
INSERT INTO public.versioner_pointer_members VALUES ('\x20df8a2d5eb5d8aa33279be76df95176a47dc9d69c83c74ca0b43b0b75a43fa6', '01a25213-63af-7cd9-8765-ebfb344e9fb7');


--
-- Data for Name: versioner_pointers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_pointers VALUES ('\xe77317dc1f7abc8066621df2ecf9d690016c3e916ff12c3bbe1324c1338c5a25', 2, '\x53656e74656e63652030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e');
INSERT INTO public.versioner_pointers VALUES ('\x447abee63fd953659d044ea5ebc26bd6c71c13f42a97da93cba8000df85ad955', 1, '\x0000000101a25213639a711a815d8e21f25b4fa4');
INSERT INTO public.versioner_pointers VALUES ('\x55bfccf20a338c3fcf098bbb9fa769318406f0521f317e8443cc781f3dcbc49b', 1, '\x0000000201a25213639a711a815d8e21f25b4fa401a2521363af7cd98765ebfb344e9fb7');
INSERT INTO public.versioner_pointers VALUES ('\x0aeb3788fd7b2e7af5e77f0d9ddc440ec17b0c588cefb3c2e1a155eb2e5025df', 2, '\x426c7572622033');
INSERT INTO public.versioner_pointers VALUES ('\x04ed7e178f99665368c7cdc8562c7745a8c478731e239881732a2b4447fffecb', 2, '\x426c7572622036');
INSERT INTO public.versioner_pointers VALUES ('\x9aef966aaca8a97e3e67bcb6e3ac830651bfe80da6257373d874650b9a4fbf92', 2, '\x426c7572622039');
INSERT INTO public.versioner_pointers VALUES ('\x0bc52c986e5a9012d8eee41b04302ebcc5489d6258d1a1c6415ab76fe7b749c4', 1, '\x0000000301a25213639a711a815d8e21f25b4fa401a2521363af7cd98765ebfb344e9fb701a2521363c173f8ba6107c52aa2e20b');
INSERT INTO public.versioner_pointers VALUES ('\x56aed8d94d451acf1a8470275faf108f247001dbee5855d181003256e156bc6d', 1, '\x0000000201a25213639a711a815d8e21f25b4fa401a2521363c173f8ba6107c52aa2e20b');
INSERT INTO public.versioner_pointers VALUES ('\x20df8a2d5eb5d8aa33279be76df95176a47dc9d69c83c74ca0b43b0b75a43fa6', 1, '\x0000000101a2521363af7cd98765ebfb344e9fb7');
INSERT INTO public.versioner_pointers VALUES ('\xf9e793e56bc86d28d178e8e92a189fc4eeeac5d2a8119199dadd00760aa8a820', 2, '\x53656e74656e63652030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e63652039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e6365203939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520313939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520323939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333030206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333031206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333032206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333033206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333034206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333035206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333036206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333037206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333038206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333039206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333130206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333131206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333132206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333133206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333134206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333135206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333136206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333137206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333138206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333139206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333230206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333231206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333232206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333233206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333234206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333235206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333236206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333237206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333238206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333239206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333330206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333331206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333332206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333333206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333334206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333335206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333336206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333337206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333338206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333339206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333430206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333431206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333432206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333433206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333434206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333435206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333436206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333437206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333438206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333439206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333530206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333531206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333532206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333533206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333534206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333535206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333536206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333537206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333538206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333539206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333630206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333631206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333632206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333633206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333634206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333635206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333636206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333637206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333638206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333639206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333730206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333731206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333732206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333733206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333734206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333735206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333736206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333737206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333738206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333739206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333830206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333831206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333832206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333833206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333834206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333835206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333836206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333837206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333838206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333839206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333930206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333931206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333932206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333933206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333934206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333935206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333936206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333937206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333938206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e2053656e74656e636520333939206f66206120626c757262206c6f6e6720656e6f75676820746f206265206c6172676520746578742e20416e64206d6f72652e');


--
-- Data for Name: versioner_pruned; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_pruned VALUES ('01a25213-7c00-7abe-b814-9d9de55a9b2c', 'Book', '01a25213-66d7-7975-986e-a11d8f2c1b9d', '01a25213-7ba8-7ceb-927a-7ed14979c87f', '\x42bb5c99e270565021a8a64a4f46d20332df53797d8083d012e64ade7e7eeb36', 1767325565000000, 'fixture');
INSERT INTO public.versioner_pruned VALUES ('01a25213-69e1-7b9b-b075-31db3056d1f6', 'Book', '01a25213-66db-700f-a3a0-02b8d0508e0a', '01a25213-6950-7227-99d6-1b34ea5ff738', '\x004f34fb6da73ef40c8e757f464a4f9d9c6e7c50acf39287bacd4c9d34a86698', 1767325565000000, 'fixture');
INSERT INTO public.versioner_pruned VALUES ('01a25213-6f10-7ca4-91a9-a19c848e1653', 'Book', '01a25213-66db-700f-a3a0-02b9dad988d6', '01a25213-6ed8-7d4b-b9d9-a82ab8b991aa', '\xc9b997cc95ecf4c680b96d308b2097eddbdcb125b4a44be99eba2f71df8a0f5f', 1767325565000000, 'fixture');
INSERT INTO public.versioner_pruned VALUES ('01a25213-6f3c-7ada-be37-eb6a15e214eb', 'Book', '01a25213-66db-700f-a3a0-02bb527bdd68', '01a25213-6ed8-7d4b-b9d9-a82ab8b991aa', '\xc2c3b235bb02ceb82570e86c768c9a490e144adb7ff4e7b8b0234cfbd4bfd528', 1767325565000000, 'fixture');
INSERT INTO public.versioner_pruned VALUES ('01a25213-730c-732e-a152-347cd33f350f', 'Book', '01a25213-66db-700f-a3a0-02bdd5f7649e', '01a25213-72f5-7da0-a6be-0e664b2e0235', '\x6f1e65853280889eff1f0a9f353aab29289a138d5ab2226b2b767d74ddab2fac', 1767325565000000, 'fixture');
INSERT INTO public.versioner_pruned VALUES ('01a25213-7475-76f2-9b8a-7740acded5d8', 'Invoice', '01a25213-68bd-7238-99d0-a538e163f350', '01a25213-746c-7235-a100-9b3ba7b50e1b', '\xc07c34ef3a7d55d7b4d7ad7aaf0dc6034c20c4f6704d4849da3468278b1c1ba7', 1767325565000000, 'fixture');
INSERT INTO public.versioner_pruned VALUES ('01a25213-7a1c-74b4-afeb-9d2b2c848486', 'Reading', '01a25213-79f6-76bd-930c-dc259c42b559', '01a25213-7a00-7a73-90ff-38dc229e489f', '\x859ad2e3562588d7890cbff0caaa60e970088d00d43b23815613f3299d9008e7', 1767325565000000, 'fixture');
INSERT INTO public.versioner_pruned VALUES ('01a25213-7a20-77a7-b772-8a4b3b4ad57a', 'Reading', '01a25213-79f6-76bd-930c-dc267b2cde51', '01a25213-7a00-7a73-90ff-38dc229e489f', '\x80264ae65da331ece71b747889167cb4573d69731f08d185e4a1b2244f1259ca', 1767325565000000, 'fixture');


--
-- Data for Name: versioner_redacted_commits; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-6a26-7dcc-a253-604511108d2c', '\x9a4637ce66651ab59da97a7c2d66a4b7576d54f467925379a5b7b9f36cfbcc99');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-6ac9-73bc-b076-66ad102712e1', '\x9d55988b8a7fb781e0fb6ad4207e50b02341338cbd691e1be79632c87ffefa0b');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-6d1f-7af4-8979-567244e9a8f2', '\xe27b2cd76c0e32d0fa159a23ce45a06cf8bad512ea3fbb86811d56935c203e0d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-6ed8-7d4b-b9d9-a82ab8b991aa', '\x451be95adcc80fcb5f4a00a3b11fcd18bdaa027ca30bc1ea7e7a3653ad47fc55');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-6fb9-762a-bee5-5b859661295e', '\x6aa47a2f7da247fa3eeb0e1e9569ad04279ed1d96a5098384ff1387d96c2f491');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-70d4-7ead-adbd-ab4cdacfdd94', '\xa605d17df921ea5dcaf0ecba821b939d14f00a307e6a524ce09085b281621403');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-71c4-7e19-a086-9a07ea16f612', '\xd52216d74f21fe6ca6ea6d9cc0eb059580ada5467fe6443c3e87b5490ec9af1d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-72b0-761f-ba91-8db5b296dc2e', '\xbb5c03af2949a74742c736c015aea56c319738ebcdb709e14e1deaf56dcf909d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-72f5-7da0-a6be-0e664b2e0235', '\x83eea0dde19fe6e7c9b29ea602dd27d8158d0759dbdf36840ca537d7c67d6448');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7365-79bc-a552-9da69f28e251', '\xca6cc469bde337ae5a1c7a4548ecbf23d80f1b1c1e76fe1060359c4f98caa4b7');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7449-7660-a573-d97af095498a', '\x2d083ff22735eeef527d82714700765a573e6084540411e88d19721d22e0776e');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-746c-7235-a100-9b3ba7b50e1b', '\x23bf7493fd760178693b02621488048213a88a9afff92ac0270a565877f038a0');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7497-7e8e-b970-405353c46aea', '\xcde4aa1175bb64ae03f23c585cb27da55df254a3959bc695110580ae331c97c5');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-74e1-7395-8e00-6cf721a7f48f', '\x3a36f462be275244489867a656196e067c546be6651cc85c9107297f951c0151');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-751e-7c4a-a0cc-c40fe5cb6126', '\xb97812c7245ebf715706f8ec4e8f27e56d0bd10adf9caa1950b8bb38fdd6ec88');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7594-784a-ace9-3d75f4034ed5', '\x5f42122a07dd11dd468ac52903172c582552f8f91a0c41c1fb801f18f5719f77');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7648-771f-91aa-9a96824ce9a6', '\x235312d692e688007064ec328e25a85178731e7dbafc76ac65d144741d4ba8fa');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-775e-7e82-9452-92be9706f556', '\xee224df7aab90fd2529c30613efd2cd1216cee12fbc8ad6e0077e28baa43df25');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7831-785d-b964-57d3ee607cfb', '\xd391b909942035f9931cc1798a6421fa915d2d80aabb131da60586ecefc19098');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7892-7cf6-8e19-e369d6a15a8e', '\x05c3670dd0c20f24cc621005d214cf14c463c223c04e061660df9d73ce1d8f46');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-78e3-7c93-82c3-6bb5bbad7388', '\x25f31bcf3cf8de440097187752cf777f254d9974d8d2e280284d7a0a653d2f05');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-790c-7a03-823f-d350ebac8456', '\x894475ed432ecca279e4383023af5f1ccf39d24dbae51671b928f647797c48fd');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-792f-71e1-a18d-92932fd3f712', '\xd7e0fb86592a35685de54f766ef025f0da00d66df204e1bb91a28ac53607e3fa');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7954-740b-8f9b-a06be557b72e', '\x5bc7818decad1fab6e7df85b44828f99fbccae2ef131de5eacc3fa38dbfc22f4');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7972-70ab-a946-460cffb8380e', '\x1444e67d511634865aef0575be538192116aff295266ab86b943e1d6997241f3');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7a00-7a73-90ff-38dc229e489f', '\x28bc67b5d2c192bbf137985821a8fd3f9ce6b1b64e36d29bdcfe567471cdab1c');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7a34-7fbb-93ee-fb16102ca57d', '\xf5fc8ff72b071c80e41b2a3c76a53bbdaf023b3b9faee3b7ed73b30e3acb5569');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7a5d-7034-85ed-810a44a306f8', '\x47494ee19f5b879f709c66d4e5ff1a5bea52102a8e673ff3a99e525436cc25ce');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7ad7-7d5f-ba8c-f630d678499e', '\x20649c3391e8f95606c47f0655bdafee6d1f64f7f777fa52648792d9867f38e1');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7ba8-7ceb-927a-7ed14979c87f', '\x86275cfab91368bc65a85d3ec2363d8c397839e2fc5c6deb9f71a23fdde6ecad');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-7b17-7071-ad29-ec496a6ebc3f', '\xa3d24af3a5e647bffed2e9a7fa70ab545d37eeb7b6ec9d748f5e2f2fe826f65e');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-6a88-7c47-b89b-d00b05a8ad22', '\x188c3cdab4782773cc882cfd2818353aab324f2bc34b891ae132db2a825c2f8f');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-6ac9-73bc-b076-66ad102712e1', '\xd4a8fdf064f364d182ac3c53db3f425362b6437129e40a7621188dafb8c72dea');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-6d1f-7af4-8979-567244e9a8f2', '\xd64b0580a60c0f9a7ede5a552e41b6e8be659ac9ab52c1f783b7cc31ad25c98d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-6ed8-7d4b-b9d9-a82ab8b991aa', '\x7b6512bc84c453b7306ab4589c73f3e6e656f5c7468885c0142b479e36d3a3d7');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-6fb9-762a-bee5-5b859661295e', '\x837a549d785eab3faa5a52197630018610fe03c5f451240b548d5f90a950df05');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-70d4-7ead-adbd-ab4cdacfdd94', '\x09267a090d3a1652f8caa61d23f8ead401deba078ca4c1a3e13ee80f7a73ec07');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-71c4-7e19-a086-9a07ea16f612', '\x29b1602c8157eff0b903bcf12692f11ed8246acf094dc56966be54e1fcaf897d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-72b0-761f-ba91-8db5b296dc2e', '\xb95b32670cd40fd4e964b6af264c2678182e45470b6d7e6c4a9edeb27c8958a9');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-72f5-7da0-a6be-0e664b2e0235', '\x91682af01ce5f6ecc4457ac9468daf8d3056bfbe9e7738b67106eabecaa53a6a');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7365-79bc-a552-9da69f28e251', '\xbe77ed72d74eb82de1a1b7bc57626421e9a48db645e8eb6c0ec4c0d822dbc1d7');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7449-7660-a573-d97af095498a', '\x8f1fe17be06f367fea64eb62a5eaad723702000733efae5d6b4da11d1118652f');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-746c-7235-a100-9b3ba7b50e1b', '\x0b3144004f11e654f95a0ccdbd33ed6595d58b663d4929e664464b1b3522335b');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7497-7e8e-b970-405353c46aea', '\x6ba0be8b4504f93272d0f8eb2d1d096016b914de6264c2e35f2b72a7c7a15a35');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-74e1-7395-8e00-6cf721a7f48f', '\xb648455e0b6900b045422ca9c85393eefd56e6ab09db406c8cd2064021671f2d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-751e-7c4a-a0cc-c40fe5cb6126', '\x0307894f92f5ef36f6c3a6d19aced7565324daa496768c04f5fa068b2e9a3ec6');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7594-784a-ace9-3d75f4034ed5', '\x5662927d3a1a251e7ae4aecd5438a28242c916d4d2b102e6c29efcf15a57aa63');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7648-771f-91aa-9a96824ce9a6', '\x6d73345fa1c120d3f320b5daf2b67408ec32788cbc55e23f40ca8df252089d46');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-775e-7e82-9452-92be9706f556', '\x5d9d35944bd4b63634e2c44baa64d45a78a612ddbda71419f17d89e9bf007bed');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7831-785d-b964-57d3ee607cfb', '\xe65bd7bafbc6962e7abb02297432232815c6dd031529bc402adf2aeffc05ce83');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7892-7cf6-8e19-e369d6a15a8e', '\x0b53619b8795638e49a3a5e0d6b797c0fd7639b93519beadfc62f1e620b99cbd');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-78e3-7c93-82c3-6bb5bbad7388', '\xffbc7525492ac93aa7b79adc36d2474e24f1294b81cbe09dff508f12607f24b3');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-790c-7a03-823f-d350ebac8456', '\x4b88dd6e3618e664d25a34d858194bcf18de52bc5924795239ac3c608fa580b2');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-792f-71e1-a18d-92932fd3f712', '\xd3d349a463f742dbabebb71c78fa1a1116e9bd3385bd586c670199542e756315');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7954-740b-8f9b-a06be557b72e', '\xf8245f53d9fd4d62b7ede90e3d7868c59edc32355583f31af1e60011806be70b');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7972-70ab-a946-460cffb8380e', '\x3eecbb9c3f59728bcd8aa328b473833b1131cc524a9f332fb186cc2b0dc8f052');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7a00-7a73-90ff-38dc229e489f', '\x0ea70ce9613e9fa30d1675eef1aa78b8704fc3033eac5f96eb34c27d078c8554');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7a34-7fbb-93ee-fb16102ca57d', '\xa747a06a0a90336b6fb05ac36d36a2e361614e4725b3236b046bfee1401cb11d');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7a5d-7034-85ed-810a44a306f8', '\x4e7c304c637e0b54f7673b21fa961bc8fc1b09736039714d3308f44ede16c66a');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7ad7-7d5f-ba8c-f630d678499e', '\x68593bce4eb609a703d93fdec4baa504823e136de700d0815aa343134c2e24ba');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7ba8-7ceb-927a-7ed14979c87f', '\xc181963605c5835883823fcf3937e96af057e6394b56602c374054607b0ed0f8');
INSERT INTO public.versioner_redacted_commits VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-7b17-7071-ad29-ec496a6ebc3f', '\x69267b5402d672bbdc0d466043627b851005fa17a1a031d81d6bc36a98384a77');


--
-- Data for Name: versioner_redacted_messages; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_redacted_messages VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', '01a25213-6a88-7c47-b89b-d00b05a8ad22');


--
-- Data for Name: versioner_redacted_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_redacted_versions VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', '01a25213-6a3a-7b23-a8c4-18e22668b84f', 'Book', '01a25213-66db-700f-a3a0-02b8d0508e0a', '["Title"]');


--
-- Data for Name: versioner_redactions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_redactions VALUES ('019b7cce-2b88-7f6b-bf9d-b718f54474e7', 'security', 'INC-1: a name leaked into a title', 1767325445000000);
INSERT INTO public.versioner_redactions VALUES ('019b7ccf-15e8-7a08-92f5-53d7d7d303b3', 'security', 'INC-2: a password in a message', 1767325505000000);


--
-- Data for Name: versioner_refs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_refs VALUES ('v1', 1, '01a25213-68c0-7ace-8319-10b49553f084');
INSERT INTO public.versioner_refs VALUES ('pr-tags', 0, '01a25213-6d1f-7af4-8979-567244e9a8f2');
INSERT INTO public.versioner_refs VALUES ('pr-remove', 0, '01a25213-70d4-7ead-adbd-ab4cdacfdd94');
INSERT INTO public.versioner_refs VALUES ('pr-conflict', 0, '01a25213-72b0-761f-ba91-8db5b296dc2e');
INSERT INTO public.versioner_refs VALUES ('pr-docs', 0, '01a25213-7449-7660-a573-d97af095498a');
INSERT INTO public.versioner_refs VALUES ('pr-rates', 0, '01a25213-74e1-7395-8e00-6cf721a7f48f');
INSERT INTO public.versioner_refs VALUES ('v2', 1, '01a25213-7648-771f-91aa-9a96824ce9a6');
INSERT INTO public.versioner_refs VALUES ('experiments', 0, '01a25213-7954-740b-8f9b-a06be557b72e');
INSERT INTO public.versioner_refs VALUES ('ingest', 0, '01a25213-7a34-7fbb-93ee-fb16102ca57d');
INSERT INTO public.versioner_refs VALUES ('main', 0, '01a25213-7b17-7071-ad29-ec496a6ebc3f');
INSERT INTO public.versioner_refs VALUES ('v3', 1, '01a25213-7b17-7071-ad29-ec496a6ebc3f');
INSERT INTO public.versioner_refs VALUES ('pr-draft', 0, '01a25213-7f4f-7cc2-98af-a2858eaf90dc');
INSERT INTO public.versioner_refs VALUES ('release', 0, '01a25213-7fc6-726b-9df5-46323d206c26');


--
-- Data for Name: versioner_segments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.versioner_segments VALUES (1752971133115955029, NULL, -1);
INSERT INTO public.versioner_segments VALUES (569822027238746890, 1752971133115955029, 3);
INSERT INTO public.versioner_segments VALUES (967361960999769075, 1752971133115955029, 3);
INSERT INTO public.versioner_segments VALUES (572647472582934459, 967361960999769075, 5);
INSERT INTO public.versioner_segments VALUES (390881811379202932, 967361960999769075, 7);
INSERT INTO public.versioner_segments VALUES (3591199391897849880, 967361960999769075, 8);
INSERT INTO public.versioner_segments VALUES (158747857504354442, 967361960999769075, 10);
INSERT INTO public.versioner_segments VALUES (531229682969756330, 967361960999769075, 12);
INSERT INTO public.versioner_segments VALUES (2205544225713995805, 967361960999769075, 13);
INSERT INTO public.versioner_segments VALUES (4157283908850586186, 2205544225713995805, 19);
INSERT INTO public.versioner_segments VALUES (2708998479743065614, 2205544225713995805, 20);
INSERT INTO public.versioner_segments VALUES (3299549037726985423, 2205544225713995805, 24);
INSERT INTO public.versioner_segments VALUES (4051201437206467816, 3299549037726985423, 26);


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
-- Name: versioner_manifests PK_versioner_manifests; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_manifests
    ADD CONSTRAINT "PK_versioner_manifests" PRIMARY KEY (commit_id);


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
-- Name: IX_Appointments_EternalId_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Appointments_EternalId_versioner_segment_versioner_depth" ON public."Appointments" USING btree ("EternalId", versioner_segment, versioner_depth);


--
-- Name: IX_Appointments_RateVersionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Appointments_RateVersionId" ON public."Appointments" USING btree ("RateVersionId");


--
-- Name: IX_Appointments_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Appointments_versioner_segment_versioner_depth" ON public."Appointments" USING btree (versioner_segment, versioner_depth);


--
-- Name: IX_Authors_CommitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Authors_CommitId" ON public."Authors" USING btree ("CommitId");


--
-- Name: IX_Authors_EternalId_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Authors_EternalId_versioner_segment_versioner_depth" ON public."Authors" USING btree ("EternalId", versioner_segment, versioner_depth);


--
-- Name: IX_Authors_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Authors_versioner_segment_versioner_depth" ON public."Authors" USING btree (versioner_segment, versioner_depth);


--
-- Name: IX_Books_AuthorId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Books_AuthorId" ON public."Books" USING btree ("AuthorId");


--
-- Name: IX_Books_CommitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Books_CommitId" ON public."Books" USING btree ("CommitId");


--
-- Name: IX_Books_EternalId_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Books_EternalId_versioner_segment_versioner_depth" ON public."Books" USING btree ("EternalId", versioner_segment, versioner_depth);


--
-- Name: IX_Books_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Books_versioner_segment_versioner_depth" ON public."Books" USING btree (versioner_segment, versioner_depth);


--
-- Name: IX_Rates_CommitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Rates_CommitId" ON public."Rates" USING btree ("CommitId");


--
-- Name: IX_Rates_EternalId_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Rates_EternalId_versioner_segment_versioner_depth" ON public."Rates" USING btree ("EternalId", versioner_segment, versioner_depth);


--
-- Name: IX_Rates_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Rates_versioner_segment_versioner_depth" ON public."Rates" USING btree (versioner_segment, versioner_depth);


--
-- Name: IX_Revenues_BookId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Revenues_BookId" ON public."Revenues" USING btree ("BookId");


--
-- Name: IX_Revenues_CommitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Revenues_CommitId" ON public."Revenues" USING btree ("CommitId");


--
-- Name: IX_Revenues_EternalId_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Revenues_EternalId_versioner_segment_versioner_depth" ON public."Revenues" USING btree ("EternalId", versioner_segment, versioner_depth);


--
-- Name: IX_Revenues_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Revenues_versioner_segment_versioner_depth" ON public."Revenues" USING btree (versioner_segment, versioner_depth);


--
-- Name: IX_Tags_CommitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Tags_CommitId" ON public."Tags" USING btree ("CommitId");


--
-- Name: IX_Tags_EternalId_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Tags_EternalId_versioner_segment_versioner_depth" ON public."Tags" USING btree ("EternalId", versioner_segment, versioner_depth);


--
-- Name: IX_Tags_versioner_segment_versioner_depth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Tags_versioner_segment_versioner_depth" ON public."Tags" USING btree (versioner_segment, versioner_depth);


--
-- Name: IX_versioner_documents_commit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_versioner_documents_commit_id" ON public.versioner_documents USING btree (commit_id);


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
-- Name: ix_versioner_documents_entity_path; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_versioner_documents_entity_path ON public.versioner_documents USING btree (eternal_id, versioner_segment, versioner_depth);


--
-- Name: ix_versioner_documents_type_path; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_versioner_documents_type_path ON public.versioner_documents USING btree (entity_type, versioner_segment, versioner_depth);


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
-- Name: versioner_manifests versioner_guard_manifests; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER versioner_guard_manifests BEFORE DELETE OR UPDATE ON public.versioner_manifests FOR EACH ROW EXECUTE FUNCTION public.versioner_guard_manifests();


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
-- Name: versioner_manifests FK_versioner_manifests_versioner_commits_commit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versioner_manifests
    ADD CONSTRAINT "FK_versioner_manifests_versioner_commits_commit_id" FOREIGN KEY (commit_id) REFERENCES public.versioner_commits(id) ON DELETE RESTRICT;


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


