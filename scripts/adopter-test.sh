#!/usr/bin/env bash
# The adopter test: packs the five plugin packages, creates a fresh Backstage app with
# @backstage/create-app (new frontend system), installs the tarballs the way
# docs/installing.md says, starts the app on free ports and runs a Chromium smoke test against
# it (tab, card, an answer, the catalog filter, the review page, the actions). Prints each
# step's time.
#
#   bash scripts/adopter-test.sh            # in a new temporary directory, removed afterwards
#   ADOPTER_DIR=/tmp/adopter bash scripts/adopter-test.sh   # kept, for a look afterwards
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# create-app 0.9.2 creates Backstage 1.55 apps, the release the demo portal runs (backstage.json).
CREATE_APP_VERSION=0.9.2
KEEP=${ADOPTER_DIR:+1}
WORK="${ADOPTER_DIR:-$(mktemp -d /tmp/readiness-adopter.XXXXXX)}"
APP="$WORK/app"
PACKAGES=(readiness-common readiness-node readiness readiness-backend catalog-backend-module-readiness)

# shellcheck source=/dev/null
. "$ROOT/scripts/setup.sh" >/dev/null
# The fresh app has no lockfile yet, so its installs must write one. Yarn makes every install
# immutable when CI is set (as it is in CI), which would refuse that.
export YARN_ENABLE_IMMUTABLE_INSTALLS=false

TIMES=()
step() {
  local name=$1 start=$SECONDS
  shift
  echo "== $name"
  "$@"
  TIMES+=("$(printf '%-34s %4d s' "$name" $((SECONDS - start)))")
}

APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then
    kill -- -"$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  [ -n "$KEEP" ] || rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

pack_plugins() {
  cd "$ROOT"
  yarn tsc # the package builds read the declarations from dist-types
  mkdir -p "$WORK/readiness-packages"
  for p in "${PACKAGES[@]}"; do
    (cd "plugins/$p" && yarn build && yarn pack --out "$WORK/readiness-packages/$p.tgz" >/dev/null)
  done
  ls -l "$WORK/readiness-packages"
}

# create-app seeds the new app's yarn.lock from the Backstage repository; offline (only the npm
# registry is reachable here) that fails ("Failed to fetch the yarn.lock seed file. You may end
# up with incompatible dependencies"), and Yarn takes the newest version in each caret range,
# which mixes releases: plugin-signals-backend 0.3.21 calls httpRouter.addWebSocketHandler, which
# backend-defaults 0.18.0 (the ^0.18 range) lacks, and the backend does not start. Pinning every
# @backstage package to 1.55, as the demo portal's root resolutions do, stands in for the seed.
create_app() {
  cd "$WORK"
  BACKSTAGE_APP_NAME=adopter npx --yes "@backstage/create-app@$CREATE_APP_VERSION" \
    --path "$APP" --skip-install
  mv "$WORK/readiness-packages" "$APP/readiness-packages"
  cd "$APP"
  node -e '
    const fs = require("fs");
    const release = require(process.argv[1]).resolutions;
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
    pkg.resolutions = {
      ...Object.fromEntries(
        Object.entries(release).filter(([name]) => name.startsWith("@backstage/")),
      ),
      ...pkg.resolutions,
    };
    fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2) + "\n");
  ' "$ROOT/package.json"
}

install_app() {
  cd "$APP"
  yarn install
}

