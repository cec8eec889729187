#!/usr/bin/env bash
# Installs the Debian 12 packages that DiffusionBERT Workbench needs to build, test and run.
# Idempotent: when everything is present it only checks (well under a second) and installs nothing.
# Usage: packaging/setup-debian.sh [--gui|--no-gui]   (default --gui)
set -euo pipefail

want_gui=1
for arg in "$@"; do
  case "$arg" in
    --gui) want_gui=1 ;;
    --no-gui) want_gui=0 ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) echo "setup-debian.sh: unknown option '$arg' (expected --gui or --no-gui)" >&2; exit 2 ;;
  esac
done

# Engine, CLI and tests. libopenblas0-openmp replaces the netlib reference BLAS (30x slower, see
# README "Performance"); libgloo-dev is needed by the headers of Debian's torch CMake target.
packages=(
  build-essential cmake ninja-build ccache pkg-config git
  clang-format-14  # the sources follow .clang-format (the clang_format test)
  clang-14 libclang-rt-14-dev  # the sanitize preset: ASan + UBSan tests and the libFuzzer targets
  libtorch-dev libgloo-dev libopenblas0-openmp
  libtcmalloc-minimal4  # the allocator: glibc's page-faults LibTorch's big temporaries in every step (2x slower training)
  libsentencepiece-dev sentencepiece
  libsqlite3-dev nlohmann-json3-dev libicu-dev
  qt6-base-dev  # Qt Core + Qt Test: the tests are Qt Test programs, also without the GUI
  python3-torch python3-sentencepiece  # bench/reference_*.py, the Python baselines of dbw bench (and their test)
)
if [ "$want_gui" = 1 ]; then
  # Qt Charts needs libqt6opengl6-dev, which qt6-charts-dev does not pull in.
  packages+=(
    qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-l10n-tools qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools libgl1-mesa-dev libxkbcommon-dev
    qt6-translations-l10n  # Qt's own texts ("Cancel") in the user's language
    fonts-wqy-microhei  # CJK glyphs: without a CJK font the Chinese translation shows as boxes
    xvfb xauth imagemagick
    chromium  # the denoising viewer's HTML export is replayed in headless Chromium by its test
    lintian appstream desktop-file-utils  # the Debian package's checks (tests/packaging)
  )
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then sudo_cmd=(sudo); else
    echo "setup: error: not root and sudo is not available; install these packages as root:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo_cmd[@]}" apt-get update -qq; then
  echo "setup: error: 'apt-get update' failed; check the network or /etc/apt/sources.list" >&2
  exit 1
fi
if ! "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/dbw-setup-apt.log 2>&1; then
  echo "setup: error: apt-get could not install: ${missing[*]}" >&2
  tail -n 20 /tmp/dbw-setup-apt.log >&2
  echo "setup: full log in /tmp/dbw-setup-apt.log" >&2
  exit 1
fi
echo "setup: done"
