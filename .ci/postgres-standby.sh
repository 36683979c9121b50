#!/usr/bin/env bash
# A hot standby of the test server (.ci/postgres.sh's cluster main on 127.0.0.1:5432): cluster "standby" on
# 127.0.0.1:5433, streaming from the primary (pg_basebackup -R), read-only. The read-only opening's tests
# (Repository.OpenAsync with RepositoryOptions.ReadOnly) read from it what they wrote on the primary.
# Idempotent; needs root and a running primary. Prints the connection string the tests read from
# VERSIONER_TEST_POSTGRES_STANDBY.
#   bash .ci/postgres-standby.sh        create (if missing) and start
#   bash .ci/postgres-standby.sh stop   stop it
set -euo pipefail
say() { echo "postgres-standby.sh: $*" >&2; }
ver=$({ ls /usr/lib/postgresql 2>/dev/null || true; } | sort -V | tail -1)
[ -n "$ver" ] || { say "no PostgreSQL installed; run .ci/postgres.sh first"; exit 1; }

if [ "${1:-start}" = "stop" ]; then
  if pg_ctlcluster "$ver" standby status >/dev/null 2>&1; then pg_ctlcluster "$ver" standby stop; fi
  exit 0
fi

# The primary lets role ci stream (REPLICATION) from loopback.
su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"ALTER ROLE ci REPLICATION\"" >/dev/null
hba=$(su postgres -c "psql -qtAc 'SHOW hba_file'")
if ! grep -q "^host replication ci 127.0.0.1/32" "$hba"; then
  echo "host replication ci 127.0.0.1/32 scram-sha-256" >> "$hba"
  su postgres -c "psql -qtAc 'SELECT pg_reload_conf()'" >/dev/null
fi

data="/var/lib/postgresql/$ver/standby"
primary() { su postgres -c "psql -qtAc \"$1\""; }

# create: a new cluster "standby" from a fresh base backup of the primary (dropping an old one and its slot).
create() {
  if pg_ctlcluster "$ver" standby status >/dev/null 2>&1; then pg_ctlcluster "$ver" standby stop; fi
  if [ "$(primary "SELECT 1 FROM pg_replication_slots WHERE slot_name = 'versioner_standby'")" = "1" ]; then
    primary "SELECT pg_drop_replication_slot('versioner_standby')" >/dev/null
  fi
  say "creating cluster $ver/standby on port 5433 from a base backup of the primary"
  if [ -d "/etc/postgresql/$ver/standby" ]; then pg_dropcluster --stop "$ver" standby; fi
  pg_createcluster "$ver" standby -p 5433 >/dev/null
  rm -rf "${data:?}"/*
  # A replication slot keeps the primary's WAL until the standby has it (the tests write a lot of it quickly).
  su postgres -c "PGPASSWORD=ci pg_basebackup -h 127.0.0.1 -p 5432 -U ci -D '$data' -R -X stream -c fast -C -S versioner_standby"
}

# start: starts the standby and waits until it accepts connections and is in recovery.
start() {
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "recovery_init_sync_method = syncfs"
    echo "hot_standby = on"
  } > "/etc/postgresql/$ver/standby/conf.d/versioner-ci.conf"
  if ! pg_ctlcluster "$ver" standby status >/dev/null 2>&1; then pg_ctlcluster "$ver" standby start -- -t 300; fi
  # pg_isready answers "rejecting connections" at once while the standby starts (it syncs its data first): poll.
  for _ in $(seq 300); do pg_isready -h 127.0.0.1 -p 5433 -q && break; sleep 1; done
  pg_isready -h 127.0.0.1 -p 5433 -q || { say "the standby did not accept connections within 300 s"; return 1; }
  [ "$(PGPASSWORD=ci psql -h 127.0.0.1 -p 5433 -U ci -d ci -qtAc 'SELECT pg_is_in_recovery()')" = "t" ] || { say "port 5433 is not a standby"; return 1; }
}

# caught_up SECONDS: whether the standby replays everything the primary has written so far within SECONDS. An old
# standby (one kept from an earlier run, or whose primary was restored from a copy) can be streaming nothing.
caught_up() {
  local lsn; lsn=$(primary "SELECT pg_current_wal_lsn()")
  for _ in $(seq "$1"); do
    [ "$(PGPASSWORD=ci psql -h 127.0.0.1 -p 5433 -U ci -d ci -qtAc "SELECT coalesce(pg_last_wal_replay_lsn() >= '$lsn'::pg_lsn, false)")" = "t" ] && return 0
    sleep 1
  done
  return 1
}

if [ ! -f "$data/standby.signal" ] || [ "$(primary "SELECT 1 FROM pg_replication_slots WHERE slot_name = 'versioner_standby'")" != "1" ]; then
  create
fi
if ! { start && caught_up 120; }; then
  say "the standby did not catch up with the primary within 120 s; recreating it"
  create
  start || exit 1
  caught_up 300 || { say "the new standby did not catch up with the primary within 300 s"; exit 1; }
fi
say "ready (hot standby of 127.0.0.1:5432, caught up)"
echo "Host=127.0.0.1;Port=5433;Username=ci;Password=ci;Database=ci"
