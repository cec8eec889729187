#!/bin/bash
# The paper's claim that a pretrained BERT helps (issue 15), at a size this machine runs, on the
# bundled Brown corpus: MLM-pretrain the cpu-demo model, then train diffusion for the same number
# of steps from that init and from scratch (same tokenizer, same seed), and with the init as TAD
# and as layerwise; evaluate each on the demo validation split with one recipe and print the
# paired differences against the scratch run. Minutes on 2 cores; not part of CI.
#
#   packaging/experiment-pretrained-init.sh [OUT]     (DBW=path/to/dbw, MODEL=tiny|small, STEPS=600, MLM_STEPS=600)
set -euo pipefail
cd "$(dirname "$0")/.."
DBW=${DBW:-build/bin/dbw}
OUT=${1:-/tmp/dbw-pretrained-init}
STEPS=${STEPS:-600}
MLM_STEPS=${MLM_STEPS:-600}
SENTENCES=${SENTENCES:-400}
MODEL=${MODEL:-tiny}
store=$OUT/runs.sqlite
mkdir -p "$OUT"
"$DBW" config init --preset cpu-demo --out "$OUT/base.json" --force
common=(--config "$OUT/base.json" --store "$store" --set model.preset="$MODEL" --set training.sample_every=0
        --set training.checkpoint_every=0)

last_checkpoint() { ls -d "$1"/checkpoints/step-* | sort | tail -1; }

echo "== MLM pretraining ($MLM_STEPS steps)" >&2
"$DBW" train "${common[@]}" --set name=mlm-pretrain --set diffusion.objective=mlm \
  --set training.steps="$MLM_STEPS" --set training.validate_every=0 --out "$OUT/mlm" > /dev/null
init=$(last_checkpoint "$OUT/mlm")
tokenizer=$OUT/mlm/tokenizer.model

train() {  # name, extra --set...
  local name=$1; shift
  echo "== $name ($STEPS diffusion steps)" >&2
  "$DBW" train "${common[@]}" --set name="$name" --set training.steps="$STEPS" --set training.validate_every=0 "$@" \
    --out "$OUT/$name" > /dev/null
}
train scratch-tad --set tokenizer.path="$tokenizer"
train init-tad --set model.init="$init"
train init-layerwise --set model.init="$init" --set model.time_design=layerwise

evaluate() {  # name [--against RUN]
  local name=$1; shift
  "$DBW" eval --checkpoint "$(last_checkpoint "$OUT/$name")" --split resources/demo/brown-valid.txt \
    --step-size 64 --estimator chain --max-sentences "$SENTENCES" --precision fp32 --store "$store" --json "$@"
}
evaluate scratch-tad > "$OUT/eval-scratch-tad.json"
for name in init-tad init-layerwise; do
  evaluate "$name" --against scratch-tad > "$OUT/eval-$name.json"
done
/usr/bin/python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
print("| run | NELBO nats/token (bound) | perplexity per word (bound) | paired difference vs scratch, nats/token |")
print("|---|---|---|---|")
for name in ["scratch-tad", "init-tad", "init-layerwise"]:
    r = json.load(open(f"{out}/eval-{name}.json"))
    res = r["results"]
    nats = res.get("nats_per_token"); se = res.get("standard_error_nats_per_token"); word = res.get("perplexity_per_word")
    paired = r.get("paired") or {}
    diff = "" if not paired else (f"{paired['difference_nats_per_token']:+.4f} ± {paired['paired_standard_error']:.4f} "
                                  f"(unpaired SE {paired['unpaired_standard_error']:.4f}, {paired['sentences']} sentences)")
    print(f"| {name} | {nats:.4f} ± {se:.4f} | {word:.1f} | {diff} |")
PY
