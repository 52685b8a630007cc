#!/usr/bin/env bash
# Bench: how fast the Readiness tab opens in the production build. Builds the app (skip with
# --no-build when e2e-output's build is current), serves it from the backend on port 7007,
# runs packages/e2e/src/bench/tabOpen.bench.ts in Chromium and stops the backend. Extra
# arguments go to the bench (--runs N, --entity NAME). Prints figures; not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
. scripts/production-portal.sh

if [ "${1:-}" = "--no-build" ]; then
  shift
else
  build_production_app
fi
start_production_portal
E2E_APP_URL=http://localhost:7007 yarn workspace e2e bench:tab "$@"
