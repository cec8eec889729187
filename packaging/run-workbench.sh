#!/usr/bin/env bash
# Sets up, builds, and opens the workbench on the bundled demo corpus. Without a display it says so
# and runs the headless demo (dbw demo) instead.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh default
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-workbench: no display found (DISPLAY and WAYLAND_DISPLAY are unset): running the headless demo 'dbw demo' instead"
  exec build/bin/dbw demo "$@"
fi
exec build/bin/diffusionbert-workbench "$@"
