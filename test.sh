#!/usr/bin/env bash
# Installs what the build needs (Graphviz), then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/ensure-graphviz.sh
ensure_graphviz
swift build --build-tests
swift test --skip-build
