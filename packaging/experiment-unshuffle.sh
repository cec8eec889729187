#!/bin/bash
# Conditional generation at a fixed CPU budget (issue 16): train the cpu-unshuffle preset
# (cpu-demo's model, data.task = seq2seq, word-order restoration on the bundled brown-unshuffle
# pairs) for STEPS steps, then generate a target for every validation source with S = 1 and with
# S = 5 and MBR, and print BLEU / ROUGE-L / exact match beside the copy-the-source baseline, as
# JSON lines. Minutes on 2 cores; not part of CI.
#
#   packaging/experiment-unshuffle.sh [OUT]     (DBW=path/to/dbw, STEPS=3000, SOURCES=0 = all 1956)
set -euo pipefail
cd "$(dirname "$0")/.."
DBW=${DBW:-build/bin/dbw}
OUT=${1:-/tmp/dbw-unshuffle}
STEPS=${STEPS:-3000}
SOURCES=${SOURCES:-0}
store=$OUT/runs.sqlite
mkdir -p "$OUT"
valid=resources/demo/brown-unshuffle-valid.jsonl

echo "== training cpu-unshuffle for $STEPS steps" >&2
start=$(date +%s)
"$DBW" train --preset cpu-unshuffle --store "$store" --set training.steps="$STEPS" \
  --set training.checkpoint_every="$STEPS" --set training.sample_every=0 --set training.precision=fp32 --out "$OUT/run" > "$OUT/train.log"
echo "trained in $(( $(date +%s) - start )) s" >&2
checkpoint=$(ls -d "$OUT"/run/checkpoints/step-* | sort | tail -1)

for setting in "1" "5 --mbr"; do
  read -r S MBR <<< "$setting"
  name=s$S${MBR:+-mbr}
  echo "== generating with S = $S ${MBR:+(MBR)}" >&2
  "$DBW" generate --checkpoint "$checkpoint" --src "$valid" --max-sources "$SOURCES" --candidates "$S" $MBR \
    --precision fp32 --out "$OUT/$name" --force --store "$store" --json > "$OUT/$name.json"
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); r=d['results']; print(json.dumps({'setting': sys.argv[2], 'sources': r['sources'], 'seconds': round(r['seconds'],1), 'model': r['model'], 'copy_source': r['copy_source'], 'diversity': r.get('diversity')}))" "$OUT/$name.json" "$name"
done
