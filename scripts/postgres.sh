#!/usr/bin/env bash
# Sourced by test.sh: makes a PostgreSQL server available to the backend tests through
# Backstage's TestDatabases connection-string variable. Uses
# BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING when already set; otherwise a local
# server on 127.0.0.1:5432 (started with pg_ctlcluster when it is installed but down).
# Without a server only the SQLite cases run, unless READINESS_REQUIRE_POSTGRES=1.

_readiness_pg_url="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"

_readiness_pg_up() {
  node -e '
    const { Client } = require("pg");
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
  ' "$_readiness_pg_url" 2>/dev/null
}

if ! _readiness_pg_up && command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  echo "postgres: starting the local cluster" >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  sleep 2
fi

if _readiness_pg_up; then
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="$_readiness_pg_url"
  echo "postgres: backend tests run on SQLite and on $_readiness_pg_url" >&2
elif [ "${READINESS_REQUIRE_POSTGRES:-0}" = "1" ]; then
  echo "postgres: no server at $_readiness_pg_url, and READINESS_REQUIRE_POSTGRES=1" >&2
  exit 1
else
  echo "postgres: no server at $_readiness_pg_url; backend tests run on SQLite only" >&2
fi
