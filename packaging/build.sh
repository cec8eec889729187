#!/usr/bin/env bash
# Installs what is missing (setup-debian.sh), configures and builds with the given CMake preset.
# Usage: packaging/build.sh [default|headless|debug|sanitize]
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-default}"
case "$preset" in
  headless|sanitize) packaging/setup-debian.sh --no-gui ;;
  *) packaging/setup-debian.sh --gui ;;
esac

# Configuring again is quick when nothing changed and picks up new files and options.
cmake --preset "$preset" >/dev/null
# Two jobs at most: each LibTorch translation unit needs about 1.2 GB and the machine has 2 cores.
cmake --build --preset "$preset"
