#!/usr/bin/env bash
# The reliability checks (yarn test:reliability): the readiness backend as a process, killed
# with -9 during writes (SQLite file and PostgreSQL), two replicas on one PostgreSQL, a database
# outage under load, and 10,000 property-based requests. PostgreSQL is a cluster of its own,
# created here on a free port and dropped afterwards; the main cluster is never touched.
# Expects scripts/setup.sh to be sourced and dependencies installed (scripts/test.sh does both).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_VERSION=$(ls /etc/postgresql | sort -n | tail -1)
CLUSTER=readiness-reliability
PG_PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

drop_cluster() {
  pg_dropcluster --stop "$PG_VERSION" "$CLUSTER" >/dev/null 2>&1 || true
}
drop_cluster
trap drop_cluster EXIT
echo "reliability: PostgreSQL $PG_VERSION cluster $CLUSTER on port $PG_PORT"
pg_createcluster "$PG_VERSION" "$CLUSTER" -p "$PG_PORT" -- --auth=trust >/dev/null
pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$CLUSTER" start

RELIABILITY_PG_PORT=$PG_PORT RELIABILITY_PG_CLUSTER="$PG_VERSION $CLUSTER" \
  yarn workspace reliability test:reliability

echo "reliability: 10,000 generated requests (5,000 on each database)"
fuzz_log=$(mktemp)
(cd plugins/readiness-backend &&
  BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="postgresql://postgres@127.0.0.1:$PG_PORT" \
    READINESS_FUZZ_RUNS=5000 CI=true \
    yarn backstage-cli package test --verbose src/service/fuzz.test.ts) 2>&1 | tee "$fuzz_log"
# Both databases ran (a missing connection string would leave only SQLite).
grep -q "(POSTGRES_15)" "$fuzz_log" && grep -q "(SQLITE_3)" "$fuzz_log"
rm -f "$fuzz_log"
