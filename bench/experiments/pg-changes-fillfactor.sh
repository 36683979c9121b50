#!/bin/bash
# Does a fill factor on versioner_changes take back format 2's write cost on PostgreSQL? (docs/performance.md,
# "The interval's write cost: fill factor, measured".) A table shaped like versioner_changes, its three indexes, 100,000
# rows written in 100 commits of 1,000, then each entity changed once in 100 commits of 1,000: new change rows, and with
# CLOSE=1 the superseded rows' until_depth set by the statement CommitWriter runs. Prints fill factor, close, seconds of
# the update phase, total relation size, updates and HOT updates.
# Usage: bench/experiments/pg-changes-fillfactor.sh FILLFACTOR CLOSE   (e.g. 100 1; 50 1; 100 0)
# Needs: psql and a server where role ci may create databases (VERSIONER_BENCH_POSTGRES_ADMIN overrides the URL).
set -euo pipefail
FF=${1:?fill factor}
CLOSE=${2:?close 0 or 1}
ADMIN=${VERSIONER_BENCH_POSTGRES_ADMIN:-postgresql://ci:ci@127.0.0.1:5432/ci}
DB="${ADMIN%/*}/versioner_ff_experiment"
psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS versioner_ff_experiment" -c "CREATE DATABASE versioner_ff_experiment" 2>/dev/null
psql -q "$DB" <<SQL
CREATE TABLE ch (commit_id uuid NOT NULL, eternal_id uuid NOT NULL, entity_type text NOT NULL, version_id uuid,
  adopted boolean NOT NULL, version_checksum bytea, segment bigint NOT NULL, depth bigint NOT NULL, until_depth bigint,
  PRIMARY KEY (commit_id, eternal_id)) WITH (fillfactor = $FF);
CREATE INDEX ix_entity_path ON ch (eternal_id, segment, depth);
CREATE INDEX ix_type_path ON ch (entity_type, segment, depth);
CREATE TABLE ids (n int PRIMARY KEY, e uuid);
INSERT INTO ids SELECT n, gen_random_uuid() FROM generate_series(1, 100000) n;
DO \$\$ DECLARE k int; cid uuid; BEGIN FOR k IN 0..99 LOOP cid := gen_random_uuid();
  INSERT INTO ch SELECT cid, e, 'Book', gen_random_uuid(), false, sha256(e::text::bytea), 1, k + 1, NULL FROM ids WHERE n > k * 1000 AND n <= (k + 1) * 1000;
  COMMIT; END LOOP; END \$\$;
VACUUM ANALYZE ch;
SQL
if [ "$CLOSE" = 1 ]; then
  STATEMENT="UPDATE ch SET until_depth = 101 + k WHERE until_depth IS NULL AND segment = 1 AND depth < 101 + k AND eternal_id IN (SELECT eternal_id FROM ch WHERE commit_id = cid);"
else
  STATEMENT=""
fi
START=$(date +%s.%N)
psql -q "$DB" -c "DO \$\$ DECLARE k int; cid uuid; BEGIN FOR k IN 0..99 LOOP cid := gen_random_uuid();
  INSERT INTO ch SELECT cid, e, 'Book', gen_random_uuid(), false, sha256(e::text::bytea), 1, 101 + k, NULL FROM ids WHERE n > k * 1000 AND n <= (k + 1) * 1000;
  $STATEMENT COMMIT; END LOOP; END \$\$;"
END=$(date +%s.%N)
psql -At "$DB" -c "SELECT $FF, $CLOSE, round(($END - $START)::numeric, 2), pg_total_relation_size('ch'), n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'ch'"
psql -q "$ADMIN" -c "DROP DATABASE versioner_ff_experiment"
