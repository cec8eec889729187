#!/usr/bin/env bash
# Sets up, builds, and runs every test (CTest). .ci/run calls this.
#  1. the default build (GUI, Release): every test;
#  2. the sanitize build (clang, ASan + UBSan, no GUI): the core and CLI tests again under the
#     sanitizers, and each libFuzzer target over its seeds and regression inputs, then fuzzing for
#     DBW_FUZZ_SECONDS (default 30) each. The GUI tests do not run under the sanitizers.
# Usage: packaging/run-tests.sh [ctest options, passed to both runs]
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh default
ctest --preset default --timeout 900 "$@"
packaging/build.sh sanitize
# Two at a time: the fuzzers and the sanitized tests are single-threaded most of the time.
ctest --preset sanitize --timeout 900 -j2 "$@"
