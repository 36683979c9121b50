#!/usr/bin/env bash
# A local PostgreSQL server for the Graph tests (issue 5): installs Debian's postgresql package if missing,
# listens on 127.0.0.1:5432 only, and creates role "ci" (password "ci", CREATEDB, CREATEROLE) and database "ci".
# Idempotent; needs root. The tests read VERSIONER_TEST_POSTGRES, defaulting to the string printed at the end.
#   bash .ci/postgres.sh        install if needed, start, create role and database
#   bash .ci/postgres.sh stop   stop the server (leaves the package and data in place)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

say() { echo "postgres.sh: $*"; }

cluster_version() {
  { ls /usr/lib/postgresql 2>/dev/null || true; } | sort -V | tail -1
}

if [ "${1:-start}" = "stop" ]; then
  ver=$(cluster_version)
  if [ -n "$ver" ] && pg_ctlcluster "$ver" main status >/dev/null 2>&1; then
    say "stopping cluster $ver/main"
    pg_ctlcluster "$ver" main stop
  else
    say "no running cluster to stop"
  fi
  exit 0
fi

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  say "installing postgresql from Debian's packages (apt-get)"
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
else
  say "postgresql already installed"
fi

ver=$(cluster_version)
if [ ! -d "/etc/postgresql/$ver/main" ]; then
  say "creating cluster $ver/main"
  pg_createcluster "$ver" main >/dev/null
fi

# Loopback only. Quoted: pg_conftool writes the value unquoted and the server then refuses to start.
conf="/etc/postgresql/$ver/main/conf.d/versioner-ci.conf"
echo "listen_addresses = '127.0.0.1'" > "$conf"
say "listening on 127.0.0.1 only ($conf)"

if pg_ctlcluster "$ver" main status >/dev/null 2>&1; then
  say "cluster $ver/main already running"
else
  say "starting cluster $ver/main"
  pg_ctlcluster "$ver" main start
fi

say "waiting for the server (pg_isready)"
pg_isready -h 127.0.0.1 -p 5432 -t 30 >/dev/null

if su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='ci'\"" | grep -q 1; then
  say "role ci exists"
else
  say "creating role ci (LOGIN, CREATEDB)"
  su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"CREATE ROLE ci LOGIN PASSWORD 'ci' CREATEDB\""
fi
# The guard tests create a second, unprivileged login role (a plain writer of the application's tables) and drop it.
su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"ALTER ROLE ci CREATEROLE\"" >/dev/null
# Test databases are dropped WITH (FORCE); that may have to end an autovacuum worker, which needs this role.
su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"GRANT pg_signal_backend TO ci\"" >/dev/null

if su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='ci'\"" | grep -q 1; then
  say "database ci exists"
else
  say "creating database ci"
  su postgres -c "createdb -O ci ci"
fi

say "ready: Host=127.0.0.1;Port=5432;Username=ci;Password=ci;Database=ci"
