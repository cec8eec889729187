#!/usr/bin/env bash
# The sanitize build (clang, ASan + UBSan, no GUI): the core and CLI tests under the sanitizers,
# and each libFuzzer target over its seeds and regressions/ (inputs that found a bug), then
# DBW_FUZZ_SECONDS (default 30) of fuzzing each. The GUI tests do not run under the sanitizers.
# Not yet part of run-tests.sh / CI: the regression inputs of the findings still open fail.
# Usage: packaging/run-sanitized-tests.sh [ctest options, e.g. -L fuzz or -LE fuzz]
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh sanitize
ctest --preset sanitize --timeout 900 "$@"
