# The demo portal as an adopter deploys it: the app bundled by `backstage-cli package build`
# and served by the backend (app-backend) on port 7007. Sourced by e2e.sh and bench-tab.sh;
# expects to run from the repository root with scripts/setup.sh sourced.

# Builds the app for production; the build log goes to e2e-output/app-build.log.
build_production_app() {
  mkdir -p e2e-output
  echo "building the app for production"
  yarn workspace app build >e2e-output/app-build.log 2>&1 || { tail -30 e2e-output/app-build.log; return 1; }
}

# Starts the backend serving the built app, in its own session, and waits until it has loaded
# the sample answers. Sets `portal` to its pid and stops it when the script exits.
start_production_portal() {
  cat >e2e-output/app-config.production-e2e.yaml <<YAML
app:
  baseUrl: http://localhost:7007
backend:
  cors:
    origin: http://localhost:7007
YAML
  local log=e2e-output/portal-production.log
  setsid yarn workspace backend start --config ../../app-config.yaml \
    --config ../../e2e-output/app-config.production-e2e.yaml >"$log" 2>&1 &
  portal=$!
  trap stop_portal EXIT
  echo "waiting for the backend serving the production build (log: $log)"
  for _ in $(seq 1 150); do
    if grep -q "Loaded sample readiness answers" "$log" && curl -sf -o /dev/null http://localhost:7007/catalog; then
      return 0
    fi
    if ! kill -0 "$portal" 2>/dev/null; then
      echo "the backend exited; its log:" && cat "$log" && return 1
    fi
    sleep 2
  done
  echo "backend not ready after 5 minutes"; tail -50 "$log"; return 1
}

# Stops the portal process tree started last.
stop_portal() { kill -- -"$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true; }
