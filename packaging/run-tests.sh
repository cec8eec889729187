#!/usr/bin/env bash
# Sets up, builds, and runs every test (CTest). .ci/run calls this.
# The sanitizer and fuzzing stage is packaging/run-sanitized-tests.sh (not yet in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh default
ctest --preset default --timeout 900 "$@"
