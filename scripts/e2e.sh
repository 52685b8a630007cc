#!/usr/bin/env bash
# End-to-end tests: starts the demo portal (SQLite in memory, sample data), waits until the
# backend has loaded the sample answers and the frontend serves, runs the Chromium tests in
# packages/e2e, then stops the portal. Screenshots and the portal log go to e2e-output/.
# Expects scripts/setup.sh to be sourced and dependencies installed (scripts/test.sh does both).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/production-portal.sh

if [ ! -x "${E2E_CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "e2e: installing Debian's chromium"
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y chromium >/dev/null || (apt-get update >/dev/null && apt-get install -y chromium >/dev/null)
  else
    sudo apt-get install -y chromium >/dev/null
  fi
fi

mkdir -p e2e-output
log=e2e-output/portal.log
# A new session (setsid) so the whole portal process tree can be stopped at once.
setsid yarn start >"$log" 2>&1 &
portal=$!
trap stop_portal EXIT

echo "e2e: waiting for the portal (log: $log)"
for _ in $(seq 1 300); do
  if grep -q "Loaded sample readiness answers" "$log" &&
    curl -sf -o /dev/null "${E2E_APP_URL:-http://localhost:3000}"; then
    break
  fi
  if ! kill -0 "$portal" 2>/dev/null; then
    echo "e2e: the portal exited; its log:" && cat "$log" && exit 1
  fi
  sleep 2
done
grep -q "Loaded sample readiness answers" "$log" || { echo "e2e: portal not ready after 10 minutes"; tail -50 "$log"; exit 1; }
if grep -E '"level":"error"|level=error| error ' "$log" | grep -v "events backend" ; then
  echo "e2e: warning: the portal logged errors at start (above)"
fi

echo "e2e: running browser tests"
yarn workspace e2e test:e2e

# The production build: the app bundled by `backstage-cli package build` and served by the
# backend (app-backend), as an adopter deploys it. What differs from the dev server (bundling,
# minified class names, timing of the first render) is checked here.
stop_portal
trap - EXIT
build_production_app
start_production_portal
echo "e2e: running the production-build browser tests"
E2E_APP_URL=http://localhost:7007 E2E_OUTPUT_DIR="$PWD/e2e-output/production" \
  yarn workspace e2e test:e2e:production
