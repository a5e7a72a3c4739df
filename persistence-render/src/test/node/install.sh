#!/usr/bin/env bash
# Installs the pinned npm packages the render schema test uses (kubernetes-models 4.5.1,
# @kubernetes-models/validate 4.0.0, @kubernetes-models/keda 2.0.0, yaml 2.9.1) into node_modules beside this script.
# CI: run `bash persistence-render/src/test/node/install.sh` before the Maven tests.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  echo "install.sh: npm not found; the Kubernetes schema test will be skipped" >&2
  exit 0
fi
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error --omit-lockfile-registry-resolved
fi
