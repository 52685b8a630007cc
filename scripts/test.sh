#!/usr/bin/env bash
# Installs everything and runs every check: typecheck, lint, prettier, unit and integration
# tests (backend tests on SQLite and PostgreSQL), the end-to-end browser tests, the reliability
# checks and the adopter test (the packed plugins installed into a fresh Backstage app).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
yarn install --immutable

. scripts/postgres.sh

echo "==> tsc"
yarn tsc
echo "==> package metadata (roles, exports, pluginPackages) is as backstage-cli wants it"
yarn backstage-cli repo fix --publish --check
echo "==> API reports and knip reports match the code"
yarn build:api-reports --ci
yarn build:knip-reports --ci
node scripts/check-declared-imports.js
echo "==> lint"
yarn lint:all
echo "==> prettier"
yarn prettier:check
echo "==> unit and integration tests"
CI=true yarn test --verbose
echo "==> end-to-end tests in Chromium"
bash scripts/e2e.sh
echo "==> reliability: kill -9, two replicas, a database outage, 10,000 generated requests"
bash scripts/reliability.sh
echo "==> the adopter test: the packed plugins in a fresh create-app app, in Chromium"
bash scripts/adopter-test.sh
