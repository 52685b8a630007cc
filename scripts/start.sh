#!/usr/bin/env bash
# Installs everything and starts the portal: app on http://localhost:3000, backend on :7007,
# embedded SQLite, the sample catalog and sample readiness answers.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
yarn install --immutable
exec yarn start
