#!/usr/bin/env bash
# Sets up, builds, and runs every test (CTest). .ci/run calls this.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh default
ctest --preset default --timeout 900 "$@"
