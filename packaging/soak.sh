#!/usr/bin/env bash
# Soak test (minutes, not in CI): several `dbw train` writers on one store with the workbench
# watching offscreen, SIGKILL and resume loops, then a writer on a tmpfs that fills up. Prints
# what it tried and what was lost; exit 1 when anything was. Uses the default build.
# Usage: packaging/soak.sh [--minutes M] [--writers N] [--seed S] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/bin/dbw ] || packaging/build.sh default
workbench=()
[ -x build/bin/diffusionbert-workbench ] && workbench=(--workbench build/bin/diffusionbert-workbench)
exec python3 packaging/soak.py --dbw build/bin/dbw "${workbench[@]}" "$@"