# docs/installing.md: resolutions for the tarballs, then yarn add.
install_readiness() {
  cd "$APP"
  node -e '
    const fs = require("fs");
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
    pkg.resolutions = {
      ...pkg.resolutions,
      "@readiness/plugin-readiness": "file:./readiness-packages/readiness.tgz",
      "@readiness/plugin-readiness-backend": "file:./readiness-packages/readiness-backend.tgz",
      "@readiness/plugin-readiness-common": "file:./readiness-packages/readiness-common.tgz",
      "@readiness/plugin-readiness-node": "file:./readiness-packages/readiness-node.tgz",
      "@readiness/plugin-catalog-backend-module-readiness": "file:./readiness-packages/catalog-backend-module-readiness.tgz",
    };
    fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2) + "\n");
  '
  yarn --cwd packages/backend add @readiness/plugin-readiness-backend@^0.1.0 \
    @readiness/plugin-catalog-backend-module-readiness@^0.1.0
  yarn --cwd packages/app add @readiness/plugin-readiness@^0.1.0
  # The backend: one line per plugin, before backend.start().
  node -e '
    const fs = require("fs");
    const file = "packages/backend/src/index.ts";
    const source = fs.readFileSync(file, "utf8").replace(
      "backend.start();",
      "backend.add(import(\"@readiness/plugin-readiness-backend\"));\n" +
        "backend.add(import(\"@readiness/plugin-catalog-backend-module-readiness\"));\n\n" +
        "backend.start();",
    );
    fs.writeFileSync(file, source);
  '
  # The frontend needs no code: app.packages is `all` in a new app, so feature discovery
  # installs the plugin. Config: the filter and card where people look (app.extensions), and
  # readiness among the action sources of the template.
  node -e '
    const fs = require("fs");
    const file = "app-config.yaml";
    let source = fs.readFileSync(file, "utf8");
    const edit = (pattern, replacement, what) => {
      if (!pattern.test(source)) throw new Error(`app-config.yaml has no ${what}`);
      source = source.replace(pattern, replacement);
    };
    edit(/\n(\s+)- scaffolder\n/, "\n$1- scaffolder\n$1- readiness\n", "backend.actions.pluginSources");
    edit(
      /\n  extensions:\n/,
      "\n  extensions:\n" +
        [
          "catalog-filter:catalog/kind",
          "catalog-filter:catalog/type",
          "catalog-filter:catalog/list",
          "catalog-filter:readiness",
          "entity-card:readiness",
        ].map(id => `    - ${id}\n`).join(""),
      "app.extensions",
    );
    fs.writeFileSync(file, source);
  '
}

# The app typechecks with the plugins, and so does the createApp form docs/installing.md gives
# for apps without feature discovery; the import() form it warns about does not (TS2322).
typecheck_app() {
  cd "$APP"
  cat > packages/app/src/withoutDiscovery.tsx <<'TSX'
import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import readinessPlugin from '@readiness/plugin-readiness/alpha';

export default createApp({
  features: [catalogPlugin, readinessPlugin],
});
TSX
  yarn tsc
  cat > packages/app/src/dynamicImport.tsx <<'TSX'
import { createApp } from '@backstage/frontend-defaults';

export default createApp({
  features: [import('@readiness/plugin-readiness/alpha')],
});
TSX
  if yarn tsc > "$WORK/tsc-dynamic-import.log" 2>&1; then
    echo "features: [import(...)] compiled; docs/installing.md says it does not" >&2
    return 1
  fi
  grep -q "TS2322" "$WORK/tsc-dynamic-import.log"
  echo "features: [import(...)] fails with TS2322, as docs/installing.md says"
  rm packages/app/src/withoutDiscovery.tsx packages/app/src/dynamicImport.tsx
}

start_app() {
  cd "$APP"
  APP_PORT=$(free_port)
  BACKEND_PORT=$(free_port)
  cat > app-config.local.yaml <<YAML
app:
  baseUrl: http://localhost:$APP_PORT
backend:
  baseUrl: http://localhost:$BACKEND_PORT
  listen:
    port: $BACKEND_PORT
  cors:
    origin: http://localhost:$APP_PORT
YAML
  (setsid yarn start > "$WORK/app.log" 2>&1 &
    echo $! > "$WORK/app.pid")
  sleep 1
  APP_PID=$(cat "$WORK/app.pid")
  for _ in $(seq 1 300); do
    if curl -sf "http://localhost:$BACKEND_PORT/.backstage/health/v1/readiness" >/dev/null &&
      curl -sf "http://localhost:$APP_PORT" >/dev/null; then
      echo "app on :$APP_PORT, backend on :$BACKEND_PORT"
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      tail -n 50 "$WORK/app.log"
      return 1
    fi
    sleep 2
  done
  tail -n 50 "$WORK/app.log"
  return 1
}

smoke_test() {
  cd "$ROOT/packages/e2e"
  E2E_APP_URL="http://localhost:$APP_PORT" E2E_BACKEND_URL="http://localhost:$BACKEND_PORT" \
    E2E_OUTPUT_DIR="${E2E_OUTPUT_DIR:-$ROOT/e2e-output/adopter}" \
    node --require @backstage/cli/config/nodeTransform.cjs --test src/adopter.smoke.ts
}

step "build and pack the plugins" pack_plugins
step "create the app (create-app $CREATE_APP_VERSION)" create_app
step "install the app" install_app
step "install the readiness packages" install_readiness
step "typecheck the app" typecheck_app
step "start the app" start_app
step "Chromium smoke test" smoke_test

echo
echo "Adopter test passed. Step times:"
printf '  %s\n' "${TIMES[@]}"
echo "  $(printf '%-34s %4d s' total "$SECONDS")"
