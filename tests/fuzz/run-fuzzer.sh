#!/usr/bin/env bash
# Runs one libFuzzer target as a test: every seed and regression input, then SECONDS of fuzzing.
# Usage: run-fuzzer.sh FUZZER SOURCE_DIR WORK_DIR SECONDS [libFuzzer options...]
# Exit status: 0 when nothing was found; the fuzzer's (non-zero) status and the input it saved
# under WORK_DIR/artifacts otherwise. Run a saved input again with: FUZZER the-input
set -euo pipefail
fuzzer="$1" source_dir="$2" work_dir="$3" seconds="$4"
shift 4
name=$(basename "$fuzzer")
name=${name#fuzz_}
corpus="$work_dir/corpus/$name"  # first: the fuzzer adds what it finds here, not to the sources
mkdir -p "$corpus" "$work_dir/artifacts"
inputs=("$corpus")
for dir in "$source_dir/seeds/$name" "$source_dir/regressions/$name"; do
  [ -d "$dir" ] && inputs+=("$dir")
done
options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -malloc_limit_mb=1024
         -print_final_stats=1 -artifact_prefix="$work_dir/artifacts/$name-")
[ -f "$source_dir/dictionaries/$name.dict" ] && options+=(-dict="$source_dir/dictionaries/$name.dict")
export LSAN_OPTIONS="suppressions=$source_dir/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
echo "run-fuzzer: $name for ${seconds}s over ${inputs[*]}"
exec "$fuzzer" "${options[@]}" "$@" "${inputs[@]}"
