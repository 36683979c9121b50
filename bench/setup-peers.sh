#!/usr/bin/env bash
# Setup for the benchmark's `peers` scenario (issue 12): the `periods` extension (SQL-standard SYSTEM VERSIONING for
# PostgreSQL 15) from Debian's packages, and database "versioner_bench_peers" owned by role ci with the extension
# created in it (CREATE EXTENSION periods needs a superuser: done here as postgres). The scenario creates its tables
# in that database and drops them after. Idempotent; needs root; expects the server of .ci/postgres.sh.
#   bash bench/setup-peers.sh
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

say() { echo "setup-peers.sh: $*"; }
db=versioner_bench_peers

if dpkg -s postgresql-15-periods >/dev/null 2>&1; then
  say "postgresql-15-periods already installed"
else
  say "installing postgresql-15-periods (apt-get)"
  apt-get update -qq
  apt-get install -y -qq postgresql-15-periods >/dev/null
fi

psql_su() { su postgres -c "psql -q -v ON_ERROR_STOP=1 $*"; }

if su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='$db'\"" | grep -q 1; then
  say "database $db exists"
else
  say "creating database $db (owner ci)"
  psql_su "-c 'CREATE DATABASE $db OWNER ci'"
fi

say "creating extension periods in $db (if missing)"
psql_su "-d $db -c 'CREATE EXTENSION IF NOT EXISTS periods CASCADE'"
# The scenario's role creates tables in the public schema and calls the extension's functions on them.
psql_su "-d $db -c 'GRANT ALL ON SCHEMA public TO ci; GRANT USAGE ON SCHEMA periods TO ci; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA periods TO ci; GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA periods TO ci'"
say "ready: Host=127.0.0.1;Port=5432;Username=ci;Password=ci;Database=$db"
