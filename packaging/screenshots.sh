#!/usr/bin/env bash
# Makes the README's pictures from a real run: `dbw demo` (the first run a newcomer makes) and a
# mutual-schedule run beside it for the Compare page, in a store of their own, then the workbench
# under Xvfb writes a PNG of each page into docs/screenshots/. Takes about three minutes on 2 cores.
# Usage: packaging/screenshots.sh [BUILD_DIR]   (default build/, built by packaging/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build}/bin"
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DBW_STORE="$work/store.sqlite" HOME="$work/home" LC_ALL=C.UTF-8
mkdir -p "$HOME" "$out"
# The demo last: the pages show the newest run (its samples and recorded reverse process).
"$bin/dbw" train --preset cpu-demo --quiet --out "$work/mutual" \
  --set name=cpu-demo-mutual --set diffusion.schedule=mutual >"$work/mutual.log" 2>&1 || { cat "$work/mutual.log"; exit 1; }
"$bin/dbw" demo --out "$work/demo" >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; exit 1; }
rm -f "$out"/*.png
xvfb-run -a -s '-screen 0 1600x1000x24' "$bin/diffusionbert-workbench" --screenshots "$work/shots" >"$work/shots.log" 2>&1 ||
  { cat "$work/shots.log"; exit 1; }
for page in run denoise compare corpus; do
  cp "$work"/shots/"$page"-*.png "$out/$page.png"
done
ls -l "$out"
