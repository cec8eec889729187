#!/bin/bash
# The GPU path, on a machine with a CUDA PyTorch (pip or conda), CMake and ninja, and no Qt: builds
# the headless core and dbw against that PyTorch's LibTorch (its C++ ABI comes with TORCH_CXX_FLAGS,
# which every target that links torch applies), then prints `dbw info`, runs `dbw doctor --device
# cuda` (fp32 parity of training, ELBO and logits against the CPU, the sampler and bf16 on the GPU)
# and a training benchmark of the base preset on the GPU, then two CPU ranks over Gloo (the c10d
# headers and Gloo inside that PyTorch, not Debian's). Exit status: doctor's.
#
#   packaging/gpu-check.sh        (PYTHON=python3, BUILD=build-gpu, DEVICE=cuda)
#
# Not yet run on a GPU machine: none was lent to the session that wrote it.
set -uo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
BUILD=${BUILD:-build-gpu}
DEVICE=${DEVICE:-cuda}
prefix=$("$PYTHON" -c 'import torch; print(torch.utils.cmake_prefix_path)') || {
  echo "gpu-check: $PYTHON cannot import torch" >&2; exit 2; }
"$PYTHON" -c 'import torch; print("PyTorch", torch.__version__, "CUDA", torch.version.cuda, "devices", torch.cuda.device_count())'
generator=()
command -v ninja > /dev/null && generator=(-G Ninja)
cmake -S . -B "$BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DDBW_BUILD_GUI=OFF -DDBW_BUILD_TESTS=OFF \
  -DCMAKE_PREFIX_PATH="$prefix" || { echo "gpu-check: configuring failed (missing nlohmann-json, SQLite or sentencepiece?)" >&2; exit 2; }
cmake --build "$BUILD" -j"$(nproc)" --target dbw || { echo "gpu-check: the build failed" >&2; exit 2; }
dbw=$BUILD/bin/dbw
"$dbw" info
"$dbw" doctor --device "$DEVICE"
status=$?
"$dbw" bench train --preset base --set training.device="$DEVICE" --steps 20 --json || echo "gpu-check: the benchmark failed" >&2
"$dbw" bench train --nproc 2 --threads 4 --steps 10 --json || echo "gpu-check: the 2-rank benchmark failed" >&2
exit $status
